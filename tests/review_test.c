/*
 * Four eyes from the command line: ihh-review lists what must be
 * decided and turns the filled-in list into decisions; ihh-apply applies
 * them, and refuses, writing nothing, when the review is stale, an item
 * is undecided, or the marker would validate.  After apply, nothing of a
 * deleted message or an accepted redaction is left.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "audit.h"
#include "harness.h"

#define REC(id, conv, text) \
	"{\"id\":\"" id "\",\"kind\":\"chat\",\"conversation\":{\"id\":\"" conv "\",\"title\":\"" conv "\"}," \
	"\"from\":{\"name\":\"Jan\"},\"text\":\"" text "\"}\n"

static const char stream[] =
	REC("m1", "werk", "De Kamerbrief staat klaar")
	REC("m2", "werk", "Gefeliciteerd met je verjaardag, jarig! Etentje zaterdag?")
	REC("m3", "werk", "Zij ligt in het ziekenhuis; de Kamerbrief gaat mee, BSN 111222333 staat erin")
	REC("m4", "thuis", "Wie is er jarig zaterdag? Etentje bij ons")
	REC("m5", "thuis", "Hij ligt in het ziekenhuis, de Kamerbrief moet wachten");

struct setup {
	char *dir, *log, *marked, *tsv, *decisions, *kept, *report;
};

/* A stream classified and marked by alice, logged. */
static void
setup_with(struct setup *s, const char *text)
{
	char *in, *cls;

	s->dir = scratch("review");
	s->log = g_build_filename(s->dir, "audit.log", NULL);
	s->marked = g_build_filename(s->dir, "marked.jsonl", NULL);
	s->tsv = g_build_filename(s->dir, "items.tsv", NULL);
	s->decisions = g_build_filename(s->dir, "decisions.json", NULL);
	s->kept = g_build_filename(s->dir, "kept.jsonl", NULL);
	s->report = g_build_filename(s->dir, "report.json", NULL);
	in = g_build_filename(s->dir, "in.jsonl", NULL);
	cls = g_build_filename(s->dir, "classified.jsonl", NULL);
	cr_assert_eq(spit(in, text, strlen(text)), 0);
	run_expect(cls, (const char *[]){ "ihh-classify", "-q", "--rules", "fixtures/rules-test", "--log",
	    s->log, "--by", "alice", in, NULL }, 0);
	run_expect(s->marked, (const char *[]){ "ihh-redact", "-q", "--rules", "fixtures/rules-test", "--log",
	    s->log, "--by", "alice", cls, NULL }, 0);
	g_free(in);
	g_free(cls);
}

static void
setup(struct setup *s)
{
	setup_with(s, stream);
}

static void
setup_free(struct setup *s)
{
	g_free(s->log);
	g_free(s->marked);
	g_free(s->tsv);
	g_free(s->decisions);
	g_free(s->kept);
	g_free(s->report);
	free(s->dir);
}

/* The list with a verdict on every line: reject for the items named. */
static void
fill(const char *tsv, const char *out, const char *const *reject)
{
	size_t len, k;
	char *text = slurp(tsv, &len), **lines = g_strsplit(text, "\n", -1), *joined;
	GString *o = g_string_new(NULL);
	int i;

	for (i = 0; lines[i] && *lines[i]; i++) {
		const char *verdict = "accept";

		g_string_append(o, lines[i]);
		if (i == 0) {
			g_string_append_c(o, '\n');
			continue;
		}
		for (k = 0; reject[k]; k++)
			if (g_str_has_prefix(lines[i], reject[k]) && lines[i][strlen(reject[k])] == '\t')
				verdict = "reject";
		/* the list ends each line with an empty verdict column */
		g_string_append_printf(o, "%s\n", verdict);
	}
	joined = g_string_free(o, FALSE);
	cr_assert_eq(spit(out, joined, strlen(joined)), 0);
	g_free(joined);
	g_strfreev(lines);
	free(text);
}

/* alice marks, bob decides (accepting all but what is named), carol applies. */
static void
decide(struct setup *s, const char *const *reject)
{
	char *filled = g_build_filename(s->dir, "filled.tsv", NULL);

	run_expect(s->tsv, (const char *[]){ "ihh-review", "-q", "--list", "--log", s->log, "--by", "alice",
	    s->marked, NULL }, 0);
	fill(s->tsv, filled, reject);
	run_expect(NULL, (const char *[]){ "ihh-review", "-q", "--decide", filled, "--by", "bob", "-o",
	    s->dir, "--log", s->log, s->marked, NULL }, 0);
	g_free(filled);
}

Test(review, the_list_names_every_item)
{
	struct setup s;
	size_t len;
	char *tsv;

	setup(&s);
	run_expect(s.tsv, (const char *[]){ "ihh-review", "-q", "--list", s.marked, NULL }, 0);
	tsv = slurp(s.tsv, &len);
	cr_assert(g_str_has_prefix(tsv, "item\tkind\tconversation\tproposal\tsummary\tverdict\n"), "%s", tsv);
	cr_assert(strstr(tsv, "\nm2\tdelete\twerk\tprive\tGefeliciteerd met je verjaardag"), "%s", tsv);
	cr_assert(strstr(tsv, "\nm3/1\tredact\twerk\tgezondheid 5.1.1d\t[Zij ligt in het ziekenhuis]; de"), "%s", tsv);
	cr_assert(strstr(tsv, "\nm3/2\tredact\twerk\tbsn 5.1.1e\t"), "%s", tsv);
	/* a business message with nothing to redact is no item */
	cr_assert_null(strstr(tsv, "\nm1\t"), "%s", tsv);
	free(tsv);
	setup_free(&s);
}

Test(review, applied_nothing_is_left_of_what_went)
{
	static const char *const reject[] = { "m4", "m5/1", NULL };
	struct setup s;
	size_t len, n;
	char *kept, *rep, *txt, *txtpath = NULL, err[512];
	json_t *recs, *r, *j;
	struct stat st;
	long lines;

	setup(&s);
	decide(&s, reject);
	cr_assert_eq(stat(s.decisions, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	run_expect(s.kept, (const char *[]){ "ihh-apply", "-q", "--decisions", s.decisions, "--by", "carol",
	    "--log", s.log, "--report", s.report, s.marked, NULL }, 0);
	kept = slurp(s.kept, &len);
	rep = slurp(s.report, &n);
	cr_assert(asprintf(&txtpath, "%s.txt", s.report) > 0);
	txt = slurp(txtpath, &n);
	/* m2 deleted: its words are nowhere; m4 kept (deletion rejected) */
	cr_assert_null(strstr(kept, "Gefeliciteerd"));
	cr_assert_null(strstr(rep, "Gefeliciteerd"));
	cr_assert_null(strstr(txt, "Gefeliciteerd"));
	cr_assert(strstr(kept, "Wie is er jarig"));
	/* m3's redactions accepted: the spans are markers */
	cr_assert_null(strstr(kept, "Zij ligt in het ziekenhuis"));
	cr_assert_null(strstr(kept, "111222333"));
	cr_assert(strstr(kept, "[5.1.1d]; de Kamerbrief gaat mee, BSN [5.1.1e] staat erin"), "%s", kept);
	/* m5's rejected: the text stays, the rejection is recorded */
	cr_assert(strstr(kept, "Hij ligt in het ziekenhuis"));
	recs = records(kept);
	cr_assert_eq(json_array_size(recs), 4);
	r = json_array_get(recs, 3);
	cr_assert_str_eq(json_string_value(json_object_get(r, "id")), "m5");
	cr_assert_eq(json_array_size(json_object_get(r, "redactions_rejected")), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(recs, 2), "class")), "zakelijk");
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(json_array_get(recs, 0),
	    "validated"), "by")), "bob");
	/* the counts add up to what came in */
	j = json_loads(rep, 0, NULL);
	cr_assert(j);
	cr_assert_eq(json_integer_value(json_object_get(j, "in")), 5);
	cr_assert_eq(json_integer_value(json_object_get(j, "kept")), 4);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "deleted"), "prive")), 1);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "redacted"), "gezondheid")), 1);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "redacted"), "bsn")), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(
	    json_array_get(json_object_get(j, "conversations"), 0), "deleted_messages"), 0), "id")), "m2");
	cr_assert_eq(stat(s.report, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	/* and the log holds every run, chained: 2 marks, list, decide, apply */
	lines = audit_verify(s.log, NULL, err, sizeof(err));
	cr_assert_eq(lines, 5, "%s", err);
	json_decref(j);
	json_decref(recs);
	free(kept);
	free(rep);
	free(txt);
	free(txtpath);
	setup_free(&s);
}

/* ihh-apply refuses with a message naming why, and writes nothing. */
static void
refused(struct setup *s, const char *decisions, const char *by, const char *input, const char *why)
{
	struct run r;
	size_t len;
	char *out;

	run(&r, s->kept, (const char *[]){ "ihh-apply", "-q", "--decisions", decisions, "--by", by,
	    "--log", s->log, "--report", s->report, input, NULL });
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert(strstr(r.err, why), "%s", r.err);
	cr_assert(strstr(r.err, "nothing written"), "%s", r.err);
	out = slurp(s->kept, &len);
	cr_assert_eq(len, 0, "a refused apply wrote %zu bytes", len);
	cr_assert_eq(access(s->report, F_OK), -1, "a refused apply wrote a report");
	free(out);
	run_free(&r);
}

Test(review, the_four_refusals)
{
	static const char *const none[] = { NULL };
	struct setup s;
	char *changed, *d2, *text;
	size_t len;
	json_t *j;

	setup(&s);
	decide(&s, none);

	/* a stale review: the stream changed since (a message fewer) */
	changed = g_build_filename(s.dir, "changed.jsonl", NULL);
	text = slurp(s.marked, &len);
	cr_assert(len > 1 && text[len - 1] == '\n');
	text[len - 1] = '\0';
	cr_assert_eq(spit(changed, text, (size_t)(strrchr(text, '\n') - text + 1)), 0);
	refused(&s, s.decisions, "carol", changed, "the review is stale");
	free(text);

	/* an item without a verdict */
	d2 = g_build_filename(s.dir, "d2.json", NULL);
	j = json_load_file(s.decisions, 0, NULL);
	cr_assert(j);
	json_array_remove(json_object_get(j, "decisions"), 0);
	cr_assert_eq(json_dump_file(j, d2, 0), 0);
	refused(&s, d2, "carol", s.marked, "not decided");

	/* the reviewer marked it */
	json_decref(j);
	j = json_load_file(s.decisions, 0, NULL);
	json_object_set_new(j, "reviewer", json_string("alice"));
	cr_assert_eq(json_dump_file(j, d2, 0), 0);
	refused(&s, d2, "carol", s.marked, "the reviewer alice also marked this stream");

	/* the one applying marked it */
	refused(&s, s.decisions, "alice", s.marked, "--by alice names a person who marked");
	json_decref(j);
	g_free(changed);
	g_free(d2);
	setup_free(&s);
}

Test(review, a_list_filled_in_wrongly_gives_no_decisions)
{
	static const char *const none[] = { NULL };
	struct setup s;
	char *filled, *text, *bad, *out, **lines;
	struct run r;
	size_t len;

	setup(&s);
	decide(&s, none);
	filled = g_build_filename(s.dir, "filled.tsv", NULL);
	bad = g_build_filename(s.dir, "bad.tsv", NULL);
	out = g_build_filename(s.dir, "out", NULL);
	text = slurp(filled, &len);
	lines = g_strsplit(text, "\n", -1);
	free(text);
	/* an undecided item, and a verdict that is none */
	cr_assert(g_str_has_suffix(lines[1], "\taccept") && g_str_has_suffix(lines[2], "\taccept"));
	lines[1][strlen(lines[1]) - strlen("accept")] = '\0';
	text = lines[2];
	lines[2] = g_strdup_printf("%.*smaybe!", (int)(strlen(text) - strlen("accept")), text);
	g_free(text);
	text = g_strjoinv("\n", lines);
	cr_assert_eq(spit(bad, text, strlen(text)), 0);
	g_free(text);
	g_strfreev(lines);
	run(&r, NULL, (const char *[]){ "ihh-review", "-q", "--decide", bad, "--by", "bob", "-o", out,
	    s.marked, NULL });
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert(strstr(r.err, "bad.tsv:2: item"), "%s", r.err);
	cr_assert(strstr(r.err, "is not decided"), "%s", r.err);
	cr_assert(strstr(r.err, "bad.tsv:3: 'maybe!' is no verdict"), "%s", r.err);
	cr_assert(strstr(r.err, "no decisions written"), "%s", r.err);
	cr_assert_eq(access(out, F_OK), -1, "decisions were written");
	run_free(&r);
	g_free(filled);
	g_free(bad);
	g_free(out);
	setup_free(&s);
}

Test(review, the_page_is_self_contained_and_shows_markup_as_text)
{
	char *dir = scratch("page"), *in = g_build_filename(dir, "in.jsonl", NULL);
	char *cls = g_build_filename(dir, "cls.jsonl", NULL), *page, *html, *p;
	const char *hostile = REC("h1", "lot", "Gefeliciteerd! </script><script>alert(1)</script> <img src=x onerror=alert(2)> <!-- x")
	    REC("h2", "lot", "Zij ligt in het ziekenhuis");
	struct stat st;
	size_t len;
	int scripts = 0;

	cr_assert_eq(spit(in, hostile, strlen(hostile)), 0);
	run_expect(cls, (const char *[]){ "ihh-classify", "-q", "--rules", "fixtures/rules-test", in, NULL }, 0);
	run_expect(in, (const char *[]){ "ihh-redact", "-q", "--rules", "fixtures/rules-test", cls, NULL }, 0);
	run_expect(NULL, (const char *[]){ "ihh-review", "-q", "-o", dir, "--by", "alice", in, NULL }, 0);
	page = g_build_filename(dir, "review.html", NULL);
	html = slurp(page, &len);
	cr_assert_eq(stat(page, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	/* two script elements, the data and the page's own; the message's are not */
	for (p = html; (p = strstr(p, "<script")); p++)
		scripts++;
	cr_assert_eq(scripts, 2, "%d <script in the page", scripts);
	cr_assert_null(strstr(html, "<img"));
	cr_assert_null(strstr(html, "<!-- x"));
	cr_assert(strstr(html, "\\u003c/script>\\u003cscript>alert(1)"), "the message is not in the data");
	/* nothing from elsewhere, and a policy that allows nothing else */
	cr_assert_null(strstr(html, "http://"));
	cr_assert_null(strstr(html, "https://"));
	cr_assert(strstr(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	    "script-src 'sha256-"));
	free(html);
	g_free(page);
	page = g_build_filename(dir, "review.digest", NULL);
	html = slurp(page, &len);
	cr_assert_eq(len, 65);
	free(html);
	g_free(page);
	g_free(in);
	g_free(cls);
	free(dir);
}

Test(review, a_span_of_the_model_shows_its_words)
{
	char *dir = scratch("words"), *in = g_build_filename(dir, "in.jsonl", NULL), *page, *html;
	const char *marked = "{\"id\":\"w1\",\"kind\":\"chat\",\"class\":\"prive\",\"review\":true,"
	    "\"text\":\"de uitslag van het biopt\",\"redactions\":[{\"start\":0,\"end\":24,"
	    "\"category\":\"gezondheid\",\"ground\":\"5.1.1d\",\"rule\":\"model.gezondheid\","
	    "\"at\":\"clauses.model:9\",\"words\":[\"biopt\",\"de uitslag\"]}]}\n";
	size_t len;

	cr_assert_eq(spit(in, marked, strlen(marked)), 0);
	run_expect(NULL, (const char *[]){ "ihh-review", "-q", "-o", dir, "--by", "alice", in, NULL }, 0);
	page = g_build_filename(dir, "review.html", NULL);
	html = slurp(page, &len);
	/* the reviewer reads why: the rule and the words that weighed */
	cr_assert(strstr(html, "model.gezondheid (biopt, de uitslag)"), "no words in the page");
	free(html);
	g_free(page);
	g_free(in);
	free(dir);
}

/* An attachment in the store, as ihh-read keeps it: named by its SHA-256. */
static char *
store_put(const char *store, const char *content)
{
	char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, content, -1);
	char *path = g_build_filename(store, sum, NULL);

	cr_assert_eq(spit(path, content, strlen(content)), 0);
	g_free(path);
	return sum;
}

Test(review, a_deleted_message_takes_its_attachments_along)
{
	static const char *const none[] = { NULL };
	char *dir = scratch("attach"), *store = g_build_filename(dir, "store", NULL);
	char *photo, *brief, *text, *kept, *path;
	struct setup s;
	json_t *recs, *r, *a;
	size_t len, i, k;

	cr_assert_eq(g_mkdir_with_parents(store, 0700), 0);
	photo = store_put(store, "Gefeliciteerd met je verjaardag: de foto van het feest");
	brief = store_put(store, "Concept-Kamerbrief, versie 3");
	text = g_strdup_printf(
	    "{\"id\":\"a1\",\"kind\":\"chat\",\"conversation\":{\"id\":\"w\",\"title\":\"w\"},"
	    "\"text\":\"De Kamerbrief staat klaar\",\"attachments\":[{\"name\":\"brief.txt\","
	    "\"sha256\":\"%s\",\"size\":28,\"type\":\"text/plain\"}]}\n"
	    "{\"id\":\"a2\",\"kind\":\"chat\",\"conversation\":{\"id\":\"w\",\"title\":\"w\"},"
	    "\"text\":\"Gefeliciteerd met je verjaardag, jarig!\",\"attachments\":[{\"name\":\"foto.txt\","
	    "\"sha256\":\"%s\",\"size\":52,\"type\":\"text/plain\"}]}\n"
	    REC("a3", "w", "Zij ligt in het ziekenhuis; de Kamerbrief gaat mee"), brief, photo);
	setup_with(&s, text);
	decide(&s, none);
	run_expect(s.kept, (const char *[]){ "ihh-apply", "-q", "--decisions", s.decisions, "--by", "carol",
	    "--log", s.log, s.marked, NULL }, 0);
	kept = slurp(s.kept, &len);
	recs = records(kept);
	/* the deleted message is gone, and nothing kept points at its photo */
	cr_assert_eq(json_array_size(recs), 2);
	cr_assert_null(strstr(kept, photo));
	/* nor does a store file the kept stream points at hold what was removed */
	json_array_foreach(recs, i, r)
		json_array_foreach(json_object_get(r, "attachments"), k, a) {
			char *content;

			path = g_build_filename(store, json_string_value(json_object_get(a, "sha256")), NULL);
			content = slurp(path, &len);
			cr_assert_null(strstr(content, "Gefeliciteerd"));
			cr_assert_null(strstr(content, "Zij ligt in het ziekenhuis"));
			free(content);
			g_free(path);
		}
	cr_assert(strstr(kept, brief), "the kept message lost its attachment");
	json_decref(recs);
	free(kept);
	g_free(text);
	g_free(photo);
	g_free(brief);
	g_free(store);
	free(dir);
	setup_free(&s);
}
