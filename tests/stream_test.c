/*
 * The stream: records pass through unchanged, bad lines are named, the
 * schema is checked.
 */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "harness.h"
#include "stream.h"

static FILE *
mem(const char *s)
{
	FILE *f = fmemopen((void *)s, strlen(s), "r");

	cr_assert(f);
	return f;
}

Test(stream, unknown_fields_pass_through_in_order)
{
	const char *line = "{\"zeta\":[1,{\"b\":2,\"a\":1}],\"id\":\"x\",\"kind\":\"chat\","
	    "\"text\":\"één 🙂\",\"later_stage\":{\"score\":0.5,\"tags\":[\"a\"]},\"alpha\":null}\n";
	struct stream_reader *r = stream_reader_new(mem(line), "in");
	char *out = NULL;
	size_t outlen = 0;
	FILE *o = open_memstream(&out, &outlen);
	json_t *rec;

	cr_assert_eq(stream_read(r, &rec), 1);
	cr_assert_eq(stream_write(o, rec), 0);
	fclose(o);
	cr_assert_str_eq(out, line);
	json_decref(rec);
	cr_assert_eq(stream_read(r, &rec), 0);
	stream_reader_free(r);
	free(out);
}

Test(stream, bad_lines_are_named_and_reading_goes_on)
{
	const char *text = "{\"id\":\"a\",\"kind\":\"chat\"}\n"
	    "{\"id\": oops}\n"
	    "\n"
	    "[1,2]\n"
	    "{\"id\":\"b\",\"kind\":\"email\"}\r\n";
	struct stream_reader *r = stream_reader_new(mem(text), "marked.jsonl");
	json_t *rec;

	cr_assert_eq(stream_read(r, &rec), 1);
	json_decref(rec);
	cr_assert_eq(stream_read(r, &rec), -1);
	cr_assert(strstr(stream_reader_error(r), "marked.jsonl:2:"),
	    "error was: %s", stream_reader_error(r));
	cr_assert_eq(stream_read(r, &rec), -1);
	cr_assert(strstr(stream_reader_error(r), "marked.jsonl:4: a record must be a JSON object"),
	    "error was: %s", stream_reader_error(r));
	cr_assert_eq(stream_read(r, &rec), 1);
	cr_assert_str_eq(json_string_value(json_object_get(rec, "id")), "b");
	json_decref(rec);
	cr_assert_eq(stream_read(r, &rec), 0);
	stream_reader_free(r);
}

/* arrays, not pointers: Criterion copies parameters into another process */
struct vcase {
	char json[640];
	char problem[32];	/* empty: valid */
};

static struct vcase vcases[] = {
	{ "{\"id\":\"a\",\"kind\":\"chat\"}", "" },
	{ "{\"id\":\"a\",\"kind\":\"email\",\"time\":\"2024-03-12T14:05:00+01:00\","
	  "\"source\":{\"format\":\"mbox\",\"file\":\"x.mbox\",\"pos\":12},"
	  "\"from\":{\"name\":\"A\",\"address\":\"a@b.nl\"},\"to\":[{\"address\":\"c@d.nl\"}],"
	  "\"attachments\":[{\"name\":\"a.pdf\",\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"size\":0,\"type\":\"application/pdf\"},{\"name\":\"b.jpg\",\"missing\":true}],"
	  "\"text\":\"abc\",\"redactions\":[{\"start\":0,\"end\":3,\"category\":\"gezondheid\",\"ground\":\"5.1.1d\",\"rule\":\"r1\"}],"
	  "\"class\":\"prive\",\"review\":true,\"errors\":[\"x\"]}", "" },
	{ "{\"id\":\"a\",\"kind\":\"system\",\"time\":\"2024-03-12T13:05:00Z\"}", "" },
	{ "{\"kind\":\"chat\"}", "\"id\"" },
	{ "{\"id\":\"\",\"kind\":\"chat\"}", "\"id\"" },
	{ "{\"id\":\"a\",\"kind\":\"sms\"}", "\"kind\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"time\":\"2024-03-12 14:05\"}", "\"time\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"time\":\"2024-03-12T14:05:00\"}", "\"time\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"source\":{\"format\":\"x\",\"file\":\"y\",\"pos\":-1}}", "source.pos" },
	/* after ihh-merge: a list of sources */
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"source\":[{\"format\":\"whatsapp-android\",\"file\":\"a.txt\",\"pos\":3},"
	  "{\"format\":\"whatsapp-ios\",\"file\":\"b/_chat.txt\",\"pos\":9}]}", "" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"source\":[]}", "empty list" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"source\":[{\"format\":\"x\",\"file\":\"y\",\"pos\":1},\"z\"]}", "list of them" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"source\":[{\"format\":\"x\",\"pos\":1}]}", "source.file" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"from\":\"Jan\"}", "\"from\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"to\":{\"name\":\"Jan\"}}", "\"to\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"attachments\":[{\"name\":\"x\",\"sha256\":\"ABC\"}]}", "sha256" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"attachments\":[{\"name\":\"x\"}]}", "neither" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"errors\":[1]}", "\"errors\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"class\":\"private\"}", "\"class\"" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"text\":\"ab\",\"redactions\":[{\"start\":1,\"end\":5}]}", "byte offsets" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"text\":\"ab\",\"redactions\":[{\"start\":0,\"end\":2,"
	  "\"category\":\"gezondheid\",\"ground\":\"5.1.1d\",\"rule\":\"model.gezondheid\",\"words\":[1]}]}",
	  "\"words\" must be a list of words" },
	{ "{\"id\":\"a\",\"kind\":\"chat\",\"review\":\"yes\"}", "\"review\"" },
};

ParameterizedTestParameters(stream, validate)
{
	return cr_make_param_array(struct vcase, vcases, sizeof(vcases) / sizeof(vcases[0]));
}

ParameterizedTest(struct vcase *c, stream, validate)
{
	json_error_t e;
	json_t *rec = json_loads(c->json, 0, &e);
	char msg[256];
	int rc;

	cr_assert(rec, "%s", e.text);
	rc = stream_validate(rec, msg, sizeof(msg));
	if (!c->problem[0])
		cr_assert_eq(rc, 0, "%s: %s", c->json, msg);
	else {
		cr_assert_eq(rc, -1, "%s passed", c->json);
		cr_assert(strstr(msg, c->problem), "%s: message '%s' lacks '%s'",
		    c->json, msg, c->problem);
	}
	json_decref(rec);
}

Test(stream, add_error_appends)
{
	json_t *rec = json_pack("{s:s}", "id", "a");

	stream_add_error(rec, "first %d", 1);
	stream_add_error(rec, "bad bytes \xff here");
	cr_assert_eq(json_array_size(json_object_get(rec, "errors")), 2);
	cr_assert_str_eq(json_string_value(json_array_get(json_object_get(rec, "errors"), 0)), "first 1");
	cr_assert_str_eq(json_string_value(json_array_get(json_object_get(rec, "errors"), 1)),
	    "bad bytes \xEF\xBF\xBD here");
	json_decref(rec);
}

/* What stream_write_changed() gives for line after change(), read from it. */
static char *
changed(const char *line, void (*change)(json_t *), const char *const *keys)
{
	struct stream_reader *r = stream_reader_new(mem(line), "in");
	char *out = NULL;
	size_t outlen = 0, len;
	FILE *o = open_memstream(&out, &outlen);
	const char *text;
	json_t *rec;

	cr_assert_eq(stream_read(r, &rec), 1, "%s", stream_reader_error(r));
	text = stream_reader_text(r, &len);
	cr_assert_eq(len, strcspn(line, "\n"));
	change(rec);
	cr_assert_eq(stream_write_changed(o, rec, text, len, keys), 0);
	fclose(o);
	json_decref(rec);
	stream_reader_free(r);
	return out;
}

/* What stream_write() gives for the same record. */
static char *
dumped(const char *line, void (*change)(json_t *))
{
	json_t *rec = json_loads(line, 0, NULL);
	char *out = NULL;
	size_t outlen = 0;
	FILE *o = open_memstream(&out, &outlen);

	cr_assert(rec);
	change(rec);
	cr_assert_eq(stream_write(o, rec), 0);
	fclose(o);
	json_decref(rec);
	return out;
}

static const char *const classified[] = { "class", "reasons", "review", "errors", NULL };

static void
classify_like(json_t *rec)
{
	json_object_set_new(rec, "class", json_string("prive"));
	json_object_set_new(rec, "reasons", json_pack("[{s:s,s:s}]", "rule", "prive.x", "match", "é \"q\""));
	json_object_set_new(rec, "review", json_true());
}

static void
redact_like(json_t *rec)
{
	json_object_del(rec, "redactions");
	json_object_set_new(rec, "redactions", json_pack("[{s:i,s:i}]", "start", 0, "end", 2));
	stream_add_error(rec, "a rule gave up");
}

static void
unlisted_too(json_t *rec)
{
	classify_like(rec);
	json_object_set_new(rec, "score", json_real(0.5));
}

static void
same_count_other_member(json_t *rec)
{
	/* as many members as the line, but "kind" gone and "class" new */
	json_object_del(rec, "kind");
	json_object_set_new(rec, "class", json_string("zakelijk"));
}

Test(stream, changed_members_only_gives_the_bytes_of_a_full_write)
{
	static const char *const files[] = {
		"fixtures/expected/whatsapp-edge.jsonl", "fixtures/expected/mail-minister-mbox.jsonl",
		"fixtures/expected/mail-maildir.jsonl", "fixtures/eval/tune.jsonl",
	};
	static const char *const redacted[] = { "redactions", "review", "errors", NULL };
	size_t f, n = 0;

	for (f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		char *text = slurp(files[f], NULL), *line, *save = NULL;

		for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			char *a = changed(line, classify_like, classified), *b = dumped(line, classify_like);

			cr_assert_str_eq(a, b, "%s", files[f]);
			free(a);
			free(b);
			/* and once more over its own output, where the members exist */
			a = changed(line, redact_like, redacted);
			b = dumped(line, redact_like);
			cr_assert_str_eq(a, b, "%s", files[f]);
			free(a);
			free(b);
			n++;
		}
		free(text);
	}
	cr_assert_gt(n, 300);
}

Test(stream, a_member_in_the_middle_is_replaced_where_it_stands)
{
	const char *line = "{\"id\":\"a\",\"class\":\"zakelijk\",\"review\":false,\"text\":\"x\",\"errors\":[\"old\"]}";
	char *a = changed(line, classify_like, classified);

	cr_assert_str_eq(a, "{\"id\":\"a\",\"class\":\"prive\",\"review\":true,\"text\":\"x\",\"errors\":[\"old\"],"
	    "\"reasons\":[{\"rule\":\"prive.x\",\"match\":\"é \\\"q\\\"\"}]}\n");
	free(a);
}

Test(stream, untouched_members_keep_their_bytes)
{
	/* spaces, an escaped é and a number as written: only a full write would change them */
	const char *line = " { \"id\" : \"a\", \"text\":\"caf\\u00e9 \\\\\\\"\" ,\"n\":1.50E1 , \"to\":[ {\"a\" : 1} ] } ";
	char *a = changed(line, classify_like, classified);
	json_t *got = json_loads(a, 0, NULL), *want = json_loads(line, 0, NULL);

	cr_assert_str_eq(a, "{\"id\" : \"a\",\"text\":\"caf\\u00e9 \\\\\\\"\",\"n\":1.50E1,\"to\":[ {\"a\" : 1} ],"
	    "\"class\":\"prive\",\"reasons\":[{\"rule\":\"prive.x\",\"match\":\"é \\\"q\\\"\"}],\"review\":true}\n");
	classify_like(want);
	cr_assert(got && json_equal(got, want));
	json_decref(got);
	json_decref(want);
	free(a);
}

Test(stream, lines_that_do_not_fit_are_written_in_full)
{
	static const char *const lines[] = {
		"{\"id\":\"a\",\"id\":\"b\",\"kind\":\"chat\"}",		/* a duplicate key */
		"{\"id\":\"a\",\"class\":\"x\",\"class\":\"y\"}",		/* a listed one twice */
		"{\"i\\u0064\":\"a\",\"kind\":\"chat\"}",			/* an escaped key */
	};
	size_t i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		char *a = changed(lines[i], classify_like, classified), *b = dumped(lines[i], classify_like);

		cr_assert_str_eq(a, b, "%s", lines[i]);
		free(a);
		free(b);
	}
	/* a member the caller did not name changed: the record decides, not the line */
	for (i = 0; i < 2; i++) {
		void (*fn)(json_t *) = i ? same_count_other_member : unlisted_too;
		const char *line = "{\"id\":\"a\",\"kind\":\"chat\",\"text\":\"x\"}";
		char *a = changed(line, fn, classified), *b = dumped(line, fn);

		cr_assert_str_eq(a, b);
		free(a);
		free(b);
	}
}
