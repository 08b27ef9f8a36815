/*
 * hscache: compiled Vectorscan databases kept between runs.
 *
 * Compiling the prefilter of the shipped rules takes a second or two;
 * loading it back takes milliseconds.  A database is stored under the
 * SHA-256 of what it was compiled from (the Vectorscan version and every
 * pattern with its flags and place), so a changed rule simply misses.
 * The cache holds rules, never message content.  It is best effort: a
 * file that is missing, foreign or damaged is ignored and the database
 * compiled again.
 *
 * Where: $IHH_CACHE (empty: no cache), else $XDG_CACHE_HOME/ihh, else
 * ~/.cache/ihh; a folder 0700 owned by the user, files 0600.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "rules_priv.h"

#define MAGIC		"IHHHSDB1"
#define FILE_MAX	(256u << 20)

static char *
cache_dir(void)
{
	const char *e = getenv("IHH_CACHE"), *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
	char *dir;
	struct stat st;

	if (e)
		dir = *e ? g_strdup(e) : NULL;
	else if (x && *x == '/')
		dir = g_build_filename(x, "ihh", NULL);
	else if (h && *h == '/')
		dir = g_build_filename(h, ".cache", "ihh", NULL);
	else
		dir = NULL;
	if (!dir)
		return NULL;
	/* only a folder of our own that nobody else can write to */
	if (g_mkdir_with_parents(dir, 0700) != 0 || lstat(dir, &st) != 0 ||
	    !S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022)) {
		g_free(dir);
		return NULL;
	}
	return dir;
}

char *
hscache_key(const char *const *pats, const unsigned *flags, size_t n)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char head[64];
	char *key;
	size_t i;

	g_checksum_update(sum, (const guchar *)MAGIC, strlen(MAGIC));
	g_checksum_update(sum, (const guchar *)hs_version(), strlen(hs_version()));
	for (i = 0; i < n; i++) {
		snprintf(head, sizeof(head), "\n%zu\t%u\t", i, flags[i]);
		g_checksum_update(sum, (const guchar *)head, strlen(head));
		g_checksum_update(sum, (const guchar *)(pats[i] ? pats[i] : ""),
		    pats[i] ? strlen(pats[i]) : 0);
	}
	key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return key;
}

static char *
path_of(const char *dir, const char *key)
{
	char *name = g_strconcat(key, ".hsdb", NULL), *p = g_build_filename(dir, name, NULL);

	g_free(name);
	return p;
}

hs_database_t *
hscache_load(const char *key, unsigned **ids, size_t *nids)
{
	char *dir = cache_dir(), *path = NULL, *buf = NULL;
	hs_database_t *db = NULL;
	struct stat st;
	uint32_t n;
	size_t len, head;
	int fd = -1;

	*ids = NULL;
	*nids = 0;
	if (!dir)
		return NULL;
	path = path_of(dir, key);
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
	    st.st_size < (off_t)(strlen(MAGIC) + 4) || (uint64_t)st.st_size > FILE_MAX)
		goto out;
	len = (size_t)st.st_size;
	buf = g_malloc(len);
	if (read(fd, buf, len) != (ssize_t)len || memcmp(buf, MAGIC, strlen(MAGIC)))
		goto out;
	memcpy(&n, buf + strlen(MAGIC), 4);
	head = strlen(MAGIC) + 4 + (size_t)n * 4;
	if (n == 0 || head >= len)
		goto out;
	if (hs_deserialize_database(buf + head, len - head, &db) != HS_SUCCESS) {
		db = NULL;
		unlink(path);	/* damaged, or from another build: compiled anew */
		goto out;
	}
	*ids = g_new(unsigned, n);
	memcpy(*ids, buf + strlen(MAGIC) + 4, (size_t)n * 4);
	*nids = n;
out:
	if (fd >= 0)
		close(fd);
	g_free(buf);
	g_free(path);
	g_free(dir);
	return db;
}

static int
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	ssize_t w;

	while (n) {
		w = write(fd, c, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

void
hscache_save(const char *key, const hs_database_t *db, const unsigned *ids, size_t nids)
{
	char *dir = cache_dir(), *path, *tmp, *bytes = NULL;
	size_t len = 0;
	uint32_t n = (uint32_t)nids;
	int fd, ok;

	if (!dir)
		return;
	if (nids == 0 || nids > UINT32_MAX ||
	    hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) {
		g_free(dir);
		return;
	}
	path = path_of(dir, key);
	tmp = g_strconcat(path, ".XXXXXX", NULL);
	/* mkstemp creates the file 0600; the rename makes it appear whole */
	fd = mkstemp(tmp);
	if (fd >= 0) {
		ok = !write_all(fd, MAGIC, strlen(MAGIC)) && !write_all(fd, &n, 4) &&
		    !write_all(fd, ids, nids * sizeof(*ids)) && !write_all(fd, bytes, len);
		ok = !close(fd) && ok;
		if (!ok || rename(tmp, path) != 0)
			unlink(tmp);
	}
	free(bytes);
	g_free(tmp);
	g_free(path);
	g_free(dir);
}
