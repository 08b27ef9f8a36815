/*
 * merge: several exports of one conversation into one, with what each
 * export covers (see merge.h).
 *
 * Every record read is held until the end: a chat is small beside the
 * memory of a machine that reads it, and the order of the whole is only
 * known when all is read.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "merge.h"
#include "text.h"

#define NO_TIME G_MININT64

struct entry;

static const char *entry_id(const struct entry *e);

/* One record of an input, in file order. */
struct rec {
	json_t *j;
	struct entry *e;
	unsigned input;
	gint64 t;		/* Unix seconds, NO_TIME when it has none */
};

struct input {
	char *label;
	GPtrArray *recs;	/* struct rec *, file order */
	int ok;			/* merged (not refused) */
	int prec;		/* 1, or 60 when every time is on a whole minute */
	const struct rec *first, *last;	/* earliest and latest in time */
	gint64 lo, hi;		/* the period it covers, [lo, hi) */
	size_t merged, dups, only, missing, system;
};

/* One message of the merged conversation. */
struct entry {
	GPtrArray *members;	/* struct rec *, by input, one an input */
	gint64 lo, hi;		/* the times every member allows, [lo, hi) */
	int system;
	size_t seq;		/* order of creation */
	gint64 sort;		/* milliseconds, for the order of the whole */
	int sorted;
};

struct merge {
	const struct contacts *contacts;
	GPtrArray *inputs;	/* struct input * */
	GPtrArray *entries;	/* struct entry *: creation order, then time order */
	GHashTable *index;	/* key and minute -> GPtrArray of struct entry * */
	char conv_id[17];
	char *title;
	int finished;
};

static void
rec_free(gpointer p)
{
	struct rec *r = p;

	json_decref(r->j);
	g_free(r);
}

static void
input_free(gpointer p)
{
	struct input *in = p;

	g_free(in->label);
	g_ptr_array_free(in->recs, TRUE);
	g_free(in);
}

static void
entry_free(gpointer p)
{
	struct entry *e = p;

	g_ptr_array_free(e->members, TRUE);
	g_free(e);
}

struct merge *
merge_new(const struct contacts *contacts)
{
	struct merge *m = g_new0(struct merge, 1);

	m->contacts = contacts;
	m->inputs = g_ptr_array_new_with_free_func(input_free);
	m->entries = g_ptr_array_new_with_free_func(entry_free);
	m->index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	return m;
}

void
merge_free(struct merge *m)
{
	if (!m)
		return;
	g_hash_table_destroy(m->index);
	g_ptr_array_free(m->entries, TRUE);
	g_ptr_array_free(m->inputs, TRUE);
	g_free(m->title);
	g_free(m);
}

static struct input *
current(const struct merge *m)
{
	return m->inputs->len ? m->inputs->pdata[m->inputs->len - 1] : NULL;
}

void
merge_input(struct merge *m, const char *label)
{
	struct input *in = g_new0(struct input, 1);

	in->label = g_strdup(label);
	in->recs = g_ptr_array_new_with_free_func(rec_free);
	g_ptr_array_add(m->inputs, in);
}

static const char *
sget(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static gint64
parse_time(const char *s)
{
	GDateTime *d;
	gint64 t;

	if (!s || !(d = g_date_time_new_from_iso8601(s, NULL)))
		return NO_TIME;
	t = g_date_time_to_unix(d);
	g_date_time_unref(d);
	return t;
}

void
merge_add(struct merge *m, json_t *rec)
{
	struct input *in = current(m);
	struct rec *r = g_new0(struct rec, 1);

	r->j = rec;
	r->input = m->inputs->len - 1;
	r->t = parse_time(sget(rec, "time"));
	g_ptr_array_add(in->recs, r);
}

/* Text as compared: invisible marks gone, white space and line ends one
 * space, composed the one Unicode way. */
static char *
norm_text(const char *s)
{
	char *c = g_strdup(s ? s : ""), *n, *o;

	c[text_clean_marks(c, strlen(c))] = '\0';
	n = g_utf8_normalize(c, -1, G_NORMALIZE_DEFAULT_COMPOSE);
	o = text_squeeze(n ? n : c, " \t\r\n\v\f");
	g_free(c);
	g_free(n);
	return o;
}

/*
 * The event an app notice tells of, whatever the phone's language or whose
 * phone it is: "U hebt Karim toegevoegd", "Sanne Visser added Karim" and
 * "Sanne BZK heeft +31 6 34567890 toegevoegd" are one "added".  Names are
 * left out (each phone names people its own way); the time tells events
 * apart.  NULL for a notice not known.
 */
static const char *
notice_event(const char *text)
{
	static const struct {
		const char *event;
		const char *words[6];
	} events[] = {
		{ "encryption", { "end-to-end", "versleuteld", NULL } },
		{ "created", { "aangemaakt", "groep gemaakt", " gemaakt", "created group",
		    "created this group", NULL } },
		{ "subject", { "onderwerp", "changed the subject", "changed the group name", NULL } },
		{ "icon", { "groepsafbeelding", "group's icon", "group icon", NULL } },
		{ "description", { "groepsomschrijving", "groepsbeschrijving",
		    "group description", NULL } },
		{ "settings", { "groepsinstellingen", "group settings", "group's settings", NULL } },
		{ "admin", { "beheerder", "admin", NULL } },
		{ "joined", { "uitnodigingslink", "uitnodiging", "invite link", "joined", NULL } },
		{ "added", { "toegevoegd", " added ", "added you", NULL } },
		{ "removed", { "verwijderd", " removed ", "removed you", NULL } },
		{ "left", { "verlaten", "vertrokken", " left", NULL } },
		{ "security code", { "beveiligingscode", "security code", NULL } },
		{ "number", { "telefoonnummer", "phone number", NULL } },
		{ "call", { "oproep", "gesprek", " call", NULL } },
		{ "timer", { "verdwijnende", "vervaldatum", "disappearing", "message timer", NULL } },
	};
	char *f = g_utf8_casefold(text ? text : "", -1);
	const char *ev = NULL;
	size_t i, j;

	for (i = 0; i < G_N_ELEMENTS(events) && !ev; i++)
		for (j = 0; events[i].words[j] && !ev; j++)
			if (strstr(f, events[i].words[j]))
				ev = events[i].event;
	g_free(f);
	return ev;
}

/* What must be equal for two records to be one message. */
static char *
match_key(const struct merge *m, const json_t *rec)
{
	const json_t *from = json_object_get(rec, "from");
	const char *kind = sget(rec, "kind"), *ev;
	char *who, *text;

	if (!g_strcmp0(kind, "system") && (ev = notice_event(sget(rec, "text"))))
		return g_strdup_printf("system\x1f%s", ev);
	who = contacts_who(m->contacts, sget(from, "name"), sget(from, "address"));
	text = norm_text(sget(rec, "text"));
	char *k = g_strdup_printf("%s\x1f%s\x1f%d\x1f%zu\x1f%s", kind ? kind : "", who,
	    json_is_true(json_object_get(rec, "deleted")),
	    json_array_size(json_object_get(rec, "attachments")), text);

	g_free(who);
	g_free(text);
	return k;
}

/* Two attachments known by their content that differ: not one message. */
static int
contents_differ(const struct entry *e, const json_t *rec)
{
	const json_t *atts = json_object_get(rec, "attachments"), *a;
	const struct rec *o;
	const char *h, *g;
	size_t i, j;

	json_array_foreach(atts, i, a) {
		if (!(h = sget(a, "sha256")))
			continue;
		for (j = 0; j < e->members->len; j++) {
			o = e->members->pdata[j];
			g = sget(json_array_get(json_object_get(o->j, "attachments"), i), "sha256");
			if (g && strcmp(g, h))
				return 1;
		}
	}
	return 0;
}

static void
join(struct entry *e, struct rec *r, gint64 lo, gint64 hi)
{
	g_ptr_array_add(e->members, r);
	r->e = e;
	if (lo > e->lo)
		e->lo = lo;
	if (hi < e->hi)
		e->hi = hi;
}

static void
match_one(struct merge *m, struct input *in, struct rec *r)
{
	struct entry *e, *best = NULL;
	GPtrArray *list = NULL;
	gint64 lo = r->t, hi = r->t + in->prec;
	const struct rec *last;
	char *key = NULL;
	size_t i;

	if (r->t != NO_TIME) {
		/* every time a record may stand for lies in one minute */
		char *k = match_key(m, r->j);

		key = g_strdup_printf("%s@%" G_GINT64_FORMAT, k, lo / 60 - (lo % 60 < 0));
		g_free(k);
		list = g_hash_table_lookup(m->index, key);
	}
	for (i = 0; list && i < list->len; i++) {
		e = list->pdata[i];
		last = e->members->pdata[e->members->len - 1];
		if (last->input == r->input || e->lo >= hi || lo >= e->hi || contents_differ(e, r->j))
			continue;
		if (!best || e->lo < best->lo)
			best = e;
	}
	if (best) {
		join(best, r, lo, hi);
		in->dups++;
		g_free(key);
		return;
	}
	e = g_new0(struct entry, 1);
	e->members = g_ptr_array_new();
	e->seq = m->entries->len;
	e->lo = r->t == NO_TIME ? NO_TIME : lo;
	e->hi = r->t == NO_TIME ? NO_TIME : hi;
	e->system = !g_strcmp0(sget(r->j, "kind"), "system");
	g_ptr_array_add(e->members, r);
	r->e = e;
	g_ptr_array_add(m->entries, e);
	in->merged++;
	if (key) {
		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(m->index, key, list);
			key = NULL;
		}
		g_ptr_array_add(list, e);
	}
	g_free(key);
}

int
merge_end_input(struct merge *m, char *err, size_t errlen)
{
	struct input *in = current(m);
	const char *conv = NULL, *c;
	struct rec *r;
	size_t i;

	if (!in || in->ok)
		return 0;
	if (in->recs->len == 0) {
		snprintf(err, errlen, "no messages");
		return -1;
	}
	in->prec = 60;
	for (i = 0; i < in->recs->len; i++) {
		r = in->recs->pdata[i];
		c = sget(json_object_get(r->j, "conversation"), "id");
		if (c && conv && strcmp(c, conv)) {
			snprintf(err, errlen, "more than one conversation (ihh-merge takes "
			    "one conversation an input)");
			g_ptr_array_set_size(in->recs, 0);
			return -1;
		}
		if (c)
			conv = c;
		if (r->t != NO_TIME && r->t % 60)
			in->prec = 1;
	}
	in->ok = 1;
	in->lo = G_MAXINT64;
	in->hi = G_MININT64;
	for (i = 0; i < in->recs->len; i++) {
		r = in->recs->pdata[i];
		match_one(m, in, r);
		if (!g_strcmp0(sget(r->j, "kind"), "system"))
			in->system++;
		if (r->t == NO_TIME)
			continue;
		if (r->t < in->lo)
			in->lo = r->t, in->first = r;
		if (r->t + in->prec > in->hi)
			in->hi = r->t + in->prec, in->last = r;
	}
	return 0;
}

static int
by_time(gconstpointer a, gconstpointer b)
{
	const struct entry *x = *(struct entry *const *)a, *y = *(struct entry *const *)b;
	const struct rec *rx = x->members->pdata[0], *ry = y->members->pdata[0];

	if (x->sort != y->sort)
		return x->sort < y->sort ? -1 : 1;
	if (rx->input != ry->input)
		return rx->input < ry->input ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * The order of the whole: by time; a message known only to the minute
 * goes after the one before it in its own export when that lies in the
 * same minute, so that an export's order is kept where time allows.
 */
static void
order(struct merge *m)
{
	struct entry *e;
	struct input *in;
	struct rec *r;
	gint64 prev;
	size_t i, j;

	for (i = 0; i < m->entries->len; i++) {
		e = m->entries->pdata[i];
		if (e->lo != NO_TIME && e->hi - e->lo == 1) {
			e->sort = e->lo * 1000;
			e->sorted = 1;
		}
	}
	for (i = 0; i < m->inputs->len; i++) {
		in = m->inputs->pdata[i];
		prev = NO_TIME;
		for (j = 0; j < in->recs->len; j++) {
			r = in->recs->pdata[j];
			e = r->e;
			if (!e->sorted) {
				if (e->lo == NO_TIME)
					e->sort = prev == NO_TIME ? NO_TIME : prev + 1;
				else if (prev != NO_TIME && prev + 1 > e->lo * 1000 && prev + 1 < e->hi * 1000)
					e->sort = prev + 1;
				else
					e->sort = e->lo * 1000;
				e->sorted = 1;
			}
			prev = e->sort;
		}
	}
	g_ptr_array_sort(m->entries, by_time);
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
merge_finish(struct merge *m)
{
	GPtrArray *ids = g_ptr_array_new_with_free_func(g_free);
	struct input *in;
	const char *c;
	char *joined;
	size_t i, j;

	if (m->finished)
		return;
	m->finished = 1;
	/* the merged conversation is named by those it merges, in any order */
	for (i = 0; i < m->inputs->len; i++) {
		in = m->inputs->pdata[i];
		if (!in->ok || !in->recs->len)
			continue;
		c = sget(json_object_get(((struct rec *)in->recs->pdata[0])->j, "conversation"), "id");
		if (!m->title)
			m->title = g_strdup(sget(json_object_get(((struct rec *)in->recs->pdata[0])->j,
			    "conversation"), "title"));
		for (j = 0; c && j < ids->len && strcmp(ids->pdata[j], c); j++)
			;
		if (c && j == ids->len)
			g_ptr_array_add(ids, g_strdup(c));
	}
	g_ptr_array_sort(ids, cmp_str);
	g_ptr_array_add(ids, NULL);
	joined = g_strjoinv(",", (char **)ids->pdata);
	text_id(m->conv_id, "merge", joined, NULL);
	g_free(joined);
	g_ptr_array_free(ids, TRUE);
	order(m);
}

size_t
merge_count(const struct merge *m)
{
	return m->entries->len;
}

static size_t
ok_inputs(const struct merge *m)
{
	size_t i, n = 0;

	for (i = 0; i < m->inputs->len; i++)
		n += ((struct input *)m->inputs->pdata[i])->ok;
	return n;
}

static const struct input *
input_of(const struct merge *m, const struct rec *r)
{
	return m->inputs->pdata[r->input];
}

/* The member whose time is the most precise: the first with seconds. */
static const struct rec *
precise(const struct merge *m, const struct entry *e)
{
	const struct rec *r;
	size_t i;

	for (i = 0; i < e->members->len; i++) {
		r = e->members->pdata[i];
		if (r->t != NO_TIME && input_of(m, r)->prec == 1)
			return r;
	}
	return e->members->pdata[0];
}

/* from: the person as the contacts file names them, with a number or
 * address any export gave. */
static json_t *
merged_from(const struct merge *m, const struct entry *e)
{
	const json_t *f, *base = json_object_get(((struct rec *)e->members->pdata[0])->j, "from");
	const char *name = NULL, *addr = sget(base, "address");
	json_t *out;
	size_t i;

	if (!base)
		return NULL;
	for (i = 0; i < e->members->len; i++) {
		f = json_object_get(((struct rec *)e->members->pdata[i])->j, "from");
		if (!name)
			name = contacts_name(m->contacts, sget(f, "name"), sget(f, "address"));
		if (!addr)
			addr = sget(f, "address");
	}
	if (!name)
		name = sget(base, "name");
	out = json_deep_copy(base);
	if (name)
		json_object_set_new(out, "name", json_string(name));
	if (addr)
		json_object_set_new(out, "address", json_string(addr));
	return out;
}

/* Attachment i as the export that holds its bytes has it, or NULL. */
static const json_t *
held(const struct entry *e, size_t i)
{
	const json_t *a;
	size_t j;

	for (j = 0; j < e->members->len; j++) {
		a = json_array_get(json_object_get(((struct rec *)e->members->pdata[j])->j,
		    "attachments"), i);
		if (sget(a, "sha256"))
			return a;
	}
	return NULL;
}

/* Attachments one export lacks and another holds: whatever the order. */
static size_t
filled(const struct entry *e)
{
	const json_t *atts = json_object_get(((struct rec *)e->members->pdata[0])->j,
	    "attachments");
	size_t i, j, n = 0;

	for (i = 0; i < json_array_size(atts); i++) {
		if (!held(e, i))
			continue;
		for (j = 0; j < e->members->len; j++)
			if (!sget(json_array_get(json_object_get(((struct rec *)
			    e->members->pdata[j])->j, "attachments"), i), "sha256"))
				break;
		n += j < e->members->len;
	}
	return n;
}

static void
add_source(json_t *list, const json_t *src)
{
	const json_t *s;
	size_t i;

	if (json_is_array(src))
		json_array_foreach(src, i, s)
			json_array_append_new(list, json_deep_copy(s));
	else if (src)
		json_array_append_new(list, json_deep_copy(src));
}

json_t *
merge_record(const struct merge *m, size_t i)
{
	const struct entry *e = m->entries->pdata[i];
	const struct rec *r, *base = e->members->pdata[0];
	json_t *out = json_deep_copy(base->j), *srcs = json_array(), *errs = json_array(),
	    *conv = json_object(), *v, *atts, *a;
	const char *id = entry_id(e), *s;
	size_t j, k, n;

	for (j = 0; j < e->members->len; j++) {
		r = e->members->pdata[j];
		add_source(srcs, json_object_get(r->j, "source"));
		json_array_foreach(json_object_get(r->j, "errors"), k, v) {
			for (n = 0; n < json_array_size(errs) &&
			    !json_equal(json_array_get(errs, n), v); n++)
				;
			if (n == json_array_size(errs))
				json_array_append(errs, v);
		}
	}
	/* the smallest of the members' ids: the same whatever the order of
	 * the exports, and the id of one of its sources */
	if (id)
		json_object_set_new(out, "id", json_string(id));
	json_object_set_new(out, "source", srcs);
	json_object_set_new(conv, "id", json_string(m->conv_id));
	json_object_set_new(conv, "title", json_string(m->title ? m->title : ""));
	json_object_set_new(out, "conversation", conv);
	if ((s = sget(precise(m, e)->j, "time")))
		json_object_set_new(out, "time", json_string(s));
	if ((v = merged_from(m, e)))
		json_object_set_new(out, "from", v);
	atts = json_object_get(out, "attachments");
	json_array_foreach(atts, j, a)
		if (!sget(a, "sha256") && (v = (json_t *)held(e, j)))
			json_array_set_new(atts, j, json_deep_copy(v));
	if (json_array_size(errs))
		json_object_set_new(out, "errors", errs);
	else
		json_decref(errs);
	if (e->system && e->members->len == 1 && ok_inputs(m) > 1)
		json_object_set_new(out, "per_source", json_true());
	return out;
}

/* The coverage report --------------------------------------------------------- */

/* t as RFC 3339 in the offset of the time string like. */
static json_t *
time_like(gint64 t, const char *like)
{
	GDateTime *l = like ? g_date_time_new_from_iso8601(like, NULL) : NULL, *d, *z;
	GTimeZone *tz;
	char *s;
	json_t *out;

	tz = g_time_zone_new_offset(l ? (gint32)(g_date_time_get_utc_offset(l) / G_TIME_SPAN_SECOND) : 0);
	d = g_date_time_new_from_unix_utc(t);
	z = g_date_time_to_timezone(d, tz);
	s = g_date_time_format(z, "%Y-%m-%dT%H:%M:%S%:z");
	out = json_string(s);
	g_free(s);
	g_date_time_unref(z);
	g_date_time_unref(d);
	g_time_zone_unref(tz);
	if (l)
		g_date_time_unref(l);
	return out;
}

static const char *
rtime(const struct rec *r)
{
	return r ? sget(r->j, "time") : NULL;
}

static int
by_lo(gconstpointer a, gconstpointer b)
{
	const struct input *x = *(struct input *const *)a, *y = *(struct input *const *)b;

	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static void
add_gap(json_t *gaps, gint64 lo, const char *lo_s, gint64 hi, const char *hi_s,
    gint64 from, gint64 to)
{
	json_t *f, *t;

	if (from <= to) {
		if (lo < from)
			lo = from, lo_s = NULL;
		if (hi > to)
			hi = to, hi_s = NULL;
	}
	if (lo >= hi)
		return;
	f = lo_s ? json_string(lo_s) : time_like(lo, hi_s);
	t = hi_s ? json_string(hi_s) : time_like(hi, lo_s);
	json_array_append_new(gaps, json_pack("{s:o,s:o}", "from", f, "to", t));
}

/*
 * The time ranges no input covers: between the last message of one
 * period and the first of the next, and within [from, to) when asked,
 * before the first and after the last.
 */
static json_t *
gaps(const struct merge *m, gint64 from, gint64 to)
{
	GPtrArray *sorted = g_ptr_array_new();
	json_t *out = json_array();
	const struct input *in, *reach = NULL;
	size_t i;

	for (i = 0; i < m->inputs->len; i++) {
		in = m->inputs->pdata[i];
		if (in->ok && in->first)
			g_ptr_array_add(sorted, (gpointer)in);
	}
	g_ptr_array_sort(sorted, by_lo);
	for (i = 0; i < sorted->len; i++) {
		in = sorted->pdata[i];
		if (i == 0 && from <= to)
			add_gap(out, from, NULL, in->lo, rtime(in->first), from, to);
		if (reach && in->lo > reach->hi)
			add_gap(out, reach->hi, rtime(reach->last), in->lo, rtime(in->first), from, to);
		if (!reach || in->hi > reach->hi)
			reach = in;
	}
	if (reach && from <= to)
		add_gap(out, reach->hi, rtime(reach->last), to, NULL, from, to);
	g_ptr_array_free(sorted, TRUE);
	return out;
}

/* The start of a text, to recognise a message by in the report. */
static char *
excerpt(const char *s)
{
	char *n = norm_text(s), *out;

	if (g_utf8_strlen(n, -1) <= 60)
		return n;
	*g_utf8_offset_to_pointer(n, 60) = '\0';
	out = g_strconcat(n, "…", NULL);
	g_free(n);
	return out;
}

static const char *
entry_id(const struct entry *e)
{
	const char *id = NULL, *s;
	size_t j;

	for (j = 0; j < e->members->len; j++) {
		s = sget(((struct rec *)e->members->pdata[j])->j, "id");
		if (s && (!id || strcmp(s, id) < 0))
			id = s;
	}
	return id;
}

static int
holds(const struct entry *e, unsigned input)
{
	size_t j;

	for (j = 0; j < e->members->len; j++)
		if (((struct rec *)e->members->pdata[j])->input == input)
			return 1;
	return 0;
}

static const char *
who_name(const struct merge *m, const json_t *from)
{
	const char *n = contacts_name(m->contacts, sget(from, "name"), sget(from, "address"));

	return n ? n : sget(from, "name");
}

json_t *
merge_report(const struct merge *m, long long from, long long to)
{
	json_t *rep = json_object(), *exports = json_array(), *missing = json_array(), *held_by,
	    *miss, *conv = json_object();
	const struct entry *e;
	const struct rec *r, *first = NULL, *last = NULL;
	struct input *in;
	size_t i, j, k, read = 0, dups = 0, only = 0, fill = 0, per_source = 0;
	char *ex;

	for (i = 0; i < m->inputs->len; i++) {
		in = m->inputs->pdata[i];
		in->only = in->missing = 0;
	}
	for (i = 0; i < m->entries->len; i++) {
		e = m->entries->pdata[i];
		r = e->members->pdata[0];
		fill += filled(e);
		if (e->system) {
			per_source += e->members->len == 1 && ok_inputs(m) > 1;
			continue;
		}
		if (e->members->len == 1) {
			((struct input *)m->inputs->pdata[r->input])->only++;
			only++;
		}
		if (e->lo == NO_TIME)
			continue;
		for (j = 0; j < m->inputs->len; j++) {
			in = m->inputs->pdata[j];
			if (!in->ok || !in->first || holds(e, (unsigned)j) ||
			    e->lo < in->lo || e->hi > in->hi)
				continue;
			in->missing++;
			held_by = json_array();
			for (k = 0; k < e->members->len; k++)
				json_array_append_new(held_by, json_string(
				    input_of(m, e->members->pdata[k])->label));
			ex = excerpt(sget(r->j, "text"));
			miss = json_pack("{s:s,s:s?,s:s?,s:s?,s:s?,s:s,s:o}", "input", in->label,
			    "id", entry_id(e), "time", sget(precise(m, e)->j, "time"),
			    "kind", sget(r->j, "kind"), "from", who_name(m, json_object_get(r->j, "from")),
			    "excerpt", ex, "held_by", held_by);
			g_free(ex);
			json_array_append_new(missing, miss);
		}
	}
	for (i = 0; i < m->inputs->len; i++) {
		in = m->inputs->pdata[i];
		if (!in->ok)
			continue;
		r = in->recs->len ? in->recs->pdata[0] : NULL;
		read += in->recs->len;
		dups += in->dups;
		if (in->first && (!first || in->lo < first->t))
			first = in->first;
		if (in->last && (!last || in->last->t > last->t))
			last = in->last;
		json_array_append_new(exports, json_pack(
		    "{s:s,s:s?,s:s?,s:s?,s:s?,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:s}",
		    "input", in->label,
		    "format", sget(json_object_get(r->j, "source"), "format"),
		    "conversation", sget(json_object_get(r->j, "conversation"), "title"),
		    "first", rtime(in->first), "last", rtime(in->last),
		    "read", (json_int_t)in->recs->len,
		    "messages", (json_int_t)(in->recs->len - in->system),
		    "system", (json_int_t)in->system,
		    "merged", (json_int_t)in->merged, "duplicates", (json_int_t)in->dups,
		    "only_here", (json_int_t)in->only, "missing", (json_int_t)in->missing,
		    "precision", in->prec == 1 ? "second" : "minute"));
	}
	json_object_set_new(conv, "id", json_string(m->conv_id));
	json_object_set_new(conv, "title", json_string(m->title ? m->title : ""));
	json_object_set_new(rep, "conversation", conv);
	json_object_set_new(rep, "inputs", json_integer((json_int_t)ok_inputs(m)));
	json_object_set_new(rep, "read", json_integer((json_int_t)read));
	json_object_set_new(rep, "merged", json_integer((json_int_t)m->entries->len));
	json_object_set_new(rep, "duplicates", json_integer((json_int_t)dups));
	json_object_set_new(rep, "only_one_export", json_integer((json_int_t)only));
	json_object_set_new(rep, "missing", json_integer((json_int_t)json_array_size(missing)));
	json_object_set_new(rep, "attachments_filled", json_integer((json_int_t)fill));
	json_object_set_new(rep, "system_per_source", json_integer((json_int_t)per_source));
	json_object_set_new(rep, "period", json_pack("{s:s?,s:s?}", "first", rtime(first),
	    "last", rtime(last)));
	if (from <= to)
		json_object_set_new(rep, "asked", json_pack("{s:o,s:o}",
		    "from", time_like(from, rtime(first)), "to", time_like(to, rtime(last))));
	json_object_set_new(rep, "exports", exports);
	json_object_set_new(rep, "gaps", gaps(m, from, to));
	json_object_set_new(rep, "missing_in_period", missing);
	return rep;
}

/* "2024-03-05T10:31:44+01:00" as "2024-03-05 10:31:44" (or "10:31" when
 * the export gives minutes only). */
static void
put_time_at(GString *o, const json_t *t, int minutes)
{
	const char *s = json_string_value(t);

	if (!s) {
		g_string_append(o, "-");
		return;
	}
	g_string_append_printf(o, "%.10s %.*s", s, minutes ? 5 : 8, strlen(s) > 11 ? s + 11 : "");
}

static void
put_time(GString *o, const json_t *t)
{
	put_time_at(o, t, 0);
}

static json_int_t
num(const json_t *o, const char *key)
{
	return json_integer_value(json_object_get(o, key));
}

char *
merge_report_text(const json_t *rep)
{
	GString *o = g_string_new(NULL);
	const json_t *x, *v, *h;
	size_t i, j;
	int minutes;

	g_string_append_printf(o, "Coverage of \"%s\" (conversation %s), merged from %lld export%s\n\n",
	    sget(json_object_get(rep, "conversation"), "title"),
	    sget(json_object_get(rep, "conversation"), "id"),
	    (long long)num(rep, "inputs"), num(rep, "inputs") == 1 ? "" : "s");
	g_string_append(o, "Per export: the period it covers (first and last message), what it held,\n"
	    "how much of it was new, what only it had, and what it lacks within its period.\n\n");
	json_array_foreach(json_object_get(rep, "exports"), i, x) {
		g_string_append_printf(o, "%zu. %s (%s, times to the %s)\n   ", i + 1, sget(x, "input"),
		    sget(x, "format") ? sget(x, "format") : "?", sget(x, "precision"));
		minutes = !g_strcmp0(sget(x, "precision"), "minute");
		put_time_at(o, json_object_get(x, "first"), minutes);
		g_string_append(o, " to ");
		put_time_at(o, json_object_get(x, "last"), minutes);
		g_string_append_printf(o, "\n   read %lld (%lld messages, %lld app notices) = %lld new + "
		    "%lld already in an export before it; only here: %lld; missing here: %lld\n",
		    (long long)num(x, "read"), (long long)num(x, "messages"), (long long)num(x, "system"),
		    (long long)num(x, "merged"), (long long)num(x, "duplicates"),
		    (long long)num(x, "only_here"), (long long)num(x, "missing"));
	}
	g_string_append_printf(o, "\nAll exports: read %lld = %lld merged + %lld duplicates.\n",
	    (long long)num(rep, "read"), (long long)num(rep, "merged"), (long long)num(rep, "duplicates"));
	g_string_append_printf(o, "Messages only one export holds: %lld.\n",
	    (long long)num(rep, "only_one_export"));
	g_string_append_printf(o, "Attachments missing in one export, taken from another: %lld.\n",
	    (long long)num(rep, "attachments_filled"));
	g_string_append_printf(o, "App notices only one export shows: %lld.\n",
	    (long long)num(rep, "system_per_source"));
	g_string_append(o, "\nPeriod of all exports: ");
	put_time(o, json_object_get(json_object_get(rep, "period"), "first"));
	g_string_append(o, " to ");
	put_time(o, json_object_get(json_object_get(rep, "period"), "last"));
	if ((v = json_object_get(rep, "asked"))) {
		g_string_append(o, "\nPeriod asked for: ");
		put_time(o, json_object_get(v, "from"));
		g_string_append(o, " to ");
		put_time(o, json_object_get(v, "to"));
	}
	g_string_append(o, "\n\nGaps no export covers:\n");
	json_array_foreach(json_object_get(rep, "gaps"), i, x) {
		g_string_append(o, "  ");
		put_time(o, json_object_get(x, "from"));
		g_string_append(o, " to ");
		put_time(o, json_object_get(x, "to"));
		g_string_append_c(o, '\n');
	}
	if (!json_array_size(json_object_get(rep, "gaps")))
		g_string_append(o, "  none\n");
	g_string_append(o, "\nMissing from an export within the period it covers "
	    "(possibly deleted on that phone):\n");
	json_array_foreach(json_object_get(rep, "missing_in_period"), i, x) {
		g_string_append_printf(o, "  %s lacks %s of ", sget(x, "input"), sget(x, "id"));
		put_time(o, json_object_get(x, "time"));
		g_string_append_printf(o, ", %s: \"%s\" (held by ", sget(x, "from") ? sget(x, "from") : "-",
		    sget(x, "excerpt"));
		json_array_foreach(json_object_get(x, "held_by"), j, h)
			g_string_append_printf(o, "%s%s", j ? ", " : "", json_string_value(h));
		g_string_append(o, ")\n");
	}
	if (!json_array_size(json_object_get(rep, "missing_in_period")))
		g_string_append(o, "  none\n");
	return g_string_free(o, FALSE);
}
