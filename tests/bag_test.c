/*
 * Checking BagIt bags: the Library of Congress conformance suite judged
 * right, and a bag tampered with in every way a package can be.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "bag.h"
#include "harness.h"

#define SUITE "../shared/standards/bagit-conformance-v1.0/v1.0"

struct findings {
	GString *all;
	size_t n;
};

static void
collect(void *ctx, const char *file, const char *problem)
{
	struct findings *f = ctx;

	g_string_append_printf(f->all, "%s: %s\n", file, problem);
	f->n++;
}

static size_t
verify(const char *dir, GString **all)
{
	struct findings f = { g_string_new(NULL), 0 };
	size_t n = bag_verify(dir, collect, &f);

	cr_assert_eq(n, f.n);
	*all = f.all;
	return n;
}

Test(bag, the_conformance_suite)
{
	static const char *const kinds[] = { "valid", "invalid" };
	int k, bags = 0;

	if (!g_file_test(SUITE, G_FILE_TEST_IS_DIR))
		cr_skip_test("the BagIt conformance suite is not in %s", SUITE);
	for (k = 0; k < 2; k++) {
		char *dir = g_build_filename(SUITE, kinds[k], NULL), *bag;
		GDir *d = g_dir_open(dir, 0, NULL);
		const char *name;
		GString *all;
		size_t n;

		cr_assert(d);
		while ((name = g_dir_read_name(d))) {
			bag = g_build_filename(dir, name, NULL);
			n = verify(bag, &all);
			if (k == 0)
				cr_assert_eq(n, 0, "%s is valid, yet:\n%s", bag, all->str);
			else
				cr_assert_gt(n, 0, "%s is invalid, yet passed", bag);
			g_string_free(all, TRUE);
			g_free(bag);
			bags++;
		}
		g_dir_close(d);
		g_free(dir);
	}
	cr_assert_geq(bags, 5);
}

static void
put(const char *bag, const char *rel, const char *text)
{
	char *path = g_build_filename(bag, rel, NULL), *dir = g_path_get_dirname(path);

	cr_assert_eq(g_mkdir_with_parents(dir, 0700), 0);
	cr_assert_eq(spit(path, text, strlen(text)), 0);
	g_free(dir);
	g_free(path);
}

static char *
sha256(const char *text)
{
	return g_compute_checksum_for_string(G_CHECKSUM_SHA256, text, -1);
}

/* A small bag as ihh-package makes them: two payload files, the tag files. */
static char *
make_bag(void)
{
	char *bag = scratch("bag"), *a = sha256("Kamerbrief stikstof\n"), *b = sha256("foto\n");
	char *manifest, *bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
	char *info = "Source-Organization: Ministerie van SZW\nPayload-Oxum: 25.2\n", *tags;
	char *s1, *s2, *s3;

	put(bag, "data/gesprek 1/berichten.txt", "Kamerbrief stikstof\n");
	put(bag, "data/gesprek 1/bijlagen/foto.jpg", "foto\n");
	manifest = g_strdup_printf("%s  data/gesprek 1/berichten.txt\n%s  data/gesprek 1/bijlagen/foto.jpg\n", a, b);
	put(bag, "manifest-sha256.txt", manifest);
	put(bag, "bagit.txt", bagit);
	put(bag, "bag-info.txt", info);
	s1 = sha256(bagit);
	s2 = sha256(info);
	s3 = sha256(manifest);
	tags = g_strdup_printf("%s  bagit.txt\n%s  bag-info.txt\n%s  manifest-sha256.txt\n", s1, s2, s3);
	put(bag, "tagmanifest-sha256.txt", tags);
	g_free(a);
	g_free(b);
	g_free(manifest);
	g_free(s1);
	g_free(s2);
	g_free(s3);
	g_free(tags);
	return bag;
}

Test(bag, every_kind_of_tampering_is_named)
{
	char *bag = make_bag(), *p;
	GString *all;

	cr_assert_eq(verify(bag, &all), 0, "%s", all->str);
	g_string_free(all, TRUE);

	/* one byte of a payload file changed */
	put(bag, "data/gesprek 1/berichten.txt", "Kamerbrief stikstoF\n");
	cr_assert_gt(verify(bag, &all), 0);
	cr_assert(strstr(all->str, "data/gesprek 1/berichten.txt: its sha256 is not the one in manifest-sha256.txt"),
	    "%s", all->str);
	g_string_free(all, TRUE);
	put(bag, "data/gesprek 1/berichten.txt", "Kamerbrief stikstof\n");

	/* a file taken away */
	p = g_build_filename(bag, "data/gesprek 1/bijlagen/foto.jpg", NULL);
	cr_assert_eq(unlink(p), 0);
	cr_assert_gt(verify(bag, &all), 0);
	cr_assert(strstr(all->str, "data/gesprek 1/bijlagen/foto.jpg: listed in manifest-sha256.txt but missing"),
	    "%s", all->str);
	cr_assert(strstr(all->str, "Payload-Oxum says 25 octets in 2 files"), "%s", all->str);
	g_string_free(all, TRUE);
	put(bag, "data/gesprek 1/bijlagen/foto.jpg", "foto\n");

	/* a stray file */
	put(bag, "data/extra.txt", "?");
	cr_assert_gt(verify(bag, &all), 0);
	cr_assert(strstr(all->str, "data/extra.txt: not listed in manifest-sha256.txt"), "%s", all->str);
	g_string_free(all, TRUE);
	g_free(p);
	p = g_build_filename(bag, "data/extra.txt", NULL);
	cr_assert_eq(unlink(p), 0);

	/* a tag file edited */
	put(bag, "bag-info.txt", "Source-Organization: Ministerie van BZK\nPayload-Oxum: 25.2\n");
	cr_assert_gt(verify(bag, &all), 0);
	cr_assert(strstr(all->str, "bag-info.txt: its sha256 is not the one in tagmanifest-sha256.txt"),
	    "%s", all->str);
	g_string_free(all, TRUE);

	/* a link in the payload */
	g_free(p);
	p = g_build_filename(bag, "data/link", NULL);
	cr_assert_eq(symlink("/etc/passwd", p), 0);
	cr_assert_gt(verify(bag, &all), 0);
	cr_assert(strstr(all->str, "data/link: a symbolic link in the payload"), "%s", all->str);
	g_string_free(all, TRUE);
	g_free(p);
	free(bag);
}

Test(bag, a_folder_that_is_no_bag)
{
	char *dir = scratch("nobag");
	GString *all;

	cr_assert_gt(verify(dir, &all), 0);
	cr_assert(strstr(all->str, "bagit.txt: missing: not a bag"), "%s", all->str);
	cr_assert(strstr(all->str, "no payload manifest"), "%s", all->str);
	g_string_free(all, TRUE);
	free(dir);
}
