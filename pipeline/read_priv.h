/*
 * The reader's insides, shared by its parts: input.c (files, folders,
 * archives), detect.c, whatsapp.c, mbox.c, mail.c, maildir.c, html.c.
 */
#ifndef IHH_READ_PRIV_H
#define IHH_READ_PRIV_H

#include <stdarg.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <glib.h>
#include <gmime/gmime.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "read.h"
#include "store.h"

/* Limits against hostile input. */
#define MEMBER_MAX	((size_t)512 << 20)	/* one chat text or message in memory */
#define EXPAND_FLOOR	((uint64_t)256 << 20)	/* archives may always expand this far */
#define EXPAND_RATIO	100			/* ... and beyond it this many times their size */
#define NEST_MAX	8			/* archives within archives */
#define THREADS_MAX	65536			/* mails remembered for threading replies */

enum fmt {
	FMT_UNKNOWN,
	FMT_ARCHIVE,
	FMT_WHATSAPP,
	FMT_MBOX,
	FMT_EML,
	FMT_MAILDIR,
	FMT_TELEGRAM,		/* Telegram Desktop JSON */
	FMT_SIGNAL,		/* signal-export text/markdown */
	FMT_SIGNAL_JSON,	/* signal-export JSON */
	FMT_SMS,		/* SMS Backup & Restore XML */
	FMT_UFDR,		/* Cellebrite report.xml */
};

struct media {
	char *path;		/* relative to the input */
	struct store_item item;
	unsigned refs;
	int expanded;		/* an archive whose entries were read too */
	int forgotten;		/* a read-out's file no message named: not kept */
};

struct chat {
	enum fmt fmt;		/* FMT_WHATSAPP, FMT_TELEGRAM, FMT_SIGNAL, FMT_SIGNAL_JSON */
	char *path;
	char *buf;
	size_t len;
	char *problem;		/* the text could not be read to its end */
	/* A WhatsApp chat that is a file on disk is not held: buf is NULL and
	 * the file is read from disk when its turn comes, if it is still the
	 * same file (dev, ino) */
	char *disk;
	dev_t dev;
	ino_t ino;
};

/* One top-level input. */
struct input {
	const char *arg;	/* the input as the user named it, for messages */
	char *name;		/* the input's base name, first part of source.file */
	uint64_t disk;		/* bytes of the archives read from disk */
	uint64_t expanded;	/* bytes read out of them */
	int archived;
	int recognised;		/* an export format was found */
	GPtrArray *readouts;	/* folders of forensic read-outs in it: of their files,
				 * only those messages name are kept */
	int failed;
	int halt;		/* stop reading this input (expansion limit) */
	uint64_t records;
	GPtrArray *media;	/* struct media *, in the order met */
	GHashTable *by_path;	/* path -> struct media * */
	GHashTable *by_name;	/* base name -> first struct media * */
	GPtrArray *chats;	/* struct chat *, read after the whole input */
	GPtrArray *later;	/* struct later *, read again after the whole input */
};

/* A member that can be read again from disk, read when all the media
 * of its input are known (a UFDR report before its files/). */
struct later {
	char *disk;		/* the file, or the archive that holds it */
	char *prefix;		/* the archive's path in the input; NULL: disk is the member */
	char *path;		/* the member's path in the input */
	int compressed, depth;
};

/* A file inside an input: on disk or an archive entry, read once. */
struct member {
	char *path;		/* relative to the input, '/'-separated */
	int64_t size;		/* -1 when unknown */
	ssize_t (*read)(void *rctx, void *buf, size_t n, char *err, size_t errlen);
	void *rctx;
	unsigned char *head;	/* the start, peeked for detection */
	size_t headlen, headoff;
	int top;		/* the input itself, not a part of it */
	int depth;		/* archives around it */
	int counted;		/* its bytes count against the expansion limit */
	const char *disk_path;	/* where it is on disk, if it is a file */
	const struct stat *st;	/* ... and its fstat(), when it is a regular file */
	int broken;		/* reading failed after the head */
	const char *arc_disk;	/* the archive on disk it is an entry of, if any, */
	const char *arc_path;	/* ... that archive's path in the input */
	int arc_compressed;
	char err[512];
};

struct reader {
	struct read_opts o;
	struct store *store;
	GTimeZone *tz;
	read_emit_fn emit;
	read_warn_fn warn;
	void *ctx;
	struct read_counts counts;
	int stop;
	struct input *in;
	/* message-id hash -> thread hash, for the last THREADS_MAX mails only,
	 * so that memory does not grow with the mailbox */
	GHashTable *threads;
	guint64 *thread_ring;
	size_t thread_next;
	GMimeParserOptions *mopts;
	json_t *mail_errs;		/* the mail being parsed collects GMime's warnings here */
	struct wa_res *wa;		/* compiled WhatsApp patterns */
};

/* reader.c */
void rd_warn(struct reader *rd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "input/path: problem" for a part of the current input */
void rd_warn_at(struct reader *rd, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int rd_emit(struct reader *rd, json_t *rec);
void note(json_t **errs, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
json_t *party(const char *name, const char *address);
char *source_file(struct reader *rd, const char *path);
json_t *party_label(const char *s, size_t n);
int rd_time(json_t *rec, GDateTime *dt, json_t **errs);
void rd_attach(struct reader *rd, const char *dir, json_t *list,
    const char *name, size_t n, const char *type);
void media_json(json_t *a, struct media *m, const char *type);
json_t *chat_record(const char *idformat, const char *format, const char *file,
    long long pos, const char *conv_id, const char *title);

/* input.c */
ssize_t member_read(struct reader *rd, struct member *m, void *buf, size_t n);
int member_slurp(struct reader *rd, struct member *m, char **buf, size_t *len);
int input_file(struct reader *rd, const char *path);
int input_dir(struct reader *rd, const char *path);
int input_memory(struct reader *rd, const void *buf, size_t len);
/* A whole file, as member_slurp() reads it: -1 when not all of it was
 * read (*buf then holds what was, or NULL), with the reason in err. */
int file_slurp(struct reader *rd, const char *disk, char **buf, size_t *len,
    char *err, size_t errlen);
struct dirent;
int name_order(const struct dirent **a, const struct dirent **b);
struct media *media_find(struct input *in, const char *dir, const char *name);
char *clean_path(const char *raw, int *unsafe);
/* Reads the members put off for later (struct later). */
void input_later(struct reader *rd);
void later_free(gpointer p);

/* detect.c */
enum fmt detect(struct reader *rd, const unsigned char *head, size_t n);
const char *fmt_name(enum fmt f);
int mail_headers(const char *p, size_t n);

/* whatsapp.c */
struct wa_res *wa_compile(char *err, size_t errlen);
void wa_free(struct wa_res *w);
int wa_is_header(const struct wa_res *w, const char *line, size_t n);
void wa_read(struct reader *rd, struct chat *c);

/* telegram.c */
void telegram_read(struct reader *rd, struct chat *c);

/* signal.c: the text/markdown form (FMT_SIGNAL) and the JSON form */
void signal_read(struct reader *rd, struct chat *c);

/* sms.c: streamed, attachments are inline */
int sms_read(struct reader *rd, struct member *m);

/* ufdr.c: report.xml, streamed; attachments by their local path.  0, or
 * -1 when the report could not be read to its end (said on warn). */
int ufdr_read(struct reader *rd, struct member *m);

/* mbox.c */
int mbox_read(struct reader *rd, struct member *m);

/* mail.c */
struct mail_meta {
	const char *format;	/* mbox, maildir, eml */
	const char *file;	/* source.file */
	long long pos;		/* source.pos */
	const char *idkey;	/* what the id derives from, besides format */
	const char *folder;	/* NULL: from X-Folder */
	gint64 fallback_time;	/* unix time when Date is missing, or -1 */
	const char *fallback_from;	/* where fallback_time came from */
	const char *truncated;	/* why only part of the message was read, or NULL */
};
int mail_read(struct reader *rd, const char *buf, size_t len,
    const struct mail_meta *meta);
/* The subject without Re:, Fwd:, Antw: and their like; g_free(). */
char *base_subject(const char *s);

/* maildir.c */
int maildir_is(const char *path);
int maildir_read(struct reader *rd, const char *path, const char *rel);
char *maildir_folder_name(const char *dotted);
/* The folder of a message at path (".../.Name/cur/file" is Name,
 * ".../cur/file" INBOX), or NULL when the path is not in a Maildir. */
char *maildir_place(const char *path);
void maildir_message(struct reader *rd, const char *buf, size_t len,
    const char *rel, const char *folder, const char *truncated);

/* html.c */
char *html_to_text(const char *html, size_t len);

#endif
