/*
 * read: turning exports into the message stream (ihh-read).
 *
 * A reader takes inputs one at a time: a file, a folder or an archive
 * (zip, tar, tar.gz, ... nested as exports come) and calls emit with
 * every record it reads, in a fixed order: the same input read twice
 * gives the same records.  The record passed to emit is borrowed.
 * Problems that concern a whole input or a part of it go to warn, one
 * line each ("file: problem"); problems with one message go into that
 * record's "errors".
 */
#ifndef IHH_READ_H
#define IHH_READ_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

struct read_opts {
	const char *store_dir;	/* NULL: hash and type attachments, keep no bytes */
	const char *tz;		/* zone of exports without one; NULL: Europe/Amsterdam */
	const char *format;	/* NULL: detect from content; else see reader_formats() */
};

struct read_counts {
	uint64_t records, chat, email, system, with_errors;
	unsigned inputs, failed;
};

/* emit returns 0, or -1 to stop reading (its output failed). */
typedef int (*read_emit_fn)(void *ctx, json_t *rec);
typedef void (*read_warn_fn)(void *ctx, const char *msg);

struct reader;

struct reader *reader_new(const struct read_opts *o, read_emit_fn emit,
    read_warn_fn warn, void *ctx, char *err, size_t errlen);
void reader_free(struct reader *r);

/*
 * Reads one input.  0 when it was read (records with errors included),
 * -1 when it, or a part of it, could not be read or emit asked to stop.
 */
int reader_add(struct reader *r, const char *path);

/* Reads one input held in memory (borrowed), called name in the stream. */
int reader_add_memory(struct reader *r, const char *name, const void *buf,
    size_t len);

const struct read_counts *reader_counts(const struct reader *r);

/* A Maildir++ folder's name as mail programs show it: ".Priv&AOk-.Sub"
 * (IMAP modified UTF-7) is "Privé/Sub".  g_free(). */
char *maildir_folder_name(const char *dotted);

/* The names --format takes, NULL-terminated. */
const char *const *reader_formats(void);

#endif
