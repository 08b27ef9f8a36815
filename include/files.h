/*
 * files: folders the programs build and take down.
 */
#ifndef IHH_FILES_H
#define IHH_FILES_H

/* Removes path and everything under it; links are removed, not followed. */
void files_remove_tree(const char *path);

/* Makes path durable (fsync), a file or a folder; errors are ignored. */
void files_fsync(const char *path);

/* Makes every file and folder under path, and path, durable. */
void files_fsync_tree(const char *path);

#endif
