/*
 * prefilter: what Vectorscan looks for on behalf of a PCRE2 rule.
 *
 * Vectorscan only has to say which rules may match (PCRE2 decides), so
 * it may look for less than the rule: any part every match must contain.
 * Rules put a person's context around the word that matters ("{SUBJ}
 * {GAP} heeft een burn-out"), and that context, with its \w-heavy gaps
 * and names, makes Vectorscan's compiler slow and its scan no faster.  So
 * the prefilter is a stretch of the pattern's top level that every match
 * contains, holds no such costly parts, and has the most letters of words
 * that are not everyday words ("heeft", "een" and "de" find everything),
 * with its lookarounds left out (which only lets more through).
 *
 * A word boundary where a word begins stays, as Vectorscan's ASCII \b,
 * when the word begins with ASCII letters, digits or underscores: where
 * PCRE2's Unicode \b holds before such a character, the character before
 * it is no Unicode word character, so no ASCII one either, and
 * Vectorscan's holds too (it lets more through only after é and the
 * like).  Without it "gen" would find every "morgen" and "oor" every
 * "voor".  Before a word of LONG_WORD letters or more it is left out: a
 * long word seldom ends another, and a boundary on each word of a long
 * list made Vectorscan's compiler take seconds.  A boundary just before
 * the stretch or group taken goes with it
 * ("\b(?:oog|oor)" looks for "\boog" and "\boor").  Where a word ends
 * the boundary is left out: Vectorscan 5.4.9 loses matches of such a \b
 * at the end of a text (see BOUNDARY_WORD).
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rules_priv.h"

/* A factor shorter than this finds too much to be worth a pass ... */
#define FACTOR_MIN 3
/* ... unless the whole pattern is longer than this: Vectorscan's compiler
 * takes seconds over long word lists repeated in alternatives */
#define WHOLE_MAX 256

struct cur {
	const char *p;
	size_t n, i;
};

/* What an item weighs, and whether Vectorscan would pay for it. */
struct weight {
	int letters;		/* literal letters of uncommon words every match has */
	int classy;		/* holds \w, \p{..}, ., or a class */
	int costly;		/* repeats a group holding those, or bounds their count */
	int zero;		/* an assertion: matches no characters */
	int bytes;		/* the longest run of literal bytes every match has */
};

static const char *const common[] = {
	"de", "het", "een", "en", "van", "in", "op", "te", "is", "dat", "die",
	"met", "voor", "niet", "zijn", "aan", "er", "om", "ook", "als", "bij",
	"of", "wat", "maar", "nog", "heeft", "hebben", "had", "heb", "hebt",
	"ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "mijn", "haar",
	"hun", "ons", "onze", "jouw", "uw", "was", "ben", "bent", "wordt",
	"werd", "naar", "over", "uit", "tot", "dan", "nu", "al", "the", "a",
	"an", "to", "and", "for", "on", "with", "be", "are", "it", "this",
	"by", "at", "from", NULL
};

static int alternation(struct cur *c, struct weight *w);

static int
is_common(const char *word, size_t n)
{
	const char *const *k;
	size_t i;

	/* "ALS", "MS": an acronym, written so under (?-i:), is no everyday word */
	for (i = 0; i < n && g_ascii_isupper(word[i]); i++)
		;
	if (n > 1 && i == n)
		return 0;
	/* called for every word of every rule: the first letter decides most
	 * (letters of another case differ in bit 0x20 only), and a word of n
	 * letters equal to *k is all of *k when (*k)[n] ends it */
	if (!n)
		return 0;
	for (k = common; *k; k++)
		if (!((**k ^ *word) & ~0x20) && !g_ascii_strncasecmp(*k, word, n) && !(*k)[n])
			return 1;
	return 0;
}

/* Words of literal letters, counted when they end unless they are common. */
struct words {
	char buf[64];
	size_t len;
	int letters;
	int total;
	int run, longest;	/* literal bytes in a row: now, and at most */
};

/* The run of literal bytes ends, after adding n more. */
static void
run_end(struct words *ws, int n)
{
	ws->run += n;
	if (ws->run > ws->longest)
		ws->longest = ws->run;
	ws->run = 0;
}

static void
word_end(struct words *ws)
{
	if (ws->len && !is_common(ws->buf, ws->len))
		ws->total += ws->letters;
	ws->len = 0;
	ws->letters = 0;
}

static void
word_add(struct words *ws, const char *ch, size_t n)
{
	if (ws->len + n < sizeof(ws->buf)) {
		memcpy(ws->buf + ws->len, ch, n);
		ws->len += n;
	}
	ws->letters++;
}

/* Skips one escape at c->i (a backslash). */
static void
escape(struct cur *c, struct weight *w)
{
	const char *p = c->p, *e;
	size_t i = c->i + 1;

	if (i >= c->n) {
		c->i = i;
		return;
	}
	if (p[i] == 'Q') {
		e = strstr(p + i, "\\E");
		c->i = e ? (size_t)(e - p) + 2 : c->n;
		return;
	}
	if (strchr("pPxgkNo", p[i]) && i + 1 < c->n && p[i + 1] == '{' &&
	    (e = memchr(p + i, '}', c->n - i))) {
		c->i = (size_t)(e - p) + 1;
		w->classy |= p[i] == 'p' || p[i] == 'P';
		return;
	}
	c->i = i + 1;
	w->zero = strchr("bBKAzZG", p[i]) != NULL;
	w->classy |= strchr("wWpPXdDsShHvVR", p[i]) != NULL;
}

static void
skip_class(struct cur *c, struct weight *w)
{
	const char *p = c->p;
	size_t i = c->i + 1;

	w->classy = 1;
	if (i < c->n && p[i] == '^')
		i++;
	if (i < c->n && p[i] == ']')
		i++;
	while (i < c->n && p[i] != ']') {
		if (p[i] == '\\')
			i += 2;
		else if (p[i] == '[' && i + 1 < c->n && p[i + 1] == ':') {
			const char *e = strstr(p + i + 2, ":]");

			i = e ? (size_t)(e - p) + 2 : i + 1;
		} else
			i++;
	}
	c->i = i < c->n ? i + 1 : c->n;
}

enum gkind { G_GROUP, G_LOOK, G_OPTION, G_VERB };

/* At '(': the kind of group, and c->i moved past its opening. */
static enum gkind
group_open(struct cur *c)
{
	const char *p = c->p + c->i, *e;
	size_t left = c->n - c->i, k;

	if (left >= 3 && p[1] == '?' && (p[2] == '=' || p[2] == '!')) {
		c->i += 3;
		return G_LOOK;
	}
	if (left >= 4 && p[1] == '?' && p[2] == '<' && (p[3] == '=' || p[3] == '!')) {
		c->i += 4;
		return G_LOOK;
	}
	if (left >= 2 && p[1] == '*') {	/* (*UCP) and other verbs */
		e = memchr(p, ')', left);
		c->i += e ? (size_t)(e - p) + 1 : left;
		return G_VERB;
	}
	if (left < 2 || p[1] != '?') {
		c->i += 1;
		return G_GROUP;
	}
	/* (?i) (?-i) set options; (?i: (?: (?<name> (?P<name> (?'name' open groups */
	for (k = 2; k < left && (g_ascii_isalpha(p[k]) || p[k] == '-' || p[k] == '^') &&
	    p[k] != 'P'; k++)
		;
	if (k < left && p[k] == ')') {
		c->i += k + 1;
		return G_OPTION;
	}
	if (k < left && p[k] == ':') {
		c->i += k + 1;
		return G_GROUP;
	}
	if (k < left && (p[k] == '<' || p[k] == 'P')) {
		e = memchr(p + k, '>', left - k);
		c->i += e ? (size_t)(e - p) + 1 : left;
		return G_GROUP;
	}
	if (k < left && p[k] == '\'') {
		e = memchr(p + k + 1, '\'', left - k - 1);
		c->i += e ? (size_t)(e - p) + 1 : left;
		return G_GROUP;
	}
	c->i += 2;
	return G_GROUP;
}

/* A quantifier at c->i: moves past it; *none when it allows none, *many
 * when more than one, *bounded when it counts ({2,5}). */
static void
quantifier(struct cur *c, int *none, int *many, int *bounded)
{
	const char *p = c->p;
	size_t i = c->i, k;

	*none = *many = *bounded = 0;
	if (i >= c->n)
		return;
	if (p[i] == '?')
		*none = 1, i++;
	else if (p[i] == '*')
		*none = *many = 1, i++;
	else if (p[i] == '+')
		*many = 1, i++;
	else if (p[i] == '{' && i + 1 < c->n && g_ascii_isdigit(p[i + 1])) {
		for (k = i + 1; k < c->n && (g_ascii_isdigit(p[k]) || p[k] == ','); k++)
			;
		if (k >= c->n || p[k] != '}')
			return;	/* a literal brace */
		*none = p[i + 1] == '0' && (p[i + 2] == ',' || p[i + 2] == '}');
		*many = !(k == i + 2 && p[i + 1] == '1');
		*bounded = *many;
		i = k + 1;
	} else
		return;
	if (i < c->n && (p[i] == '?' || p[i] == '+'))
		i++;
	c->i = i;
}

/*
 * One item at c->i, an atom and its quantifier, weighed.  A literal
 * character goes into ws, the words of the sequence it stands in.
 */
static void
item(struct cur *c, struct weight *w, struct words *ws)
{
	const char *p = c->p;
	size_t from = c->i;
	int none, many, bounded, lit = 0;
	enum gkind k;
	struct weight in = { 0 };

	memset(w, 0, sizeof(*w));
	switch (p[c->i]) {
	case '\\':
		escape(c, w);
		/* \. \- \/ are literal characters; they end a word */
		break;
	case '[':
		skip_class(c, w);
		break;
	case '(':
		k = group_open(c);
		if (k == G_OPTION || k == G_VERB) {
			w->zero = 1;
			return;
		}
		alternation(c, &in);
		if (c->i < c->n && p[c->i] == ')')
			c->i++;
		if (k == G_LOOK) {
			w->zero = 1;
			return;
		}
		w->letters = in.letters;
		w->classy = in.classy;
		w->costly = in.costly;
		w->bytes = in.bytes;
		break;
	case '^':
	case '$':
		c->i++;
		w->zero = 1;
		return;
	case '.':
		c->i++;
		w->classy = 1;
		break;
	default:
		c->i++;
		while (c->i < c->n && (p[c->i] & 0xC0) == 0x80)
			c->i++;
		lit = 1;
		break;
	}
	quantifier(c, &none, &many, &bounded);
	if (lit) {
		gunichar ch = g_utf8_get_char(p + from);
		int n = (int)(g_utf8_next_char(p + from) - (p + from));

		if (!none && !many)
			ws->run += n;
		else
			run_end(ws, none ? 0 : n);

		if (g_unichar_isalnum(ch) && !none && !many) {
			word_add(ws, p + from, (size_t)(g_utf8_next_char(p + from) - (p + from)));
			return;
		}
		word_end(ws);
		if (g_unichar_isalnum(ch) && !none)
			w->letters = 1;
		return;
	}
	word_end(ws);
	run_end(ws, 0);
	/* counted repeats of classes, and repeats of groups with them, are
	 * what the compiler unrolls into large automata */
	if (w->classy && (bounded || (p[from] == '(' && many)))
		w->costly = 1;
	if (none)
		w->letters = w->bytes = 0;
}

/* A sequence up to '|' or ')': the weight of all its items. */
static void
sequence(struct cur *c, struct weight *w)
{
	struct words ws = { { 0 }, 0, 0, 0, 0, 0 };
	struct weight x;

	memset(w, 0, sizeof(*w));
	while (c->i < c->n && c->p[c->i] != '|' && c->p[c->i] != ')') {
		item(c, &x, &ws);
		w->letters += x.letters;
		w->classy |= x.classy;
		w->costly |= x.costly;
		if (x.bytes > w->bytes)
			w->bytes = x.bytes;
	}
	word_end(&ws);
	run_end(&ws, 0);
	w->letters += ws.total;
	if (ws.longest > w->bytes)
		w->bytes = ws.longest;
}

/* Alternatives up to ')': the lightest one's letters, anyone's cost. */
static int
alternation(struct cur *c, struct weight *w)
{
	struct weight x;

	sequence(c, w);
	while (c->i < c->n && c->p[c->i] == '|') {
		c->i++;
		sequence(c, &x);
		if (x.letters < w->letters)
			w->letters = x.letters;
		if (x.bytes < w->bytes)
			w->bytes = x.bytes;
		w->classy |= x.classy;
		w->costly |= x.costly;
	}
	return w->letters;
}

/*
 * Vectorscan is asked for ASCII classes (its Unicode mode makes its
 * compiler many times slower), so each class is widened until it takes
 * every character PCRE2's Unicode class takes: \w and \d cannot hold a
 * space, and \s becomes \W, every character but an ASCII letter, digit
 * or underscore, which holds every Unicode space and compiles far faster
 * than a list of them.
 */

static const char *
widened(char e, int in_class)
{
	switch (e) {
	case 'w': return "\\S";
	case 'd': return "\\p{Nd}";
	case 'W': return in_class ? "\\s\\S" : "[\\s\\S]";
	case 's': return "\\W";
	default: return NULL;
	}
}

static void
put_class(GString *s, const char *p, size_t from, size_t to)
{
	size_t i = from + 1;
	const char *wide;
	int negated = i < to && p[i] == '^', changes = 0;

	for (; i + 1 < to; i++)
		if (p[i] == '\\') {
			changes += widened(p[i + 1], 1) != NULL;
			i++;
		}
	if (negated && changes) {
		g_string_append(s, "[\\s\\S]");	/* the negation of a narrower class is wider */
		return;
	}
	for (i = from; i < to; i++) {
		if (p[i] == '\\' && i + 1 < to && (wide = widened(p[i + 1], 1))) {
			g_string_append(s, wide);
			i++;
		} else if (p[i] == '\\' && i + 1 < to) {
			g_string_append_len(s, p + i, 2);
			i++;
		} else
			g_string_append_c(s, p[i]);
	}
}

static int
is_word(char ch)
{
	return g_ascii_isalnum(ch) || ch == '_';
}

/* Whether p[i] is an ASCII word character of the pattern that every match
 * has there (no quantifier lets it be left out). */
static int
word_at(const char *p, size_t i, size_t n)
{
	return i < n && is_word(p[i]) && (i + 1 >= n || !strchr("?*{", p[i + 1]));
}

/*
 * A boundary is given to Vectorscan only before a word of at least this
 * many such characters.  Vectorscan 5.4.9 (Debian's), on this machine's
 * AVX-512, loses matches of short words with assertions beside them, and
 * of a \b after a word at the end of a text ("MS\b", "\bbnm\b"), as a
 * differential test against PCRE2 on random texts found; a \b before a
 * word of three or more lost none in millions of comparisons.
 */
#define BOUNDARY_WORD 3

static int
word_from(const char *p, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k + 1 < BOUNDARY_WORD; k++)
		if (!(i + k < n && is_word(p[i + k])))
			return 0;
	return word_at(p, i + k, n);
}

/*
 * Whether a word of at least LONG_WORD literal letters begins at p[i]:
 * before such a word a boundary lets through hardly less (a long word
 * rarely ends another), while each one Vectorscan is asked for makes its
 * compiler build an automaton where a list of literals would do; long
 * lists of words with boundaries took seconds to compile.
 */
#define LONG_WORD 6

static int
long_word(const char *p, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < LONG_WORD; k++)
		if (!word_at(p, i + k, n) || g_ascii_isdigit(p[i + k]))
			return 0;
	return 1;
}

/* Whether the zero-width item p[from..to) says no word character comes
 * before, as \b or a "no word character" lookbehind does. */
static int
is_boundary(const char *p, size_t from, size_t to)
{
	static const char *const forms[] = {
		"\\b", "(?<!\\w)", "(?<![\\w-])", NULL
	};
	const char *const *f;

	for (f = forms; *f; f++)
		if (strlen(*f) == to - from && !memcmp(*f, p + from, to - from))
			return 1;
	return 0;
}

/* Past the ')' that closes the group opening at p[open]; 0 when none does. */
static size_t
group_end(const char *p, size_t n, size_t open)
{
	size_t i;
	int depth = 0;

	for (i = open; i < n; i++) {
		if (p[i] == '\\')
			i++;
		else if (p[i] == '[') {
			struct cur t = { p, n, i };
			struct weight x;

			skip_class(&t, &x);
			i = t.i - 1;
		} else if (p[i] == '(')
			depth++;
		else if (p[i] == ')' && !--depth)
			return i + 1;
	}
	return 0;
}

/* Whether c is a character no Unicode word character is written as. */
static int
non_word(char c)
{
	return (unsigned char)c < 0x80 && !is_word(c) && c != '\\' && c != '[' &&
	    c != '(' && c != ')' && c != '|' && c != '.' && c != '^' && c != '$' &&
	    c != '?' && c != '*' && c != '+' && c != '{';
}

/*
 * Whether the item p[from..to) always ends in a character that is no
 * Unicode word character (\s+, a space, "[\s,]"), so that a word begins
 * right after it (which is no ASCII word character either).
 */
static int
ends_non_word(const char *p, size_t from, size_t to)
{
	size_t i;

	if (to > from + 1 && p[to - 1] == '+' && p[to - 2] != '\\')
		to--;
	if (to == from + 1)
		return non_word(p[from]) && p[from] != ']';
	if (to == from + 2 && p[from] == '\\')
		return strchr("sWhv", p[from + 1]) || (non_word(p[from + 1]) && p[from + 1] != 'b');
	if (to < from + 3 || p[from] != '[' || p[to - 1] != ']' || p[from + 1] == '^')
		return 0;
	for (i = from + 1; i + 1 < to; i++) {
		if (p[i] == '\\' && i + 2 < to && (strchr("sWhv", p[i + 1]) ||
		    (!g_ascii_isalnum(p[i + 1]) && (unsigned char)p[i + 1] < 0x80)))
			i++;
		else if (p[i] == '-' && i != from + 1 && i + 2 != to)
			return 0;	/* a range */
		else if (!non_word(p[i]) && !strchr(".?*+{()|$^", p[i]))
			return 0;
	}
	return 1;
}

/*
 * Whether the group p[from..to), with its quantifier, ends in a character
 * that is no word character whenever it matches something: each of its
 * alternatives ends in such an item ("(?:[\w-]+-)?" before "gen"), or in
 * such a group that is not optional.
 */
static int
group_ends_non_word(const char *p, size_t from, size_t to)
{
	struct cur c = { p, to, from };
	struct weight w;
	struct words ws = { { 0 }, 0, 0, 0, 0, 0 };
	size_t close = group_end(p, to, from), alt, last;

	if (group_open(&c) != G_GROUP || !close)
		return 0;
	c.n = close - 1;
	alt = last = c.i;
	for (;;) {
		if (c.i >= c.n || p[c.i] == '|') {
			if (c.i == alt)
				return 0;	/* an empty alternative */
			if (p[last] == '(' ? !(p[c.i - 1] == ')' ||
				(p[c.i - 1] == '+' && p[c.i - 2] == ')')) ||
			    !group_ends_non_word(p, last, c.i) : !ends_non_word(p, last, c.i))
				return 0;
			if (c.i >= c.n)
				return 1;
			alt = last = ++c.i;
			continue;
		}
		last = c.i;
		item(&c, &w, &ws);
	}
}

/*
 * The text without lookarounds and \K, classes widened, and word
 * boundaries kept before a word of ASCII word characters, also where the
 * boundary stands before a group that is not repeated (then it stands
 * before each of its alternatives); lb: a word boundary holds just before
 * the text.
 */
static char *
strip(const char *p, size_t n, int lb)
{
	GString *s = g_string_new(NULL);
	struct cur c = { p, n, 0 };
	struct words ws = { { 0 }, 0, 0, 0, 0, 0 };
	struct weight w;
	const char *wide;
	size_t from, end;
	/* per open group: whether each of its alternatives begins a word */
	char begins[64] = { 0 };
	int depth = 0, at_b = lb;

	begins[0] = (char)lb;
	while (c.i < n) {
		from = c.i;
		if (p[c.i] == '(') {
			enum gkind k = group_open(&c);

			if (k == G_LOOK) {
				c.i = from;
				item(&c, &w, &ws);	/* the lookaround and any quantifier */
				at_b |= is_boundary(p, from, c.i);
				continue;
			}
			g_string_append_len(s, p + from, (gssize)(c.i - from));
			if (k != G_GROUP)
				continue;	/* options: no characters */
			end = group_end(p, n, from);
			depth++;
			at_b = at_b && end && (end >= n || !strchr("?*+{", p[end])) &&
			    depth < (int)sizeof(begins);
			if (depth < (int)sizeof(begins))
				begins[depth] = (char)at_b;
			continue;
		}
		if (p[c.i] == ')' || p[c.i] == '|') {
			if (p[c.i] == ')' && depth > 0)
				depth--;
			at_b = p[c.i] == '|' && depth < (int)sizeof(begins) && begins[depth];
			g_string_append_c(s, p[c.i++]);
			continue;
		}
		if (p[c.i] == '\\' && c.i + 1 < n && strchr("bBK", p[c.i + 1])) {
			at_b |= p[c.i + 1] == 'b';
			c.i += 2;
			continue;
		}
		if (p[c.i] == '{') {	/* a count, or a literal brace */
			int none, many, bounded;

			quantifier(&c, &none, &many, &bounded);
			if (c.i > from) {
				g_string_append_len(s, p + from, (gssize)(c.i - from));
				at_b = 0;
				continue;
			}
		}
		if (at_b && word_from(p, c.i, n) && !long_word(p, c.i, n))
			g_string_append(s, "\\b");
		if (p[c.i] == '\\' && c.i + 1 < n && (wide = widened(p[c.i + 1], 0))) {
			g_string_append(s, wide);
			c.i += 2;
		} else if (p[c.i] == '\\') {
			escape(&c, &w);
			g_string_append_len(s, p + from, (gssize)(c.i - from));
		} else if (p[c.i] == '[') {
			skip_class(&c, &w);
			put_class(s, p, from, c.i);
		} else
			g_string_append_c(s, p[c.i++]);
		/* a '+' after it is the next character, and keeps what it ends in */
		if (c.i < n && p[c.i] == '+')
			g_string_append_c(s, p[c.i++]);
		at_b = ends_non_word(p, from, c.i);
	}
	return g_string_free(s, FALSE);
}

static char *factor(const char *pat, int lb, char **also);

/* An item of a pattern's top level that could be its factor: a stretch
 * of literal characters (f NULL) or a group (f: what is inside it, or
 * NULL for the group whole). */
struct cand {
	size_t s, e;
	int letters;
	int lb;			/* a word boundary holds just before it */
	char *f;
};

/* A second part with fewer letters of uncommon words than this rules out
 * too little to be worth looking for */
#define ALSO_MIN 2

/*
 * Whether a second part is words only, without classes: with classes
 * too, second parts made the personal-data database 5.7 MB instead of
 * 4.2, and ihh-redact 2 MB larger, for little more they ruled out.
 */
static int
plain(const char *f)
{
	return f && !strpbrk(f, "[.") && !strstr(f, "\\S") && !strstr(f, "\\p");
}

static void
cands_free(GArray *cands)
{
	size_t i;

	for (i = 0; i < cands->len; i++)
		g_free(g_array_index(cands, struct cand, i).f);
	g_array_free(cands, TRUE);
}

/* What Vectorscan is to look for on behalf of the candidate x. */
static char *
cand_text(const char *pat, struct cand *x)
{
	char *f = x->f ? x->f : strip(pat + x->s, x->e - x->s, x->lb);

	x->f = NULL;
	return f;
}

/*
 * A group chosen as the factor: the factor of what is inside it, which is
 * smaller, under the group's own options ("(?-i:").  NULL when the inside
 * offers nothing better than the group.  lb: a word boundary holds just
 * before the group, so at the start of what is inside when it is not
 * repeated.
 */
static char *
inside(const char *pat, size_t s, size_t e, int lb)
{
	struct cur c = { pat, e, s };
	size_t open, close = group_end(pat, e, s);
	enum gkind k = group_open(&c);
	char *in, *pf, *out;

	if (k != G_GROUP || !close)
		return NULL;
	open = c.i;
	if (close < e)
		lb = 0;	/* a quantifier */
	in = g_strndup(pat + open, close - 1 - open);
	pf = factor(in, lb, NULL);
	g_free(in);
	if (!pf)
		return NULL;
	/* keep "(?-i:" and the like; a plain or named group needs no wrapping */
	if (pat[s + 1] == '?' && pat[open - 1] == ':' && open - s > 3)
		out = g_strdup_printf("%.*s%s)", (int)(open - s), pat + s, pf);
	else
		out = g_strdup_printf("(?:%s)", pf);
	g_free(pf);
	return out;
}

/* Whether the prefilter f can be met by a single literal byte. */
static int
one_byte(const char *f)
{
	struct cur c = { f, strlen(f), 0 };
	struct weight w;

	alternation(&c, &w);
	return w.bytes < 2;
}

/*
 * The prefilter of a rule, or NULL when PCRE2 is to run it on every
 * record: also when the prefilter can be met by a single literal byte
 * ("0" of a phone number, "O" of a chat title), as Vectorscan 5.4.9 on
 * AVX-512 loses matches of one-byte literals (see BOUNDARY_WORD).
 * *also, when asked for, is another item of the top level that every
 * match holds too, the next best one ("zit|zat" beside "gevangenis|cel"),
 * under the same terms, or NULL.
 */
char *
prefilter_of(const char *pat, char **also)
{
	char *f = factor(pat, 0, also);

	if (also && *also && one_byte(*also)) {
		g_free(*also);
		*also = NULL;
	}
	if (f && one_byte(f)) {
		g_free(f);
		f = NULL;
	}
	if (!f && also) {
		g_free(*also);
		*also = NULL;
	}
	return f;
}

/*
 * The prefilter of pat, where lb says a word boundary holds just before
 * it; *also (when also is given) gets a second part every match holds,
 * or NULL.
 */
static char *
factor(const char *pat, int lb, char **also)
{
	struct cur c = { pat, strlen(pat), 0 };
	struct weight w;
	struct words ws = { { 0 }, 0, 0, 0, 0, 0 };
	size_t run_s = 0, run_e = 0, opts = 0, s, b, sec;
	int best = -1, depth = 0, whole_costly = 0, in_run = 0, simple;
	int at_b = lb, before_b, run_lb = 0, any_two = 0;
	char *f, *out, *two;
	enum gkind k;
	size_t i, alt;
	GString *alts = NULL, *twos = NULL;
	GArray *cands;
	struct cand cd, *cs;

	if (also)
		*also = NULL;

	/* options at the start, such as (?i), hold for the factor too */
	while (c.i < c.n && pat[c.i] == '(') {
		size_t from = c.i;

		k = group_open(&c);
		if (k != G_OPTION && k != G_VERB) {
			c.i = from;
			break;
		}
		opts = c.i;
	}
	/* alternatives at the top level: a factor of each, any of them */
	for (i = c.i, alt = c.i; i <= c.n; i++) {
		if (i < c.n && pat[i] == '\\')
			i++;
		else if (i < c.n && pat[i] == '[') {
			struct cur t = { pat, c.n, i };
			struct weight x;

			skip_class(&t, &x);
			i = t.i - 1;
		} else if (i < c.n && pat[i] == '(')
			depth++;
		else if (i < c.n && pat[i] == ')')
			depth--;
		else if ((i == c.n && alts) || (i < c.n && pat[i] == '|' && depth == 0)) {
			char *one = g_strndup(pat + alt, i - alt), *pf;

			/* each alternative's second part, any of them; an
			 * alternative without one gives its first part again,
			 * which still narrows what the others let through */
			two = NULL;
			pf = factor(one, lb, also ? &two : NULL);
			if (pf && !plain(two)) {
				g_free(two);
				two = NULL;
			}
			g_free(one);
			if (!pf) {
				if (alts)
					g_string_free(alts, TRUE);
				if (twos)
					g_string_free(twos, TRUE);
				g_free(two);
				return NULL;
			}
			if (!alts)
				alts = g_string_new(NULL);
			g_string_append_printf(alts, "%s(?:%s)", alts->len ? "|" : "", pf);
			if (also && (two || plain(pf))) {
				if (!twos)
					twos = g_string_new(NULL);
				g_string_append_printf(twos, "%s(?:%s)", twos->len ? "|" : "",
				    two ? two : pf);
				any_two |= two != NULL;
			} else
				also = NULL;
			g_free(pf);
			g_free(two);
			alt = i + 1;
		}
	}
	if (alts) {
		out = g_strdup_printf("%.*s%s", (int)opts, pat, alts->str);
		g_string_free(alts, TRUE);
		if (also && any_two)
			*also = g_strdup_printf("%.*s%s", (int)opts, pat, twos->str);
		if (twos)
			g_string_free(twos, TRUE);
		return out;
	}
	cands = g_array_new(FALSE, FALSE, sizeof(struct cand));
	/*
	 * The factor is one item of the top level: a group, or a stretch of
	 * literal characters (with \s and the like between words), whichever
	 * holds the most letters of uncommon words; the later one on a tie,
	 * as rules put the word that matters after its context.
	 */
	for (;;) {
		s = c.i;
		before_b = at_b;
		if (c.i < c.n) {
			memset(&w, 0, sizeof(w));
			simple = pat[s] != '(' && pat[s] != '[' && pat[s] != '.';
			item(&c, &w, &ws);
			whole_costly |= w.costly;
			/* a group that may match nothing keeps what held before it */
			at_b = w.zero ? before_b || is_boundary(pat, s, c.i) :
			    pat[s] == '(' ? group_ends_non_word(pat, s, c.i) &&
			    (before_b || pat[c.i - 1] == ')' ||
				(pat[c.i - 1] == '+' && pat[c.i - 2] == ')')) :
			    ends_non_word(pat, s, c.i);
			if (simple && !w.costly && !w.zero) {
				if (!in_run) {
					run_s = s;
					run_lb = before_b;
					ws.total = 0;
				}
				in_run = 1;
				run_e = c.i;
				continue;
			}
			if (w.zero)
				continue;	/* assertions neither make nor break a stretch */
		}
		if (in_run) {
			word_end(&ws);
			cd = (struct cand){ run_s, run_e, ws.total, run_lb, NULL };
			g_array_append_val(cands, cd);
			if (ws.total > best)
				best = ws.total;
			in_run = 0;
			ws.total = 0;
		}
		if (c.i >= c.n && s >= c.n)
			break;
		/* a group: what is inside it, or (when that offers nothing and
		 * the group costs nothing) the group itself */
		if (s < c.n && pat[s] == '(' && w.letters > 0 &&
		    (w.letters >= best || also) &&
		    ((f = inside(pat, s, c.i, before_b)) || !w.costly)) {
			/* the group whole: no boundary added */
			cd = (struct cand){ s, c.i, w.letters, 0, f };
			g_array_append_val(cands, cd);
			if (w.letters > best)
				best = w.letters;
		}
		if (s >= c.n)
			break;
	}
	/* a short factor finds much: the whole pattern then, when it is cheap
	 * to compile; else the short factor, still better than running the
	 * rule on every record */
	if (!whole_costly && (best <= 0 || (best < FACTOR_MIN && c.n <= WHOLE_MAX))) {
		cands_free(cands);
		return strip(pat, c.n, lb);
	}
	if (best <= 0) {
		cands_free(cands);
		return NULL;
	}
	/* the candidate with the most letters, the later one on a tie (rules
	 * put the word that matters after its context); and for *also the
	 * next best, which every match holds as well */
	cs = (struct cand *)(void *)cands->data;
	for (i = 0, b = 0; i < cands->len; i++)
		if (cs[i].letters >= cs[b].letters)
			b = i;
	for (i = 0, sec = cands->len; i < cands->len; i++)
		if (i != b && cs[i].letters >= ALSO_MIN &&
		    (sec == cands->len || cs[i].letters >= cs[sec].letters))
			sec = i;
	f = cand_text(pat, &cs[b]);
	out = g_strdup_printf("%.*s%s", (int)opts, pat, f);
	g_free(f);
	if (also && sec < cands->len) {
		f = cand_text(pat, &cs[sec]);
		if (plain(f))
			*also = g_strdup_printf("%.*s%s", (int)opts, pat, f);
		g_free(f);
	}
	cands_free(cands);
	return out;
}

/*
 * The fewest ASCII digits every match of a rule holds ([0-9]{9} of a
 * BSN, the ten of a phone number): a message with fewer cannot match, and
 * PCRE2 need not run the rule on it.  The rules that Vectorscan cannot
 * take are such numbers, and ran on every message.
 */

static int digits_alternation(struct cur *c);

/* Whether the class p[from..to) holds ASCII digits only ("[0-9]", "[1-57-9]"). */
static int
digit_class(const char *p, size_t from, size_t to)
{
	size_t i;

	if (to < from + 3 || p[from + 1] == '^')
		return 0;
	for (i = from + 1; i + 1 < to; i++)
		if (!g_ascii_isdigit(p[i]) && !(p[i] == '-' && i > from + 1 && i + 2 < to))
			return 0;
	return 1;
}

/* The least count a quantifier at p[q..e) allows: 1 when there is none. */
static int
least(const char *p, size_t q, size_t e)
{
	if (q == e)
		return 1;
	if (p[q] == '?' || p[q] == '*')
		return 0;
	if (p[q] == '+')
		return 1;
	return atoi(p + q + 1);		/* {m} {m,} {m,n} */
}

static int
digits_item(struct cur *c)
{
	const char *p = c->p;
	size_t from = c->i, q;
	struct weight w;
	int d = 0, none, many, bounded;
	enum gkind k;

	switch (p[c->i]) {
	case '\\':
		escape(c, &w);	/* \d may be a digit of another script: not counted */
		break;
	case '[':
		skip_class(c, &w);
		d = digit_class(p, from, c->i);
		break;
	case '(':
		k = group_open(c);
		if (k == G_OPTION || k == G_VERB)
			return 0;
		d = digits_alternation(c);
		if (c->i < c->n && p[c->i] == ')')
			c->i++;
		if (k == G_LOOK)
			d = 0;	/* what it looks at is not part of the match */
		break;
	case '^':
	case '$':
		c->i++;
		return 0;
	default:
		d = g_ascii_isdigit(p[c->i]);
		c->i++;
		while (c->i < c->n && (p[c->i] & 0xC0) == 0x80)
			c->i++;
		break;
	}
	q = c->i;
	quantifier(c, &none, &many, &bounded);
	return d * least(p, q, c->i);
}

static int
digits_alternation(struct cur *c)
{
	int best = -1, d;

	for (;;) {
		d = 0;
		while (c->i < c->n && c->p[c->i] != '|' && c->p[c->i] != ')')
			d += digits_item(c);
		if (best < 0 || d < best)
			best = d;
		if (c->i >= c->n || c->p[c->i] != '|')
			return best;
		c->i++;
	}
}

int
prefilter_digits(const char *pat)
{
	struct cur c = { pat, strlen(pat), 0 };
	const char *q;
	int d = 0;

	/* conditions, recursion, callouts and comments would be read as
	 * characters of the match */
	for (q = strstr(pat, "(?"); q; q = strstr(q + 2, "(?"))
		if (strchr("(R+-&0123456789P#C", q[2]) && !(q[2] == '-' && g_ascii_isalpha(q[3])))
			return 0;
	if (strstr(pat, "(?x") || strstr(pat, "(*") || strstr(pat, "{,"))
		return 0;
	while (c.i < c.n) {
		d += digits_alternation(&c);
		if (c.i < c.n)	/* an unbalanced ')': give up */
			return 0;
	}
	return d;
}
