/*
 * Rules: bad rules are named by file, line and column; checkers; hits,
 * exceptions, optional categories, and patterns that would backtrack for
 * ever.
 */
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <glib.h>

#include "harness.h"
#include "model.h"
#include "rules.h"

/* arrays, not pointers: Criterion copies parameters into another process */
struct badrule {
	char line[160];
	char error[120];	/* what the message must hold, file:line:column first */
};

static struct badrule bads[] = {
	{ "zak.x zakelijk 3", "t.rules:2:17: expected ID SIGNAL WEIGHT FIELD /PATTERN/" },
	{ "zak.x zakelijk 3 text", "t.rules:2:22: the pattern starts with '/'" },
	{ "zak.x zakelyk 3 text /a/", "t.rules:2:7: unknown signal 'zakelyk'" },
	{ "zak.x zakelijk 11 text /a/", "t.rules:2:16: the weight is a whole number from 1 to 10" },
	{ "zak.x zakelijk 3 body /a/", "t.rules:2:18: unknown field 'body'" },
	{ "zak.x zakelijk 3 text a/", "t.rules:2:23: the pattern starts with '/'" },
	{ "zak.x zakelijk 3 text /abc", "t.rules:2:23: the pattern has no closing '/'" },
	{ "zak.x zakelijk 3 text /ab(c/", "t.rules:2:28: missing closing parenthesis" },
	{ "zak.x zakelijk 3 text /a/q", "t.rules:2:26: unknown flag 'q'" },
	{ "zak.x zakelijk 3 text /a/ check=luhn", "t.rules:2:27: unknown checker 'luhn'" },
	{ "zak.x zakelijk 3 text /a/ extra", "t.rules:2:27: unexpected 'extra'" },
	{ "gez.x gezondheid 3 text /a/ when=privé", "t.rules:2:34: when= takes classes" },
	{ "gez.x gezondheid 3 text /a/ when=", "t.rules:2:34: when= takes classes" },
	{ "sek.x seksualiteit 2 text /a/ sender=/(b/", "t.rules:2:41: in sender=: missing closing parenthesis" },
	{ "sek.x seksualiteit 2 text /a/ sender=b", "t.rules:2:38: the pattern starts with '/'" },
	{ "sek.x seksualiteit 2 text /a/ sender=/b/x", "t.rules:2:41: unknown flag 'x'" },
	{ "gez.x gezondheid 3 folder /a/", "t.rules:2:20: personal data is looked for in text or subject" },
	{ "zak.a zakelijk 3 text /b/", "t.rules:2:1: id 'zak.a' is taken (t.rules:1)" },
	{ "zak x zakelijk 3 text /b/", "t.rules:2:" },
	{ "%optional", "t.rules:2:1: %optional comes before the first rule" },
	{ "%verplicht", "t.rules:2:1: unknown directive '%verplicht' (known: %optional, %fallback)" },
	{ "%fallback", "t.rules:2:1: %fallback comes before the first rule" },
	{ "zak.y zakelijk 3 text /x{NOPE}/", "t.rules:2:25: unknown name {NOPE} (define it before it is used)" },
	{ "define wie /(?:ik|jij)/", "t.rules:2:8: a name is written in capitals" },
	{ "define WIE /(?:ik|jij)/i", "t.rules:2:24: a define takes no flags" },
	{ "define WIE", "t.rules:2:11: the pattern starts with '/'" },
	{ "define", "t.rules:2:7: expected ID SIGNAL WEIGHT FIELD /PATTERN/" },
};

ParameterizedTestParameters(rules, bad_rules_are_named)
{
	return cr_make_param_array(struct badrule, bads, sizeof(bads) / sizeof(bads[0]));
}

ParameterizedTest(struct badrule *b, rules, bad_rules_are_named)
{
	char *dir = scratch("badrule"), *path, *text, err[512];

	cr_assert(asprintf(&path, "%s/t.rules", dir) > 0);
	cr_assert(asprintf(&text, "zak.a zakelijk 3 text /a/\n%s\n", b->line) > 0);
	cr_assert_eq(spit(path, text, strlen(text)), 0);
	cr_assert_null(rules_load(dir, err, sizeof(err)), "%s loaded", b->line);
	cr_assert(strstr(err, b->error), "for '%s': got '%s', want '%s'", b->line, err, b->error);
	free(text);
	free(path);
	free(dir);
}

struct checked {
	char what[8];
	char s[40];
	int ok;
};

static struct checked checks[] = {
	{ "bsn", "111222333", 1 }, { "bsn", "123456782", 1 }, { "bsn", "1234.56.782", 1 },
	{ "bsn", "123 456 782", 1 }, { "bsn", "123456789", 0 }, { "bsn", "000000000", 0 },
	{ "bsn", "12345678", 0 }, { "bsn", "1234567890", 0 },
	{ "iban", "NL91ABNA0417164300", 1 }, { "iban", "NL91 ABNA 0417 1643 00", 1 },
	{ "iban", "NL91ABNA0417164301", 0 }, { "iban", "DE89370400440532013000", 1 },
	{ "phone", "06-12345678", 1 }, { "phone", "+31 6 12345678", 1 }, { "phone", "070 123 4567", 1 },
	{ "phone", "0031612345678", 1 }, { "phone", "12345678", 0 }, { "phone", "+32 2 555 01 23", 0 },
};

ParameterizedTestParameters(rules, checkers)
{
	return cr_make_param_array(struct checked, checks, sizeof(checks) / sizeof(checks[0]));
}

ParameterizedTest(struct checked *c, rules, checkers)
{
	int ok = !strcmp(c->what, "bsn") ? check_bsn11(c->s, strlen(c->s)) :
	    !strcmp(c->what, "iban") ? check_iban97(c->s, strlen(c->s)) :
	    check_nlphone(c->s, strlen(c->s));

	cr_assert_eq(ok, c->ok, "%s %s", c->what, c->s);
}

static json_t *
rec(const char *text)
{
	return json_pack("{s:s,s:s,s:s}", "id", "x", "kind", "chat", "text", text);
}

/* Writes text as the rule file base in the folder dir. */
static void
rule_file(const char *dir, const char *base, const char *text)
{
	char *path;

	cr_assert(asprintf(&path, "%s/%s", dir, base) > 0);
	cr_assert_eq(spit(path, text, strlen(text)), 0);
	free(path);
}

/* The rules of a rule folder holding a.rules with text, and, when also is
 * not NULL, the file base with also, loaded. */
static struct rules *
rules_with(const char *name, const char *text, const char *base, const char *also)
{
	char *dir = scratch(name), err[512];
	struct rules *rs;

	rule_file(dir, "a.rules", text);
	if (also)
		rule_file(dir, base, also);
	rs = rules_load(dir, err, sizeof(err));
	cr_assert(rs, "%s", err);
	free(dir);
	return rs;
}

/* The rules of a one-file rule folder holding text, loaded. */
static struct rules *
rules_from(const char *name, const char *text)
{
	return rules_with(name, text, NULL, NULL);
}

/* How many hits of kind a record has when sent by name <address>. */
static size_t
hits_from(struct rules *rs, json_t *r, enum rule_kind kind, struct rules_result *res,
    const char *name, const char *address)
{
	json_object_set_new(r, "from", address ?
	    json_pack("{s:s,s:s}", "name", name, "address", address) :
	    json_pack("{s:s}", "name", name));
	rules_match(rs, r, kind, res);
	return res->nhits;
}

Test(rules, hits_exceptions_and_optional_categories)
{
	char err[512];
	struct rules *rs = rules_load("fixtures/rules-test", err, sizeof(err));
	struct rules_result res = { 0 };
	json_t *r = rec("De gezondheidszorg en zijn gezondheid; BSN 111222333 of 123456789; 06-12345678");

	cr_assert(rs, "%s", err);
	/* only the BSN rule, digits without a word to look for, and the phone
	 * rule, whose "0" is one byte (see prefilter_of), run on every record */
	cr_assert_eq(rules_unfiltered(rs), 2, "a rule escaped the Vectorscan pass");
	rules_match(rs, r, KIND_CATEGORY, &res);
	/* "gezondheid" in "gezondheidszorg" is cancelled; in "gezondheid;" it is not */
	cr_assert_eq(res.nhits, 2);
	cr_assert_str_eq(res.hits[0].rule->id, "gez.beleid");
	cr_assert_eq(res.hits[0].start, strlen("De gezondheidszorg en zijn "));
	cr_assert_str_eq(res.hits[1].rule->id, "bsn.getal");
	cr_assert_eq(res.hits[1].end - res.hits[1].start, 9);
	/* the phone number only when asked for */
	cr_assert_eq(rules_enable(rs, "telefoon", err, sizeof(err)), 0);
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 3);
	cr_assert_str_eq(res.hits[2].rule->id, "tel.mobiel");
	cr_assert_eq(rules_enable(rs, "telefax", err, sizeof(err)), -1);
	cr_assert(strstr(err, "unknown category 'telefax'"), "%s", err);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
}

/* when=: a rule that looks only in records of the classes it names */
Test(rules, when_looks_only_in_the_classes_named)
{
	struct rules *rs = rules_from("when",
	    "gez.ruim gezondheid 2 text /\\bziekenhuis\\b/ when=prive,partijpolitiek\n");
	struct rules_result res = { 0 };
	json_t *r = rec("Hij ligt in het ziekenhuis.");

	cr_assert_str_eq(rules_at(rs, 0)->when, "prive,partijpolitiek");
	/* no class yet (ihh-redact before ihh-classify): not looked for */
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 0);
	json_object_set_new(r, "class", json_string("zakelijk"));
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 0);
	json_object_set_new(r, "class", json_string("prive"));
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 1);
	json_object_set_new(r, "class", json_string("partijpolitiek"));
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 1);
	/* a class name inside another is no match */
	json_object_set_new(r, "class", json_string("prive2"));
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 0);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
}

/* sender=: a rule that looks only where the sender matches */
Test(rules, sender_looks_only_where_the_sender_matches)
{
	struct rules *rs = rules_from("sender", "define VROUW /(?:Anna|Mieke)/\n"
	    "sek.vrouw seksualiteit 2 text /\\bmijn\\s+vrouw\\b/i sender=/^{VROUW}\\b/\n");
	struct rules_result res = { 0 };
	json_t *r = rec("Mijn vrouw en ik komen graag.");

	/* no sender: not looked for */
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 0);
	cr_assert_eq(hits_from(rs, r, KIND_CATEGORY, &res, "Mieke de Vries", "mieke@example.org"), 1);
	cr_assert_eq(hits_from(rs, r, KIND_CATEGORY, &res, "Pieter de Vries", "pieter@example.org"), 0);
	/* a name inside another is no match ("Annabel" is not "Anna") */
	cr_assert_eq(hits_from(rs, r, KIND_CATEGORY, &res, "Annabel", NULL), 0);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
}

/* sender= on an exception: it cancels only in records from that sender (cls9:
 * "nota" from one's dentist is a bill, from a colleague a memo) */
Test(rules, an_exception_with_sender_cancels_only_from_that_sender)
{
	struct rules *rs = rules_from("exsender", "zak.nota zakelijk 2 text /\\bnota\\b/i\n"
	    "zak.not.nota !zakelijk 1 text /\\bnota\\b/i sender=/tandarts/i\n");
	struct rules_result res = { 0 };
	json_t *r = rec("Hierbij de nota.");

	/* no sender: the exception does not look, the hit stands */
	rules_match(rs, r, KIND_CLASS, &res);
	cr_assert_eq(res.nhits, 1);
	cr_assert_eq(hits_from(rs, r, KIND_CLASS, &res, "Tandartspraktijk Oost", "info@example.org"), 0);
	cr_assert_eq(hits_from(rs, r, KIND_CLASS, &res, "Ingrid", "i@minszw.example"), 1);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
}

/* A %fallback file's hits count only where no other rule of their signal
 * hit: the clause-wide lexicon rules fill gaps, they never widen a span. */
Test(rules, a_fallback_hit_gives_way_to_another_rule_of_its_signal)
{
	const char *firm = "gez.burnout gezondheid 3 text /\\bburn-?out\\b/i\n"
	    "gez.not.burnout !gezondheid 1 text /\\bburn-?out-?preventie\\b/i\n";
	const char *lex = "%fallback\n"
	    "lex.gezondheid gezondheid 1 text /(?:^|(?<=[.,;!?\\n]))\\h*\\K[^.,;!?\\n]*?"
	    "\\b(?:burn-?out|chemokuur)\\b[^.,;!?\\n]*/i\n"
	    "lex.religie religie 1 text /\\bburn-?out\\b/i\n";
	struct rules *rs = rules_with("fallback", firm, "lexicon.rules", lex);
	struct rules_result res = { 0 };
	json_t *r;

	/* the hand-written rule hit: the clause-wide one gives way; a fallback
	 * rule of another signal stands */
	r = rec("Ze heeft een burn-out, helaas.");
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 2);
	cr_expect_str_eq(res.hits[0].rule->id, "gez.burnout");
	cr_expect_str_eq(res.hits[1].rule->id, "lex.religie");
	json_decref(r);

	/* nothing else found it: the clause, from its first word */
	r = rec("Goed nieuws. De laatste chemokuur is voorbij, zegt ze");
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 1);
	cr_expect_str_eq(res.hits[0].rule->id, "lex.gezondheid");
	cr_expect_eq(res.hits[0].start, strlen("Goed nieuws. "));
	cr_expect_eq(res.hits[0].end, strlen("Goed nieuws. De laatste chemokuur is voorbij"));
	json_decref(r);

	/* an exception cancels the fallback's hits as it does the others' */
	r = rec("Een notitie over burn-out-preventie.");
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nhits, 1);
	cr_expect_str_eq(res.hits[0].rule->id, "lex.religie");
	json_decref(r);

	rules_result_free(&res);
	rules_free(rs);
}

/* A record of class cls saying text. */
static json_t *
said_in(const char *cls, const char *text)
{
	json_t *r = rec(text);

	json_object_set_new(r, "class", json_string(cls));
	return r;
}

/* The hits of r, as "rule@start-end" words. */
static char *
hits_said(struct rules *rs, json_t *r, struct rules_result *res)
{
	GString *s = g_string_new(NULL);
	size_t i;

	rules_match(rs, r, KIND_CATEGORY, res);
	for (i = 0; i < res->nhits; i++)
		g_string_append_printf(s, "%s%s@%zu-%zu", i ? " " : "", res->hits[i].rule->id,
		    res->hits[i].start, res->hits[i].end);
	json_decref(r);
	return g_string_free(s, FALSE);
}

static const char model_rules[] =
    "gez.burnout gezondheid 3 text /\\bburn-?out\\b/i\n"
    "gez.not.koe !gezondheid 1 text /\\bbiopt\\s+van\\s+de\\s+koe\\b/i\n";
static const char model_weights[] =
    "# a clause model\n"
    "when prive,partijpolitiek\n"
    "threshold 2\n"
    "gezondheid bias -3\n"
    "gezondheid w:biopt 3\n"
    "gezondheid w:uitslag 2\n"
    "gezondheid b:de_uitslag 1\n"
    "gezondheid w:suiker 9\n"
    "religie bias -3\n"
    "religie w:gedoopt 4\n"
    "religie w:moskeeën 2\n";

Test(rules, the_model_proposes_a_clause_its_words_point_to)
{
	struct rules *rs = rules_with("model", model_rules, "clauses.model", model_weights);
	struct rules_result res = { 0 };
	const char *s = "Goed nieuws, de uitslag van het biopt is goed. Tot morgen";
	char *got, want[64];

	/* the clause between ", " and ".", without the spaces around it, named
	 * by the category's bias line */
	got = hits_said(rs, said_in("prive", s), &res);
	snprintf(want, sizeof(want), "model.gezondheid@%zu-%zu", strlen("Goed nieuws, "),
	    strlen("Goed nieuws, de uitslag van het biopt is goed"));
	cr_expect_str_eq(got, want);
	cr_expect_str_eq(res.hits[0].rule->file, "clauses.model");
	cr_expect_eq(res.hits[0].rule->line, 4);
	cr_expect(res.hits[0].rule->fallback);
	g_free(got);

	/* words in capitals and with diacritics; a comma without a space
	 * ends no clause */
	s = "Twee MOSKEEËN,bezocht en GEDOOPT";
	got = hits_said(rs, said_in("partijpolitiek", s), &res);
	snprintf(want, sizeof(want), "model.religie@0-%zu", strlen(s));
	cr_expect_str_eq(got, want);
	s = "Goed nieuws, de uitslag van het biopt is goed. Tot morgen";
	g_free(got);

	/* only in the classes it names: business mail is left to the rules */
	got = hits_said(rs, said_in("zakelijk", s), &res);
	cr_expect_str_eq(got, "");
	g_free(got);
	got = hits_said(rs, rec(s), &res);
	cr_expect_str_eq(got, "");
	g_free(got);

	/* one word never decides, however weighty */
	got = hits_said(rs, said_in("prive", "Koffie zonder suiker."), &res);
	cr_expect_str_eq(got, "");
	g_free(got);

	/* it gives way to a rule that found something in the clause, and an
	 * exception cancels it as it cancels a rule */
	got = hits_said(rs, said_in("prive", "Na de burn-out kwam de uitslag van het biopt"), &res);
	cr_expect_str_eq(got, "gez.burnout@6-14");
	g_free(got);
	got = hits_said(rs, said_in("prive", "de uitslag van het biopt van de koe"), &res);
	cr_expect_str_eq(got, "");
	g_free(got);

	/* what a reviewer reads as the reason: the words that weighed most,
	 * weightiest first, a pair as two words */
	{
		json_t *w = model_words(rules_model(rs), "gezondheid", s, strlen(s));
		char *shown = json_dumps(w, JSON_COMPACT);

		cr_expect_str_eq(shown, "[\"biopt\",\"uitslag\",\"de uitslag\"]");
		free(shown);
		json_decref(w);
	}

	rules_result_free(&res);
	rules_free(rs);
}

struct badmodel {
	char text[80];
	char error[100];
};

static struct badmodel bad_models[] = {
	{ "threshold 2\ngezondheid w:x abc\n", "clauses.model:2:16: not a number" },
	{ "threshold 2\ngezondheden w:x 1\n", "clauses.model:2:1: unknown category" },
	{ "threshold 2\ngezondheid x 1\n", "clauses.model:2:12: a feature is w:WORD or b:WORD_WORD" },
	{ "threshold 2\ngezondheid w:x\n",
	  "clauses.model:2:1: expected CATEGORY FEATURE WEIGHT, threshold N or when CLASSES" },
	{ "threshold two\n", "clauses.model:1:11: not a number" },
	{ "gezondheid bias -1\n", "clauses.model:1:1: no threshold line" },
	{ "threshold 2\ngezondheid bias -1\nwhen prive\n",
	  "clauses.model:3:1: when comes before the weights" },
};

ParameterizedTestParameters(rules, bad_models_are_named)
{
	return cr_make_param_array(struct badmodel, bad_models,
	    sizeof(bad_models) / sizeof(bad_models[0]));
}

ParameterizedTest(struct badmodel *b, rules, bad_models_are_named)
{
	char *dir = scratch("badmodel"), err[512];

	rule_file(dir, "a.rules", "gez.a gezondheid 3 text /a/\n");
	rule_file(dir, "clauses.model", b->text);
	cr_assert_null(rules_load(dir, err, sizeof(err)), "%s loaded", b->text);
	cr_assert(strstr(err, b->error), "got '%s', want '%s'", err, b->error);
	free(dir);
}

/* The hits of one record, as "rule@start" words. */
static char *
hits_of(const char *cache, const char *text)
{
	char err[512];
	struct rules *rs;
	struct rules_result res = { 0 };
	json_t *r = rec(text);
	GString *s = g_string_new(NULL);
	size_t i;

	cr_assert_eq(setenv("IHH_CACHE", cache, 1), 0);
	rs = rules_load("fixtures/rules-test", err, sizeof(err));
	cr_assert(rs, "%s", err);
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nproblems, 0);
	for (i = 0; i < res.nhits; i++)
		g_string_append_printf(s, "%s@%zu ", res.hits[i].rule->id, res.hits[i].start);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
	return g_string_free(s, FALSE);
}

Test(rules, compiled_scanners_are_kept_and_a_damaged_one_is_rebuilt)
{
	char *dir = scratch("hscache"), *cache, *first, *again, *path;
	const char *text = "Hij ligt in het ziekenhuis, lid van de FNV, BSN 111222333 dus";
	const gchar *name;
	GDir *d;
	struct stat st;
	int files = 0;

	cr_assert(asprintf(&cache, "%s/cache", dir) > 0);
	first = hits_of(cache, text);
	cr_assert_str_eq(first, "gez.ziekenhuis@0 gez.opname@16 vak.fnv@28 bsn.getal@48 ");
	/* the folder and its files are the user's alone */
	cr_assert_eq(stat(cache, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0700);
	d = g_dir_open(cache, 0, NULL);
	cr_assert(d);
	while ((name = g_dir_read_name(d))) {
		path = g_build_filename(cache, name, NULL);
		cr_assert_eq(stat(path, &st), 0);
		cr_assert_eq(st.st_mode & 0777, 0600, "%s", name);
		/* loaded back, the same hits */
		if (!files++) {
			again = hits_of(cache, text);
			cr_assert_str_eq(again, first);
			g_free(again);
		}
		/* damaged, it is compiled anew, with the same hits */
		cr_assert_eq(spit(path, "IHHHSDB1\1\0\0\0garbage", 20), 0);
		g_free(path);
	}
	g_dir_close(d);
	cr_assert_gt(files, 0, "nothing was kept");
	again = hits_of(cache, text);
	cr_assert_str_eq(again, first);
	g_free(again);
	/* an empty IHH_CACHE keeps nothing */
	g_free(cache);
	cr_assert(asprintf(&cache, "%s/none", dir) > 0);
	cr_assert_eq(setenv("IHH_CACHE", "", 1), 0);
	again = hits_of("", text);
	cr_assert_str_eq(again, first);
	cr_assert_neq(stat(cache, &st), 0);
	g_free(again);
	g_free(first);
	free(cache);
	free(dir);
}

Test(rules, unicode_word_boundaries)
{
	char *dir = scratch("uni"), *path, err[512];
	const char *text = "cafe café caféje ziek ziekte\n";
	const char *rule = "pr.cafe prive 1 text /\\bcafé\\b/i\n";
	struct rules *rs;
	struct rules_result res = { 0 };
	json_t *r = rec(text);

	cr_assert(asprintf(&path, "%s/u.rules", dir) > 0);
	cr_assert_eq(spit(path, rule, strlen(rule)), 0);
	rs = rules_load(dir, err, sizeof(err));
	cr_assert(rs, "%s", err);
	rules_match(rs, r, KIND_CLASS, &res);
	/* "café" is a word; in "caféje" it is not: é is a letter */
	cr_assert_eq(res.nhits, 1);
	cr_assert_eq(res.hits[0].start, 5);
	cr_assert_eq(res.hits[0].end, 10);
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
	free(path);
	free(dir);
}

Test(rules, a_catastrophic_pattern_is_stopped, .timeout = 20)
{
	char *dir = scratch("redos"), *path, err[512], *text;
	/* the lookahead hides the blow-up from Vectorscan: PCRE2 must run it */
	const char *rule = "zak.x zakelijk 1 text /a(?=(a+)+$)/\ngez.y gezondheid 1 text /\\w(?=(\\w+\\s?)*!$)/\n";
	struct rules *rs;
	struct rules_result res = { 0 };
	json_t *r;

	cr_assert(asprintf(&path, "%s/r.rules", dir) > 0);
	cr_assert_eq(spit(path, rule, strlen(rule)), 0);
	rs = rules_load(dir, err, sizeof(err));
	cr_assert(rs, "%s", err);
	text = malloc(20002);
	memset(text, 'a', 20000);
	strcpy(text + 20000, "?");
	r = rec(text);
	rules_match(rs, r, KIND_CLASS, &res);
	cr_assert_eq(res.nhits, 0);
	cr_assert_eq(res.nproblems, 1);
	cr_assert(strstr(res.problems[0], "rule zak.x (r.rules:1) was not applied: match limit exceeded"),
	    "%s", res.problems[0]);
	rules_match(rs, r, KIND_CATEGORY, &res);
	cr_assert_eq(res.nproblems, 1, "the nested quantifier on a long line");
	json_decref(r);
	rules_result_free(&res);
	rules_free(rs);
	free(text);
	free(path);
	free(dir);
}
