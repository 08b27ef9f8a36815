/*
 * mkarchive: builds test archives the same way every time.
 *
 *   mkarchive OUT.{zip,ufdr,tar,tar.gz,tgz} ENTRY...
 *
 * An ENTRY is a file or folder (added under its own name, folders with
 * everything below them, in name order), or NAME=PATH to add the file
 * PATH under any NAME at all ("../../x" included), or NAME=@TEXT to add
 * TEXT itself.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

static struct archive *a;

static _Noreturn void
die(const char *what)
{
	fprintf(stderr, "mkarchive: %s: %s\n", what, a ? archive_error_string(a) : "");
	exit(1);
}

static void
add_bytes(const char *name, const char *data, size_t len)
{
	struct archive_entry *e = archive_entry_new();

	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)len);
	archive_entry_set_mtime(e, 1709647331, 0);
	if (archive_write_header(a, e) != ARCHIVE_OK)
		die(name);
	if (len && archive_write_data(a, data, len) != (la_ssize_t)len)
		die(name);
	archive_entry_free(e);
}

/* streamed: the benchmark's report.xml runs to gigabytes */
static void
add_file(const char *name, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct archive_entry *e = archive_entry_new();
	static char buf[1 << 20];
	struct stat sb;
	size_t n;

	if (!f || fstat(fileno(f), &sb) != 0)
		die(path);
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)sb.st_size);
	archive_entry_set_mtime(e, 1709647331, 0);
	if (archive_write_header(a, e) != ARCHIVE_OK)
		die(name);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		if (archive_write_data(a, buf, n) != (la_ssize_t)n)
			die(name);
	if (ferror(f))
		die(path);
	fclose(f);
	archive_entry_free(e);
}

static int
by_name(const struct dirent **x, const struct dirent **y)
{
	return strcmp((*x)->d_name, (*y)->d_name);
}

static void
add_path(const char *name, const char *path)
{
	struct stat sb;
	struct dirent **ents;
	char cn[4096], cp[4096];
	int n, i;

	if (stat(path, &sb) != 0)
		die(path);
	if (!S_ISDIR(sb.st_mode)) {
		add_file(name, path);
		return;
	}
	n = scandir(path, &ents, NULL, by_name);
	if (n < 0)
		die(path);
	for (i = 0; i < n; i++) {
		if (strcmp(ents[i]->d_name, ".") && strcmp(ents[i]->d_name, "..")) {
			snprintf(cn, sizeof(cn), "%s/%s", name, ents[i]->d_name);
			snprintf(cp, sizeof(cp), "%s/%s", path, ents[i]->d_name);
			add_path(cn, cp);
		}
		free(ents[i]);
	}
	free(ents);
}

static int
ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

int
main(int argc, char **argv)
{
	const char *out, *eq, *base;
	char name[4096];
	int i;

	if (argc < 3) {
		fprintf(stderr, "usage: mkarchive OUT.{zip,tar,tar.gz,tgz} ENTRY...\n");
		return 2;
	}
	out = argv[1];
	a = archive_write_new();
	if (ends(out, ".zip") || ends(out, ".ufdr"))
		archive_write_set_format_zip(a);
	else {
		archive_write_set_format_pax_restricted(a);
		if (ends(out, ".gz") || ends(out, ".tgz"))
			archive_write_add_filter_gzip(a);
	}
	if (archive_write_open_filename(a, out) != ARCHIVE_OK)
		die(out);
	for (i = 2; i < argc; i++) {
		eq = strchr(argv[i], '=');
		if (eq) {
			snprintf(name, sizeof(name), "%.*s", (int)(eq - argv[i]), argv[i]);
			if (eq[1] == '@')
				add_bytes(name, eq + 2, strlen(eq + 2));
			else
				add_path(name, eq + 1);
		} else {
			base = strrchr(argv[i], '/');
			add_path(base && base[1] ? base + 1 : argv[i], argv[i]);
		}
	}
	if (archive_write_close(a) != ARCHIVE_OK)
		die(out);
	archive_write_free(a);
	return 0;
}
