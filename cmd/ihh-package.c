/*
 * ihh-package: the kept stream (what ihh-apply wrote) and its
 * attachments, as the archive package: a BagIt bag with the Nationaal
 * Archief's SIP layout and MDTO metadata inside, as a folder or an
 * archive (tar, tar.gz, zip).
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "files.h"
#include "ihh.h"
#include "package.h"
#include "prog.h"
#include "redact.h"
#include "rules.h"
#include "stream.h"

struct run {
	struct package *p;
	int failed;
};

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s --store DIR -o OUT [--format dir|tar|tar.gz|zip] [--config FILE]\n"
	    "       [--report FILE] [--rules DIR] [--log FILE] [--by NAME] [FILE...]\n", progname);
	exit(2);
}

static int
one(void *ctx, json_t *rec)
{
	struct run *r = ctx;
	char err[1024];

	if (package_add(r->p, rec, err, sizeof(err)) != 0) {
		warnf("%s", err);
		r->failed = 1;
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "store", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "config", required_argument, NULL, 'c' },
		{ "report", required_argument, NULL, 'R' },
		{ "rules", required_argument, NULL, 'r' },
		{ "log", required_argument, NULL, 'L' },
		{ "by", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *store = NULL, *out = NULL, *format = "dir", *cpath = NULL, *report = NULL;
	const char *rules_dir = rules_default_dir(), *log = NULL, *by = NULL, *tags[3];
	struct package_config *cfg;
	struct grounds *grounds;
	struct run r = { NULL, 0 };
	const struct package_counts *n;
	char err[1024], *gpath, *dir;
	int ch, quiet = 0, status, ntags = 0;

	prog_init("ihh-package");
	while ((ch = getopt_long(argc, argv, "s:o:f:c:R:r:L:b:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 's': store = optarg; break;
		case 'o': out = optarg; break;
		case 'f': format = optarg; break;
		case 'c': cpath = optarg; break;
		case 'R': report = optarg; break;
		case 'r': rules_dir = optarg; break;
		case 'L': log = optarg; break;
		case 'b': by = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-package %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!store || !out)
		usage();
	if (strcmp(format, "dir") && strcmp(format, "tar") && strcmp(format, "tar.gz") &&
	    strcmp(format, "zip"))
		die(2, "--format is dir, tar, tar.gz or zip, not '%s'", format);
	if (!(cfg = cpath ? package_config_load(cpath, err, sizeof(err)) : package_config_default()))
		die(2, "%s", err);
	gpath = g_strconcat(rules_dir, "/grounds.tsv", NULL);
	if (!(grounds = grounds_load(gpath, 1, err, sizeof(err))))
		die(2, "%s", err);
	g_free(gpath);
	if (!log || !*log)
		log = getenv("IHH_LOG");
	if (log && *log)
		tags[ntags++] = log;
	if (report)
		tags[ntags++] = report;
	tags[ntags] = NULL;
	prog_audit_start(log, by);
	/* an archive is made from the folder, which is built beside it */
	dir = strcmp(format, "dir") ? g_strconcat(out, ".building", NULL) : g_strdup(out);
	if (strcmp(format, "dir") && access(out, F_OK) == 0)
		die(2, "%s: already there (a package is written new)", out);
	if (!(r.p = package_new(dir, store, grounds, cfg, err, sizeof(err))))
		die(2, "%s", err);
	status = stream_filter(argc - optind, argv + optind, one, &r);
	if (!r.failed && status == 0 && package_finish(r.p, tags, err, sizeof(err)) != 0) {
		warnf("%s", err);
		r.failed = 1;
	}
	if (!r.failed && status == 0 && strcmp(format, "dir") &&
	    package_archive(r.p, out, format, err, sizeof(err)) != 0) {
		warnf("%s", err);
		r.failed = 1;
	}
	if (strcmp(format, "dir") || r.failed || status)
		files_remove_tree(dir);
	if (r.failed || status)
		die(2, "no package written: a package holds every message of the stream or none");
	/* the log's output digest: the archive, or for a folder its tag manifest (which
	 * holds the digest of every manifest, which hold every file's) */
	if (strcmp(format, "dir"))
		prog_audit_output_file(out);
	else {
		char *tm = g_build_filename(out, "tagmanifest-sha256.txt", NULL);

		prog_audit_output_file(tm);
		g_free(tm);
	}
	n = package_counts(r.p);
	if (!quiet)
		warnf("%llu messages in %llu conversations, %llu attachments (%llu named but not in the "
		    "export); %llu information objects, %llu files, %llu bytes of payload: %s",
		    n->messages, n->conversations, n->attachments, n->missing_attachments, n->objects,
		    n->files, n->octets, out);
	status = prog_audit_end(0, json_pack("{s:I,s:I,s:I,s:I,s:I,s:s}", "records",
	    (json_int_t)n->messages, "conversations", (json_int_t)n->conversations,
	    "attachments", (json_int_t)n->attachments, "objects", (json_int_t)n->objects,
	    "files", (json_int_t)n->files, "format", format));
	package_free(r.p);
	grounds_free(grounds);
	package_config_free(cfg);
	g_free(dir);
	return status;
}
