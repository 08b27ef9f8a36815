/*
 * The rule engine's insides: rules.c and prefilter.c.
 */
#ifndef IHH_RULES_PRIV_H
#define IHH_RULES_PRIV_H

/*
 * What Vectorscan looks for on behalf of a rule's PCRE2 pattern: a part
 * every match contains (never less than the rule can match).  A new
 * string, freed with g_free(); NULL when no part is worth looking for
 * (PCRE2 then runs the rule on every record).
 */
char *prefilter_of(const char *pattern);

#endif
