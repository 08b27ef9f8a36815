/*
 * files: removing and syncing folder trees (files.h).
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "files.h"

static int
real_dir(const char *path)
{
	return g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK);
}

void
files_remove_tree(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	const char *name;

	while (d && (name = g_dir_read_name(d))) {
		char *sub = g_build_filename(path, name, NULL);

		if (real_dir(sub))
			files_remove_tree(sub);
		else
			unlink(sub);
		g_free(sub);
	}
	if (d)
		g_dir_close(d);
	rmdir(path);
}

void
files_fsync(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

void
files_fsync_tree(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	const char *name;

	while (d && (name = g_dir_read_name(d))) {
		char *sub = g_build_filename(path, name, NULL);

		if (real_dir(sub))
			files_fsync_tree(sub);
		else
			files_fsync(sub);
		g_free(sub);
	}
	if (d)
		g_dir_close(d);
	files_fsync(path);
}

static int
by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void
files_list(const char *root, const char *rel, int with_dirs, GPtrArray *out)
{
	char *path = *rel ? g_build_filename(root, rel, NULL) : g_strdup(root);
	GDir *d = g_dir_open(path, 0, NULL);
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	size_t i;

	while (d && (name = g_dir_read_name(d)))
		g_ptr_array_add(names, g_strdup(name));
	if (d)
		g_dir_close(d);
	g_ptr_array_sort(names, by_name);
	for (i = 0; i < names->len; i++) {
		const char *n = g_ptr_array_index(names, i);
		char *sub = *rel ? g_strconcat(rel, "/", n, NULL) : g_strdup(n);
		char *full = g_build_filename(root, sub, NULL);

		if (real_dir(full)) {
			if (with_dirs)
				g_ptr_array_add(out, g_strdup(sub));
			files_list(root, sub, with_dirs, out);
		} else
			g_ptr_array_add(out, g_strdup(sub));
		g_free(full);
		g_free(sub);
	}
	g_ptr_array_free(names, TRUE);
	g_free(path);
}
