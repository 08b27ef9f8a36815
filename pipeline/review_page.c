/*
 * review_page: the reviewer's page, one self-contained HTML file.
 *
 * The page holds its data as JSON in a <script type="application/json">
 * block (every "<" written as \u003c, so no message can end the block),
 * its style and script inline, and a Content-Security-Policy that allows
 * exactly that style and script (by their SHA-256) and nothing from the
 * network.  The script draws every message with textContent.
 */
#include <string.h>

#include "review.h"

extern const char review_css[], review_js[];
extern const size_t review_css_len, review_js_len;

/* Messages shown around an item, before and after. */
#define CONTEXT_MSGS	2

struct review_page {
	json_t *messages;	/* id -> {from, time, text} of every message */
	GPtrArray *order;	/* struct msg_at *, in stream order */
	GHashTable *convs;	/* conversation id -> GArray of message indexes */
	GPtrArray *conv_order;	/* conversation ids (owned), in order of first item */
	GHashTable *conv_title;	/* id -> title */
	GPtrArray *extras;	/* json_t *, per item: what the page shows of it */
};

struct msg_at {
	char *id, *conv;
};

static void
msg_at_free(gpointer p)
{
	struct msg_at *m = p;

	g_free(m->id);
	g_free(m->conv);
	g_free(m);
}

static void
garray_free(gpointer p)
{
	g_array_free(p, TRUE);
}

struct review_page *
review_page_new(void)
{
	struct review_page *p = g_new0(struct review_page, 1);

	p->messages = json_object();
	p->order = g_ptr_array_new_with_free_func(msg_at_free);
	p->convs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, garray_free);
	p->conv_order = g_ptr_array_new_with_free_func(g_free);
	p->conv_title = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	p->extras = g_ptr_array_new_with_free_func((GDestroyNotify)json_decref);
	return p;
}

void
review_page_free(struct review_page *p)
{
	if (!p)
		return;
	json_decref(p->messages);
	g_ptr_array_free(p->order, TRUE);
	g_hash_table_destroy(p->convs);
	g_ptr_array_free(p->conv_order, TRUE);
	g_hash_table_destroy(p->conv_title);
	g_ptr_array_free(p->extras, TRUE);
	g_free(p);
}

/* A reason as a reviewer reads it. */
static json_t *
reason_text(const json_t *r)
{
	const char *v;

	if ((v = json_string_value(json_object_get(r, "contact"))))
		return json_sprintf("contact: %s%s%s", v, json_object_get(r, "who") ? ", " : "",
		    json_string_value(json_object_get(r, "who")) ?
		    json_string_value(json_object_get(r, "who")) : "");
	if ((v = json_string_value(json_object_get(r, "mark"))))
		return json_sprintf("gemarkeerd door de eigenaar als %s", v);
	if ((v = json_string_value(json_object_get(r, "context"))))
		return json_sprintf("volgt het gesprek: %s", v);
	if ((v = json_string_value(json_object_get(r, "note"))))
		return json_string(v);
	if ((v = json_string_value(json_object_get(r, "why"))))
		return json_string(v);
	return NULL;
}

static json_t *
reasons_of(const json_t *rec)
{
	json_t *out = json_array(), *r, *t;
	size_t i;

	json_array_foreach(json_object_get(rec, "reasons"), i, r) {
		const char *rule = json_string_value(json_object_get(r, "rule"));
		const char *match = json_string_value(json_object_get(r, "match"));

		if (rule)
			t = match ? json_sprintf("%s (\"%s\")", rule, match) : json_string(rule);
		else
			t = reason_text(r);
		if (t)
			json_array_append_new(out, t);
	}
	return out;
}

/* Why a span is proposed: its rules, and the words the learned model
 * weighed ("model.gezondheid (biopt, de uitslag)"). */
static char *
redaction_reason(const json_t *red)
{
	const char *rule = json_string_value(json_object_get(red, "rule"));
	GString *s = g_string_new(rule ? rule : "?");
	const json_t *w;
	size_t i;

	json_array_foreach(json_object_get(red, "words"), i, w)
		g_string_append_printf(s, "%s%s", i ? ", " : " (", json_string_value(w));
	if (json_array_size(json_object_get(red, "words")))
		g_string_append_c(s, ')');
	return g_string_free(s, FALSE);
}

void
review_page_add(struct review_page *p, const json_t *rec, GPtrArray *items)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	const json_t *conv = json_object_get(rec, "conversation");
	const char *cid = json_string_value(json_object_get(conv, "id"));
	const char *title = json_string_value(json_object_get(conv, "title"));
	const char *from = json_string_value(json_object_get(json_object_get(rec, "from"), "name"));
	const char *addr = json_string_value(json_object_get(json_object_get(rec, "from"), "address"));
	const char *text = json_string_value(json_object_get(rec, "text"));
	struct msg_at *m;
	GArray *in;
	guint first = items->len, i, idx;

	if (!id)
		return;
	if (!cid)
		cid = "";
	review_items(rec, items);
	{
		json_t *msg = json_pack("{s:s?,s:s?,s:s}", "from", from ? from : addr, "time",
		    json_string_value(json_object_get(rec, "time")), "text", text ? text : "");
		json_t *names = json_array(), *a;
		size_t k;

		json_array_foreach(json_object_get(rec, "attachments"), k, a)
			json_array_append_new(names, json_string(json_string_value(json_object_get(a, "name")) ?
			    json_string_value(json_object_get(a, "name")) : "(zonder naam)"));
		if (json_array_size(names))
			json_object_set(msg, "attachments", names);
		json_decref(names);
		json_object_set_new(p->messages, id, msg);
	}
	if (!(in = g_hash_table_lookup(p->convs, cid))) {
		in = g_array_new(FALSE, FALSE, sizeof(guint));
		g_hash_table_insert(p->convs, g_strdup(cid), in);
		g_hash_table_insert(p->conv_title, g_strdup(cid), g_strdup(title ? title : ""));
	}
	idx = p->order->len;
	g_array_append_val(in, idx);
	m = g_new0(struct msg_at, 1);
	m->id = g_strdup(id);
	m->conv = g_strdup(cid);
	g_ptr_array_add(p->order, m);
	for (i = first; i < items->len; i++) {
		const struct review_item *it = g_ptr_array_index(items, i);
		json_t *x = json_pack("{s:s,s:s,s:s,s:s,s:o}", "id", it->id,
		    "kind", review_kind_name(it->kind), "record", id, "proposal", it->proposal,
		    "reasons", reasons_of(rec));

		if (it->kind == ITEM_REDACT) {
			const json_t *red = json_array_get(json_object_get(rec, "redactions"),
			    (size_t)it->redaction);
			const char *field = json_string_value(json_object_get(red, "field"));
			const char *s = field ? json_string_value(json_object_get(rec, field)) : text;
			size_t n = s ? strlen(s) : 0;
			size_t a = (size_t)json_integer_value(json_object_get(red, "start"));
			size_t b = (size_t)json_integer_value(json_object_get(red, "end"));
			char *why;

			if (b > n)
				b = n;
			if (a > b)
				a = b;
			json_object_set_new(x, "category", json_object_get(red, "category") ?
			    json_copy(json_object_get(red, "category")) : json_string("?"));
			json_object_set_new(x, "ground", json_object_get(red, "ground") ?
			    json_copy(json_object_get(red, "ground")) : json_string("?"));
			json_object_set_new(x, "segments", json_pack("[s%,s%,s%]", s ? s : "", a,
			    s ? s + a : "", b - a, s ? s + b : "", n - b));
			/* the page shows the message as it is, with the span marked */
			why = redaction_reason(red);
			json_object_set_new(x, "reasons", json_pack("[s]", why));
			g_free(why);
		}
		json_object_set_new(x, "position", json_integer(idx));
		g_ptr_array_add(p->extras, x);
	}
}

static json_t *
neighbours(struct review_page *p, const char *cid, guint idx, int after)
{
	GArray *in = g_hash_table_lookup(p->convs, cid);
	json_t *out = json_array();
	guint k, at = 0;
	int n = 0;

	for (k = 0; k < in->len; k++)
		if (g_array_index(in, guint, k) == idx)
			at = k;
	if (after) {
		for (k = at + 1; k < in->len && n < CONTEXT_MSGS; k++, n++)
			json_array_append_new(out, json_string(((struct msg_at *)g_ptr_array_index(p->order,
			    g_array_index(in, guint, k)))->id));
	} else {
		for (k = at; k-- > 0 && n < CONTEXT_MSGS; n++)
			json_array_insert_new(out, 0, json_string(((struct msg_at *)g_ptr_array_index(
			    p->order, g_array_index(in, guint, k)))->id));
	}
	return out;
}

/* The script's hash for the Content-Security-Policy: 'sha256-BASE64'. */
static char *
csp_hash(const char *s, size_t n)
{
	GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
	guint8 d[32];
	gsize dn = sizeof(d);
	char *b64, *r;

	g_checksum_update(c, (const guchar *)s, (gssize)n);
	g_checksum_get_digest(c, d, &dn);
	g_checksum_free(c);
	b64 = g_base64_encode(d, dn);
	r = g_strdup_printf("'sha256-%s'", b64);
	g_free(b64);
	return r;
}

char *
review_page_html(struct review_page *p, GPtrArray *items, const char *digest,
    const char *prepared_by)
{
	json_t *data, *convs = json_array(), *needed = json_object(), *c, *x;
	GHashTable *conv_json = g_hash_table_new(g_str_hash, g_str_equal);
	GDateTime *now = g_date_time_new_now_utc();
	char *at = g_date_time_format(now, "%Y-%m-%d %H:%M UTC"), *text, *css_h, *js_h;
	GString *html = g_string_new(NULL), *safe = g_string_new(NULL);
	const char *s;
	size_t i, k, j;
	json_t *ids;

	for (i = 0; i < items->len; i++) {
		const struct review_item *it = g_ptr_array_index(items, i);
		const struct msg_at *m;
		guint idx;

		x = json_deep_copy(g_ptr_array_index(p->extras, i));
		idx = (guint)json_integer_value(json_object_get(x, "position"));
		json_object_del(x, "position");
		m = g_ptr_array_index(p->order, idx);
		json_object_set_new(x, "before", neighbours(p, m->conv, idx, 0));
		json_object_set_new(x, "after", neighbours(p, m->conv, idx, 1));
		json_object_set_new(needed, it->record, json_true());
		for (k = 0; k < 2; k++)
			json_array_foreach(json_object_get(x, k ? "after" : "before"), j, ids)
				json_object_set_new(needed, json_string_value(ids), json_true());
		if (!(c = g_hash_table_lookup(conv_json, m->conv))) {
			c = json_pack("{s:s,s:s,s:[]}", "id", m->conv, "title",
			    (const char *)g_hash_table_lookup(p->conv_title, m->conv), "items");
			json_array_append_new(convs, c);
			g_hash_table_insert(conv_json, m->conv, c);
		}
		json_array_append_new(json_object_get(c, "items"), x);
	}
	/* only the messages the page shows */
	data = json_pack("{s:s,s:s,s:s,s:o,s:{}}", "digest", digest, "prepared_by", prepared_by,
	    "prepared_at", at, "conversations", convs, "messages");
	{
		const char *key;
		json_t *v;

		json_object_foreach(needed, key, v)
			json_object_set(json_object_get(data, "messages"), key,
			    json_object_get(p->messages, key));
	}
	text = json_dumps(data, JSON_COMPACT);
	for (s = text; *s; s++)
		if (*s == '<')
			g_string_append(safe, "\\u003c");
		else
			g_string_append_c(safe, *s);
	css_h = csp_hash(review_css, review_css_len);
	js_h = csp_hash(review_js, review_js_len);
	g_string_append_printf(html, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	    "script-src %s; style-src %s; img-src 'none'; connect-src 'none'; base-uri 'none'; "
	    "form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
	    "<title>ihh – beoordelen</title>\n<style>", js_h, css_h);
	g_string_append_len(html, review_css, (gssize)review_css_len);
	g_string_append(html, "</style>\n</head>\n<body>\n<script type=\"application/json\" id=\"data\">");
	g_string_append_len(html, safe->str, (gssize)safe->len);
	g_string_append(html, "</script>\n<script>");
	g_string_append_len(html, review_js, (gssize)review_js_len);
	g_string_append(html, "</script>\n</body>\n</html>\n");
	free(text);
	g_free(css_h);
	g_free(js_h);
	g_free(at);
	g_date_time_unref(now);
	g_string_free(safe, TRUE);
	g_hash_table_destroy(conv_json);
	json_decref(needed);
	json_decref(data);
	return g_string_free(html, FALSE);
}
