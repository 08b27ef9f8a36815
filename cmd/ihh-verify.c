/*
 * ihh-verify: checks what ihh wrote.  For now the audit log: its hash
 * chain, line by line (the archive package follows with the packaging).
 *
 *   ihh-verify --log FILE
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "audit.h"
#include "ihh.h"
#include "prog.h"

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s --log FILE\n", progname);
	exit(2);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "log", required_argument, NULL, 'L' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *log = NULL;
	char err[1024];
	json_t *entries, *e;
	GHashTable *who;
	size_t i;
	long n;
	int ch, quiet = 0;

	prog_init("ihh-verify");
	while ((ch = getopt_long(argc, argv, "L:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'L': log = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-verify %s\n", IHH_VERSION);
			return 0;
		default: usage();
		}
	}
	if (!log || optind != argc)
		usage();
	if ((n = audit_verify(log, &entries, err, sizeof(err))) < 0) {
		printf("%s: BROKEN\n", log);
		die(1, "%s", err);
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
