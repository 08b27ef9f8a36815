/*
 * patterns: prints the rules of a rule directory as PCRE2 runs them, one
 * a line, for the tools ihh is measured against (rg -P -f).
 *
 *   patterns DIR
 */
#include <stdio.h>

#include "rules.h"

int
main(int argc, char **argv)
{
	char err[512];
	struct rules *rs;
	const struct rule *r;
	size_t i;

	if (argc != 2) {
		fprintf(stderr, "usage: patterns DIR\n");
		return 2;
	}
	if (!(rs = rules_load(argv[1], err, sizeof(err)))) {
		fprintf(stderr, "patterns: %s\n", err);
		return 2;
	}
	for (i = 0; (r = rules_at(rs, i)); i++)
		if (!r->except && (r->field == FIELD_TEXT || r->field == FIELD_SUBJECT))
			printf("%s\n", r->pattern);
	rules_free(rs);
	return 0;
}
