/*
 * files: folders the programs build and take down.
 */
#ifndef IHH_FILES_H
#define IHH_FILES_H

#include <glib.h>

/* Removes path and everything under it; links are removed, not followed. */
void files_remove_tree(const char *path);

/* Makes path durable (fsync), a file or a folder; errors are ignored. */
void files_fsync(const char *path);

/* Makes every file and folder under path, and path, durable. */
void files_fsync_tree(const char *path);

/*
 * Appends to out (g_free'd strings) the paths under rel, relative to root
 * ("" for root itself), sorted by name at every level, a folder before
 * what it holds; folders themselves only when with_dirs.  Links are
 * listed, not followed.
 */
void files_list(const char *root, const char *rel, int with_dirs, GPtrArray *out);

#endif
