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
/* The last line read, without its line end; valid until the next read. */
const char *stream_reader_text(const struct stream_reader *r, size_t *len);

/* Writes rec as one line.  0, or -1 with errno set. */
int stream_write(FILE *fp, const json_t *rec);

/*
 * Writes rec, read from line (len bytes, as stream_read() parsed it), when
 * the caller changed, added or removed only the top-level members named in
 * keys (NULL-terminated): the other members are copied from the line
 * instead of being written anew, which is most of a stage's writing.  The
 * bytes are those stream_write() gives for a line it wrote itself; when
 * rec does not fit the line (other members changed in number or order,
 * duplicate or escaped keys), or line is NULL, rec is written in full.
 */
int stream_write_changed(FILE *fp, const json_t *rec, const char *line, size_t len,
    const char *const *keys);

/*
 * Checks rec against the schema: the fixed fields, where present, have
 * their documented types.  0 when valid, else -1 with a message in msg.
 */
int stream_validate(const json_t *rec, char *msg, size_t msglen);

/* Appends one problem to rec's "errors" list (creating it). */
void stream_add_error(json_t *rec, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
