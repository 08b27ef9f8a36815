/*
 * rules: loading rule files and matching them, a Vectorscan pass first
 * and PCRE2 on what it flags.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <hs.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "model.h"
#include "rules.h"
#include "rules_priv.h"

/* No message may make one rule cost more than this. */
#define MATCH_LIMIT	1000000
#define DEPTH_LIMIT	10000

static const char *const field_names[FIELD_COUNT] = {
	"text", "subject", "sender", "folder", "title"
};

static const char *const classes[] = {
	"zakelijk", "prive", "partijpolitiek", NULL
};

static const char *const categories[] = {
	"gezondheid", "religie", "etniciteit", "politiek", "vakbond",
	"seksualiteit", "genetisch", "biometrisch", "strafrechtelijk",
	"bsn", "iban", "telefoon", NULL
};

enum check { CHECK_NONE, CHECK_BSN11, CHECK_IBAN97, CHECK_NLPHONE };

static const char *const check_names[] = { "", "bsn11", "iban97", "nlphone", NULL };

struct crule {
	struct rule pub;
	enum check check;
	pcre2_code *re;
	pcre2_code *sender;	/* sender=: the rule looks only where the sender matches */
	char *hs_pattern;	/* what Vectorscan is given, or NULL (also until
				 * its kind is first matched) */
	unsigned hs_flags;
	int unfiltered;		/* Vectorscan could not take it: always run */
	int jitted;		/* JIT-compiled, or that was tried */
	/* A second part every match holds (prefilter_of's also), or NULL.
	 * Vectorscan looks for it beside hs_pattern, and a text that holds
	 * only the one is not given to PCRE2: a rule's best part is often a
	 * group of everyday verbs ("{SUBJV} zit|moet ... de gevangenis"), and
	 * most of PCRE2's runs ended without a hit. */
	char *also;
	int also_off;		/* none, or Vectorscan could not take it */
	int digits;		/* the fewest ASCII digits a match holds (prefilter_digits) */
};

/* What a rule cost, when IHH_RULE_STATS asks (see rules_free). */
struct rule_stats {
	unsigned long runs, hits;
	double secs;
};

/* The rules of one kind and field, with their Vectorscan database. */
struct group {
	struct crule **rules;
	size_t n;
	hs_database_t *db;
	/* Rules by place in the group, ascending: those Vectorscan cannot
	 * take, those the last scan flagged, and what PCRE2 is to run on the
	 * field (the two merged).  A message flags a dozen of a thousand rules,
	 * and walking the dozen instead of the thousand saved about 5% of
	 * ihh-classify's time. */
	unsigned *always, *flagged, *run;
	size_t nalways, nflagged, nrun;
	/* Whose second part the last scan found: seen by place, and the
	 * places set, to clear them for the next scan */
	unsigned char *seen;
	unsigned *seen_at;
	size_t nseen;
	/* The text flagged was last scanned for, a field other than the
	 * message's own: a chat's title and its few senders come again with
	 * every message, and scanning them again cost ihh-classify about 3%. */
	GString *scanned;
	int flagged_ok;		/* flagged holds the scan of scanned */
};

struct rules {
	struct crule *all;
	size_t n, cap;
	struct group groups[2][FIELD_COUNT];
	int built[2];		/* a kind's scanners are built when first used */
	hs_scratch_t *scratch;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	GHashTable *ids;	/* id -> struct crule index + 1 */
	GHashTable *defines;	/* NAME -> pattern, expanded */
	GString *sender;
	char **files;		/* base names, owned */
	size_t nfiles;
	struct rule_stats *stats;	/* per rule, or NULL */
	int unfiltered;		/* IHH_NO_PREFILTER: every rule on every record */
	int no_jit;		/* IHH_NO_JIT: valgrind cannot follow JIT code */
	struct model *model;	/* clauses.model, or NULL */
};

const char *
rules_field_name(enum rule_field f)
{
	return f < FIELD_COUNT ? field_names[f] : "?";
}

static int
in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcmp(*list, s))
			return 1;
	return 0;
}

static char *
joined(const char *const *list)
{
	GString *s = g_string_new(NULL);

	for (; *list; list++)
		g_string_append_printf(s, "%s%s", s->len ? ", " : "", *list);
	return g_string_free(s, FALSE);
}

/* Checkers ---------------------------------------------------------------- */

static size_t
digits(const char *s, size_t n, char *out, size_t max)
{
	size_t i, k = 0;

	for (i = 0; i < n && k < max; i++)
		if (s[i] >= '0' && s[i] <= '9')
			out[k++] = s[i];
	return k;
}

int
check_bsn11(const char *s, size_t n)
{
	char d[16];
	size_t k = digits(s, n, d, sizeof(d));
	int sum = 0, i, w;

	if (k == 8) {		/* a leading zero left off */
		memmove(d + 1, d, 8);
		d[0] = '0';
		k = 9;
	}
	if (k != 9)
		return 0;
	for (i = 0, w = 9; i < 8; i++, w--)
		sum += w * (d[i] - '0');
	sum -= d[8] - '0';
	return sum != 0 && sum % 11 == 0;
}

int
check_iban97(const char *s, size_t n)
{
	char c[40];
	size_t i, k = 0;
	unsigned rem = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '-' || s[i] == '.')
			continue;
		if (k == sizeof(c) || !g_ascii_isalnum(s[i]))
			return 0;
		c[k++] = g_ascii_toupper(s[i]);
	}
	if (k < 15 || k > 34 || !g_ascii_isalpha(c[0]) || !g_ascii_isalpha(c[1]) ||
	    !g_ascii_isdigit(c[2]) || !g_ascii_isdigit(c[3]))
		return 0;
	for (i = 0; i < k; i++) {
		char ch = c[(i + 4) % k];

		if (g_ascii_isdigit(ch))
			rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
		else
			rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
	}
	return rem == 1;
}

int
check_nlphone(const char *s, size_t n)
{
	char d[20];
	size_t i = 0, k;

	while (i < n && (s[i] == ' ' || s[i] == '('))
		i++;
	k = digits(s + i, n - i, d, sizeof(d));
	if (i < n && s[i] == '+')
		return k == 11 && d[0] == '3' && d[1] == '1' && d[2] != '0';
	if (k == 13 && !strncmp(d, "0031", 4))
		return d[4] != '0';
	return k == 10 && d[0] == '0' && d[1] != '0';
}

static int
check(enum check c, const char *s, size_t n)
{
	switch (c) {
	case CHECK_BSN11: return check_bsn11(s, n);
	case CHECK_IBAN97: return check_iban97(s, n);
	case CHECK_NLPHONE: return check_nlphone(s, n);
	default: return 1;
	}
}

/* Loading ----------------------------------------------------------------- */

struct cursor {
	const char *file;
	unsigned line;
	const char *start;	/* of the line, for columns */
	char *err;
	size_t errlen;
};

static int
bad(const struct cursor *c, const char *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int
bad(const struct cursor *c, const char *at, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(c->err, c->errlen, "%s:%u:%d: %s", c->file, c->line,
	    (int)(at - c->start) + 1, msg);
	return -1;
}

/* The next white-space separated word: its start, and *p after it. */
static char *
word(char **p)
{
	char *s = *p, *w;

	while (*s == ' ' || *s == '\t')
		s++;
	w = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return w;
}

/*
 * The pattern between slashes at *pp, with its flags; *pp is left after
 * them.  The closing slash is the first one not escaped.
 */
static int
slashed(struct cursor *c, char **pp, char **pat, int *caseless)
{
	char *p = *pp;
	int esc;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '/')
		return bad(c, p, "the pattern starts with '/'");
	*pat = ++p;
	for (esc = 0; *p && (esc || *p != '/'); p++)
		esc = !esc && *p == '\\';
	if (*p != '/')
		return bad(c, *pat - 1, "the pattern has no closing '/'");
	*p++ = '\0';
	*caseless = 0;
	while (*p && *p != ' ' && *p != '\t') {
		if (*p != 'i')
			return bad(c, p, "unknown flag '%c' (known: i, ignore case)", *p);
		*caseless = 1;
		p++;
	}
	*pp = p;
	return 0;
}

/* The pattern with every {NAME} replaced by what define gave NAME. */
static char *
expand(struct rules *rs, struct cursor *c, const char *pat)
{
	GString *out = g_string_new(NULL);
	const char *p = pat, *e, *v;
	char *name;

	while (*p) {
		if (p[0] == '\\' && p[1]) {
			/* \p{Lu}, \x{e9} and their like are PCRE2's own braces */
			if (strchr("pPxgkNo", p[1]) && p[2] == '{' && (e = strchr(p + 2, '}'))) {
				g_string_append_len(out, p, e + 1 - p);
				p = e + 1;
				continue;
			}
			g_string_append_len(out, p, 2);
			p += 2;
			continue;
		}
		if (p[0] == '{' && p[1] >= 'A' && p[1] <= 'Z') {
			for (e = p + 1; (*e >= 'A' && *e <= 'Z') || (*e >= '0' && *e <= '9') || *e == '_'; e++)
				;
			if (*e == '}') {
				name = g_strndup(p + 1, (size_t)(e - p - 1));
				v = g_hash_table_lookup(rs->defines, name);
				if (!v) {
					bad(c, p, "unknown name {%s} (define it before it is used)", name);
					g_free(name);
					g_string_free(out, TRUE);
					return NULL;
				}
				g_string_append(out, v);
				g_free(name);
				p = e + 1;
				continue;
			}
		}
		g_string_append_c(out, *p++);
	}
	return g_string_free(out, FALSE);
}

/* define NAME /PATTERN/: a part of patterns that later rules use as {NAME}. */
static int
add_define(struct rules *rs, struct cursor *c, char *line)
{
	char *p = line, *name, *pat, *full, *s;
	int caseless;

	word(&p);
	name = word(&p);
	if (!*name)
		return bad(c, p, "expected define NAME /PATTERN/");
	for (s = name; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (s > name && ((*s >= '0' && *s <= '9') || *s == '_'))))
			return bad(c, s, "a name is written in capitals (A-Z, then digits and _)");
	if (g_hash_table_lookup(rs->defines, name))
		return bad(c, name, "{%s} is defined already", name);
	if (slashed(c, &p, &pat, &caseless))
		return -1;
	if (caseless)
		return bad(c, p - 1, "a define takes no flags: the rule using it decides");
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p && *p != '#')
		return bad(c, p, "unexpected '%s' after the pattern", p);
	if (!(full = expand(rs, c, pat)))
		return -1;
	g_hash_table_insert(rs->defines, g_strdup(name), full);
	return 0;
}

/* when=: a comma-separated list of the three classes */
static int
when_ok(const char *w)
{
	char **parts = g_strsplit(w, ",", -1), **p;
	int rc = *w ? 0 : -1;

	for (p = parts; *p && !rc; p++)
		if (strcmp(*p, "zakelijk") && strcmp(*p, "prive") && strcmp(*p, "partijpolitiek"))
			rc = -1;
	g_strfreev(parts);
	return rc;
}

/*
 * A pattern of the line with its {NAME}s filled in, compiled; *full gets
 * the filled-in text.  A bad one is named where it stands in the line
 * (or at the pattern, when the error is inside a {NAME}), after what.
 */
static pcre2_code *
compile_at(struct rules *rs, struct cursor *c, const char *pat, int caseless,
    const char *what, char **full)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];

	if (!(*full = expand(rs, c, pat)))
		return NULL;
	re = pcre2_compile((PCRE2_SPTR)*full, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | (caseless ? PCRE2_CASELESS : 0),
	    &errcode, &off, NULL);
	if (!re) {
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		bad(c, strcmp(*full, pat) ? pat : pat + off, "%s%s%s", what, (char *)msg,
		    strcmp(*full, pat) ? " (in the pattern with its {NAME}s filled in)" : "");
		g_free(*full);
		*full = NULL;
	}
	return re;
}

static int
add_rule(struct rules *rs, struct cursor *c, char *line, const char *file,
    int optional, int fallback)
{
	char *p = line, *id, *sig, *wt, *fld, *pat, *end, *rest, *w, *full, *spat = NULL, *sfull;
	const char *when = NULL;
	const char *s;
	struct crule r = { 0 };
	int caseless = 0, scaseless = 0, i, f;
	gpointer prev;
	long weight;

	id = word(&p);
	sig = word(&p);
	wt = word(&p);
	fld = word(&p);
	if (!*fld)
		return bad(c, p, "expected ID SIGNAL WEIGHT FIELD /PATTERN/");
	for (s = id; *s; s++)
		if (!g_ascii_isalnum(*s) && *s != '.' && *s != '_' && *s != '-')
			return bad(c, s, "an id holds letters, digits, '.', '_' and '-' only");
	if ((prev = g_hash_table_lookup(rs->ids, id))) {
		struct crule *o = &rs->all[GPOINTER_TO_SIZE(prev) - 1];

		return bad(c, id, "id '%s' is taken (%s:%u)", id, o->pub.file, o->pub.line);
	}
	r.pub.except = sig[0] == '!';
	s = sig + r.pub.except;
	/* antwoord: the message answers the one before it (classify.c) */
	if (in_list(classes, s) || !strcmp(s, "antwoord"))
		r.pub.kind = KIND_CLASS;
	else if (in_list(categories, s))
		r.pub.kind = KIND_CATEGORY;
	else {
		char *a = joined(classes), *b = joined(categories);

		bad(c, sig, "unknown signal '%s' (a class: %s; antwoord; or a category: %s)", s, a, b);
		g_free(a);
		g_free(b);
		return -1;
	}
	errno = 0;
	weight = strtol(wt, &end, 10);
	if (errno || *end || end == wt || weight < 1 || weight > 10)
		return bad(c, wt, "the weight is a whole number from 1 to 10, not '%s'", wt);
	for (f = 0; f < FIELD_COUNT && strcmp(fld, field_names[f]); f++)
		;
	if (f == FIELD_COUNT)
		return bad(c, fld, "unknown field '%s' (known: text, subject, sender, folder, title)", fld);
	if (r.pub.kind == KIND_CATEGORY && f != FIELD_TEXT && f != FIELD_SUBJECT)
		return bad(c, fld, "personal data is looked for in text or subject, not in %s", fld);

	if (slashed(c, &p, &pat, &caseless))
		return -1;
	rest = p;
	while (*(w = word(&rest))) {
		if (*w == '#')
			break;
		if (!strncmp(w, "when=", 5)) {
			if (when_ok(w + 5) != 0)
				return bad(c, w + 5, "when= takes classes, comma-separated: zakelijk, prive, partijpolitiek");
			when = w + 5;	/* in the line, which outlives this */
			continue;
		}
		if (!strncmp(w, "sender=", 7)) {
			char *q = w + 7;

			if (slashed(c, &q, &spat, &scaseless))
				return -1;
			if (*q)
				return bad(c, q, "unexpected '%s' after the sender's pattern", q);
			continue;
		}
		if (strncmp(w, "check=", 6))
			return bad(c, w, "unexpected '%s' after the pattern (a checker is check=NAME, "
			    "when=CLASSES or sender=/PATTERN/)", w);
		for (i = 1; check_names[i] && strcmp(w + 6, check_names[i]); i++)
			;
		if (!check_names[i])
			return bad(c, w, "unknown checker '%s' (known: bsn11, iban97, nlphone)", w + 6);
		r.check = (enum check)i;
	}

	/* JIT-compiled before its first run (run_rule) */
	if (!(r.re = compile_at(rs, c, pat, caseless, "", &full)))
		return -1;
	if (spat) {
		if (!(r.sender = compile_at(rs, c, spat, scaseless, "in sender=: ", &sfull))) {
			pcre2_code_free(r.re);
			g_free(full);
			return -1;
		}
		g_free(sfull);
	}
	r.pub.id = g_strdup(id);
	r.pub.when = when ? g_strdup(when) : NULL;
	r.pub.signal = g_strdup(s);
	r.pub.weight = (int)weight;
	r.pub.field = (enum rule_field)f;
	r.pub.file = file;
	r.pub.line = c->line;
	r.pub.optional = optional;
	r.pub.fallback = fallback;
	/* hs_pattern waits for the kind's first match too (see find_prefilters) */
	r.pub.pattern = g_strconcat(caseless ? "(?i)" : "", full, NULL);
	g_free(full);
	/* ASCII classes: prefilter_of() widens them to hold what Unicode ones do */
	r.hs_flags = HS_FLAG_UTF8 | HS_FLAG_PREFILTER |
	    HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY | (caseless ? HS_FLAG_CASELESS : 0);
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 256;
		rs->all = g_renew(struct crule, rs->all, rs->cap);
	}
	rs->all[rs->n++] = r;
	g_hash_table_insert(rs->ids, (gpointer)r.pub.id, GSIZE_TO_POINTER(rs->n));
	return 0;
}

static int
load_file(struct rules *rs, const char *path, const char *base, char *err,
    size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *p;
	size_t cap = 0;
	ssize_t n;
	struct cursor c = { base, 0, NULL, err, errlen };
	int optional = 0, fallback = 0, rules = 0, rc = 0;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		c.line++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		c.start = line;
		if (!g_utf8_validate(line, n, NULL)) {
			rc = bad(&c, line, "not UTF-8");
			break;
		}
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		if (!*p || *p == '#')
			continue;
		if (*p == '%') {
			if (strcmp(p, "%optional") && strcmp(p, "%fallback")) {
				rc = bad(&c, p, "unknown directive '%s' (known: %%optional, %%fallback)", p);
				break;
			}
			if (rules) {
				rc = bad(&c, p, "%s comes before the first rule", p);
				break;
			}
			if (!strcmp(p, "%optional"))
				optional = 1;
			else
				fallback = 1;
			continue;
		}
		if (!strncmp(p, "define", 6) && (p[6] == ' ' || p[6] == '\t')) {
			if ((rc = add_define(rs, &c, p)) != 0)
				break;
			continue;
		}
		if ((rc = add_rule(rs, &c, p, base, optional, fallback)) != 0)
			break;
		rules++;
	}
	if (!rc && ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(f);
	return rc;
}

/* The rule's pattern as written, without the (?i) its flag i added. */
static const char *
bare_pattern(const struct crule *c)
{
	return c->pub.pattern + (c->hs_flags & HS_FLAG_CASELESS ? strlen("(?i)") : 0);
}

/* A second part longer than this is not looked for: it rules out little
 * more than a few words would, and makes the database larger */
#define ALSO_MAX 1024

/* What Vectorscan looks for on behalf of each rule of a group.  Worked out
 * for all rules at load, it took a fifth of a run's start-up for the kind
 * the program never matches. */
static void
find_prefilters(struct group *g)
{
	size_t i;
	char *also;

	for (i = 0; i < g->n; i++) {
		struct crule *c = g->rules[i];

		c->hs_pattern = prefilter_of(bare_pattern(c), &also);
		c->digits = prefilter_digits(c->pub.pattern);
		c->unfiltered = !c->hs_pattern;
		if (also && strlen(also) > ALSO_MAX) {
			g_free(also);
			also = NULL;
		}
		c->also = also;
		c->also_off = !also;
	}
}

static void
note_always(struct group *g)
{
	size_t i;

	g->nalways = 0;
	for (i = 0; i < g->n; i++)
		if (g->rules[i]->unfiltered)
			g->always[g->nalways++] = (unsigned)i;
}

/*
 * A group's database holds two patterns a rule: in place i the rule's
 * prefilter, in place n + i its second part, which is only looked for
 * while the prefilter is.  The pattern in place j, or NULL when it is
 * left out.
 */
static const char *
slot(const struct group *g, size_t j)
{
	const struct crule *c = g->rules[j < g->n ? j : j - g->n];

	if (c->unfiltered)
		return NULL;
	return j < g->n ? c->hs_pattern : c->also_off ? NULL : c->also;
}

/* Leaves the pattern in place j out of the database. */
static void
drop(struct group *g, size_t j)
{
	if (j < g->n)
		g->rules[j]->unfiltered = 1;
	else
		g->rules[j - g->n]->also_off = 1;
}

/* Builds one group's Vectorscan database; a rule it cannot take is left
 * out and run by PCRE2 on every record. */
static int
build_group(struct rules *rs, struct group *g, char *err, size_t errlen)
{
	const char **pats;
	unsigned *flags, *ids, *kept;
	hs_compile_error_t *ce;
	char *key;
	size_t i, k, n2 = 2 * g->n;

	g->always = g_new(unsigned, g->n ? g->n : 1);
	g->flagged = g_new(unsigned, g->n ? g->n : 1);
	g->run = g_new(unsigned, g->n ? g->n : 1);
	g->seen = g_new0(unsigned char, g->n ? g->n : 1);
	g->seen_at = g_new(unsigned, g->n ? g->n : 1);
	if (!g->n)
		return 0;
	find_prefilters(g);
	if (rs->unfiltered) {
		for (i = 0; i < g->n; i++)
			g->rules[i]->unfiltered = 1;
		note_always(g);
		return 0;
	}
	pats = g_new(const char *, n2);
	flags = g_new(unsigned, n2);
	ids = g_new(unsigned, n2);
	/* a database compiled before from the same patterns */
	for (i = 0; i < n2; i++) {
		pats[i] = slot(g, i);
		flags[i] = g->rules[i % g->n]->hs_flags;
	}
	key = hscache_key(pats, flags, n2);
	if ((g->db = hscache_load(key, &kept, &k))) {
		for (i = 0; i < k && kept[i] < n2 && pats[kept[i]]; i++)
			;
		if (i < k) {	/* not ours after all */
			hs_free_database(g->db);
			g->db = NULL;
		} else {
			for (i = 0; i < n2; i++)
				if (pats[i])
					drop(g, i);
			for (i = 0; i < k; i++)
				if (kept[i] < g->n)
					g->rules[kept[i]]->unfiltered = 0;
				else
					g->rules[kept[i] - g->n]->also_off = 0;
		}
		g_free(kept);
		if (g->db)
			goto scratch;
	}
	/* what Vectorscan cannot take is found pattern by pattern, cheaply,
	 * rather than by failing the whole database again and again */
	for (i = 0; i < n2; i++) {
		hs_expr_info_t *info = NULL;

		if (!slot(g, i))
			continue;
		if (hs_expression_info(slot(g, i), flags[i], &info, &ce) != HS_SUCCESS) {
			drop(g, i);
			hs_free_compile_error(ce);
		}
		free(info);
	}
	for (;;) {
		for (i = 0, k = 0; i < n2; i++) {
			if (!slot(g, i))
				continue;
			pats[k] = slot(g, i);
			flags[k] = g->rules[i % g->n]->hs_flags;
			ids[k] = (unsigned)i;
			k++;
		}
		if (!k)
			break;
		if (hs_compile_multi(pats, flags, ids, (unsigned)k, HS_MODE_BLOCK,
		    NULL, &g->db, &ce) == HS_SUCCESS)
			break;
		if (ce->expression < 0) {
			snprintf(err, errlen, "cannot build the rule scanner: %s", ce->message);
			hs_free_compile_error(ce);
			note_always(g);
			g_free(key);
			g_free(pats);
			g_free(flags);
			g_free(ids);
			return -1;
		}
		drop(g, ids[ce->expression]);
		hs_free_compile_error(ce);
	}
	if (g->db)
		hscache_save(key, g->db, ids, k);
scratch:
	note_always(g);
	g_free(key);
	g_free(pats);
	g_free(flags);
	g_free(ids);
	if (g->db && hs_alloc_scratch(g->db, &rs->scratch) != HS_SUCCESS) {
		snprintf(err, errlen, "cannot build the rule scanner: out of memory");
		return -1;
	}
	return 0;
}

static int
by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int
is_rules_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 6 && !strcmp(d->d_name + n - 6, ".rules");
}

struct rules *
rules_load(const char *dir, char *err, size_t errlen)
{
	struct rules *rs = g_new0(struct rules, 1);
	struct dirent **ents;
	char *path;
	int n, i, k;
	size_t r;

	rs->ids = g_hash_table_new(g_str_hash, g_str_equal);
	rs->defines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	rs->sender = g_string_new(NULL);
	n = scandir(dir, &ents, is_rules_file, by_name);
	if (n < 0) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		rules_free(rs);
		return NULL;
	}
	rs->files = g_new0(char *, n + 1);
	for (i = 0; i < n; i++) {
		rs->files[rs->nfiles++] = g_strdup(ents[i]->d_name);
		path = g_strconcat(dir, "/", ents[i]->d_name, NULL);
		k = load_file(rs, path, rs->files[rs->nfiles - 1], err, errlen);
		g_free(path);
		if (k)
			break;
	}
	for (k = 0; k < n; k++)
		free(ents[k]);
	free(ents);
	if (i < n) {
		rules_free(rs);
		return NULL;
	}
	if (!rs->n) {
		snprintf(err, errlen, "%s: no rules (files named *.rules)", dir);
		rules_free(rs);
		return NULL;
	}
	if (!(rs->model = model_load(dir, err, errlen)) && *err) {
		rules_free(rs);
		return NULL;
	}
	for (r = 0; r < rs->n; r++) {
		struct crule *c = &rs->all[r];
		struct group *g = &rs->groups[c->pub.kind][c->pub.field];

		g->rules = g_renew(struct crule *, g->rules, g->n + 1);
		g->rules[g->n++] = c;
	}
	rs->md = pcre2_match_data_create(32, NULL);
	rs->mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(rs->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mc, DEPTH_LIMIT);
	if (getenv("IHH_RULE_STATS"))
		rs->stats = g_new0(struct rule_stats, rs->n);
	/* what the prefilter is checked against (patterns_test) */
	rs->unfiltered = getenv("IHH_NO_PREFILTER") != NULL;
	rs->no_jit = getenv("IHH_NO_JIT") != NULL;
	return rs;
}

struct cost {
	size_t rule;
	double secs;
};

static int
by_cost(const void *a, const void *b)
{
	double x = ((const struct cost *)a)->secs, y = ((const struct cost *)b)->secs;

	return x < y ? 1 : x > y ? -1 : 0;
}

/* The rules by the time PCRE2 spent in them, costliest first, on stderr. */
static void
print_stats(const struct rules *rs)
{
	struct cost *order = g_new(struct cost, rs->n);
	size_t i;

	for (i = 0; i < rs->n; i++)
		order[i] = (struct cost){ i, rs->stats[i].secs };
	qsort(order, rs->n, sizeof(*order), by_cost);
	fprintf(stderr, "%-28s %-24s %10s %10s %10s %s\n", "rule", "at", "runs", "hits", "ms",
	    "prefilter");
	for (i = 0; i < rs->n; i++) {
		const struct crule *c = &rs->all[order[i].rule];
		const struct rule_stats *st = &rs->stats[order[i].rule];
		char at[64];

		if (!st->runs)
			continue;
		snprintf(at, sizeof(at), "%s:%u", c->pub.file, c->pub.line);
		fprintf(stderr, "%-28s %-24s %10lu %10lu %10.1f %s%s%s\n", c->pub.id, at, st->runs,
		    st->hits, st->secs * 1e3, c->unfiltered ? (c->hs_pattern ? "(refused)" : "(none)") : c->hs_pattern,
		    c->unfiltered || c->also_off ? "" : " and ", c->unfiltered || c->also_off ? "" : c->also);
	}
	g_free(order);
}

void
rules_free(struct rules *rs)
{
	size_t i;
	int k, f;

	if (!rs)
		return;
	if (rs->stats)
		print_stats(rs);
	for (i = 0; i < rs->n; i++) {
		pcre2_code_free(rs->all[i].re);
		pcre2_code_free(rs->all[i].sender);
		g_free(rs->all[i].also);
		g_free((char *)rs->all[i].pub.id);
		g_free((char *)rs->all[i].pub.signal);
		g_free((char *)rs->all[i].pub.when);
		g_free((char *)rs->all[i].pub.pattern);
		g_free(rs->all[i].hs_pattern);
	}
	for (k = 0; k < 2; k++)
		for (f = 0; f < FIELD_COUNT; f++) {
			g_free(rs->groups[k][f].rules);
			g_free(rs->groups[k][f].always);
			g_free(rs->groups[k][f].flagged);
			g_free(rs->groups[k][f].seen);
			g_free(rs->groups[k][f].seen_at);
			g_free(rs->groups[k][f].run);
			if (rs->groups[k][f].scanned) {
				explicit_bzero(rs->groups[k][f].scanned->str, rs->groups[k][f].scanned->len);
				g_string_free(rs->groups[k][f].scanned, TRUE);
			}
			if (rs->groups[k][f].db)
				hs_free_database(rs->groups[k][f].db);
		}
	if (rs->scratch)
		hs_free_scratch(rs->scratch);
	for (i = 0; i < rs->nfiles; i++)
		g_free(rs->files[i]);
	g_free(rs->files);
	g_free(rs->stats);
	g_free(rs->all);
	model_free(rs->model);
	if (rs->ids)
		g_hash_table_destroy(rs->ids);
	if (rs->defines)
		g_hash_table_destroy(rs->defines);
	if (rs->sender)
		g_string_free(rs->sender, TRUE);
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mc);
	g_free(rs);
}

const char *
rules_default_dir(void)
{
	const char *e = getenv("IHH_RULES");

	if (e && *e)
		return e;
#ifdef IHH_DATADIR
	if (g_file_test(IHH_DATADIR "/patterns", G_FILE_TEST_IS_DIR))
		return IHH_DATADIR "/patterns";
#endif
	return "patterns";
}

size_t
rules_count(const struct rules *rs)
{
	return rs->n;
}

const struct rule *
rules_at(const struct rules *rs, size_t i)
{
	return i < rs->n ? &rs->all[i].pub : NULL;
}

size_t
rules_unfiltered(const struct rules *rs)
{
	size_t i, n = 0;
	char *p;

	for (i = 0; i < rs->n; i++) {
		if (rs->built[rs->all[i].pub.kind]) {
			n += rs->all[i].unfiltered;
			continue;
		}
		p = prefilter_of(bare_pattern(&rs->all[i]), NULL);
		n += !p;
		g_free(p);
	}
	return n;
}

int
rules_enable(struct rules *rs, const char *list, char *err, size_t errlen)
{
	char **names = g_strsplit(list, ",", -1);
	size_t i, j;
	int rc = 0;

	for (i = 0; names[i] && !rc; i++) {
		char *nm = g_strstrip(names[i]);

		if (!*nm)
			continue;
		if (!in_list(categories, nm)) {
			char *k = joined(categories);

			snprintf(err, errlen, "unknown category '%s' (known: %s)", nm, k);
			g_free(k);
			rc = -1;
			break;
		}
		for (j = 0; j < rs->n; j++)
			if (!strcmp(rs->all[j].pub.signal, nm))
				rs->all[j].pub.optional = 0;
	}
	g_strfreev(names);
	return rc;
}

const struct model *
rules_model(const struct rules *rs)
{
	return rs->model;
}

/* Matching ---------------------------------------------------------------- */

const char *
rules_field_text(struct rules *rs, const json_t *rec, enum rule_field f,
    size_t *len)
{
	const json_t *v = NULL, *from;
	const char *name, *addr;

	switch (f) {
	case FIELD_TEXT: v = json_object_get(rec, "text"); break;
	case FIELD_SUBJECT: v = json_object_get(rec, "subject"); break;
	case FIELD_FOLDER: v = json_object_get(rec, "folder"); break;
	case FIELD_TITLE: v = json_object_get(json_object_get(rec, "conversation"), "title"); break;
	case FIELD_SENDER:
		from = json_object_get(rec, "from");
		name = json_string_value(json_object_get(from, "name"));
		addr = json_string_value(json_object_get(from, "address"));
		if (!name && !addr)
			return NULL;
		g_string_truncate(rs->sender, 0);
		if (name)
			g_string_append(rs->sender, name);
		if (addr)
			g_string_append_printf(rs->sender, "%s<%s>", name ? " " : "", addr);
		*len = rs->sender->len;
		return rs->sender->str;
	default: return NULL;
	}
	if (!json_is_string(v))
		return NULL;
	*len = json_string_length(v);
	return json_string_value(v);
}

static int
on_candidate(unsigned id, unsigned long long from, unsigned long long to,
    unsigned flags, void *ctx)
{
	struct group *g = ctx;

	(void)from;
	(void)to;
	(void)flags;
	/* HS_FLAG_SINGLEMATCH: once a pattern, so never more than g->n */
	if (id >= g->n) {
		if (id - g->n < g->n && g->nseen < g->n) {
			g->seen[id - g->n] = 1;
			g->seen_at[g->nseen++] = id - (unsigned)g->n;
		}
	} else if (g->nflagged < g->n)
		g->flagged[g->nflagged++] = id;
	return 0;
}

static int
by_place(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/*
 * The rules PCRE2 runs on a field, in the group's order as before: those
 * the scan flagged and those it cannot flag, or all when it could not
 * scan.
 */
static void
to_run(struct group *g, int scanned)
{
	size_t i = 0, j = 0;

	g->nrun = 0;
	if (!scanned) {
		for (i = 0; i < g->n; i++)
			g->run[g->nrun++] = (unsigned)i;
		return;
	}
	qsort(g->flagged, g->nflagged, sizeof(*g->flagged), by_place);
	while (i < g->nflagged || j < g->nalways) {
		unsigned next = j == g->nalways || (i < g->nflagged && g->flagged[i] < g->always[j]) ?
		    g->flagged[i++] : g->always[j++];

		/* its prefilter was found, but not its second part */
		if (!g->rules[next]->unfiltered && !g->rules[next]->also_off && !g->seen[next])
			continue;
		if (!g->nrun || g->run[g->nrun - 1] != next)
			g->run[g->nrun++] = next;
	}
}

static int
push(struct rules_result *res, const struct rule *r, size_t s, size_t e)
{
	if (res->nhits == res->cap) {
		res->cap = res->cap ? res->cap * 2 : 32;
		res->hits = g_renew(struct rule_hit, res->hits, res->cap);
	}
	res->hits[res->nhits].rule = r;
	res->hits[res->nhits].start = s;
	res->hits[res->nhits].end = e;
	res->nhits++;
	return 0;
}

static void
problem(struct rules_result *res, const struct crule *c, int code)
{
	PCRE2_UCHAR msg[160];

	pcre2_get_error_message(code, msg, sizeof(msg));
	res->problems = g_renew(char *, res->problems, res->nproblems + 1);
	res->problems[res->nproblems++] = g_strdup_printf(
	    "rule %s (%s:%u) was not applied: %s", c->pub.id, c->pub.file,
	    c->pub.line, (char *)msg);
}

/* All the matches of one rule in s, checked. */
static void
run_rule(struct rules *rs, struct crule *c, const char *s, size_t n,
    struct rules_result *res)
{
	PCRE2_SIZE off = 0, *ov;
	size_t before = res->nhits;
	struct timespec t0, t1;
	int rc;

	/* JIT-compiling all rules at load was most of a run's start-up, and
	 * most rules never run on a given export (a rule's runs all take the
	 * same path) */
	if (!c->jitted) {
		c->jitted = 1;
		if (!rs->no_jit)
			pcre2_jit_compile(c->re, PCRE2_JIT_COMPLETE);
	}
	if (rs->stats)
		clock_gettime(CLOCK_MONOTONIC, &t0);
	while (off <= n) {
		rc = pcre2_match(c->re, (PCRE2_SPTR)s, n, off, 0, rs->md, rs->mc);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			problem(res, c, rc);
			break;
		}
		ov = pcre2_get_ovector_pointer(rs->md);
		if (ov[1] > ov[0] && check(c->check, s + ov[0], ov[1] - ov[0]))
			push(res, &c->pub, ov[0], ov[1]);
		if (ov[1] > off)
			off = ov[1];
		else {
			/* an empty match: on to the next character */
			off++;
			while (off < n && (s[off] & 0xC0) == 0x80)
				off++;
		}
	}
	if (rs->stats) {
		struct rule_stats *st = &rs->stats[c - rs->all];

		clock_gettime(CLOCK_MONOTONIC, &t1);
		st->runs++;
		st->hits += res->nhits - before;
		st->secs += (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	}
}

static int
hit_order(const void *a, const void *b)
{
	const struct rule_hit *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->rule < y->rule ? -1 : x->rule > y->rule;
}

static int
signal_hit(const struct rules_result *res, size_t from, const char *signal)
{
	size_t i;

	for (i = from; i < res->nhits; i++)
		if (!res->hits[i].rule->except && !strcmp(res->hits[i].rule->signal, signal))
			return 1;
	return 0;
}

/* Hits of rules that pass test remove the hits of their signal that they
 * overlap and that pass victim. */
static void
cancel(struct rules_result *res, size_t from, int (*test)(const struct rule *),
    int (*victim)(const struct rule *))
{
	size_t i, j;

	for (i = from; i < res->nhits; i++) {
		const struct rule_hit *x = &res->hits[i];

		/* a hit cancelled before cancels nothing */
		if (!test(x->rule) || (x->end == x->start && !x->rule->except))
			continue;
		for (j = from; j < res->nhits; j++) {
			struct rule_hit *y = &res->hits[j];

			if (victim(y->rule) && !strcmp(y->rule->signal, x->rule->signal) &&
			    y->start < x->end && x->start < y->end)
				y->end = y->start;	/* marked for removal */
		}
	}
}

static int
is_except(const struct rule *r)
{
	return r->except;
}

static int
is_hit(const struct rule *r)
{
	return !r->except;
}

static int
is_firm(const struct rule *r)
{
	return !r->except && !r->fallback;
}

static int
is_fallback(const struct rule *r)
{
	return r->fallback;
}

/* Exception hits remove the hits of their signal that they overlap; then
 * the hits left of other rules remove those of fallback rules. */
static void
apply_exceptions(struct rules_result *res, size_t from)
{
	size_t i, o;
	int any = 0;

	for (i = from; i < res->nhits; i++)
		any |= res->hits[i].rule->except || res->hits[i].rule->fallback;
	if (any) {
		cancel(res, from, is_except, is_hit);
		cancel(res, from, is_firm, is_fallback);
		for (i = from, o = from; i < res->nhits; i++)
			if (!res->hits[i].rule->except && res->hits[i].end > res->hits[i].start)
				res->hits[o++] = res->hits[i];
		res->nhits = o;
	}
	if (res->nhits - from > 1)
		qsort(res->hits + from, res->nhits - from, sizeof(*res->hits), hit_order);
}

/*
 * Builds the scanners of one kind the first time it is matched: a program
 * that classifies does not wait for the personal-data rules, nor the
 * other way round.
 */
static int
build_kind(struct rules *rs, enum rule_kind kind, struct rules_result *res)
{
	char err[512];
	int f;

	rs->built[kind] = 1;
	for (f = 0; f < FIELD_COUNT; f++)
		if (build_group(rs, &rs->groups[kind][f], err, sizeof(err)) != 0) {
			res->problems = g_renew(char *, res->problems, res->nproblems + 1);
			res->problems[res->nproblems++] = g_strdup(err);
			return -1;
		}
	return 0;
}

int
rules_listed(const char *list, const char *s)
{
	size_t n = strlen(s);
	const char *hit;

	for (hit = strstr(list, s); hit; hit = strstr(hit + 1, s))
		if ((hit == list || hit[-1] == ',') && (hit[n] == ',' || !hit[n]))
			return 1;
	return 0;
}

/* Whether a rule with when= looks at a record of this class. */
int
rules_when_applies(const struct rule *r, const char *cls)
{
	return !r->when || (cls && rules_listed(r->when, cls));
}

/* Whether a rule with sender= looks at a record from this sender. */
static int
sender_applies(struct rules *rs, const struct crule *c, const json_t *rec)
{
	const char *who;
	size_t n;

	if (!c->sender)
		return 1;
	/* as rules on the sender field see it, "name <address>"; while those
	 * rules run, their text is this same buffer, written again the same */
	if (!(who = rules_field_text(rs, rec, FIELD_SENDER, &n)))
		return 0;
	return pcre2_match(c->sender, (PCRE2_SPTR)who, n, 0, 0, rs->md, rs->mc) >= 0;
}

/* Flags the rules of g whose part is in s: 0 when Vectorscan could not
 * scan (the caller then tries every rule). */
static int
scan(struct rules *rs, struct group *g, enum rule_field f, const char *s, size_t n)
{
	int ok;

	if (!g->db)
		return 1;
	if (f != FIELD_TEXT && g->flagged_ok && g->scanned->len == n &&
	    !memcmp(g->scanned->str, s, n))
		return 1;
	g->nflagged = 0;
	while (g->nseen)
		g->seen[g->seen_at[--g->nseen]] = 0;
	ok = hs_scan(g->db, s, (unsigned)(n > UINT32_MAX ? UINT32_MAX : n), 0,
	    rs->scratch, on_candidate, g) == HS_SUCCESS;
	if (f != FIELD_TEXT) {
		if (!g->scanned)
			g->scanned = g_string_sized_new(64);
		/* it held a sender's name, a subject */
		explicit_bzero(g->scanned->str, g->scanned->len);
		g_string_truncate(g->scanned, 0);
		g_string_append_len(g->scanned, s, (gssize)n);
		g->flagged_ok = ok;
	}
	return ok;
}

/* How many ASCII digits s holds. */
static size_t
count_digits(const char *s, size_t n)
{
	size_t i, d = 0;

	for (i = 0; i < n; i++)
		d += s[i] >= '0' && s[i] <= '9';
	return d;
}

/* Whether c may match a text of nd digits (see crule.digits). */
static int
enough_digits(const struct rules *rs, const struct crule *c, size_t nd)
{
	return rs->unfiltered || (size_t)c->digits <= nd;
}

int
rules_match(struct rules *rs, const json_t *rec, enum rule_kind kind,
    struct rules_result *res)
{
	size_t i, n, first, nd;
	const char *s, *cls = json_string_value(json_object_get(rec, "class"));
	int f;

	for (i = 0; i < res->nproblems; i++)
		g_free(res->problems[i]);
	res->nproblems = 0;
	res->nhits = 0;
	if (!rs->built[kind] && build_kind(rs, kind, res) != 0)
		return -1;
	for (f = 0; f < FIELD_COUNT; f++) {
		struct group *g = &rs->groups[kind][f];

		if (!g->n || !(s = rules_field_text(rs, rec, (enum rule_field)f, &n)))
			continue;
		to_run(g, scan(rs, g, (enum rule_field)f, s, n));
		nd = count_digits(s, n);
		first = res->nhits;
		for (i = 0; i < g->nrun; i++) {
			struct crule *c = g->rules[g->run[i]];

			if (c->pub.optional || c->pub.except || !enough_digits(rs, c, nd) ||
			    !rules_when_applies(&c->pub, cls) || !sender_applies(rs, c, rec))
				continue;
			run_rule(rs, c, s, n, res);
		}
		/* what the rules did not find, the learned model may: a clause, as
		 * a fallback hit that gives way to the rules and their exceptions */
		if (kind == KIND_CATEGORY && f == FIELD_TEXT)
			model_match(rs->model, cls, s, n, res);
		/* an exception can only cancel hits: it runs when its signal has some,
		 * and like any rule only in the classes and from the senders it names */
		for (i = 0; i < g->nrun && res->nhits > first; i++) {
			struct crule *c = g->rules[g->run[i]];

			if (c->pub.optional || !c->pub.except || !enough_digits(rs, c, nd) ||
			    !signal_hit(res, first, c->pub.signal) || !rules_when_applies(&c->pub, cls) ||
			    !sender_applies(rs, c, rec))
				continue;
			run_rule(rs, c, s, n, res);
		}
		apply_exceptions(res, first);
	}
	return 0;
}

void
rules_result_free(struct rules_result *res)
{
	size_t i;

	for (i = 0; i < res->nproblems; i++)
		g_free(res->problems[i]);
	g_free(res->problems);
	g_free(res->hits);
	memset(res, 0, sizeof(*res));
}
