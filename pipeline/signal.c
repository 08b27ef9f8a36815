/*
 * signal: the chats signal-export (github.com/carderne/signal-export)
 * writes from Signal Desktop.  Each chat is a folder named after the chat,
 * holding chat.md (index.md in old versions), data.json, index.html and
 * media/.  The markdown form, one message a header line and the lines
 * after it:
 *
 *   [2022-03-08 20:39:44] Name: text  
 *   [2019-12-24, 12:23] Name: text               older versions
 *
 * signal-export ends every message with two spaces (a markdown line
 * break), puts a quoted message between blank lines before the text
 * ("> quoted"), the reactions on a line of their own ("(- Name: 👍 -)"),
 * a sticker without its file as "(( 😀 ))", and the attachments after
 * all that as links, "![name](./media/file)" for images and
 * "[name](./media/file)" else; a deleted message reads "(This message was
 * deleted)".  data.json holds the same messages as JSON, one object a
 * line: {date, sender, body, quote, sticker, reactions, attachments,
 * deleted, ...}.  When a folder holds both, data.json is read.
 *
 * Times are the exporting computer's local time, without a zone: they
 * are read in the reader's zone.  "Me" is the phone's owner.
 */
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "text.h"

struct sig {
	struct reader *rd;
	struct chat *chat;
	char *file;		/* source.file */
	char *dir;		/* the chat's folder inside the input */
	char *title;
	char conv[17];
};

/* Helpers for both forms ------------------------------------------------- */

/* "chat.md" in a folder named after the chat; the file's own name else. */
static char *
chat_title(struct reader *rd, const char *path)
{
	const char *base = strrchr(path, '/'), *arg = rd->in->arg;
	char *dir, *t, *dot;

	base = base ? base + 1 : path;
	if (!*path) {
		/* the chat file itself was the input: its folder is in the argument */
		t = g_path_get_basename(arg);
		if (strcmp(t, "chat.md") && strcmp(t, "index.md") && strcmp(t, "data.json"))
			goto strip;
		g_free(t);
		dir = g_path_get_dirname(arg);
		t = g_path_get_basename(dir);
		g_free(dir);
		if (strcmp(t, ".") && strcmp(t, "/"))
			return t;
		g_free(t);
		return g_strdup(rd->in->name);
	}
	if (!strcmp(base, "chat.md") || !strcmp(base, "index.md") ||
	    !strcmp(base, "data.json")) {
		if (base == path)	/* the chat's folder was the input */
			return g_strdup(rd->in->name);
		dir = g_strndup(path, (size_t)(base - 1 - path));
		t = g_path_get_basename(dir);
		g_free(dir);
		return t;
	}
	t = g_strdup(base);
strip:
	dot = strrchr(t, '.');
	if (dot && dot != t)
		*dot = '\0';
	return t;
}

/* A link's target: %20 and other escapes decoded, "./" dropped, "../"
 * taken from dir.  NULL for a target outside the export. */
static char *
link_path(const char *dir, const char *s, size_t n)
{
	char *raw = g_strndup(s, n), *dec = g_uri_unescape_string(raw, NULL), *p, *r;
	char *d = g_strdup(dir ? dir : "");

	g_free(raw);
	if (!dec)
		dec = g_strndup(s, n);
	p = dec;
	for (;;) {
		if (!strncmp(p, "./", 2))
			p += 2;
		else if (!strncmp(p, "../", 3)) {
			char *slash = strrchr(d, '/');

			if (!*d) {
				g_free(dec);
				g_free(d);
				return NULL;
			}
			if (slash)
				*slash = '\0';
			else
				*d = '\0';
			p += 3;
		} else
			break;
	}
	r = *d ? g_strconcat(d, "/", p, NULL) : g_strdup(p);
	g_free(dec);
	g_free(d);
	return r;
}

/*
 * Appends the attachment a message links to: the file at path (relative
 * to the input) when the input holds it, else one of the same name,
 * else recorded by name as missing.
 */
static void
attach(struct sig *s, json_t *list, const char *name, size_t n, const char *path,
    const char *type)
{
	json_t *a = json_object();
	struct media *m = NULL;
	char *nm = g_strndup(name, n);

	n = text_trim(nm, text_clean_marks(nm, n));
	if (n)
		json_object_set_new(a, "name", text_json(nm, n));
	if (path) {
		const char *base = strrchr(path, '/');

		m = media_find(s->rd->in, NULL, path);
		if (!m)
			m = media_find(s->rd->in, NULL, base ? base + 1 : path);
	}
	media_json(a, m, type);
	json_array_append_new(list, a);
	g_free(nm);
}

/* Signal Desktop's calls, as signal-export words them. */
static int
is_call(const char *s)
{
	if (strncmp(s, "Incoming ", 9) && strncmp(s, "Outgoing ", 9) && strncmp(s, "Missed ", 7))
		return 0;
	return g_regex_match_simple("^(?:Incoming|Outgoing|Missed) (?:(?:voice|video) )?call"
	    "(?: \\([^)\n]*\\))?$", s, 0, 0);
}

/* "No-Sender" is signal-export's word for a sender it could not name. */
static void
set_from(json_t *rec, const char *s, size_t n)
{
	if (n && !(n == 9 && !memcmp(s, "No-Sender", 9)))
		json_object_set_new(rec, "from", party_label(s, n));
}

/* The quoted text: "> " before each line, blank lines around it. */
static char *
unquote(const char *q, size_t n)
{
	GString *out = g_string_new(NULL);
	const char *end = q + n, *nl;

	while (q < end && (*q == '\n' || *q == '\r'))
		q++;
	while (end > q && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
		end--;
	while (q < end) {
		nl = memchr(q, '\n', (size_t)(end - q));
		if (!nl)
			nl = end;
		if (*q == '>')
			q += q + 1 < nl && q[1] == ' ' ? 2 : 1;
		if (out->len)
			g_string_append_c(out, '\n');
		g_string_append_len(out, q, nl - q);
		q = nl < end ? nl + 1 : end;
	}
	return g_string_free(out, FALSE);
}

static void
add_reaction(json_t *list, const char *who, size_t wn, const char *emoji, size_t en)
{
	json_t *r = json_object();
	char *w = g_strndup(who, wn), *e = g_strndup(emoji, en);

	wn = text_trim(w, wn);
	en = text_trim(e, en);
	json_object_set_new(r, "from", party_label(w, wn));
	json_object_set_new(r, "emoji", text_json(e, en));
	json_array_append_new(list, r);
	g_free(w);
	g_free(e);
}

static void
finish_rec(struct sig *s, json_t *rec, json_t *errs, int last)
{
	if (last && s->chat->problem)
		note(&errs, "the export ends early (%s); this message may be cut off",
		    s->chat->problem);
	if (errs)
		json_object_set_new(rec, "errors", errs);
	rd_emit(s->rd, rec);
	json_decref(rec);
}

/* The markdown form ------------------------------------------------------- */

struct hdr {
	int y, mo, d, H, M, S;	/* S -1: no seconds */
	int comma;
	size_t sender, sender_len;	/* in the line */
	size_t rest;		/* where the text starts */
};

static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
parse_hdr(const char *s, size_t n, struct hdr *h)
{
	size_t i;
	const char *c;

	if (n < 19 || s[0] != '[' || s[5] != '-' || s[8] != '-')
		return 0;
	h->y = digits(s + 1, 4);
	h->mo = digits(s + 6, 2);
	h->d = digits(s + 9, 2);
	i = 11;
	h->comma = s[i] == ',';
	if (h->comma)
		i++;
	if (i + 7 > n || s[i] != ' ' || s[i + 3] != ':')
		return 0;
	h->H = digits(s + i + 1, 2);
	h->M = digits(s + i + 4, 2);
	i += 6;
	h->S = -1;
	if (s[i] == ':') {
		if (i + 3 > n)
			return 0;
		h->S = digits(s + i + 1, 2);
		if (h->S < 0 || h->S > 59)
			return 0;
		i += 3;
	}
	if (h->y < 1990 || h->mo < 1 || h->mo > 12 || h->d < 1 || h->d > 31 ||
	    h->H < 0 || h->H > 23 || h->M < 0 || h->M > 59 ||
	    i + 2 > n || s[i] != ']' || s[i + 1] != ' ')
		return 0;
	i += 2;
	h->sender = i;
	c = g_strstr_len(s + i, (gssize)(n - i), ": ");
	if (c) {
		h->sender_len = (size_t)(c - s) - i;
		h->rest = (size_t)(c - s) + 2;
	} else if (s[n - 1] == ':') {
		/* "Name:" with the spaces after it trimmed */
		h->sender_len = n - 1 - i;
		h->rest = n;
	} else
		return 0;
	return h->sender_len > 0;
}

/* Is the form of h that of the file's first header (comma, seconds)? */
static int
same_form(const struct hdr *a, const struct hdr *b)
{
	return a->comma == b->comma && (a->S < 0) == (b->S < 0);
}

/*
 * Takes the attachment links off the end of body, last first: a link is
 * "[name](target)" or "![name](target)" pointing into media/ or at an
 * exported sticker.  Returns them in the message's order.
 */
static json_t *
take_links(struct sig *s, GString *b)
{
	GPtrArray *found = g_ptr_array_new();
	json_t *atts = json_array();
	size_t e, k;
	int i;

	for (;;) {
		while (b->len && (b->str[b->len - 1] == ' ' || b->str[b->len - 1] == '\t'))
			g_string_truncate(b, b->len - 1);
		if (!b->len || b->str[b->len - 1] != ')')
			break;
		e = b->len - 1;
		for (k = e; k > 0 && b->str[k - 1] != '(' && b->str[k - 1] != ')' &&
		    b->str[k - 1] != ' ' && b->str[k - 1] != '\n'; k--)
			;
		if (k < 2 || b->str[k - 1] != '(' || b->str[k - 2] != ']')
			break;
		size_t tgt = k, tgtn = e - k, close = k - 2, open;

		for (open = close; open > 0 && b->str[open - 1] != '[' &&
		    b->str[open - 1] != '\n' && b->str[open - 1] != ']'; open--)
			;
		if (open == 0 || b->str[open - 1] != '[')
			break;
		if (!(g_str_has_prefix(b->str + tgt, "./media/") ||
		    g_str_has_prefix(b->str + tgt, "media/") ||
		    g_str_has_prefix(b->str + tgt, "../exported_stickers/")))
			break;
		char *path = link_path(s->dir, b->str + tgt, tgtn);

		g_ptr_array_add(found, g_strndup(b->str + open, close - open));
		g_ptr_array_add(found, path);
		open--;
		if (open > 0 && b->str[open - 1] == '!')
			open--;
		g_string_truncate(b, open);
	}
	for (i = (int)found->len - 2; i >= 0; i -= 2) {
		const char *name = g_ptr_array_index(found, i), *path = g_ptr_array_index(found, i + 1);

		attach(s, atts, name, strlen(name), path,
		    path && strstr(path, "exported_stickers/") ? "image/webp" : NULL);
		g_free((char *)name);
		g_free((char *)path);
	}
	g_ptr_array_free(found, TRUE);
	return atts;
}

/* The last line of b, when it starts with pre and ends with post: cut off,
 * its inside returned. */
static char *
take_line(GString *b, const char *pre, const char *post)
{
	const char *nl = memrchr(b->str, '\n', b->len), *l = nl ? nl + 1 : b->str;
	size_t n = b->len - (size_t)(l - b->str), pn = strlen(pre), qn = strlen(post);
	char *in;

	if (n < pn + qn || strncmp(l, pre, pn) || strncmp(b->str + b->len - qn, post, qn))
		return NULL;
	in = g_strndup(l + pn, n - pn - qn);
	g_string_truncate(b, (size_t)(l - b->str) - (nl ? 1 : 0));
	return in;
}

static void
md_body(struct sig *s, json_t *rec, GString *b)
{
	json_t *atts = NULL, *reacts;
	char *q, *r, *st, **items, **it;
	size_t i;

	/* a quote comes first, between blank lines */
	if (g_str_has_prefix(b->str, "\n\n>") || g_str_has_prefix(b->str, "\n\r\n>")) {
		const char *p = b->str, *end = b->str + b->len, *nl;

		while (p < end && (*p == '\n' || *p == '\r'))
			p++;
		while (p < end && *p == '>') {
			nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
		}
		q = unquote(b->str, (size_t)(p - b->str));
		json_object_set_new(rec, "quote", text_json(q, strlen(q)));
		g_free(q);
		g_string_erase(b, 0, p - b->str);
		while (b->len && (b->str[0] == '\n' || b->str[0] == '\r'))
			g_string_erase(b, 0, 1);
	}
	atts = take_links(s, b);
	if ((st = take_line(b, "((", "))"))) {
		size_t n = text_trim(st, strlen(st));

		json_object_set_new(rec, "sticker", text_json(st, n));
		attach(s, atts, "", 0, NULL, "image/webp");
		g_free(st);
	}
	while (b->len && (b->str[b->len - 1] == ' ' || b->str[b->len - 1] == '\r'))
		g_string_truncate(b, b->len - 1);
	if ((r = take_line(b, "(- ", " -)"))) {
		reacts = json_array();
		items = g_strsplit(r, ", ", -1);
		for (it = items; *it; it++) {
			const char *c = strrchr(*it, ':');

			if (c)
				add_reaction(reacts, *it, (size_t)(c - *it), c + 1, strlen(c + 1));
		}
		g_strfreev(items);
		if (json_array_size(reacts))
			json_object_set_new(rec, "reactions", reacts);
		else
			json_decref(reacts);
		g_free(r);
	}
	while (b->len && strchr(" \t\r\n", b->str[b->len - 1]))
		g_string_truncate(b, b->len - 1);
	i = b->len;
	if (!strcmp(b->str, "(This message was deleted)")) {
		g_string_truncate(b, 0);
		json_object_set_new(rec, "deleted", json_true());
	} else if (i && is_call(b->str))
		json_object_set_new(rec, "kind", json_string("system"));
	json_object_set_new(rec, "text", text_json(b->str, b->len));
	if (json_array_size(atts))
		json_object_set_new(rec, "attachments", atts);
	else
		json_decref(atts);
}

static void
md_emit(struct sig *s, GPtrArray *lines, size_t first, size_t end,
    const struct hdr *h, int last)
{
	const char *l0 = g_ptr_array_index(lines, first);
	json_t *rec, *errs = NULL;
	GString *b = g_string_new(NULL);
	GDateTime *dt;
	size_t k;

	rec = chat_record("signal", "signal", s->file, (long long)first + 1, s->conv, s->title);
	if (h) {
		dt = g_date_time_new(s->rd->tz, h->y, h->mo, h->d, h->H, h->M, h->S < 0 ? 0 : h->S);
		if (dt && g_date_valid_dmy((GDateDay)h->d, (GDateMonth)h->mo, (GDateYear)h->y)) {
			rd_time(rec, dt, &errs);
		} else
			note(&errs, "invalid date in the header line");
		if (dt)
			g_date_time_unref(dt);
		set_from(rec, l0 + h->sender, h->sender_len);
		g_string_append(b, l0 + h->rest);
	} else {
		note(&errs, "text before the first message of the chat");
		g_string_append(b, l0);
	}
	for (k = first + 1; k < end; k++) {
		g_string_append_c(b, '\n');
		g_string_append(b, g_ptr_array_index(lines, k));
	}
	/* the blank line signal-export writes after each message */
	while (b->len && (b->str[b->len - 1] == '\n' || b->str[b->len - 1] == '\r'))
		g_string_truncate(b, b->len - 1);
	md_body(s, rec, b);
	if (!h)
		json_object_set_new(rec, "kind", json_string("system"));
	explicit_bzero(b->str, b->len);
	g_string_free(b, TRUE);
	finish_rec(s, rec, errs, last);
}

static void
read_md(struct sig *s)
{
	struct chat *c = s->chat;
	GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
	const char *p = c->buf, *end = c->buf + c->len, *nl;
	struct hdr form = { 0 }, h, cur = { 0 };
	size_t k, first = 0, n;
	int have_form = 0, open = 0, has_hdr = 0, bad = 0;

	if (c->len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (n && p[n - 1] == '\r')
			n--;
		if (!g_utf8_validate_len(p, n, NULL)) {
			g_ptr_array_add(lines, text_fix_utf8(p, n, NULL, NULL));
			bad = 1;
		} else
			g_ptr_array_add(lines, g_strndup(p, n));
		p = nl ? nl + 1 : end;
	}
	if (bad)
		rd_warn_at(s->rd, c->path, "invalid UTF-8, replaced by U+FFFD");
	for (k = 0; k < lines->len && !s->rd->stop; k++) {
		const char *l = g_ptr_array_index(lines, k);
		int is = parse_hdr(l, strlen(l), &h);

		if (is && !have_form) {
			form = h;
			have_form = 1;
		}
		if (is && !same_form(&h, &form))
			is = 0;		/* pasted from another chat: text */
		if (is) {
			if (open)
				md_emit(s, lines, first, k, has_hdr ? &cur : NULL, 0);
			first = k;
			cur = h;
			open = has_hdr = 1;
		} else if (!open && *l) {
			first = k;
			open = 1;
			has_hdr = 0;
		}
	}
	if (open && !s->rd->stop)
		md_emit(s, lines, first, lines->len, has_hdr ? &cur : NULL, 1);
	for (k = 0; k < lines->len; k++) {
		char *l = g_ptr_array_index(lines, k);

		explicit_bzero(l, strlen(l));
	}
	g_ptr_array_free(lines, TRUE);
}

/* The JSON form ------------------------------------------------------------ */

static const char *
jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void
json_msg(struct sig *s, const char *line, size_t n, long long pos, int last)
{
	json_error_t jerr;
	json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES, &jerr), *rec, *errs = NULL;
	json_t *atts, *a, *r;
	const char *date, *body, *quote, *sender;
	GDateTime *dt;
	GString *b;
	size_t i;

	rec = chat_record("signal", "signal-json", s->file, pos, s->conv, s->title);
	if (!json_is_object(o)) {
		/* kept as it stands: the words are still the sender's */
		note(&errs, "not a signal-export message (column %d: %s)", jerr.column, jerr.text);
		json_object_set_new(rec, "text", text_json(line, n));
		json_decref(o);
		finish_rec(s, rec, errs, last);
		return;
	}
	date = jstr(o, "date");
	dt = date ? g_date_time_new_from_iso8601(date, s->rd->tz) : NULL;
	if (dt) {
		rd_time(rec, dt, &errs);
		g_date_time_unref(dt);
	} else
		note(&errs, date ? "invalid date '%.40s'" : "no date%s", date ? date : "");
	if ((sender = jstr(o, "sender")))
		set_from(rec, sender, strlen(sender));
	quote = jstr(o, "quote");
	if (quote && *quote) {
		char *q = unquote(quote, strlen(quote));

		if (*q)
			json_object_set_new(rec, "quote", text_json(q, strlen(q)));
		g_free(q);
	}
	body = jstr(o, "body");
	b = g_string_new(body ? body : "");
	while (b->len && strchr(" \t\r\n", b->str[b->len - 1]))
		g_string_truncate(b, b->len - 1);
	if (json_is_true(json_object_get(o, "deleted")) ||
	    !strcmp(b->str, "(This message was deleted)")) {
		g_string_truncate(b, 0);
		json_object_set_new(rec, "deleted", json_true());
	} else if (json_is_true(json_object_get(o, "call")) || (b->len && is_call(b->str)))
		json_object_set_new(rec, "kind", json_string("system"));
	json_object_set_new(rec, "text", text_json(b->str, b->len));
	explicit_bzero(b->str, b->len);
	g_string_free(b, TRUE);

	/* [[name, emoji], ...] as signal-export writes them, or {name, emoji} */
	r = json_object_get(o, "reactions");
	if (json_array_size(r)) {
		json_t *list = json_array();

		json_array_foreach(r, i, a) {
			const char *who = json_is_array(a) ? json_string_value(json_array_get(a, 0)) :
			    jstr(a, "name");
			const char *emo = json_is_array(a) ? json_string_value(json_array_get(a, 1)) :
			    jstr(a, "emoji");

			if (who && emo)
				add_reaction(list, who, strlen(who), emo, strlen(emo));
		}
		json_object_set_new(rec, "reactions", list);
	}
	atts = json_array();
	r = json_object_get(o, "sticker");
	if (json_is_string(r) && *json_string_value(r)) {
		json_object_set_new(rec, "sticker", json_copy(r));
		attach(s, atts, "", 0, NULL, "image/webp");
	} else if (json_is_object(r)) {
		const char *emo = jstr(r, "emoji");

		if (emo && *emo)
			json_object_set_new(rec, "sticker", json_string(emo));
		attach(s, atts, "", 0, NULL, "image/webp");
	}
	json_array_foreach(json_object_get(o, "attachments"), i, a) {
		const char *name = jstr(a, "name"), *path = jstr(a, "path");
		char *full = path ? link_path(s->dir, path, strlen(path)) : NULL;

		attach(s, atts, name ? name : "", name ? strlen(name) : 0, full, NULL);
		g_free(full);
	}
	if (json_array_size(atts))
		json_object_set_new(rec, "attachments", atts);
	else
		json_decref(atts);
	json_decref(o);
	finish_rec(s, rec, errs, last);
}

static void
read_json(struct sig *s)
{
	struct chat *c = s->chat;
	const char *p = c->buf, *end = c->buf + c->len, *nl, *q;
	long long line = 0;
	size_t n;

	if (c->len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (p < end && !s->rd->stop) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		line++;
		for (q = p; q < p + n && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
			;
		if (q < p + n)
			json_msg(s, p, n, line, !nl || nl + 1 >= end);
		p = nl ? nl + 1 : end;
	}
}

/* ----------------------------------------------------------------------- */

/* data.json beside chat.md holds the same messages: only one is read. */
static int
json_beside(struct reader *rd, struct chat *c, const char *dir)
{
	unsigned i;

	for (i = 0; i < rd->in->chats->len; i++) {
		struct chat *o = g_ptr_array_index(rd->in->chats, i);
		const char *slash = strrchr(o->path, '/');
		size_t dn = slash ? (size_t)(slash - o->path) : 0;

		if (o != c && o->fmt == FMT_SIGNAL_JSON && dn == strlen(dir) &&
		    !strncmp(o->path, dir, dn))
			return 1;
	}
	return 0;
}

/* signal-export's own page of the chat is no attachment of any message. */
static void
own_files(struct reader *rd, const char *dir)
{
	static const char *const names[] = { "index.html", "style.css", NULL };
	const char *const *n;
	struct media *m;
	char *p, *parent = *dir ? g_path_get_dirname(dir) : NULL;

	for (n = names; *n; n++) {
		p = *dir ? g_strconcat(dir, "/", *n, NULL) : g_strdup(*n);
		if ((m = g_hash_table_lookup(rd->in->by_path, p)))
			m->refs++;
		g_free(p);
		if (parent) {
			p = strcmp(parent, ".") ? g_strconcat(parent, "/", *n, NULL) : g_strdup(*n);
			if ((m = g_hash_table_lookup(rd->in->by_path, p)))
				m->refs++;
			g_free(p);
		}
	}
	g_free(parent);
}

void
signal_read(struct reader *rd, struct chat *c)
{
	struct sig s = { .rd = rd, .chat = c };
	const char *slash = strrchr(c->path, '/');
	char *key;

	s.dir = slash ? g_strndup(c->path, (size_t)(slash - c->path)) : g_strdup("");
	own_files(rd, s.dir);
	if (c->fmt == FMT_SIGNAL && json_beside(rd, c, s.dir)) {
		g_free(s.dir);
		return;
	}
	s.file = source_file(rd, c->path);
	s.title = chat_title(rd, c->path);
	/* the chat's folder, so that chat.md and data.json are one conversation */
	key = source_file(rd, s.dir);
	text_id(s.conv, "signal", key, NULL);
	g_free(key);
	if (c->fmt == FMT_SIGNAL_JSON)
		read_json(&s);
	else
		read_md(&s);
	g_free(s.file);
	g_free(s.dir);
	g_free(s.title);
}
