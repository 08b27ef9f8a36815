/*
 * input: what an input is made of.  A file, a folder or an archive is
 * turned into members, each read once, in a fixed order; each member is
 * read as the export format its content shows, or kept as a media file
 * that messages of the same input may name.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include "read_priv.h"
#include "text.h"

#define HEAD_SIZE ((size_t)64 << 10)
#define DIR_DEPTH_MAX 32

static void handle_member(struct reader *rd, struct member *m);
static ssize_t fd_read(void *rctx, void *buf, size_t n, char *err, size_t errlen);

static ssize_t
raw_read(struct reader *rd, struct member *m, void *buf, size_t n)
{
	struct input *in = rd->in;
	ssize_t r;

	if (in->halt) {
		snprintf(m->err, sizeof(m->err), "reading stopped");
		return -1;
	}
	r = m->read(m->rctx, buf, n, m->err, sizeof(m->err));
	if (r > 0 && m->counted) {
		in->expanded += (uint64_t)r;
		if (in->expanded > EXPAND_FLOOR &&
		    in->expanded / EXPAND_RATIO > in->disk) {
			snprintf(m->err, sizeof(m->err),
			    "expands to more than %llu MiB from %llu KiB of archive (over %d:1); "
			    "stopped reading it (a zip bomb?)",
			    (unsigned long long)(in->expanded >> 20),
			    (unsigned long long)(in->disk >> 10), EXPAND_RATIO);
			in->halt = 1;
			in->failed = 1;
			return -1;
		}
	}
	return r;
}

ssize_t
member_read(struct reader *rd, struct member *m, void *buf, size_t n)
{
	size_t k;

	if (m->headoff < m->headlen) {
		k = m->headlen - m->headoff < n ? m->headlen - m->headoff : n;
		memcpy(buf, m->head + m->headoff, k);
		m->headoff += k;
		return (ssize_t)k;
	}
	if (m->broken)
		return -1;	/* m->err still says why */
	return raw_read(rd, m, buf, n);
}

int
member_slurp(struct reader *rd, struct member *m, char **bufp, size_t *lenp)
{
	/* room for the whole file and the read that finds its end */
	size_t cap = m->size > 0 && (uint64_t)m->size < MEMBER_MAX ?
	    (size_t)m->size + 2 : 65536, len = 0, ncap;
	char *buf = malloc(cap), *nb;
	ssize_t r;
	int rc = 0;

	if (!buf) {
		snprintf(m->err, sizeof(m->err), "out of memory");
		*bufp = NULL;
		*lenp = 0;
		return -1;
	}
	for (;;) {
		if (len + 1 >= cap) {
			if (cap >= MEMBER_MAX) {
				snprintf(m->err, sizeof(m->err),
				    "larger than %zu MiB; only the first part was read",
				    MEMBER_MAX >> 20);
				rc = -1;
				break;
			}
			ncap = cap * 2 < MEMBER_MAX ? cap * 2 : MEMBER_MAX;
			nb = realloc(buf, ncap);
			if (!nb) {
				snprintf(m->err, sizeof(m->err), "out of memory");
				rc = -1;
				break;
			}
			buf = nb;
			cap = ncap;
		}
		r = member_read(rd, m, buf + len, cap - len - 1);
		if (r < 0) {
			rc = -1;
			break;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return rc;
}

/* Media ----------------------------------------------------------------- */

struct media *
media_find(struct input *in, const char *dir, const char *name)
{
	struct media *m = NULL;
	char *p;

	if (dir && *dir) {
		p = g_strconcat(dir, "/", name, NULL);
		m = g_hash_table_lookup(in->by_path, p);
		g_free(p);
	}
	if (!m)
		m = g_hash_table_lookup(in->by_path, name);
	if (!m)
		m = g_hash_table_lookup(in->by_name, name);
	return m;
}

static struct media *
media_add(struct reader *rd, const char *path, const struct store_item *it)
{
	struct input *in = rd->in;
	struct media *m;
	const char *base;

	if ((m = g_hash_table_lookup(in->by_path, path)))
		return m;
	m = g_new0(struct media, 1);
	m->path = g_strdup(path);
	m->item = *it;
	g_ptr_array_add(in->media, m);
	g_hash_table_insert(in->by_path, m->path, m);
	/* the key lives as long as the media entry */
	base = strrchr(m->path, '/');
	base = base ? base + 1 : m->path;
	if (!g_hash_table_lookup(in->by_name, base))
		g_hash_table_insert(in->by_name, (char *)base, m);
	return m;
}

static void
member_fail(struct reader *rd, struct member *m)
{
	rd_warn_at(rd, m->path, "%s", m->err);
	rd->in->failed = 1;
}

static void
read_media(struct reader *rd, struct member *m)
{
	char err[512], buf[65536];
	struct store_put *p = store_put_new(rd->store, err, sizeof(err));
	struct store_item it;
	ssize_t r;

	if (!p) {
		rd_warn(rd, "store: %s", err);
		rd->in->failed = 1;
		return;
	}
	while ((r = member_read(rd, m, buf, sizeof(buf))) > 0)
		if (store_put_write(p, buf, (size_t)r) != 0) {
			rd_warn(rd, "store: %s", store_put_error(p));
			rd->in->failed = 1;
			store_put_abort(p);
			return;
		}
	explicit_bzero(buf, sizeof(buf));
	if (r < 0) {
		store_put_abort(p);
		member_fail(rd, m);
		return;
	}
	if (store_put_commit(p, &it, err, sizeof(err)) != 0) {
		rd_warn(rd, "store: %s", err);
		rd->in->failed = 1;
		return;
	}
	media_add(rd, m->path, &it);
}

/* Archives -------------------------------------------------------------- */

static int
is_compressed(const unsigned char *h, size_t n)
{
	return (n >= 2 && h[0] == 0x1f && h[1] == 0x8b) ||
	    (n >= 3 && !memcmp(h, "BZh", 3)) ||
	    (n >= 6 && !memcmp(h, "\xfd" "7zXZ\0", 6)) ||
	    (n >= 4 && !memcmp(h, "\x28\xb5\x2f\xfd", 4));
}

/* Archives inside an export are opened only when named as archives: a
 * .docx or .odt is a zip too, and stays the document it is. */
static int
container_name(const char *path)
{
	static const char *const ext[] = {
		".zip", ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2",
		".txz", ".tar.xz", ".tar.zst", ".gz", ".ufdr", NULL
	};
	size_t n = strlen(path), e;
	const char *const *x;

	for (x = ext; *x; x++) {
		e = strlen(*x);
		if (n > e && !g_ascii_strcasecmp(path + n - e, *x))
			return 1;
	}
	return 0;
}

static struct archive *
archive_reader(int compressed)
{
	struct archive *a = archive_read_new();

	archive_read_support_filter_gzip(a);
	archive_read_support_filter_bzip2(a);
	archive_read_support_filter_xz(a);
	archive_read_support_filter_zstd(a);
	archive_read_support_format_zip(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_7zip(a);
	/* a lone compressed file (inbox.mbox.gz) is one entry */
	if (compressed)
		archive_read_support_format_raw(a);
	return a;
}

static int
junk(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return !strncmp(path, "__MACOSX/", 9) || strstr(path, "/__MACOSX/") ||
	    !strcmp(base, ".DS_Store") || !strncmp(base, "._", 2) ||
	    !g_ascii_strcasecmp(base, "Thumbs.db") ||
	    !g_ascii_strcasecmp(base, "desktop.ini");
}

/*
 * An entry's name as a relative path: no empty, "." or ".." parts, no
 * leading slash or drive.  *unsafe says whether anything was dropped.
 */
char *
clean_path(const char *raw, int *unsafe)
{
	GString *out = g_string_new(NULL);
	char *fixed = text_fix_utf8(raw, strlen(raw), NULL, NULL), *s, *tok, *save;

	*unsafe = raw[0] == '/' || raw[0] == '\\' ||
	    (g_ascii_isalpha(raw[0]) && raw[1] == ':');
	for (s = fixed; *s; s++)
		if (*s == '\\')
			*s = '/';
	s = fixed;
	if (g_ascii_isalpha(s[0]) && s[1] == ':')
		s += 2;
	for (tok = strtok_r(s, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
		if (!strcmp(tok, "."))
			continue;
		if (!strcmp(tok, "..")) {
			*unsafe = 1;
			continue;
		}
		if (out->len)
			g_string_append_c(out, '/');
		g_string_append(out, tok);
	}
	free(fixed);
	return g_string_free(out, FALSE);
}

static ssize_t
entry_read(void *rctx, void *buf, size_t n, char *err, size_t errlen)
{
	struct archive *a = rctx;
	la_ssize_t r;

	do
		r = archive_read_data(a, buf, n);
	while (r == ARCHIVE_RETRY);
	if (r < 0) {
		snprintf(err, errlen, "%s", archive_error_string(a) ?
		    archive_error_string(a) : "damaged archive entry");
		return -1;
	}
	return r;
}

static char *
raw_entry_name(const char *label)
{
	const char *base = strrchr(label, '/');
	char *name = g_strdup(base ? base + 1 : label);
	char *dot = strrchr(name, '.');

	if (dot && dot != name)
		*dot = '\0';
	return name;
}

/*
 * Reads the entries of an open archive.  prefix is the archive's own path
 * inside the input ("" for the input itself); it goes before entry names.
 * disk is the archive's file when it is one (its entries can be read again).
 */
static void
read_entries(struct reader *rd, struct archive *a, const char *prefix, int depth,
    const char *disk, int compressed)
{
	struct archive_entry *e;
	struct input *in = rd->in;
	const char *raw;
	char *name, *path;
	int r, unsafe;

	for (;;) {
		r = archive_read_next_header(a, &e);
		if (r == ARCHIVE_EOF)
			break;
		if (r == ARCHIVE_WARN)
			rd_warn_at(rd, prefix, "%s", archive_error_string(a));
		else if (r != ARCHIVE_OK) {
			rd_warn_at(rd, prefix, "%s", archive_error_string(a) ?
			    archive_error_string(a) : "damaged archive");
			in->failed = 1;
			if (r == ARCHIVE_FATAL)
				break;
			continue;
		}
		if (archive_format(a) == ARCHIVE_FORMAT_RAW)
			name = raw_entry_name(*prefix ? prefix : rd->in->name);
		else {
			raw = archive_entry_pathname_utf8(e);
			if (!raw)
				raw = archive_entry_pathname(e);
			name = clean_path(raw ? raw : "", &unsafe);
			if (unsafe)
				rd_warn_at(rd, prefix, "entry '%s' has an unsafe name; read as '%s'",
				    raw, name);
		}
		if (archive_entry_filetype(e) != AE_IFREG) {
			if (archive_entry_filetype(e) != AE_IFDIR)
				rd_warn_at(rd, prefix, "entry '%s' is not a regular file; skipped",
				    name);
			g_free(name);
			continue;
		}
		if (!*name || junk(name)) {
			g_free(name);
			continue;
		}
		path = *prefix ? g_strconcat(prefix, "/", name, NULL) : g_strdup(name);
		struct member m = {
			.path = path,
			.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1,
			.read = entry_read,
			.rctx = a,
			.depth = depth,
			.counted = 1,
			.arc_disk = disk,
			.arc_path = prefix,
			.arc_compressed = compressed,
		};
		handle_member(rd, &m);
		g_free(path);
		g_free(name);
		if (in->halt || rd->stop)
			break;
	}
}

static int
read_archive_file(struct reader *rd, const char *disk, const char *rel,
    int compressed, uint64_t size, int depth)
{
	struct archive *a = archive_reader(compressed);

	rd->in->archived = 1;
	rd->in->disk += size;
	if (archive_read_open_filename(a, disk, 65536) != ARCHIVE_OK) {
		rd_warn_at(rd, rel, "%s", archive_error_string(a));
		rd->in->failed = 1;
	} else
		read_entries(rd, a, rel, depth, disk, compressed);
	archive_read_free(a);
	return 0;
}

/* An archive inside an archive, streamed; its bytes are kept as media too. */
struct nested {
	struct reader *rd;
	struct member *m;
	struct store_put *tee;
	int teefail;
	unsigned char buf[65536];
};

static la_ssize_t
nested_read(struct archive *a, void *ctx, const void **out)
{
	struct nested *n = ctx;
	ssize_t r = member_read(n->rd, n->m, n->buf, sizeof(n->buf));

	if (r < 0) {
		archive_set_error(a, EIO, "%s", n->m->err);
		return -1;
	}
	if (r > 0 && n->tee && !n->teefail &&
	    store_put_write(n->tee, n->buf, (size_t)r) != 0)
		n->teefail = 1;
	*out = n->buf;
	return r;
}

static void
read_nested(struct reader *rd, struct member *m)
{
	struct nested *n = g_new0(struct nested, 1);
	struct archive *a = archive_reader(is_compressed(m->head, m->headlen));
	struct store_item it;
	char err[512];
	ssize_t r;

	n->rd = rd;
	n->m = m;
	n->tee = store_put_new(rd->store, err, sizeof(err));
	if (!n->tee)
		rd_warn(rd, "store: %s", err);
	if (archive_read_open(a, n, NULL, nested_read, NULL) != ARCHIVE_OK) {
		rd_warn_at(rd, m->path, "%s", archive_error_string(a));
		rd->in->failed = 1;
	} else
		read_entries(rd, a, m->path, m->depth + 1, NULL, 0);
	archive_read_free(a);
	/* what the archive reader left unread still belongs to the file */
	r = 0;
	while (n->tee && !n->teefail && !rd->in->halt &&
	    (r = member_read(rd, m, n->buf, sizeof(n->buf))) > 0)
		if (store_put_write(n->tee, n->buf, (size_t)r) != 0)
			n->teefail = 1;
	if (r < 0 && !rd->in->halt)
		member_fail(rd, m);
	if (n->tee) {
		if (n->teefail) {
			rd_warn(rd, "store: %s", store_put_error(n->tee));
			store_put_abort(n->tee);
		} else if (rd->in->halt || r < 0)
			store_put_abort(n->tee);
		else if (store_put_commit(n->tee, &it, err, sizeof(err)) == 0)
			media_add(rd, m->path, &it)->expanded = 1;
		else
			rd_warn(rd, "store: %s", err);
	}
	explicit_bzero(n->buf, sizeof(n->buf));
	g_free(n);
}

/* Members --------------------------------------------------------------- */

static int
peek(struct reader *rd, struct member *m)
{
	ssize_t r;

	m->head = malloc(HEAD_SIZE);
	if (!m->head) {
		snprintf(m->err, sizeof(m->err), "out of memory");
		return -1;
	}
	while (m->headlen < HEAD_SIZE) {
		r = raw_read(rd, m, m->head + m->headlen, HEAD_SIZE - m->headlen);
		if (r < 0) {
			/* what was read is still read: the member's reader says the rest */
			if (m->headlen && !rd->in->halt) {
				m->broken = 1;
				return 0;
			}
			return -1;
		}
		if (r == 0)
			break;
		m->headlen += (size_t)r;
	}
	return 0;
}

static int
looks_text(const unsigned char *h, size_t n)
{
	return n > 0 && !memchr(h, '\0', n);
}

static void
queue_chat(struct reader *rd, struct member *m, enum fmt f)
{
	struct chat *c = g_new0(struct chat, 1);

	c->fmt = f;
	c->path = g_strdup(m->path);
	/* WhatsApp reads its chat twice, from disk, rather than hold it */
	if (f == FMT_WHATSAPP && m->disk_path && m->st) {
		c->disk = g_strdup(m->disk_path);
		c->dev = m->st->st_dev;
		c->ino = m->st->st_ino;
	} else if (member_slurp(rd, m, &c->buf, &c->len) != 0) {
		c->problem = g_strdup(m->err);
		member_fail(rd, m);
	}
	g_ptr_array_add(rd->in->chats, c);
}

static void
read_eml(struct reader *rd, struct member *m)
{
	struct mail_meta meta = { 0 };
	char *buf, *file, *folder;
	size_t len;
	int bad = member_slurp(rd, m, &buf, &len);

	if (bad)
		member_fail(rd, m);
	/* a Maildir packed in an archive is still a Maildir */
	if (buf && !m->top && (folder = maildir_place(m->path))) {
		maildir_message(rd, buf, len, m->path, folder, bad ? m->err : NULL);
		g_free(folder);
	} else if (buf) {
		file = source_file(rd, m->path);
		meta.format = "eml";
		meta.file = file;
		meta.idkey = file;
		meta.fallback_time = -1;
		meta.truncated = bad ? m->err : NULL;
		mail_read(rd, buf, len, &meta);
		g_free(file);
	}
	if (buf) {
		explicit_bzero(buf, len);
		free(buf);
	}
}

static void
put_off(struct reader *rd, struct member *m)
{
	struct later *l = g_new0(struct later, 1);

	l->path = g_strdup(m->path);
	l->depth = m->depth;
	if (m->disk_path)
		l->disk = g_strdup(m->disk_path);
	else {
		l->disk = g_strdup(m->arc_disk);
		l->compressed = m->arc_compressed;
		l->prefix = g_strdup(m->arc_path);
	}
	g_ptr_array_add(rd->in->later, l);
}

void
later_free(gpointer p)
{
	struct later *l = p;

	g_free(l->disk);
	g_free(l->prefix);
	g_free(l->path);
	g_free(l);
}

static void
later_archive(struct reader *rd, struct later *l)
{
	struct archive *a = archive_reader(l->compressed);
	struct archive_entry *e;
	const char *raw;
	char *name, *path;
	int unsafe, found = 0;

	if (archive_read_open_filename(a, l->disk, 65536) != ARCHIVE_OK) {
		rd_warn_at(rd, l->path, "%s", archive_error_string(a));
		rd->in->failed = 1;
		archive_read_free(a);
		return;
	}
	while (!found && archive_read_next_header(a, &e) >= ARCHIVE_WARN) {
		raw = archive_entry_pathname_utf8(e);
		if (!raw)
			raw = archive_entry_pathname(e);
		name = clean_path(raw ? raw : "", &unsafe);
		path = *l->prefix ? g_strconcat(l->prefix, "/", name, NULL) : g_strdup(name);
		if (archive_entry_filetype(e) == AE_IFREG && !strcmp(path, l->path)) {
			struct member m = {
				.path = path,
				.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1,
				.read = entry_read,
				.rctx = a,
				.depth = l->depth,
				.counted = 1,
			};
			found = 1;
			if (ufdr_read(rd, &m) != 0)
				rd->in->failed = 1;
		}
		g_free(path);
		g_free(name);
	}
	if (!found) {
		rd_warn_at(rd, l->path, "not found when the archive was read again");
		rd->in->failed = 1;
	}
	archive_read_free(a);
}

void
input_later(struct reader *rd)
{
	unsigned i;

	for (i = 0; i < rd->in->later->len && !rd->stop && !rd->in->halt; i++) {
		struct later *l = g_ptr_array_index(rd->in->later, i);

		if (l->prefix) {
			later_archive(rd, l);
			continue;
		}
		int fd = open(l->disk, O_RDONLY | O_CLOEXEC);

		if (fd < 0) {
			rd_warn(rd, "%s: %s", l->disk, strerror(errno));
			rd->in->failed = 1;
			continue;
		}
		struct member m = {
			.path = l->path,
			.read = fd_read,
			.rctx = &fd,
			.depth = l->depth,
			.disk_path = l->disk,
		};
		if (ufdr_read(rd, &m) != 0)
			rd->in->failed = 1;
		close(fd);
	}
}

static enum fmt
forced(struct reader *rd)
{
	const char *f = rd->o.format;

	if (!f)
		return FMT_UNKNOWN;
	if (!strcmp(f, "whatsapp"))
		return FMT_WHATSAPP;
	if (!strcmp(f, "mbox"))
		return FMT_MBOX;
	if (!strcmp(f, "eml"))
		return FMT_EML;
	if (!strcmp(f, "telegram"))
		return FMT_TELEGRAM;
	if (!strcmp(f, "signal"))
		return FMT_SIGNAL;
	if (!strcmp(f, "signal-json"))
		return FMT_SIGNAL_JSON;
	if (!strcmp(f, "sms"))
		return FMT_SMS;
	if (!strcmp(f, "ufdr"))
		return FMT_UFDR;
	return FMT_UNKNOWN;
}

static void
handle_member(struct reader *rd, struct member *m)
{
	enum fmt f;

	if (peek(rd, m) != 0) {
		member_fail(rd, m);
		goto out;
	}
	f = detect(rd, m->head, m->headlen);
	if (f == FMT_ARCHIVE && (m->top || container_name(m->path))) {
		if (m->depth >= NEST_MAX) {
			rd_warn_at(rd, m->path, "archives nested more than %d deep; kept as a file",
			    NEST_MAX);
			read_media(rd, m);
		} else if (m->disk_path)
			read_archive_file(rd, m->disk_path, m->path,
			    is_compressed(m->head, m->headlen),
			    m->size > 0 ? (uint64_t)m->size : 0, m->depth);
		else
			read_nested(rd, m);
		goto out;
	}
	if (forced(rd) != FMT_UNKNOWN && (m->top ||
	    (f != FMT_ARCHIVE && looks_text(m->head, m->headlen))))
		f = forced(rd);
	switch (f) {
	case FMT_WHATSAPP:
	case FMT_TELEGRAM:
	case FMT_SIGNAL:
	case FMT_SIGNAL_JSON:
		rd->in->recognised = 1;
		queue_chat(rd, m, f);
		break;
	case FMT_MBOX:
		rd->in->recognised = 1;
		if (mbox_read(rd, m) != 0)
			member_fail(rd, m);
		break;
	case FMT_EML:
		rd->in->recognised = 1;
		read_eml(rd, m);
		break;
	case FMT_SMS:
		rd->in->recognised = 1;
		if (sms_read(rd, m) != 0)
			rd->in->failed = 1;
		break;
	case FMT_UFDR:
		rd->in->recognised = 1;
		/* its attachments may come after it: read it again at the end */
		if (!m->top && (m->disk_path || m->arc_disk))
			put_off(rd, m);
		else if (ufdr_read(rd, m) != 0)
			rd->in->failed = 1;
		break;
	default:
		if (!m->top)
			read_media(rd, m);
		break;
	}
out:
	if (m->head) {
		explicit_bzero(m->head, m->headlen);
		free(m->head);
		m->head = NULL;
	}
}

/* Files and folders ----------------------------------------------------- */

static ssize_t
fd_read(void *rctx, void *buf, size_t n, char *err, size_t errlen)
{
	int fd = *(int *)rctx;
	ssize_t r;

	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	if (r < 0)
		snprintf(err, errlen, "%s", strerror(errno));
	return r;
}

static void
file_member(struct reader *rd, const char *disk, const char *rel, int top,
    int depth)
{
	struct stat sb;
	int fd = open(disk, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &sb) != 0) {
		rd_warn(rd, "%s: %s", disk, strerror(errno));
		rd->in->failed = 1;
		if (fd >= 0)
			close(fd);
		return;
	}
	struct member m = {
		.path = (char *)rel,
		.size = sb.st_size,
		.read = fd_read,
		.rctx = &fd,
		.top = top,
		.depth = depth,
		.disk_path = disk,
		.st = S_ISREG(sb.st_mode) ? &sb : NULL,
	};
	handle_member(rd, &m);
	close(fd);
}

int
input_file(struct reader *rd, const char *path)
{
	file_member(rd, path, "", 1, 0);
	return rd->in->failed ? -1 : 0;
}

struct memsrc {
	const unsigned char *p;
	size_t left;
};

static ssize_t
mem_read(void *rctx, void *buf, size_t n, char *err, size_t errlen)
{
	struct memsrc *m = rctx;

	(void)err;
	(void)errlen;
	if (n > m->left)
		n = m->left;
	memcpy(buf, m->p, n);
	m->p += n;
	m->left -= n;
	return (ssize_t)n;
}

int
input_memory(struct reader *rd, const void *buf, size_t len)
{
	struct memsrc src = { buf, len };
	struct member m = {
		.path = (char *)"",
		.size = (int64_t)len,
		.read = mem_read,
		.rctx = &src,
		.top = 1,
	};

	rd->in->disk = len;
	handle_member(rd, &m);
	return rd->in->failed ? -1 : 0;
}

int
name_order(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int
file_slurp(struct reader *rd, const char *disk, char **buf, size_t *len,
    char *err, size_t errlen)
{
	struct stat sb;
	int fd = open(disk, O_RDONLY | O_CLOEXEC), rc;

	*buf = NULL;
	if (fd < 0 || fstat(fd, &sb) != 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	struct member m = {
		.path = (char *)"",
		.size = sb.st_size,
		.read = fd_read,
		.rctx = &fd,
	};
	rc = member_slurp(rd, &m, buf, len);
	if (rc)
		snprintf(err, errlen, "%s", m.err);
	close(fd);
	return rc;
}

static void
walk(struct reader *rd, const char *disk, const char *rel, int depth)
{
	struct dirent **ents;
	struct stat sb;
	char *cdisk, *crel;
	int n, i;

	if (maildir_is(disk) || (depth == 0 && rd->o.format &&
	    !strcmp(rd->o.format, "maildir"))) {
		rd->in->recognised = 1;
		maildir_read(rd, disk, rel);
		return;
	}
	n = scandir(disk, &ents, NULL, name_order);
	if (n < 0) {
		rd_warn(rd, "%s: %s", disk, strerror(errno));
		rd->in->failed = 1;
		return;
	}
	for (i = 0; i < n; i++) {
		const char *nm = ents[i]->d_name;

		if (nm[0] == '.' || rd->in->halt || rd->stop)
			continue;
		cdisk = g_strconcat(disk, "/", nm, NULL);
		crel = *rel ? g_strconcat(rel, "/", nm, NULL) : g_strdup(nm);
		if (junk(crel) || !strcmp(nm, "__MACOSX"))
			;
		else if (lstat(cdisk, &sb) != 0) {
			rd_warn(rd, "%s: %s", cdisk, strerror(errno));
			rd->in->failed = 1;
		} else if (S_ISDIR(sb.st_mode)) {
			if (depth >= DIR_DEPTH_MAX)
				rd_warn(rd, "%s: folders nested too deep; skipped", cdisk);
			else
				walk(rd, cdisk, crel, depth + 1);
		} else if (S_ISREG(sb.st_mode) ||
		    (S_ISLNK(sb.st_mode) && stat(cdisk, &sb) == 0 && S_ISREG(sb.st_mode)))
			file_member(rd, cdisk, crel, 0, 0);
		else
			rd_warn(rd, "%s: not a file or folder; skipped", cdisk);
		g_free(cdisk);
		g_free(crel);
	}
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
}

int
input_dir(struct reader *rd, const char *path)
{
	walk(rd, path, "", 0);
	return rd->in->failed ? -1 : 0;
}
