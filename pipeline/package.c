/*
 * package: the archive package (package.h, docs/package.md).
 *
 *   DIR/bagit.txt, bag-info.txt, manifest-sha256.txt, manifest-sha512.txt,
 *       tagmanifest-sha256.txt, ihh/ (the audit log, the apply report)
 *   DIR/data/pakbon.xml
 *   DIR/data/SERIE/SERIE.MDTO.xml
 *   DIR/data/SERIE/GESPREK/GESPREK.MDTO.xml                       a conversation: dossier
 *   DIR/data/SERIE/GESPREK/GESPREK_weergave/...MDTO.xml            the rendition: archiefstuk
 *       GESPREK_berichten.txt, GESPREK_berichten.txt.bestand.MDTO.xml
 *   DIR/data/SERIE/GESPREK/GESPREK_gegevens/...                    the records (JSON Lines)
 *   DIR/data/SERIE/GESPREK/GESPREK_bijlage_N/...                   each attachment
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

#include "files.h"
#include "ihh.h"
#include "mdto.h"
#include "package.h"
#include "stream.h"

/* Conversations whose files stay open at once. */
#define OPEN_MAX	64
/* A name's length in the package, before its suffixes. */
#define NAME_MAX_BYTES	60

struct attachment {
	char *name;		/* as the export named it */
	char *file;		/* its name in the package */
	char *folder;		/* its archiefstuk's folder */
	char *sha256, *type;
	unsigned long long size;
};

struct conv {
	char *id, *title, *folder;
	char *begin, *end;	/* first and last message time, RFC 3339 */
	unsigned long long messages;
	GHashTable *grounds;	/* category -> 1: what was redacted in it */
	GPtrArray *attachments;	/* struct attachment * */
	FILE *txt, *jsonl;
	unsigned long used;	/* when last written, to close the least used */
};

struct package {
	char *dir, *data, *serie, *store;
	const struct grounds *grounds;
	const struct package_config *cfg;
	GHashTable *convs;	/* id -> struct conv * */
	GPtrArray *order;	/* struct conv *, as first met */
	GHashTable *folders;	/* folder names taken */
	unsigned long tick, open;
	char *last_date;	/* of the latest message: the package's date */
	struct package_counts counts;
};

/* Config ------------------------------------------------------------------ */

struct package_config *
package_config_default(void)
{
	struct package_config *c = g_new0(struct package_config, 1);

	c->organisation = g_strdup("Ministerie (zet organisation in --config)");
	c->title = g_strdup("Chats en e-mail van de bewindspersoon");
	c->waardering = g_strdup("B");
	return c;
}

void
package_config_free(struct package_config *c)
{
	if (!c)
		return;
	g_free(c->organisation);
	g_free(c->organisation_id);
	g_free(c->contact);
	g_free(c->title);
	g_free(c->identifier);
	g_free(c->target);
	g_free(c->waardering);
	g_free(c->bewaartermijn);
	g_free(c->date);
	g_free(c);
}

struct package_config *
package_config_load(const char *path, char *err, size_t errlen)
{
	static const char *const keys[] = { "organisation", "organisation_id", "contact", "title",
		"identifier", "target", "waardering", "bewaartermijn", "date", NULL };
	struct package_config *c = package_config_default();
	char **field[] = { &c->organisation, &c->organisation_id, &c->contact, &c->title,
		&c->identifier, &c->target, &c->waardering, &c->bewaartermijn, &c->date };
	char *text, **lines, *eq;
	GError *e = NULL;
	size_t i, k;

	if (!g_file_get_contents(path, &text, NULL, &e)) {
		snprintf(err, errlen, "%s", e->message);
		g_error_free(e);
		package_config_free(c);
		return NULL;
	}
	lines = g_strsplit(text, "\n", -1);
	g_free(text);
	for (i = 0; lines[i]; i++) {
		char *l = g_strstrip(lines[i]);

		if (!*l || *l == '#')
			continue;
		if (!(eq = strchr(l, '='))) {
			snprintf(err, errlen, "%s:%zu:1: not \"key = value\"", path, i + 1);
			goto bad;
		}
		*eq = '\0';
		g_strstrip(l);
		for (k = 0; keys[k] && strcmp(keys[k], l); k++)
			;
		if (!keys[k]) {
			snprintf(err, errlen, "%s:%zu:1: unknown key '%s'", path, i + 1, l);
			goto bad;
		}
		g_free(*field[k]);
		*field[k] = g_strdup(g_strstrip(eq + 1));
	}
	if (strcmp(c->waardering, "B") && strcmp(c->waardering, "V")) {
		snprintf(err, errlen, "%s: waardering is B (blijvend te bewaren) or V (te vernietigen)", path);
		goto bad;
	}
	if (c->date && !g_regex_match_simple("^\\d{4}-\\d{2}-\\d{2}$", c->date, 0, 0)) {
		snprintf(err, errlen, "%s: date is YYYY-MM-DD", path);
		goto bad;
	}
	g_strfreev(lines);
	return c;
bad:
	g_strfreev(lines);
	package_config_free(c);
	return NULL;
}

/* Names --------------------------------------------------------------------- */

/*
 * A name the SIP takes: no < > : " / \ | ? * # & and no white space (each
 * run of them one _), no control characters, at most max bytes, cut on a
 * character; "naamloos" when nothing is left.
 */
static char *
safe_name(const char *s, size_t max)
{
	GString *out = g_string_new(NULL);
	const char *p;

	for (p = s ? s : ""; *p; p = g_utf8_next_char(p)) {
		gunichar ch = g_utf8_get_char_validated(p, -1);
		const char *next = g_utf8_next_char(p);

		if (ch == (gunichar)-1 || ch == (gunichar)-2)
			break;
		if (strchr("<>:\"/\\|?*#&", (int)ch) && ch < 128) {
			if (out->len && out->str[out->len - 1] != '_')
				g_string_append_c(out, '_');
		} else if (g_unichar_isspace(ch) || g_unichar_iscntrl(ch) || ch == 0x200E || ch == 0x200F ||
		    (ch >= 0x202A && ch <= 0x202E)) {
			if (out->len && out->str[out->len - 1] != '_')
				g_string_append_c(out, '_');
		} else if (out->len + (size_t)(next - p) <= max)
			g_string_append_len(out, p, next - p);
		else
			break;
	}
	while (out->len && (out->str[out->len - 1] == '_' || out->str[out->len - 1] == '.'))
		g_string_truncate(out, out->len - 1);
	while (out->len && (out->str[0] == '_' || out->str[0] == '.'))
		g_string_erase(out, 0, 1);
	if (!out->len)
		g_string_assign(out, "naamloos");
	return g_string_free(out, FALSE);
}

/* Files ------------------------------------------------------------------------ */

static int
mkdir_private(const char *path, char *err, size_t errlen)
{
	if (g_mkdir_with_parents(path, 0700) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int
write_file(const char *path, const char *text, char *err, size_t errlen)
{
	FILE *f = fopen(path, "wx");
	size_t n = strlen(text);
	int bad;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	bad = fwrite(text, 1, n, f) != n;
	if ((fclose(f) != 0) | bad) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

/* Closes a file written line by line: 0, or -1 with the reason in err. */
static int
close_written(FILE *f, const char *path, char *err, size_t errlen)
{
	int bad = ferror(f);

	if ((fclose(f) != 0) | bad) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

/* Size and SHA-256 (and SHA-512 when asked) of a file. */
static int
digest_file(const char *path, unsigned long long *size, char **sha256, char **sha512)
{
	GChecksum *a = g_checksum_new(G_CHECKSUM_SHA256);
	GChecksum *b = sha512 ? g_checksum_new(G_CHECKSUM_SHA512) : NULL;
	char buf[65536];
	size_t got;
	FILE *f = fopen(path, "rb");
	int rc = 0;

	*size = 0;
	if (!f)
		rc = -1;
	else {
		while ((got = fread(buf, 1, sizeof(buf), f)) > 0) {
			g_checksum_update(a, (const guchar *)buf, (gssize)got);
			if (b)
				g_checksum_update(b, (const guchar *)buf, (gssize)got);
			*size += got;
		}
		rc = ferror(f) ? -1 : 0;
		fclose(f);
	}
	*sha256 = g_strdup(g_checksum_get_string(a));
	if (sha512)
		*sha512 = g_strdup(g_checksum_get_string(b));
	g_checksum_free(a);
	if (b)
		g_checksum_free(b);
	return rc;
}

static int
copy_file(const char *from, const char *to, char *err, size_t errlen)
{
	char buf[65536];
	size_t got;
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wx") : NULL;
	int rc = 0;

	if (!in || !out) {
		snprintf(err, errlen, "%s: %s", in ? to : from, strerror(errno));
		if (in)
			fclose(in);
		return -1;
	}
	while ((got = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, got, out) != got) {
			rc = -1;
			break;
		}
	if (ferror(in))
		rc = -1;
	fclose(in);
	if (fclose(out) != 0)
		rc = -1;
	if (rc)
		snprintf(err, errlen, "%s: copying failed: %s", to, strerror(errno ? errno : EIO));
	return rc;
}

/* The package ------------------------------------------------------------------- */

static void
attachment_free(gpointer p)
{
	struct attachment *a = p;

	g_free(a->name);
	g_free(a->file);
	g_free(a->folder);
	g_free(a->sha256);
	g_free(a->type);
	g_free(a);
}

static void
conv_free(gpointer p)
{
	struct conv *c = p;

	if (c->txt)
		fclose(c->txt);
	if (c->jsonl)
		fclose(c->jsonl);
	g_free(c->id);
	g_free(c->title);
	g_free(c->folder);
	g_free(c->begin);
	g_free(c->end);
	g_hash_table_destroy(c->grounds);
	g_ptr_array_free(c->attachments, TRUE);
	g_free(c);
}

struct package *
package_new(const char *dir, const char *store, const struct grounds *grounds,
    const struct package_config *cfg, char *err, size_t errlen)
{
	struct package *p;
	char *serie;

	if (mkdir(dir, 0700) != 0) {
		snprintf(err, errlen, "%s: %s%s", dir, strerror(errno),
		    errno == EEXIST ? " (a package is written into a new folder)" : "");
		return NULL;
	}
	p = g_new0(struct package, 1);
	p->dir = g_strdup(dir);
	p->store = g_strdup(store);
	p->grounds = grounds;
	p->cfg = cfg;
	p->data = g_build_filename(dir, "data", NULL);
	serie = safe_name(cfg->title, NAME_MAX_BYTES);
	p->serie = g_build_filename(p->data, serie, NULL);
	g_free(serie);
	p->convs = g_hash_table_new(g_str_hash, g_str_equal);
	p->order = g_ptr_array_new_with_free_func(conv_free);
	p->folders = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	if (mkdir_private(p->serie, err, errlen) != 0) {
		package_free(p);
		return NULL;
	}
	return p;
}

void
package_free(struct package *p)
{
	if (!p)
		return;
	g_ptr_array_free(p->order, TRUE);
	g_hash_table_destroy(p->convs);
	g_hash_table_destroy(p->folders);
	g_free(p->dir);
	g_free(p->data);
	g_free(p->serie);
	g_free(p->store);
	g_free(p->last_date);
	g_free(p);
}

const struct package_counts *
package_counts(const struct package *p)
{
	return &p->counts;
}

/* An archiefstuk's folder and its one file's path. */
static char *
piece_path(const struct package *p, const struct conv *c, const char *piece, const char *file)
{
	char *folder = g_strconcat(c->folder, "_", piece, NULL);
	char *path = file ? g_build_filename(p->serie, c->folder, folder, file, NULL) :
	    g_build_filename(p->serie, c->folder, folder, NULL);

	g_free(folder);
	return path;
}

static struct conv *
conv_get(struct package *p, const json_t *rec, char *err, size_t errlen)
{
	const json_t *cj = json_object_get(rec, "conversation");
	const char *id = json_string_value(json_object_get(cj, "id"));
	const char *title = json_string_value(json_object_get(cj, "title"));
	struct conv *c;
	char *base, *sid, *path;
	unsigned k;

	if (!id)
		id = "zonder-gesprek";
	if ((c = g_hash_table_lookup(p->convs, id)))
		return c;
	c = g_new0(struct conv, 1);
	c->id = g_strdup(id);
	c->title = g_strdup(title && *title ? title : id);
	base = safe_name(c->title, NAME_MAX_BYTES);
	sid = safe_name(id, 32);
	c->folder = g_strdup_printf("%s_%s", base, sid);
	/* names are unique in the delivery, whatever the ids were */
	for (k = 2; g_hash_table_contains(p->folders, c->folder); k++) {
		g_free(c->folder);
		c->folder = g_strdup_printf("%s_%s_%u", base, sid, k);
	}
	g_hash_table_add(p->folders, g_strdup(c->folder));
	g_free(base);
	g_free(sid);
	c->grounds = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	c->attachments = g_ptr_array_new_with_free_func(attachment_free);
	g_hash_table_insert(p->convs, c->id, c);
	g_ptr_array_add(p->order, c);
	p->counts.conversations++;
	path = piece_path(p, c, "weergave", NULL);
	if (mkdir_private(path, err, errlen) != 0) {
		g_free(path);
		return NULL;
	}
	g_free(path);
	path = piece_path(p, c, "gegevens", NULL);
	if (mkdir_private(path, err, errlen) != 0) {
		g_free(path);
		return NULL;
	}
	g_free(path);
	return c;
}

/* The conversation's two files open for writing, closing the least used when too many are. */
static int
conv_open(struct package *p, struct conv *c, char *err, size_t errlen)
{
	struct conv *lru = NULL;
	char *name, *path;
	size_t i;

	c->used = ++p->tick;
	if (c->txt)
		return 0;
	if (p->open >= OPEN_MAX) {
		for (i = 0; i < p->order->len; i++) {
			struct conv *o = g_ptr_array_index(p->order, i);

			if (o->txt && (!lru || o->used < lru->used))
				lru = o;
		}
		fclose(lru->txt);
		fclose(lru->jsonl);
		lru->txt = lru->jsonl = NULL;
		p->open--;
	}
	name = g_strconcat(c->folder, "_berichten.txt", NULL);
	path = piece_path(p, c, "weergave", name);
	c->txt = fopen(path, "a");
	if (c->txt && !c->messages)
		fprintf(c->txt, "Gesprek: %s\nKenmerk: %s\nBewaard door ihh %s; de berichten in de "
		    "volgorde van de export, weggelakte passages als [Woo-grond].\n\n", c->title, c->id,
		    IHH_VERSION);
	g_free(name);
	g_free(path);
	name = g_strconcat(c->folder, "_berichten.jsonl", NULL);
	path = piece_path(p, c, "gegevens", name);
	c->jsonl = fopen(path, "a");
	g_free(name);
	if (!c->txt || !c->jsonl) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		g_free(path);
		return -1;
	}
	g_free(path);
	p->open++;
	return 0;
}

/* An attachment of a kept message, copied from the store into its own archiefstuk. */
static int
take_attachment(struct package *p, struct conv *c, const json_t *a, char *err, size_t errlen)
{
	const char *sha = json_string_value(json_object_get(a, "sha256"));
	const char *name = json_string_value(json_object_get(a, "name"));
	struct attachment *at;
	char *from, *to, *piece, *base;
	size_t i;

	if (json_is_true(json_object_get(a, "missing")) || !sha) {
		p->counts.missing_attachments++;
		return 0;
	}
	for (i = 0; i < c->attachments->len; i++)
		if (!strcmp(((struct attachment *)g_ptr_array_index(c->attachments, i))->sha256, sha))
			return 0;	/* the same file twice in one conversation: kept once */
	if (strlen(sha) != 64 || strspn(sha, "0123456789abcdef") != 64) {
		snprintf(err, errlen, "an attachment's sha256 is not one: %s", sha);
		return -1;
	}
	at = g_new0(struct attachment, 1);
	at->name = g_strdup(name ? name : sha);
	at->sha256 = g_strdup(sha);
	at->type = g_strdup(json_string_value(json_object_get(a, "type")));
	base = safe_name(at->name, NAME_MAX_BYTES);
	at->file = g_strdup_printf("%s_%u_%s", c->folder, c->attachments->len + 1, base);
	g_free(base);
	piece = g_strdup_printf("bijlage_%u", c->attachments->len + 1);
	at->folder = g_strconcat(c->folder, "_", piece, NULL);
	to = piece_path(p, c, piece, NULL);
	if (mkdir_private(to, err, errlen) != 0) {
		g_free(to);
		g_free(piece);
		attachment_free(at);
		return -1;
	}
	g_free(to);
	from = g_build_filename(p->store, sha, NULL);
	to = piece_path(p, c, piece, at->file);
	g_free(piece);
	if (copy_file(from, to, err, errlen) != 0) {
		g_free(from);
		g_free(to);
		attachment_free(at);
		return -1;
	}
	g_free(from);
	g_free(to);
	g_ptr_array_add(c->attachments, at);
	p->counts.attachments++;
	return 0;
}

/* The message as a person reads it, in the rendition. */
static void
render(FILE *f, const json_t *rec)
{
	const json_t *from = json_object_get(rec, "from"), *a;
	const char *who = json_string_value(json_object_get(from, "name"));
	const char *addr = json_string_value(json_object_get(from, "address"));
	const char *text = json_string_value(json_object_get(rec, "text"));
	const char *subject = json_string_value(json_object_get(rec, "subject"));
	const char *kind = json_string_value(json_object_get(rec, "kind"));
	const char *time = json_string_value(json_object_get(rec, "time"));
	gchar **lines;
	size_t i;

	fprintf(f, "%s  %s%s%s%s\n", time ? time : "(tijd onbekend)",
	    kind && !strcmp(kind, "system") ? "(melding)" : who ? who : addr ? addr : "(afzender onbekend)",
	    who && addr ? " <" : "", who && addr ? addr : "", who && addr ? ">" : "");
	if (subject)
		fprintf(f, "    Onderwerp: %s\n", subject);
	lines = g_strsplit(text ? text : "", "\n", -1);
	for (i = 0; lines[i]; i++)
		fprintf(f, "    %s\n", lines[i]);
	g_strfreev(lines);
	json_array_foreach(json_object_get(rec, "attachments"), i, a)
		fprintf(f, "    [bijlage: %s%s]\n", json_string_value(json_object_get(a, "name")) ?
		    json_string_value(json_object_get(a, "name")) : "(naamloos)",
		    json_is_true(json_object_get(a, "missing")) ? ", niet in de export" : "");
	if (json_is_true(json_object_get(rec, "deleted")))
		fprintf(f, "    [dit bericht was in de export al verwijderd]\n");
	fputc('\n', f);
}

/*
 * A state classification or imposed secrecy in a message restricts its
 * whole conversation (grounds.tsv: geheim, geheimhouding).  The
 * classification is in capitals, as it is stamped ("geheim" in a sentence
 * is no marking).
 */
static void
markings(struct conv *c, const char *s)
{
	static GRegex *classified, *secrecy;

	if (!s)
		return;
	if (!classified) {
		classified = g_regex_new("(?<![\\w.-])(?:STG\\.?\\s*(?:ZEER\\s+)?GEHEIM|STAATSGEHEIM|ZEER\\s+GEHEIM|"
		    "GEHEIM|DEP\\.?\\s*VERTROUWELIJK|Dep\\.\\s*Vertrouwelijk|DEPARTEMENTAAL\\s+VERTROUWELIJK)"
		    "(?![\\w-])", G_REGEX_OPTIMIZE, 0, NULL);
		secrecy = g_regex_new("\\bgeheimhouding\\s+(?:is\\s+|wordt\\s+|werd\\s+)?(?:opgelegd|bekrachtigd)"
		    "|\\bonder\\s+(?:opgelegde\\s+)?geheimhouding\\b|\\bgeheimhouding\\s+(?:op\\s+grond\\s+van|"
		    "ex)\\s+(?:art(?:ikel|\\.)?\\s*)?(?:25|55|86|87|88|89)\\b",
		    G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
	}
	if (classified && g_regex_match(classified, s, 0, NULL))
		g_hash_table_replace(c->grounds, g_strdup("geheim"), GINT_TO_POINTER(1));
	if (secrecy && g_regex_match(secrecy, s, 0, NULL))
		g_hash_table_replace(c->grounds, g_strdup("geheimhouding"), GINT_TO_POINTER(1));
}

int
package_add(struct package *p, json_t *rec, char *err, size_t errlen)
{
	struct conv *c = conv_get(p, rec, err, errlen);
	const char *time = json_string_value(json_object_get(rec, "time"));
	const json_t *r, *a;
	size_t i;
	int rc = -1;

	if (!c || conv_open(p, c, err, errlen) != 0)
		goto out;
	if (json_object_get(rec, "redactions") || json_is_true(json_object_get(rec, "review"))) {
		snprintf(err, errlen, "message %s has not been through ihh-apply (it still has "
		    "proposals to validate): only validated messages go into the archive",
		    json_string_value(json_object_get(rec, "id")) ?
		    json_string_value(json_object_get(rec, "id")) : "(without id)");
		goto out;
	}
	render(c->txt, rec);
	if (stream_write(c->jsonl, rec) != 0) {
		snprintf(err, errlen, "%s: writing the records failed: %s", c->folder, strerror(errno));
		goto out;
	}
	json_array_foreach(json_object_get(rec, "attachments"), i, a)
		if (take_attachment(p, c, a, err, errlen) != 0)
			goto out;
	markings(c, json_string_value(json_object_get(rec, "text")));
	markings(c, json_string_value(json_object_get(rec, "subject")));
	json_array_foreach(json_object_get(rec, "redacted"), i, r) {
		const char *cat = json_string_value(json_object_get(r, "category"));

		if (cat)
			g_hash_table_replace(c->grounds, g_strdup(cat), GINT_TO_POINTER(1));
	}
	if (time) {
		if (!c->begin || strcmp(time, c->begin) < 0) {
			g_free(c->begin);
			c->begin = g_strdup(time);
		}
		if (!c->end || strcmp(time, c->end) > 0) {
			g_free(c->end);
			c->end = g_strdup(time);
		}
		if (!p->last_date || strncmp(time, p->last_date, 10) > 0) {
			g_free(p->last_date);
			p->last_date = g_strndup(time, 10);
		}
	}
	c->messages++;
	p->counts.messages++;
	rc = 0;
out:
	json_decref(rec);
	return rc;
}

/* Finishing: the metadata ------------------------------------------------------ */

struct piece {
	char *folder;		/* the archiefstuk's folder (and its name) */
	char *file;		/* its one file's name */
	char *title;
	char *type;		/* MIME type, or NULL */
};

static char *
xml_escape(const char *s)
{
	return g_markup_escape_text(s ? s : "", -1);
}

/* One archiefstuk with its file: the file's sidecar, then the archiefstuk's. */
static int
write_piece(struct package *p, const struct conv *c, const struct piece *pc,
    const struct mdto_ref *dossier, const struct mdto_restriction *rs, size_t nrs,
    const char *date, char *err, size_t errlen)
{
	char *dir = g_build_filename(p->serie, c->folder, pc->folder, NULL);
	char *path = g_build_filename(dir, pc->file, NULL), *sha = NULL, *xml, *side, *fid;
	struct mdto_ref self = { pc->folder, NULL }, file;
	struct mdto_file f = { 0 };
	struct mdto_object o = { 0 };
	const char *pronom, *label;
	unsigned long long size;
	int rc = -1;

	if (digest_file(path, &size, &sha, NULL) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	fid = g_strconcat(pc->folder, ".bestand", NULL);
	self.id = pc->folder;
	file.name = pc->file;
	file.id = fid;
	mdto_format(pc->type, pc->file, &pronom, &label);
	f.id = fid;
	f.id_source = p->cfg->organisation;
	f.name = pc->file;
	f.size = size;
	f.pronom = pronom;
	f.format_label = label;
	f.sha256 = sha;
	f.checksum_date = date;
	f.location = pc->file;
	f.of = self;
	xml = mdto_file_xml(&f);
	side = g_strconcat(path, ".bestand.MDTO.xml", NULL);
	rc = write_file(side, xml, err, errlen);
	g_free(side);
	g_free(xml);
	if (rc == 0) {
		o.id = pc->folder;
		o.id_source = p->cfg->organisation;
		o.name = pc->title;
		o.level = "Archiefstuk";
		o.organisation = p->cfg->organisation;
		o.organisation_id = p->cfg->organisation_id;
		o.waardering = p->cfg->waardering;
		o.bewaartermijn = p->cfg->bewaartermijn;
		o.parent = dossier;
		o.files = &file;
		o.nfiles = 1;
		o.restrictions = rs;
		o.nrestrictions = nrs;
		xml = mdto_object_xml(&o);
		side = g_build_filename(dir, pc->folder, NULL);
		g_free(path);
		path = g_strconcat(side, ".MDTO.xml", NULL);
		rc = write_file(path, xml, err, errlen);
		g_free(side);
		g_free(xml);
		p->counts.objects++;
		p->counts.files++;
	}
	g_free(fid);
out:
	g_free(sha);
	g_free(path);
	g_free(dir);
	return rc;
}

static int
by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The restrictions of a conversation: one per Woo ground redacted in it. */
static struct mdto_restriction *
restrictions_of(struct package *p, const struct conv *c, size_t *n)
{
	GList *cats = g_list_sort(g_hash_table_get_keys(c->grounds), (GCompareFunc)strcmp), *l;
	struct mdto_restriction *rs = g_new0(struct mdto_restriction, g_list_length(cats) + 1);
	size_t k;

	*n = 0;
	for (l = cats; l; l = l->next) {
		const char *ground = grounds_ground(p->grounds, l->data);

		for (k = 0; k < *n && strcmp(rs[k].ground, ground); k++)
			;
		if (k < *n)
			continue;	/* one per ground */
		rs[*n].ground = ground;
		rs[*n].label = grounds_label(p->grounds, l->data);
		rs[*n].term = grounds_term(p->grounds, l->data);
		(*n)++;
	}
	g_list_free(cats);
	return rs;
}

static int
write_conversation(struct package *p, struct conv *c, const struct mdto_ref *serie,
    const char *date, char *err, size_t errlen)
{
	GPtrArray *pieces = g_ptr_array_new();
	struct mdto_ref self = { c->folder, c->id }, *parts;
	struct mdto_object o = { 0 };
	struct mdto_restriction *rs;
	struct piece *pc;
	char *begin = c->begin ? g_strndup(c->begin, 10) : NULL;
	char *end = c->end ? g_strndup(c->end, 10) : NULL, *xml, *path;
	size_t i, nrs;
	int rc = 0;

	rs = restrictions_of(p, c, &nrs);
	pc = g_new0(struct piece, 1);
	pc->folder = g_strconcat(c->folder, "_weergave", NULL);
	pc->file = g_strconcat(c->folder, "_berichten.txt", NULL);
	pc->title = g_strdup_printf("%s (weergave, tekst)", c->title);
	pc->type = g_strdup("text/plain");
	g_ptr_array_add(pieces, pc);
	pc = g_new0(struct piece, 1);
	pc->folder = g_strconcat(c->folder, "_gegevens", NULL);
	pc->file = g_strconcat(c->folder, "_berichten.jsonl", NULL);
	pc->title = g_strdup_printf("%s (berichten als gegevens, JSON Lines)", c->title);
	pc->type = g_strdup("application/jsonl");
	g_ptr_array_add(pieces, pc);
	for (i = 0; i < c->attachments->len; i++) {
		const struct attachment *a = g_ptr_array_index(c->attachments, i);

		pc = g_new0(struct piece, 1);
		pc->folder = g_strdup(a->folder);
		pc->file = g_strdup(a->file);
		pc->title = g_strdup_printf("Bijlage %s", a->name);
		pc->type = g_strdup(a->type);
		g_ptr_array_add(pieces, pc);
	}
	parts = g_new0(struct mdto_ref, pieces->len);
	for (i = 0; i < pieces->len && rc == 0; i++) {
		pc = g_ptr_array_index(pieces, i);
		parts[i].name = pc->folder;
		parts[i].id = pc->folder;
		rc = write_piece(p, c, pc, &self, rs, nrs, date, err, errlen);
	}
	if (rc == 0) {
		o.id = c->id;
		o.id_source = p->cfg->organisation;
		o.name = c->title;
		o.level = "Dossier";
		o.organisation = p->cfg->organisation;
		o.organisation_id = p->cfg->organisation_id;
		o.waardering = p->cfg->waardering;
		o.bewaartermijn = p->cfg->bewaartermijn;
		o.begin = begin;
		o.end = end;
		o.parent = serie;
		o.parts = parts;
		o.nparts = pieces->len;
		o.restrictions = rs;
		o.nrestrictions = nrs;
		xml = mdto_object_xml(&o);
		path = g_strdup_printf("%s/%s/%s.MDTO.xml", p->serie, c->folder, c->folder);
		rc = write_file(path, xml, err, errlen);
		g_free(path);
		g_free(xml);
		p->counts.objects++;
	}
	for (i = 0; i < pieces->len; i++) {
		pc = g_ptr_array_index(pieces, i);
		g_free(pc->folder);
		g_free(pc->file);
		g_free(pc->title);
		g_free(pc->type);
		g_free(pc);
	}
	g_ptr_array_free(pieces, TRUE);
	g_free(parts);
	g_free(rs);
	g_free(begin);
	g_free(end);
	return rc;
}

/* A path as a manifest writes it: CR, LF and % encoded. */
static char *
manifest_path(const char *p)
{
	GString *s = g_string_new(NULL);

	for (; *p; p++)
		if (*p == '\n')
			g_string_append(s, "%0A");
		else if (*p == '\r')
			g_string_append(s, "%0D");
		else if (*p == '%')
			g_string_append(s, "%25");
		else
			g_string_append_c(s, *p);
	return g_string_free(s, FALSE);
}

static int
write_pakbon(struct package *p, const char *date, char *err, size_t errlen)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GChecksum *sip = g_checksum_new(G_CHECKSUM_SHA256);
	unsigned long long content = 0, nfiles = 0, size;
	char *path, *sha, *xml, *e[6];
	size_t i;
	int rc;

	files_list(p->dir, "data", 0, files);
	/* the SIP's digest: every file's path and SHA-256 in order (the pakbon itself aside) */
	for (i = 0; i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);

		path = g_build_filename(p->dir, rel, NULL);
		digest_file(path, &size, &sha, NULL);
		g_checksum_update(sip, (const guchar *)rel, (gssize)strlen(rel) + 1);
		g_checksum_update(sip, (const guchar *)sha, 65);
		if (!g_str_has_suffix(rel, ".MDTO.xml")) {
			content += size;
			nfiles++;
		}
		g_free(sha);
		g_free(path);
	}
	e[0] = xml_escape(p->cfg->identifier ? p->cfg->identifier : g_checksum_get_string(sip));
	e[1] = xml_escape(p->cfg->title);
	e[2] = xml_escape(p->cfg->target ? p->cfg->target : "");
	e[3] = xml_escape(p->cfg->organisation);
	e[4] = xml_escape(p->cfg->contact ? p->cfg->contact : "");
	e[5] = NULL;
	xml = g_strdup_printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<!-- Pakbon (delivery note) of an ihh package; see docs/package.md. -->\n"
	    "<pakbon xmlns=\"urn:ihh:pakbon:1\">\n"
	    "  <identificatie>%s</identificatie>\n"
	    "  <naam>%s</naam>\n"
	    "  <locatieDoelsysteem>%s</locatieDoelsysteem>\n"
	    "  <hashcodeSIP algoritme=\"SHA-256\" over=\"pad en SHA-256 van elk bestand in data/ behalve deze pakbon, op volgorde\">%s</hashcodeSIP>\n"
	    "  <aanmaakdatum>%s</aanmaakdatum>\n"
	    "  <archiefvormer>%s</archiefvormer>\n"
	    "  <contactpersoon>%s</contactpersoon>\n"
	    "  <aantalInformatieobjecten>%llu</aantalInformatieobjecten>\n"
	    "  <aantalBestanden>%llu</aantalBestanden>\n"
	    "  <aantalBestandenZonderMDTO>%llu</aantalBestandenZonderMDTO>\n"
	    "  <omvangInhoudInBytes>%llu</omvangInhoudInBytes>\n"
	    "  <bijzonderheden>Berichten uit chat- en e-mailexports: per gesprek een leesbare weergave (UTF-8-tekst), de berichten als JSON Lines en de bijlagen. Weggelakte passages staan als hun Woo-grond in de tekst; verwijderde berichten zijn na vier-ogencontrole niet opgenomen.</bijzonderheden>\n"
	    "</pakbon>\n", e[0], e[1], e[2], g_checksum_get_string(sip), date, e[3], e[4],
	    p->counts.objects, p->counts.files, nfiles, content);
	path = g_build_filename(p->data, "pakbon.xml", NULL);
	rc = write_file(path, xml, err, errlen);
	for (i = 0; e[i]; i++)
		g_free(e[i]);
	g_free(path);
	g_free(xml);
	g_checksum_free(sip);
	g_ptr_array_free(files, TRUE);
	return rc;
}

static int
write_bag(struct package *p, const char *const *tags, const char *date, char *err, size_t errlen)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free), *tagfiles;
	GString *tm = g_string_new(NULL);
	unsigned long long octets = 0, size;
	char *path, *a, *b, *enc, *info, *ihh = g_build_filename(p->dir, "ihh", NULL);
	/* the manifests are written as the files are digested: a line a file
	 * would otherwise be held for every message of the package */
	char *p256 = g_build_filename(p->dir, "manifest-sha256.txt", NULL);
	char *p512 = g_build_filename(p->dir, "manifest-sha512.txt", NULL);
	FILE *m256 = fopen(p256, "wx"), *m512 = fopen(p512, "wx");
	size_t i;
	int rc = -1;

	if (!m256 || !m512) {
		snprintf(err, errlen, "%s: %s", !m256 ? p256 : p512, strerror(errno));
		goto out;
	}
	files_list(p->dir, "data", 0, files);
	for (i = 0; i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);

		path = g_build_filename(p->dir, rel, NULL);
		if (digest_file(path, &size, &a, &b) != 0) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			g_free(path);
			goto out;
		}
		enc = manifest_path(rel);
		fprintf(m256, "%s  %s\n", a, enc);
		fprintf(m512, "%s  %s\n", b, enc);
		octets += size;
		g_free(enc);
		g_free(a);
		g_free(b);
		g_free(path);
	}
	/* the proof the package carries: the audit log, the apply report */
	for (i = 0; tags && tags[i]; i++) {
		char *base = g_path_get_basename(tags[i]), *to;

		if (mkdir_private(ihh, err, errlen) != 0) {
			g_free(base);
			goto out;
		}
		to = g_build_filename(ihh, base, NULL);
		g_free(base);
		if (copy_file(tags[i], to, err, errlen) != 0) {
			g_free(to);
			goto out;
		}
		g_free(to);
	}
	info = g_strdup_printf("Source-Organization: %s\n%s%s%sExternal-Description: %s\n"
	    "External-Identifier: %s\nBagging-Date: %s\nPayload-Oxum: %llu.%u\n"
	    "Bag-Software-Agent: ihh %s\n", p->cfg->organisation,
	    p->cfg->contact ? "Contact-Name: " : "", p->cfg->contact ? p->cfg->contact : "",
	    p->cfg->contact ? "\n" : "", p->cfg->title,
	    p->cfg->identifier ? p->cfg->identifier : "(zie data/pakbon.xml)", date, octets, files->len,
	    IHH_VERSION);
	path = g_build_filename(p->dir, "bagit.txt", NULL);
	rc = write_file(path, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", err, errlen);
	g_free(path);
	if (rc == 0) {
		path = g_build_filename(p->dir, "bag-info.txt", NULL);
		rc = write_file(path, info, err, errlen);
		g_free(path);
	}
	g_free(info);
	if (rc == 0)
		rc = close_written(m256, p256, err, errlen);
	else
		fclose(m256);
	m256 = NULL;
	if (rc == 0)
		rc = close_written(m512, p512, err, errlen);
	else
		fclose(m512);
	m512 = NULL;
	if (rc)
		goto out;
	/* every tag file in the tag manifest */
	tagfiles = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(tagfiles, g_strdup("bag-info.txt"));
	g_ptr_array_add(tagfiles, g_strdup("bagit.txt"));
	if (g_file_test(ihh, G_FILE_TEST_IS_DIR))
		files_list(p->dir, "ihh", 0, tagfiles);
	g_ptr_array_add(tagfiles, g_strdup("manifest-sha256.txt"));
	g_ptr_array_add(tagfiles, g_strdup("manifest-sha512.txt"));
	g_ptr_array_sort(tagfiles, by_text);
	for (i = 0; i < tagfiles->len; i++) {
		path = g_build_filename(p->dir, (char *)g_ptr_array_index(tagfiles, i), NULL);
		digest_file(path, &size, &a, NULL);
		enc = manifest_path(g_ptr_array_index(tagfiles, i));
		g_string_append_printf(tm, "%s  %s\n", a, enc);
		g_free(enc);
		g_free(a);
		g_free(path);
	}
	g_ptr_array_free(tagfiles, TRUE);
	path = g_build_filename(p->dir, "tagmanifest-sha256.txt", NULL);
	rc = write_file(path, tm->str, err, errlen);
	g_free(path);
	p->counts.octets = octets;
out:
	if (m256)
		fclose(m256);
	if (m512)
		fclose(m512);
	g_free(p256);
	g_free(p512);
	g_free(ihh);
	g_string_free(tm, TRUE);
	g_ptr_array_free(files, TRUE);
	return rc;
}

static const char *
package_date(const struct package *p)
{
	return p->cfg->date ? p->cfg->date : p->last_date ? p->last_date : "1970-01-01";
}

int
package_finish(struct package *p, const char *const *tags, char *err, size_t errlen)
{
	const char *date = package_date(p);
	char *serie_name = g_path_get_basename(p->serie), *xml, *path, *checksum_date;
	struct mdto_ref serie = { serie_name, p->cfg->identifier ? p->cfg->identifier : serie_name };
	struct mdto_ref target = { p->cfg->target, p->cfg->target }, *parts;
	struct mdto_object o = { 0 };
	size_t i;
	int rc = 0;

	checksum_date = g_strconcat(date, "T00:00:00", NULL);
	for (i = 0; i < p->order->len; i++) {
		struct conv *c = g_ptr_array_index(p->order, i);

		if (c->txt && (fclose(c->txt) != 0 || fclose(c->jsonl) != 0)) {
			c->txt = c->jsonl = NULL;
			snprintf(err, errlen, "%s: writing failed: %s", c->folder, strerror(errno));
			rc = -1;
		}
		c->txt = c->jsonl = NULL;
	}
	parts = g_new0(struct mdto_ref, p->order->len + 1);
	for (i = 0; i < p->order->len && rc == 0; i++) {
		struct conv *c = g_ptr_array_index(p->order, i);

		parts[i].name = c->folder;
		parts[i].id = c->id;
		rc = write_conversation(p, c, &serie, checksum_date, err, errlen);
	}
	if (rc == 0) {
		o.id = serie.id;
		o.id_source = p->cfg->organisation;
		o.name = p->cfg->title;
		o.level = "Serie";
		o.organisation = p->cfg->organisation;
		o.organisation_id = p->cfg->organisation_id;
		o.waardering = p->cfg->waardering;
		o.bewaartermijn = p->cfg->bewaartermijn;
		o.parent = p->cfg->target ? &target : NULL;
		o.parts = parts;
		o.nparts = p->order->len;
		xml = mdto_object_xml(&o);
		path = g_strdup_printf("%s/%s.MDTO.xml", p->serie, serie_name);
		rc = write_file(path, xml, err, errlen);
		p->counts.objects++;
		g_free(path);
		g_free(xml);
	}
	if (rc == 0)
		rc = write_pakbon(p, date, err, errlen);
	if (rc == 0)
		rc = write_bag(p, tags, date, err, errlen);
	g_free(parts);
	g_free(checksum_date);
	g_free(serie_name);
	return rc;
}

/* The archive forms -------------------------------------------------------------- */

int
package_archive(struct package *p, const char *out, const char *format, char *err, size_t errlen)
{
	GPtrArray *entries = g_ptr_array_new_with_free_func(g_free);
	struct archive *a = archive_write_new();
	struct archive_entry *e = archive_entry_new();
	GDateTime *when;
	char *base = g_path_get_basename(out), *dot, date[11];
	gint64 mtime;
	size_t i;
	int rc = -1;

	/* inside, the bag is a folder named as the archive, without its extension */
	if ((dot = strstr(base, ".tar")) || (dot = strstr(base, ".zip")))
		*dot = '\0';
	g_strlcpy(date, package_date(p), sizeof(date));
	date[4] = date[7] = '\0';
	when = g_date_time_new_utc(atoi(date), atoi(date + 5), atoi(date + 8), 0, 0, 0);
	mtime = when ? g_date_time_to_unix(when) : 0;
	if (when)
		g_date_time_unref(when);
	if (!strcmp(format, "zip"))
		archive_write_set_format_zip(a);
	else
		archive_write_set_format_pax_restricted(a);
	if (!strcmp(format, "tar.gz")) {
		archive_write_add_filter_gzip(a);
		/* no time in the gzip header: the same package, the same bytes */
		archive_write_set_filter_option(a, "gzip", "timestamp", NULL);
	}
	if (archive_write_open_filename(a, out) != ARCHIVE_OK) {
		snprintf(err, errlen, "%s: %s", out, archive_error_string(a));
		goto out;
	}
	chmod(out, 0600);
	files_list(p->dir, "", 1, entries);
	for (i = 0; i < entries->len; i++) {
		const char *rel = g_ptr_array_index(entries, i);
		char *full = g_build_filename(p->dir, rel, NULL), *name = g_strconcat(base, "/", rel, NULL);
		int isdir = g_file_test(full, G_FILE_TEST_IS_DIR);
		char buf[65536];
		size_t got;
		struct stat st;
		FILE *f = NULL;

		archive_entry_clear(e);
		archive_entry_set_pathname(e, name);
		archive_entry_set_mtime(e, (time_t)mtime, 0);
		archive_entry_set_uid(e, 0);
		archive_entry_set_gid(e, 0);
		if (isdir) {
			archive_entry_set_filetype(e, AE_IFDIR);
			archive_entry_set_perm(e, 0700);
		} else {
			if (stat(full, &st) != 0 || !(f = fopen(full, "rb"))) {
				snprintf(err, errlen, "%s: %s", full, strerror(errno));
				g_free(full);
				g_free(name);
				goto out;
			}
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_perm(e, 0600);
			archive_entry_set_size(e, st.st_size);
		}
		if (archive_write_header(a, e) != ARCHIVE_OK) {
			snprintf(err, errlen, "%s: %s", out, archive_error_string(a));
			if (f)
				fclose(f);
			g_free(full);
			g_free(name);
			goto out;
		}
		while (f && (got = fread(buf, 1, sizeof(buf), f)) > 0)
			if (archive_write_data(a, buf, got) != (la_ssize_t)got) {
				snprintf(err, errlen, "%s: %s", out, archive_error_string(a));
				fclose(f);
				g_free(full);
				g_free(name);
				goto out;
			}
		if (f)
			fclose(f);
		g_free(full);
		g_free(name);
	}
	if (archive_write_close(a) != ARCHIVE_OK) {
		snprintf(err, errlen, "%s: %s", out, archive_error_string(a));
		goto out;
	}
	rc = 0;
out:
	archive_entry_free(e);
	archive_write_free(a);
	if (rc)
		unlink(out);
	g_ptr_array_free(entries, TRUE);
	g_free(base);
	return rc;
}
