/*
 * harness: what the tests share: running the built programs, private
 * scratch folders under build/, reading files and streams.
 */
#ifndef IHH_HARNESS_H
#define IHH_HARNESS_H

#include <stddef.h>

#include <jansson.h>

struct run {
	int status;		/* exit status, or 128 + signal */
	char *out, *err;	/* what the program wrote, NUL-terminated */
	size_t outlen;
};

/*
 * Runs a program of the project (IHH_BIN) or a test tool (IHH_TOOLS) with
 * argv (NULL-terminated, argv[0] its name), stdout to out_path if given.
 */
void run(struct run *r, const char *out_path, const char *const *argv);
void run_free(struct run *r);
/* run(), asserting the exit status is want (the program's stderr in the message). */
void run_expect(const char *out_path, const char *const *argv, int want);

/* A fresh private folder for one test: build/tmp/NAME-XXXXXX. */
char *scratch(const char *name);
/* path of a test tool (IHH_TOOLS) */
char *tool_path(const char *name);
char *slurp(const char *path, size_t *len);
int spit(const char *path, const void *data, size_t len);
/* The records of a JSON Lines text, as an array; each is also validated. */
json_t *records(const char *text);
/* Files in a folder, recursively, dot-files included. */
int count_files(const char *dir);

/* run(), asserting exit status 0; the records it wrote, validated. */
json_t *read_ok(struct run *r, const char *const *argv);
/* The string at a dotted path ("from.name", "attachments.0.sha256"), or NULL. */
const char *str(const json_t *rec, const char *path);
/* The record whose source.pos is pos (asserted to be there). */
json_t *by_pos(json_t *recs, long pos);
/* Reader callbacks: keep the last record in *(json_t **)ctx, or every
 * record in the array ctx. */
int keep_last(void *ctx, json_t *rec);
int keep_all(void *ctx, json_t *rec);
/* Whether one of the record's errors contains needle. */
int has_error(const json_t *rec, const char *needle);

#endif
