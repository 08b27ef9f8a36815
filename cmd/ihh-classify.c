/*
 * ihh-classify: the stream in, each message zakelijk, prive or
 * partijpolitiek, with its reasons and whether a person must look.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "classify.h"
#include "ihh.h"
#include "prog.h"
#include "stream.h"

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [--rules DIR] [--contacts FILE] [--marks FILE] [--log FILE] [--by NAME] [FILE...]\n",
	    progname);
	exit(2);
}

/* The lines of the records the classifier holds, in stream order: a
 * record goes out as its line with only these members new. */
struct line {
	const json_t *rec;
	char *s;
	size_t len;
};

static const char *const changes[] = { "class", "reasons", "review", "errors", NULL };
static GQueue lines = G_QUEUE_INIT;

static void
line_free(void *p)
{
	struct line *l = p;

	explicit_bzero(l->s, l->len);
	g_free(l->s);
	g_free(l);
}

static int
emit(void *ctx, json_t *rec)
{
	struct line *l = g_queue_pop_head(&lines);
	int rc;

	(void)ctx;
	if (l && l->rec == rec)
		rc = stream_write_changed(prog_stream, rec, l->s, l->len, changes);
	else
		rc = stream_write(prog_stream, rec);
	if (l)
		line_free(l);
	return rc;
}

static int
one(void *ctx, json_t *rec)
{
	struct line *l = g_new(struct line, 1);
	const char *s = stream_filter_line(&l->len);

	l->rec = rec;
	l->s = g_memdup2(s, l->len);
	g_queue_push_tail(&lines, l);
	return classify_push(ctx, rec);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "contacts", required_argument, NULL, 'c' },
		{ "marks", required_argument, NULL, 'm' },
		{ "log", required_argument, NULL, 'L' },
		{ "by", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *rules_dir = rules_default_dir(), *cpath = NULL, *mpath = NULL;
	const char *log = NULL, *by = NULL;
	struct contacts *contacts = NULL;
	struct marks *marks = NULL;
	const struct classify_counts *n;
	struct classifier *cl;
	struct rules *rules;
	char err[1024];
	int ch, quiet = 0, status;

	prog_init("ihh-classify");
	while ((ch = getopt_long(argc, argv, "r:c:m:L:b:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r': rules_dir = optarg; break;
		case 'c': cpath = optarg; break;
		case 'm': mpath = optarg; break;
		case 'L': log = optarg; break;
		case 'b': by = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-classify %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!(rules = rules_load(rules_dir, err, sizeof(err))))
		die(2, "%s", err);
	if (cpath && !(contacts = contacts_load(cpath, err, sizeof(err))))
		die(2, "%s", err);
	if (mpath && !(marks = marks_load(mpath, err, sizeof(err))))
		die(2, "%s", err);
	prog_audit_start(log, by);
	cl = classify_new(rules, contacts, marks, emit, NULL);
	status = stream_filter(argc - optind, argv + optind, one, cl);
	if (status != 2 && classify_finish(cl) != 0)
		status = 1;
	if (finish_output(prog_stream, "the stream") != 0)
		status = 1;
	n = classify_counts(cl);
	if (!quiet)
		warnf("%llu message%s: %llu zakelijk, %llu prive, %llu partijpolitiek; %llu to review",
		    n->records, n->records == 1 ? "" : "s", n->zakelijk, n->prive,
		    n->partijpolitiek, n->review);
	status = prog_audit_end(status, json_pack("{s:I,s:I,s:I,s:I,s:I}",
	    "records", (json_int_t)n->records, "zakelijk", (json_int_t)n->zakelijk,
	    "prive", (json_int_t)n->prive, "partijpolitiek", (json_int_t)n->partijpolitiek,
	    "review", (json_int_t)n->review));
	classify_free(cl);
	g_queue_clear_full(&lines, line_free);
	contacts_free(contacts);
	marks_free(marks);
	rules_free(rules);
	return status;
}
