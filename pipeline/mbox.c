/*
 * mbox: a mail folder in one file, messages after "From " lines
 * (mboxo and mboxrd alike), read in one pass in memory bounded by the
 * largest message.
 *
 * Writers do not always escape "From " at the start of a body line, so a
 * "From " line separates messages only when a mail header block follows
 * it, or when it is a classic "From sender Tue Mar  5 14:02:11 2024"
 * line after a blank line.  ">From " lines (any number of '>') lose one
 * '>'.
 */
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "text.h"

#define LINE_MAX_LEN ((size_t)16 << 20)
#define HDR_BLOCK_MAX ((size_t)256 << 10)

/* Buffered lines from a member. */
struct lines {
	struct reader *rd;
	struct member *m;
	char *buf;
	size_t cap, start, end;
	uint64_t off;		/* file offset of buf[start] */
	int eof, err;
};

/* The next line, '\n' included: its length, 0 at the end, -1 on error. */
static ssize_t
next_line(struct lines *l, const char **line, uint64_t *off)
{
	char *nl, *nb;
	ssize_t r;
	size_t n;

	for (;;) {
		nl = memchr(l->buf + l->start, '\n', l->end - l->start);
		if (nl || l->eof || (l->end - l->start == l->cap && l->cap >= LINE_MAX_LEN)) {
			n = nl ? (size_t)(nl + 1 - (l->buf + l->start)) : l->end - l->start;
			*line = l->buf + l->start;
			*off = l->off;
			l->start += n;
			l->off += n;
			return (ssize_t)n;
		}
		if (l->start > 0) {
			memmove(l->buf, l->buf + l->start, l->end - l->start);
			l->end -= l->start;
			l->start = 0;
		}
		if (l->end == l->cap) {
			nb = realloc(l->buf, l->cap * 2);
			if (!nb) {
				snprintf(l->m->err, sizeof(l->m->err), "out of memory");
				return -1;
			}
			l->buf = nb;
			l->cap *= 2;
		}
		r = member_read(l->rd, l->m, l->buf + l->end, l->cap - l->end);
		if (r < 0) {
			l->err = 1;
			return -1;
		}
		if (r == 0)
			l->eof = 1;
		l->end += (size_t)r;
	}
}

/* A growing message. */
struct buf {
	char *s;
	size_t len, cap;
};

static int
buf_add(struct buf *b, const char *s, size_t n)
{
	char *ns;
	size_t cap;

	if (b->len + n + 1 > b->cap) {
		cap = b->cap ? b->cap : 65536;
		while (cap < b->len + n + 1)
			cap *= 2;
		ns = realloc(b->s, cap);
		if (!ns)
			return -1;
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

static const char *const months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/*
 * The date of a classic From_ line ("From addr Tue Mar  5 14:02:11 2024"),
 * as unix time (UTC, as RFC 4155 has it), or -1.
 */
static gint64
from_line_time(const char *s, size_t n)
{
	char line[256], wd[4], mon[4];
	int d, H, M, S = 0, y, i, k;
	const char *p;
	GDateTime *dt;
	gint64 t = -1;

	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, s, n);
	line[n] = '\0';
	/* past "From " and the address */
	p = line + 5;
	while (*p == ' ')
		p++;
	while (*p && *p != ' ')
		p++;
	for (; *p; p++) {
		if (*p != ' ')
			continue;
		if (sscanf(p, " %3s %3s %d %d:%d:%d %d%n", wd, mon, &d, &H, &M, &S, &y, &k) == 7 ||
		    (S = 0, sscanf(p, " %3s %3s %d %d:%d %d%n", wd, mon, &d, &H, &M, &y, &k) == 6))
			break;
	}
	if (!*p)
		return -1;
	for (i = 0; i < 12 && strcmp(mon, months[i]); i++)
		;
	if (i == 12 || y < 1970 || y > 9999)
		return -1;
	dt = g_date_time_new_utc(y, i + 1, d, H, M, S);
	if (dt) {
		t = g_date_time_to_unix(dt);
		g_date_time_unref(dt);
	}
	return t;
}

static int
classic_from(const char *s, size_t n)
{
	return from_line_time(s, n) >= 0;
}

struct mbox {
	struct reader *rd;
	char *file;
	struct buf msg;
	uint64_t pos;		/* offset of the message's From_ line */
	gint64 from_time;
	int have;		/* a message is open */
	const char *over;	/* why only its first part was read */
	/* a From_ line that starts a message if headers follow it */
	int cand;
	size_t cand_at, cand_hdr;
	uint64_t cand_pos;
	gint64 cand_time;
};

static void
flush(struct mbox *mb, size_t len)
{
	struct mail_meta meta = { 0 };

	if (!mb->have)
		return;
	/* the blank line before a From_ line is the separator's */
	if (len >= 2 && mb->msg.s[len - 1] == '\n' && mb->msg.s[len - 2] == '\n')
		len--;
	else if (len >= 3 && !memcmp(mb->msg.s + len - 3, "\n\r\n", 3))
		len -= 2;
	meta.format = "mbox";
	meta.file = mb->file;
	meta.pos = (long long)mb->pos;
	meta.idkey = mb->file;
	meta.fallback_time = mb->from_time;
	meta.fallback_from = "the mbox From_ line";
	meta.truncated = mb->over;
	mail_read(mb->rd, mb->msg.s, len, &meta);
}

static void
start(struct mbox *mb, uint64_t pos, gint64 t)
{
	mb->have = 1;
	mb->over = NULL;
	mb->pos = pos;
	mb->from_time = t;
	mb->cand = 0;
}

/* Decides a pending From_ line, now that its header block has ended. */
static void
decide(struct mbox *mb)
{
	struct buf *b = &mb->msg;
	size_t rest;

	if (!mb->cand)
		return;
	mb->cand = 0;
	if (!mail_headers(b->s + mb->cand_hdr, b->len - mb->cand_hdr))
		return;
	flush(mb, mb->cand_at);
	rest = b->len - mb->cand_hdr;
	explicit_bzero(b->s, mb->cand_hdr);
	memmove(b->s, b->s + mb->cand_hdr, rest);
	b->len = rest;
	b->s[rest] = '\0';
	start(mb, mb->cand_pos, mb->cand_time);
}

int
mbox_read(struct reader *rd, struct member *m)
{
	struct lines l = { .rd = rd, .m = m, .cap = 65536 };
	struct mbox mb = { .rd = rd };
	const char *line;
	uint64_t off;
	ssize_t n = 0;
	int prev_blank = 1, rc = 0, blank;

	l.buf = malloc(l.cap);
	if (!l.buf) {
		snprintf(m->err, sizeof(m->err), "out of memory");
		return -1;
	}
	mb.file = source_file(rd, m->path);
	while (!rd->stop && (n = next_line(&l, &line, &off)) > 0) {
		size_t len = (size_t)n;

		if (off == 0 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
			line += 3;
			len -= 3;
			off += 3;
		}
		blank = len == 0 || line[0] == '\n' || (line[0] == '\r' && len > 1 && line[1] == '\n');
		if (len >= 5 && !memcmp(line, "From ", 5)) {
			decide(&mb);
			if (!mb.have) {
				start(&mb, off, from_line_time(line, len));
				prev_blank = 0;
				continue;
			}
			if (prev_blank && classic_from(line, len)) {
				flush(&mb, mb.msg.len);
				mb.msg.len = 0;
				start(&mb, off, from_line_time(line, len));
				prev_blank = 0;
				continue;
			}
			mb.cand = 1;
			mb.cand_at = mb.msg.len;
			mb.cand_pos = off;
			mb.cand_time = from_line_time(line, len);
			mb.cand_hdr = mb.msg.len + len;
		} else if (blank) {
			/* the header block after a candidate ends here */
			if (mb.cand)
				decide(&mb);
		} else if (mb.cand && mb.msg.len - mb.cand_hdr > HDR_BLOCK_MAX)
			mb.cand = 0;
		prev_blank = blank;
		if (!mb.have) {
			/* text before the first From_ line: a message without one */
			start(&mb, off, -1);
		}
		/* mboxrd: one '>' less on ">From " lines */
		if (len >= 6 && line[0] == '>') {
			size_t k = 0;

			while (k < len && line[k] == '>')
				k++;
			if (len - k >= 5 && !memcmp(line + k, "From ", 5)) {
				line++;
				len--;
			}
		}
		if (mb.over)
			continue;
		if (mb.msg.len + len > MEMBER_MAX) {
			mb.over = "larger than 512 MiB; only its first part was read";
			mb.cand = 0;
			continue;
		}
		if (buf_add(&mb.msg, line, len) != 0) {
			snprintf(m->err, sizeof(m->err), "out of memory");
			rc = -1;
			break;
		}
	}
	if (n < 0)
		rc = -1;
	if (mb.cand)
		decide(&mb);
	if (!rd->stop) {
		if (rc && mb.have && !mb.over)
			mb.over = "the mbox could not be read to its end; this message may be cut off";
		flush(&mb, mb.msg.len);
	}
	if (mb.msg.s) {
		explicit_bzero(mb.msg.s, mb.msg.cap);
		free(mb.msg.s);
	}
	explicit_bzero(l.buf, l.cap);
	free(l.buf);
	g_free(mb.file);
	return rc;
}
