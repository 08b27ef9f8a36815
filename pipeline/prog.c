/*
 * prog: helpers for the programs' mains (see prog.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "audit.h"
#include "prog.h"
#include "stream.h"

const char *progname = "ihh";
FILE *prog_stream;

/* The run's audit, when it is logged (prog_audit_start). */
static struct audit *audit;
static char *audit_log;
/* The digest of the stream as read, when a program asks for it. */
static GChecksum *input_sum;

void
prog_init(const char *name)
{
	progname = name;
	prog_stream = stdout;
	/* message content is sensitive: everything we create is the user's alone */
	umask(077);
	setlocale(LC_CTYPE, "C.UTF-8");
	/* the rule compilers and the JSON library allocate and free many small
	 * blocks in waves: keep the heap grown rather than giving it back to
	 * the kernel and asking again thousands of times (a third of a
	 * second at start, for nothing) */
	mallopt(M_TOP_PAD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

static void
vsay(const char *fmt, va_list ap)
{
	if (prog_stream)
		fflush(prog_stream);
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
warnf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap);
	va_end(ap);
}

void
die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap);
	va_end(ap);
	exit(status);
}

int
finish_output(FILE *fp, const char *what)
{
	int bad = fflush(fp) != 0 || ferror(fp);
	int e = errno;

	if (fclose(fp) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	/* closed: what is said after it (the summary) must not flush it, and
	 * the audit log's stream is freed by fclose() */
	if (fp == prog_stream)
		prog_stream = NULL;
	if (bad) {
		warnf("writing %s failed: %s", what, strerror(e ? e : EIO));
		return -1;
	}
	return 0;
}

/* The reader stream_filter() is handing a record from, for stream_filter_line(). */
static struct stream_reader *filtering;

const char *
stream_filter_line(size_t *len)
{
	*len = 0;
	return filtering ? stream_reader_text(filtering, len) : NULL;
}

static int
filter_one(FILE *fp, const char *name, int (*fn)(void *, json_t *), void *ctx,
    int *stop)
{
	struct stream_reader *r = stream_reader_new(fp, name);
	json_t *rec;
	int rc, status = 0;

	if (!r)
		die(1, "out of memory");
	while ((rc = stream_read(r, &rec)) != 0) {
		if (rc < 0) {
			warnf("%s (line skipped)", stream_reader_error(r));
			status = 1;
			if (ferror(fp))
				break;
			continue;
		}
		filtering = r;
		rc = fn(ctx, rec);
		filtering = NULL;
		if (rc != 0) {
			*stop = 1;
			status = 1;
			break;
		}
	}
	stream_reader_free(r);
	return status;
}

/* Reading through the audit: what is read is digested on the way. */
static ssize_t
audited_read(void *cookie, char *buf, size_t n)
{
	FILE *fp = cookie;
	size_t got = fread(buf, 1, n, fp);

	if (audit)
		audit_read(audit, buf, got);
	if (input_sum)
		g_checksum_update(input_sum, (const guchar *)buf, (gssize)got);
	return !got && ferror(fp) ? -1 : (ssize_t)got;
}

static int
filter_file(FILE *fp, const char *name, int (*fn)(void *, json_t *), void *ctx,
    int *stop)
{
	static const cookie_io_functions_t io = { .read = audited_read };
	FILE *in;
	int status;

	if (!audit && !input_sum)
		return filter_one(fp, name, fn, ctx, stop);
	if (!(in = fopencookie(fp, "r", io)))
		die(1, "out of memory");
	status = filter_one(in, name, fn, ctx, stop);
	fclose(in);
	return status;
}

int
stream_filter(int nfiles, char **files, int (*fn)(void *, json_t *), void *ctx)
{
	int i, status = 0, stop = 0;
	FILE *fp;

	if (nfiles == 0)
		return filter_file(stdin, "stdin", fn, ctx, &stop);
	for (i = 0; i < nfiles && !stop; i++) {
		if (!strcmp(files[i], "-"))
			fp = stdin;
		else if (!(fp = fopen(files[i], "r"))) {
			warnf("%s: %s", files[i], strerror(errno));
			status = 1;
			continue;
		}
		status |= filter_file(fp, fp == stdin ? "stdin" : files[i], fn, ctx, &stop);
		if (fp != stdin)
			fclose(fp);
	}
	return status;
}

void
prog_digest_input(void)
{
	if (!input_sum)
		input_sum = g_checksum_new(G_CHECKSUM_SHA256);
}

const char *
prog_input_digest(void)
{
	return input_sum ? g_checksum_get_string(input_sum) : NULL;
}

void
prog_write_private(const char *path, const char *text)
{
	char *tmp = g_strconcat(path, ".XXXXXX", NULL);
	size_t n = strlen(text);
	int fd = mkstemp(tmp);	/* 0600 */

	if (fd < 0)
		die(2, "%s: %s", path, strerror(errno));
	if (write(fd, text, n) != (ssize_t)n || fsync(fd) != 0 || close(fd) != 0 ||
	    rename(tmp, path) != 0) {
		unlink(tmp);
		die(2, "%s: writing failed: %s", path, strerror(errno));
	}
	g_free(tmp);
}

/* The audit log -------------------------------------------------------------- */

/* Writing through the audit: the stream is digested on its way out. */
static ssize_t
audited_write(void *cookie, const char *buf, size_t n)
{
	size_t w = fwrite(buf, 1, n, cookie);

	audit_wrote(audit, buf, w);
	return (ssize_t)w;	/* short: the stream sets its error */
}

static int
audited_close(void *cookie)
{
	return fclose(cookie);
}

void
prog_audit_start(const char *log, const char *by)
{
	static const cookie_io_functions_t io = { .write = audited_write, .close = audited_close };
	char err[1024];
	int fd;

	if (!log || !*log)
		log = getenv("IHH_LOG");
	if (!log || !*log)
		return;
	/* a log that cannot be written, or whose chain is broken, is refused
	 * before any work is done */
	if ((fd = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0)
		die(2, "%s: %s", log, strerror(errno));
	close(fd);
	if (audit_verify(log, NULL, err, sizeof(err)) < 0)
		die(2, "%s; this log is refused", err);
	audit = audit_new(progname, by);
	audit_log = strdup(log);
	if (!audit_log || !(prog_stream = fopencookie(stdout, "w", io)))
		die(1, "out of memory");
}

void
prog_audit_output(const void *buf, size_t n)
{
	if (audit)
		audit_wrote(audit, buf, n);
}

void
prog_audit_output_file(const char *path)
{
	char buf[65536];
	size_t got;
	FILE *f;

	if (!audit || !(f = fopen(path, "rb")))
		return;
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		audit_wrote(audit, buf, got);
	fclose(f);
}

void
prog_audit_path(const char *path)
{
	char err[1024];

	if (audit && audit_read_path(audit, path, err, sizeof(err)) != 0)
		warnf("%s (not in the log's input digest)", err);
}

int
prog_audit_end(int status, json_t *counts)
{
	char err[1024];
	int rc = 0;

	if (audit) {
		audit_set_counts(audit, counts);
		audit_set_status(audit, status);
		if (audit_append(audit, audit_log, err, sizeof(err)) != 0) {
			warnf("%s", err);
			rc = 2;
		}
		audit_free(audit);
		audit = NULL;
		free(audit_log);
		audit_log = NULL;
	}
	json_decref(counts);
	return rc ? rc : status;
}
