/*
 * review: the items a person decides, and their decisions (review.h).
 */
#include <string.h>

#include "review.h"

static const char *const kind_names[] = { "delete", "check", "redact" };

/* Of a redaction: this much text on either side of the span. */
#define CONTEXT	60
/* A summary is at most this long. */
#define SUMMARY_MAX	240

const char *
review_kind_name(enum item_kind k)
{
	return kind_names[k];
}

void
review_item_free(gpointer p)
{
	struct review_item *it = p;

	g_free(it->id);
	g_free(it->record);
	g_free(it->conversation);
	g_free(it->proposal);
	g_free(it->summary);
	g_free(it);
}

/* s[from, to) on one line: each run of whitespace becomes one space. */
static void
put_flat(GString *out, const char *s, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		if (strchr(" \t\n\r\v\f", s[i]) && s[i]) {
			if (out->len && out->str[out->len - 1] != ' ')
				g_string_append_c(out, ' ');
		} else
			g_string_append_c(out, s[i]);
	}
}

/* Back or forth to a character boundary. */
static size_t
boundary(const char *s, size_t n, size_t i, int back)
{
	while (i > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i += back ? (size_t)-1 : 1;
	return i;
}

static char *
text_summary(const char *text)
{
	GString *out = g_string_new(NULL);

	put_flat(out, text ? text : "", 0, text ? strlen(text) : 0);
	if (out->len > SUMMARY_MAX) {
		g_string_truncate(out, boundary(out->str, out->len, SUMMARY_MAX, 1));
		g_string_append(out, "…");
	}
	return g_strstrip(g_string_free(out, FALSE));
}

/* The span in brackets with some text either side: "…was [ze heeft een burn-out] dus…". */
static char *
span_summary(const char *text, size_t start, size_t end)
{
	GString *out = g_string_new(NULL);
	size_t n = strlen(text), from, to;

	if (end > n)
		end = n;
	if (start > end)
		start = end;
	from = boundary(text, n, start > CONTEXT ? start - CONTEXT : 0, 1);
	to = boundary(text, n, end + CONTEXT < n ? end + CONTEXT : n, 0);
	if (from > 0)
		g_string_append(out, "…");
	put_flat(out, text, from, start);
	g_string_append_c(out, '[');
	put_flat(out, text, start, end);
	g_string_append_c(out, ']');
	put_flat(out, text, end, to);
	if (to < n)
		g_string_append(out, "…");
	return g_strstrip(g_string_free(out, FALSE));
}

static struct review_item *
item_new(enum item_kind kind, const char *id, const json_t *rec)
{
	struct review_item *it = g_new0(struct review_item, 1);
	const json_t *conv = json_object_get(rec, "conversation");
	const char *title = json_string_value(json_object_get(conv, "title"));

	it->kind = kind;
	it->id = g_strdup(id);
	it->record = g_strdup(json_string_value(json_object_get(rec, "id")));
	it->redaction = -1;
	it->conversation = g_strdup(title && *title ? title :
	    json_string_value(json_object_get(conv, "id")) ?
	    json_string_value(json_object_get(conv, "id")) : "");
	return it;
}

void
review_items(const json_t *rec, GPtrArray *items)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *cls = json_string_value(json_object_get(rec, "class"));
	const char *text = json_string_value(json_object_get(rec, "text"));
	const json_t *reds = json_object_get(rec, "redactions"), *r;
	struct review_item *it;
	size_t i;

	if (!id || !*id)
		return;
	if (cls && (!strcmp(cls, "prive") || !strcmp(cls, "partijpolitiek"))) {
		it = item_new(ITEM_DELETE, id, rec);
		it->proposal = g_strdup(cls);
		it->summary = text_summary(text);
		g_ptr_array_add(items, it);
	} else if (json_is_true(json_object_get(rec, "review")) && !json_array_size(reds)) {
		it = item_new(ITEM_CHECK, id, rec);
		it->proposal = g_strdup("zakelijk");
		it->summary = text_summary(text);
		g_ptr_array_add(items, it);
	}
	json_array_foreach(reds, i, r) {
		const char *field = json_string_value(json_object_get(r, "field"));
		const char *in = field ? json_string_value(json_object_get(rec, field)) : text;
		char *rid = g_strdup_printf("%s/%zu", id, i + 1);

		it = item_new(ITEM_REDACT, rid, rec);
		it->redaction = (int)i;
		it->proposal = g_strdup_printf("%s %s",
		    json_string_value(json_object_get(r, "category")) ?
		    json_string_value(json_object_get(r, "category")) : "?",
		    json_string_value(json_object_get(r, "ground")) ?
		    json_string_value(json_object_get(r, "ground")) : "?");
		it->summary = span_summary(in ? in : "",
		    (size_t)json_integer_value(json_object_get(r, "start")),
		    (size_t)json_integer_value(json_object_get(r, "end")));
		g_ptr_array_add(items, it);
		g_free(rid);
	}
}

/* Decisions ------------------------------------------------------------------- */

static void
verdict_free(gpointer p)
{
	struct verdict *v = p;

	g_free(v->cls);
	g_free(v);
}

struct decisions *
decisions_new(const char *digest, const char *reviewer)
{
	struct decisions *d = g_new0(struct decisions, 1);
	GDateTime *now = g_date_time_new_now_utc();

	d->review_digest = g_strdup(digest);
	d->reviewer = g_strdup(reviewer);
	d->decided_at = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
	g_date_time_unref(now);
	d->verdicts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, verdict_free);
	return d;
}

void
decisions_free(struct decisions *d)
{
	if (!d)
		return;
	g_free(d->review_digest);
	g_free(d->reviewer);
	g_free(d->decided_at);
	g_hash_table_destroy(d->verdicts);
	g_free(d);
}

static int
is_class(const char *s)
{
	return !strcmp(s, "zakelijk") || !strcmp(s, "prive") || !strcmp(s, "partijpolitiek");
}

/* Checks one verdict for an item of kind k (k < 0: any kind). */
static int
parse_verdict(int k, const char *verdict, const char *cls, struct verdict *v, char *err,
    size_t errlen)
{
	v->accept = !strcmp(verdict, "accept");
	v->cls = NULL;
	if (!v->accept && strcmp(verdict, "reject")) {
		snprintf(err, errlen, "'%s' is no verdict (accept, reject, or reject:CLASS)", verdict);
		return -1;
	}
	if (cls) {
		if (v->accept || !is_class(cls) || k == ITEM_REDACT ||
		    (k == ITEM_CHECK && !strcmp(cls, "zakelijk"))) {
			snprintf(err, errlen, "'%s' cannot go with this verdict", cls);
			return -1;
		}
		v->cls = g_strdup(cls);
	} else if (!v->accept && k == ITEM_CHECK) {
		snprintf(err, errlen, "rejecting a check deletes the message: say as what "
		    "(reject:prive or reject:partijpolitiek)");
		return -1;
	}
	return 0;
}

int
decisions_set(struct decisions *d, const struct review_item *item, const char *verdict,
    char *err, size_t errlen)
{
	struct verdict v;
	const char *colon = strchr(verdict, ':');
	char *word = colon ? g_strndup(verdict, (gsize)(colon - verdict)) : g_strdup(verdict);
	int rc = parse_verdict((int)item->kind, word, colon ? colon + 1 : NULL, &v, err, errlen);

	g_free(word);
	if (rc)
		return -1;
	g_hash_table_replace(d->verdicts, g_strdup(item->id), g_memdup2(&v, sizeof(v)));
	return 0;
}

json_t *
decisions_json(const struct decisions *d, GPtrArray *items)
{
	json_t *list = json_array(), *o;
	const struct verdict *v;
	size_t i;

	for (i = 0; i < items->len; i++) {
		const struct review_item *it = g_ptr_array_index(items, i);

		if (!(v = g_hash_table_lookup(d->verdicts, it->id)))
			continue;
		o = json_pack("{s:s,s:s}", "item", it->id, "verdict", v->accept ? "accept" : "reject");
		if (v->cls)
			json_object_set_new(o, "class", json_string(v->cls));
		json_array_append_new(list, o);
	}
	return json_pack("{s:i,s:s,s:s,s:s,s:o}", "decisions_version", 1,
	    "review_digest", d->review_digest, "reviewer", d->reviewer,
	    "decided_at", d->decided_at, "decisions", list);
}

struct decisions *
decisions_load(const char *path, char *err, size_t errlen)
{
	json_error_t je;
	json_t *j = json_load_file(path, 0, &je), *list, *o;
	const char *digest, *reviewer, *at, *item, *verdict, *cls;
	struct decisions *d;
	struct verdict v;
	char why[256];
	size_t i;

	if (!j) {
		snprintf(err, errlen, "%s:%d:%d: %s", path, je.line, je.column, je.text);
		return NULL;
	}
	digest = json_string_value(json_object_get(j, "review_digest"));
	reviewer = json_string_value(json_object_get(j, "reviewer"));
	at = json_string_value(json_object_get(j, "decided_at"));
	list = json_object_get(j, "decisions");
	if (!digest || strlen(digest) != 64 || !reviewer || !*reviewer || !at ||
	    !json_is_array(list)) {
		snprintf(err, errlen, "%s: not a decisions file (it needs review_digest, "
		    "reviewer, decided_at and a list of decisions)", path);
		json_decref(j);
		return NULL;
	}
	d = decisions_new(digest, reviewer);
	g_free(d->decided_at);
	d->decided_at = g_strdup(at);
	json_array_foreach(list, i, o) {
		item = json_string_value(json_object_get(o, "item"));
		verdict = json_string_value(json_object_get(o, "verdict"));
		cls = json_string_value(json_object_get(o, "class"));
		if (!item || !verdict) {
			snprintf(err, errlen, "%s: decision %zu has no item or no verdict", path, i + 1);
			goto bad;
		}
		/* the kind is known only beside the stream: checked there (ihh-apply) */
		if (parse_verdict(-1, verdict, cls, &v, why, sizeof(why)) != 0) {
			snprintf(err, errlen, "%s: decision %zu (%s): %s", path, i + 1, item, why);
			goto bad;
		}
		if (g_hash_table_contains(d->verdicts, item)) {
			g_free(v.cls);
			snprintf(err, errlen, "%s: item %s is decided twice", path, item);
			goto bad;
		}
		g_hash_table_insert(d->verdicts, g_strdup(item), g_memdup2(&v, sizeof(v)));
	}
	json_decref(j);
	return d;
bad:
	decisions_free(d);
	json_decref(j);
	return NULL;
}
