/*
 * redact: proposed redactions of personal data, with the Woo ground for
 * each.  Text is never changed here: a later stage applies what a
 * reviewer validated.
 *
 * The grounds table (patterns/grounds.tsv) maps a category to its Woo
 * ground and the term access to it is restricted for; without one the
 * law's defaults are used (5.1.1d special personal data, 5.1.1e the BSN,
 * 5.1.2e other personal data).
 */
#ifndef IHH_REDACT_H
#define IHH_REDACT_H

#include <stddef.h>

#include <jansson.h>

#include "rules.h"

struct grounds;

/* NULL with "file:line: problem" in err; a missing file is no error
 * when missing_ok (the defaults are used). */
struct grounds *grounds_load(const char *path, int missing_ok, char *err,
    size_t errlen);
void grounds_free(struct grounds *g);
const char *grounds_ground(const struct grounds *g, const char *category);
const char *grounds_term(const struct grounds *g, const char *category);
const char *grounds_label(const struct grounds *g, const char *category);

struct redact_counts {
	unsigned long long records, redacted, spans, review;
	unsigned long long per_category[16];
};

/*
 * Sets rec's "redactions" (replacing any), "review" (true when there is
 * something to validate) and adds problems to "errors".  res is scratch
 * space kept between calls.
 */
void redact_record(struct rules *rs, const struct grounds *g, json_t *rec,
    struct rules_result *res, struct redact_counts *counts);

/* The categories in the order of redact_counts.per_category, NULL-terminated. */
const char *const *redact_categories(void);

#endif
