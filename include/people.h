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

struct marks *marks_load(const char *path, char *err, size_t errlen);
void marks_free(struct marks *m);
/*
 * The owner's mark for a record (its id, conversation id or title), or
 * NULL; *where says which line of the marks file made it.
 */
const char *marks_class(const struct marks *m, const json_t *rec,
    const char **where);

#endif
