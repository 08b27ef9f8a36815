/*
 * mdto: the Nationaal Archief's MDTO 1.0.1 metadata, written as XML
 * (package.c's sidecars).  Every string is escaped here.
 */
#ifndef IHH_MDTO_H
#define IHH_MDTO_H

#include <stddef.h>

/* A reference to another object of the package: its name and identification. */
struct mdto_ref {
	const char *name;
	const char *id;
};

/* A restriction on public access: a Woo ground, its label and its term. */
struct mdto_restriction {
	const char *ground;	/* "5.1.1d" */
	const char *label;	/* what it protects */
	const char *term;	/* xsd:duration, "P20Y" */
};

struct mdto_object {
	const char *id, *id_source;	/* identificatieKenmerk, identificatieBron */
	const char *name;		/* the title */
	const char *level;		/* Serie, Dossier, Archiefstuk */
	const char *organisation, *organisation_id;
	const char *waardering;		/* B or V */
	const char *bewaartermijn;	/* for V, or NULL */
	const char *begin, *end;	/* dekkingInTijd, YYYY-MM-DD, or NULL */
	const char *description;	/* omschrijving, or NULL */
	const struct mdto_ref *parent;	/* isOnderdeelVan, or NULL */
	const struct mdto_ref *parts;	/* bevatOnderdeel */
	size_t nparts;
	const struct mdto_ref *files;	/* heeftRepresentatie */
	size_t nfiles;
	const struct mdto_restriction *restrictions;	/* none: openbaar */
	size_t nrestrictions;
};

struct mdto_file {
	const char *id, *id_source;
	const char *name;		/* the file's name in the package */
	unsigned long long size;
	const char *pronom, *format_label;	/* bestandsformaat */
	const char *sha256;
	const char *checksum_date;	/* YYYY-MM-DDTHH:MM:SS */
	const char *location;		/* URLBestand, relative, or NULL */
	struct mdto_ref of;		/* isRepresentatieVan */
};

/* The sidecars' text, g_free(). */
char *mdto_object_xml(const struct mdto_object *o);
char *mdto_file_xml(const struct mdto_file *f);

/* A PRONOM identifier and label for a MIME type and file name. */
void mdto_format(const char *type, const char *name, const char **pronom, const char **label);

#endif
