/*
 * store: the content-addressed attachment store.
 *
 * Every attachment is written once, into one flat folder, under the
 * lowercase hex SHA-256 of its bytes, mode 0600; the folder is created
 * 0700.  Names taken from an export are never used as paths.  A store
 * opened without a folder only hashes and types what it is given.
 *
 * store_put_commit() and store_put_abort() free the put handle.
 */
#ifndef IHH_STORE_H
#define IHH_STORE_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct store_put;

struct store_item {
	char sha256[65];
	uint64_t size;
	char type[96];		/* MIME type from the content, e.g. image/jpeg */
	int created;		/* this put wrote the file (it was not in the store) */
};

/* dir may be NULL: hash only.  NULL on error, with a message in err. */
struct store *store_open(const char *dir, char *err, size_t errlen);
void store_close(struct store *st);
const char *store_dir(const struct store *st);

/* NULL on error, with a message in err. */
struct store_put *store_put_new(struct store *st, char *err, size_t errlen);
/* 0, or -1 with store_put_error() set. */
int store_put_write(struct store_put *p, const void *buf, size_t n);
/* The type to record instead of the one the content shows (which then
 * is not looked for: that is the slow part). */
void store_put_set_type(struct store_put *p, const char *type);
const char *store_put_error(const struct store_put *p);
/* 0 and *out filled, or -1 with a message in err. */
int store_put_commit(struct store_put *p, struct store_item *out,
    char *err, size_t errlen);
void store_put_abort(struct store_put *p);

/* Removes a file this run put into the store and nothing names (see
 * store_item.created): 0, or -1 with errno set. */
int store_forget(struct store *st, const char *sha256);

/* Stores a whole buffer: store_put_new/write/commit in one call; type
 * may be NULL (see store_put_set_type). */
int store_put_buffer(struct store *st, const void *buf, size_t n,
    const char *type, struct store_item *out, char *err, size_t errlen);

#endif
