/*
 * ihh-verify: checks what ihh wrote, the way a receiving archive would:
 * a package (folder or archive) as a BagIt bag (every manifest, every
 * checksum, Payload-Oxum, no file outside the manifests), its MDTO
 * sidecars (against the schemas given and the pre-ingest rules; every
 * checksum equal to its file's), the audit log it carries; and an audit
 * log's hash chain.  One line per finding, a summary; exit 0 only when
 * all hold.
 *
 *   ihh-verify [--schema FILE]... [--log FILE] [PACKAGE...]
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "audit.h"
#include "verify.h"
#include "ihh.h"
#include "prog.h"

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [--schema FILE]... [--log FILE] [PACKAGE...]\n", progname);
	exit(2);
}

static void
found(void *ctx, const char *file, const char *problem)
{
	printf("%s: %s%s%s\n", (const char *)ctx, file, *file ? ": " : "", problem);
}

/* The audit log's chain; 0 when it holds. */
static int
verify_log(const char *log, int quiet)
{
	char err[1024];
	json_t *entries, *e;
	GHashTable *who;
	size_t i;
	long n;

	if ((n = audit_verify(log, &entries, err, sizeof(err))) < 0) {
		printf("%s\n", err);
		return 1;
	}
	who = g_hash_table_new(g_str_hash, g_str_equal);
	json_array_foreach(entries, i, e) {
		const char *by = json_string_value(json_object_get(e, "by"));

		if (by)
			g_hash_table_add(who, (gpointer)by);
		if (!quiet)
			printf("%4zu  %s  %-13s %-12s in %.12s  out %.12s\n", i + 1,
			    json_string_value(json_object_get(e, "at")),
			    json_string_value(json_object_get(e, "program")), by ? by : "?",
			    json_string_value(json_object_get(json_object_get(e, "input"), "sha256")),
			    json_string_value(json_object_get(json_object_get(e, "output"), "sha256")));
	}
	printf("%s: ok, %ld run%s by %u person%s, the chain unbroken\n", log, n, n == 1 ? "" : "s",
	    g_hash_table_size(who), g_hash_table_size(who) == 1 ? "" : "s");
	g_hash_table_destroy(who);
	json_decref(entries);
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "log", required_argument, NULL, 'L' },
		{ "schema", required_argument, NULL, 's' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *log = NULL, *schemas[9] = { NULL };
	int ch, quiet = 0, bad = 0, i, nschemas = 0;
	size_t n;

	prog_init("ihh-verify");
	while ((ch = getopt_long(argc, argv, "L:s:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'L': log = optarg; break;
		case 's':
			if (nschemas == 8)
				die(2, "at most 8 schemas");
			schemas[nschemas++] = optarg;
			break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-verify %s\n", IHH_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!log && optind == argc)
		usage();
	if (log)
		bad |= verify_log(log, quiet);
	for (i = optind; i < argc; i++) {
		n = package_verify(argv[i], schemas, found, argv[i]);
		if (n)
			printf("%s: NOT VALID, %zu finding%s\n", argv[i], n, n == 1 ? "" : "s");
		else
			printf("%s: valid (BagIt bag%s)\n", argv[i],
			    nschemas ? "; MDTO valid against the schema given" : "");
		bad |= n != 0;
	}
	return bad;
}
