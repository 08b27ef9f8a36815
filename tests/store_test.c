/*
 * The store: one private file per distinct content, named by its hash.
 */
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>

#include "harness.h"
#include "store.h"
#include "text.h"

static const unsigned char png[] = {
	0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
	0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89
};

Test(store, writes_once_private_and_named_by_hash)
{
	char *dir = scratch("store"), *sdir, *path, err[256], h[65];
	struct store_item it, it2;
	struct store *st;
	struct stat sb;
	size_t n;
	char *back;

	cr_assert(asprintf(&sdir, "%s/nested/store", dir) > 0);
	st = store_open(sdir, err, sizeof(err));
	cr_assert(st, "%s", err);
	cr_assert_eq(stat(sdir, &sb), 0);
	cr_assert_eq(sb.st_mode & 0777, 0700);

	cr_assert_eq(store_put_buffer(st, png, sizeof(png), NULL, &it, err, sizeof(err)), 0, "%s", err);
	text_sha256(png, sizeof(png), h);
	cr_assert_str_eq(it.sha256, h);
	cr_assert_eq(it.size, sizeof(png));
	cr_assert_str_eq(it.type, "image/png");
	cr_assert(asprintf(&path, "%s/%s", sdir, h) > 0);
	cr_assert_eq(stat(path, &sb), 0);
	cr_assert_eq(sb.st_mode & 0777, 0600);
	back = slurp(path, &n);
	cr_assert_eq(n, sizeof(png));
	cr_assert_eq(memcmp(back, png, n), 0);

	/* the same bytes again: the same name, still one file, no leftovers */
	cr_assert_eq(store_put_buffer(st, png, sizeof(png), NULL, &it2, err, sizeof(err)), 0);
	cr_assert_str_eq(it2.sha256, it.sha256);
	cr_assert_eq(count_files(sdir), 1);

	store_close(st);
	free(back);
	free(path);
	free(sdir);
	free(dir);
}

Test(store, streamed_put_and_abort)
{
	char *dir = scratch("store"), err[256];
	struct store *st = store_open(dir, err, sizeof(err));
	struct store_put *p;
	struct store_item it;

	cr_assert(st, "%s", err);
	p = store_put_new(st, err, sizeof(err));
	cr_assert(p);
	cr_assert_eq(store_put_write(p, "hello ", 6), 0);
	store_put_abort(p);
	cr_assert_eq(count_files(dir), 0, "an aborted put left a file");

	p = store_put_new(st, err, sizeof(err));
	cr_assert_eq(store_put_write(p, "hel", 3), 0);
	cr_assert_eq(store_put_write(p, "lo", 2), 0);
	cr_assert_eq(store_put_commit(p, &it, err, sizeof(err)), 0);
	cr_assert_str_eq(it.sha256, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
	cr_assert_eq(count_files(dir), 1);
	store_close(st);
	free(dir);
}

Test(store, without_a_folder_only_hashes)
{
	char err[256];
	struct store *st = store_open(NULL, err, sizeof(err));
	struct store_item it;

	cr_assert(st, "%s", err);
	cr_assert_eq(store_put_buffer(st, "hello", 5, NULL, &it, err, sizeof(err)), 0);
	cr_assert_str_eq(it.sha256, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
	cr_assert_str_eq(it.type, "text/plain");
	cr_assert_null(store_dir(st));
	store_close(st);
}

Test(store, a_file_in_the_way_is_an_error)
{
	char *dir = scratch("store"), *file, err[256];

	cr_assert(asprintf(&file, "%s/plain", dir) > 0);
	cr_assert_eq(spit(file, "x", 1), 0);
	cr_assert_null(store_open(file, err, sizeof(err)));
	cr_assert(strstr(err, "not a folder"), "%s", err);
	free(file);
	free(dir);
}
