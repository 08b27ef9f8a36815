/*
 * ihh-read end to end: the fixtures read as a person reads them, the
 * same chat from four phones, archives nested as exports come, and bad
 * input ending in a clear error, never a crash or a lost message.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <glib.h>

#include "harness.h"
#include "read.h"
#include "text.h"

#define READ(...) ((const char *const[]){ "ihh-read", __VA_ARGS__, NULL })

/* The fixtures against the streams a person checked --------------------- */

struct golden {
	char input[80];
	char expected[80];
};

static struct golden goldens[] = {
	{ "fixtures/whatsapp/android-nl", "fixtures/expected/whatsapp-android-nl.jsonl" },
	{ "fixtures/whatsapp/android-en", "fixtures/expected/whatsapp-android-en.jsonl" },
	{ "fixtures/whatsapp/ios-nl", "fixtures/expected/whatsapp-ios-nl.jsonl" },
	{ "fixtures/whatsapp/ios-en", "fixtures/expected/whatsapp-ios-en.jsonl" },
	{ "fixtures/whatsapp/edge", "fixtures/expected/whatsapp-edge.jsonl" },
	{ "fixtures/mail/mbox/minister.mbox", "fixtures/expected/mail-minister-mbox.jsonl" },
	{ "fixtures/mail/mbox/mboxo-unescaped.mbox", "fixtures/expected/mail-mboxo-unescaped.jsonl" },
	{ "fixtures/mail/maildir", "fixtures/expected/mail-maildir.jsonl" },
	{ "fixtures/mail/eml", "fixtures/expected/mail-eml.jsonl" },
};

ParameterizedTestParameters(read, golden)
{
	return cr_make_param_array(struct golden, goldens, sizeof(goldens) / sizeof(goldens[0]));
}

ParameterizedTest(struct golden *g, read, golden)
{
	struct run r, again;
	char *want = slurp(g->expected, NULL);
	json_t *recs;

	cr_assert(want, "%s is missing", g->expected);
	recs = read_ok(&r, READ(g->input));
	cr_assert_str_eq(r.out, want, "%s differs from %s", g->input, g->expected);
	/* the same export read twice: the same bytes */
	run(&again, NULL, READ(g->input));
	cr_assert_str_eq(again.out, r.out);
	cr_assert(strstr(r.err, "ihh-read: read "), "no count line: %s", r.err);
	json_decref(recs);
	run_free(&r);
	run_free(&again);
	free(want);
}

/* WhatsApp --------------------------------------------------------------- */

Test(whatsapp, four_phones_one_chat)
{
	static const char *const dirs[] = {
		"fixtures/whatsapp/android-nl", "fixtures/whatsapp/android-en",
		"fixtures/whatsapp/ios-nl", "fixtures/whatsapp/ios-en",
	};
	json_t *first = NULL, *recs, *a, *b;
	struct run r;
	size_t d, i;

	for (d = 0; d < 4; d++) {
		recs = read_ok(&r, READ(dirs[d]));
		cr_assert_eq(json_array_size(recs), 32, "%s", dirs[d]);
		if (!first) {
			first = recs;
			run_free(&r);
			continue;
		}
		json_array_foreach(recs, i, a) {
			b = json_array_get(first, i);
			cr_assert_str_eq(str(a, "kind"), str(b, "kind"), "%s #%zu", dirs[d], i + 1);
			/* to the minute: Android writes no seconds */
			cr_assert_eq(strncmp(str(a, "time"), str(b, "time"), 16), 0,
			    "%s #%zu: %s vs %s", dirs[d], i + 1, str(a, "time"), str(b, "time"));
			if (strcmp(str(a, "kind"), "chat"))
				continue;
			cr_assert_str_eq(str(a, "from.name"), str(b, "from.name"), "%s #%zu", dirs[d], i + 1);
			cr_assert_str_eq(str(a, "text"), str(b, "text"), "%s #%zu", dirs[d], i + 1);
			cr_assert_eq(json_array_size(json_object_get(a, "attachments")),
			    json_array_size(json_object_get(b, "attachments")));
			cr_assert(json_equal(json_object_get(a, "deleted"), json_object_get(b, "deleted")) ||
			    (!json_object_get(a, "deleted") && !json_object_get(b, "deleted")));
		}
		json_decref(recs);
		run_free(&r);
	}
	json_decref(first);
}

Test(whatsapp, what_a_person_reads)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/whatsapp/ios-nl")), *m, *att;

	/* the encryption notice iOS writes in the group's name is no message */
	m = json_array_get(recs, 0);
	cr_assert_str_eq(str(m, "kind"), "system");
	cr_assert_null(json_object_get(m, "from"));
	cr_assert_str_eq(str(m, "conversation.title"), "Kabinet overleg");
	/* a colon inside a quoted subject does not make a sender */
	m = json_array_get(recs, 9);
	cr_assert_str_eq(str(m, "kind"), "system");
	cr_assert(strstr(str(m, "text"), "Debat 14/3: voorbereiding"));
	/* a phone-number sender: marks gone, E.164 address */
	m = json_array_get(recs, 11);
	cr_assert_str_eq(str(m, "from.name"), "+31 6 12345678");
	cr_assert_str_eq(str(m, "from.address"), "+31612345678");
	/* media present: linked by hash; absent: named */
	att = json_array_get(json_object_get(json_array_get(recs, 12), "attachments"), 0);
	cr_assert_str_eq(str(att, "type"), "image/jpeg");
	cr_assert_eq(strlen(str(att, "sha256")), 64);
	att = json_array_get(json_object_get(json_array_get(recs, 7), "attachments"), 0);
	cr_assert_str_eq(str(att, "name"), "00000009-Kamerbrief stikstof concept v3.pdf");
	cr_assert(json_is_true(json_object_get(att, "missing")));
	cr_assert_str_eq(str(json_array_get(recs, 7), "text"), "");
	/* deleted and edited, recorded as such */
	cr_assert(json_is_true(json_object_get(json_array_get(recs, 15), "deleted")));
	m = json_array_get(recs, 26);
	cr_assert(json_is_true(json_object_get(m, "edited")));
	cr_assert_str_eq(str(m, "text"), "Sterkte. Ik moet ook eerlijk zijn: ik zit op mijn "
	    "tandvlees, mijn huisarts noemt het een beginnende burn-out.");
	/* out of order in time, kept in file order */
	cr_assert_str_eq(str(json_array_get(recs, 13), "time"), "2024-03-05T14:31:08+01:00");
	cr_assert_str_eq(str(json_array_get(recs, 14), "time"), "2024-03-05T14:27:45+01:00");
	/* a pasted "[12/3, 17:45] Ingrid Smits: ..." stays in its message */
	m = json_array_get(recs, 27);
	cr_assert(strstr(str(m, "text"), "\n[12/3, 17:45] Ingrid Smits: Woo-verzoek"));
	/* a blank line inside a message */
	cr_assert(strstr(str(json_array_get(recs, 6), "text"), "klaar.\n\nOpmerkingen"));
	json_decref(recs);
	run_free(&r);
}

Test(whatsapp, zip_with_media_into_the_store)
{
	char *dir = scratch("wa-zip"), *zip, *store, *cmd, *f;
	const char *tool_argv[6];
	struct run r;
	json_t *recs, *m, *a;
	size_t i, k, linked = 0;
	struct stat sb;

	cr_assert(asprintf(&zip, "%s/WhatsApp Chat - Kabinet overleg.zip", dir) > 0);
	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	tool_argv[0] = "mkarchive";
	tool_argv[1] = zip;
	tool_argv[2] = "fixtures/whatsapp/ios-nl";
	tool_argv[3] = "__MACOSX/ios-nl/._chat.txt=@junk";
	tool_argv[4] = NULL;
	run(&r, NULL, tool_argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);

	recs = read_ok(&r, READ("--store", store, zip));
	cr_assert_eq(json_array_size(recs), 32);
	cr_assert_null(strstr(r.err, "__MACOSX"), "%s", r.err);
	cr_assert_null(strstr(r.err, "not named"), "%s", r.err);
	json_array_foreach(recs, i, m) {
		cr_assert_str_eq(str(m, "conversation.title"), "Kabinet overleg");
		cr_assert_str_eq(str(m, "source.file"),
		    "WhatsApp Chat - Kabinet overleg.zip/ios-nl/_chat.txt");
		json_array_foreach(json_object_get(m, "attachments"), k, a) {
			if (!str(a, "sha256"))
				continue;
			cr_assert(asprintf(&f, "%s/%s", store, str(a, "sha256")) > 0);
			cr_assert_eq(stat(f, &sb), 0, "%s not in the store", f);
			cr_assert_eq(sb.st_mode & 0777, 0600);
			cr_assert_eq((json_int_t)sb.st_size, json_integer_value(json_object_get(a, "size")));
			{
				size_t n;
				char *bytes = slurp(f, &n), h[65];

				text_sha256(bytes, n, h);
				cr_assert_str_eq(h, str(a, "sha256"));
				free(bytes);
			}
			linked++;
			free(f);
		}
	}
	cr_assert_eq(linked, 2);
	cr_assert_eq(count_files(store), 2);
	cr_assert_eq(stat(store, &sb), 0);
	cr_assert_eq(sb.st_mode & 0777, 0700);
	json_decref(recs);
	run_free(&r);

	/* the same zip inside a tar.gz, as a department bundles exports */
	cr_assert(asprintf(&cmd, "%s/bundle.tar.gz", dir) > 0);
	tool_argv[1] = cmd;
	tool_argv[2] = zip;
	tool_argv[3] = NULL;
	run(&r, NULL, tool_argv);
	cr_assert_eq(r.status, 0);
	run_free(&r);
	recs = read_ok(&r, READ(cmd));
	cr_assert_eq(json_array_size(recs), 32);
	cr_assert_str_eq(str(json_array_get(recs, 0), "source.file"),
	    "bundle.tar.gz/WhatsApp Chat - Kabinet overleg.zip/ios-nl/_chat.txt");
	linked = 0;
	json_array_foreach(recs, i, m)
		json_array_foreach(json_object_get(m, "attachments"), k, a)
			linked += str(a, "sha256") != NULL;
	cr_assert_eq(linked, 2);
	cr_assert_str_eq(str(json_array_get(json_object_get(by_pos(recs, 15), "attachments"), 0),
	    "type"), "image/jpeg");
	json_decref(recs);
	run_free(&r);
	free(cmd);
	free(zip);
	free(store);
	free(dir);
}

Test(whatsapp, many_chats_in_one_folder_keep_their_own_media)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/whatsapp")), *m, *a;
	size_t i, k, linked = 0;

	cr_assert_eq(json_array_size(recs), 4 * 32 + 31);
	json_array_foreach(recs, i, m)
		json_array_foreach(json_object_get(m, "attachments"), k, a) {
			const char *file = str(m, "source.file"), *name = str(a, "name");

			if (!str(a, "sha256"))
				continue;
			/* the photo next to this chat, not a namesake next to another */
			cr_assert(strncmp(file, "whatsapp/android-", 17) == 0 ||
			    strncmp(file, "whatsapp/ios-", 13) == 0, "%s", file);
			cr_assert(name);
			linked++;
		}
	cr_assert_eq(linked, 8);
	cr_assert(strstr(r.err, "not named by any message: 'README.md', 'make-media.sh'"), "%s", r.err);
	json_decref(recs);
	run_free(&r);
}

Test(whatsapp, content_decides_not_the_name)
{
	char *dir = scratch("wa-name"), *p;
	struct run r;
	json_t *recs;
	size_t n;
	char *chat = slurp("fixtures/whatsapp/android-nl/WhatsApp-chat met Kabinet overleg.txt", &n);

	cr_assert(asprintf(&p, "%s/notes.eml", dir) > 0);
	cr_assert_eq(spit(p, chat, n), 0);
	recs = read_ok(&r, READ(p));
	cr_assert_eq(json_array_size(recs), 32);
	cr_assert_str_eq(str(json_array_get(recs, 0), "source.format"), "whatsapp-android");
	json_decref(recs);
	run_free(&r);
	free(p);
	free(chat);
	free(dir);
}

Test(whatsapp, zone_is_the_users_choice)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("--tz", "America/New_York", "fixtures/whatsapp/ios-nl"));

	cr_assert_str_eq(str(json_array_get(recs, 0), "time"), "2024-03-05T14:02:11-05:00");
	/* US summer time began on 10 March 2024 */
	cr_assert_str_eq(str(json_array_get(recs, 25), "time"), "2024-03-13T08:15:33-04:00");
	json_decref(recs);
	run_free(&r);
}

/* A chat on disk is read from its file, one in memory from there: the same records. */
Test(whatsapp, a_chat_read_from_disk_or_from_memory_is_the_same)
{
	static const char *const files[] = {
		"fixtures/whatsapp/android-nl/WhatsApp-chat met Kabinet overleg.txt",
		"fixtures/whatsapp/ios-en/_chat.txt",
		"fixtures/whatsapp/edge/android-nl-invalid-utf8.txt",
		"fixtures/whatsapp/edge/android-engb-late-dayfirst.txt",
		"fixtures/whatsapp/edge/ios-enus-nnbsp.txt",
	};
	struct read_opts o = { 0 };
	char err[256];
	size_t i, n;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		json_t *disk = json_array(), *mem = json_array();
		struct reader *a = reader_new(&o, keep_all, NULL, disk, err, sizeof(err));
		struct reader *b = reader_new(&o, keep_all, NULL, mem, err, sizeof(err));
		char *buf = slurp(files[i], &n), *base = g_path_get_basename(files[i]);

		cr_assert(a && b && buf, "%s", err);
		cr_assert_eq(reader_add(a, files[i]), 0, "%s", files[i]);
		cr_assert_eq(reader_add_memory(b, base, buf, n), 0, "%s", files[i]);
		cr_assert_gt(json_array_size(disk), 0, "%s", files[i]);
		cr_assert(json_equal(disk, mem), "%s read from disk and from memory differ", files[i]);
		reader_free(a);
		reader_free(b);
		json_decref(disk);
		json_decref(mem);
		free(buf);
		g_free(base);
	}
}

/* Mail ------------------------------------------------------------------- */

Test(mail, mbox_threads_and_quoting)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/mail/mbox/minister.mbox")), *m;

	cr_assert_eq(json_array_size(recs), 7);
	/* a BOM before the first From_ line does not cost a message */
	cr_assert_str_eq(str(json_array_get(recs, 0), "message_id"), "20240304081245.GA41872@minbzk.nl");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_array_get(recs, 0), "source"), "pos")), 3);
	/* mboxrd: one '>' less */
	cr_assert(strstr(str(json_array_get(recs, 0), "text"), "\nFrom our side there are"));
	cr_assert(strstr(str(json_array_get(recs, 1), "text"), "\n>From our side there are"));
	/* one thread over In-Reply-To and References */
	cr_assert_str_eq(str(json_array_get(recs, 1), "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));
	cr_assert_str_eq(str(json_array_get(recs, 2), "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));
	cr_assert_str_eq(str(json_array_get(recs, 2), "conversation.title"), "Kamerbrief voortgang Woo-implementatie");
	cr_assert_str_neq(str(json_array_get(recs, 3), "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));
	/* html only: the text a person reads, no script or style */
	m = json_array_get(recs, 3);
	cr_assert(strstr(str(m, "text"), "financiële paragraaf (€ 1,5 miljoen) is afgestemd met Financiën & AZ."));
	cr_assert_null(strstr(str(m, "text"), "document.write"));
	cr_assert_null(strstr(str(m, "text"), "font-family"));
	/* RFC 2231 file name, attachment by hash */
	m = json_array_get(recs, 4);
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "attachments"), 0), "name"), "Beslisnota vérsie 2.pdf");
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "attachments"), 0), "sha256"),
	    "62acd053f266eafcfa95f07cdc45ce3214e10a7f057979933034cd620e022f58");
	/* RFC 2047 words */
	m = json_array_get(recs, 5);
	cr_assert_str_eq(str(m, "from.name"), "Frédérique Maas");
	cr_assert_str_eq(str(m, "subject"), "Woo-verzoek: stukken over € 2,5 miljoen subsidie voor de café- en horecasector");
	/* no Date: said so, and the time said to be the delivery time */
	m = json_array_get(recs, 6);
	cr_assert(has_error(m, "no Date header"));
	cr_assert(has_error(m, "delivery time"));
	cr_assert_str_eq(str(m, "time"), "2024-03-09T21:40:00+01:00");
	json_decref(recs);
	run_free(&r);
}

Test(mail, an_unescaped_from_line_stays_in_its_message)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/mail/mbox/mboxo-unescaped.mbox"));

	cr_assert_eq(json_array_size(recs), 3);
	cr_assert(strstr(str(json_array_get(recs, 0), "text"),
	    "Thursday 14 March.\n\nFrom the minister's desk: the Minister"));
	json_decref(recs);
	run_free(&r);
}

Test(mail, maildir_folders)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/mail/maildir")), *m;
	size_t i, inbox = 0, prive = 0, woo = 0;

	cr_assert_eq(json_array_size(recs), 6);
	json_array_foreach(recs, i, m) {
		inbox += !strcmp(str(m, "folder"), "INBOX");
		prive += !strcmp(str(m, "folder"), "Privé");
		woo += !strcmp(str(m, "folder"), "Dossiers/Woo-verzoeken");
		cr_assert_str_eq(str(m, "source.format"), "maildir");
		cr_assert_null(json_object_get(m, "errors"), "%s", str(m, "source.file"));
	}
	cr_assert_eq(inbox, 3);
	cr_assert_eq(prive, 2);
	cr_assert_eq(woo, 1);
	json_decref(recs);
	run_free(&r);
}

Test(mail, a_maildir_in_an_archive_keeps_its_folders)
{
	char *dir = scratch("mdzip"), *tgz;
	const char *argv[4] = { "mkarchive", NULL, "fixtures/mail/maildir", NULL };
	struct run r;
	json_t *recs, *plain, *m;
	size_t i;

	cr_assert(asprintf(&tgz, "%s/mailbox.tar.gz", dir) > 0);
	argv[1] = tgz;
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	recs = read_ok(&r, READ(tgz));
	run_free(&r);
	plain = read_ok(&r, READ("fixtures/mail/maildir"));
	cr_assert_eq(json_array_size(recs), 6);
	json_array_foreach(recs, i, m) {
		json_t *same = NULL, *p;
		size_t k;

		json_array_foreach(plain, k, p)
			if (!strcmp(str(p, "message_id"), str(m, "message_id")))
				same = p;
		cr_assert(same, "%s not read from the folder", str(m, "message_id"));
		cr_assert_str_eq(str(m, "source.format"), "maildir");
		cr_assert_str_eq(str(m, "folder"), str(same, "folder"));
		cr_assert_str_eq(str(m, "text"), str(same, "text"));
	}
	json_decref(recs);
	json_decref(plain);
	run_free(&r);
	free(tgz);
	free(dir);
}

Test(mail, a_moved_or_flagged_message_keeps_its_id)
{
	char *dir = scratch("maildir"), *a, *b, *c;
	struct run r1, r2;
	json_t *x, *y;
	const char *src = "fixtures/mail/maildir/cur/1709647331.M512345P4021.mail.minbzk.nl,S=1026:2,S";
	size_t n;
	char *bytes = slurp(src, &n);

	cr_assert(asprintf(&a, "%s/box", dir) > 0);
	mkdir(a, 0700);
	cr_assert(asprintf(&b, "%s/box/new", dir) > 0);
	mkdir(b, 0700);
	free(b);
	cr_assert(asprintf(&b, "%s/box/new/1709647331.M512345P4021.mail.minbzk.nl,S=1026", dir) > 0);
	cr_assert_eq(spit(b, bytes, n), 0);
	x = read_ok(&r1, READ(a));
	cr_assert(asprintf(&c, "%s/box/.Archief", dir) > 0);
	mkdir(c, 0700);
	free(c);
	cr_assert(asprintf(&c, "%s/box/.Archief/cur", dir) > 0);
	mkdir(c, 0700);
	free(c);
	cr_assert(asprintf(&c, "%s/box/.Archief/cur/1709647331.M512345P4021.mail.minbzk.nl,S=1026:2,RS", dir) > 0);
	cr_assert_eq(rename(b, c), 0);
	y = read_ok(&r2, READ(a));
	cr_assert_str_eq(str(json_array_get(x, 0), "id"), str(json_array_get(y, 0), "id"));
	cr_assert_str_eq(str(json_array_get(y, 0), "folder"), "Archief");
	json_decref(x);
	json_decref(y);
	run_free(&r1);
	run_free(&r2);
	free(a);
	free(b);
	free(c);
	free(bytes);
	free(dir);
}

Test(mail, odd_charsets_and_attachments)
{
	struct run r;
	char *dir = scratch("eml"), *store;
	json_t *recs, *m, *atts;

	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	recs = read_ok(&r, READ("--store", store, "fixtures/mail/eml"));
	cr_assert_eq(json_array_size(recs), 9);
	m = json_array_get(recs, 0);
	atts = json_object_get(m, "attachments");
	cr_assert_eq(json_array_size(atts), 3);
	cr_assert_str_eq(str(json_array_get(atts, 1), "name"), "Notitie ministerraad – concept.docx");
	cr_assert_str_eq(str(json_array_get(atts, 1), "sha256"),
	    "08af2076c7c40d001f8c39d4364e8e6152df721a7600bc61b1881972669a376a");
	cr_assert_str_eq(str(json_array_get(atts, 2), "sha256"),
	    "2c3dde27a66d6aa69b4b9e19fc3d3f60931e8666335293d6833d02c78d88c2e0");
	/* a forwarded message is shown in the text under its headers */
	cr_assert(strstr(str(m, "text"), "---------- Forwarded message ----------\nFrom: Ruud van Leeuwen"));
	cr_assert_eq(count_files(store), 5);
	/* broken MIME: every part read, the problems said */
	m = json_array_get(recs, 1);
	cr_assert_eq(json_array_size(json_object_get(m, "attachments")), 2);
	cr_assert(has_error(m, "closing boundary is missing"));
	cr_assert(has_error(m, "invalid base64"));
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "attachments"), 0), "sha256"),
	    "4e2ace9f10ba5e4c50d5d54c56a6f2fd41efa9f04cefc436031a0c3f699fcd8b");
	/* invalid UTF-8: three replacements, the valid text around them kept */
	m = json_array_get(recs, 2);
	cr_assert(strstr(str(m, "text"), "Eén wijziging: de passage over het caf\xEF\xBF\xBD-overleg"));
	cr_assert(has_error(m, "invalid UTF-8 (3 bytes"));
	cr_assert(strstr(str(json_array_get(recs, 3), "text"), "情報公開法（Woo）"));
	cr_assert_str_eq(str(json_array_get(recs, 3), "subject"), "デジタル政府視察のお願い");
	cr_assert(strstr(str(json_array_get(recs, 4), "text"), "Уважаемая госпожа министр!"));
	cr_assert(strstr(str(json_array_get(recs, 5), "text"), "coöperatieve aanpak"));
	m = json_array_get(recs, 6);
	cr_assert(strstr(str(m, "text"), "€ 86,40 voor zes personen – inclusief"));
	cr_assert_str_eq(str(m, "subject"), "Declaratie lunch “Woo-overleg” – € 86,40");
	cr_assert(has_error(m, "without a charset; read as windows-1252"));
	cr_assert(strstr(str(json_array_get(recs, 7), "text"), "België\nvonden vooral het voorbeeld van de € 4,2 miljoen"));
	cr_assert_str_eq(str(json_array_get(recs, 8), "folder"), "\\Minister\\Privé");
	json_decref(recs);
	run_free(&r);
	free(store);
	free(dir);
}

/* Bad input ---------------------------------------------------------------- */

Test(bad_input, random_bytes_and_empty_files_are_not_exports)
{
	char *dir = scratch("bad"), *p, *q, junk[4096];
	struct run r;
	size_t i;

	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (char)(i * 7919 % 251);
	cr_assert(asprintf(&p, "%s/random.bin", dir) > 0);
	cr_assert_eq(spit(p, junk, sizeof(junk)), 0);
	cr_assert(asprintf(&q, "%s/empty.txt", dir) > 0);
	cr_assert_eq(spit(q, "", 0), 0);
	run(&r, NULL, READ(p, q, "fixtures/whatsapp/edge/ios-enus-nnbsp.txt"));
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "random.bin: not a recognised export"), "%s", r.err);
	cr_assert(strstr(r.err, "empty.txt: not a recognised export"), "%s", r.err);
	/* the good input among them is still read */
	json_t *recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 6);
	json_decref(recs);
	run_free(&r);
	run(&r, NULL, READ("no/such/file.zip"));
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "no/such/file.zip: No such file or directory"), "%s", r.err);
	run_free(&r);
	free(p);
	free(q);
	free(dir);
}

Test(bad_input, truncated_zip)
{
	char *dir = scratch("trunc"), *zip, *cut;
	const char *argv[5] = { "mkarchive", NULL, NULL, NULL, NULL };
	struct run r;
	size_t n;
	char *bytes;
	GString *chat = g_string_new(NULL);
	int i;

	for (i = 0; i < 6000; i++)
		g_string_append_printf(chat, "%d-3-2024 14:%02d - Jan: bericht %d over de begroting %d\n",
		    1 + i % 28, i % 60, i, i * 7919);
	cr_assert(asprintf(&zip, "%s/WhatsApp-chat met Jan.txt", dir) > 0);
	cr_assert_eq(spit(zip, chat->str, chat->len), 0);
	free(zip);
	cr_assert(asprintf(&zip, "%s/full.zip", dir) > 0);
	argv[1] = zip;
	cr_assert(asprintf((char **)&argv[2], "%s/WhatsApp-chat met Jan.txt", dir) > 0);
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	bytes = slurp(zip, &n);
	cr_assert(asprintf(&cut, "%s/cut.zip", dir) > 0);
	cr_assert_eq(spit(cut, bytes, n / 2), 0);
	run(&r, NULL, READ(cut));
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "cut.zip"), "%s", r.err);
	/* what was read is there, and the last message says it may be cut off */
	json_t *recs = records(r.out);
	if (json_array_size(recs))
		cr_assert(has_error(json_array_get(recs, json_array_size(recs) - 1), "ends early"));
	json_decref(recs);
	run_free(&r);
	g_string_free(chat, TRUE);
	free((char *)argv[2]);
	free(bytes);
	free(cut);
	free(zip);
	free(dir);
}

Test(bad_input, entry_names_never_become_paths)
{
	char *dir = scratch("trav"), *zip, *store, *work;
	const char *argv[6];
	struct run r;

	cr_assert(asprintf(&zip, "%s/evil.zip", dir) > 0);
	cr_assert(asprintf(&store, "%s/work/store", dir) > 0);
	cr_assert(asprintf(&work, "%s/work", dir) > 0);
	argv[0] = "mkarchive";
	argv[1] = zip;
	argv[2] = "../../x=@written outside?";
	argv[3] = "/etc/ihh-evil=@absolute";
	argv[4] = "_chat.txt=fixtures/whatsapp/ios-en/_chat.txt";
	argv[5] = NULL;
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	json_t *recs = read_ok(&r, READ("--store", store, zip));
	cr_assert_eq(json_array_size(recs), 32);
	cr_assert(strstr(r.err, "entry '../../x' has an unsafe name; read as 'x'"), "%s", r.err);
	cr_assert(strstr(r.err, "entry '/etc/ihh-evil' has an unsafe name"), "%s", r.err);
	/* nothing but the store: two stray entries, each one file named by its hash */
	cr_assert_eq(count_files(dir), 1 + 2);
	cr_assert_eq(count_files(store), 2);
	cr_assert_neq(access("build/x", F_OK), 0);
	cr_assert_neq(access("x", F_OK), 0);
	cr_assert_neq(access("/etc/ihh-evil", F_OK), 0);
	json_decref(recs);
	run_free(&r);
	free(zip);
	free(store);
	free(work);
	free(dir);
}

Test(bad_input, zip_bomb, .timeout = 120)
{
	char *dir = scratch("bomb"), *zip, *store;
	const char *argv[5] = { "mkbomb", NULL, "2048", "_chat.txt", NULL };
	struct run r;

	cr_assert(asprintf(&zip, "%s/bomb.zip", dir) > 0);
	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	argv[1] = zip;
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	run(&r, NULL, READ("--store", store, zip));
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "bomb.zip/_chat.txt: expands to more than"), "%s", r.err);
	cr_assert(strstr(r.err, "zip bomb"), "%s", r.err);
	/* nothing half-written is left behind */
	cr_assert_eq(count_files(store), 0);
	run_free(&r);
	free(zip);
	free(store);
	free(dir);
}

Test(bad_input, invalid_utf8_and_broken_mime_are_kept_with_errors)
{
	char *dir = scratch("broken"), *mbox;
	size_t n1, n2;
	char *a = slurp("fixtures/mail/eml/broken-mime.eml", &n1);
	char *b = slurp("fixtures/mail/eml/invalid-utf8.eml", &n2);
	GString *box = g_string_new(NULL);
	struct run r;
	json_t *recs;

	g_string_append(box, "From ruud@example.org Fri Mar  8 12:55:11 2024\n");
	g_string_append_len(box, a, (gssize)n1);
	g_string_append(box, "\nFrom sanne@example.org Mon Mar 11 08:03:27 2024\n");
	g_string_append_len(box, b, (gssize)n2);
	cr_assert(asprintf(&mbox, "%s/broken.mbox", dir) > 0);
	cr_assert_eq(spit(mbox, box->str, box->len), 0);
	recs = read_ok(&r, READ(mbox));
	cr_assert_eq(json_array_size(recs), 2);
	cr_assert(has_error(json_array_get(recs, 0), "invalid base64"));
	cr_assert(has_error(json_array_get(recs, 1), "invalid UTF-8"));
	cr_assert(strstr(r.err, "2 with errors"), "%s", r.err);
	json_decref(recs);
	run_free(&r);
	recs = read_ok(&r, READ("fixtures/whatsapp/edge/android-nl-invalid-utf8.txt"));
	cr_assert_str_eq(str(json_array_get(recs, 1), "text"),
	    "Lunch in het caf\xEF\xBF\xBD om 12.30? \xEF\xBF\xBD kost \xEF\xBF\xBD 10");
	cr_assert(has_error(json_array_get(recs, 1), "invalid UTF-8"));
	cr_assert_null(json_object_get(json_array_get(recs, 2), "errors"));
	json_decref(recs);
	run_free(&r);
	g_string_free(box, TRUE);
	free(a);
	free(b);
	free(mbox);
	free(dir);
}

Test(bad_input, lines_built_to_make_patterns_backtrack, .timeout = 30)
{
	char *dir = scratch("redos"), *p;
	GString *chat = g_string_new("5-3-2024 14:02 - Jan: hallo\n");
	struct run r;
	json_t *recs;
	int i;

	/* a "name" of 20,000 words before ": ", and a body with no space after its colon */
	g_string_append(chat, "5-3-2024 14:03 - ");
	for (i = 0; i < 20000; i++)
		g_string_append(chat, "Jan heeft Piet ");
	g_string_append(chat, ": toegevoegd\n5-3-2024 14:04 - ");
	for (i = 0; i < 20000; i++)
		g_string_append(chat, "x heeft y toegevoegd changed the subject to ");
	g_string_append(chat, "a:b\n5-3-2024 14:05 - Piet: ok\n");
	cr_assert(asprintf(&p, "%s/WhatsApp-chat met Jan.txt", dir) > 0);
	cr_assert_eq(spit(p, chat->str, chat->len), 0);
	recs = read_ok(&r, READ(p));
	cr_assert_eq(json_array_size(recs), 4);
	cr_assert_str_eq(str(json_array_get(recs, 3), "text"), "ok");
	json_decref(recs);
	run_free(&r);
	g_string_free(chat, TRUE);
	free(p);
	free(dir);
}

/*
 * A chat on disk is read twice, after the rest of its input: the file may
 * be gone, replaced or cut short by then.  The reader's warnings, which
 * come between, change it here.
 */
struct changing {
	json_t *recs;
	GString *warns;
	const char *gone, *replaced, *replacement, *cut;
	size_t cut_to;
};

static int
changing_emit(void *ctx, json_t *rec)
{
	return keep_all(((struct changing *)ctx)->recs, rec);
}

static void
changing_warn(void *ctx, const char *msg)
{
	struct changing *c = ctx;

	g_string_append_printf(c->warns, "%s\n", msg);
	if (c->gone)
		cr_assert_eq(unlink(c->gone), 0);
	if (c->replaced)
		cr_assert_eq(rename(c->replacement, c->replaced), 0);
	if (c->cut)
		cr_assert_eq(truncate(c->cut, (off_t)c->cut_to), 0);
	c->gone = c->replaced = c->cut = NULL;
}

Test(bad_input, a_chat_file_gone_replaced_or_cut_short_while_it_is_read)
{
	char *dir = scratch("changing"), *gone, *replaced, *replacement, *fifo, *cut;
	struct read_opts o = { 0 };
	struct changing c = { .recs = json_array(), .warns = g_string_new(NULL) };
	const char *line = "5-3-2024 14:02 - Jan: Goedemorgen\n";
	GString *chat = g_string_new(NULL);
	char err[256];
	struct reader *r;
	int i;

	cr_assert(asprintf(&gone, "%s/a.txt", dir) > 0);
	cr_assert(asprintf(&replaced, "%s/b.txt", dir) > 0);
	cr_assert(asprintf(&replacement, "%s/.b.txt", dir) > 0);
	/* after the chats in name order, its warning comes before they are read */
	cr_assert(asprintf(&fifo, "%s/c.fifo", dir) > 0);
	cr_assert_eq(spit(gone, line, strlen(line)), 0);
	cr_assert_eq(spit(replaced, line, strlen(line)), 0);
	cr_assert_eq(spit(replacement, line, strlen(line)), 0);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	c.gone = gone;
	c.replaced = replaced;
	c.replacement = replacement;
	r = reader_new(&o, changing_emit, changing_warn, &c, err, sizeof(err));
	cr_assert(r, "%s", err);
	cr_assert_eq(reader_add(r, dir), -1);
	cr_assert(strstr(c.warns->str, "c.fifo: not a file or folder"), "%s", c.warns->str);
	cr_assert(strstr(c.warns->str, "/a.txt: No such file or directory"), "%s", c.warns->str);
	cr_assert(strstr(c.warns->str, "/b.txt: replaced by another file while the input was read"),
	    "%s", c.warns->str);
	cr_assert_eq(json_array_size(c.recs), 0);
	reader_free(r);

	/* day-month and month-day dates: that warning comes between the two walks */
	for (i = 0; i < 2000; i++)
		g_string_append_printf(chat, "%d/%d/2024 14:02 - Jan: bericht %d\n",
		    i == 0 ? 13 : 1, i == 1 ? 13 : 2, i);
	cr_assert(asprintf(&cut, "%s/WhatsApp-chat met Jan.txt", dir) > 0);
	cr_assert_eq(spit(cut, chat->str, chat->len), 0);
	g_string_truncate(c.warns, 0);
	c.cut = cut;
	c.cut_to = chat->len / 2;
	r = reader_new(&o, changing_emit, changing_warn, &c, err, sizeof(err));
	cr_assert_eq(reader_add(r, cut), -1);
	cr_assert(strstr(c.warns->str, "dates in both day-month and month-day order"), "%s", c.warns->str);
	cr_assert(strstr(c.warns->str, "WhatsApp-chat met Jan.txt: became shorter while it was read"),
	    "%s", c.warns->str);
	/* the messages before the cut are there, the last says it may be cut off */
	cr_assert_gt(json_array_size(c.recs), 900);
	cr_assert_lt(json_array_size(c.recs), 1100);
	cr_assert(has_error(json_array_get(c.recs, json_array_size(c.recs) - 1),
	    "ends early (became shorter while it was read)"));
	cr_assert_not(has_error(json_array_get(c.recs, 0), "ends early"));
	reader_free(r);

	json_decref(c.recs);
	g_string_free(c.warns, TRUE);
	g_string_free(chat, TRUE);
	free(gone);
	free(replaced);
	free(replacement);
	free(fifo);
	free(cut);
	free(dir);
}

/* telegram_test.c has the Telegram reader; here: an empty chat is no error */
Test(bad_input, an_empty_telegram_chat_is_read)
{
	char *dir = scratch("tg"), *p;
	struct run r;

	cr_assert(asprintf(&p, "%s/result.json", dir) > 0);
	const char *tg = "{\n \"name\": \"Kabinet\",\n \"type\": \"private_group\",\n \"messages\": []\n}\n";

	cr_assert_eq(spit(p, tg, strlen(tg)), 0);
	run(&r, NULL, READ(p));
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "");
	cr_assert(strstr(r.err, "read 0 messages"), "%s", r.err);
	run_free(&r);
	free(p);
	free(dir);
}

Test(bad_input, usage_and_options)
{
	struct run r;

	run(&r, NULL, (const char *const[]){ "ihh-read", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "usage: ihh-read"), "%s", r.err);
	run_free(&r);
	run(&r, NULL, READ("--tz", "Mars/Olympus", "fixtures/mail/eml"));
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "unknown time zone 'Mars/Olympus'"), "%s", r.err);
	run_free(&r);
	run(&r, NULL, READ("--format", "telex", "fixtures/mail/eml"));
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "unknown format 'telex'"), "%s", r.err);
	run_free(&r);
}

Test(bad_input, a_full_disk_is_reported)
{
	struct run r;

	run(&r, "/dev/full", READ("fixtures/whatsapp/android-nl"));
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "ihh-read: writing the stream failed: No space left on device"), "%s", r.err);
	run_free(&r);
}
