/*
 * sms: the XML backups of Android's "SMS Backup & Restore" (SyncTech):
 *
 *   <smses count="2">
 *     <sms protocol="0" address="+31612345678" date="1709644920000" type="1"
 *          body="..." contact_name="Jan" readable_date="..." ... />
 *     <mms date="1709645000000" msg_box="2" address="+316..~+316.." ...>
 *       <parts><part seq="0" ct="image/jpeg" cl="IMG.jpg" data="(base64)"/>
 *              <part seq="0" ct="text/plain" text="..."/></parts>
 *       <addrs><addr address="+316.." type="137"/>...</addrs>
 *     </mms>
 *   </smses>
 *
 * Read with libxml2's streaming reader, one message at a time, so that
 * memory does not grow with the backup; an MMS part's bytes are decoded
 * straight into the store.  The file is hostile until proven otherwise:
 * no network, no DTD loaded, no entity expanded: a DOCTYPE stops the
 * reading, as no backup has one.  The app writes "null" for what it does
 * not know.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "read_priv.h"
#include "text.h"

#define DEPTH_MAX 16		/* smses, mms, parts, part is 3 */

/* MMS address types (OMA MMS encapsulation: From, To, Cc, Bcc) */
#define ADDR_FROM 137
#define ADDR_TO 151
#define ADDR_CC 130
#define ADDR_BCC 129

struct smsr {
	struct reader *rd;
	struct member *m;
	xmlTextReaderPtr r;
	char *file;		/* source.file */
	long long n;		/* messages met, the pos of the last */
	long long declared;	/* the count the backup gives, -1 if none */
	int ioerr;
	long line, col;		/* where the bytes given to libxml2 end */
	long decl_line, decl_col;	/* where a DOCTYPE or ENTITY starts */
	char tail[8];
	size_t ntail;
	char ibuf[65536];	/* read from the member, handed out a tag at a time */
	size_t ipos, ilen;
	char err[512];		/* the first error of the parser */
	/* the MMS being read */
	json_t *rec, *errs, *atts, *from, *to, *cc;
	GString *text;
	char *address, *names;
	int box;
	int depth_warned;
};

static void
xml_error(void *arg, xmlErrorPtr e)
{
	struct smsr *s = arg;
	size_t n;

	if (!e || e->level == XML_ERR_WARNING || *s->err)
		return;
	snprintf(s->err, sizeof(s->err), "%d:%d: %s", e->line, e->int2,
	    e->message ? e->message : "malformed XML");
	n = strlen(s->err);
	while (n && (s->err[n - 1] == '\n' || s->err[n - 1] == ' '))
		s->err[--n] = '\0';
}

/*
 * What libxml2 is given: the member's bytes up to a DOCTYPE or an entity
 * declaration, which no backup has.  Stopping before the parser sees
 * them means no entity is ever declared, so none is expanded or fetched.
 */
static const char *
declaration(const char *p, size_t n)
{
	const char *a = memmem(p, n, "<!DOCTYPE", 9), *b = memmem(p, n, "<!ENTITY", 8);

	return a && (!b || a < b) ? a : b;
}

/* Refills the buffer, stopping short of a declaration. */
static int
refill(struct smsr *s)
{
	ssize_t r = member_read(s->rd, s->m, s->ibuf, sizeof(s->ibuf));
	const char *hit;
	char seam[16];
	size_t k, i;

	if (r < 0) {
		s->ioerr = 1;
		return -1;
	}
	s->ipos = 0;
	s->ilen = (size_t)r;
	/* across the seam with the bytes before */
	k = s->ilen < 8 ? s->ilen : 8;
	memcpy(seam, s->tail, s->ntail);
	memcpy(seam + s->ntail, s->ibuf, k);
	hit = declaration(seam, s->ntail + k);
	if (hit && (size_t)(hit - seam) < s->ntail)
		s->ilen = 0;
	else if ((hit = declaration(s->ibuf, s->ilen)))
		s->ilen = (size_t)(hit - s->ibuf);
	for (i = 0; i < s->ilen; i++) {
		if (s->ibuf[i] == '\n') {
			s->line++;
			s->col = 1;
		} else
			s->col++;
	}
	if (hit) {
		s->decl_line = s->line;
		s->decl_col = s->col;
	}
	/* the last 8 bytes, for the next seam */
	k = s->ilen < 8 ? s->ilen : 8;
	memcpy(seam, s->tail, s->ntail);
	memcpy(seam + s->ntail, s->ibuf + s->ilen - k, k);
	i = s->ntail + k;
	s->ntail = i < 8 ? i : 8;
	memcpy(s->tail, seam + i - s->ntail, s->ntail);
	return 0;
}

/*
 * Hands libxml2 the bytes up to and including the next '<', so that a
 * message is complete (its next sibling begun) before the parser meets
 * what follows: an error in the next tag loses no message before it.
 */
static int
io_read(void *ctx, char *buf, int len)
{
	struct smsr *s = ctx;
	const char *lt;
	size_t n;

	if (s->ipos == s->ilen) {
		if (s->decl_line || refill(s) != 0)
			return -1;
		if (s->ilen == 0)
			return s->decl_line ? -1 : 0;
	}
	n = s->ilen - s->ipos < (size_t)len ? s->ilen - s->ipos : (size_t)len;
	if ((lt = memchr(s->ibuf + s->ipos, '<', n)))
		n = (size_t)(lt - (s->ibuf + s->ipos)) + 1;
	memcpy(buf, s->ibuf + s->ipos, n);
	s->ipos += n;
	return (int)n;
}

static int
io_close(void *ctx)
{
	(void)ctx;
	return 0;
}

/* An attribute, NULL when absent or "null"; the caller frees it with free(). */
static char *
attr(struct smsr *s, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(s->r, (const xmlChar *)name);
	char *c;

	if (!v)
		return NULL;
	if (!*v || !strcmp((char *)v, "null")) {
		xmlFree(v);
		return NULL;
	}
	c = strdup((char *)v);
	xmlFree(v);
	return c;
}

static long long
attr_num(struct smsr *s, const char *name, int *ok)
{
	char *v = attr(s, name), *end;
	long long n = 0;

	*ok = 0;
	if (v) {
		n = g_ascii_strtoll(v, &end, 10);
		*ok = end != v && !*end;
	}
	free(v);
	return n;
}

/*
 * A phone number in one form, "+31612345678" for "06-12345678": the
 * conversation's key.  Names of senders ("KPN", "DigiD") and short codes
 * stay as they are.
 */
static char *
phone_norm(const char *a)
{
	GString *d = g_string_new(NULL);
	const char *p;
	int plus = 0;

	for (p = a; *p == ' '; p++)
		;
	plus = *p == '+';
	for (; *p; p++) {
		if (g_ascii_isdigit(*p))
			g_string_append_c(d, *p);
		else if (!strchr("+ -().\t", *p)) {
			g_string_free(d, TRUE);
			d = g_string_new(a);
			g_strstrip(d->str);
			d->len = strlen(d->str);
			return g_string_free(d, FALSE);
		}
	}
	if (d->len < 6)
		return g_string_free(d, FALSE);
	if (!plus && g_str_has_prefix(d->str, "00"))
		g_string_erase(d, 0, 2);
	else if (!plus && d->str[0] == '0' && d->len == 10)
		g_string_erase(d, 0, 1), g_string_prepend(d, "31");
	else if (!plus)
		return g_string_free(d, FALSE);
	g_string_prepend_c(d, '+');
	return g_string_free(d, FALSE);
}

static int
unknown_name(const char *n)
{
	return !n || !*n || !strcmp(n, "(Unknown)") || !strcmp(n, "(Onbekend)");
}

/* A sender's id of letters ("KPN", "DigiD") is a name, not an address. */
static json_t *
person(const char *name, const char *address)
{
	char *norm = address ? phone_norm(address) : NULL;
	const char *p;
	int digits = 0;
	json_t *r;

	for (p = norm; p && *p; p++)
		digits |= g_ascii_isdigit(*p);
	if (norm && !digits && unknown_name(name))
		r = party(norm, NULL);
	else
		r = party(unknown_name(name) ? NULL : name, digits ? norm : NULL);
	g_free(norm);
	return r;
}

static int
key_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A new record for a message to or from address. */
static json_t *
new_rec(struct smsr *s, const char *format, const char *address, const char *name,
    json_t **errs)
{
	char conv[17], *key, *title;
	char **parts = NULL, **p;
	GPtrArray *keys;
	GString *k;
	json_t *rec;
	unsigned i;

	s->n++;
	keys = g_ptr_array_new_with_free_func(g_free);
	if (address) {
		parts = g_strsplit(address, "~", -1);
		for (p = parts; *p; p++)
			if (**p)
				g_ptr_array_add(keys, phone_norm(*p));
	}
	g_ptr_array_sort(keys, key_cmp);
	k = g_string_new(NULL);
	for (i = 0; i < keys->len; i++) {
		if (i)
			g_string_append_c(k, ',');
		g_string_append(k, g_ptr_array_index(keys, i));
	}
	key = g_string_free(k, FALSE);
	if (!*key)
		note(errs, "no address: the counterpart is unknown");
	text_id(conv, "sms", key, NULL);
	if (!unknown_name(name))
		title = g_strdup(name);
	else if (address)
		title = g_strjoinv(", ", parts);
	else
		title = g_strdup("(onbekend)");
	rec = chat_record("sms", format, s->file, s->n, conv, title);
	g_free(title);
	g_free(key);
	g_strfreev(parts);
	g_ptr_array_free(keys, TRUE);
	return rec;
}

static void
set_time(struct smsr *s, json_t *rec, json_t **errs)
{
	int ok;
	long long ms = attr_num(s, "date", &ok);
	GDateTime *u, *t;

	if (!ok) {
		char *raw = attr(s, "date");

		if (raw)
			note(errs, "invalid date '%.40s'", raw);
		else
			note(errs, "no date");
		free(raw);
		return;
	}
	u = g_date_time_new_from_unix_utc(ms / 1000);
	if (!u || ms < 0) {
		note(errs, "date %lld out of range", ms);
		if (u)
			g_date_time_unref(u);
		return;
	}
	t = g_date_time_to_timezone(u, s->rd->tz);
	rd_time(rec, t, errs);
	g_date_time_unref(t);
	g_date_time_unref(u);
}

/* The phone's box for what was neither received nor sent. */
static const char *
state_of(int box)
{
	switch (box) {
	case 3: return "draft";
	case 4: return "outbox";
	case 5: return "failed";
	case 6: return "queued";
	default: return NULL;
	}
}

static void
emit(struct smsr *s, json_t *rec, json_t *errs)
{
	if (errs)
		json_object_set_new(rec, "errors", errs);
	rd_emit(s->rd, rec);
	json_decref(rec);
}

static void
read_sms(struct smsr *s)
{
	char *address = attr(s, "address"), *name = attr(s, "contact_name");
	char *body = attr(s, "body"), *subject = attr(s, "subject");
	json_t *errs = NULL, *rec = new_rec(s, "sms", address, name, &errs), *to;
	int ok, type = (int)attr_num(s, "type", &ok);

	set_time(s, rec, &errs);
	if (!ok) {
		note(&errs, "no type: whether it was sent or received is unknown");
		type = 0;
	}
	if (type == 1) {
		if (address)
			json_object_set_new(rec, "from", person(name, address));
	} else if (address) {
		/* sent by the phone's owner, whose number the backup does not hold */
		to = json_array();
		json_array_append_new(to, person(name, address));
		json_object_set_new(rec, "to", to);
	}
	if (state_of(type))
		json_object_set_new(rec, "state", json_string(state_of(type)));
	if (subject)
		json_object_set_new(rec, "subject", text_json(subject, strlen(subject)));
	json_object_set_new(rec, "text", text_json(body ? body : "", body ? strlen(body) : 0));
	if (body) {
		explicit_bzero(body, strlen(body));
		free(body);
	}
	free(address);
	free(name);
	free(subject);
	emit(s, rec, errs);
}

/* MMS ----------------------------------------------------------------- */

static void
mms_begin(struct smsr *s)
{
	char *sub = attr(s, "sub");
	int ok;

	s->address = attr(s, "address");
	s->names = attr(s, "contact_name");
	s->errs = NULL;
	s->rec = new_rec(s, "mms", s->address, s->names, &s->errs);
	set_time(s, s->rec, &s->errs);
	s->box = (int)attr_num(s, "msg_box", &ok);
	if (!ok) {
		note(&s->errs, "no msg_box: whether it was sent or received is unknown");
		s->box = 0;
	}
	if (sub)
		json_object_set_new(s->rec, "subject", text_json(sub, strlen(sub)));
	free(sub);
	s->atts = json_array();
	s->to = json_array();
	s->cc = json_array();
	s->from = NULL;
	s->text = g_string_new(NULL);
}

/* base64 into the store, a slice at a time */
static void
store_part(struct smsr *s, const char *data, const char *name, const char *type)
{
	struct store_put *p;
	struct store_item it;
	char err[512];
	size_t len = strlen(data), off, k;
	unsigned char *out = malloc(49152 / 4 * 3 + 4);
	gint state = 0;
	guint save = 0;
	json_t *a = json_object();
	int bad = 0;

	if (name)
		json_object_set_new(a, "name", text_json(name, strlen(name)));
	p = out ? store_put_new(s->rd->store, err, sizeof(err)) : NULL;
	if (!p) {
		rd_warn(s->rd, "store: %s", out ? err : "out of memory");
		s->rd->in->failed = 1;
		bad = 1;
	}
	if (p && type && strchr(type, '/'))
		store_put_set_type(p, type);
	for (off = 0; p && off < len; off += k) {
		size_t got;

		k = len - off < 49152 ? len - off : 49152;
		got = g_base64_decode_step(data + off, k, out, &state, &save);
		if (store_put_write(p, out, got) != 0) {
			rd_warn(s->rd, "store: %s", store_put_error(p));
			s->rd->in->failed = 1;
			store_put_abort(p);
			p = NULL;
			bad = 1;
		}
	}
	if (out) {
		explicit_bzero(out, 49152 / 4 * 3 + 4);
		free(out);
	}
	if (p && store_put_commit(p, &it, err, sizeof(err)) == 0) {
		json_object_set_new(a, "sha256", json_string(it.sha256));
		json_object_set_new(a, "size", json_integer((json_int_t)it.size));
		json_object_set_new(a, "type", json_string(it.type));
	} else {
		if (p) {
			rd_warn(s->rd, "store: %s", err);
			s->rd->in->failed = 1;
		}
		bad = 1;
	}
	if (bad) {
		if (type)
			json_object_set_new(a, "type", json_string(type));
		json_object_set_new(a, "missing", json_true());
		note(&s->errs, "an attachment could not be stored");
	}
	json_array_append_new(s->atts, a);
}

static void
store_text(struct smsr *s, const char *text, const char *name, const char *type)
{
	struct store_item it;
	char err[512];
	json_t *a = json_object();

	if (name)
		json_object_set_new(a, "name", text_json(name, strlen(name)));
	if (store_put_buffer(s->rd->store, text, strlen(text), type, &it, err,
	    sizeof(err)) == 0) {
		json_object_set_new(a, "sha256", json_string(it.sha256));
		json_object_set_new(a, "size", json_integer((json_int_t)it.size));
		json_object_set_new(a, "type", json_string(it.type));
	} else {
		rd_warn(s->rd, "store: %s", err);
		s->rd->in->failed = 1;
		json_object_set_new(a, "missing", json_true());
	}
	json_array_append_new(s->atts, a);
}

static void
mms_part(struct smsr *s)
{
	char *ct = attr(s, "ct"), *text = attr(s, "text"), *data;
	char *name = attr(s, "cl");
	json_t *a;

	if (!name)
		name = attr(s, "name");
	if (!name)
		name = attr(s, "fn");
	/* the slide layout is the phone's, not the sender's */
	if (ct && (!g_ascii_strcasecmp(ct, "application/smil") ||
	    (name && g_str_has_suffix(name, ".smil")))) {
		free(ct);
		free(text);
		free(name);
		return;
	}
	if (ct && !g_ascii_strcasecmp(ct, "text/plain") && text) {
		if (s->text->len)
			g_string_append_c(s->text, '\n');
		g_string_append(s->text, text);
	} else if ((data = attr(s, "data"))) {
		store_part(s, data, name, ct);
		explicit_bzero(data, strlen(data));
		free(data);
	} else if (text) {
		/* text of another type (a vCard): kept as the file it is */
		store_text(s, text, name, ct);
	} else {
		/* a backup made without its media names the part only */
		a = json_object();
		if (name)
			json_object_set_new(a, "name", text_json(name, strlen(name)));
		if (ct)
			json_object_set_new(a, "type", json_string(ct));
		json_object_set_new(a, "missing", json_true());
		json_array_append_new(s->atts, a);
	}
	if (text) {
		explicit_bzero(text, strlen(text));
		free(text);
	}
	free(ct);
	free(name);
}

/* The phone's owner's own number is not known to a sent MMS yet. */
static int
placeholder(const char *a)
{
	return !a || !strcmp(a, "insert-address-token");
}

static void
mms_addr(struct smsr *s)
{
	char *address = attr(s, "address");
	int ok, type = (int)attr_num(s, "type", &ok);

	if (!placeholder(address)) {
		json_t *p = person(NULL, address);

		if (type == ADDR_FROM && !s->from)
			s->from = p;
		else if (type == ADDR_TO)
			json_array_append_new(s->to, p);
		else if (type == ADDR_CC || type == ADDR_BCC)
			json_array_append_new(s->cc, p);
		else
			json_decref(p);
	}
	free(address);
}

/* Names to addresses: contact_name lists them as address lists the numbers. */
static void
name_people(struct smsr *s, json_t *list)
{
	char **addrs, **names;
	size_t i, k;
	json_t *p;

	if (!s->address || unknown_name(s->names))
		return;
	addrs = g_strsplit(s->address, "~", -1);
	names = g_strsplit(s->names, ", ", -1);
	if (g_strv_length(addrs) == g_strv_length(names)) {
		json_array_foreach(list, i, p) {
			const char *a = json_string_value(json_object_get(p, "address"));

			for (k = 0; a && !json_object_get(p, "name") && addrs[k]; k++) {
				char *n = phone_norm(addrs[k]);
				int hit = !strcmp(n, a) && !unknown_name(names[k]);

				g_free(n);
				if (hit) {
					/* a new party, so that name comes before address;
					 * p and a go with the old one */
					json_array_set_new(list, i, party(names[k], a));
					break;
				}
			}
		}
	}
	g_strfreev(addrs);
	g_strfreev(names);
}

static void
mms_end(struct smsr *s, const char *broken)
{
	json_t *one;

	if (!s->rec)
		return;
	if (s->box == 1 && !s->from && s->address && !strchr(s->address, '~'))
		s->from = person(s->names, s->address);
	if (s->box != 1 && s->box && !json_array_size(s->to) && s->address) {
		char **a = g_strsplit(s->address, "~", -1), **p;

		for (p = a; *p; p++)
			json_array_append_new(s->to, person(NULL, *p));
		g_strfreev(a);
	}
	if (s->from) {
		one = json_array();
		json_array_append_new(one, s->from);
		name_people(s, one);
		json_object_set(s->rec, "from", json_array_get(one, 0));
		json_decref(one);
	}
	name_people(s, s->to);
	name_people(s, s->cc);
	if (json_array_size(s->to))
		json_object_set(s->rec, "to", s->to);
	if (json_array_size(s->cc))
		json_object_set(s->rec, "cc", s->cc);
	if (state_of(s->box))
		json_object_set_new(s->rec, "state", json_string(state_of(s->box)));
	json_object_set_new(s->rec, "text", text_json(s->text->str, s->text->len));
	if (json_array_size(s->atts))
		json_object_set(s->rec, "attachments", s->atts);
	if (broken)
		note(&s->errs, "the backup breaks off inside this MMS (%s); parts may be missing",
		    broken);
	emit(s, s->rec, s->errs);
	json_decref(s->atts);
	json_decref(s->to);
	json_decref(s->cc);
	explicit_bzero(s->text->str, s->text->len);
	g_string_free(s->text, TRUE);
	free(s->address);
	free(s->names);
	s->rec = NULL;
	s->errs = NULL;
	s->from = NULL;
	s->address = s->names = NULL;
}

/* -------------------------------------------------------------------- */

static int
is(const xmlChar *name, const char *want)
{
	return name && !strcmp((const char *)name, want);
}

static int
step(struct smsr *s)
{
	int type = xmlTextReaderNodeType(s->r), depth = xmlTextReaderDepth(s->r);
	const xmlChar *name = xmlTextReaderConstLocalName(s->r);

	if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
		snprintf(s->err, sizeof(s->err), "%d:%d: a DOCTYPE, which no SMS backup has; "
		    "not read (entities are never expanded)",
		    xmlTextReaderGetParserLineNumber(s->r),
		    xmlTextReaderGetParserColumnNumber(s->r));
		return -1;
	}
	if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
		snprintf(s->err, sizeof(s->err), "%d:%d: an entity reference; not expanded, "
		    "not read", xmlTextReaderGetParserLineNumber(s->r),
		    xmlTextReaderGetParserColumnNumber(s->r));
		return -1;
	}
	if (depth > DEPTH_MAX) {
		snprintf(s->err, sizeof(s->err), "%d:%d: elements nested more than %d deep",
		    xmlTextReaderGetParserLineNumber(s->r),
		    xmlTextReaderGetParserColumnNumber(s->r), DEPTH_MAX);
		return -1;
	}
	if (type == XML_READER_TYPE_ELEMENT) {
		if (depth == 0) {
			int ok;

			if (!is(name, "smses")) {
				snprintf(s->err, sizeof(s->err), "%d:%d: <%s> is not an SMS backup's <smses>",
				    xmlTextReaderGetParserLineNumber(s->r),
				    xmlTextReaderGetParserColumnNumber(s->r), (const char *)name);
				return -1;
			}
			s->declared = attr_num(s, "count", &ok);
			if (!ok)
				s->declared = -1;
		} else if (depth == 1 && is(name, "sms"))
			read_sms(s);
		else if (depth == 1 && is(name, "mms")) {
			mms_begin(s);
			if (xmlTextReaderIsEmptyElement(s->r))
				mms_end(s, NULL);
		} else if (s->rec && is(name, "part"))
			mms_part(s);
		else if (s->rec && is(name, "addr"))
			mms_addr(s);
	} else if (type == XML_READER_TYPE_END_ELEMENT && depth == 1 && is(name, "mms"))
		mms_end(s, NULL);
	return 0;
}

int
sms_read(struct reader *rd, struct member *m)
{
	struct smsr s = { .rd = rd, .m = m, .declared = -1, .line = 1, .col = 1 };
	int rc = 0, r = 0;

	s.file = source_file(rd, m->path);
	/* no network, no DTD, no entities substituted; libxml2's own limits
	 * on text size and depth stay (no XML_PARSE_HUGE) */
	s.r = xmlReaderForIO(io_read, io_close, &s, s.file, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!s.r) {
		rd_warn_at(rd, m->path, "out of memory");
		g_free(s.file);
		return -1;
	}
	xmlTextReaderSetStructuredErrorHandler(s.r, xml_error, &s);
	while (!rd->stop && (r = xmlTextReaderRead(s.r)) == 1)
		if (step(&s) != 0) {
			rc = -1;
			break;
		}
	if (!rc && !rd->stop && r != 0)
		rc = -1;
	if (rc) {
		if (s.decl_line)
			snprintf(s.err, sizeof(s.err), "%ld:%ld: a DOCTYPE or entity declaration, "
			    "which no SMS backup has; not read (entities are never expanded "
			    "or fetched)", s.decl_line, s.decl_col);
		else if (s.ioerr)
			snprintf(s.err, sizeof(s.err), "%s", m->err);
		else if (!*s.err)
			snprintf(s.err, sizeof(s.err), "malformed XML");
		mms_end(&s, s.err);
		/* FILE:LINE:COLUMN: problem, as for every reader of XML */
		rd_warn(rd, "%s%s%s%s%s; %lld message%s read before it", rd->in->arg,
		    *m->path ? "/" : "", m->path, g_ascii_isdigit(*s.err) ? ":" : ": ", s.err,
		    s.n, s.n == 1 ? "" : "s");
	} else if (s.rec)
		mms_end(&s, "the file ends");
	else if (s.declared >= 0 && s.declared != s.n && !rd->stop)
		rd_warn_at(rd, m->path, "the backup says it holds %lld messages; %lld were read",
		    s.declared, s.n);
	xmlFreeTextReader(s.r);
	explicit_bzero(s.ibuf, sizeof(s.ibuf));
	g_free(s.file);
	return rc;
}
