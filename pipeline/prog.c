/*
 * prog: helpers for the programs' mains (see prog.h).
 */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "prog.h"

const char *progname = "ihh";

void
prog_init(const char *name)
{
	progname = name;
	/* message content is sensitive: everything we create is the user's alone */
	umask(077);
	setlocale(LC_CTYPE, "C.UTF-8");
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
