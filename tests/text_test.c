/*
 * Text helpers: UTF-8 repair as Unicode prescribes, the marks chat apps
 * insert, stable ids.
 */
#include <string.h>

#include <criterion/criterion.h>
#include <glib.h>
#include <criterion/parameterized.h>

#include "text.h"

/* arrays, not pointers: Criterion copies parameters into another process */
struct fix {
	char in[32];
	size_t inlen;
	char out[48];
	size_t bad, first;
};

#define S(x) x, sizeof(x) - 1
#define R "\xEF\xBF\xBD"

static struct fix fixes[] = {
	{ S("plain"), "plain", 0, 0 },
	{ S("caf\xE9 ok"), "caf" R " ok", 1, 3 },
	{ S("a\x80" "b"), "a" R "b", 1, 1 },
	/* a truncated three-byte sequence is one replacement, not two */
	{ S("\xE2\x82 x"), R " x", 1, 0 },
	{ S("\xF0\x9F\x99"), R, 1, 0 },
	/* an overlong or surrogate lead stops at its second byte */
	{ S("\xE0\x80\x80"), R R R, 3, 0 },
	{ S("\xED\xA0\x80"), R R R, 3, 0 },
	{ S("nul\0byte"), "nul" R "byte", 1, 3 },
	{ S("€ and 🙂"), "€ and 🙂", 0, 0 },
};

ParameterizedTestParameters(text, fix_utf8)
{
	return cr_make_param_array(struct fix, fixes, sizeof(fixes) / sizeof(fixes[0]));
}

ParameterizedTest(struct fix *f, text, fix_utf8)
{
	size_t bad = 99, first = 99;
	char *out = text_fix_utf8(f->in, f->inlen, &bad, &first);

	cr_assert_str_eq(out, f->out);
	cr_assert_eq(bad, f->bad);
	if (bad)
		cr_assert_eq(first, f->first);
	free(out);
}

Test(text, marks_are_cleaned)
{
	char s[] = "\xE2\x80\xAA+31\xC2\xA0" "6\xC2\xA0" "12345678\xE2\x80\xAC\xE2\x80\x8E ok\xE2\x80\xAF" "PM";
	size_t n = text_clean_marks(s, strlen(s));

	cr_assert_eq(n, strlen("+31 6 12345678 ok PM"));
	cr_assert_str_eq(s, "+31 6 12345678 ok PM");
}

Test(text, runs_of_space_squeezed)
{
	char *a = text_squeeze("  Pieter \t de\n\nVries  ", " \t\n"), *b = text_squeeze("a\nb", " ");

	cr_assert_str_eq(a, "Pieter de Vries");
	cr_assert_str_eq(b, "a\nb");
	g_free(a);
	g_free(b);
}

Test(text, ids_are_stable_and_distinct)
{
	char a[17], b[17], c[17];

	text_id(a, "whatsapp", "x.zip/_chat.txt", "12", NULL);
	text_id(b, "whatsapp", "x.zip/_chat.txt", "12", NULL);
	text_id(c, "whatsapp", "x.zip/_chat.txt1", "2", NULL);
	cr_assert_str_eq(a, b);
	cr_assert_str_neq(a, c);
	cr_assert_eq(strlen(a), 16);
}

Test(text, sha256_of_known_input)
{
	char h[65];

	text_sha256("abc", 3, h);
	cr_assert_str_eq(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
