/*
 * ihh-read: exports in, the message stream out.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "ihh.h"
#include "prog.h"
#include "read.h"
#include "stream.h"

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [--store DIR] [--tz ZONE] [--format F] [--log FILE] [--by NAME] INPUT...\n", progname);
	exit(2);
}

static int
emit(void *ctx, json_t *rec)
{
	(void)ctx;
	return stream_write(prog_stream, rec);
}

static void
warn(void *ctx, const char *msg)
{
	(void)ctx;
	warnf("%s", msg);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "store", required_argument, NULL, 's' },
		{ "tz", required_argument, NULL, 'z' },
		{ "format", required_argument, NULL, 'f' },
		{ "log", required_argument, NULL, 'L' },
		{ "by", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct read_opts o = { 0 };
	const char *log = NULL, *by = NULL;
	const struct read_counts *c;
	struct reader *r;
	char err[512];
	int ch, i, status = 0, quiet = 0;

	prog_init("ihh-read");
	while ((ch = getopt_long(argc, argv, "s:z:f:L:b:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 's': o.store_dir = optarg; break;
		case 'z': o.tz = optarg; break;
		case 'f': o.format = optarg; break;
		case 'L': log = optarg; break;
		case 'b': by = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-read %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (optind == argc)
		usage();
	prog_audit_start(log, by);
	r = reader_new(&o, emit, warn, NULL, err, sizeof(err));
	if (!r)
		die(2, "%s", err);
	for (i = optind; i < argc; i++) {
		if (reader_add(r, argv[i]) != 0)
			status = 1;
		prog_audit_path(argv[i]);
	}
	c = reader_counts(r);
	if (finish_output(prog_stream, "the stream") != 0)
		status = 1;
	if (!quiet)
		warnf("read %llu message%s (%llu chat, %llu email, %llu system), "
		    "%llu with errors, from %u input%s%s",
		    (unsigned long long)c->records, c->records == 1 ? "" : "s",
		    (unsigned long long)c->chat, (unsigned long long)c->email,
		    (unsigned long long)c->system,
		    (unsigned long long)c->with_errors, c->inputs,
		    c->inputs == 1 ? "" : "s",
		    c->failed ? "; some input could not be read" : "");
	status = prog_audit_end(status, json_pack("{s:I,s:I,s:I,s:I,s:I,s:i,s:b}",
	    "records", (json_int_t)c->records, "chat", (json_int_t)c->chat,
	    "email", (json_int_t)c->email, "system", (json_int_t)c->system,
	    "with_errors", (json_int_t)c->with_errors, "inputs", (int)c->inputs,
	    "failed", c->failed != 0));
	reader_free(r);
	return status;
}
