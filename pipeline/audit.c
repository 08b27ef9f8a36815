/*
 * audit: the hash-chained log of runs (see audit.h, docs/audit.md).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "audit.h"
#include "ihh.h"

#define GENESIS "0000000000000000000000000000000000000000000000000000000000000000"
/* A log is a line a run; a longer one than this is not ours. */
#define LOG_MAX	(1u << 30)

struct audit {
	char *program, *who, *at;
	GChecksum *in, *out;
	unsigned long long in_bytes, out_bytes;
	json_t *counts;
	int status, has_status;
};

static char *
login_name(void)
{
	struct passwd *pw = getpwuid(geteuid());

	if (pw && pw->pw_name && *pw->pw_name)
		return g_strdup(pw->pw_name);
	return g_strdup_printf("uid %lu", (unsigned long)geteuid());
}

struct audit *
audit_new(const char *program, const char *who)
{
	struct audit *a = g_new0(struct audit, 1);
	GDateTime *now = g_date_time_new_now_utc();

	a->program = g_strdup(program);
	a->who = who && *who ? g_strdup(who) : login_name();
	a->at = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
	g_date_time_unref(now);
	a->in = g_checksum_new(G_CHECKSUM_SHA256);
	a->out = g_checksum_new(G_CHECKSUM_SHA256);
	return a;
}

void
audit_free(struct audit *a)
{
	if (!a)
		return;
	g_free(a->program);
	g_free(a->who);
	g_free(a->at);
	g_checksum_free(a->in);
	g_checksum_free(a->out);
	json_decref(a->counts);
	g_free(a);
}

const char *
audit_who(const struct audit *a)
{
	return a->who;
}

void
audit_read(struct audit *a, const void *buf, size_t n)
{
	g_checksum_update(a->in, buf, (gssize)n);
	a->in_bytes += n;
}

void
audit_wrote(struct audit *a, const void *buf, size_t n)
{
	g_checksum_update(a->out, buf, (gssize)n);
	a->out_bytes += n;
}

static int
read_file(struct audit *a, const char *path, char *err, size_t errlen)
{
	char buf[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		audit_read(a, buf, n);
	if (ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

static int
by_name(const struct dirent **x, const struct dirent **y)
{
	return strcmp((*x)->d_name, (*y)->d_name);
}

int
audit_read_path(struct audit *a, const char *path, char *err, size_t errlen)
{
	struct dirent **ents;
	struct stat st;
	char *sub;
	int n, i, rc = 0;

	if (stat(path, &st) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return read_file(a, path, err, errlen);
	if ((n = scandir(path, &ents, NULL, by_name)) < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	/* a folder: its files' names and bytes, in name order */
	for (i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;

		if (!rc && strcmp(name, ".") && strcmp(name, "..")) {
			sub = g_build_filename(path, name, NULL);
			if (lstat(sub, &st) == 0 && (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode))) {
				audit_read(a, name, strlen(name) + 1);
				rc = audit_read_path(a, sub, err, errlen);
			}
			g_free(sub);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

void
audit_set_counts(struct audit *a, json_t *counts)
{
	json_decref(a->counts);
	a->counts = json_incref(counts);
}

void
audit_set_status(struct audit *a, int status)
{
	a->status = status;
	a->has_status = 1;
}

/* The chain -------------------------------------------------------------- */

static char *
sha256_hex(const char *s, size_t n)
{
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)s, n);
}

/*
 * A line ends in its own digest: ...,"sha256":"<hex>"} where hex is the
 * SHA-256 of the bytes before ,"sha256":.  The digest of a line, copied
 * into want (65 bytes), or -1 when the line does not hold its own.
 */
static int
line_digest(const char *p, size_t n, char *want)
{
	static const char key[] = ",\"sha256\":\"";
	const char *k = NULL, *q;
	char *d;
	int ok;

	for (q = p; (q = g_strstr_len(q, (gssize)(p + n - q), key)); q++)
		k = q;
	if (!k || (size_t)(p + n - k) != strlen(key) + 64 + 2 || k[strlen(key) + 64] != '"' ||
	    k[strlen(key) + 65] != '}')
		return -1;
	d = sha256_hex(p, (size_t)(k - p));
	ok = !memcmp(d, k + strlen(key), 64);
	if (ok)
		memcpy(want, d, 65);
	g_free(d);
	return ok ? 0 : -1;
}

/*
 * Checks the chain in buf; the digest of the last line goes to last
 * (GENESIS for an empty log).  The number of lines, or -1.
 */
static long
check_chain(const char *path, const char *buf, size_t len, char *last, json_t *entries,
    char *err, size_t errlen)
{
	const char *p = buf, *nl;
	char want[65];
	long line = 0;

	g_strlcpy(want, GENESIS, sizeof(want));
	while (p < buf + len) {
		json_error_t je;
		json_t *e;
		const char *prev;

		line++;
		if (!(nl = memchr(p, '\n', (size_t)(buf + len - p)))) {
			snprintf(err, errlen, "%s:%ld: the last line is incomplete (a write was cut "
			    "off, or the file was edited)", path, line);
			return -1;
		}
		e = json_loadb(p, (size_t)(nl - p), 0, &je);
		if (!e || !json_is_object(e)) {
			snprintf(err, errlen, "%s:%ld: not a log entry (%s)", path, line,
			    e ? "not a JSON object" : je.text);
			json_decref(e);
			return -1;
		}
		prev = json_string_value(json_object_get(e, "prev"));
		if (!prev || strcmp(prev, want)) {
			snprintf(err, errlen, "%s:%ld: the chain is broken: \"prev\" is not the "
			    "digest of the line before it (a line was removed or inserted)",
			    path, line);
			json_decref(e);
			return -1;
		}
		if (line_digest(p, (size_t)(nl - p), want) != 0) {
			snprintf(err, errlen, "%s:%ld: the line does not match its digest (it was "
			    "edited)", path, line);
			json_decref(e);
			return -1;
		}
		if (entries)
			json_array_append(entries, e);
		json_decref(e);
		p = nl + 1;
	}
	memcpy(last, want, 65);
	return line;
}

/* The whole of an open log, or NULL with a message. */
static char *
slurp(int fd, const char *path, size_t *len, char *err, size_t errlen)
{
	struct stat st;
	char *buf;
	size_t got = 0;
	ssize_t r;

	if (fstat(fd, &st) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (!S_ISREG(st.st_mode) || (unsigned long long)st.st_size > LOG_MAX) {
		snprintf(err, errlen, "%s: not an audit log (%s)", path,
		    S_ISREG(st.st_mode) ? "too large" : "not a regular file");
		return NULL;
	}
	buf = g_malloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		r = pread(fd, buf + got, (size_t)st.st_size - got, (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			snprintf(err, errlen, "%s: %s", path, r ? strerror(errno) : "changed while read");
			g_free(buf);
			return NULL;
		}
		got += (size_t)r;
	}
	buf[got] = '\0';
	*len = got;
	return buf;
}

long
audit_verify(const char *path, json_t **entries, char *err, size_t errlen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char last[65], *buf;
	size_t len;
	long n;

	if (entries)
		*entries = NULL;
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	/* a shared lock: no run is half-way through appending */
	flock(fd, LOCK_SH);
	buf = slurp(fd, path, &len, err, errlen);
	close(fd);
	if (!buf)
		return -1;
	if (entries)
		*entries = json_array();
	n = check_chain(path, buf, len, last, entries ? *entries : NULL, err, errlen);
	g_free(buf);
	if (n < 0 && entries) {
		json_decref(*entries);
		*entries = NULL;
	}
	return n;
}

/* A new log is durable when its folder is. */
static void
sync_dir(const char *path)
{
	char *dir = g_path_get_dirname(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	g_free(dir);
}

static json_t *
digest_json(GChecksum *sum, unsigned long long bytes)
{
	return json_pack("{s:s,s:I}", "sha256", g_checksum_get_string(sum), "bytes",
	    (json_int_t)bytes);
}

int
audit_append(struct audit *a, const char *path, char *err, size_t errlen)
{
	char last[65], *buf = NULL, *line = NULL, *body = NULL, *digest = NULL;
	size_t len, n;
	json_t *e;
	int fd, rc = -1;
	ssize_t w;

	fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX) != 0) {
		snprintf(err, errlen, "%s: cannot lock: %s", path, strerror(errno));
		goto out;
	}
	if (!(buf = slurp(fd, path, &len, err, errlen)) ||
	    check_chain(path, buf, len, last, NULL, err, errlen) < 0)
		goto out;
	e = json_pack("{s:i,s:s,s:s,s:s,s:s,s:o,s:o}", "audit", 1, "program", a->program,
	    "version", IHH_VERSION, "by", a->who, "at", a->at,
	    "input", digest_json(a->in, a->in_bytes), "output", digest_json(a->out, a->out_bytes));
	if (a->counts)
		json_object_set(e, "counts", a->counts);
	if (a->has_status)
		json_object_set_new(e, "status", json_integer(a->status));
	json_object_set_new(e, "prev", json_string(last));
	body = json_dumps(e, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(e);
	if (!body) {
		snprintf(err, errlen, "%s: out of memory", path);
		goto out;
	}
	/* the line ends in the digest of what comes before it */
	body[strlen(body) - 1] = '\0';		/* the closing brace */
	digest = sha256_hex(body, strlen(body));
	line = g_strdup_printf("%s,\"sha256\":\"%s\"}\n", body, digest);
	n = strlen(line) - 1;
	/* one write: with O_APPEND and the lock, a line is all there or not */
	w = write(fd, line, n + 1);
	if (w != (ssize_t)(n + 1)) {
		snprintf(err, errlen, "%s: writing the log failed: %s", path,
		    w < 0 ? strerror(errno) : "short write");
		if (w > 0 && ftruncate(fd, (off_t)len) != 0)
			snprintf(err, errlen, "%s: writing the log failed, and the part written "
			    "could not be taken back: the log must be repaired", path);
		goto out;
	}
	if (fsync(fd) != 0) {
		snprintf(err, errlen, "%s: cannot be made durable: %s", path, strerror(errno));
		goto out;
	}
	if (len == 0)
		sync_dir(path);
	rc = 0;
out:
	free(body);
	g_free(digest);
	g_free(line);
	g_free(buf);
	close(fd);
	return rc;
}
