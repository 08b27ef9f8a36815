/*
 * The shipped rules in patterns/: the law's hard cases, one message each.
 * These are sentences of our own, not the labelled corpus (make eval has
 * that); they pin down what the rule sets must always do, so that tuning
 * one rule cannot quietly break another.
 */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "classify.h"
#include "harness.h"
#include "redact.h"
#include "rules.h"

#define RULES "patterns"

/* arrays, not pointers: Criterion copies parameters into another process */
struct said {
	char text[200];
	char want[24];		/* a class, or a category; "" for none at all */
	char covers[40];	/* for a category: text a span must cover */
};

static int
keep(void *ctx, json_t *rec)
{
	*(json_t **)ctx = json_incref(rec);
	return 0;
}

static json_t *
message(const char *text)
{
	return json_pack("{s:s,s:s,s:s}", "id", "m1", "kind", "email", "text", text);
}

static struct said classes[] = {
	{ "De Kamerbrief over de stikstofaanpak moet vrijdag naar de ministerraad.", "zakelijk", "" },
	{ "Gecondoleerd met het overlijden van je moeder. Veel sterkte de komende tijd.", "prive", "" },
	{ "Hartelijk gefeliciteerd met je verjaardag! Taart op zondag?", "prive", "" },
	{ "Kom je naar de ledenvergadering van de afdeling? De kandidatenlijst staat op de agenda.",
	  "partijpolitiek", "" },
	/* business beside private: zakelijk */
	{ "Gefeliciteerd! En wil je de beslisnota voor 12.00 uur paraferen?", "zakelijk", "" },
	{ "My condolences on the loss of your father.", "prive", "" },
	{ "Please send me the briefing for the cabinet meeting on Friday.", "zakelijk", "" },
	/* nothing at all: zakelijk */
	{ "Kun je dat morgen even doorsturen?", "zakelijk", "" },
};

ParameterizedTestParameters(patterns, classes)
{
	return cr_make_param_array(struct said, classes, sizeof(classes) / sizeof(classes[0]));
}

ParameterizedTest(struct said *s, patterns, classes)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	json_t *out = NULL;
	struct classifier *c;

	cr_assert(rs, "%s", err);
	c = classify_new(rs, NULL, NULL, keep, &out);
	cr_assert_eq(classify_push(c, message(s->text)), 0);
	cr_assert_eq(classify_finish(c), 0);
	cr_assert(out);
	cr_assert_str_eq(json_string_value(json_object_get(out, "class")), s->want, "%s", s->text);
	cr_assert(json_array_size(json_object_get(out, "reasons")) > 0);
	json_decref(out);
	classify_free(c);
	rules_free(rs);
}

static struct said categories[] = {
	/* policy talk is no one's personal data */
	{ "De gezondheidszorg staat onder druk.", "", "" },
	{ "De zorgbegroting stijgt volgend jaar met twee procent.", "", "" },
	{ "Het kabinet wil de wachtlijsten in de ggz verkorten.", "", "" },
	{ "Het aantal mensen met diabetes stijgt elk jaar.", "", "" },
	{ "De vakbonden praten morgen verder over de cao.", "", "" },
	{ "Het kenmerk is 123456789.", "", "" },
	/* a person's are */
	{ "Zij heeft een burn-out en is voorlopig thuis.", "gezondheid", "burn-out" },
	{ "Mijn vader ligt sinds gisteren in het ziekenhuis.", "gezondheid", "ziekenhuis" },
	{ "Mijn broer is lid van de FNV.", "vakbond", "FNV" },
	{ "Mijn buurman stemt al jaren PVV.", "politiek", "PVV" },
	{ "Hij zit vast voor diefstal.", "strafrechtelijk", "diefstal" },
	{ "Haar man gaat elke vrijdag naar de moskee.", "religie", "moskee" },
	{ "Zijn BSN is 111222333.", "bsn", "111222333" },
};

ParameterizedTestParameters(patterns, categories)
{
	return cr_make_param_array(struct said, categories,
	    sizeof(categories) / sizeof(categories[0]));
}

ParameterizedTest(struct said *s, patterns, categories)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	struct grounds *g = grounds_load(RULES "/grounds.tsv", 0, err, sizeof(err));
	struct rules_result res = { 0 };
	struct redact_counts n = { 0 };
	json_t *rec = message(s->text), *reds, *r;
	const char *at;
	char *shown;
	size_t i, start, end;
	int found = 0;

	cr_assert(rs && g, "%s", err);
	redact_record(rs, g, rec, &res, &n);
	reds = json_object_get(rec, "redactions");
	shown = reds ? json_dumps(reds, JSON_COMPACT) : strdup("none");
	if (!*s->want)
		cr_assert_eq(json_array_size(reds), 0, "%s: %s", s->text, shown);
	at = strstr(s->text, s->covers);
	json_array_foreach(reds, i, r) {
		start = (size_t)json_integer_value(json_object_get(r, "start"));
		end = (size_t)json_integer_value(json_object_get(r, "end"));
		if (*s->want && at && !strcmp(json_string_value(json_object_get(r, "category")),
		    s->want) && start <= (size_t)(at - s->text) &&
		    end >= (size_t)(at - s->text) + strlen(s->covers))
			found = 1;
	}
	if (*s->want)
		cr_assert(found, "%s: no %s span over \"%s\" in %s", s->text, s->want, s->covers,
		    shown);
	free(shown);
	json_decref(rec);
	rules_result_free(&res);
	grounds_free(g);
	rules_free(rs);
}
