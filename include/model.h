/*
 * model: a clause of a text scored by its words, per category of special
 * personal data (patterns/clauses.model, learned by scripts/model.py from
 * the labelled corpus).  It proposes what the rules did not find: a clause
 * scoring above the threshold, where no rule of its category hit.
 */
#ifndef IHH_MODEL_H
#define IHH_MODEL_H

#include <stddef.h>

#include <jansson.h>

#include "rules.h"

struct model;

/*
 * Loads DIR/clauses.model.  NULL with err empty when there is none; NULL
 * with "file:line:column: problem" in err when it cannot be read.
 */
struct model *model_load(const char *dir, char *err, size_t errlen);
void model_free(struct model *m);

/*
 * Adds to res a hit of a category's model rule for each clause of text
 * (n bytes) of a record of class cls that scores above the threshold, when
 * the words besides its weightiest one point the same way: one word never
 * decides ("koffie zonder suiker").  The hits are clauses without the
 * spaces around them; they are %fallback hits (rules.h).
 */
void model_match(const struct model *m, const char *cls, const char *text, size_t n,
    struct rules_result *res);

/*
 * The words of text (n bytes) that weigh most for category, weightiest
 * first: at most three, a pair of adjacent words as "de uitslag".  What a
 * reviewer reads as the reason for a proposal of the model.
 */
json_t *model_words(const struct model *m, const char *category, const char *text,
    size_t n);

#endif
