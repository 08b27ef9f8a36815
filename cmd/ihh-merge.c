/*
 * ihh-merge: several exports of one conversation in, one conversation
 * out, every message once with all its sources; what each export covers
 * in a report.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ihh.h"
#include "merge.h"
#include "people.h"
#include "prog.h"
#include "read.h"
#include "stream.h"

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [--contacts FILE] [--store DIR] [--tz ZONE] [--format F] "
	    "[--coverage NAME] [--period FROM/TO] [--conversation TITLE|ID]... [--log FILE] "
	    "[--by NAME] (EXPORT | --stream FILE.jsonl)...\n", progname);
	exit(2);
}

struct in {
	const char *path;
	int stream;
};

/* --conversation: the conversations taken from each input, by title or id
 * (a read-out or an account export holds many); none given: all */
static GPtrArray *wanted;
static unsigned long long others;	/* records of other conversations, this input */

static int
taken(const json_t *rec)
{
	const json_t *c = json_object_get(rec, "conversation");
	const char *t = json_string_value(json_object_get(c, "title"));
	const char *id = json_string_value(json_object_get(c, "id"));
	unsigned i;

	if (!wanted->len)
		return 1;
	for (i = 0; i < wanted->len; i++)
		if ((t && !strcmp(t, wanted->pdata[i])) || (id && !strcmp(id, wanted->pdata[i])))
			return 1;
	others++;
	return 0;
}

static int
collect(void *ctx, json_t *rec)
{
	if (taken(rec))
		merge_add(ctx, json_incref(rec));
	return 0;
}

static int
collect_stream(void *ctx, json_t *rec)
{
	if (taken(rec))
		merge_add(ctx, rec);
	else
		json_decref(rec);
	return 0;
}

static void
warn(void *ctx, const char *msg)
{
	(void)ctx;
	warnf("%s", msg);
}

/* A bound of --period: RFC 3339, or a date (its start; as the end, its end). */
static long long
bound(const char *s, size_t n, int end, GTimeZone *tz)
{
	char *v = g_strndup(s, n);
	GDateTime *d = NULL, *e;
	int y, mo, da;
	char c;
	long long t;

	if (sscanf(v, "%4d-%2d-%2d%c", &y, &mo, &da, &c) == 3 && strlen(v) == 10)
		d = g_date_time_new(tz, y, mo, da, 0, 0, 0);
	else
		d = g_date_time_new_from_iso8601(v, tz);
	g_free(v);
	if (!d)
		return LLONG_MIN;
	if (end && n == 10) {
		e = g_date_time_add_days(d, 1);
		g_date_time_unref(d);
		d = e;
	}
	t = g_date_time_to_unix(d);
	g_date_time_unref(d);
	return t;
}

static void
write_report(const char *name, const json_t *rep)
{
	char *json = json_dumps(rep, JSON_INDENT(2)), *text = merge_report_text(rep);
	char *pj = g_strconcat(name, ".json", NULL), *pt = g_strconcat(name, ".txt", NULL);
	char *jn = g_strconcat(json, "\n", NULL);

	if (!json)
		die(1, "out of memory");
	prog_write_private(pj, jn);
	prog_write_private(pt, text);
	prog_audit_output(jn, strlen(jn));
	prog_audit_output(text, strlen(text));
	free(json);
	g_free(jn);
	g_free(text);
	g_free(pj);
	g_free(pt);
}

/* the inputs in their order; reachable from here when a usage error ends the run */
static struct in *ins;

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "contacts", required_argument, NULL, 'c' },
		{ "store", required_argument, NULL, 's' },
		{ "tz", required_argument, NULL, 'z' },
		{ "format", required_argument, NULL, 'f' },
		{ "stream", required_argument, NULL, 'S' },
		{ "coverage", required_argument, NULL, 'C' },
		{ "period", required_argument, NULL, 'p' },
		{ "conversation", required_argument, NULL, 'k' },
		{ "log", required_argument, NULL, 'L' },
		{ "by", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct read_opts o = { 0 };
	const char *log = NULL, *by = NULL, *cpath = NULL, *coverage = NULL, *period = NULL, *slash;
	struct contacts *contacts = NULL;
	struct reader *r = NULL;
	struct merge *m;
	GTimeZone *tz;
	json_t *rep, *rec, *x;
	long long from = 1, to = 0;
	size_t i, nin = 0;
	char err[1024];
	int ch, status = 0, quiet = 0, exports = 0;

	prog_init("ihh-merge");
	wanted = g_ptr_array_new();
	ins = calloc((size_t)argc, sizeof(*ins));
	if (!ins)
		die(1, "out of memory");
	/* "-": exports and --stream files keep the order they are given in */
	while ((ch = getopt_long(argc, argv, "-c:s:z:f:S:C:p:k:L:b:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 1: ins[nin++] = (struct in){ optarg, 0 }; exports = 1; break;
		case 'S': ins[nin++] = (struct in){ optarg, 1 }; break;
		case 'c': cpath = optarg; break;
		case 's': o.store_dir = optarg; break;
		case 'z': o.tz = optarg; break;
		case 'f': o.format = optarg; break;
		case 'C': coverage = optarg; break;
		case 'p': period = optarg; break;
		case 'k': g_ptr_array_add(wanted, optarg); break;
		case 'L': log = optarg; break;
		case 'b': by = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-merge %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	for (; optind < argc; optind++) {
		ins[nin++] = (struct in){ argv[optind], 0 };
		exports = 1;
	}
	if (nin == 0)
		usage();
	if (!(tz = g_time_zone_new_identifier(o.tz ? o.tz : "Europe/Amsterdam")))
		die(2, "unknown time zone '%s'", o.tz);
	if (period) {
		if (!(slash = strchr(period, '/')) ||
		    (from = bound(period, (size_t)(slash - period), 0, tz)) == LLONG_MIN ||
		    (to = bound(slash + 1, strlen(slash + 1), 1, tz)) == LLONG_MIN || from >= to)
			die(2, "--period wants FROM/TO, dates (2024-03-01) or RFC 3339 times, FROM before TO");
	}
	if (cpath && !(contacts = contacts_load(cpath, err, sizeof(err))))
		die(2, "%s", err);
	prog_audit_start(log, by);
	m = merge_new(contacts);
	if (exports && !(r = reader_new(&o, collect, warn, m, err, sizeof(err))))
		die(2, "%s", err);
	for (i = 0; i < nin; i++) {
		merge_input(m, ins[i].path);
		others = 0;
		if (!ins[i].stream) {
			if (reader_add(r, ins[i].path) != 0)
				status = 1;
			prog_audit_path(ins[i].path);
		} else if (stream_filter(1, (char *[]){ (char *)ins[i].path }, collect_stream, m) != 0) {
			/* a bad line is said and skipped: the rest of the stream still counts */
			status = 1;
		}
		if (others && !quiet)
			warnf("%s: %llu record%s of other conversations left out (--conversation)",
			    ins[i].path, others, others == 1 ? "" : "s");
		if (merge_end_input(m, err, sizeof(err)) != 0) {
			warnf("%s: %s; not merged%s", ins[i].path, err, wanted->len ? "" :
			    " (--conversation TITLE takes one of them)");
			status = 1;
		}
	}
	merge_finish(m);
	for (i = 0; i < merge_count(m); i++) {
		rec = merge_record(m, i);
		if (stream_write(prog_stream, rec) != 0) {
			json_decref(rec);
			break;
		}
		json_decref(rec);
	}
	if (finish_output(prog_stream, "the stream") != 0)
		status = 1;
	rep = merge_report(m, from, to);
	if (coverage)
		write_report(coverage, rep);
	if (!quiet) {
		json_array_foreach(json_object_get(rep, "exports"), i, x)
			warnf("%s: %lld read = %lld new + %lld duplicates; %lld only here, "
			    "%lld missing within its period", json_string_value(json_object_get(x, "input")),
			    json_integer_value(json_object_get(x, "read")),
			    json_integer_value(json_object_get(x, "merged")),
			    json_integer_value(json_object_get(x, "duplicates")),
			    json_integer_value(json_object_get(x, "only_here")),
			    json_integer_value(json_object_get(x, "missing")));
		warnf("read %lld messages from %lld input%s = %lld merged + %lld duplicates; "
		    "%lld only in one export, %lld missing from an export within its period",
		    json_integer_value(json_object_get(rep, "read")),
		    json_integer_value(json_object_get(rep, "inputs")),
		    json_integer_value(json_object_get(rep, "inputs")) == 1 ? "" : "s",
		    json_integer_value(json_object_get(rep, "merged")),
		    json_integer_value(json_object_get(rep, "duplicates")),
		    json_integer_value(json_object_get(rep, "only_one_export")),
		    json_integer_value(json_object_get(rep, "missing")));
	}
	status = prog_audit_end(status, json_pack("{s:O,s:O,s:O,s:O,s:O,s:O}",
	    "inputs", json_object_get(rep, "inputs"), "records", json_object_get(rep, "read"),
	    "merged", json_object_get(rep, "merged"), "duplicates", json_object_get(rep, "duplicates"),
	    "only_one_export", json_object_get(rep, "only_one_export"),
	    "missing", json_object_get(rep, "missing")));
	json_decref(rep);
	merge_free(m);
	reader_free(r);
	contacts_free(contacts);
	g_time_zone_unref(tz);
	g_ptr_array_free(wanted, TRUE);
	free(ins);
	return status;
}
