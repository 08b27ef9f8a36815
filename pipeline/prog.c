/*
 * prog: helpers for the programs' mains (see prog.h).
 */
#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "prog.h"
#include "stream.h"

const char *progname = "ihh";

void
prog_init(const char *name)
{
	progname = name;
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
	fflush(stdout);
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
	if (bad) {
		warnf("writing %s failed: %s", what, strerror(e ? e : EIO));
		return -1;
	}
	return 0;
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
		if (fn(ctx, rec) != 0) {
			*stop = 1;
			status = 1;
			break;
		}
	}
	stream_reader_free(r);
	return status;
}

int
stream_filter(int nfiles, char **files, int (*fn)(void *, json_t *), void *ctx)
{
	int i, status = 0, stop = 0;
	FILE *fp;

	if (nfiles == 0)
		return filter_one(stdin, "stdin", fn, ctx, &stop);
	for (i = 0; i < nfiles && !stop; i++) {
		if (!strcmp(files[i], "-"))
			fp = stdin;
		else if (!(fp = fopen(files[i], "r"))) {
			warnf("%s: %s", files[i], strerror(errno));
			status = 1;
			continue;
		}
		status |= filter_one(fp, fp == stdin ? "stdin" : files[i], fn, ctx, &stop);
		if (fp != stdin)
			fclose(fp);
	}
	return status;
}
