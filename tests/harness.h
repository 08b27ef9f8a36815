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

#endif
