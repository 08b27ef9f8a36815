/*
 * mail: one RFC 5322 message, parsed with GMime, into one record.
 *
 * The text is what a mail program shows: text/plain preferred over
 * text/html (which is turned into text), every part decoded to UTF-8,
 * forwarded messages shown inline under their headers.  Everything else
 * goes to the store as an attachment.
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "text.h"

#define WALK_DEPTH_MAX 32

/* Charsets -------------------------------------------------------------- */

static int
is_utf8_name(const char *cs)
{
	return !g_ascii_strcasecmp(cs, "utf-8") || !g_ascii_strcasecmp(cs, "utf8");
}

static int
is_ascii_name(const char *cs)
{
	return !g_ascii_strcasecmp(cs, "us-ascii") || !g_ascii_strcasecmp(cs, "ascii") ||
	    !g_ascii_strcasecmp(cs, "ANSI_X3.4-1968") || !g_ascii_strcasecmp(cs, "iso646-us");
}

/*
 * in[0..n) from charset cs to UTF-8 with iconv; each byte iconv cannot
 * read becomes U+FFFD.  NULL when iconv does not know cs.
 */
static char *
iconv_all(const char *cs, const char *in, size_t n, size_t *outn, size_t *bad)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	size_t cap = n * 4 + 16, left, inleft = n, r;
	char *out, *op, *ip = (char *)in;

	*bad = 0;
	if (cd == (iconv_t)-1)
		return NULL;
	out = g_malloc(cap);
	op = out;
	left = cap - 1;
	while (inleft > 0) {
		r = iconv(cd, &ip, &inleft, &op, &left);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			size_t used = (size_t)(op - out);

			cap *= 2;
			out = g_realloc(out, cap);
			op = out + used;
			left = cap - used - 1;
			continue;
		}
		/* EILSEQ or EINVAL: skip a byte, say so, start afresh */
		(*bad)++;
		ip++;
		inleft--;
		iconv(cd, NULL, NULL, NULL, NULL);
		if (left < 4) {
			size_t used = (size_t)(op - out);

			cap *= 2;
			out = g_realloc(out, cap);
			op = out + used;
			left = cap - used - 1;
		}
		memcpy(op, "\xEF\xBF\xBD", 3);
		op += 3;
		left -= 3;
	}
	if (left < 16) {
		size_t used = (size_t)(op - out);

		out = g_realloc(out, cap + 16);
		op = out + used;
		left += 16;
	}
	iconv(cd, NULL, NULL, &op, &left);
	iconv_close(cd);
	*op = '\0';
	*outn = (size_t)(op - out);
	return out;
}

/* Decoded part bytes as UTF-8 text; problems go to errs. */
static char *
to_utf8(const char *cs, const char *in, size_t n, size_t *outn, json_t **errs,
    const char *what)
{
	size_t bad = 0, first;
	char *out, *fixed;

	if (!n) {		/* an empty part: GMime may give no bytes at all */
		*outn = 0;
		return g_strdup("");
	}
	if (!cs || is_utf8_name(cs) || is_ascii_name(cs)) {
		if (g_utf8_validate_len(in, n, NULL)) {
			*outn = n;
			return g_strndup(in, n);
		}
		if (cs && is_utf8_name(cs)) {
			fixed = text_fix_utf8(in, n, &bad, &first);
			note(errs, "%s: invalid UTF-8 (%zu byte%s, first at byte %zu) replaced by U+FFFD",
			    what, bad, bad == 1 ? "" : "s", first);
			out = g_strdup(fixed);
			free(fixed);
			*outn = strlen(out);
			return out;
		}
		note(errs, "%s: 8-bit text %s; read as windows-1252", what,
		    cs ? "in a part declared us-ascii" : "without a charset");
		return iconv_all("WINDOWS-1252", in, n, outn, &bad);
	}
	out = iconv_all(g_mime_charset_iconv_name(cs), in, n, outn, &bad);
	if (!out) {
		note(errs, "%s: unknown charset '%s'; read as %s", what, cs,
		    g_utf8_validate_len(in, n, NULL) ? "UTF-8" : "windows-1252");
		if (g_utf8_validate_len(in, n, NULL)) {
			*outn = n;
			return g_strndup(in, n);
		}
		return iconv_all("WINDOWS-1252", in, n, outn, &bad);
	}
	if (bad)
		note(errs, "%s: %zu byte%s not valid in charset '%s', replaced by U+FFFD",
		    what, bad, bad == 1 ? "" : "s", cs);
	return out;
}

/* Repair -------------------------------------------------------------- */

#define BOUNDARIES_MAX 64

struct bset {
	char *b[BOUNDARIES_MAX];
	size_t n;
};

/* Adds the boundary parameters found in a header block. */
static void
find_boundaries(struct bset *bs, const char *h, size_t n)
{
	const char *p = h, *end = h + n, *v, *e;
	char *val;

	while (bs->n < BOUNDARIES_MAX &&
	    (p = g_strstr_len(p, end - p, "oundary=")) != NULL) {
		if (p == h || g_ascii_tolower(p[-1]) != 'b') {
			p += 8;
			continue;
		}
		v = p + 8;
		if (v < end && *v == '"') {
			v++;
			for (e = v; e < end && *e != '"'; e++)
				;
		} else
			for (e = v; e < end && *e != ';' && *e != '\r' && *e != '\n' &&
			    *e != ' ' && *e != '\t'; e++)
				;
		val = g_strndup(v, (size_t)(e - v));
		/* a folded value: the line break goes, the space stays */
		g_strdelimit(val, "\r", '\n');
		{
			char *r = val, *w = val;

			for (; *r; r++)
				if (*r != '\n')
					*w++ = *r;
			*w = '\0';
		}
		if (*val)
			bs->b[bs->n++] = val;
		else
			g_free(val);
		p = e;
	}
}

static int
is_boundary(const struct bset *bs, const char *l, size_t n)
{
	size_t i, k;

	if (n < 2 || l[0] != '-' || l[1] != '-')
		return 0;
	for (i = 0; i < bs->n; i++) {
		k = strlen(bs->b[i]);
		if (n >= k + 2 && !memcmp(l + 2, bs->b[i], k))
			return 1;
	}
	return 0;
}

static int
header_line(const char *l, size_t n)
{
	size_t i;

	for (i = 0; i < n && l[i] > ' ' && l[i] < 127 && l[i] != ':'; i++)
		;
	return i > 0 && i < n && l[i] == ':';
}

/*
 * Some writers (Gmail's export among them) start a part's content right
 * after its headers, without the blank line between.  GMime then loses
 * the part; a blank line put where the headers stop gets it back.
 * Returns a repaired copy, or NULL when the message needs none.
 */
static char *
repair_headers(const char *buf, size_t len, size_t *outlen)
{
	struct bset bs = { 0 };
	const char *p = buf, *end, *nl, *block = buf;
	GString *out = NULL;
	int in_hdr = 1, fields = 0;
	size_t n, i, copied = 0;

	if (!buf || !len)
		return NULL;
	end = buf + len;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (in_hdr) {
			if (n == 0 || (n == 1 && p[0] == '\r')) {
				find_boundaries(&bs, block, (size_t)(p - block));
				in_hdr = 0;
			} else if (p[0] == ' ' || p[0] == '\t' || header_line(p, n))
				fields++;
			else if (is_boundary(&bs, p, n)) {
				block = p;	/* an empty part: the next part's headers */
				fields = 0;
			} else if (!fields) {
				in_hdr = 0;	/* no headers at all: not ours to mend */
			} else {
				find_boundaries(&bs, block, (size_t)(p - block));
				if (!out)
					out = g_string_sized_new(len + 64);
				g_string_append_len(out, buf + copied, p - (buf + copied));
				g_string_append_c(out, '\n');
				copied = (size_t)(p - buf);
				in_hdr = 0;
			}
		} else if (is_boundary(&bs, p, n)) {
			size_t k = n;

			while (k > 0 && (p[k - 1] == '\r' || p[k - 1] == ' ' || p[k - 1] == '\t'))
				k--;
			if (!(k >= 4 && p[k - 1] == '-' && p[k - 2] == '-')) {
				in_hdr = 1;
				fields = 0;
				block = nl ? nl + 1 : end;
			}
		}
		p = nl ? nl + 1 : end;
	}
	for (i = 0; i < bs.n; i++)
		g_free(bs.b[i]);
	if (!out)
		return NULL;
	g_string_append_len(out, buf + copied, (gssize)(len - copied));
	*outlen = out->len;
	return g_string_free(out, FALSE);
}

/* Parts ----------------------------------------------------------------- */

struct walk {
	struct reader *rd;
	GString *text;
	json_t *atts;
	json_t **errs;
	int nparts;
};

static GByteArray *
part_bytes(GMimePart *part, GMimeStream **keep)
{
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	GMimeStream *mem = g_mime_stream_mem_new();

	if (w)
		g_mime_data_wrapper_write_to_stream(w, mem);
	*keep = mem;
	return g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
}

static void
drop_bytes(GMimeStream *mem)
{
	GByteArray *ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));

	if (ba && ba->len)
		explicit_bzero(ba->data, ba->len);
	g_object_unref(mem);
}

/* GMime skips what is not base64; say so rather than pretend. */
static void
check_base64(struct walk *w, GMimePart *part, const char *what)
{
	GMimeDataWrapper *dw = g_mime_part_get_content(part);
	GMimeStream *raw;
	char buf[8192];
	gssize n, i;
	int bad = 0;

	if (!dw || g_mime_data_wrapper_get_encoding(dw) != GMIME_CONTENT_ENCODING_BASE64)
		return;
	raw = g_mime_data_wrapper_get_stream(dw);
	if (!raw)
		return;
	g_mime_stream_reset(raw);
	while (!bad && (n = g_mime_stream_read(raw, buf, sizeof(buf))) > 0)
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)buf[i];

			if (!(g_ascii_isalnum(c) || c == '+' || c == '/' || c == '=' ||
			    c == '\r' || c == '\n' || c == ' ' || c == '\t')) {
				bad = 1;
				break;
			}
		}
	g_mime_stream_reset(raw);
	if (bad)
		note(w->errs, "%s: invalid base64; only the valid characters were decoded", what);
}

static void
add_attachment(struct walk *w, const char *name, const char *declared,
    const void *data, size_t len)
{
	struct store_item it;
	char err[512];
	json_t *a;

	/* what the sender declared, unless it says nothing */
	if (declared && !g_ascii_strcasecmp(declared, "application/octet-stream"))
		declared = NULL;
	if (store_put_buffer(w->rd->store, data, len, declared, &it, err, sizeof(err)) != 0) {
		note(w->errs, "attachment '%s' not stored: %s", name ? name : "", err);
		rd_warn(w->rd, "store: %s", err);
		w->rd->in->failed = 1;
		return;
	}
	a = json_object();
	if (name && *name)
		json_object_set_new(a, "name", text_json(name, strlen(name)));
	json_object_set_new(a, "sha256", json_string(it.sha256));
	json_object_set_new(a, "size", json_integer((json_int_t)it.size));
	json_object_set_new(a, "type", json_string(it.type));
	json_array_append_new(w->atts, a);
}

static char *
mime_type(GMimeObject *obj)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	char *t = ct ? g_mime_content_type_get_mime_type(ct) : g_strdup("text/plain");
	char *l = g_ascii_strdown(t, -1);

	g_free(t);
	return l;
}

static void
store_part(struct walk *w, GMimePart *part, const char *what)
{
	GMimeStream *mem;
	GByteArray *ba;
	char *type = mime_type(GMIME_OBJECT(part));

	check_base64(w, part, what);
	ba = part_bytes(part, &mem);
	add_attachment(w, g_mime_part_get_filename(part), type, ba->data, ba->len);
	drop_bytes(mem);
	g_free(type);
}

static void
add_text(struct walk *w, const char *s, size_t n)
{
	GString *t = w->text;
	size_t i, o;

	if (t->len)
		g_string_append(t, "\n\n");
	o = t->len;
	g_string_append_len(t, s, (gssize)n);
	/* CRLF and lone CR become LF */
	for (i = o; i < t->len; i++) {
		if (t->str[i] == '\r' && i + 1 < t->len && t->str[i + 1] == '\n')
			continue;
		t->str[o++] = t->str[i] == '\r' ? '\n' : t->str[i];
	}
	g_string_truncate(t, o);
	while (t->len && (t->str[t->len - 1] == '\n' || t->str[t->len - 1] == ' ' ||
	    t->str[t->len - 1] == '\t'))
		g_string_truncate(t, t->len - 1);
}

static int
is_text_body(GMimeObject *obj)
{
	static const char *const structured[] = {
		"calendar", "vcard", "x-vcard", "directory", "csv", "rtf",
		"xml", "x-vcalendar", NULL
	};
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	GMimeContentDisposition *cd = g_mime_object_get_content_disposition(obj);
	const char *sub, *const *s;

	if (!ct || g_ascii_strcasecmp(g_mime_content_type_get_media_type(ct), "text"))
		return 0;
	if (cd && g_mime_content_disposition_is_attachment(cd))
		return 0;
	sub = g_mime_content_type_get_media_subtype(ct);
	for (s = structured; *s; s++)
		if (!g_ascii_strcasecmp(sub, *s))
			return 0;
	/* a named text file without an inline disposition is a file */
	if (!cd && g_mime_part_get_filename(GMIME_PART(obj)))
		return 0;
	return 1;
}

/* Appends the part's text; 1 when it had any. */
static int
text_part(struct walk *w, GMimePart *part, const char *what)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *cs = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
	GMimeStream *mem;
	GByteArray *ba;
	char *u, *plain;
	size_t n, i;
	int any = 0;

	check_base64(w, part, what);
	ba = part_bytes(part, &mem);
	u = to_utf8(cs && *cs ? cs : NULL, (const char *)ba->data, ba->len, &n, w->errs, what);
	drop_bytes(mem);
	if (g_mime_content_type_is_type(ct, "text", "html")) {
		plain = html_to_text(u, n);
		explicit_bzero(u, n);
		g_free(u);
		u = plain ? g_strdup(plain) : g_strdup("");
		free(plain);
		n = strlen(u);
	}
	for (i = 0; i < n && !any; i++)
		any = !g_ascii_isspace(u[i]);
	if (any)
		add_text(w, u, n);
	explicit_bzero(u, n);
	g_free(u);
	return any;
}

static void walk_part(struct walk *w, GMimeObject *obj, int depth);

static void
address_line(GString *s, const char *label, InternetAddressList *l)
{
	char *v;

	if (!l || internet_address_list_length(l) == 0)
		return;
	v = internet_address_list_to_string(l, NULL, FALSE);
	g_string_append_printf(s, "%s: %s\n", label, v);
	g_free(v);
}

/* A forwarded message shown inline, under its own headers. */
static void
inline_message(struct walk *w, GMimeMessage *m, int depth)
{
	GString *h = g_string_new("---------- Forwarded message ----------\n");
	GDateTime *d = g_mime_message_get_date(m);
	const char *subj = g_mime_message_get_subject(m);

	address_line(h, "From", g_mime_message_get_from(m));
	if (d) {
		char *ds = g_date_time_format(d, "%Y-%m-%dT%H:%M:%S%:z");

		g_string_append_printf(h, "Date: %s\n", ds);
		g_free(ds);
	}
	if (subj)
		g_string_append_printf(h, "Subject: %s\n", subj);
	address_line(h, "To", g_mime_message_get_to(m));
	address_line(h, "Cc", g_mime_message_get_cc(m));
	add_text(w, h->str, h->len);
	g_string_free(h, TRUE);
	if (g_mime_message_get_mime_part(m))
		walk_part(w, g_mime_message_get_mime_part(m), depth + 1);
}

static void
attached_message(struct walk *w, GMimeObject *obj, GMimeMessage *m)
{
	GMimeStream *mem = g_mime_stream_mem_new();
	GByteArray *ba;
	GMimeContentDisposition *cd = g_mime_object_get_content_disposition(obj);
	const char *fn = cd ? g_mime_content_disposition_get_parameter(cd, "filename") : NULL;
	const char *subj = g_mime_message_get_subject(m);
	char *name = fn ? g_strdup(fn) :
	    g_strconcat(subj && *subj ? subj : "message", ".eml", NULL);

	g_mime_object_write_to_stream(GMIME_OBJECT(m), NULL, mem);
	ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	add_attachment(w, name, "message/rfc822", ba->data, ba->len);
	drop_bytes(mem);
	g_free(name);
}

static GMimeObject *
find_child(GMimeMultipart *mp, const char *type, const char *sub)
{
	int i, n = g_mime_multipart_get_count(mp);

	for (i = 0; i < n; i++) {
		GMimeObject *c = g_mime_multipart_get_part(mp, i);
		GMimeContentType *ct = g_mime_object_get_content_type(c);

		if (ct && g_mime_content_type_is_type(ct, type, sub))
			return c;
	}
	return NULL;
}

/* multipart/alternative: the plain text, unless it is empty */
static void
alternative(struct walk *w, GMimeMultipart *mp, int depth)
{
	GMimeObject *plain = find_child(mp, "text", "plain"), *other;
	int i, n = g_mime_multipart_get_count(mp);
	char what[32];

	snprintf(what, sizeof(what), "part %d", ++w->nparts);
	if (plain && GMIME_IS_PART(plain) && text_part(w, GMIME_PART(plain), what))
		return;
	other = find_child(mp, "text", "html");
	if (!other) {
		/* the richest form is last (RFC 2046) */
		for (i = n - 1; i >= 0 && !other; i--)
			if (g_mime_multipart_get_part(mp, i) != plain)
				other = g_mime_multipart_get_part(mp, i);
	}
	if (other)
		walk_part(w, other, depth + 1);
}

static void
walk_part(struct walk *w, GMimeObject *obj, int depth)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	char what[32];
	int i, n;

	if (depth > WALK_DEPTH_MAX) {
		note(w->errs, "MIME parts nested more than %d deep; the deeper parts were not read",
		    WALK_DEPTH_MAX);
		return;
	}
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);

		if (GMIME_IS_MULTIPART_ENCRYPTED(obj))
			note(w->errs, "encrypted message: its content cannot be read; kept as attachments");
		if (ct && g_mime_content_type_is_type(ct, "multipart", "alternative") &&
		    !GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
			alternative(w, mp, depth);
			return;
		}
		n = g_mime_multipart_get_count(mp);
		for (i = 0; i < n; i++)
			walk_part(w, g_mime_multipart_get_part(mp, i), depth + 1);
		return;
	}
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		GMimeContentDisposition *cd = g_mime_object_get_content_disposition(obj);

		if (!m)
			return;
		if (cd && g_mime_content_disposition_is_attachment(cd))
			attached_message(w, obj, m);
		else
			inline_message(w, m, depth);
		return;
	}
	if (!GMIME_IS_PART(obj))
		return;
	snprintf(what, sizeof(what), "part %d", ++w->nparts);
	if (GMIME_IS_APPLICATION_PKCS7_MIME(obj))
		note(w->errs, "S/MIME part: its content cannot be read here; kept as an attachment");
	if (is_text_body(obj))
		text_part(w, GMIME_PART(obj), what);
	else
		store_part(w, GMIME_PART(obj), what);
}

/* Headers --------------------------------------------------------------- */

static void
add_parties(json_t *list, InternetAddressList *l)
{
	int i, n = l ? internet_address_list_length(l) : 0;

	for (i = 0; i < n; i++) {
		InternetAddress *a = internet_address_list_get_address(l, i);

		if (INTERNET_ADDRESS_IS_GROUP(a))
			add_parties(list, internet_address_group_get_members(
			    INTERNET_ADDRESS_GROUP(a)));
		else if (INTERNET_ADDRESS_IS_MAILBOX(a))
			json_array_append_new(list, party(internet_address_get_name(a),
			    internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))));
	}
}

static void
set_parties(json_t *rec, const char *key, InternetAddressList *l)
{
	json_t *list = json_array();

	add_parties(list, l);
	if (json_array_size(list))
		json_object_set_new(rec, key, list);
	else
		json_decref(list);
}

/* The subject without reply and forward prefixes, for the thread's title. */
char *
base_subject(const char *s)
{
	static const char *const pre[] = {
		"re", "fw", "fwd", "aw", "wg", "antw", "antwoord", "doorst",
		"tr", "sv", "vs", "rv", "ref", NULL
	};
	const char *const *p;
	size_t n;
	int again = 1;

	if (!s)
		return g_strdup("");
	while (again) {
		again = 0;
		while (*s == ' ' || *s == '\t')
			s++;
		for (p = pre; *p; p++) {
			n = strlen(*p);
			if (!g_ascii_strncasecmp(s, *p, n)) {
				const char *q = s + n;

				if (*q == '[' && strchr(q, ']'))	/* Re[2]: */
					q = strchr(q, ']') + 1;
				while (*q == ' ')
					q++;
				if (*q == ':') {
					s = q + 1;
					again = 1;
					break;
				}
			}
		}
	}
	return g_strstrip(g_strdup(s));
}

static guint64
hash64(const char *s)
{
	char id[17];

	text_id(id, "mail-thread", s, NULL);
	return g_ascii_strtoull(id, NULL, 16);
}

/* Forgets the oldest mail once THREADS_MAX are remembered. */
static void
remember_thread(struct reader *rd, guint64 mid, guint64 thread)
{
	guint64 *slot = &rd->thread_ring[rd->thread_next];

	if (*slot)
		g_hash_table_remove(rd->threads, (gpointer)(uintptr_t)*slot);
	*slot = mid;
	rd->thread_next = (rd->thread_next + 1) % THREADS_MAX;
	g_hash_table_insert(rd->threads, (gpointer)(uintptr_t)mid,
	    (gpointer)(uintptr_t)thread);
}

static char *
first_ref(struct reader *rd, GMimeMessage *m, const char *header)
{
	const char *v = g_mime_object_get_header(GMIME_OBJECT(m), header);
	GMimeReferences *refs;
	char *id = NULL;

	if (!v)
		return NULL;
	refs = g_mime_references_parse(rd->mopts, v);
	if (refs && g_mime_references_length(refs) > 0)
		id = g_strdup(g_mime_references_get_message_id(refs, 0));
	if (refs)
		g_mime_references_free(refs);
	return id;
}

/*
 * The thread: the first of References (its root), else the thread of the
 * In-Reply-To message, else the message itself; without any of them the
 * subject.
 */
static void
set_conversation(struct reader *rd, json_t *rec, GMimeMessage *m,
    const char *mid, const char *subject, const char *self)
{
	char *root = first_ref(rd, m, "References");
	char *parent = root ? NULL : first_ref(rd, m, "In-Reply-To");
	char *title = base_subject(subject), *lower, cid[17];
	guint64 thread, found;
	json_t *conv = json_object();

	if (root)
		thread = hash64(root);
	else if (parent) {
		found = (guint64)(uintptr_t)g_hash_table_lookup(rd->threads,
		    (gpointer)(uintptr_t)hash64(parent));
		thread = found ? found : hash64(parent);
	} else if (mid && *mid)
		thread = hash64(mid);
	else if (*title) {
		lower = g_utf8_casefold(title, -1);
		thread = hash64(lower);
		g_free(lower);
	} else	/* nothing ties it to other mail */
		thread = g_ascii_strtoull(self, NULL, 16);
	if (mid && *mid)
		remember_thread(rd, hash64(mid), thread);
	snprintf(cid, sizeof(cid), "%016llx", (unsigned long long)thread);
	json_object_set_new(conv, "id", json_string(cid));
	json_object_set_new(conv, "title", text_json(title, strlen(title)));
	json_object_set_new(rec, "conversation", conv);
	g_free(root);
	g_free(parent);
	g_free(title);
}

/* The delivery time (mbox From_ line, Maildir name), said to be one. */
static int
set_fallback_time(struct reader *rd, json_t *rec, const struct mail_meta *meta,
    json_t **errs)
{
	GDateTime *u, *l;

	if (meta->fallback_time < 0 ||
	    !(u = g_date_time_new_from_unix_utc(meta->fallback_time)))
		return -1;
	l = g_date_time_to_timezone(u, rd->tz);
	rd_time(rec, l, errs);
	g_date_time_unref(l);
	g_date_time_unref(u);
	note(errs, "the time is the delivery time, taken from %s", meta->fallback_from);
	return 0;
}

static void
set_time(struct reader *rd, json_t *rec, GMimeMessage *m,
    const struct mail_meta *meta, json_t **errs)
{
	GDateTime *d = g_mime_message_get_date(m);
	const char *hdr = g_mime_object_get_header(GMIME_OBJECT(m), "Date");

	if (d) {
		if (rd_time(rec, d, errs) != 0)
			set_fallback_time(rd, rec, meta, errs);
		return;
	}
	note(errs, "%s Date header", hdr ? "unreadable" : "no");
	set_fallback_time(rd, rec, meta, errs);
}

static char *
header_text(struct reader *rd, GMimeMessage *m, const char *name)
{
	const char *v = g_mime_object_get_header(GMIME_OBJECT(m), name);
	char *d;

	if (!v)
		return NULL;
	d = g_mime_utils_header_decode_text(rd->mopts, v);
	return g_strstrip(d);
}

int
mail_read(struct reader *rd, const char *buf, size_t len,
    const struct mail_meta *meta)
{
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeMessage *m;
	json_t *rec = json_object(), *src, *errs;
	struct walk w = { .rd = rd };
	char id[17], pos[24], *folder = NULL, *fixed;
	const char *mid, *subject;
	size_t fixedlen = 0;

	rd->mail_errs = NULL;
	fixed = repair_headers(buf, len, &fixedlen);
	if (fixed) {
		note(&rd->mail_errs, "a MIME part's headers run into its content without a blank line; read as if there were one");
		stream = g_mime_stream_mem_new_with_buffer(fixed, fixedlen);
		explicit_bzero(fixed, fixedlen);
		g_free(fixed);
	} else
		stream = g_mime_stream_mem_new_with_buffer(buf, len);
	parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	m = g_mime_parser_construct_message(parser, rd->mopts);

	snprintf(pos, sizeof(pos), "%lld", meta->pos);
	text_id(id, meta->format, meta->idkey, pos, NULL);
	json_object_set_new(rec, "id", json_string(id));
	src = json_object();
	json_object_set_new(src, "format", json_string(meta->format));
	json_object_set_new(src, "file", text_json(meta->file, strlen(meta->file)));
	json_object_set_new(src, "pos", json_integer(meta->pos));
	json_object_set_new(rec, "source", src);
	json_object_set_new(rec, "kind", json_string("email"));

	if (!m || !g_mime_header_list_get_count(g_mime_object_get_header_list(GMIME_OBJECT(m)))) {
		/* keep what there is, so that nothing read is lost */
		json_t *conv = json_object();

		json_object_set_new(conv, "id", json_string(id));
		json_object_set_new(conv, "title", json_string(""));
		json_object_set_new(rec, "conversation", conv);
		set_fallback_time(rd, rec, meta, &rd->mail_errs);
		if (meta->folder)
			json_object_set_new(rec, "folder", text_json(meta->folder, strlen(meta->folder)));
		json_object_set_new(rec, "text", text_json(buf, len));
		note(&rd->mail_errs, "not a mail message: no header block");
		if (m)
			g_object_unref(m);
	} else {
		mid = g_mime_message_get_message_id(m);
		subject = g_mime_message_get_subject(m);
		set_conversation(rd, rec, m, mid, subject, id);
		set_time(rd, rec, m, meta, &rd->mail_errs);
		set_parties(rec, "from", g_mime_message_get_from(m));
		if (json_object_get(rec, "from")) {
			/* one author; a list of them is rare and lives on in the text */
			json_t *f = json_incref(json_array_get(json_object_get(rec, "from"), 0));

			json_object_set_new(rec, "from", f);
		}
		set_parties(rec, "to", g_mime_message_get_to(m));
		set_parties(rec, "cc", g_mime_message_get_cc(m));
		set_parties(rec, "bcc", g_mime_message_get_bcc(m));
		folder = meta->folder ? g_strdup(meta->folder) : header_text(rd, m, "X-Folder");
		if (folder && *folder)
			json_object_set_new(rec, "folder", text_json(folder, strlen(folder)));
		if (subject)
			json_object_set_new(rec, "subject", text_json(subject, strlen(subject)));
		if (mid)
			json_object_set_new(rec, "message_id", text_json(mid, strlen(mid)));

		w.text = g_string_new(NULL);
		w.atts = json_array();
		w.errs = &rd->mail_errs;
		if (g_mime_message_get_mime_part(m))
			walk_part(&w, g_mime_message_get_mime_part(m), 0);
		{
			/* blank lines before the first words are layout, not text */
			size_t lead = 0, k;

			for (k = 0; k < w.text->len && (w.text->str[k] == ' ' ||
			    w.text->str[k] == '\t' || w.text->str[k] == '\n'); k++)
				if (w.text->str[k] == '\n')
					lead = k + 1;
			json_object_set_new(rec, "text", text_json(w.text->str + lead,
			    w.text->len - lead));
		}
		if (json_array_size(w.atts))
			json_object_set_new(rec, "attachments", w.atts);
		else
			json_decref(w.atts);
		explicit_bzero(w.text->str, w.text->len);
		g_string_free(w.text, TRUE);
		g_free(folder);
		g_object_unref(m);
	}
	if (meta->truncated)
		note(&rd->mail_errs, "%s", meta->truncated);
	/* GMime's warnings came in through rd->mail_errs, ours went there too */
	errs = rd->mail_errs;
	rd->mail_errs = NULL;
	if (errs)
		json_object_set_new(rec, "errors", errs);
	g_object_unref(parser);
	g_object_unref(stream);
	rd_emit(rd, rec);
	json_decref(rec);
	return 0;
}
