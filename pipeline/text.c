/*
 * text: UTF-8 repair, invisible marks, digests and ids.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "text.h"

static const char replacement[] = "\xEF\xBF\xBD";

/* How many bytes at s (invalid UTF-8) one U+FFFD stands for. */
static size_t
subpart(const unsigned char *s, size_t n)
{
	unsigned char lo = 0x80, hi = 0xBF;
	size_t need, i;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		need = 1;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		need = 2;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		need = 3;
	else
		return 1;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	for (i = 1; i <= need && i < n; i++) {
		if (s[i] < lo || s[i] > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return i;
}

char *
text_fix_utf8(const char *s, size_t n, size_t *nbad, size_t *firstbad)
{
	const char *start = s, *end;
	size_t bad = 0, first = SIZE_MAX, ok, len = 0, skip;
	char *out;

	/* each bad byte becomes 3 bytes at most */
	if (n > (SIZE_MAX / 2 - 1) / 3)
		return NULL;
	out = malloc(3 * n + 1);
	if (!out)
		return NULL;
	while (n) {
		if (g_utf8_validate_len(s, n, &end)) {
			memcpy(out + len, s, n);
			len += n;
			break;
		}
		ok = (size_t)(end - s);
		memcpy(out + len, s, ok);
		len += ok;
		memcpy(out + len, replacement, 3);
		len += 3;
		if (!bad++)
			first = (size_t)(end - start);
		/* one U+FFFD for the longest start of a sequence (Unicode's "maximal subpart") */
		skip = subpart((const unsigned char *)end, n - ok);
		s = end + skip;
		n -= ok + skip;
	}
	out[len] = '\0';
	if (nbad)
		*nbad = bad;
	if (firstbad)
		*firstbad = first;
	return out;
}

json_t *
text_json(const char *s, size_t n)
{
	char *fixed;
	json_t *j;

	if (g_utf8_validate_len(s, n, NULL))
		return json_stringn(s, n);
	fixed = text_fix_utf8(s, n, NULL, NULL);
	if (!fixed)
		return NULL;
	j = json_string(fixed);
	free(fixed);
	return j;
}

/* Length of the mark at s (0 if none); *space set when it reads as a space. */
static size_t
mark_len(const unsigned char *s, size_t n, int *space)
{
	*space = 0;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
		*space = 1;
		return 2;
	}
	if (n < 3)
		return 0;
	if (s[0] == 0xE2 && s[1] == 0x80) {
		if (s[2] == 0x8E || s[2] == 0x8F || (s[2] >= 0xAA && s[2] <= 0xAE))
			return 3;
		if (s[2] == 0xAF || s[2] == 0x87) {	/* U+202F, U+2007 */
			*space = 1;
			return 3;
		}
	}
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
		return 3;
	if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3;
	return 0;
}

size_t
text_clean_marks(char *s, size_t n)
{
	unsigned char *u = (unsigned char *)s;
	size_t i = 0, o = 0, m;
	int space;

	while (i < n) {
		m = mark_len(u + i, n - i, &space);
		if (m) {
			if (space)
				u[o++] = ' ';
			i += m;
		} else
			u[o++] = u[i++];
	}
	if (o < n)
		u[o] = '\0';
	return o;
}

const char *
text_skip_mark(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8E || u[2] == 0x8F))
		return s + 3;
	return s;
}

size_t
text_trim(char *s, size_t n)
{
	size_t b = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	while (b < n && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' ||
	    s[b] == '\n'))
		b++;
	if (b)
		memmove(s, s + b, n - b);
	s[n - b] = '\0';
	return n - b;
}

void
text_sha256(const void *s, size_t n, char out[65])
{
	GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);

	g_checksum_update(ck, s, (gssize)n);
	memcpy(out, g_checksum_get_string(ck), 64);
	out[64] = '\0';
	g_checksum_free(ck);
}

void
text_id(char out[17], const char *part, ...)
{
	GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
	va_list ap;
	const char *p;
	int first = 1;

	va_start(ap, part);
	for (p = part; p; p = va_arg(ap, const char *)) {
		if (!first)
			g_checksum_update(ck, (const guchar *)"", 1);
		g_checksum_update(ck, (const guchar *)p, (gssize)strlen(p));
		first = 0;
	}
	va_end(ap);
	memcpy(out, g_checksum_get_string(ck), 16);
	out[16] = '\0';
	g_checksum_free(ck);
}

char *
text_squeeze(const char *s, const char *spaces)
{
	GString *o = g_string_new(NULL);
	int space = 0;

	for (; *s; s++) {
		if (strchr(spaces, *s)) {
			space = o->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(o, ' ');
		space = 0;
		g_string_append_c(o, *s);
	}
	return g_string_free(o, FALSE);
}
