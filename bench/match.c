/*
 * match: the rules alone, without the JSON around them: reads a stream
 * into memory, then times rules_match() over every record, once for the
 * class rules and once for the personal-data rules (all categories), and
 * prints the text's MiB/s per core.
 *
 *   match RULES-DIR STREAM [MAX-RECORDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "rules.h"
#include "stream.h"

static double
cpu_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	static const char *const kinds[] = { "class rules", "personal-data rules" };
	char err[512];
	struct rules *rs;
	struct rules_result res = { 0 };
	struct stream_reader *sr;
	json_t *all = json_array(), *rec;
	double bytes = 0, t0, t;
	unsigned long hits, max;
	size_t i;
	FILE *f;
	int k, rc, rep, reps = getenv("IHH_MATCH_REPS") ? atoi(getenv("IHH_MATCH_REPS")) : 1;

	if (reps < 1)
		reps = 1;
	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: match RULES-DIR STREAM [MAX-RECORDS]\n");
		return 2;
	}
	if (!(rs = rules_load(argv[1], err, sizeof(err)))) {
		fprintf(stderr, "match: %s\n", err);
		return 2;
	}
	if (rules_enable(rs, "iban,telefoon", err, sizeof(err)) != 0 ||
	    !(f = fopen(argv[2], "r")) || !(sr = stream_reader_new(f, argv[2]))) {
		fprintf(stderr, "match: %s\n", argv[2]);
		return 2;
	}
	max = argc == 4 ? strtoul(argv[3], NULL, 10) : 0;
	while ((!max || json_array_size(all) < max) && (rc = stream_read(sr, &rec)) != 0)
		if (rc > 0) {
			json_t *s = json_object_get(rec, "text");

			bytes += (double)json_string_length(s);
			json_array_append_new(all, rec);
		}
	stream_reader_free(sr);
	fclose(f);
	for (k = 0; k < 2; k++) {
		/* the scanners are built on the first record: not timed */
		rules_match(rs, json_array_get(all, 0), (enum rule_kind)k, &res);
		hits = 0;
		t0 = cpu_now();
		for (rep = 0; rep < reps; rep++)
			json_array_foreach(all, i, rec) {
				rules_match(rs, rec, (enum rule_kind)k, &res);
				hits += res.nhits;
			}
		t = (cpu_now() - t0) / reps;
		hits /= (unsigned long)reps;
		printf("| %-34s | %8.1f | %8zu | %7.2f | %9.1f | %9.0f | %8lu |\n", kinds[k],
		    bytes / 1048576, json_array_size(all), t, bytes / 1048576 / t,
		    (double)json_array_size(all) / t, hits);
	}
	rules_result_free(&res);
	rules_free(rs);
	json_decref(all);
	return 0;
}
