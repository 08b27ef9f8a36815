/*
 * SMS Backup & Restore: a backup as the app writes it, plain and zipped,
 * and hostile XML: cut off, nested deep, an entity bomb and an external
 * entity that must never be read.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>

#include "harness.h"
#include "text.h"

#define READ(...) ((const char *const[]){ "ihh-read", __VA_ARGS__, NULL })
#define BACKUP "fixtures/sms/sms-20240310211403.xml"
#define JPEG "fixtures/signal/export/JanvanDijk/media/2024-03-05T14-05-40.512_00_IMG_4821.jpg"

Test(sms, backup)
{
	char *dir = scratch("sms"), *store, want[65], *stored, *jpg;
	struct run r, again;
	json_t *recs, *m;
	struct stat sb;
	size_t n, i;

	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	run(&r, NULL, READ("--store", store, BACKUP));
	cr_assert_eq(r.status, 0, "exit %d: %s", r.status, r.err);
	recs = records(r.out);
	/* every message of the backup, as many as its count says */
	cr_assert_eq(json_array_size(recs), 11);
	cr_assert(strstr(r.err, "read 11 messages (11 chat, 0 email, 0 system), 1 with errors"), "%s", r.err);
	cr_assert_null(strstr(r.err, "says it holds"), "%s", r.err);

	/* received: from the number, as E.164, with the contact's name */
	m = json_array_get(recs, 0);
	cr_assert_str_eq(str(m, "source.format"), "sms");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(m, "source"), "pos")), 1);
	cr_assert_str_eq(str(m, "kind"), "chat");
	cr_assert_str_eq(str(m, "time"), "2024-03-05T14:02:00+01:00");
	cr_assert_str_eq(str(m, "from.name"), "Eva Jansen (woordvoering)");
	cr_assert_str_eq(str(m, "from.address"), "+31623456789");
	cr_assert_str_eq(str(m, "conversation.title"), "Eva Jansen (woordvoering)");
	cr_assert_null(json_object_get(m, "to"));
	/* sent: the owner's number is not in the backup; the counterpart is to */
	m = json_array_get(recs, 1);
	cr_assert_null(json_object_get(m, "from"));
	cr_assert_str_eq(str(m, "to.0.address"), "+31623456789");
	cr_assert_str_eq(str(m, "time"), "2024-03-05T14:05:05+01:00");
	/* one person in two notations is one conversation */
	cr_assert_str_eq(str(m, "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));
	m = json_array_get(recs, 2);
	cr_assert_str_eq(str(m, "text"), "Hoi mam, kom je zondag eten? Neem je de taart mee?\nLiefs, Sanne & Bram");
	cr_assert_str_eq(str(json_array_get(recs, 3), "state"), "draft");
	m = json_array_get(recs, 4);
	cr_assert_str_eq(str(m, "state"), "failed");
	cr_assert_str_eq(str(m, "conversation.title"), "+31201234567");
	cr_assert_null(str(m, "to.0.name"));
	cr_assert_str_eq(str(json_array_get(recs, 5), "from.name"), "DigiD");
	/* no date: kept, with an error */
	m = json_array_get(recs, 6);
	cr_assert_null(json_object_get(m, "time"));
	cr_assert(has_error(m, "no date"));
	cr_assert_str_eq(str(m, "text"), "Bericht zonder datum: de persconferentie is om 16:00.");
	cr_assert(strstr(str(json_array_get(recs, 7), "text"), "👍"));

	/* MMS: the caption is the text, the photo in the store, the layout nowhere */
	m = json_array_get(recs, 8);
	cr_assert_str_eq(str(m, "source.format"), "mms");
	cr_assert_str_eq(str(m, "text"), "Opstelling persconferentie, zo goed?");
	cr_assert_str_eq(str(m, "from.address"), "+31623456789");
	cr_assert_eq(json_array_size(json_object_get(m, "attachments")), 1);
	cr_assert_str_eq(str(m, "attachments.0.name"), "IMG_20240305_161158.jpg");
	jpg = slurp(JPEG, &n);
	text_sha256(jpg, n, want);
	cr_assert_str_eq(str(m, "attachments.0.sha256"), want);
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(json_object_get(m, "attachments"), 0), "size")), 159);
	cr_assert(asprintf(&stored, "%s/%s", store, want) > 0);
	cr_assert_eq(stat(stored, &sb), 0, "%s not stored", stored);
	cr_assert_eq(sb.st_size, 159);
	cr_assert_null(strstr(r.out, "smil"));
	cr_assert_str_eq(str(m, "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));

	/* a group: who sent it, to whom, one conversation for in and out */
	m = json_array_get(recs, 9);
	cr_assert_str_eq(str(m, "from.name"), "Pieter Bakker");
	cr_assert_str_eq(str(m, "from.address"), "+31634567890");
	cr_assert_eq(json_array_size(json_object_get(m, "to")), 3);
	cr_assert_str_eq(str(m, "conversation.title"), "Eva Jansen (woordvoering), Pieter Bakker, Lotte de Wit");
	cr_assert_str_eq(str(json_array_get(recs, 10), "conversation.id"), str(m, "conversation.id"));
	m = json_array_get(recs, 10);
	cr_assert_null(json_object_get(m, "from"));
	cr_assert_eq(json_array_size(json_object_get(m, "to")), 3);
	cr_assert_str_eq(str(m, "to.2.name"), "Lotte de Wit");
	cr_assert_str_eq(str(m, "text"), "Akkoord, ik ben er om 16:15.");
	json_array_foreach(recs, i, m)
		cr_assert_str_eq(str(m, "source.file"), "sms-20240310211403.xml");

	run(&again, NULL, READ(BACKUP));
	cr_assert_str_eq(again.out, r.out, "the same backup read twice differs");
	json_decref(recs);
	run_free(&r);
	run_free(&again);
	free(jpg);
	free(stored);
	free(store);
	free(dir);
}

Test(sms, zipped)
{
	char *dir = scratch("sms-zip"), *zip;
	const char *argv[4] = { "mkarchive", NULL, "backup/sms.xml=" BACKUP, NULL };
	struct run r;
	json_t *recs;

	cr_assert(asprintf(&zip, "%s/sms.zip", dir) > 0);
	argv[1] = zip;
	run_expect(NULL, argv, 0);
	run(&r, NULL, READ(zip));
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 11);
	cr_assert_str_eq(str(json_array_get(recs, 8), "source.file"), "sms.zip/backup/sms.xml");
	cr_assert_not_null(str(json_array_get(recs, 8), "attachments.0.sha256"));
	json_decref(recs);
	run_free(&r);
	free(zip);
	free(dir);
}

/* Hostile XML ------------------------------------------------------------------ */

Test(sms, truncated)
{
	struct run r;
	json_t *recs;

	run(&r, NULL, READ("fixtures/sms/hostile/truncated.xml"));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "ihh-read: fixtures/sms/hostile/truncated.xml:12:1: "), "%s", r.err);
	cr_assert(strstr(r.err, "3 messages read before it"), "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 3);
	cr_assert_str_eq(str(json_array_get(recs, 0), "text"), "Eerste bericht, dat heel blijft.");
	cr_assert_str_eq(str(json_array_get(recs, 2), "text"), "Derde, een MMS die afbreekt");
	cr_assert(has_error(json_array_get(recs, 2), "breaks off inside this MMS"));
	json_decref(recs);
	run_free(&r);
}

Test(sms, nested_deep)
{
	struct run r;
	json_t *recs;

	run(&r, NULL, READ("fixtures/sms/hostile/deep.xml"));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "deep.xml:4:"), "%s", r.err);
	cr_assert(strstr(r.err, "nested more than"), "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 2);
	json_decref(recs);
	run_free(&r);
}

Test(sms, malformed, .timeout = 20)
{
	char *dir = scratch("sms-bad"), *f;
	static const char xml[] = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
	    "<smses count=\"2\">\n"
	    "  <sms address=\"+31623456789\" date=\"1709643720000\" type=\"1\" body=\"Goed\" />\n"
	    "  <sms address=\"+31623456789\" date=\"1709643780000\" type=\"1\" body=\"Fout\" </sms>\n"
	    "</smses>\n";
	struct run r;
	json_t *recs;

	cr_assert(asprintf(&f, "%s/sms-bad.xml", dir) > 0);
	cr_assert_eq(spit(f, xml, strlen(xml)), 0);
	run(&r, NULL, READ(f));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "sms-bad.xml:4:"), "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 1);
	cr_assert_str_eq(str(json_array_get(recs, 0), "text"), "Goed");
	json_decref(recs);
	run_free(&r);
	free(f);
	free(dir);
}

Test(sms, billion_laughs, .timeout = 20)
{
	struct run r;

	run(&r, NULL, READ("fixtures/sms/hostile/billion-laughs.xml"));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "billion-laughs.xml:2:1: a DOCTYPE"), "%s", r.err);
	cr_assert_eq(r.outlen, 0);
	cr_assert_null(strstr(r.err, "lol"), "%s", r.err);
	run_free(&r);
}

/* A file the external entities would read: it must not appear anywhere. */
Test(sms, external_entity, .timeout = 20)
{
	char *dir = scratch("sms-xxe"), *secret, *xml, *body, *abs;
	static const char *const forms[] = {
		/* a general entity in an attribute and in content */
		"<!DOCTYPE smses [ <!ENTITY s SYSTEM \"file://%s\"> ]>\n"
		"<smses count=\"1\"><sms address=\"+31612345678\" date=\"1709643720000\" type=\"1\" body=\"&s;\" />&s;</smses>\n",
		/* a parameter entity, read while the DTD is parsed */
		"<!DOCTYPE smses [ <!ENTITY %% p SYSTEM \"file://%s\"> %%p; ]>\n"
		"<smses count=\"0\"></smses>\n",
		/* an external DTD */
		"<!DOCTYPE smses SYSTEM \"file://%s\">\n<smses count=\"0\"></smses>\n",
	};
	struct run r;
	size_t i;

	abs = realpath(dir, NULL);
	cr_assert(abs);
	cr_assert(asprintf(&secret, "%s/secret.txt", abs) > 0);
	cr_assert_eq(spit(secret, "GEHEIM-wachtwoord-4711\n", 23), 0);
	cr_assert(asprintf(&xml, "%s/xxe.xml", abs) > 0);
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

		cr_assert(asprintf(&body, forms[i], secret) > 0);
		{
			char *all;

			cr_assert(asprintf(&all, "%s%s", head, body) > 0);
			cr_assert_eq(spit(xml, all, strlen(all)), 0);
			free(all);
		}
		run(&r, NULL, READ(xml));
		cr_assert_eq(r.status, 1, "form %zu: %s", i, r.err);
		cr_assert_null(strstr(r.out, "GEHEIM"), "form %zu: %s", i, r.out);
		cr_assert_null(strstr(r.err, "GEHEIM"), "form %zu: %s", i, r.err);
		cr_assert(strstr(r.err, "xxe.xml:2:1: a DOCTYPE"), "form %zu: %s", i, r.err);
		run_free(&r);
		free(body);
	}
	free(xml);
	free(secret);
	free(abs);
	free(dir);
}
