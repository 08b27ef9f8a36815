/*
 * ihh-read on Cellebrite UFDR read-outs: the invented read-out in
 * fixtures/ufdr/kabinet zipped with its report before and after its
 * files, and hostile reports ending in a clear error, never an
 * expansion, a fetch, a file outside the store or a crash.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "harness.h"
#include "text.h"

#define READ(...) ((const char *const[]){ "ihh-read", __VA_ARGS__, NULL })
#define FIX "fixtures/ufdr/kabinet"
#define NS "xmlns=\"http://pa.cellebrite.com/report/2.0\""

/* The fixture as a .ufdr zip, the report first or last. */
static char *
ufdr_zip(const char *dir, const char *name, int report_first)
{
	char *zip;
	const char *argv[5] = { "mkarchive", NULL, NULL, NULL, NULL };
	struct run r;

	cr_assert(asprintf(&zip, "%s/%s", dir, name) > 0);
	argv[1] = zip;
	argv[report_first ? 2 : 3] = "report.xml=" FIX "/report.xml";
	argv[report_first ? 3 : 2] = "files=" FIX "/files";
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	return zip;
}

/* Models in the fixture's report, counted from the XML itself. */
static size_t
count_models(const char *type)
{
	size_t n, k = 0;
	char *xml = slurp(FIX "/report.xml", &n), *p = xml, *needle;

	cr_assert(asprintf(&needle, "<model type=\"%s\" id=", type) > 0);
	while ((p = strstr(p, needle))) {
		k++;
		p++;
	}
	free(needle);
	free(xml);
	return k;
}

static json_t *
by_text(json_t *recs, const char *prefix)
{
	size_t i;
	json_t *r;

	json_array_foreach(recs, i, r)
		if (str(r, "text") && !strncmp(str(r, "text"), prefix, strlen(prefix)))
			return r;
	cr_assert_fail("no record starting '%s'", prefix);
	return NULL;
}

static void
check_stored(const char *store, const json_t *a, const char *fixture)
{
	char *f, h[65];
	size_t n, m;
	char *bytes, *orig;

	cr_assert_not_null(str(a, "sha256"), "%s not stored", fixture);
	cr_assert(asprintf(&f, "%s/%s", store, str(a, "sha256")) > 0);
	bytes = slurp(f, &n);
	cr_assert_not_null(bytes, "%s not in the store", f);
	orig = slurp(fixture, &m);
	text_sha256(orig, m, h);
	cr_assert_str_eq(h, str(a, "sha256"), "the store holds %s, not the file of the read-out", f);
	cr_assert_eq(n, m);
	cr_assert_eq((json_int_t)m, json_integer_value(json_object_get(a, "size")));
	free(bytes);
	free(orig);
	free(f);
}

Test(ufdr, what_the_report_holds)
{
	char *dir = scratch("ufdr"), *zip = ufdr_zip(dir, "minister.ufdr", 1), *store;
	struct run r;
	json_t *recs, *m, *a;
	size_t i, chat = 0, email = 0;

	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	run(&r, NULL, READ("--store", store, zip));
	cr_assert_eq(r.status, 0, "exit %d: %s", r.status, r.err);
	recs = records(r.out);

	/* every message model is one record; the quoted copy inside a reply is none */
	cr_assert_eq(json_array_size(recs), count_models("InstantMessage") - 1 +
	    count_models("SMS") + count_models("Email"));
	json_array_foreach(recs, i, m) {
		cr_assert_str_eq(str(m, "source.format"), "ufdr");
		cr_assert_str_eq(str(m, "source.file"), "minister.ufdr/report.xml");
		cr_assert_eq(json_integer_value(json_object_get(json_object_get(m, "source"), "pos")),
		    (json_int_t)i + 1);
		chat += !strcmp(str(m, "kind"), "chat");
		email += !strcmp(str(m, "kind"), "email");
	}
	cr_assert_eq(chat, 8);
	cr_assert_eq(email, 1);

	m = json_array_get(recs, 0);
	cr_assert_str_eq(str(m, "conversation.title"), "Kabinet overleg");
	cr_assert_str_eq(str(m, "from.name"), "Jan Bakker");
	cr_assert_str_eq(str(m, "from.address"), "+31612345678");
	cr_assert_str_eq(str(m, "time"), "2021-03-04T10:15:30+01:00");
	cr_assert_str_eq(str(m, "app"), "whatsapp");
	cr_assert_str_eq(str(m, "text"),
	    "Goedemorgen, de nota over stikstof staat klaar. Graag jullie reactie vóór 12.00.");
	cr_assert_null(json_object_get(m, "deleted"));
	/* by the tagged file's Local Path */
	a = json_array_get(json_object_get(m, "attachments"), 0);
	cr_assert_str_eq(str(a, "name"), "Nota stikstof.pdf");
	cr_assert_str_eq(str(a, "type"), "application/pdf");
	check_stored(store, a, FIX "/files/Documents/Nota stikstof.pdf");

	/* a time without offset is the formatted one's; lines kept; to from the field */
	m = json_array_get(recs, 1);
	cr_assert_str_eq(str(m, "time"), "2021-03-04T09:20:00+00:00");
	cr_assert_str_eq(str(m, "text"), "Dank, ik lees hem vanmiddag.\nOverleg om 15.00 in de Trêveszaal?");
	cr_assert_str_eq(str(m, "from.name"), "Minister");
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "to"), 0), "name"), "Jan Bakker");
	cr_assert_str_eq(str(m, "conversation.id"), str(json_array_get(recs, 0), "conversation.id"));

	/* recovered after deletion: kept, marked, its text as recovered */
	m = by_text(recs, "Sorry, verkeerde groep");
	cr_assert(json_is_true(json_object_get(m, "deleted")));

	/* by attachment_extracted_path */
	m = by_text(recs, "Foto van de kaart");
	a = json_array_get(json_object_get(m, "attachments"), 0);
	cr_assert_str_eq(str(a, "type"), "image/jpeg");
	check_stored(store, a, FIX "/files/Image/IMG-20210304-WA0001.jpg");

	/* files the read-out does not hold, and paths that point out of it */
	m = by_text(recs, "Nog drie bijlagen");
	cr_assert_eq(json_array_size(json_object_get(m, "attachments")), 3);
	json_array_foreach(json_object_get(m, "attachments"), i, a) {
		cr_assert(json_is_true(json_object_get(a, "missing")));
		cr_assert_null(json_object_get(a, "sha256"));
	}
	cr_assert(has_error(m, "'IMG_0042.JPG' is not in the read-out"));
	cr_assert(has_error(m, "points outside the read-out"));

	/* a chat without a name is called after the others in it */
	m = by_text(recs, "Het persbericht");
	cr_assert_str_eq(str(m, "conversation.title"), "Petra de Vries");
	cr_assert_str_eq(str(m, "app"), "signal");
	cr_assert_str_eq(str(m, "from.address"), "+31611122233");

	m = by_text(recs, "Uw pakket");
	cr_assert_str_eq(str(m, "kind"), "chat");
	cr_assert_str_eq(str(m, "from.address"), "+31644455566");
	m = by_text(recs, "Ik bel je na de ministerraad");
	cr_assert(json_is_true(json_object_get(m, "deleted")));
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "to"), 0), "address"), "+31611122233");
	cr_assert_str_eq(str(m, "conversation.title"), "SMS Petra de Vries");

	m = json_array_get(recs, json_array_size(recs) - 1);
	cr_assert_str_eq(str(m, "kind"), "email");
	cr_assert_str_eq(str(m, "subject"), "Re: Kamerbrief woningbouw");
	cr_assert_str_eq(str(m, "conversation.title"), "Kamerbrief woningbouw");
	cr_assert_str_eq(str(m, "folder"), "Inbox");
	cr_assert_str_eq(str(m, "from.address"), "j.bakker@minbzk.example");
	cr_assert_str_eq(str(json_array_get(json_object_get(m, "cc"), 0), "name"), "Secretariaat");
	cr_assert_str_eq(str(m, "text"), "Beste Jan,\n\nAkkoord met de Kamerbrief.");
	cr_assert(json_is_true(json_object_get(json_array_get(json_object_get(m, "attachments"), 0),
	    "missing")));
	cr_assert(has_error(m, "has no file in the read-out"));

	/* the store holds the files messages name, by hash: not the holiday photo
	 * no message names, nothing named x */
	cr_assert_eq(count_files(store), 2);
	cr_assert(strstr(r.err, "1 file of the read-out named by no message, not kept"), "%s", r.err);
	cr_assert_eq(count_files(dir), 1 + 2);
	cr_assert_neq(access("x", F_OK), 0);
	cr_assert_neq(access("build/x", F_OK), 0);
	cr_assert_neq(access("build/tmp/x", F_OK), 0);
	json_decref(recs);
	run_free(&r);
	free(store);
	free(zip);
	free(dir);
}

/* The report before or after files/ in the zip, in a folder, twice: the same records. */
Test(ufdr, attachments_resolve_in_any_order)
{
	char *dir = scratch("ufdr-order"), *first = ufdr_zip(dir, "first.ufdr", 1);
	char *last, *sub;
	const char *inputs[3];
	struct run r;
	json_t *recs[3], *again;
	size_t i, k, stored;

	cr_assert(asprintf(&sub, "%s/last", dir) > 0);
	cr_assert_eq(mkdir(sub, 0700), 0);
	last = ufdr_zip(sub, "first.ufdr", 0);
	inputs[0] = first;
	inputs[1] = last;
	inputs[2] = FIX;	/* a folder: "files" before "report.xml" */
	for (k = 0; k < 3; k++) {
		run(&r, NULL, READ(inputs[k]));
		cr_assert_eq(r.status, 0, "%s: exit %d: %s", inputs[k], r.status, r.err);
		recs[k] = records(r.out);
		run_free(&r);
		stored = 0;
		json_array_foreach(recs[k], i, again) {
			size_t j;
			json_t *a;

			json_array_foreach(json_object_get(again, "attachments"), j, a)
				stored += str(a, "sha256") != NULL;
		}
		cr_assert_eq(stored, 2, "%s: %zu attachments found", inputs[k], stored);
	}
	/* the same name, the same bytes: the same ids whatever the order */
	cr_assert(json_equal(recs[0], recs[1]));
	run(&r, NULL, READ(first));
	again = records(r.out);
	cr_assert(json_equal(recs[0], again), "the same input twice gave other records");
	json_decref(again);
	run_free(&r);
	for (k = 0; k < 3; k++)
		json_decref(recs[k]);
	free(sub);
	free(last);
	free(first);
	free(dir);
}

/* Inside another archive the report cannot be read twice: what follows it is said missing. */
Test(ufdr, nested_report_says_what_it_could_not_find)
{
	char *dir = scratch("ufdr-nested"), *zip = ufdr_zip(dir, "in.ufdr", 1), *tgz;
	const char *argv[4] = { "mkarchive", NULL, NULL, NULL };
	struct run r;
	json_t *recs;

	cr_assert(asprintf(&tgz, "%s/zaak.tar.gz", dir) > 0);
	argv[1] = tgz;
	argv[2] = zip;
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0);
	run_free(&r);
	run(&r, NULL, READ(tgz));
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 9);
	cr_assert_str_eq(str(json_array_get(recs, 0), "source.file"), "zaak.tar.gz/in.ufdr/report.xml");
	cr_assert(has_error(json_array_get(recs, 0), "is not in the read-out"));
	json_decref(recs);
	run_free(&r);
	free(tgz);
	free(zip);
	free(dir);
}

/* A read-out beside other exports: only the read-out's unnamed files go */
Test(ufdr, only_the_read_outs_unnamed_files_are_not_kept)
{
	char *dir = scratch("ufdr-beside"), *zip, *store;
	const char *argv[] = { "mkarchive", NULL, "telefoon/report.xml=" FIX "/report.xml",
	    "telefoon/files=" FIX "/files", "overig/scan.jpg=@een scan die geen bericht noemt", NULL };
	struct run r;
	json_t *recs;

	cr_assert(asprintf(&zip, "%s/zaak.zip", dir) > 0);
	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	argv[1] = zip;
	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	run(&r, NULL, READ("--store", store, zip));
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 9);
	/* the two files messages name, and the scan that is no part of the phone */
	cr_assert_eq(count_files(store), 3);
	cr_assert(strstr(r.err, "1 file of the read-out named by no message, not kept"), "%s", r.err);
	cr_assert(strstr(r.err, "'overig/scan.jpg'"), "%s", r.err);
	cr_assert_null(strstr(r.err, "WA0007"), "%s", r.err);
	json_decref(recs);
	run_free(&r);
	free(store);
	free(zip);
	free(dir);
}

/* Hostile reports --------------------------------------------------------- */

static struct run
read_report(const char *dir, const char *xml, size_t len)
{
	char *p;
	struct run r;

	cr_assert(asprintf(&p, "%s/report.xml", dir) > 0);
	cr_assert_eq(spit(p, xml, len), 0);
	run(&r, NULL, READ(p));
	free(p);
	return r;
}

#define CHAT_OPEN "<project " NS "><decodedData><modelType type=\"Chat\"><model type=\"Chat\" id=\"c\">" \
	"<multiModelField name=\"Messages\">"
#define CHAT_CLOSE "</multiModelField></model></modelType></decodedData></project>\n"

Test(ufdr_hostile, entity_expansion_is_refused)
{
	char *dir = scratch("ufdr-lol");
	const char *xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n"
	    "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
	    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
	    "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
	    "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
	    "]>\n" CHAT_OPEN "<model type=\"InstantMessage\" id=\"m\"><field name=\"Body\">"
	    "<value>&h;</value></field></model>" CHAT_CLOSE;
	struct run r = read_report(dir, xml, strlen(xml));

	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "report.xml:"), "%s", r.err);
	/* libxml2's own guard may see the loop before the reader sees the DTD */
	cr_assert(strstr(r.err, "document type declaration") || strstr(r.err, "entity reference loop"),
	    "%s", r.err);
	cr_assert_lt(r.outlen, 4096);
	cr_assert_null(strstr(r.out, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
	run_free(&r);
	free(dir);
}

Test(ufdr_hostile, external_entity_is_never_read)
{
	char *dir = scratch("ufdr-xxe"), *secret, *xml, *canary;
	struct run r;

	cr_assert(asprintf(&canary, "GEHEIM-%d-KANARIE", (int)getpid()) > 0);
	cr_assert(asprintf(&secret, "%s/secret.txt", dir) > 0);
	cr_assert_eq(spit(secret, canary, strlen(canary)), 0);
	cr_assert(asprintf(&xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY s SYSTEM \"file://%s\">"
	    "<!ENTITY n SYSTEM \"http://127.0.0.1:9/x\">]>\n" CHAT_OPEN
	    "<model type=\"InstantMessage\" id=\"m\"><field name=\"Body\"><value>&s;&n;</value></field>"
	    "</model>" CHAT_CLOSE, secret) > 0);
	r = read_report(dir, xml, strlen(xml));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_null(strstr(r.out, canary));
	cr_assert_null(strstr(r.err, canary));
	cr_assert(strstr(r.err, "report.xml:"), "%s", r.err);
	run_free(&r);
	free(xml);
	free(secret);
	free(canary);
	free(dir);
}

Test(ufdr_hostile, thousands_deep)
{
	char *dir = scratch("ufdr-deep");
	GString *x = g_string_new("<?xml version=\"1.0\"?>\n<project " NS ">");
	struct run r;
	int i;

	for (i = 0; i < 5000; i++)
		g_string_append(x, "<model type=\"Chat\">");
	for (i = 0; i < 5000; i++)
		g_string_append(x, "</model>");
	g_string_append(x, "</project>\n");
	r = read_report(dir, x->str, x->len);
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "report.xml:2:"), "%s", r.err);
	cr_assert(strstr(r.err, "nested too deep"), "%s", r.err);
	run_free(&r);
	g_string_free(x, TRUE);
	free(dir);
}

Test(ufdr_hostile, truncated_report_keeps_what_was_read)
{
	char *dir = scratch("ufdr-trunc"), *xml;
	size_t n;
	struct run r;
	json_t *recs, *last;

	xml = slurp(FIX "/report.xml", &n);
	n = (size_t)(strstr(xml, "Foto van de kaart") - xml);
	r = read_report(dir, xml, n);
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "report.xml:"), "%s", r.err);
	cr_assert(strstr(r.err, "the rest of the report was not read"), "%s", r.err);
	recs = records(r.out);
	cr_assert_geq(json_array_size(recs), 2);
	last = json_array_get(recs, json_array_size(recs) - 1);
	cr_assert(has_error(last, "the report breaks off inside this message"), "%s", r.out);
	json_decref(recs);
	run_free(&r);
	free(xml);
	free(dir);
}

Test(ufdr_hostile, a_field_of_hundreds_of_megabytes, .timeout = 120)
{
	char *dir = scratch("ufdr-huge"), *p;
	FILE *f;
	size_t i;
	char *blk = malloc(1 << 20);
	struct run r;
	json_t *recs;

	memset(blk, 'x', 1 << 20);
	cr_assert(asprintf(&p, "%s/report.xml", dir) > 0);
	f = fopen(p, "w");
	fputs("<?xml version=\"1.0\"?>\n" CHAT_OPEN
	    "<model type=\"InstantMessage\" id=\"m0\"><field name=\"Body\"><value>eerst</value></field></model>"
	    "<model type=\"InstantMessage\" id=\"m1\"><field name=\"Body\"><value><![CDATA[", f);
	for (i = 0; i < 300; i++)
		fwrite(blk, 1, 1 << 20, f);
	fputs("]]></value></field></model>" CHAT_CLOSE, f);
	fclose(f);
	run(&r, NULL, READ(p));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "report.xml:2:"), "%s", r.err);
	cr_assert_lt(r.outlen, 64 << 20);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 2);
	cr_assert_str_eq(str(json_array_get(recs, 0), "text"), "eerst");
	cr_assert(has_error(json_array_get(recs, 1), "breaks off"));
	json_decref(recs);
	run_free(&r);
	unlink(p);
	free(p);
	free(blk);
	free(dir);
}

Test(ufdr_hostile, damaged_zip)
{
	char *dir = scratch("ufdr-dmg"), *zip = ufdr_zip(dir, "d.ufdr", 1), *bytes;
	size_t n;
	struct run r;

	bytes = slurp(zip, &n);
	cr_assert_eq(spit(zip, bytes, n / 3), 0);
	run(&r, NULL, READ(zip));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "d.ufdr"), "%s", r.err);
	json_decref(records(r.out));
	run_free(&r);
	free(bytes);
	free(zip);
	free(dir);
}
