/*
 * ihh-apply: the reviewer's decisions applied to the stream they
 * reviewed: the messages validated as privé or partijpolitiek left out
 * with their attachments, the validated redactions applied, and a report
 * of what went where.  It refuses, writing nothing, when the review is
 * stale, an item is undecided, or the four eyes are one person's.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "audit.h"
#include "ihh.h"
#include "prog.h"
#include "review.h"
#include "stream.h"

enum { ZAK, PRIVE, PARTIJ, NCLS };

static const char *const cls_names[NCLS] = { "zakelijk", "prive", "partijpolitiek" };

struct conv_report {
	char *id, *title;
	unsigned long long in, kept, deleted[NCLS], redacted, rejected;
	GHashTable *per_category;	/* category -> count (GUINT_TO_POINTER) */
	json_t *deleted_ids;
};

struct run {
	json_t *records;
	const struct decisions *d;
	const char *marker;
	GHashTable *convs;		/* id -> struct conv_report * */
	GPtrArray *conv_order;
	unsigned long long in, kept, deleted[NCLS], redacted, rejected;
	GHashTable *per_category;
};

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s --decisions FILE --by NAME [--log FILE] [--report FILE] "
	    "[--marker FORMAT] [FILE...]\n", progname);
	exit(2);
}

static int
collect(void *ctx, json_t *rec)
{
	json_array_append_new(ctx, rec);
	return 0;
}

static int
cls_of(const char *s)
{
	int i;

	for (i = 0; s && i < NCLS; i++)
		if (!strcmp(s, cls_names[i]))
			return i;
	return -1;
}

/* Four eyes ------------------------------------------------------------------ */

static const char *
str_at(const json_t *o, const char *a, const char *b)
{
	return json_string_value(json_object_get(b ? json_object_get(o, a) : o, b ? b : a));
}

/*
 * Who marked the stream with this digest: walking the log back from the
 * run that wrote it, everyone who classified or marked it on the way,
 * and whoever listed it for review.  NULL when no logged run wrote it.
 */
static GHashTable *
markers(json_t *entries, const char *digest, GString *how)
{
	GHashTable *who = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	char *want = g_strdup(digest);
	json_t *e;
	size_t i;
	int found = 0, step;

	json_array_foreach(entries, i, e) {
		const char *prog = str_at(e, "program", NULL), *mode = str_at(e, "counts", "mode");

		if (!g_strcmp0(prog, "ihh-review") && !g_strcmp0(str_at(e, "input", "sha256"), digest) &&
		    g_strcmp0(mode, "decide")) {
			g_hash_table_add(who, g_strdup(str_at(e, "by", NULL)));
			g_string_append_printf(how, "%s%s listed it for review at %s", how->len ? "; " : "",
			    str_at(e, "by", NULL), str_at(e, "at", NULL));
		}
	}
	/* back along the chain of files: who wrote want, and what did they read */
	for (step = 0; step < 64; step++) {
		json_t *maker = NULL;

		for (i = json_array_size(entries); i-- > 0;) {
			e = json_array_get(entries, i);
			if (!g_strcmp0(str_at(e, "output", "sha256"), want)) {
				maker = e;
				break;
			}
		}
		if (!maker)
			break;
		found = 1;
		if (!g_strcmp0(str_at(maker, "program", NULL), "ihh-classify") ||
		    !g_strcmp0(str_at(maker, "program", NULL), "ihh-redact")) {
			g_hash_table_add(who, g_strdup(str_at(maker, "by", NULL)));
			g_string_append_printf(how, "%s%s ran %s at %s", how->len ? "; " : "",
			    str_at(maker, "by", NULL), str_at(maker, "program", NULL),
			    str_at(maker, "at", NULL));
		}
		g_free(want);
		want = g_strdup(str_at(maker, "input", "sha256"));
		if (!want)
			break;
	}
	g_free(want);
	if (!found) {
		g_hash_table_destroy(who);
		return NULL;
	}
	return who;
}

static void
check_four_eyes(const char *log, const struct decisions *d, const char *by, const char *digest)
{
	char err[1024];
	json_t *entries;
	GHashTable *who;
	GString *how = g_string_new(NULL);

	if (!log || !*log)
		log = getenv("IHH_LOG");
	if (!log || !*log)
		die(2, "four eyes cannot be shown without the audit log that recorded the "
		    "marking (--log FILE or IHH_LOG); nothing written");
	if (audit_verify(log, &entries, err, sizeof(err)) < 0)
		die(2, "%s; this log is refused, nothing written", err);
	if (!(who = markers(entries, digest, how)))
		die(2, "%s: no run in it wrote this stream, so who marked it cannot be known; "
		    "nothing written", log);
	if (g_hash_table_contains(who, d->reviewer))
		die(2, "the reviewer %s also marked this stream (%s): the marker may not "
		    "validate; nothing written", d->reviewer, how->str);
	if (g_hash_table_contains(who, by))
		die(2, "--by %s names a person who marked this stream (%s): the marker may not "
		    "apply the validation; nothing written", by, how->str);
	g_hash_table_destroy(who);
	g_string_free(how, TRUE);
	json_decref(entries);
}

/* Applying --------------------------------------------------------------------- */

static char *
marker_for(const char *format, const char *ground, const char *category)
{
	GString *s = g_string_new(NULL);
	const char *p;

	for (p = format; *p; p++) {
		if (*p != '%' || !p[1]) {
			g_string_append_c(s, *p);
			continue;
		}
		switch (*++p) {
		case 'g': g_string_append(s, ground ? ground : "?"); break;
		case 'c': g_string_append(s, category ? category : "?"); break;
		default: g_string_append_c(s, *p); break;
		}
	}
	return g_string_free(s, FALSE);
}

static struct conv_report *
conv_of(struct run *r, const json_t *rec)
{
	const json_t *c = json_object_get(rec, "conversation");
	const char *id = json_string_value(json_object_get(c, "id"));
	struct conv_report *cr;

	if (!id)
		id = "";
	if ((cr = g_hash_table_lookup(r->convs, id)))
		return cr;
	cr = g_new0(struct conv_report, 1);
	cr->id = g_strdup(id);
	cr->title = g_strdup(json_string_value(json_object_get(c, "title")));
	cr->per_category = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	cr->deleted_ids = json_array();
	g_hash_table_insert(r->convs, cr->id, cr);
	g_ptr_array_add(r->conv_order, cr);
	return cr;
}

static void
count_category(GHashTable *t, const char *cat)
{
	gpointer n = g_hash_table_lookup(t, cat);

	g_hash_table_replace(t, g_strdup(cat), GUINT_TO_POINTER(GPOINTER_TO_UINT(n) + 1));
}

static int
by_start_desc(const void *a, const void *b)
{
	const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	json_int_t sx = json_integer_value(json_object_get(x, "start"));
	json_int_t sy = json_integer_value(json_object_get(y, "start"));

	return sx < sy ? 1 : sx > sy ? -1 : 0;
}

/*
 * The accepted redactions of one field, applied from the last to the
 * first so that earlier offsets hold; each becomes its marker.  The
 * spans as they stand in the new text go to done.
 */
static void
apply_field(json_t *rec, const char *field, GPtrArray *spans, const char *format, json_t *done)
{
	const char *old = json_string_value(json_object_get(rec, field));
	GString *s;
	size_t i, n;
	json_int_t shift = 0;

	if (!old || !spans->len)
		return;
	n = strlen(old);
	s = g_string_new(old);
	g_ptr_array_sort(spans, by_start_desc);
	for (i = 0; i < spans->len; i++) {
		json_t *sp = g_ptr_array_index(spans, i);
		size_t a = (size_t)json_integer_value(json_object_get(sp, "start"));
		size_t b = (size_t)json_integer_value(json_object_get(sp, "end"));
		char *mark = marker_for(format, json_string_value(json_object_get(sp, "ground")),
		    json_string_value(json_object_get(sp, "category")));

		if (b > n || a > b)
			die(1, "%s: a redaction lies outside its %s", json_string_value(
			    json_object_get(rec, "id")), field);
		g_string_erase(s, (gssize)a, (gssize)(b - a));
		g_string_insert(s, (gssize)a, mark);
		g_free(mark);
	}
	/* where each span now stands, first to last */
	for (i = spans->len; i-- > 0;) {
		json_t *sp = json_deep_copy(g_ptr_array_index(spans, i));
		json_int_t a = json_integer_value(json_object_get(sp, "start"));
		json_int_t b = json_integer_value(json_object_get(sp, "end"));
		char *mark = marker_for(format, json_string_value(json_object_get(sp, "ground")),
		    json_string_value(json_object_get(sp, "category")));
		json_int_t len = (json_int_t)strlen(mark);

		json_object_set_new(sp, "start", json_integer(a + shift));
		json_object_set_new(sp, "end", json_integer(a + shift + len));
		shift += len - (b - a);
		json_array_append_new(done, sp);
		g_free(mark);
	}
	json_object_set_new(rec, field, json_stringn(s->str, s->len));
	g_string_free(s, TRUE);
}

/* A kept message: its class, its redactions applied, nothing of the removed text left. */
static void
keep(struct run *r, json_t *rec, struct conv_report *cr, int cls)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	json_t *reds = json_object_get(rec, "redactions"), *red, *done = json_array();
	json_t *rejected = json_array(), *reasons, *x;
	GPtrArray *text = g_ptr_array_new(), *subject = g_ptr_array_new();
	size_t i;

	json_array_foreach(reds, i, red) {
		char *item = g_strdup_printf("%s/%zu", id, i + 1);
		const struct verdict *v = g_hash_table_lookup(r->d->verdicts, item);
		const char *field = json_string_value(json_object_get(red, "field"));
		const char *cat = json_string_value(json_object_get(red, "category"));

		if (v->accept) {
			g_ptr_array_add(field && !strcmp(field, "subject") ? subject : text, red);
			count_category(cr->per_category, cat ? cat : "?");
			count_category(r->per_category, cat ? cat : "?");
			cr->redacted++;
			r->redacted++;
		} else {
			json_array_append(rejected, red);
			cr->rejected++;
			r->rejected++;
		}
		g_free(item);
	}
	apply_field(rec, "text", text, r->marker, done);
	apply_field(rec, "subject", subject, r->marker, done);
	json_object_del(rec, "redactions");
	if (json_array_size(done))
		json_object_set(rec, "redacted", done);
	if (json_array_size(rejected))
		json_object_set(rec, "redactions_rejected", rejected);
	/* the reasons keep their rules, not the words they matched */
	reasons = json_object_get(rec, "reasons");
	json_array_foreach(reasons, i, x)
		json_object_del(x, "match");
	json_object_set_new(rec, "class", json_string(cls_names[cls]));
	json_object_set_new(rec, "review", json_false());
	json_object_set_new(rec, "validated", json_pack("{s:s,s:s,s:s}", "by", r->d->reviewer,
	    "at", r->d->decided_at, "review_digest", r->d->review_digest));
	json_decref(done);
	json_decref(rejected);
	g_ptr_array_free(text, TRUE);
	g_ptr_array_free(subject, TRUE);
	cr->kept++;
	r->kept++;
}

/* What becomes of each message; every item is known to be decided. */
static int
apply_all(struct run *r)
{
	json_t *rec;
	size_t i;

	json_array_foreach(r->records, i, rec) {
		const char *id = json_string_value(json_object_get(rec, "id"));
		int cls = cls_of(json_string_value(json_object_get(rec, "class")));
		const struct verdict *v = g_hash_table_lookup(r->d->verdicts, id);
		struct conv_report *cr = conv_of(r, rec);
		int deleted = 0;

		cr->in++;
		r->in++;
		if (cls < 0)
			cls = ZAK;	/* unclassified: kept, as the law has it when in doubt */
		if (v && cls != ZAK) {
			/* a deletion: accepted, or kept as the class chosen */
			deleted = v->accept;
			if (!v->accept)
				cls = v->cls ? cls_of(v->cls) : ZAK;
		} else if (v && !v->accept) {
			/* a check rejected: deleted as the class given */
			deleted = 1;
			cls = cls_of(v->cls);
		}
		if (deleted) {
			cr->deleted[cls]++;
			r->deleted[cls]++;
			json_array_append_new(cr->deleted_ids, json_pack("{s:s,s:s}", "id", id,
			    "class", cls_names[cls]));
			continue;
		}
		keep(r, rec, cr, cls);
		if (stream_write(prog_stream, rec) != 0)
			return -1;
	}
	return 0;
}

/* The report ------------------------------------------------------------------- */

static json_t *
counts_json(GHashTable *t)
{
	json_t *o = json_object();
	GList *keys, *l;

	keys = g_list_sort(g_hash_table_get_keys(t), (GCompareFunc)strcmp);
	for (l = keys; l; l = l->next)
		json_object_set_new(o, l->data, json_integer(GPOINTER_TO_UINT(g_hash_table_lookup(t, l->data))));
	g_list_free(keys);
	return o;
}

static json_t *
deleted_json(const unsigned long long *n)
{
	return json_pack("{s:I,s:I}", "prive", (json_int_t)n[PRIVE], "partijpolitiek",
	    (json_int_t)n[PARTIJ]);
}

static json_t *
report_json(struct run *r, const char *by)
{
	json_t *convs = json_array(), *rep;
	GDateTime *now = g_date_time_new_now_utc();
	char *at = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
	size_t i;

	for (i = 0; i < r->conv_order->len; i++) {
		struct conv_report *c = g_ptr_array_index(r->conv_order, i);

		json_array_append_new(convs, json_pack("{s:s,s:s?,s:I,s:I,s:o,s:o,s:I,s:O}",
		    "conversation", c->id, "title", c->title, "in", (json_int_t)c->in,
		    "kept", (json_int_t)c->kept, "deleted", deleted_json(c->deleted),
		    "redacted", counts_json(c->per_category), "redactions_rejected",
		    (json_int_t)c->rejected, "deleted_messages", c->deleted_ids));
	}
	rep = json_pack("{s:i,s:s,s:s,s:s,s:s,s:I,s:I,s:o,s:o,s:I,s:o}", "report_version", 1,
	    "review_digest", r->d->review_digest, "reviewer", r->d->reviewer, "applied_by", by,
	    "applied_at", at, "in", (json_int_t)r->in, "kept", (json_int_t)r->kept,
	    "deleted", deleted_json(r->deleted), "redacted", counts_json(r->per_category),
	    "redactions_rejected", (json_int_t)r->rejected, "conversations", convs);
	g_free(at);
	g_date_time_unref(now);
	return rep;
}

static char *
report_text(const json_t *rep)
{
	GString *s = g_string_new(NULL);
	const json_t *c, *del, *red, *m;
	const char *k;
	json_t *v;
	size_t i, j;

	g_string_append_printf(s, "ihh-apply report\n\nreview digest  %s\nreviewer       %s\n"
	    "applied by     %s\napplied at     %s\n\n",
	    str_at(rep, "review_digest", NULL), str_at(rep, "reviewer", NULL),
	    str_at(rep, "applied_by", NULL), str_at(rep, "applied_at", NULL));
	del = json_object_get(rep, "deleted");
	g_string_append_printf(s, "%lld messages in: %lld kept, %lld deleted as prive, %lld as "
	    "partijpolitiek\n", json_integer_value(json_object_get(rep, "in")),
	    json_integer_value(json_object_get(rep, "kept")),
	    json_integer_value(json_object_get(del, "prive")),
	    json_integer_value(json_object_get(del, "partijpolitiek")));
	red = json_object_get(rep, "redacted");
	g_string_append(s, "redactions applied:");
	json_object_foreach((json_t *)red, k, v)
		g_string_append_printf(s, " %s %lld", k, json_integer_value(v));
	g_string_append_printf(s, "%s; rejected: %lld\n", json_object_size(red) ? "" : " none",
	    json_integer_value(json_object_get(rep, "redactions_rejected")));
	json_array_foreach(json_object_get(rep, "conversations"), i, c) {
		del = json_object_get(c, "deleted");
		g_string_append_printf(s, "\n%s (%s)\n  in %lld, kept %lld, deleted %lld prive and %lld "
		    "partijpolitiek\n  redactions applied:",
		    str_at(c, "title", NULL) ? str_at(c, "title", NULL) : "(untitled)",
		    str_at(c, "conversation", NULL), json_integer_value(json_object_get(c, "in")),
		    json_integer_value(json_object_get(c, "kept")),
		    json_integer_value(json_object_get(del, "prive")),
		    json_integer_value(json_object_get(del, "partijpolitiek")));
		red = json_object_get(c, "redacted");
		json_object_foreach((json_t *)red, k, v)
			g_string_append_printf(s, " %s %lld", k, json_integer_value(v));
		g_string_append_printf(s, "%s; rejected %lld\n", json_object_size(red) ? "" : " none",
		    json_integer_value(json_object_get(c, "redactions_rejected")));
		json_array_foreach(json_object_get(c, "deleted_messages"), j, m)
			g_string_append_printf(s, "  deleted %s (%s)\n", str_at(m, "id", NULL),
			    str_at(m, "class", NULL));
	}
	return g_string_free(s, FALSE);
}

/* Checking the decisions against the stream ------------------------------------ */

static void
check_decided(json_t *records, const struct decisions *d)
{
	GPtrArray *items = g_ptr_array_new_with_free_func(review_item_free);
	GHashTable *known = g_hash_table_new(g_str_hash, g_str_equal);
	size_t i, undecided = 0, wrong = 0;
	json_t *rec;
	GHashTableIter it;
	gpointer key, val;

	json_array_foreach(records, i, rec) {
		if (!json_string_value(json_object_get(rec, "id")))
			die(2, "message %zu of the stream has no id: nothing written", i + 1);
		review_items(rec, items);
	}
	for (i = 0; i < items->len; i++) {
		const struct review_item *x = g_ptr_array_index(items, i);
		const struct verdict *v = g_hash_table_lookup(d->verdicts, x->id);

		g_hash_table_add(known, x->id);
		if (!v) {
			if (undecided++ < 5)
				warnf("item %s (%s, %s) is not decided", x->id,
				    review_kind_name(x->kind), x->proposal);
		} else if ((x->kind == ITEM_CHECK && !v->accept && (!v->cls ||
		    !strcmp(v->cls, "zakelijk"))) || (x->kind == ITEM_REDACT && v->cls)) {
			if (wrong++ < 5)
				warnf("item %s (%s): that verdict does not fit it", x->id,
				    review_kind_name(x->kind));
		}
	}
	g_hash_table_iter_init(&it, d->verdicts);
	while (g_hash_table_iter_next(&it, &key, &val))
		if (!g_hash_table_contains(known, key) && wrong++ < 5)
			warnf("decision for %s: no such item in this stream", (const char *)key);
	if (undecided)
		die(2, "%zu item%s not decided: every item needs a verdict; nothing written",
		    undecided, undecided == 1 ? "" : "s");
	if (wrong)
		die(2, "%zu decision%s do not fit this stream; nothing written", wrong,
		    wrong == 1 ? "" : "s");
	g_hash_table_destroy(known);
	g_ptr_array_free(items, TRUE);
}

static void
conv_report_free(gpointer p)
{
	struct conv_report *c = p;

	g_free(c->id);
	g_free(c->title);
	g_hash_table_destroy(c->per_category);
	json_decref(c->deleted_ids);
	g_free(c);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "decisions", required_argument, NULL, 'd' },
		{ "by", required_argument, NULL, 'b' },
		{ "log", required_argument, NULL, 'L' },
		{ "report", required_argument, NULL, 'R' },
		{ "marker", required_argument, NULL, 'M' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *dpath = NULL, *by = NULL, *log = NULL, *report = NULL;
	struct run r = { 0 };
	struct decisions *d;
	char err[1024], *text, *txtpath;
	json_t *rep;
	int ch, quiet = 0, status;

	prog_init("ihh-apply");
	r.marker = "[%g]";
	while ((ch = getopt_long(argc, argv, "d:b:L:R:M:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd': dpath = optarg; break;
		case 'b': by = optarg; break;
		case 'L': log = optarg; break;
		case 'R': report = optarg; break;
		case 'M': r.marker = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-apply %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!dpath || !by || !*by)
		usage();
	if (!(d = decisions_load(dpath, err, sizeof(err))))
		die(2, "%s", err);
	r.d = d;
	r.records = json_array();
	prog_audit_start(log, by);
	/* everything is read and checked before a byte is written */
	prog_digest_input();
	if (stream_filter(argc - optind, argv + optind, collect, r.records) != 0)
		die(2, "the stream could not be read whole; nothing written");
	if (strcmp(prog_input_digest(), d->review_digest))
		die(2, "the review is stale: %s was decided on a stream with digest %s, this "
		    "stream's is %s (it changed since the review); nothing written", dpath,
		    d->review_digest, prog_input_digest());
	check_decided(r.records, d);
	check_four_eyes(log, d, by, d->review_digest);
	r.convs = g_hash_table_new(g_str_hash, g_str_equal);
	r.conv_order = g_ptr_array_new_with_free_func(conv_report_free);
	r.per_category = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	status = apply_all(&r) != 0;
	if (finish_output(prog_stream, "the stream") != 0)
		status = 1;
	rep = report_json(&r, by);
	if (report) {
		text = json_dumps(rep, JSON_INDENT(2));
		prog_write_private(report, text);
		free(text);
		txtpath = g_strconcat(report, ".txt", NULL);
		text = report_text(rep);
		prog_write_private(txtpath, text);
		g_free(text);
		g_free(txtpath);
	}
	if (!quiet)
		warnf("%llu messages: %llu kept, %llu deleted (%llu prive, %llu partijpolitiek); "
		    "%llu redaction%s applied, %llu rejected", r.in, r.kept,
		    r.deleted[PRIVE] + r.deleted[PARTIJ], r.deleted[PRIVE], r.deleted[PARTIJ],
		    r.redacted, r.redacted == 1 ? "" : "s", r.rejected);
	status = prog_audit_end(status, json_pack("{s:I,s:I,s:I,s:I,s:I,s:I,s:s,s:s}",
	    "records", (json_int_t)r.in, "kept", (json_int_t)r.kept,
	    "prive", (json_int_t)r.deleted[PRIVE], "partijpolitiek", (json_int_t)r.deleted[PARTIJ],
	    "redacted", (json_int_t)r.redacted, "rejected", (json_int_t)r.rejected,
	    "review_digest", d->review_digest, "reviewer", d->reviewer));
	json_decref(rep);
	g_hash_table_destroy(r.convs);
	g_ptr_array_free(r.conv_order, TRUE);
	g_hash_table_destroy(r.per_category);
	json_decref(r.records);
	decisions_free(d);
	return status;
}
