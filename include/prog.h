/*
 * prog: what every ihh program's main shares: its name in messages,
 * private files (umask 077), warnings and fatal errors, and checking
 * that its output was written.  Programs only: the library never prints
 * and never exits.
 */
#ifndef IHH_PROG_H
#define IHH_PROG_H

#include <stdio.h>
#include <stdnoreturn.h>

#include <jansson.h>

extern const char *progname;

void prog_init(const char *name);
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
noreturn void die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Flushes and closes fp; on failure says so and returns -1. */
int finish_output(FILE *fp, const char *what);

/*
 * Reads the stream from the files named (standard input when none) and
 * hands each record to fn, which takes the reference.  A bad line is
 * said, with its file and line, and skipped.  0 when all was read, 1 when
 * a line or file was bad or fn failed (it stops the reading).
 */
int stream_filter(int nfiles, char **files, int (*fn)(void *ctx, json_t *rec),
    void *ctx);

#endif
