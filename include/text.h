/*
 * text: UTF-8 helpers for text taken from exports, which may be any bytes.
 *
 * Functions returning char * return a new NUL-terminated string the
 * caller frees with free(); NULL only when out of memory.
 */
#ifndef IHH_TEXT_H
#define IHH_TEXT_H

#include <stddef.h>

#include <jansson.h>

/*
 * Returns s[0..n) as valid UTF-8, each invalid sequence (and NUL byte)
 * replaced by U+FFFD.  *nbad (if not NULL) gets the number replaced and
 * *firstbad the byte offset of the first.
 */
char *text_fix_utf8(const char *s, size_t n, size_t *nbad, size_t *firstbad);

/* A JSON string of s[0..n), repaired as text_fix_utf8() does. */
json_t *text_json(const char *s, size_t n);

/*
 * Removes the invisible marks chat apps insert (U+200E, U+200F,
 * U+202A..U+202E, U+2066..U+2069, U+FEFF) and turns U+00A0 and U+202F
 * into plain spaces, in place; returns the new length.  s must be UTF-8.
 */
size_t text_clean_marks(char *s, size_t n);

/* Removes one leading U+200E / U+200F mark, if any; returns the new start. */
const char *text_skip_mark(const char *s);

/* Trims ASCII white space at both ends, in place; returns the new length. */
size_t text_trim(char *s, size_t n);

/* s with every run of the bytes in spaces made one space, none at either
 * end ("  a \n b " is "a b" for spaces " \n").  g_free(). */
char *text_squeeze(const char *s, const char *spaces);

/* Hex SHA-256 of s[0..n) into out (65 bytes). */
void text_sha256(const void *s, size_t n, char out[65]);

/*
 * A short stable id: the first 16 hex digits of the SHA-256 of the
 * parts joined with NUL bytes.  parts ends with NULL.
 */
void text_id(char out[17], const char *part, ...) __attribute__((sentinel));

#endif
