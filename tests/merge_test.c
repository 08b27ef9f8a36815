/*
 * ihh-merge: the same group chat exported from an Android phone in
 * Dutch, one in English and an iPhone in Dutch (fixtures/merge, counted
 * by hand in its README) merges into one conversation in which every
 * message occurs once, with all its sources; what each export covers,
 * the gaps and what one phone lacks are reported; every message read is
 * accounted for.  And the contacts line that names one person by many
 * identifiers.
 */
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "harness.h"
#include "people.h"

#define NL "fixtures/merge/android-nl"
#define EN "fixtures/merge/android-en"
#define IOS "fixtures/merge/ios-nl"
#define CONTACTS "fixtures/merge/contacts.txt"
#define NL_FILE "android-nl/WhatsApp-chat met Wateroverlast Limburg.txt"
#define EN_FILE "android-en/WhatsApp Chat with Wateroverlast Limburg.txt"
#define IOS_FILE "ios-nl/_chat.txt"
#define PHOTO_SHA "24ac74130806ae02d7e4ee72881b977601999c6c9f94ee1545ed4830459b737f"

static json_int_t
num(const json_t *o, const char *key)
{
	return json_integer_value(json_object_get(o, key));
}

/* The records at a time with a text (NULL: any). */
static json_t *
at(json_t *recs, const char *time, const char *text, size_t nth)
{
	size_t i;
	json_t *r;

	json_array_foreach(recs, i, r)
		if (!strcmp(str(r, "time"), time) && (!text || !strcmp(str(r, "text"), text)) && !nth--)
			return r;
	cr_assert_fail("no record at %s %s", time, text ? text : "");
	return NULL;
}

static int
has_source(const json_t *rec, const char *file, json_int_t pos)
{
	const json_t *s;
	size_t i;

	json_array_foreach(json_object_get(rec, "source"), i, s)
		if (!strcmp(str(s, "file"), file) && num(s, "pos") == pos)
			return 1;
	return 0;
}

struct merged {
	char *dir, *store, *cov;
	json_t *recs, *report;
	char *err, *text;
};

/* English first: its photo is the one that was not exported. */
static void
merge3(struct merged *m)
{
	struct run r;
	char *path;
	json_error_t e;

	m->dir = scratch("merge");
	m->store = g_build_filename(m->dir, "store", NULL);
	m->cov = g_build_filename(m->dir, "coverage", NULL);
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--contacts", CONTACTS, "--store", m->store,
	    "--coverage", m->cov, "--period", "2024-03-01/2024-03-10", EN, NL, IOS, NULL });
	cr_assert_eq(r.status, 0, "exit %d: %s", r.status, r.err);
	m->recs = records(r.out);
	m->err = strdup(r.err);
	path = g_strconcat(m->cov, ".json", NULL);
	m->report = json_load_file(path, 0, &e);
	cr_assert(m->report, "%s: %s", path, e.text);
	g_free(path);
	path = g_strconcat(m->cov, ".txt", NULL);
	m->text = slurp(path, NULL);
	cr_assert(m->text);
	g_free(path);
	run_free(&r);
}

static void
merged_free(struct merged *m)
{
	json_decref(m->recs);
	json_decref(m->report);
	g_free(m->store);
	g_free(m->cov);
	free(m->err);
	free(m->text);
	free(m->dir);
}

/* What ihh-read makes of one export: its sources, "file:pos". */
static GHashTable *
sources_read(const char *export, GHashTable *into)
{
	struct run r;
	json_t *recs, *rec;
	size_t i;

	run(&r, NULL, (const char *const[]){ "ihh-read", "-q", export, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	json_array_foreach(recs, i, rec) {
		const json_t *s = json_object_get(rec, "source");

		g_hash_table_add(into, g_strdup_printf("%s:%lld", str(s, "file"),
		    (long long)num(s, "pos")));
	}
	json_decref(recs);
	run_free(&r);
	return into;
}

Test(merge, every_message_once_with_all_its_sources)
{
	GHashTable *read = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	size_t i, j, by_n[4] = { 0 }, chat = 0, sys = 0, per_source = 0, total = 0;
	const char *conv = NULL;
	struct merged m;
	json_t *rec, *s;
	char *key;

	merge3(&m);
	sources_read(NL, read);
	sources_read(EN, read);
	sources_read(IOS, read);
	cr_assert_eq(g_hash_table_size(read), 97, "35 + 33 + 29 records read");
	/* 34 messages and 6 app notices (counted by hand: README): a notice is one
	 * event however each phone words it */
	cr_assert_eq(json_array_size(m.recs), 40);
	json_array_foreach(m.recs, i, rec) {
		cr_assert(json_is_array(json_object_get(rec, "source")));
		json_array_foreach(json_object_get(rec, "source"), j, s) {
			key = g_strdup_printf("%s:%lld", str(s, "file"), (long long)num(s, "pos"));
			cr_assert(g_hash_table_contains(read, key), "%s was never read", key);
			cr_assert(!g_hash_table_contains(seen, key), "%s is in two messages", key);
			g_hash_table_add(seen, key);
			total++;
		}
		by_n[json_array_size(json_object_get(rec, "source"))]++;
		if (!strcmp(str(rec, "kind"), "system")) {
			sys++;
			per_source += json_is_true(json_object_get(rec, "per_source"));
		} else
			chat++;
		if (!conv)
			conv = str(json_object_get(rec, "conversation"), "id");
		cr_assert_str_eq(str(json_object_get(rec, "conversation"), "id"), conv);
		cr_assert_str_eq(str(json_object_get(rec, "conversation"), "title"), "Wateroverlast Limburg");
		if (i)
			cr_assert(strcmp(str(json_array_get(m.recs, i - 1), "time"), str(rec, "time")) <= 0,
			    "out of time order at %zu", i);
	}
	/* every record read is in exactly one merged message */
	cr_assert_eq(total, 97);
	cr_assert_eq(g_hash_table_size(seen), 97);
	cr_assert_eq(chat, 34);
	cr_assert_eq(sys, 6);
	/* the iPhone's own encryption notice (its history starts later) and the
	 * subject changed after both Android exports: on one phone only */
	cr_assert_eq(per_source, 2);
	/* 20 messages + 1 notice all three phones hold, 12 + 3 two hold, 2 + 2 one holds */
	cr_assert_eq(by_n[3], 21);
	cr_assert_eq(by_n[2], 15);
	cr_assert_eq(by_n[1], 4);
	/* "U hebt Karim El Amrani toegevoegd" (09:03), "Sanne Visser added Karim"
	 * (09:03), "Sanne BZK heeft +31 6 34567890 toegevoegd" (09:03:48): one event */
	rec = at(m.recs, "2024-03-05T09:03:48+01:00", NULL, 0);
	cr_assert_str_eq(str(rec, "kind"), "system");
	cr_assert_eq(json_array_size(json_object_get(rec, "source")), 3);
	cr_assert_null(json_object_get(rec, "per_source"));
	/* the group made, and who was added with it: each once, from both Android phones */
	cr_assert_eq(json_array_size(json_object_get(at(m.recs, "2024-03-04T09:00:00+01:00",
	    "Sanne Visser created group \"Wateroverlast Limburg\"", 0), "source")), 2);
	g_hash_table_destroy(read);
	g_hash_table_destroy(seen);
	merged_free(&m);
}

Test(merge, times_and_senders_resolved)
{
	struct merged m;
	json_t *r;

	merge3(&m);
	/* Karim: "Karim" on one phone, his number on another, his full name on the third */
	r = at(m.recs, "2024-03-05T09:05:59+01:00", NULL, 0);
	cr_assert_str_eq(str(json_object_get(r, "from"), "name"), "Karim El Amrani");
	cr_assert_str_eq(str(json_object_get(r, "from"), "address"), "+31634567890");
	cr_assert_eq(json_array_size(json_object_get(r, "source")), 3);
	/* Pieter: a number on the English phone */
	r = at(m.recs, "2024-03-05T08:52:10+01:00", NULL, 0);
	cr_assert_str_eq(str(json_object_get(r, "from"), "name"), "Pieter de Vries");
	cr_assert_str_eq(str(json_object_get(r, "from"), "address"), "+31612345678");
	cr_assert_eq(json_array_size(json_object_get(r, "source")), 3);
	/* Sanne is "Sanne BZK" on the iPhone */
	r = at(m.recs, "2024-03-05T15:47:30+01:00", NULL, 0);
	cr_assert_str_eq(str(json_object_get(r, "from"), "name"), "Sanne Visser");
	cr_assert_eq(json_array_size(json_object_get(r, "source")), 3);
	/* the iPhone's seconds where it has the message, the minute where only Android has it */
	at(m.recs, "2024-03-04T09:02:00+01:00", "Goedemorgen allemaal. Deze groep is voor de afstemming "
	    "over de wateroverlast in Zuid-Limburg. Eerste situatieschets om 10.00 uur.", 0);
	/* 10:20:59 is the Android 10:20, never 10:21 */
	r = at(m.recs, "2024-03-05T10:20:59+01:00", "👍", 0);
	cr_assert(has_source(r, NL_FILE, 24) && has_source(r, EN_FILE, 24) && has_source(r, IOS_FILE, 11));
	r = at(m.recs, "2024-03-05T10:21:02+01:00", "👍", 0);
	cr_assert(has_source(r, NL_FILE, 25) && has_source(r, EN_FILE, 25) && has_source(r, IOS_FILE, 12));
	/* a message deleted for everyone is one deleted message */
	r = at(m.recs, "2024-03-05T11:10:40+01:00", NULL, 0);
	cr_assert(json_is_true(json_object_get(r, "deleted")));
	cr_assert_eq(json_array_size(json_object_get(r, "source")), 3);
	merged_free(&m);
}

Test(merge, the_same_text_twice_in_a_minute_stays_twice)
{
	struct merged m;
	json_t *a, *b;

	merge3(&m);
	a = at(m.recs, "2024-03-05T10:14:05+01:00", "Ok", 0);
	b = at(m.recs, "2024-03-05T10:14:48+01:00", "Ok", 0);
	cr_assert(has_source(a, NL_FILE, 21) && has_source(a, EN_FILE, 21) && has_source(a, IOS_FILE, 8));
	cr_assert(has_source(b, NL_FILE, 22) && has_source(b, EN_FILE, 22) && has_source(b, IOS_FILE, 9));
	cr_assert_str_neq(str(a, "id"), str(b, "id"));
	merged_free(&m);
}

Test(merge, an_attachment_comes_from_the_export_that_holds_it)
{
	struct merged m;
	json_t *r, *att;
	char *path;
	struct stat sb;

	merge3(&m);
	r = at(m.recs, "2024-03-05T10:31:44+01:00", NULL, 0);
	cr_assert_eq(json_array_size(json_object_get(r, "source")), 3);
	/* the English export came first and had only "<Media omitted>" */
	cr_assert_str_eq(str(json_array_get(json_object_get(r, "source"), 0), "file"), EN_FILE);
	cr_assert_eq(json_array_size(json_object_get(r, "attachments")), 1);
	att = json_array_get(json_object_get(r, "attachments"), 0);
	cr_assert_str_eq(str(att, "sha256"), PHOTO_SHA);
	cr_assert_str_eq(str(att, "type"), "image/jpeg");
	cr_assert_null(json_object_get(att, "missing"));
	/* two exports held the same bytes: one file in the store */
	cr_assert_eq(count_files(m.store), 1);
	path = g_build_filename(m.store, PHOTO_SHA, NULL);
	cr_assert_eq(stat(path, &sb), 0, "%s", path);
	g_free(path);
	cr_assert_eq(num(m.report, "attachments_filled"), 1);
	merged_free(&m);
}

Test(merge, coverage_periods_gaps_and_what_a_phone_lacks)
{
	struct merged m;
	json_t *x, *miss, *gap;
	struct stat sb;
	char *path;

	merge3(&m);
	/* read = merged + duplicates, in the report and on stderr */
	cr_assert_eq(num(m.report, "read"), 97);
	cr_assert_eq(num(m.report, "merged"), 40);
	cr_assert_eq(num(m.report, "duplicates"), 57);
	cr_assert(strstr(m.err, "read 97 messages from 3 inputs = 40 merged + 57 duplicates"), "%s", m.err);
	cr_assert_eq(num(m.report, "only_one_export"), 2);
	cr_assert_eq(json_array_size(json_object_get(m.report, "exports")), 3);

	x = json_array_get(json_object_get(m.report, "exports"), 0);
	cr_assert_str_eq(str(x, "input"), EN);
	cr_assert_str_eq(str(x, "first"), "2024-03-04T09:00:00+01:00");
	cr_assert_str_eq(str(x, "last"), "2024-03-06T09:15:00+01:00");
	cr_assert_eq(num(x, "read"), 33);
	cr_assert_eq(num(x, "merged"), 33);
	cr_assert_eq(num(x, "duplicates"), 0);
	cr_assert_eq(num(x, "missing"), 0);
	cr_assert_str_eq(str(x, "precision"), "minute");
	x = json_array_get(json_object_get(m.report, "exports"), 1);
	cr_assert_str_eq(str(x, "input"), NL);
	cr_assert_str_eq(str(x, "first"), "2024-03-04T09:00:00+01:00");
	cr_assert_str_eq(str(x, "last"), "2024-03-06T17:05:00+01:00");
	cr_assert_eq(num(x, "read"), 35);
	cr_assert_eq(num(x, "merged"), 3);
	cr_assert_eq(num(x, "duplicates"), 32);
	cr_assert_eq(num(x, "only_here"), 0);
	cr_assert_eq(num(x, "missing"), 1);
	x = json_array_get(json_object_get(m.report, "exports"), 2);
	cr_assert_str_eq(str(x, "input"), IOS);
	cr_assert_str_eq(str(x, "first"), "2024-03-05T08:45:02+01:00");
	cr_assert_str_eq(str(x, "last"), "2024-03-07T10:30:10+01:00");
	cr_assert_eq(num(x, "read"), 29);
	cr_assert_eq(num(x, "merged"), 4);
	cr_assert_eq(num(x, "duplicates"), 25);
	cr_assert_eq(num(x, "only_here"), 2);
	cr_assert_eq(num(x, "missing"), 0);
	cr_assert_str_eq(str(x, "precision"), "second");

	/* the period asked for, 1 to 10 March, against what the phones hold */
	cr_assert_eq(json_array_size(json_object_get(m.report, "gaps")), 2);
	gap = json_array_get(json_object_get(m.report, "gaps"), 0);
	cr_assert_str_eq(str(gap, "from"), "2024-03-01T00:00:00+01:00");
	cr_assert_str_eq(str(gap, "to"), "2024-03-04T09:00:00+01:00");
	gap = json_array_get(json_object_get(m.report, "gaps"), 1);
	cr_assert_str_eq(str(gap, "from"), "2024-03-07T10:30:10+01:00");
	cr_assert_str_eq(str(gap, "to"), "2024-03-11T00:00:00+01:00");

	/* Marloes's message that Sanne deleted on her phone */
	cr_assert_eq(num(m.report, "missing"), 1);
	miss = json_array_get(json_object_get(m.report, "missing_in_period"), 0);
	cr_assert_str_eq(str(miss, "input"), NL);
	cr_assert_str_eq(str(miss, "time"), "2024-03-05T11:02:26+01:00");
	cr_assert_str_eq(str(miss, "from"), "Marloes Jansen");
	cr_assert_str_eq(str(miss, "id"), str(at(m.recs, "2024-03-05T11:02:26+01:00", NULL, 0), "id"));
	cr_assert_eq(json_array_size(json_object_get(miss, "held_by")), 2);
	cr_assert(strstr(m.text, "fixtures/merge/android-nl lacks"), "%s", m.text);
	cr_assert(strstr(m.text, "2024-03-01 00:00:00 to 2024-03-04 09:00:00"), "%s", m.text);
	cr_assert(strstr(m.text, "read 97 = 40 merged + 57 duplicates"), "%s", m.text);
	path = g_strconcat(m.cov, ".txt", NULL);
	cr_assert_eq(stat(path, &sb), 0);
	cr_assert_eq(sb.st_mode & 0777, 0600);
	g_free(path);
	merged_free(&m);
}

static char *
merge_out(const char *const *argv)
{
	struct run r;
	char *out;

	run(&r, NULL, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	json_decref(records(r.out));
	out = strdup(r.out);
	run_free(&r);
	return out;
}

static int
by_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static GPtrArray *
ids(const char *out)
{
	json_t *recs = records(out), *r;
	GPtrArray *a = g_ptr_array_new_with_free_func(g_free);
	size_t i;

	json_array_foreach(recs, i, r) {
		g_ptr_array_add(a, g_strdup(str(r, "id")));
		g_ptr_array_add(a, g_strdup(str(json_object_get(r, "conversation"), "id")));
	}
	json_decref(recs);
	g_ptr_array_sort(a, by_str);
	return a;
}

Test(merge, ids_stable_across_runs_and_orders)
{
	char *a = merge_out((const char *const[]){ "ihh-merge", "-q", "--contacts", CONTACTS, NL, EN, IOS, NULL });
	char *b = merge_out((const char *const[]){ "ihh-merge", "-q", "--contacts", CONTACTS, NL, EN, IOS, NULL });
	char *c = merge_out((const char *const[]){ "ihh-merge", "-q", "--contacts", CONTACTS, IOS, EN, NL, NULL });
	GPtrArray *ia, *ic;
	size_t i;

	/* the same run twice: the same bytes */
	cr_assert_str_eq(a, b);
	/* another order: the same ids (the smallest id of a message's sources) */
	ia = ids(a);
	ic = ids(c);
	cr_assert_eq(ia->len, ic->len);
	for (i = 0; i < ia->len; i++)
		cr_assert_str_eq(ia->pdata[i], ic->pdata[i]);
	g_ptr_array_free(ia, TRUE);
	g_ptr_array_free(ic, TRUE);
	free(a);
	free(b);
	free(c);
}

Test(merge, without_contacts_a_name_and_a_number_stay_two)
{
	struct run r;
	json_t *recs;

	run(&r, NULL, (const char *const[]){ "ihh-merge", NL, EN, IOS, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	/* what each phone shows under another name is not taken for the same message */
	cr_assert_gt(json_array_size(recs), 40);
	cr_assert(strstr(r.err, "read 97 messages from 3 inputs = "), "%s", r.err);
	json_decref(recs);
	run_free(&r);
}

/* A record of a stream, as a later program would have it. */
#define SREC(id, file, pos, time, who, text) \
	"{\"id\":\"" id "\",\"source\":{\"format\":\"whatsapp-ios\",\"file\":\"" file "\",\"pos\":" #pos "}," \
	"\"kind\":\"chat\",\"conversation\":{\"id\":\"c-" file "\",\"title\":\"T\"},\"time\":\"" time "\"," \
	"\"from\":{\"name\":\"" who "\"},\"text\":\"" text "\"}\n"

Test(merge, streams_in_other_zones_and_other_white_space)
{
	char *dir = scratch("merge-streams"), *a = g_build_filename(dir, "a.jsonl", NULL),
	    *b = g_build_filename(dir, "b.jsonl", NULL), *c = g_build_filename(dir, "c.jsonl", NULL),
	    *cov = g_build_filename(dir, "cov", NULL), *cj = g_strconcat(cov, ".json", NULL);
	/* one zone and another for the same moments; line ends, spaces and marks differ */
	const char sa[] =
	    SREC("a1", "a", 1, "2024-03-01T10:00:05+01:00", "Jan", "Zie  bijlage\\r\\nmorgen")
	    SREC("a2", "a", 2, "2024-03-01T10:00:30+01:00", "Jan", "Ok");
	const char sb[] =
	    SREC("b1", "b", 1, "2024-03-01T09:00:05Z", "jan", "Zie bijlage\\nmorgen\\u200e")
	    SREC("b2", "b", 2, "2024-03-01T09:00:30+00:00", "Jan", "Ok");
	const char sc[] =
	    SREC("c1", "c", 1, "2024-03-03T08:00:00+01:00", "Jan", "Later");
	json_t *recs, *rep, *gap;
	json_error_t e;
	struct run r;

	cr_assert_eq(spit(a, sa, strlen(sa)), 0);
	cr_assert_eq(spit(b, sb, strlen(sb)), 0);
	cr_assert_eq(spit(c, sc, strlen(sc)), 0);
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--coverage", cov, "--stream", a,
	    "--stream", b, "--stream", c, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 3);
	cr_assert_str_eq(str(json_array_get(recs, 0), "id"), "a1");
	cr_assert_eq(json_array_size(json_object_get(json_array_get(recs, 0), "source")), 2);
	cr_assert_eq(json_array_size(json_object_get(json_array_get(recs, 1), "source")), 2);
	rep = json_load_file(cj, 0, &e);
	cr_assert(rep, "%s", e.text);
	/* nobody's export covers 1 March 10:00:30 to 3 March 08:00 */
	cr_assert_eq(json_array_size(json_object_get(rep, "gaps")), 1);
	gap = json_array_get(json_object_get(rep, "gaps"), 0);
	cr_assert_str_eq(str(gap, "from"), "2024-03-01T10:00:30+01:00");
	cr_assert_str_eq(str(gap, "to"), "2024-03-03T08:00:00+01:00");
	json_decref(rep);
	json_decref(recs);
	run_free(&r);
	g_free(a);
	g_free(b);
	g_free(c);
	g_free(cov);
	g_free(cj);
	free(dir);
}

Test(merge, a_bad_input_is_named)
{
	char *dir = scratch("merge-bad"), *bad = g_build_filename(dir, "bad.jsonl", NULL),
	    *notes = g_build_filename(dir, "notes.txt", NULL);
	const char badline[] = "{\"id\":\"x\",\"kind\":\"chat\",\"time\":\"2024-03-05T08:50:00+01:00\"}\nnot json\n";
	struct run r;
	json_t *recs;

	cr_assert_eq(spit(bad, badline, strlen(badline)), 0);
	cr_assert_eq(spit(notes, "boodschappen: melk\n", 19), 0);
	/* an export that is not there */
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--contacts", CONTACTS, NL, "fixtures/merge/no-such-export",
	    IOS, NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "fixtures/merge/no-such-export"), "%s", r.err);
	recs = records(r.out);
	cr_assert_gt(json_array_size(recs), 0, "the other exports are still merged");
	json_decref(recs);
	run_free(&r);
	/* a file that is no export */
	run(&r, NULL, (const char *const[]){ "ihh-merge", NL, notes, NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "notes.txt"), "%s", r.err);
	run_free(&r);
	/* a stream with a bad line */
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--stream", bad, NL, NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "bad.jsonl:2"), "%s", r.err);
	run_free(&r);
	/* usage */
	run_expect(NULL, (const char *const[]){ "ihh-merge", NULL }, 2);
	run_expect(NULL, (const char *const[]){ "ihh-merge", "--period", "2024-03-10/2024-03-01", NL, NULL }, 2);
	run_expect(NULL, (const char *const[]){ "ihh-merge", "--tz", "Mars/Olympus", NL, NULL }, 2);
	run_expect("/dev/full", (const char *const[]){ "ihh-merge", NL, NULL }, 1);
	g_free(bad);
	g_free(notes);
	free(dir);
}

/* One conversation out of an input that holds many (an account export, a read-out) */
Test(merge, one_conversation_taken_from_an_input_of_many)
{
	char *dir = scratch("merge-pick"), *mixed = g_build_filename(dir, "phone.jsonl", NULL);
	struct run r;
	json_t *recs;

	/* Sanne's chat and her Telegram account, read into one stream */
	run_expect(mixed, (const char *const[]){ "ihh-read", "-q", NL, "fixtures/telegram/account", NULL }, 0);
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--contacts", CONTACTS, "--stream", mixed, EN, NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "more than one conversation"), "%s", r.err);
	cr_assert(strstr(r.err, "--conversation TITLE"), "%s", r.err);
	run_free(&r);
	run(&r, NULL, (const char *const[]){ "ihh-merge", "--contacts", CONTACTS, "--conversation",
	    "Wateroverlast Limburg", "--stream", mixed, EN, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.err, "21 records of other conversations left out"), "%s", r.err);
	recs = records(r.out);
	/* the two Android phones' messages and notices, as in the merge of all three less
	 * the iPhone's: 35 + 33 read = 36 merged (35, and the message Sanne deleted) + 32 duplicates */
	cr_assert(strstr(r.err, "read 68 messages from 2 inputs = 36 merged + 32 duplicates"), "%s", r.err);
	cr_assert_eq(json_array_size(recs), 36);
	json_decref(recs);
	run_free(&r);
	g_free(mixed);
	free(dir);
}

Test(merge, the_run_is_logged)
{
	char *dir = scratch("merge-log"), *log = g_build_filename(dir, "audit.log", NULL), *text;
	char *cov = g_build_filename(dir, "cov", NULL), *covjson = g_strconcat(cov, ".json", NULL);
	json_t *line, *counts, *rep;
	json_error_t e;

	run_expect(NULL, (const char *const[]){ "ihh-merge", "-q", "--log", log, "--by", "alice",
	    "--coverage", cov, "--contacts", CONTACTS, NL, EN, IOS, NULL }, 0);
	/* the photo Marloes's phone left out is filled whichever export comes first */
	rep = json_load_file(covjson, 0, &e);
	cr_assert(rep, "%s", e.text);
	cr_assert_eq(num(rep, "attachments_filled"), 1);
	json_decref(rep);
	g_free(cov);
	g_free(covjson);
	text = slurp(log, NULL);
	cr_assert(text);
	line = json_loads(text, 0, &e);
	cr_assert(line, "%s", e.text);
	cr_assert_str_eq(str(line, "program"), "ihh-merge");
	counts = json_object_get(line, "counts");
	cr_assert_eq(num(counts, "records"), 97);
	cr_assert_eq(num(counts, "merged"), 40);
	cr_assert_eq(num(counts, "duplicates"), 57);
	json_decref(line);
	free(text);
	g_free(log);
	free(dir);
}

/* The contacts line that names one person many ways ----------------------- */

Test(contacts, one_person_by_name_number_and_address)
{
	char *dir = scratch("contacts"), *path = g_build_filename(dir, "c.txt", NULL), err[512];
	const char text[] = "collega  Pieter de Vries | Pieter BZK | 06-12345678 | p.devries@minbzk.nl\n"
	    "familie  +31 6 11122233\n"
	    "pers     @nos.nl\n";
	const char *matched;
	struct contacts *c;
	char *a, *b, *d, *x;

	cr_assert_eq(spit(path, text, strlen(text)), 0);
	c = contacts_load(path, err, sizeof(err));
	cr_assert(c, "%s", err);
	a = contacts_who(c, "Pieter BZK", NULL);
	b = contacts_who(c, "+31 6 12345678", "+31612345678");
	d = contacts_who(c, NULL, "P.deVries@minbzk.nl");
	x = contacts_who(c, "Pieter", NULL);
	cr_assert_str_eq(a, b);
	cr_assert_str_eq(a, d);
	cr_assert_str_neq(a, x);
	cr_assert_str_eq(contacts_name(c, "+31 6 12345678", "+31612345678"), "Pieter de Vries");
	cr_assert_null(contacts_name(c, "Iemand", NULL));
	/* the roles as before, for every identifier on the line */
	cr_assert_str_eq(contacts_role(c, "pieter bzk", NULL, &matched), "collega");
	cr_assert_str_eq(contacts_role(c, NULL, "+31612345678", &matched), "collega");
	cr_assert_str_eq(contacts_role(c, NULL, "06 11122233", &matched), "familie");
	cr_assert_str_eq(contacts_role(c, "F. Maas", "f.maas@nos.nl", &matched), "pers");
	g_free(a);
	g_free(b);
	g_free(d);
	g_free(x);
	contacts_free(c);

	cr_assert_eq(spit(path, "collega  Jan | | 0612345678\n", 27), 0);
	cr_assert_null(contacts_load(path, err, sizeof(err)));
	cr_assert(strstr(err, "c.txt:1:15: an empty name"), "%s", err);
	g_free(path);
	free(dir);
}

/* The keys of recent names are kept (a chat's senders come again and
 * again): each lookup still finds its own person, also when more names
 * than are kept take turns, and when one is asked for twice in a row. */
Test(contacts, recent_names_taking_turns)
{
	char *dir = scratch("contacts"), *path = g_build_filename(dir, "c.txt", NULL), err[512];
	const char text[] = "collega  Anna\nfamilie  Bert\nvriend  Carla\npers  Dirk\n"
	    "partij  Eva\noverig  Frank\n";
	static const char *const names[] = { "anna", "Bert", "CARLA", "Dirk", "Eva", "Frank", "Gijs" };
	static const char *const want[] = { "collega", "familie", "vriend", "pers", "partij", "overig", NULL };
	const char *matched, *r;
	struct contacts *c;
	int round, i;

	cr_assert_eq(spit(path, text, strlen(text)), 0);
	c = contacts_load(path, err, sizeof(err));
	cr_assert(c, "%s", err);
	for (round = 0; round < 3; round++)
		for (i = 0; i < 7; i++) {
			r = contacts_role(c, names[i], NULL, &matched);
			if (want[i])
				cr_assert_str_eq(r ? r : "(null)", want[i], "%s", names[i]);
			else
				cr_assert_null(r, "%s", names[i]);
			cr_assert_eq(contacts_role(c, names[i], NULL, &matched), r);
		}
	contacts_free(c);
	g_free(path);
	free(dir);
}
