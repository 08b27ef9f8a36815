/*
 * redact: spans of personal data, merged where they overlap.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "model.h"
#include "redact.h"
#include "text.h"

static const char *const categories[] = {
	"gezondheid", "religie", "etniciteit", "politiek", "vakbond",
	"seksualiteit", "genetisch", "biometrisch", "strafrechtelijk",
	"bsn", "iban", "telefoon", NULL
};

struct ground {
	char *ground, *term, *label;
	int clause;		/* a span widens to the clause it stands in */
};

struct grounds {
	GHashTable *map;	/* category -> struct ground */
};

const char *const *
redact_categories(void)
{
	return categories;
}

static void
ground_free(gpointer p)
{
	struct ground *g = p;

	g_free(g->ground);
	g_free(g->term);
	g_free(g->label);
	g_free(g);
}

static void
put(struct grounds *gs, const char *cat, const char *ground, const char *term,
    const char *label, int clause)
{
	struct ground *g = g_new0(struct ground, 1);

	g->ground = g_strdup(ground);
	g->term = g_strdup(term);
	g->label = g_strdup(label && *label ? label : cat);
	g->clause = clause;
	g_hash_table_replace(gs->map, g_strdup(cat), g);
}

struct grounds *
grounds_load(const char *path, int missing_ok, char *err, size_t errlen)
{
	struct grounds *gs = g_new0(struct grounds, 1);
	const char *const *c;
	char *line = NULL, **f;
	size_t cap = 0;
	ssize_t n;
	unsigned no = 0;
	FILE *fp;

	gs->map = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, ground_free);
	for (c = categories; *c; c++) {
		int id = !strcmp(*c, "bsn") || !strcmp(*c, "iban") || !strcmp(*c, "telefoon");

		put(gs, *c, !strcmp(*c, "bsn") ? "5.1.1e" : id ? "5.1.2e" : "5.1.1d", "P20Y", NULL, !id);
	}
	if (!(fp = fopen(path, "r"))) {
		if (missing_ok && errno == ENOENT)
			return gs;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		grounds_free(gs);
		return NULL;
	}
	while ((n = getline(&line, &cap, fp)) >= 0) {
		no++;
		g_strchomp(line);
		if (!*line || *line == '#' || g_str_has_prefix(line, "category\t"))
			continue;
		f = g_strsplit(line, "\t", 5);
		if (g_strv_length(f) < 3 || !*f[0] || !*f[1] || !*f[2] ||
		    (f[3] && f[4] && strcmp(f[4], "clause") && strcmp(f[4], "match"))) {
			snprintf(err, errlen, "%s:%u: expected category, ground, term, label and "
			    "span (clause or match), separated by tabs", path, no);
			g_strfreev(f);
			free(line);
			fclose(fp);
			grounds_free(gs);
			return NULL;
		}
		put(gs, f[0], f[1], f[2], f[3], f[3] && f[4] ? !strcmp(f[4], "clause") :
		    strcmp(f[1], "5.1.1e") && strcmp(f[0], "iban") && strcmp(f[0], "telefoon"));
		g_strfreev(f);
	}
	free(line);
	fclose(fp);
	return gs;
}

void
grounds_free(struct grounds *gs)
{
	if (!gs)
		return;
	g_hash_table_destroy(gs->map);
	g_free(gs);
}

const char *
grounds_ground(const struct grounds *gs, const char *cat)
{
	struct ground *g = g_hash_table_lookup(gs->map, cat);

	return g ? g->ground : "5.1.2e";
}

const char *
grounds_term(const struct grounds *gs, const char *cat)
{
	struct ground *g = g_hash_table_lookup(gs->map, cat);

	return g ? g->term : "P20Y";
}

const char *
grounds_label(const struct grounds *gs, const char *cat)
{
	struct ground *g = g_hash_table_lookup(gs->map, cat);

	return g ? g->label : cat;
}

/*
 * A hit widened to the clause it stands in: back to the punctuation or
 * line break before it, on to the one after it, at most CLAUSE_MAX bytes
 * each way.  What a person says about someone's health or faith is in the
 * clause, not in one word of it.
 */
#define CLAUSE_MAX 160

static int
boundary(char c)
{
	return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' ||
	    c == '\n' || c == '(' || c == ')';
}

static void
widen(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t a = *start, b = *end;

	while (a > 0 && *start - a < CLAUSE_MAX && !boundary(s[a - 1]))
		a--;
	while (a < *start && (s[a] == ' ' || s[a] == '\t' || (s[a] & 0xC0) == 0x80))
		a++;
	while (b < n && b - *end < CLAUSE_MAX && !boundary(s[b]))
		b++;
	/* a decimal point or a time (12.30, 10:15) is no boundary */
	while (b < n && b + 1 < n && (s[b] == '.' || s[b] == ':' || s[b] == ',') &&
	    b > 0 && g_ascii_isdigit(s[b - 1]) && g_ascii_isdigit(s[b + 1]) &&
	    b - *end < CLAUSE_MAX) {
		b++;
		while (b < n && b - *end < CLAUSE_MAX && !boundary(s[b]))
			b++;
	}
	while (b > *end && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	while (b < n && (s[b] & 0xC0) == 0x80)
		b++;	/* never in the middle of a character */
	*start = a;
	*end = b;
}

/* Which ground weighs most when spans of two categories merge. */
static int
rank(const char *ground)
{
	if (g_str_has_prefix(ground, "5.1.1"))
		return 2;	/* absolute grounds */
	return 1;
}

static int
cat_index(const char *cat)
{
	int i;

	for (i = 0; categories[i]; i++)
		if (!strcmp(categories[i], cat))
			return i;
	return -1;
}

static unsigned
cat_bit(const char *cat)
{
	int i = cat_index(cat);

	return i >= 0 ? 1u << i : 0;
}

struct span {
	size_t start, end;
	const struct rule *first;	/* the rule that names it: the weightiest ground */
	GString *rules;
	unsigned cats;		/* every category in it, a bit each */
};

/*
 * A span the learned model proposed names the words that weighed for it
 * ("words": ["biopt", "de uitslag"]): "model.gezondheid" alone tells a
 * reviewer nothing.
 */
static void
model_reason(json_t *r, const struct span *sp, const struct model *m, const char *text)
{
	char id[64];
	int k;

	for (k = 0; categories[k]; k++) {
		if (!(sp->cats & 1u << k))
			continue;
		snprintf(id, sizeof(id), "model.%s", categories[k]);
		if (rules_listed(sp->rules->str, id)) {
			json_object_set_new(r, "words",
			    model_words(m, categories[k], text + sp->start, sp->end - sp->start));
			return;
		}
	}
}

static void
flush_span(json_t *list, const struct grounds *gs, struct span *sp, const char *text,
    const struct model *m, struct redact_counts *counts)
{
	json_t *r = json_object();
	char *at = g_strdup_printf("%s:%u", sp->first->file, sp->first->line);
	int ci = cat_index(sp->first->signal);

	json_object_set_new(r, "start", json_integer((json_int_t)sp->start));
	json_object_set_new(r, "end", json_integer((json_int_t)sp->end));
	json_object_set_new(r, "category", json_string(sp->first->signal));
	json_object_set_new(r, "ground", json_string(grounds_ground(gs, sp->first->signal)));
	/* a clause may say two things: "van Turkse afkomst en draagt een hoofddoek" */
	if (sp->cats & ~(ci >= 0 ? 1u << ci : 0)) {
		json_t *also = json_array();
		int k;

		for (k = 0; categories[k]; k++)
			if (k != ci && sp->cats & 1u << k)
				json_array_append_new(also, json_string(categories[k]));
		json_object_set_new(r, "also", also);
	}
	json_object_set_new(r, "rule", json_string(sp->rules->str));
	json_object_set_new(r, "at", json_string(at));
	if (text && m)
		model_reason(r, sp, m, text);
	else if (!text)
		json_object_set_new(r, "field", json_string("subject"));
	json_array_append_new(list, r);
	counts->spans++;
	for (ci = 0; categories[ci]; ci++)
		if (sp->cats & 1u << ci)
			counts->per_category[ci]++;
	g_free(at);
	g_string_free(sp->rules, TRUE);
	sp->rules = NULL;
}

static int
by_field_start(const void *a, const void *b)
{
	const struct rule_hit *x = a, *y = b;

	if (x->rule->field != y->rule->field)
		return x->rule->field < y->rule->field ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

void
redact_record(struct rules *rs, const struct grounds *gs, json_t *rec,
    struct rules_result *res, struct redact_counts *counts)
{
	json_t *list = json_array(), *errs;
	struct span sp = { 0 };
	size_t i, len;
	int field = -1;
	const char *body = rules_field_text(rs, rec, FIELD_TEXT, &len);

	rules_match(rs, rec, KIND_CATEGORY, res);
	for (i = 0; i < res->nhits; i++) {
		struct rule_hit *h = &res->hits[i];
		struct ground *g = g_hash_table_lookup(gs->map, h->rule->signal);
		const char *t;
		size_t n;

		if (g && g->clause && (t = rules_field_text(rs, rec, h->rule->field, &n)))
			widen(t, n, &h->start, &h->end);
	}
	/* widened hits may now start earlier than the ones before them */
	if (res->nhits > 1)
		qsort(res->hits, res->nhits, sizeof(*res->hits), by_field_start);
	/* hits come by field, then by start */
	for (i = 0; i < res->nhits; i++) {
		const struct rule_hit *h = &res->hits[i];

		if (sp.rules && (int)h->rule->field == field && h->start <= sp.end) {
			if (h->end > sp.end)
				sp.end = h->end;
			if (!rules_listed(sp.rules->str, h->rule->id))
				g_string_append_printf(sp.rules, ",%s", h->rule->id);
			sp.cats |= cat_bit(h->rule->signal);
			if (rank(grounds_ground(gs, h->rule->signal)) >
			    rank(grounds_ground(gs, sp.first->signal)))
				sp.first = h->rule;
			continue;
		}
		if (sp.rules)
			flush_span(list, gs, &sp, field == FIELD_SUBJECT ? NULL : body,
			    rules_model(rs), counts);
		field = (int)h->rule->field;
		sp.start = h->start;
		sp.end = h->end;
		sp.first = h->rule;
		sp.rules = g_string_new(h->rule->id);
		sp.cats = cat_bit(h->rule->signal);
	}
	if (sp.rules)
		flush_span(list, gs, &sp, field == FIELD_SUBJECT ? NULL : body,
		    rules_model(rs), counts);

	counts->records++;
	json_object_del(rec, "redactions");
	if (json_array_size(list)) {
		json_object_set_new(rec, "redactions", list);
		json_object_set_new(rec, "review", json_true());
		counts->redacted++;
	} else
		json_decref(list);
	if (res->nproblems) {
		errs = json_object_get(rec, "errors");
		if (!json_is_array(errs)) {
			errs = json_array();
			json_object_set_new(rec, "errors", errs);
		}
		for (i = 0; i < res->nproblems; i++)
			json_array_append_new(errs, json_string(res->problems[i]));
		json_object_set_new(rec, "review", json_true());
	}
	if (json_is_true(json_object_get(rec, "review")))
		counts->review++;
}
