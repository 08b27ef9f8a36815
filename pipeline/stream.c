/*
 * stream: reading, writing and checking the JSON Lines message stream.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"
#include "text.h"

struct stream_reader {
	FILE *fp;
	char *name;
	char *line;
	size_t cap;
	size_t len;		/* of the last line read, without its end */
	size_t lineno;
	char err[512];
};

struct stream_reader *
stream_reader_new(FILE *fp, const char *name)
{
	struct stream_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->fp = fp;
	r->name = strdup(name ? name : "-");
	if (!r->name) {
		free(r);
		return NULL;
	}
	return r;
}

void
stream_reader_free(struct stream_reader *r)
{
	if (!r)
		return;
	if (r->line) {
		/* the last line held message text */
		explicit_bzero(r->line, r->cap);
		free(r->line);
	}
	free(r->name);
	free(r);
}

const char *
stream_reader_error(const struct stream_reader *r)
{
	return r->err;
}

size_t
stream_reader_line(const struct stream_reader *r)
{
	return r->lineno;
}

const char *
stream_reader_text(const struct stream_reader *r, size_t *len)
{
	*len = r->len;
	return r->line;
}

int
stream_read(struct stream_reader *r, json_t **rec)
{
	ssize_t n;
	json_error_t jerr;
	json_t *v;

	*rec = NULL;
	for (;;) {
		errno = 0;
		n = getline(&r->line, &r->cap, r->fp);
		if (n < 0) {
			if (ferror(r->fp)) {
				snprintf(r->err, sizeof(r->err), "%s: %s",
				    r->name, strerror(errno ? errno : EIO));
				return -1;
			}
			return 0;
		}
		r->lineno++;
		while (n > 0 && (r->line[n - 1] == '\n' || r->line[n - 1] == '\r'))
			r->line[--n] = '\0';
		if (n > 0)
			break;
	}
	r->len = (size_t)n;
	v = json_loadb(r->line, (size_t)n, 0, &jerr);
	if (!v) {
		snprintf(r->err, sizeof(r->err), "%s:%zu:%d: %s", r->name,
		    r->lineno, jerr.column, jerr.text);
		return -1;
	}
	if (!json_is_object(v)) {
		json_decref(v);
		snprintf(r->err, sizeof(r->err),
		    "%s:%zu: a record must be a JSON object", r->name, r->lineno);
		return -1;
	}
	*rec = v;
	return 1;
}

int
stream_write(FILE *fp, const json_t *rec)
{
	/* one write a record: json_dumpf writes a few bytes at a time */
	char *s = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
	size_t n;
	int rc = 0;

	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	n = strlen(s);
	s[n] = '\n';	/* over the NUL: fwrite takes a length */
	if (fwrite(s, 1, n + 1, fp) != n + 1)
		rc = -1;
	explicit_bzero(s, n + 1);
	free(s);
	return rc;
}

/* Writing a line again -------------------------------------------------- */

/* A member of a line's top-level object: its key's bytes (between the
 * quotes) and its stretch from the key's opening quote to the value's end. */
struct member {
	const char *key;
	size_t keylen;
	const char *from, *to;
};

#define MEMBERS_MAX 64

static const char *
skip_space(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	return s;
}

/* Past the string whose opening quote is at s, or NULL. */
static const char *
skip_string(const char *s, const char *end)
{
	const char *q, *b;

	for (s++; s < end; s = q + 1) {
		if (!(q = memchr(s, '"', (size_t)(end - s))))
			return NULL;
		for (b = q; b > s && b[-1] == '\\'; b--)
			;
		if ((q - b) % 2 == 0)	/* not itself escaped */
			return q + 1;
	}
	return NULL;
}

/* Past the value that starts at s, or NULL. */
static const char *
skip_value(const char *s, const char *end)
{
	int depth = 0;

	if (s < end && *s == '"')
		return skip_string(s, end);
	if (s < end && *s != '{' && *s != '[') {
		while (s < end && !strchr(",}] \t\r\n", *s))
			s++;
		return s;
	}
	while (s < end) {
		if (*s == '"') {
			if (!(s = skip_string(s, end)))
				return NULL;
			continue;
		}
		if (*s == '{' || *s == '[')
			depth++;
		else if ((*s == '}' || *s == ']') && --depth == 0)
			return s + 1;
		s++;
	}
	return NULL;
}

/* The line's members, in order; -1 when it is not one object of at most
 * MEMBERS_MAX members with plain keys (no escapes). */
static int
members(const char *line, size_t len, struct member *m)
{
	const char *s = line, *end = line + len;
	int n = 0;

	s = skip_space(s, end);
	if (s == end || *s++ != '{')
		return -1;
	s = skip_space(s, end);
	if (s < end && *s == '}')
		return skip_space(s + 1, end) == end ? 0 : -1;
	for (;;) {
		const char *k = s;

		if (n == MEMBERS_MAX || s == end || *s != '"' || !(s = skip_string(s, end)))
			return -1;
		m[n].key = k + 1;
		m[n].keylen = (size_t)(s - k - 2);
		if (memchr(m[n].key, '\\', m[n].keylen))
			return -1;
		m[n].from = k;
		s = skip_space(s, end);
		if (s == end || *s++ != ':')
			return -1;
		if (!(s = skip_value(skip_space(s, end), end)))
			return -1;
		m[n++].to = s;
		s = skip_space(s, end);
		if (s < end && *s == ',') {
			s = skip_space(s + 1, end);
			continue;
		}
		if (s < end && *s == '}' && skip_space(s + 1, end) == end)
			return n;
		return -1;
	}
}

static int
listed(const char *key, size_t n, const char *const *keys)
{
	for (; *keys; keys++)
		if (strlen(*keys) == n && !memcmp(*keys, key, n))
			return 1;
	return 0;
}

struct out {
	char *s;
	size_t len, cap;
};

static int
put(struct out *o, const char *s, size_t n)
{
	char *p;

	if (o->len + n + 2 > o->cap) {
		size_t cap = (o->len + n + 2) * 2;

		/* what is given up held message text */
		if (!(p = malloc(cap)))
			return -1;
		if (o->s) {
			memcpy(p, o->s, o->len);
			explicit_bzero(o->s, o->cap);
			free(o->s);
		}
		o->s = p;
		o->cap = cap;
	}
	memcpy(o->s + o->len, s, n);
	o->len += n;
	return 0;
}

/* rec as line with only the listed members changed: 0, 1 when the line
 * does not allow it (the caller dumps rec), -1 when out of memory. */
static int
splice(struct out *o, const json_t *rec, const char *line, size_t len,
    const char *const *keys)
{
	struct member m[MEMBERS_MAX];
	const char *const *k;
	const char *key;
	char *d;
	int n = members(line, len, m), i, j = 0, same, rc;
	size_t size;
	json_t *v;

	if (n < 0)
		return 1;
	/* rec holds the line's members, less or more of only the listed ones */
	size = (size_t)n;
	for (k = keys; *k; k++) {
		for (same = 0, i = 0; i < n; i++)
			same += m[i].keylen == strlen(*k) && !memcmp(m[i].key, *k, m[i].keylen);
		if (same > 1)
			return 1;
		size += (json_object_get(rec, *k) != NULL) - (size_t)same;
	}
	if (size != json_object_size(rec))
		return 1;
	if (put(o, "{", 1) != 0)
		return -1;
	/* in rec's order, as json_dumps() would write them */
	json_object_foreach((json_t *)rec, key, v) {
		size_t kl = strlen(key);

		if (o->len > 1 && put(o, ",", 1) != 0)
			return -1;
		if (!listed(key, kl, keys)) {
			while (j < n && listed(m[j].key, m[j].keylen, keys))
				j++;
			if (j == n || m[j].keylen != kl || memcmp(m[j].key, key, kl))
				return 1;
			if (put(o, m[j].from, (size_t)(m[j].to - m[j].from)) != 0)
				return -1;
			j++;
			continue;
		}
		if (!(d = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)))
			return -1;
		rc = put(o, "\"", 1) || put(o, key, kl) || put(o, "\":", 2) ||
		    put(o, d, strlen(d));
		explicit_bzero(d, strlen(d));
		free(d);
		if (rc)
			return -1;
	}
	return put(o, "}\n", 2) != 0 ? -1 : 0;
}

int
stream_write_changed(FILE *fp, const json_t *rec, const char *line, size_t len,
    const char *const *keys)
{
	struct out o = { 0 };
	int rc;

	if (!line)
		return stream_write(fp, rec);
	rc = splice(&o, rec, line, len, keys);
	if (rc == 0 && fwrite(o.s, 1, o.len, fp) != o.len)
		rc = -1;
	if (o.s) {
		explicit_bzero(o.s, o.cap);
		free(o.s);
	}
	return rc > 0 ? stream_write(fp, rec) : rc;
}

void
stream_add_error(json_t *rec, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	json_t *errs = json_object_get(rec, "errors");

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (!json_is_array(errs)) {
		errs = json_array();
		json_object_set_new(rec, "errors", errs);
	}
	/* a file name in the message may be any bytes, or cut mid-character */
	json_array_append_new(errs, text_json(buf, strlen(buf)));
}

/* Validation ------------------------------------------------------------ */

struct check {
	char *msg;
	size_t len;
	int bad;
};

static void
fail(struct check *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
fail(struct check *c, const char *fmt, ...)
{
	va_list ap;

	if (c->bad++)
		return;
	va_start(ap, fmt);
	vsnprintf(c->msg, c->len, fmt, ap);
	va_end(ap);
}

static int
is_rfc3339(const char *s)
{
	/* 2024-03-12T14:05:00+01:00, fraction allowed, Z allowed */
	static const char pat[] = "dddd-dd-ddTdd:dd:dd";
	size_t i;

	for (i = 0; pat[i]; i++) {
		if (pat[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != pat[i])
			return 0;
	}
	s += i;
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'Z')
		return s[1] == '\0';
	if (*s != '+' && *s != '-')
		return 0;
	return strlen(s) == 6 && s[1] >= '0' && s[1] <= '9' &&
	    s[2] >= '0' && s[2] <= '9' && s[3] == ':' &&
	    s[4] >= '0' && s[4] <= '9' && s[5] >= '0' && s[5] <= '9';
}

static void
want_string(struct check *c, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	if (v && !json_is_string(v))
		fail(c, "\"%s\" must be a string", key);
}

static void
check_party(struct check *c, const json_t *p, const char *field)
{
	if (!json_is_object(p)) {
		fail(c, "\"%s\" must hold {name, address} objects", field);
		return;
	}
	want_string(c, p, "name");
	want_string(c, p, "address");
}

static void
check_parties(struct check *c, const json_t *rec, const char *field)
{
	const json_t *v = json_object_get(rec, field), *p;
	size_t i;

	if (!v)
		return;
	if (!json_is_array(v)) {
		fail(c, "\"%s\" must be a list", field);
		return;
	}
	json_array_foreach(v, i, p)
		check_party(c, p, field);
}

static int
is_hex64(const char *s)
{
	size_t i;

	for (i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[64] == '\0';
}

static void
check_attachments(struct check *c, const json_t *rec)
{
	const json_t *v = json_object_get(rec, "attachments"), *a, *f;
	size_t i;

	if (!v)
		return;
	if (!json_is_array(v)) {
		fail(c, "\"attachments\" must be a list");
		return;
	}
	json_array_foreach(v, i, a) {
		if (!json_is_object(a)) {
			fail(c, "attachment %zu must be an object", i);
			continue;
		}
		want_string(c, a, "name");
		want_string(c, a, "type");
		f = json_object_get(a, "sha256");
		if (f && (!json_is_string(f) || !is_hex64(json_string_value(f))))
			fail(c, "attachment %zu: \"sha256\" must be 64 lowercase hex digits", i);
		f = json_object_get(a, "size");
		if (f && (!json_is_integer(f) || json_integer_value(f) < 0))
			fail(c, "attachment %zu: \"size\" must be a count of bytes", i);
		f = json_object_get(a, "missing");
		if (f && !json_is_boolean(f))
			fail(c, "attachment %zu: \"missing\" must be true or false", i);
		if (!json_object_get(a, "sha256") && !json_is_true(f))
			fail(c, "attachment %zu has neither \"sha256\" nor \"missing\"", i);
	}
}

static int
strings(const json_t *list)
{
	const json_t *v;
	size_t i;

	if (!json_is_array(list))
		return 0;
	json_array_foreach(list, i, v)
		if (!json_is_string(v))
			return 0;
	return 1;
}

static void
check_redactions(struct check *c, const json_t *rec)
{
	const json_t *v = json_object_get(rec, "redactions"), *r, *s, *e, *f, *text;
	const char *field;
	json_int_t len;
	size_t i;

	if (!v)
		return;
	if (!json_is_array(v)) {
		fail(c, "\"redactions\" must be a list");
		return;
	}
	json_array_foreach(v, i, r) {
		if (!json_is_object(r)) {
			fail(c, "redaction %zu must be an object", i);
			continue;
		}
		/* offsets into "text", or into the field a redaction names */
		f = json_object_get(r, "field");
		field = json_is_string(f) ? json_string_value(f) : "text";
		text = json_object_get(rec, field);
		len = json_is_string(text) ? (json_int_t)json_string_length(text) : 0;
		s = json_object_get(r, "start");
		e = json_object_get(r, "end");
		if (!json_is_integer(s) || !json_is_integer(e) ||
		    json_integer_value(s) < 0 ||
		    json_integer_value(e) < json_integer_value(s) ||
		    json_integer_value(e) > len)
			fail(c, "redaction %zu: \"start\" and \"end\" must be byte offsets into \"%s\"", i, field);
		want_string(c, r, "category");
		want_string(c, r, "ground");
		want_string(c, r, "rule");
		if (json_object_get(r, "also") && !strings(json_object_get(r, "also")))
			fail(c, "redaction %zu: \"also\" must be a list of categories", i);
		if (json_object_get(r, "words") && !strings(json_object_get(r, "words")))
			fail(c, "redaction %zu: \"words\" must be a list of words", i);
	}
}

static void
check_source(struct check *c, const json_t *v)
{
	const json_t *e;

	if (!json_is_object(v)) {
		fail(c, "\"source\" must be an object or a list of them");
		return;
	}
	if (!json_is_string(json_object_get(v, "format")))
		fail(c, "\"source.format\" must be a string");
	if (!json_is_string(json_object_get(v, "file")))
		fail(c, "\"source.file\" must be a string");
	e = json_object_get(v, "pos");
	if (e && (!json_is_integer(e) || json_integer_value(e) < 0))
		fail(c, "\"source.pos\" must be a line number or byte offset");
}

int
stream_validate(const json_t *rec, char *msg, size_t msglen)
{
	struct check c = { msg, msglen, 0 };
	const json_t *v, *e;
	const char *s;
	size_t i;

	if (msglen)
		msg[0] = '\0';
	if (!json_is_object(rec)) {
		fail(&c, "a record must be a JSON object");
		return -1;
	}
	v = json_object_get(rec, "id");
	if (!json_is_string(v) || json_string_length(v) == 0)
		fail(&c, "\"id\" must be a non-empty string");
	v = json_object_get(rec, "kind");
	s = json_string_value(v);
	if (!s || (strcmp(s, "chat") && strcmp(s, "email") && strcmp(s, "system")))
		fail(&c, "\"kind\" must be chat, email or system");

	/* one source, or after ihh-merge a list of them */
	v = json_object_get(rec, "source");
	if (json_is_array(v)) {
		if (json_array_size(v) == 0)
			fail(&c, "\"source\" must not be an empty list");
		json_array_foreach(v, i, e)
			check_source(&c, e);
	} else if (v)
		check_source(&c, v);
	v = json_object_get(rec, "conversation");
	if (v) {
		if (!json_is_object(v) ||
		    !json_is_string(json_object_get(v, "id")))
			fail(&c, "\"conversation\" must be {id, title}");
		else
			want_string(&c, v, "title");
	}
	v = json_object_get(rec, "time");
	if (v && (!json_is_string(v) || !is_rfc3339(json_string_value(v))))
		fail(&c, "\"time\" must be RFC 3339 with an offset");
	v = json_object_get(rec, "from");
	if (v)
		check_party(&c, v, "from");
	check_parties(&c, rec, "to");
	check_parties(&c, rec, "cc");
	check_parties(&c, rec, "bcc");
	want_string(&c, rec, "folder");
	want_string(&c, rec, "subject");
	want_string(&c, rec, "message_id");
	want_string(&c, rec, "text");
	check_attachments(&c, rec);
	v = json_object_get(rec, "errors");
	if (v) {
		if (!json_is_array(v))
			fail(&c, "\"errors\" must be a list of strings");
		else
			json_array_foreach(v, i, e)
				if (!json_is_string(e))
					fail(&c, "\"errors\" must be a list of strings");
	}
	v = json_object_get(rec, "class");
	s = json_string_value(v);
	if (v && (!s || (strcmp(s, "zakelijk") && strcmp(s, "prive") &&
	    strcmp(s, "partijpolitiek"))))
		fail(&c, "\"class\" must be zakelijk, prive or partijpolitiek");
	v = json_object_get(rec, "reasons");
	if (v && !json_is_array(v))
		fail(&c, "\"reasons\" must be a list");
	v = json_object_get(rec, "review");
	if (v && !json_is_boolean(v))
		fail(&c, "\"review\" must be true or false");
	check_redactions(&c, rec);
	return c.bad ? -1 : 0;
}
