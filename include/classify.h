/*
 * classify: zakelijk, prive or partijpolitiek for every record, with the
 * reasons a reviewer reads, following the law's order of strength
 * (README.md, "How ihh-classify decides").
 *
 * Records are pushed in stream order and come back through emit in the
 * same order, with "class", "reasons" and "review" set.  Short replies
 * wait for their conversation's context, at most CLASSIFY_WINDOW records,
 * so memory stays bounded.  classify_push() takes the caller's reference.
 */
#ifndef IHH_CLASSIFY_H
#define IHH_CLASSIFY_H

#include <stddef.h>

#include <jansson.h>

#include "people.h"
#include "rules.h"

#define CLASSIFY_WINDOW 256

typedef int (*classify_emit_fn)(void *ctx, json_t *rec);

struct classify_counts {
	unsigned long long records, zakelijk, prive, partijpolitiek, review;
};

struct classifier;

/* rules, contacts and marks are borrowed; contacts and marks may be NULL. */
struct classifier *classify_new(struct rules *rules,
    const struct contacts *contacts, const struct marks *marks,
    classify_emit_fn emit, void *ctx);
void classify_free(struct classifier *c);

/* 0, or -1 when emit failed. */
int classify_push(struct classifier *c, json_t *rec);
/* The end of the stream: decides and emits what is still waiting. */
int classify_finish(struct classifier *c);
const struct classify_counts *classify_counts(const struct classifier *c);

#endif
