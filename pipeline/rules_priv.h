/*
 * The rule engine's insides: rules.c and prefilter.c.
 */
#ifndef IHH_RULES_PRIV_H
#define IHH_RULES_PRIV_H

#include <stddef.h>

#include <hs.h>

/*
 * What Vectorscan looks for on behalf of a rule's PCRE2 pattern: a part
 * every match contains (never less than the rule can match).  A new
 * string, freed with g_free(); NULL when no part is worth looking for
 * (PCRE2 then runs the rule on every record).  When also is not NULL,
 * *also gets another part every match contains, of words without
 * classes, in the same syntax, or NULL.
 */
char *prefilter_of(const char *pattern, char **also);

/* The fewest ASCII digits [0-9] every match of a PCRE2 pattern holds; 0
 * when it cannot tell. */
int prefilter_digits(const char *pattern);

/*
 * Compiled Vectorscan databases kept between runs (hscache.c).  The key
 * names what a database is compiled from: every candidate pattern of a
 * group with its flags, in order.  hscache_load() gives the database and
 * the places of the patterns it holds (g_free), or NULL; hscache_save()
 * keeps one, if it can.
 */
char *hscache_key(const char *const *pats, const unsigned *flags, size_t n);
hs_database_t *hscache_load(const char *key, unsigned **ids, size_t *nids);
void hscache_save(const char *key, const hs_database_t *db, const unsigned *ids,
    size_t nids);

#endif
