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
/* Where the stream goes: standard output, digested on the way when the
 * run is logged. */
extern FILE *prog_stream;

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
/* While fn runs: the line its record was read from (stream_write_changed()). */
const char *stream_filter_line(size_t *len);

/*
 * Writes text to path, 0600, whole or not at all (a temporary file beside
 * it, fsync'ed, renamed).  Stops the program (status 2) when it cannot.
 */
void prog_write_private(const char *path, const char *text);

/*
 * The SHA-256 of the stream as stream_filter() reads it (the files named
 * one after the other, or standard input): asked for before reading,
 * hex, once all is read.  NULL when not asked for.
 */
void prog_digest_input(void);
const char *prog_input_digest(void);

/*
 * The audit log (audit.h): when log (else $IHH_LOG) names one, the run
 * is logged by who (NULL: the login name).  A log whose chain is broken
 * stops the program at once.  What stream_filter() reads and what goes
 * to prog_stream is digested; prog_audit_path() adds an input read
 * otherwise (ihh-read's exports).  prog_audit_end() appends the run's
 * line with its counts (taken) and returns the status to exit with: 2
 * when the log could not be written.
 */
void prog_audit_start(const char *log, const char *by);
void prog_audit_path(const char *path);
/* Output written elsewhere than prog_stream (a file the program names),
 * for the log's output digest. */
void prog_audit_output(const void *buf, size_t n);
void prog_audit_output_file(const char *path);
int prog_audit_end(int status, json_t *counts);

#endif
