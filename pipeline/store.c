/*
 * store: attachments written once, named by their SHA-256.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <magic.h>

#include "store.h"

/* libmagic needs this much of the start of a file to type it */
#define HEAD_MAX 8192

struct store {
	char *dir;
	magic_t magic;
};

struct store_put {
	struct store *st;
	int fd;
	char *tmp;
	GChecksum *ck;
	uint64_t size;
	unsigned char head[HEAD_MAX];
	size_t headlen;
	char type[96];
	char err[256];
};

static int
mkdirs(const char *path, char *err, size_t errlen)
{
	char *p = strdup(path), *s;
	struct stat sb;

	if (!p) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	for (s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			snprintf(err, errlen, "%s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		snprintf(err, errlen, "%s: not a folder", path);
		return -1;
	}
	return 0;
}

struct store *
store_open(const char *dir, char *err, size_t errlen)
{
	struct store *st = calloc(1, sizeof(*st));

	if (!st) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (dir) {
		if (mkdirs(dir, err, errlen) != 0) {
			free(st);
			return NULL;
		}
		st->dir = strdup(dir);
	}
	st->magic = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!st->magic || magic_load(st->magic, NULL) != 0) {
		snprintf(err, errlen, "cannot load the file type database: %s",
		    st->magic ? magic_error(st->magic) : strerror(errno));
		store_close(st);
		return NULL;
	}
	return st;
}

void
store_close(struct store *st)
{
	if (!st)
		return;
	if (st->magic)
		magic_close(st->magic);
	free(st->dir);
	free(st);
}

const char *
store_dir(const struct store *st)
{
	return st->dir;
}

struct store_put *
store_put_new(struct store *st, char *err, size_t errlen)
{
	struct store_put *p = calloc(1, sizeof(*p));

	if (!p) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->st = st;
	p->fd = -1;
	p->ck = g_checksum_new(G_CHECKSUM_SHA256);
	if (st->dir) {
		if (asprintf(&p->tmp, "%s/.tmp-XXXXXX", st->dir) < 0) {
			p->tmp = NULL;
			snprintf(err, errlen, "out of memory");
			store_put_abort(p);
			return NULL;
		}
		/* mkstemp creates the file 0600 */
		p->fd = mkstemp(p->tmp);
		if (p->fd < 0) {
			snprintf(err, errlen, "%s: %s", st->dir, strerror(errno));
			free(p->tmp);
			p->tmp = NULL;
			store_put_abort(p);
			return NULL;
		}
	}
	return p;
}

const char *
store_put_error(const struct store_put *p)
{
	return p->err;
}

int
store_put_write(struct store_put *p, const void *buf, size_t n)
{
	const char *b = buf;
	size_t h;
	ssize_t w;

	if (!n)
		return 0;
	if (p->headlen < HEAD_MAX) {
		h = HEAD_MAX - p->headlen < n ? HEAD_MAX - p->headlen : n;
		memcpy(p->head + p->headlen, buf, h);
		p->headlen += h;
	}
	g_checksum_update(p->ck, buf, (gssize)n);
	p->size += n;
	while (p->fd >= 0 && n > 0) {
		w = write(p->fd, b, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			snprintf(p->err, sizeof(p->err), "%s: %s", p->st->dir,
			    strerror(errno));
			return -1;
		}
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

void
store_put_set_type(struct store_put *p, const char *type)
{
	snprintf(p->type, sizeof(p->type), "%s", type ? type : "");
}

static void
put_type(struct store_put *p, char *type, size_t len)
{
	const char *t;

	if (p->type[0]) {
		snprintf(type, len, "%s", p->type);
		return;
	}
	t = p->headlen ? magic_buffer(p->st->magic, p->head, p->headlen) : NULL;
	snprintf(type, len, "%s", t ? t : "application/octet-stream");
}

int
store_put_commit(struct store_put *p, struct store_item *out, char *err,
    size_t errlen)
{
	char *final = NULL;
	int rc = -1;

	out->created = 0;
	memcpy(out->sha256, g_checksum_get_string(p->ck), 64);
	out->sha256[64] = '\0';
	out->size = p->size;
	put_type(p, out->type, sizeof(out->type));
	if (p->fd < 0) {
		store_put_abort(p);
		return 0;
	}
	if (close(p->fd) != 0) {
		p->fd = -1;
		snprintf(err, errlen, "%s: %s", p->st->dir, strerror(errno));
		goto out;
	}
	p->fd = -1;
	if (asprintf(&final, "%s/%s", p->st->dir, out->sha256) < 0) {
		final = NULL;
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	/* the same bytes under the same name: the first copy stays */
	if (access(final, F_OK) == 0)
		rc = 0;
	else if (rename(p->tmp, final) == 0) {
		free(p->tmp);
		p->tmp = NULL;
		out->created = 1;
		rc = 0;
	} else
		snprintf(err, errlen, "%s: %s", final, strerror(errno));
out:
	free(final);
	store_put_abort(p);
	return rc;
}

int
store_forget(struct store *st, const char *sha256)
{
	char *f;
	int rc;

	if (!st->dir)
		return 0;
	if (strlen(sha256) != 64 || strspn(sha256, "0123456789abcdef") != 64) {
		errno = EINVAL;
		return -1;
	}
	if (asprintf(&f, "%s/%s", st->dir, sha256) < 0)
		return -1;
	rc = unlink(f);
	free(f);
	return rc;
}

void
store_put_abort(struct store_put *p)
{
	if (!p)
		return;
	if (p->fd >= 0)
		close(p->fd);
	if (p->tmp) {
		unlink(p->tmp);
		free(p->tmp);
	}
	explicit_bzero(p->head, sizeof(p->head));
	g_checksum_free(p->ck);
	free(p);
}

int
store_put_buffer(struct store *st, const void *buf, size_t n,
    const char *type, struct store_item *out, char *err, size_t errlen)
{
	struct store_put *p = store_put_new(st, err, errlen);

	if (!p)
		return -1;
	store_put_set_type(p, type);
	if (store_put_write(p, buf, n) != 0) {
		snprintf(err, errlen, "%s", p->err);
		store_put_abort(p);
		return -1;
	}
	return store_put_commit(p, out, err, errlen);
}
