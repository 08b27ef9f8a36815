/*
 * The prefilter: the part of a rule Vectorscan looks for must be found in
 * every text the rule matches (else a hit is lost), and should be a word
 * that matters (else it finds everything).
 */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <glib.h>

#include "harness.h"
#include "rules.h"
#include "rules_priv.h"

/* \\s as Vectorscan is given it */
#define WS "\\W"

/* arrays, not pointers: Criterion copies parameters into another process */
struct factor {
	char pattern[200];
	char want[320];		/* "" when none is worth a pass */
};

static struct factor factors[] = {
	{ "\\bkamer\\b", "\\bkamer" },
	/* before a long word it goes: it lets hardly more through, and long
	 * lists of words each with a boundary take Vectorscan's compiler
	 * seconds (see LONG_WORD) */
	{ "\\bkamerbrie(?:f|ven)\\b", "kamerbrie" },
	{ "\\b(?:autisme|ADHD|dyslexie)\\b", "(?:(?:autisme)|(?:\\bADHD)|(?:dyslexie))" },
	/* a word's beginning stays, so "gen" does not find "morgen": before
	 * the stretch or group taken, after a lookbehind that says the same;
	 * not before a word of two letters, inside a repeated group, or where
	 * a word ends (see BOUNDARY_WORD in prefilter.c) */
	{ "\\b(?:oog|oren|MS)\\b", "(?:\\boog|\\boren|MS)" },
	{ "(?<![\\w-])gen\\s+voor", "\\bgen" WS "+\\bvoor" },
	/* after a group that, when it matches, ends in no word character: if
	 * it may match nothing, only where a word began before it */
	{ "\\b(?:de\\s+)?gebit", "\\bgebit" },
	{ "\\s+(?:[\\w-]+-)?gen\\s+voor", "\\bgen" WS "+\\bvoor" },
	{ "\\s+(?:BRCA|CF-)gen\\s+voor", "gen" WS "+\\bvoor" },
	{ "\\s+(?:[\\w-]+-|erf\\w*)?gen\\s+voor", "gen" WS "+\\bvoor" },
	{ "(?:[\\w-]+-)?gen\\s+voor", "gen" WS "+\\bvoor" },
	{ "x(?:[\\w-]+-)gen\\s+voor", "\\bgen" WS "+\\bvoor" },
	{ "\\b(?:gen|defect)+\\b", "(?:(?:gen)|(?:defect))" },
	/* after a space or a class of no word characters a word begins too;
	 * not inside a count */
	{ "[\\s,]+(?:heup|knie)\\s+\\w+", "(?:(?:\\bheup)|(?:\\bknie))" },
	{ "\\bheup,{0,100}knie", "\\bheup,{0,100}knie" },
	/* the context before \\K and the common words give way to the fact */
	{ "\\b(?:ik|hij)\\s+\\Kheeft\\s+een\\s+(?:beginnende\\s+)?burn-?out\\b", "\\bburn-?out" },
	{ "(?:is|ben)\\s+(?:(?:al|ook)\\s+)?(?:katholiek|joods)\\s+opgevoed", WS "+opgevoed" },
	/* lookarounds only narrow a match: left out */
	{ "(?i)abc(?=x)def", "(?i)abcdef" },
	/* a group's options stay with what is taken from inside it */
	{ "lid\\s+van\\s+de\\s+(?-i:FNV|CNV)", "(?-i:(?:\\bFNV)|(?:\\bCNV))" },
	/* alternatives at the top: a factor of each */
	{ "@\\w+\\.(?:vng|ipo)\\.nl|veiligheidsregio\\w*", "(?:(?:(?:vng)|(?:ipo)))|(?:veiligheidsregio\\S*)" },
	/* Unicode classes become ASCII ones that take at least as much */
	{ "\\bcaf\\w\\b", "\\bcaf\\S" },
	/* an acronym kept case-sensitive is no everyday word, however short */
	{ "\\b(?:ik|hij)\\s+(?:\\w+\\s+){0,3}(?-i:ALS|MS)\\b", "(?-i:(?:\\bALS)|(?:MS))" },
	/* a costly group still gives what every one of its alternatives holds */
	{ "\\b(?:ik|hij)\\s+\\K(?:is\\s+verdacht\\s+\\w+(?:\\s+\\w+){0,2}|zit\\s+vast)",
	  "(?:(?:is" WS "+verdacht" WS "+\\S+)|(?:\\bzit" WS "+\\bvast))" },
	/* a short factor rather than none when the rest is too costly */
	{ "\\bNL\\d{2}\\s?[A-Z]{4}(?:\\s?\\d{2,4}){3,4}\\b", "NL" },
	/* nothing worth looking for: PCRE2 runs the rule on every record */
	{ "\\d{9}", "" },
	/* nor when one byte is all it may hold: Vectorscan 5.4.9 on AVX-512
	 * loses matches of a one-byte literal among others */
	{ "\\b(?:\\+31|0)\\s?6\\d{8}\\b", "" },
	{ "\\b(?:\\+31|06)\\d{8}\\b", "(?:(?:\\+31)|(?:06))" },
};

ParameterizedTestParameters(prefilter, factors)
{
	return cr_make_param_array(struct factor, factors, sizeof(factors) / sizeof(factors[0]));
}

ParameterizedTest(struct factor *f, prefilter, factors)
{
	char *got = prefilter_of(f->pattern, NULL);

	if (!*f->want)
		cr_assert_null(got, "%s gave %s", f->pattern, got);
	else
		cr_assert_str_eq(got ? got : "(null)", f->want, "for %s: %s", f->pattern, got ? got : "(null)");
	g_free(got);
}

/* The second part Vectorscan looks for: another item every match holds. */
static struct factor alsos[] = {
	/* the everyday verbs beside the word that matters */
	{ "\\b(?:ik|hij)\\s+\\K(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)\\b",
	  "(?:(?:\\bzit)|(?:\\bzat))" },
	{ "\\bkwam\\s+uit\\s+de\\s+kast\\b", "" },
	/* each alternative's, any of them; one without a second part gives
	 * its first */
	{ "\\b(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)|\\bburn-?out\\b",
	  "(?:(?:(?:\\bzit)|(?:\\bzat)))|(?:\\bburn-?out)" },
	{ "\\bburn-?out\\b|\\bdepressie\\b", "" },
	/* words only: an alternative whose second part has classes gives its
	 * first; none when that has them too */
	{ "\\b(?:\\w+ab)\\s+(?:gevangenis|bajes)|\\b(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)",
	  "(?:(?:(?:gevangenis)|(?:\\bbajes)))|(?:(?:(?:\\bzit)|(?:\\bzat)))" },
	{ "\\b(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)|\\bburn\\w+", "" },
	/* never one that a single byte meets */
	{ "\\b(?:a|b)\\s+gevangenis", "" },
};

ParameterizedTestParameters(prefilter, alsos)
{
	return cr_make_param_array(struct factor, alsos, sizeof(alsos) / sizeof(alsos[0]));
}

ParameterizedTest(struct factor *f, prefilter, alsos)
{
	char *also = NULL, *got = prefilter_of(f->pattern, &also);

	cr_assert_not_null(got, "%s has no prefilter", f->pattern);
	if (!*f->want)
		cr_assert_null(also, "%s gave %s", f->pattern, also);
	else
		cr_assert_str_eq(also ? also : "(null)", f->want, "for %s: %s", f->pattern,
		    also ? also : "(null)");
	g_free(got);
	g_free(also);
}

/* The fewest ASCII digits a match holds: a text with fewer is not run. */
struct digits {
	char pattern[200];
	int want;
};

static struct digits digitss[] = {
	{ "(?<![\\w.,\\/€+-])(?<!€\\s)[0-9]{9}(?![\\w]|[.,\\/-][0-9])", 9 },
	{ "[0-9](?:[\\h.-]?[0-9]){8}(?=\\s*(?:BSN|sofinummer))", 9 },
	{ "0[1-57-9][0-9][\\h-]?(?:[0-9][\\h.-]?){6}[0-9]", 10 },
	/* the fewest of the alternatives; optional parts count for none */
	{ "[0-9]{3}-[0-9]{3}|[0-9]{8}", 6 },
	{ "\\+[1-9][0-9]{0,2}(?:[\\h-]?\\(0\\))?(?:[\\h-]?[0-9]){7,12}", 8 },
	{ "(?i)(?:AT|EE)[0-9]{2}(?:\\h?[A-Z0-9]{4}){4}", 2 },
	/* \\d may be a digit of another script; lookarounds match nothing */
	{ "\\d{9}", 0 },
	{ "abc(?=[0-9]{4})", 0 },
	{ "[^0-9]{5}", 0 },
	{ "\\Q123\\E", 0 },
	/* what would be read wrongly is not read at all */
	{ "a(?1)b12", 0 },
	{ "(?(1)12|34)", 0 },
	{ "x{,5}", 0 },
};

ParameterizedTestParameters(prefilter, digits)
{
	return cr_make_param_array(struct digits, digitss, sizeof(digitss) / sizeof(digitss[0]));
}

ParameterizedTest(struct digits *d, prefilter, digits)
{
	cr_assert_eq(prefilter_digits(d->pattern), d->want, "%s", d->pattern);
}

/* Texts every rule must find through the prefilter, however it is cut down. */
struct sound {
	char rule[220];
	char text[160];
};

static struct sound sounds[] = {
	{ "x.a gezondheid 1 text /\\b(?:ik|hij)\\s+\\Kheeft\\s+een\\s+(?:beginnende\\s+)?burn-?out\\b/i", "Hij heeft een BEGINNENDE burnout." },
	/* a no-break space where the rule says \\s */
	{ "x.b gezondheid 1 text /\\bligt\\s+in\\s+het\\s+ziekenhuis\\b/i", "Mama ligt\xC2\xA0in\xE2\x80\xAFhet ziekenhuis" },
	/* é, É and other letters where the rule says \\w */
	{ "x.c prive 1 text /\\bcaf\\w\\s+\\w+je\\b/i", "Het CAFÉ ëtje is dicht" },
	{ "x.d religie 1 text /(?:is|ben)\\s+(?:(?:al|ook)\\s+)?(?:katholiek|joods)\\s+opgevoed/i", "ik ben ook JOODS opgevoed" },
	{ "x.e vakbond 1 text /lid\\s+van\\s+de\\s+(?-i:FNV|CNV)/i", "Ze is LID VAN DE CNV" },
	{ "x.f bsn 1 text /\\b\\d{3}\\s?\\d{3}\\s?\\d{3}\\b/", "nummer 111 222 333 toch" },
	{ "x.h strafrechtelijk 1 text /\\b(?:ik|hij)\\s+\\K(?:is\\s+verdacht\\s+\\w+(?:\\s+\\w+){0,2}|zit\\s+vast)/i", "Hij IS verdacht van diefstal" },
	{ "x.i gezondheid 1 text /\\b(?:hij|zij)\\s+(?:\\w+\\s+){0,3}(?-i:ALS|MS)\\b/i", "zij heeft helaas MS" },
	/* through both parts Vectorscan looks for, or either alternative */
	{ "x.j strafrechtelijk 1 text /\\b(?:ik|hij)\\s+\\K(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)\\b/i", "Hij ZAT in de bajes" },
	{ "x.k strafrechtelijk 1 text /\\b(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)|\\bburn-?out\\b/i", "een burn-out" },
	{ "x.l strafrechtelijk 1 text /\\b(?:zit|zat)\\s+in\\s+de\\s+(?:gevangenis|bajes)|\\bburn-?out\\b/i", "hij zat in de gevangenis" },
	/* as few digits as the rule needs, the number at the text's start */
	{ "x.m bsn 1 text /(?<![\\w.,\\/€+-])[0-9]{9}(?![\\w]|[.,\\/-][0-9])/", "111222333 is het" },
	{ "x.n telefoon 1 text /(?<![\\w+.,\\/-])0\\h?6[\\h-]?(?:[0-9][\\h.-]?){7}[0-9](?![0-9]|[\\h.-][0-9])/", "06-12345678" },
	{ "x.g seksualiteit 1 text /\\b(?:(?:ik|jij)\\s+\\K(?:zit|is)\\s+op\\s+(?:Grindr|Lexa)\\b|(?:mijn|zijn)\\s+\\K(?:Grindr|Lexa)-?profiel)/i", "zijn grindrprofiel stond open" },
};

ParameterizedTestParameters(prefilter, never_loses_a_match)
{
	return cr_make_param_array(struct sound, sounds, sizeof(sounds) / sizeof(sounds[0]));
}

ParameterizedTest(struct sound *c, prefilter, never_loses_a_match)
{
	char *dir = scratch("sound"), *path, err[512];
	struct rules *rs;
	struct rules_result res = { 0 };
	json_t *rec = json_pack("{s:s,s:s,s:s}", "id", "x", "kind", "chat", "text", c->text);
	char line[300];

	snprintf(line, sizeof(line), "%s\n", c->rule);
	cr_assert(asprintf(&path, "%s/s.rules", dir) > 0);
	cr_assert_eq(spit(path, line, strlen(line)), 0);
	rs = rules_load(dir, err, sizeof(err));
	cr_assert(rs, "%s", err);
	rules_match(rs, rec, strstr(c->rule, " prive ") ? KIND_CLASS : KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 1, "%s did not find \"%s\"", c->rule, c->text);
	json_decref(rec);
	rules_result_free(&res);
	rules_free(rs);
	free(path);
	free(dir);
}
