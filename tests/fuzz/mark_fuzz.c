/*
 * libFuzzer harness for ihh-classify and ihh-redact with the shipped
 * rules: any bytes as a chat message's text (made valid UTF-8, as ihh-read
 * writes it), and after a NUL as a mail's subject.  Every record must keep
 * the schema, and every span must fall on character boundaries.
 *
 *   make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "redact.h"
#include "stream.h"
#include "text.h"

static struct rules *rs;
static struct grounds *gs;
static struct rules_result res;

static void
need(int ok, const char *what, const json_t *rec)
{
	if (ok)
		return;
	fprintf(stderr, "%s\n", what);
	json_dumpf(rec, stderr, JSON_COMPACT);
	abort();
}

static int
check(void *ctx, json_t *rec)
{
	struct redact_counts n = { 0 };
	const json_t *r, *t;
	char msg[256];
	size_t i, s, e;
	const char *str;

	(void)ctx;
	need(json_is_string(json_object_get(rec, "class")), "no class", rec);
	redact_record(rs, gs, rec, &res, &n);
	need(stream_validate(rec, msg, sizeof(msg)) == 0, msg, rec);
	json_array_foreach(json_object_get(rec, "redactions"), i, r) {
		t = json_object_get(rec, json_object_get(r, "field") ? "subject" : "text");
		str = json_string_value(t);
		s = (size_t)json_integer_value(json_object_get(r, "start"));
		e = (size_t)json_integer_value(json_object_get(r, "end"));
		need(s < e, "an empty span", rec);
		need((str[s] & 0xC0) != 0x80 && (str[e] & 0xC0) != 0x80,
		    "a span splits a character", rec);
	}
	return 0;	/* the classifier owns rec */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *nul = memchr(p, 0, size);
	size_t n = nul ? (size_t)(nul - p) : size;
	struct classifier *c;
	char err[512];
	json_t *rec;

	if (!rs) {
		if (!(rs = rules_load("patterns", err, sizeof(err))) ||
		    !(gs = grounds_load("patterns/grounds.tsv", 0, err, sizeof(err))) ||
		    rules_enable(rs, "iban,telefoon", err, sizeof(err)) != 0) {
			fprintf(stderr, "%s\n", err);
			abort();
		}
	}
	rec = json_pack("{s:s,s:s,s:{s:s,s:s},s:{s:s},s:o}", "id", "f1", "kind", "chat",
	    "conversation", "id", "c1", "title", "Fuzz", "from", "name", "Fuzz",
	    "text", text_json(p, n));
	if (nul)
		json_object_set_new(rec, "subject", text_json(nul + 1, size - n - 1));
	c = classify_new(rs, NULL, NULL, check, NULL);
	if (classify_push(c, rec) != 0 || classify_finish(c) != 0)
		abort();
	classify_free(c);
	return 0;
}
