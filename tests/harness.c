/*
 * harness: helpers for the Criterion tests (see harness.h).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "harness.h"
#include "stream.h"

static const char *
env_or(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v && *v ? v : dflt;
}

char *
tool_path(const char *name)
{
	char *p;

	cr_assert(asprintf(&p, "%s/%s", env_or("IHH_TOOLS", "build/out/tests"), name) > 0);
	return p;
}

char *
scratch(const char *name)
{
	char *p;

	mkdir("build", 0700);
	mkdir("build/tmp", 0700);
	cr_assert(asprintf(&p, "build/tmp/%s-XXXXXX", name) > 0);
	cr_assert(mkdtemp(p), "mkdtemp %s: %s", p, strerror(errno));
	return p;
}

char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (!f)
		return NULL;
	do {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			cr_assert(buf);
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
	} while (r > 0);
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

int
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		return -1;
	if (fwrite(data, 1, len, f) != len) {
		fclose(f);
		return -1;
	}
	return fclose(f);
}

void
run(struct run *r, const char *out_path, const char *const *argv)
{
	char *dir = scratch("run"), *outp, *errp, *prog;
	const char *bin = strncmp(argv[0], "ihh-", 4) ?
	    env_or("IHH_TOOLS", "build/out/tests") : env_or("IHH_BIN", "build/out/bin");
	pid_t pid;
	int st, fd;

	cr_assert(asprintf(&outp, "%s/out", dir) > 0);
	cr_assert(asprintf(&errp, "%s/err", dir) > 0);
	cr_assert(asprintf(&prog, "%s/%s", bin, argv[0]) > 0);
	fflush(NULL);
	pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		fd = open(out_path ? out_path : outp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || dup2(fd, 1) < 0)
			_exit(126);
		fd = open(errp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || dup2(fd, 2) < 0)
			_exit(126);
		fd = open("/dev/null", O_RDONLY);
		dup2(fd, 0);
		execv(prog, (char *const *)argv);
		_exit(127);
	}
	cr_assert(waitpid(pid, &st, 0) == pid);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r->out = out_path ? strdup("") : slurp(outp, &r->outlen);
	if (out_path)
		r->outlen = 0;
	r->err = slurp(errp, NULL);
	cr_assert(r->out && r->err);
	unlink(outp);
	unlink(errp);
	rmdir(dir);
	free(outp);
	free(errp);
	free(prog);
	free(dir);
}

void
run_free(struct run *r)
{
	free(r->out);
	free(r->err);
}

json_t *
records(const char *text)
{
	json_t *all = json_array(), *rec;
	json_error_t e;
	const char *p = text, *nl;
	char msg[256];
	size_t line = 0;

	while (*p) {
		nl = strchr(p, '\n');
		cr_assert(nl, "the stream ends without a line break");
		line++;
		rec = json_loadb(p, (size_t)(nl - p), 0, &e);
		cr_assert(rec, "line %zu: %s", line, e.text);
		cr_assert(stream_validate(rec, msg, sizeof(msg)) == 0,
		    "line %zu does not follow the schema: %s", line, msg);
		json_array_append_new(all, rec);
		p = nl + 1;
	}
	return all;
}

int
count_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat sb;
	char path[4096];
	int n = 0;

	if (!d)
		return 0;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
			n += count_files(path);
		else
			n++;
	}
	closedir(d);
	return n;
}

void
run_expect(const char *out_path, const char *const *argv, int want)
{
	struct run r;

	run(&r, out_path, argv);
	cr_assert_eq(r.status, want, "%s: status %d: %s", argv[0], r.status, r.err);
	run_free(&r);
}

json_t *
read_ok(struct run *r, const char *const *argv)
{
	run(r, NULL, argv);
	cr_assert_eq(r->status, 0, "exit %d: %s", r->status, r->err);
	return records(r->out);
}

const char *
str(const json_t *rec, const char *path)
{
	char *p = strdup(path), *save, *tok;
	const json_t *v = rec;

	for (tok = strtok_r(p, ".", &save); tok && v; tok = strtok_r(NULL, ".", &save))
		v = json_is_array(v) ? json_array_get(v, (size_t)atoi(tok)) : json_object_get(v, tok);
	free(p);
	return json_string_value(v);
}

json_t *
by_pos(json_t *recs, long pos)
{
	size_t i;
	json_t *r;

	json_array_foreach(recs, i, r)
		if (json_integer_value(json_object_get(json_object_get(r, "source"), "pos")) == pos)
			return r;
	cr_assert_fail("no record at pos %ld", pos);
	return NULL;
}

int
has_error(const json_t *rec, const char *needle)
{
	size_t i;
	json_t *e;

	json_array_foreach(json_object_get(rec, "errors"), i, e)
		if (strstr(json_string_value(e), needle))
			return 1;
	return 0;
}

int
keep_last(void *ctx, json_t *rec)
{
	json_t **last = ctx;

	json_decref(*last);
	*last = json_incref(rec);
	return 0;
}

int
keep_all(void *ctx, json_t *rec)
{
	json_array_append(ctx, rec);
	return 0;
}
