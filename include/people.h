/*
 * people: the contacts file (who is family, friend, party, colleague,
 * press) and the owner's marks (conversations and messages the owner
 * marked privé or partijpolitiek).  Formats: README.md, "Contacts and
 * marks".
 *
 * Loaders return a handle freed with its _free(); lookups return
 * borrowed strings valid while the handle lives.
 */
#ifndef IHH_PEOPLE_H
#define IHH_PEOPLE_H

#include <stddef.h>

#include <jansson.h>

struct contacts;
struct marks;

/* NULL with "file:line:column: problem" in err. */
struct contacts *contacts_load(const char *path, char *err, size_t errlen);
void contacts_free(struct contacts *c);
/* The role of one person (name and/or address), or NULL. */
const char *contacts_role(const struct contacts *c, const char *name,
    const char *address, const char **matched);
/*
 * Who a sender is, as one string: the same for every name, number and
 * address one contacts line gives ("Pieter de Vries | +31 6 12345678"),
 * else the number in one notation, the address or the name without
 * regard to case and spacing.  c may be NULL.  g_free().
 */
char *contacts_who(const struct contacts *c, const char *name,
    const char *address);
/* The name the contacts line gives the person (its first identifier that
 * is neither a number nor an address), or NULL. */
const char *contacts_name(const struct contacts *c, const char *name,
    const char *address);

struct marks *marks_load(const char *path, char *err, size_t errlen);
void marks_free(struct marks *m);
/*
 * The owner's mark for a record (its id, conversation id or title), or
 * NULL; *where says which line of the marks file made it.
 */
const char *marks_class(const struct marks *m, const json_t *rec,
    const char **where);

#endif
