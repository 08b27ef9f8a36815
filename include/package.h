/*
 * package: the archive package, a BagIt 1.0 bag whose data/ follows the
 * Nationaal Archief's SIP layout with MDTO metadata (docs/package.md).
 *
 * package_new() starts a package in a new folder; package_add() takes
 * the kept messages one by one (the stream of ihh-apply), writing each
 * conversation's rendition and records as it goes, so that memory holds
 * only what is known of each conversation; package_finish() writes the
 * metadata, the pakbon and the bag's tag files.
 */
#ifndef IHH_PACKAGE_H
#define IHH_PACKAGE_H

#include <stddef.h>

#include <jansson.h>

#include "redact.h"

/* What the archive needs to know that the stream does not say. */
struct package_config {
	char *organisation;	/* the archiefvormer: Ministerie van ... */
	char *organisation_id;	/* its identification (e.g. an OIN), or NULL */
	char *contact;		/* a person or address for the receiving archive */
	char *title;		/* the delivery: "Chats en e-mail van minister ..." */
	char *identifier;	/* the delivery's unique identifier */
	char *target;		/* where in the target archive it goes */
	char *waardering;	/* B (blijvend te bewaren) or V */
	char *bewaartermijn;	/* xsd:duration, for V only */
	char *date;		/* the packaging date, YYYY-MM-DD (fixed: same input, same package) */
};

/* key = value lines (docs/package.md); defaults for what is not said. */
struct package_config *package_config_load(const char *path, char *err, size_t errlen);
struct package_config *package_config_default(void);
void package_config_free(struct package_config *c);

struct package;

/* store: where ihh-read put the attachments; grounds: the restriction
 * terms; tags: files carried as tag files (the audit log, the apply
 * report), NULL-terminated, may be NULL. */
struct package *package_new(const char *dir, const char *store, const struct grounds *grounds,
    const struct package_config *cfg, char *err, size_t errlen);
/* Takes rec's reference; -1 with a message on a problem the package cannot carry. */
int package_add(struct package *p, json_t *rec, char *err, size_t errlen);
int package_finish(struct package *p, const char *const *tags, char *err, size_t errlen);
/* The finished package's folder as one archive at out: "tar", "tar.gz" or
 * "zip"; entries sorted, times from the package's date, owner 0: the
 * same package, the same bytes. */
int package_archive(struct package *p, const char *out, const char *format, char *err,
    size_t errlen);
void package_free(struct package *p);

struct package_counts {
	unsigned long long messages, conversations, attachments, missing_attachments;
	unsigned long long objects, files, octets;
};
const struct package_counts *package_counts(const struct package *p);

#endif
