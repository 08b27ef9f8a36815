/*
 * verify: a package checked the way a receiving archive checks it: the
 * bag (bag.c), every MDTO sidecar against the schemas given and the
 * pre-ingest rules of a receiving archive, every bestand's checksum and
 * size against its file, every file of the payload described, and the
 * audit log's chain.  An archive form is unpacked first, safely, into a
 * private folder beside it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <jansson.h>

#include "audit.h"
#include "bag.h"
#include "files.h"
#include "verify.h"

#define MDTO_NS "https://www.nationaalarchief.nl/mdto"

struct v {
	bag_finding_fn found;
	void *ctx;
	size_t n;
};

static void
finding(struct v *v, const char *file, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	v->found(v->ctx, file, msg);
	g_free(msg);
	v->n++;
}

static void
count_bag(void *ctx, const char *file, const char *problem)
{
	struct v *v = ctx;

	v->found(v->ctx, file, problem);
	v->n++;
}

static char *
xpath_text(xmlXPathContextPtr xp, const char *expr)
{
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, xp);
	char *s = NULL;

	if (r && r->nodesetval && r->nodesetval->nodeNr > 0) {
		xmlChar *c = xmlNodeGetContent(r->nodesetval->nodeTab[0]);

		s = g_strdup((const char *)c);
		xmlFree(c);
	}
	xmlXPathFreeObject(r);
	return s;
}

static int
xpath_count(xmlXPathContextPtr xp, const char *expr)
{
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, xp);
	int n = r && r->nodesetval ? r->nodesetval->nodeNr : 0;

	xmlXPathFreeObject(r);
	return n;
}

static void
schema_error(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;	/* counted through the result; the message is made below */
}

/* One sidecar: the schemas, the pre-ingest rules, and for a bestand its file. */
static void
check_sidecar(struct v *v, const char *root, const char *rel, xmlSchemaValidCtxtPtr *valid,
    size_t nvalid)
{
	char *path = g_build_filename(root, rel, NULL), *s, *file, *fpath, *sha;
	/* no network, no entities expanded, no DTD loaded */
	xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	xmlXPathContextPtr xp;
	size_t i;

	if (!doc) {
		finding(v, rel, "not well-formed XML");
		g_free(path);
		return;
	}
	for (i = 0; i < nvalid; i++)
		if (xmlSchemaValidateDoc(valid[i], doc) != 0) {
			const xmlError *e = xmlGetLastError();
			char *msg = g_strchomp(g_strdup(e && e->message ? e->message : ""));

			finding(v, rel, "not valid against the MDTO schema%s%s", *msg ? ": " : "", msg);
			g_free(msg);
		}
	xp = xmlXPathNewContext(doc);
	xmlXPathRegisterNs(xp, (const xmlChar *)"m", (const xmlChar *)MDTO_NS);
	if (xpath_count(xp, "/m:MDTO/m:informatieobject") == 1) {
		/* what a receiving archive checks beyond the schema */
		s = xpath_text(xp, "/m:MDTO/m:informatieobject/m:aggregatieniveau/m:begripLabel");
		if (xpath_count(xp, "/m:MDTO/m:informatieobject/m:aggregatieniveau") != 1 || !s ||
		    !g_regex_match_simple("^(Archief|Serie|Dossier|Zaak|Archiefstuk)$", s, 0, 0))
			finding(v, rel, "needs exactly one aggregatieniveau: Archief, Serie, Dossier, Zaak "
			    "or Archiefstuk");
		g_free(s);
		if (xpath_count(xp, "/m:MDTO/m:informatieobject/m:beperkingGebruik") != 1 ||
		    xpath_count(xp, "/m:MDTO/m:informatieobject/m:beperkingGebruik/"
		    "m:beperkingGebruikType/m:begripLabel") != 1)
			finding(v, rel, "needs exactly one beperkingGebruik with a begripLabel");
	} else if (xpath_count(xp, "/m:MDTO/m:bestand") == 1) {
		s = xpath_text(xp, "/m:MDTO/m:bestand/m:checksum/m:checksumAlgoritme/m:begripLabel");
		if (xpath_count(xp, "/m:MDTO/m:bestand/m:checksum") != 1 || !s ||
		    !g_regex_match_simple("^SHA-?(224|256|384|512)$", s, 0, 0))
			finding(v, rel, "needs exactly one SHA-2 checksum");
		else if (!strstr(s, "256"))
			finding(v, rel, "a %s checksum: ihh checks SHA-256 only", s);
		else {
			/* the file beside it: the sidecar's name without .bestand.MDTO.xml */
			file = g_strndup(rel, strlen(rel) - strlen(".bestand.MDTO.xml"));
			fpath = g_build_filename(root, file, NULL);
			sha = xpath_text(xp, "/m:MDTO/m:bestand/m:checksum/m:checksumWaarde");
			{
				char *have = NULL, *size_s = xpath_text(xp, "/m:MDTO/m:bestand/m:omvang");
				gchar *data = NULL;
				gsize len = 0;

				if (!g_file_get_contents(fpath, &data, &len, NULL))
					finding(v, file, "described by %s but missing", rel);
				else {
					have = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
					    (const guchar *)data, len);
					if (!sha || g_ascii_strcasecmp(have, sha))
						finding(v, file, "its SHA-256 is not the one in %s", rel);
					if (!size_s || g_ascii_strtoull(size_s, NULL, 10) != len)
						finding(v, file, "its size is not the omvang in %s", rel);
				}
				g_free(have);
				g_free(data);
				g_free(size_s);
			}
			g_free(sha);
			g_free(fpath);
			g_free(file);
		}
		g_free(s);
	} else
		finding(v, rel, "neither an informatieobject nor a bestand");
	xmlXPathFreeContext(xp);
	xmlFreeDoc(doc);
	g_free(path);
}

static void
check_mdto(struct v *v, const char *root, const char *const *schemas)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GHashTable *described = g_hash_table_new(g_str_hash, g_str_equal);
	xmlSchemaValidCtxtPtr valid[8];
	xmlSchemaPtr schema[8];
	size_t nvalid = 0, i, sidecars = 0;

	for (i = 0; schemas && schemas[i] && nvalid < 8; i++) {
		xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(schemas[i]);

		schema[nvalid] = pc ? xmlSchemaParse(pc) : NULL;
		xmlSchemaFreeParserCtxt(pc);
		if (!schema[nvalid]) {
			finding(v, schemas[i], "not a schema that can be read");
			continue;
		}
		valid[nvalid] = xmlSchemaNewValidCtxt(schema[nvalid]);
		xmlSchemaSetValidErrors(valid[nvalid], schema_error, schema_error, NULL);
		nvalid++;
	}
	files_list(root, "data", 0, files);
	for (i = 0; i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);

		if (g_str_has_suffix(rel, ".bestand.MDTO.xml"))
			g_hash_table_add(described, g_strndup(rel, strlen(rel) - strlen(".bestand.MDTO.xml")));
		if (g_str_has_suffix(rel, ".MDTO.xml")) {
			check_sidecar(v, root, rel, valid, nvalid);
			sidecars++;
		}
	}
	/* a payload with MDTO: every other file has its sidecar (the pakbon aside) */
	if (sidecars)
		for (i = 0; i < files->len; i++) {
			const char *rel = g_ptr_array_index(files, i);

			if (!g_str_has_suffix(rel, ".MDTO.xml") && strcmp(rel, "data/pakbon.xml") &&
			    !g_hash_table_contains(described, rel))
				finding(v, rel, "no %s.bestand.MDTO.xml beside it", strrchr(rel, '/') + 1);
		}
	{
		GHashTableIter it;
		gpointer k;

		g_hash_table_iter_init(&it, described);
		while (g_hash_table_iter_next(&it, &k, NULL))
			g_free(k);
	}
	g_hash_table_destroy(described);
	for (i = 0; i < nvalid; i++) {
		xmlSchemaFreeValidCtxt(valid[i]);
		xmlSchemaFree(schema[i]);
	}
	g_ptr_array_free(files, TRUE);
}

/* Unpacks an archive into dir; the bag's folder in it, or NULL. */
static char *
unpack(struct v *v, const char *archive, const char *dir)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	char *top = NULL, buf[65536];
	int rc;

	archive_read_support_filter_all(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_zip(a);
	if (archive_read_open_filename(a, archive, 65536) != ARCHIVE_OK) {
		finding(v, "", "not an archive ihh can read: %s", archive_error_string(a));
		archive_read_free(a);
		return NULL;
	}
	while ((rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = archive_entry_pathname(e);
		char **parts = g_strsplit(name ? name : "", "/", -1), *path, *slash;
		int bad = !name || !*name || name[0] == '/';
		gsize i;
		FILE *f;
		la_ssize_t got;

		for (i = 0; parts[i] && !bad; i++)
			bad = !strcmp(parts[i], "..");
		if (!bad && parts[0] && (!top || strcmp(top, parts[0]))) {
			if (top)
				bad = 2;	/* a bag is one folder */
			else
				top = g_strdup(parts[0]);
		}
		g_strfreev(parts);
		if (bad) {
			finding(v, name ? name : "", bad == 2 ? "outside the one folder of the bag" :
			    "a name that would leave the package");
			continue;
		}
		path = g_build_filename(dir, name, NULL);
		if (archive_entry_filetype(e) == AE_IFDIR)
			g_mkdir_with_parents(path, 0700);
		else if (archive_entry_filetype(e) == AE_IFREG) {
			if ((slash = strrchr(path, '/'))) {
				*slash = '\0';
				g_mkdir_with_parents(path, 0700);
				*slash = '/';
			}
			if (!(f = fopen(path, "wx")))
				finding(v, name, "cannot be unpacked: %s", strerror(errno));
			else {
				while ((got = archive_read_data(a, buf, sizeof(buf))) > 0)
					fwrite(buf, 1, (size_t)got, f);
				fclose(f);
				if (got < 0)
					finding(v, name, "damaged: %s", archive_error_string(a));
			}
		} else
			finding(v, name, "neither a file nor a folder (a link?)");
		g_free(path);
	}
	if (rc != ARCHIVE_EOF)
		finding(v, "", "the archive is damaged: %s", archive_error_string(a));
	archive_read_free(a);
	if (!top)
		finding(v, "", "an empty archive");
	return top;
}

/*
 * Every attachment a kept message names, with its SHA-256, is in the
 * package: the records (JSON Lines) against the payload's files.
 */
static void
check_attachments(struct v *v, const char *root)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GHashTable *have = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	size_t i, k;

	files_list(root, "data", 0, files);
	for (i = 0; i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);
		char *full, *data = NULL;
		gsize len;

		if (g_str_has_suffix(rel, ".MDTO.xml") || g_str_has_suffix(rel, ".jsonl"))
			continue;
		full = g_build_filename(root, rel, NULL);
		if (g_file_get_contents(full, &data, &len, NULL))
			g_hash_table_add(have, g_compute_checksum_for_data(G_CHECKSUM_SHA256,
			    (const guchar *)data, len));
		g_free(data);
		g_free(full);
	}
	for (i = 0; i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);
		char *full, *line = NULL;
		size_t cap = 0, no = 0;
		FILE *f;

		if (!g_str_has_suffix(rel, "_berichten.jsonl"))
			continue;
		full = g_build_filename(root, rel, NULL);
		if (!(f = fopen(full, "r"))) {
			g_free(full);
			continue;
		}
		while (getline(&line, &cap, f) > 0) {
			json_t *rec = json_loads(line, 0, NULL), *a;

			no++;
			json_array_foreach(json_object_get(rec, "attachments"), k, a) {
				const char *sha = json_string_value(json_object_get(a, "sha256"));

				if (sha && !json_is_true(json_object_get(a, "missing")) &&
				    !g_hash_table_contains(have, sha))
					finding(v, rel, "line %zu names attachment %s (sha256 %.12s…), which "
					    "is not in the package", no,
					    json_string_value(json_object_get(a, "name")) ?
					    json_string_value(json_object_get(a, "name")) : "?", sha);
			}
			json_decref(rec);
		}
		free(line);
		fclose(f);
		g_free(full);
	}
	g_hash_table_destroy(have);
	g_ptr_array_free(files, TRUE);
}

size_t
package_verify(const char *path, const char *const *schemas, bag_finding_fn found, void *ctx)
{
	struct v v = { found, ctx, 0 };
	char *tmp = NULL, *top = NULL, *root, *log, err[1024];

	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		finding(&v, "", "no such file or folder");
		return v.n;
	}
	if (g_file_test(path, G_FILE_TEST_IS_DIR))
		root = g_strdup(path);
	else {
		/* a private folder beside the archive, never a shared temporary one */
		tmp = g_strconcat(path, ".verify-XXXXXX", NULL);
		if (!g_mkdtemp_full(tmp, 0700)) {
			finding(&v, "", "cannot unpack beside it: %s", strerror(errno));
			g_free(tmp);
			return v.n;
		}
		if (!(top = unpack(&v, path, tmp))) {
			files_remove_tree(tmp);
			g_free(tmp);
			return v.n;
		}
		root = g_build_filename(tmp, top, NULL);
	}
	bag_verify(root, count_bag, &v);
	check_mdto(&v, root, schemas);
	check_attachments(&v, root);
	log = g_build_filename(root, "ihh", "audit.log", NULL);
	if (g_file_test(log, G_FILE_TEST_EXISTS) && audit_verify(log, NULL, err, sizeof(err)) < 0)
		finding(&v, "ihh/audit.log", "%s", err);
	g_free(log);
	if (tmp)
		files_remove_tree(tmp);
	g_free(tmp);
	g_free(top);
	g_free(root);
	return v.n;
}
