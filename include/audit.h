/*
 * audit: the log that proves who ran which stage on what.
 *
 * One JSON line per run: the program and its version, who ran it and
 * when, the SHA-256 and size of what it read and what it wrote, its
 * counts, and "prev", the SHA-256 of the line before it (64 zeros for the
 * first), so that the file is a hash chain: a line edited, removed or
 * put in between breaks it.  Appending takes an exclusive lock, checks
 * the whole chain first (a broken log is refused, not extended), writes
 * the line with one write() and fsyncs it.  docs/audit.md has the format.
 */
#ifndef IHH_AUDIT_H
#define IHH_AUDIT_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

struct audit;

/* A run of program by who (NULL: the login name). */
struct audit *audit_new(const char *program, const char *who);
void audit_free(struct audit *a);
const char *audit_who(const struct audit *a);

/* What the run read and wrote, as it goes. */
void audit_read(struct audit *a, const void *buf, size_t n);
void audit_wrote(struct audit *a, const void *buf, size_t n);
/* The files under path (a file, or a folder walked in name order), as
 * read input; -1 with a message when one cannot be read. */
int audit_read_path(struct audit *a, const char *path, char *err, size_t errlen);

/* The run's counts (borrowed: the caller keeps its reference). */
void audit_set_counts(struct audit *a, json_t *counts);
void audit_set_status(struct audit *a, int status);

/*
 * Appends the run's line to the log at path (created 0600).  -1 with a
 * message when the log cannot be written or its chain is broken (then
 * nothing is written).
 */
int audit_append(struct audit *a, const char *path, char *err, size_t errlen);

/*
 * Checks the chain of the log at path: the number of lines, or -1 with
 * "path:line: problem" in err.  A missing log is an error; an empty one
 * has 0 lines.  With entries, the lines are handed back as JSON (a new
 * array) when the chain holds.
 */
long audit_verify(const char *path, json_t **entries, char *err, size_t errlen);

#endif
