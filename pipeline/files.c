/*
 * files: removing and syncing folder trees (files.h).
 */
#include <fcntl.h>
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
