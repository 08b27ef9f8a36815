/*
 * ihh-redact: the stream in, each message with the spans of personal
 * data a reviewer must validate, and their Woo grounds.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ihh.h"
#include "prog.h"
#include "redact.h"
#include "stream.h"

struct run {
	struct rules *rules;
	struct grounds *grounds;
	struct rules_result res;
	struct redact_counts counts;
};

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [--rules DIR] [--also CATEGORY,...] [--log FILE] [--by NAME] [FILE...]\n", progname);
	exit(2);
}

static int
one(void *ctx, json_t *rec)
{
	static const char *const changes[] = { "redactions", "review", "errors", NULL };
	struct run *r = ctx;
	size_t len;
	const char *line = stream_filter_line(&len);
	int rc;

	redact_record(r->rules, r->grounds, rec, &r->res, &r->counts);
	rc = stream_write_changed(prog_stream, rec, line, len, changes);
	json_decref(rec);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "also", required_argument, NULL, 'a' },
		{ "log", required_argument, NULL, 'L' },
		{ "by", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *rules_dir = rules_default_dir(), *also = NULL, *log = NULL, *by = NULL;
	const char *const *cats = redact_categories();
	struct run r = { 0 };
	char err[1024], *gpath;
	int ch, i, quiet = 0, status;
	GString *per;
	json_t *counts;

	prog_init("ihh-redact");
	while ((ch = getopt_long(argc, argv, "r:a:L:b:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r': rules_dir = optarg; break;
		case 'a': also = optarg; break;
		case 'L': log = optarg; break;
		case 'b': by = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-redact %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!(r.rules = rules_load(rules_dir, err, sizeof(err))))
		die(2, "%s", err);
	if (also && rules_enable(r.rules, also, err, sizeof(err)) != 0)
		die(2, "--also: %s", err);
	gpath = g_strconcat(rules_dir, "/grounds.tsv", NULL);
	if (!(r.grounds = grounds_load(gpath, 1, err, sizeof(err))))
		die(2, "%s", err);
	g_free(gpath);
	prog_audit_start(log, by);
	status = stream_filter(argc - optind, argv + optind, one, &r);
	if (finish_output(prog_stream, "the stream") != 0)
		status = 1;
	if (!quiet) {
		per = g_string_new(NULL);
		for (i = 0; cats[i]; i++)
			if (r.counts.per_category[i])
				g_string_append_printf(per, "%s%s %llu", per->len ? ", " : "; ",
				    cats[i], r.counts.per_category[i]);
		warnf("%llu message%s, %llu with redactions (%llu span%s%s); %llu to review",
		    r.counts.records, r.counts.records == 1 ? "" : "s", r.counts.redacted,
		    r.counts.spans, r.counts.spans == 1 ? "" : "s", per->str, r.counts.review);
		g_string_free(per, TRUE);
	}
	counts = json_pack("{s:I,s:I,s:I,s:I,s:{}}", "records", (json_int_t)r.counts.records,
	    "redacted", (json_int_t)r.counts.redacted, "spans", (json_int_t)r.counts.spans,
	    "review", (json_int_t)r.counts.review, "categories");
	for (i = 0; cats[i]; i++)
		if (r.counts.per_category[i])
			json_object_set_new(json_object_get(counts, "categories"), cats[i],
			    json_integer((json_int_t)r.counts.per_category[i]));
	status = prog_audit_end(status, counts);
	rules_result_free(&r.res);
	grounds_free(r.grounds);
	rules_free(r.rules);
	return status;
}
