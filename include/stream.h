/*
 * stream: the message stream, one JSON object a line (docs/stream.md).
 *
 * Records are Jansson objects.  stream_read() hands the caller a new
 * reference it owns; stream_write() and stream_validate() borrow theirs.
 * Fields a stage does not know are kept as they are: a record read and
 * written again is the same bytes, with keys in their original order.
 */
#ifndef IHH_STREAM_H
#define IHH_STREAM_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

struct stream_reader;

/* name is used in error messages ("-" or a path); fp stays the caller's. */
struct stream_reader *stream_reader_new(FILE *fp, const char *name);
void stream_reader_free(struct stream_reader *r);

/*
 * Reads the next record: 1 and *rec set, 0 at the end, -1 on a bad line
 * (stream_reader_error() says "name:line: problem"; reading may go on
 * with the next line).
 */
int stream_read(struct stream_reader *r, json_t **rec);
const char *stream_reader_error(const struct stream_reader *r);
size_t stream_reader_line(const struct stream_reader *r);

/* Writes rec as one line.  0, or -1 with errno set. */
int stream_write(FILE *fp, const json_t *rec);

/*
 * Checks rec against the schema: the fixed fields, where present, have
 * their documented types.  0 when valid, else -1 with a message in msg.
 */
int stream_validate(const json_t *rec, char *msg, size_t msglen);

/* Appends one problem to rec's "errors" list (creating it). */
void stream_add_error(json_t *rec, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
