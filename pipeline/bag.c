/*
 * bag: checking BagIt 1.0 bags (RFC 8493), see bag.h.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "bag.h"

struct alg {
	const char *name;
	GChecksumType type;
	size_t hexlen;
};

static const struct alg algs[] = {
	{ "md5", G_CHECKSUM_MD5, 32 },
	{ "sha1", G_CHECKSUM_SHA1, 40 },
	{ "sha256", G_CHECKSUM_SHA256, 64 },
	{ "sha512", G_CHECKSUM_SHA512, 128 },
	{ NULL, 0, 0 }
};

struct check {
	const char *dir;
	bag_finding_fn found;
	void *ctx;
	size_t n;
	GHashTable *payload;	/* "data/..." -> size (as pointer to guint64) */
	GHashTable *sums;	/* "alg\npath" -> hex digest, computed once */
	guint64 octets;
};

static void
finding(struct check *c, const char *file, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	c->found(c->ctx, file, msg);
	g_free(msg);
	c->n++;
}

static const struct alg *
alg_named(const char *name, size_t n)
{
	const struct alg *a;

	for (a = algs; a->name; a++)
		if (strlen(a->name) == n && !strncmp(a->name, name, n))
			return a;
	return NULL;
}

/* The digest of a file of the bag, hex; NULL when it cannot be read. */
static const char *
digest_of(struct check *c, const struct alg *a, const char *rel)
{
	char *key = g_strconcat(a->name, "\n", rel, NULL), *path, buf[65536];
	const char *hex = g_hash_table_lookup(c->sums, key);
	GChecksum *sum;
	size_t got;
	FILE *f;

	if (hex) {
		g_free(key);
		return hex;
	}
	path = g_build_filename(c->dir, rel, NULL);
	f = fopen(path, "rb");
	g_free(path);
	if (!f) {
		g_free(key);
		return NULL;
	}
	sum = g_checksum_new(a->type);
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		g_checksum_update(sum, (const guchar *)buf, (gssize)got);
	if (ferror(f)) {
		fclose(f);
		g_checksum_free(sum);
		g_free(key);
		return NULL;
	}
	fclose(f);
	hex = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	g_hash_table_insert(c->sums, key, (gpointer)hex);
	return hex;
}

/* The lines of a tag file; NULL (and a finding) when it cannot be read. */
static char **
lines_of(struct check *c, const char *rel)
{
	char *path = g_build_filename(c->dir, rel, NULL), *text = NULL, **lines;
	GError *e = NULL;
	gsize len;

	if (!g_file_get_contents(path, &text, &len, &e)) {
		finding(c, rel, "cannot be read: %s", e->message);
		g_error_free(e);
		g_free(path);
		return NULL;
	}
	g_free(path);
	if (!g_utf8_validate(text, (gssize)len, NULL))
		finding(c, rel, "not UTF-8");
	if (len && text[len - 1] == '\n')
		text[len - 1] = '\0';
	lines = g_strsplit(text, "\n", -1);
	g_free(text);
	for (gsize i = 0; lines[i]; i++)
		if (g_str_has_suffix(lines[i], "\r"))
			lines[i][strlen(lines[i]) - 1] = '\0';
	return lines;
}

static void
check_bagit_txt(struct check *c)
{
	char **l = lines_of(c, "bagit.txt");
	unsigned major, minor;
	char tail;

	if (!l) {
		finding(c, "bagit.txt", "missing: not a bag");
		return;
	}
	if (!l[0] || sscanf(l[0], "BagIt-Version: %u.%u%c", &major, &minor, &tail) != 2 ||
	    strncmp(l[0], "BagIt-Version: ", 15) || l[0][strlen(l[0]) - 1] == ' ')
		finding(c, "bagit.txt", "line 1 is not \"BagIt-Version: M.N\": \"%s\"", l[0] ? l[0] : "");
	if (!l[0] || !l[1] || strcmp(l[1], "Tag-File-Character-Encoding: UTF-8"))
		finding(c, "bagit.txt", "line 2 is not \"Tag-File-Character-Encoding: UTF-8\"");
	else if (l[2])
		finding(c, "bagit.txt", "more than two lines");
	g_strfreev(l);
}

/* Every file under data/, with sizes; links and devices are findings. */
static void
walk(struct check *c, const char *rel)
{
	char *path = g_build_filename(c->dir, rel, NULL), *sub;
	struct dirent **ents;
	struct stat st;
	int n, i;

	if ((n = scandir(path, &ents, NULL, alphasort)) < 0) {
		finding(c, rel, "cannot be read: %s", strerror(errno));
		g_free(path);
		return;
	}
	for (i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;

		if (strcmp(name, ".") && strcmp(name, "..")) {
			char *full = g_build_filename(path, name, NULL);

			sub = g_strconcat(rel, "/", name, NULL);
			if (lstat(full, &st) != 0)
				finding(c, sub, "cannot be read: %s", strerror(errno));
			else if (S_ISLNK(st.st_mode))
				finding(c, sub, "a symbolic link in the payload");
			else if (S_ISDIR(st.st_mode))
				walk(c, sub);
			else if (!S_ISREG(st.st_mode))
				finding(c, sub, "not a regular file");
			else {
				g_hash_table_insert(c->payload, g_strdup(sub),
				    g_memdup2(&(guint64){ (guint64)st.st_size }, sizeof(guint64)));
				c->octets += (guint64)st.st_size;
			}
			g_free(full);
			g_free(sub);
		}
		free(ents[i]);
	}
	free(ents);
	g_free(path);
}

/* A manifest path as written: %0D, %0A and %25 decoded. */
static char *
decode_path(const char *p)
{
	GString *s = g_string_new(NULL);

	for (; *p; p++) {
		if (p[0] == '%' && p[1] == '0' && (p[2] == 'A' || p[2] == 'a')) {
			g_string_append_c(s, '\n');
			p += 2;
		} else if (p[0] == '%' && p[1] == '0' && (p[2] == 'D' || p[2] == 'd')) {
			g_string_append_c(s, '\r');
			p += 2;
		} else if (p[0] == '%' && p[1] == '2' && p[2] == '5') {
			g_string_append_c(s, '%');
			p += 2;
		} else
			g_string_append_c(s, *p);
	}
	return g_string_free(s, FALSE);
}

static int
unsafe_path(const char *p)
{
	char **parts;
	int bad = p[0] == '/' || !*p;

	parts = g_strsplit(p, "/", -1);
	for (gsize i = 0; parts[i] && !bad; i++)
		bad = !strcmp(parts[i], "..") || !strcmp(parts[i], ".") || !*parts[i];
	g_strfreev(parts);
	return bad;
}

/*
 * One manifest: each line a checksum, whitespace, a path.  For a payload
 * manifest (tag 0) every path is under data/ and every payload file is
 * listed; for a tag manifest, none is under data/.
 */
static void
check_manifest(struct check *c, const char *name, const struct alg *a, int tag)
{
	char **l = lines_of(c, name);
	GHashTable *listed = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTableIter it;
	gpointer key;
	gsize i;

	if (!l) {
		g_hash_table_destroy(listed);
		return;
	}
	for (i = 0; l[i]; i++) {
		char *line = l[i], *sp = line + strcspn(line, " \t"), *path;
		const char *have;
		size_t hexlen = (size_t)(sp - line);

		if (!*line)
			continue;
		if (!*sp || hexlen != a->hexlen || strspn(line, "0123456789abcdefABCDEF") != hexlen) {
			finding(c, name, "line %zu is not \"checksum path\" with a %s checksum", (size_t)i + 1,
			    a->name);
			continue;
		}
		sp += strspn(sp, " \t");
		path = decode_path(sp);
		if (unsafe_path(path) || (tag ? g_str_has_prefix(path, "data/") : !g_str_has_prefix(path, "data/")))
			finding(c, name, "line %zu: \"%s\" is no %s file of the bag", (size_t)i + 1, path,
			    tag ? "tag" : "payload");
		else if (g_hash_table_contains(listed, path))
			finding(c, name, "%s is listed twice", path);
		else if (!(have = digest_of(c, a, path)))
			finding(c, path, "listed in %s but missing", name);
		else if (g_ascii_strncasecmp(have, line, hexlen))
			finding(c, path, "its %s is not the one in %s (changed since the bag was made)",
			    a->name, name);
		g_hash_table_add(listed, path);
	}
	if (!tag) {
		g_hash_table_iter_init(&it, c->payload);
		while (g_hash_table_iter_next(&it, &key, NULL))
			if (!g_hash_table_contains(listed, key))
				finding(c, key, "not listed in %s", name);
	}
	g_hash_table_destroy(listed);
	g_strfreev(l);
}

static void
check_bag_info(struct check *c)
{
	char *path = g_build_filename(c->dir, "bag-info.txt", NULL), **l;
	guint64 octets, files;
	gsize i;
	int ok = g_file_test(path, G_FILE_TEST_EXISTS);

	g_free(path);
	if (!ok || !(l = lines_of(c, "bag-info.txt")))
		return;
	for (i = 0; l[i]; i++) {
		char *colon = strchr(l[i], ':');

		if (!*l[i] || l[i][0] == ' ' || l[i][0] == '\t')
			continue;	/* a value going on */
		if (!colon || colon == l[i] || colon[-1] == ' ' || colon[-1] == '\t') {
			finding(c, "bag-info.txt", "line %zu is not \"Label: value\"", (size_t)i + 1);
			continue;
		}
		if (!strncmp(l[i], "Payload-Oxum:", 13)) {
			char tail;

			if (sscanf(colon + 1, " %" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT "%c", &octets,
			    &files, &tail) != 2)
				finding(c, "bag-info.txt", "Payload-Oxum is not \"octets.files\"");
			else if (octets != c->octets || files != g_hash_table_size(c->payload))
				finding(c, "bag-info.txt", "Payload-Oxum says %" G_GUINT64_FORMAT " octets in %"
				    G_GUINT64_FORMAT " files; the payload has %" G_GUINT64_FORMAT " in %u",
				    octets, files, c->octets, g_hash_table_size(c->payload));
		}
	}
	g_strfreev(l);
}

size_t
bag_verify(const char *dir, bag_finding_fn found, void *ctx)
{
	struct check c = { dir, found, ctx, 0, NULL, NULL, 0 };
	struct dirent **ents;
	int n, i, payload_manifests = 0;

	c.payload = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	c.sums = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	check_bagit_txt(&c);
	if (g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		char *data = g_build_filename(dir, "data", NULL);

		if (g_file_test(data, G_FILE_TEST_IS_DIR))
			walk(&c, "data");
		else
			finding(&c, "data", "missing: a bag keeps its payload in data/");
		g_free(data);
	}
	if ((n = scandir(dir, &ents, NULL, alphasort)) < 0) {
		finding(&c, "", "cannot be read: %s", strerror(errno));
		n = 0;
		ents = NULL;
	}
	for (i = 0; i < n; i++) {
		const char *name = ents[i]->d_name, *alg;
		int tag = g_str_has_prefix(name, "tagmanifest-");
		const struct alg *a;

		if ((tag || g_str_has_prefix(name, "manifest-")) && g_str_has_suffix(name, ".txt")) {
			alg = name + (tag ? 12 : 9);
			if (!(a = alg_named(alg, strlen(alg) - 4)))
				finding(&c, name, "an algorithm ihh cannot check");
			else {
				check_manifest(&c, name, a, tag);
				payload_manifests += !tag;
			}
		}
		free(ents[i]);
	}
	free(ents);
	if (!payload_manifests)
		finding(&c, "", "no payload manifest (manifest-sha256.txt or another)");
	check_bag_info(&c);
	g_hash_table_destroy(c.payload);
	g_hash_table_destroy(c.sums);
	return c.n;
}
