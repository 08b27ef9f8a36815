/*
 * The audit log: a hash chain that proves who ran what on which input,
 * refuses to grow when broken, and holds when runs append at once.
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "audit.h"
#include "harness.h"

static void
append(const char *log, const char *program, const char *who, const char *in, const char *out)
{
	struct audit *a = audit_new(program, who);
	json_t *counts = json_pack("{s:i}", "records", 3);
	char err[512];

	audit_read(a, in, strlen(in));
	audit_wrote(a, out, strlen(out));
	audit_set_counts(a, counts);
	audit_set_status(a, 0);
	cr_assert_eq(audit_append(a, log, err, sizeof(err)), 0, "%s", err);
	json_decref(counts);
	audit_free(a);
}

static char *
new_log(void)
{
	char *dir = scratch("audit"), *log = g_build_filename(dir, "audit.log", NULL);

	free(dir);
	return log;
}

Test(audit, a_chain_of_runs)
{
	char *log = new_log(), err[512], *want;
	json_t *es, *e;
	struct stat st;

	append(log, "ihh-read", "alice", "export", "stream");
	append(log, "ihh-classify", "alice", "stream", "classified");
	append(log, "ihh-review", NULL, "classified", "review");
	cr_assert_eq(audit_verify(log, &es, err, sizeof(err)), 3, "%s", err);
	cr_assert_eq(stat(log, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	e = json_array_get(es, 1);
	cr_assert_str_eq(json_string_value(json_object_get(e, "program")), "ihh-classify");
	cr_assert_str_eq(json_string_value(json_object_get(e, "by")), "alice");
	/* the digests of what was read and written */
	want = g_compute_checksum_for_string(G_CHECKSUM_SHA256, "classified", -1);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(e, "output"), "sha256")), want);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(e, "input"), "bytes")), 6);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(e, "counts"), "records")), 3);
	/* the first line starts the chain; each next one names the one before */
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(es, 0), "prev")),
	    "0000000000000000000000000000000000000000000000000000000000000000");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(es, 2), "prev")),
	    json_string_value(json_object_get(e, "sha256")));
	/* who, when not named, is the login name */
	cr_assert(json_string_length(json_object_get(json_array_get(es, 2), "by")) > 0);
	g_free(want);
	json_decref(es);
	g_free(log);
}

/* Changes the first occurrence of from into to on line no (1-based). */
static void
edit(const char *log, int no, const char *from, const char *to)
{
	size_t len;
	char *text = slurp(log, &len), **lines = g_strsplit(text, "\n", -1), *line, *at, *joined;

	line = lines[no - 1];
	cr_assert((at = strstr(line, from)), "line %d has no %s", no, from);
	lines[no - 1] = g_strdup_printf("%.*s%s%s", (int)(at - line), line, to, at + strlen(from));
	g_free(line);
	joined = g_strjoinv("\n", lines);
	cr_assert_eq(spit(log, joined, strlen(joined)), 0);
	g_strfreev(lines);
	g_free(joined);
	free(text);
}

Test(audit, editing_any_line_is_detected)
{
	static const char *const what[][2] = {
		{ "\"alice\"", "\"bobby\"" },
		{ "\"records\":3", "\"records\":4" },
	};
	char *log = new_log(), *copy, err[512], *orig;
	struct audit *a;
	size_t len, now, k;
	int no;

	append(log, "ihh-read", "alice", "a", "b");
	append(log, "ihh-classify", "alice", "b", "c");
	append(log, "ihh-redact", "alice", "c", "d");
	orig = slurp(log, &len);
	for (no = 1; no <= 3; no++)
		for (k = 0; k < 2; k++) {
			cr_assert_eq(spit(log, orig, len), 0);
			edit(log, no, what[k][0], what[k][1]);
			cr_assert_eq(audit_verify(log, NULL, err, sizeof(err)), -1,
			    "line %d edited, not seen", no);
			copy = g_strdup_printf(":%d: the line does not match its digest", no);
			cr_assert(strstr(err, copy), "%s", err);
			g_free(copy);
			/* and a broken log does not grow */
			a = audit_new("ihh-apply", "carol");
			cr_assert_eq(audit_append(a, log, err, sizeof(err)), -1);
			audit_free(a);
			copy = slurp(log, &now);
			cr_assert_eq(now, len, "a broken log grew");
			free(copy);
		}
	/* a line taken out breaks the chain at the next one */
	cr_assert_eq(spit(log, orig, len), 0);
	{
		char **lines = g_strsplit(orig, "\n", -1), *joined;

		g_free(lines[1]);
		lines[1] = g_strdup(lines[2]);
		g_free(lines[2]);
		lines[2] = g_strdup("");
		lines[3] = NULL;
		joined = g_strjoinv("\n", lines);
		cr_assert_eq(spit(log, joined, strlen(joined)), 0);
		cr_assert_eq(audit_verify(log, NULL, err, sizeof(err)), -1);
		cr_assert(strstr(err, ":2: the chain is broken"), "%s", err);
		g_free(joined);
		g_strfreev(lines);
	}
	/* a line cut off half-way */
	cr_assert_eq(spit(log, orig, len - 10), 0);
	cr_assert_eq(audit_verify(log, NULL, err, sizeof(err)), -1);
	cr_assert(strstr(err, ":3: the last line is incomplete"), "%s", err);
	free(orig);
	g_free(log);
}

Test(audit, runs_appending_at_once_keep_the_chain)
{
	char *log = new_log(), err[512];
	pid_t kids[4];
	int i, k, st;

	for (i = 0; i < 4; i++) {
		kids[i] = fork();
		cr_assert_neq(kids[i], -1);
		if (kids[i] == 0) {
			for (k = 0; k < 25; k++) {
				struct audit *a = audit_new("ihh-classify", "alice");

				if (audit_append(a, log, err, sizeof(err)) != 0)
					_exit(1);
				audit_free(a);
			}
			_exit(0);
		}
	}
	for (i = 0; i < 4; i++) {
		cr_assert_eq(waitpid(kids[i], &st, 0), kids[i]);
		cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	cr_assert_eq(audit_verify(log, NULL, err, sizeof(err)), 100, "%s", err);
	g_free(log);
}

Test(audit, the_programs_log_their_runs)
{
	char *dir = scratch("auditprog"), *log = g_build_filename(dir, "audit.log", NULL);
	char *stream = g_build_filename(dir, "stream.jsonl", NULL);
	char *classified = g_build_filename(dir, "classified.jsonl", NULL);
	char *sum, *text, err[512];
	const char *read_argv[] = { "ihh-read", "-q", "--log", log, "--by", "alice",
		"fixtures/whatsapp/android-nl", NULL };
	const char *cls_argv[] = { "ihh-classify", "-q", "--log", log, "--by", "alice",
		"--rules", "fixtures/rules-test", stream, NULL };
	struct run r;
	json_t *es;
	size_t len;

	run(&r, stream, read_argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	run(&r, classified, cls_argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(audit_verify(log, &es, err, sizeof(err)), 2, "%s", err);
	/* what classify read is what read wrote, byte for byte */
	text = slurp(stream, &len);
	sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)text, len);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(json_array_get(es, 0),
	    "output"), "sha256")), sum);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(json_array_get(es, 1),
	    "input"), "sha256")), sum);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_array_get(es, 1),
	    "counts"), "records")), 32);
	g_free(sum);
	free(text);
	json_decref(es);

	/* a broken log is refused before anything is written */
	edit(log, 1, "\"alice\"", "\"bobby\"");
	run(&r, classified, cls_argv);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "audit.log:1: the line does not match its digest"), "%s", r.err);
	cr_assert(strstr(r.err, "this log is refused"), "%s", r.err);
	cr_assert_eq(r.outlen, 0);
	text = slurp(classified, &len);
	cr_assert_eq(len, 0, "the stream was written");
	free(text);
	run_free(&r);
	g_free(log);
	g_free(stream);
	g_free(classified);
	free(dir);
}
