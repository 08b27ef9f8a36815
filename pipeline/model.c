/*
 * model: clauses scored by their words, per category (see model.h and
 * scripts/model.py, which learns the weights and splits a text the same
 * way).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "model.h"
#include "redact.h"

#define MODEL_FILE	"clauses.model"
#define MODEL_CATS	16
#define MODEL_WORDS	3	/* the words a proposal names as its reason */

struct model {
	GHashTable *weights;	/* "w:word" or "b:word_word" -> double[MODEL_CATS] */
	double bias[MODEL_CATS], threshold;
	char *when;		/* "when CLASSES": the classes of record it looks in */
	struct rule rule[MODEL_CATS];	/* what a hit of each category names */
	int ncats;
};

static int
bad(char *err, size_t errlen, const char *path, unsigned line, size_t col, const char *msg)
{
	snprintf(err, errlen, "%s:%u:%zu: %s", path, line, col + 1, msg);
	return -1;
}

static int
known_category(const char *cat)
{
	const char *const *c;

	for (c = redact_categories(); *c; c++)
		if (!strcmp(*c, cat))
			return 1;
	return 0;
}

/* The index of cat, added when it is new; -1 when there is no room. */
static int
category(struct model *m, const char *cat, unsigned line)
{
	int i;

	for (i = 0; i < m->ncats; i++)
		if (!strcmp(m->rule[i].signal, cat))
			return i;
	if (m->ncats == MODEL_CATS)
		return -1;
	m->rule[i] = (struct rule){
		.when = m->when,
		.id = g_strconcat("model.", cat, NULL),
		.signal = g_strdup(cat),
		.kind = KIND_CATEGORY,
		.weight = 1,
		.field = FIELD_TEXT,
		.file = MODEL_FILE,
		.line = line,
		.fallback = 1,
		.pattern = "",
	};
	return m->ncats++;
}

static int
parse_number(const char *s, double *v)
{
	char *end;

	errno = 0;
	*v = strtod(s, &end);
	return errno || end == s || *end;
}

/* One line: "threshold N" or "CATEGORY FEATURE WEIGHT". */
static int
parse_line(struct model *m, char *line, const char *path, unsigned no, char *err,
    size_t errlen)
{
	char *f[4], *save = NULL, *p;
	int nf = 0, ci;
	double v, *w;

	for (p = strtok_r(line, " \t", &save); p && nf < 4; p = strtok_r(NULL, " \t", &save))
		f[nf++] = p;
	if (nf == 2 && !strcmp(f[0], "when")) {
		if (m->ncats)
			return bad(err, errlen, path, no, 0, "when comes before the weights");
		g_free(m->when);
		m->when = g_strdup(f[1]);
		return 0;
	}
	if (nf == 2 && !strcmp(f[0], "threshold")) {
		if (parse_number(f[1], &m->threshold))
			return bad(err, errlen, path, no, (size_t)(f[1] - line), "not a number");
		return 0;
	}
	if (nf != 3)
		return bad(err, errlen, path, no, 0,
		    "expected CATEGORY FEATURE WEIGHT, threshold N or when CLASSES");
	if (!known_category(f[0]))
		return bad(err, errlen, path, no, 0, "unknown category");
	if (parse_number(f[2], &v))
		return bad(err, errlen, path, no, (size_t)(f[2] - line), "not a number");
	if ((ci = category(m, f[0], no)) < 0)
		return bad(err, errlen, path, no, 0, "too many categories");
	if (!strcmp(f[1], "bias")) {
		m->bias[ci] = v;
		m->rule[ci].line = no;
		return 0;
	}
	if (strncmp(f[1], "w:", 2) && strncmp(f[1], "b:", 2))
		return bad(err, errlen, path, no, (size_t)(f[1] - line),
		    "a feature is w:WORD or b:WORD_WORD");
	if (!(w = g_hash_table_lookup(m->weights, f[1]))) {
		w = g_new0(double, MODEL_CATS);
		g_hash_table_insert(m->weights, g_strdup(f[1]), w);
	}
	w[ci] = v;
	return 0;
}

struct model *
model_load(const char *dir, char *err, size_t errlen)
{
	char *path = g_build_filename(dir, MODEL_FILE, NULL), *line = NULL;
	struct model *m;
	size_t cap = 0;
	ssize_t n;
	unsigned no = 0;
	int rc = 0, have_threshold = 0;
	FILE *f;

	*err = 0;
	if (!(f = fopen(path, "r"))) {
		if (errno != ENOENT)
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
		g_free(path);
		return NULL;
	}
	m = g_new0(struct model, 1);
	m->weights = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	while (!rc && (n = getline(&line, &cap, f)) >= 0) {
		no++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!n || line[0] == '#')
			continue;
		have_threshold |= !strncmp(line, "threshold", 9);
		rc = parse_line(m, line, path, no, err, errlen);
	}
	if (!rc && ferror(f))
		rc = bad(err, errlen, path, no, 0, strerror(errno));
	if (!rc && !have_threshold)
		rc = bad(err, errlen, path, no, 0, "no threshold line");
	free(line);
	fclose(f);
	g_free(path);
	if (rc) {
		model_free(m);
		return NULL;
	}
	return m;
}

void
model_free(struct model *m)
{
	int i;

	if (!m)
		return;
	for (i = 0; i < m->ncats; i++) {
		g_free((char *)m->rule[i].id);
		g_free((char *)m->rule[i].signal);
	}
	g_hash_table_destroy(m->weights);
	g_free(m->when);
	g_free(m);
}

/* Scoring ----------------------------------------------------------------- */

/* \w as Python has it: letters, numbers and the underscore. */
static int
word_char(gunichar c)
{
	GUnicodeType t;

	if (c == '_' || g_unichar_isalnum(c))
		return 1;
	t = g_unichar_type(c);
	return t == G_UNICODE_LETTER_NUMBER || t == G_UNICODE_OTHER_NUMBER;
}

/* The character at s (n bytes left), its length in *len; a bad byte is one. */
static gunichar
char_at(const char *s, size_t n, size_t *len)
{
	gunichar c = g_utf8_get_char_validated(s, (gssize)n);

	if (c == (gunichar)-1 || c == (gunichar)-2) {
		*len = 1;
		return 0xFFFD;
	}
	*len = (size_t)(g_utf8_next_char(s) - s);
	return c;
}

/* Where the separator at s[i] ends, or i when there is none there:
 * a run of . ; ! ? and line breaks, or a comma before a space. */
static size_t
separator(const char *s, size_t n, size_t i)
{
	size_t j = i, len;

	while (j < n && s[j] && strchr(".;!?\n", s[j]))
		j++;
	if (j > i)
		return j;
	if (s[i] == ',' && i + 1 < n && g_unichar_isspace(char_at(s + i + 1, n - i - 1, &len)))
		return i + 1 + len;
	return i;
}

/* A buffer that held words of a message, wiped before it goes. */
static void
wipe(GString *s)
{
	explicit_bzero(s->str, s->allocated_len);
	g_string_free(s, TRUE);
}

struct scorer {
	const struct model *m;
	double score[MODEL_CATS], top[MODEL_CATS];	/* the sum, the weightiest feature */
	GPtrArray *seen;	/* the weights counted in this clause: each once */
	GString *word, *prev, *key;
	/* for model_words: the category asked about, and its words that
	 * weigh for it (struct said) */
	int cat;
	GArray *said;
};

struct said {
	double weight;
	char *words;		/* "biopt", "de uitslag" */
};

static void
count(struct scorer *sc, const GString *key, const char *w1, const char *w2)
{
	const double *w = g_hash_table_lookup(sc->m->weights, key->str);
	struct said x;
	guint i;
	int c;

	if (!w)
		return;
	for (i = 0; i < sc->seen->len; i++)
		if (sc->seen->pdata[i] == w)
			return;
	g_ptr_array_add(sc->seen, (gpointer)w);
	for (c = 0; c < sc->m->ncats; c++) {
		sc->score[c] += w[c];
		if (w[c] > sc->top[c])
			sc->top[c] = w[c];
	}
	if (sc->said && w[sc->cat] > 0) {
		x.weight = w[sc->cat];
		x.words = w2 ? g_strconcat(w1, " ", w2, NULL) : g_strdup(w1);
		g_array_append_val(sc->said, x);
	}
}

/* The clause s[a, e): its words and pairs of words, scored. */
static void
score_clause(struct scorer *sc, const char *s, size_t a, size_t e)
{
	size_t i = a, len;
	gunichar c;
	int c2;

	for (c2 = 0; c2 < sc->m->ncats; c2++) {
		sc->score[c2] = sc->m->bias[c2];
		sc->top[c2] = 0;
	}
	g_ptr_array_set_size(sc->seen, 0);
	g_string_truncate(sc->prev, 0);
	while (i < e) {
		c = char_at(s + i, e - i, &len);
		if (!word_char(c)) {
			i += len;
			continue;
		}
		g_string_truncate(sc->word, 0);
		while (i < e && word_char(c = char_at(s + i, e - i, &len))) {
			g_string_append_unichar(sc->word, g_unichar_tolower(c));
			i += len;
		}
		g_string_printf(sc->key, "w:%s", sc->word->str);
		count(sc, sc->key, sc->word->str, NULL);
		if (sc->prev->len) {
			g_string_printf(sc->key, "b:%s_%s", sc->prev->str, sc->word->str);
			count(sc, sc->key, sc->prev->str, sc->word->str);
		}
		g_string_assign(sc->prev, sc->word->str);
	}
}

static void
add_hit(struct rules_result *res, const struct rule *r, size_t a, size_t e)
{
	if (res->nhits == res->cap) {
		res->cap = res->cap ? res->cap * 2 : 32;
		res->hits = g_renew(struct rule_hit, res->hits, res->cap);
	}
	res->hits[res->nhits++] = (struct rule_hit){ r, a, e };
}

/* A clause without the spaces around it. */
static int
trim(const char *s, size_t *a, size_t *e)
{
	while (*a < *e && g_ascii_isspace(s[*a]))
		(*a)++;
	while (*e > *a && g_ascii_isspace(s[*e - 1]))
		(*e)--;
	return *e > *a;
}

static void
scorer_init(struct scorer *sc, const struct model *m)
{
	*sc = (struct scorer){ .m = m, .cat = -1 };
	sc->seen = g_ptr_array_new();
	sc->word = g_string_new(NULL);
	sc->prev = g_string_new(NULL);
	sc->key = g_string_new(NULL);
}

static void
scorer_done(struct scorer *sc)
{
	g_ptr_array_free(sc->seen, TRUE);
	wipe(sc->word);
	wipe(sc->prev);
	wipe(sc->key);
}

void
model_match(const struct model *m, const char *cls, const char *text, size_t n,
    struct rules_result *res)
{
	struct scorer sc;
	size_t a = 0, i = 0, j, s, e;
	int c;

	if (!m || !m->ncats || !rules_when_applies(&m->rule[0], cls))
		return;
	scorer_init(&sc, m);
	while (a < n) {
		/* the clause runs from a to the next separator or the end */
		for (i = a; i < n && (j = separator(text, n, i)) == i; i++)
			;
		s = a;
		e = i;
		a = i < n ? j : n;
		if (!trim(text, &s, &e))
			continue;
		score_clause(&sc, text, s, e);
		for (c = 0; c < m->ncats; c++)
			if (sc.score[c] > m->threshold && sc.score[c] - sc.top[c] - m->bias[c] > 0)
				add_hit(res, &m->rule[c], s, e);
	}
	scorer_done(&sc);
}

static int
by_weight(const void *a, const void *b)
{
	double x = ((const struct said *)a)->weight, y = ((const struct said *)b)->weight;

	return x < y ? 1 : x > y ? -1 : 0;
}

json_t *
model_words(const struct model *m, const char *category, const char *text, size_t n)
{
	struct scorer sc;
	json_t *out = json_array();
	guint i;

	if (!m)
		return out;
	scorer_init(&sc, m);
	for (sc.cat = 0; sc.cat < m->ncats && strcmp(m->rule[sc.cat].signal, category); sc.cat++)
		;
	if (sc.cat < m->ncats) {
		sc.said = g_array_new(FALSE, FALSE, sizeof(struct said));
		score_clause(&sc, text, 0, n);
		g_array_sort(sc.said, by_weight);
		for (i = 0; i < sc.said->len; i++) {
			struct said *x = &g_array_index(sc.said, struct said, i);

			if (i < MODEL_WORDS)
				json_array_append_new(out, json_string(x->words));
			explicit_bzero(x->words, strlen(x->words));
			g_free(x->words);
		}
		g_array_free(sc.said, TRUE);
	}
	scorer_done(&sc);
	return out;
}
