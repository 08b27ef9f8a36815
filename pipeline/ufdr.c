/*
 * ufdr: the report.xml of a Cellebrite UFDR read-out (namespace
 * http://pa.cellebrite.com/report/2.0), streamed with libxml2's reader
 * so that a report of gigabytes takes the memory of one message:
 *
 *   <project>
 *     <taggedFiles><file id="..."><metadata section="File">
 *       <item name="Local Path">files\Image\x.jpg</item> ...
 *     <decodedData>
 *       <modelType type="Chat"><model type="Chat" id="..." deleted_state="Intact">
 *         <field name="Source"><value>WhatsApp</value></field>
 *         <multiModelField name="Participants"><model type="Party"> ...
 *         <multiModelField name="Messages"><model type="InstantMessage">
 *           <field name="Body"><value><![CDATA[...]]></value></field>
 *           <modelField name="From"><model type="Party"> ...
 *           <multiModelField name="Attachments"><model type="Attachment" file_id="...">
 *       <modelType type="SMS">, <modelType type="Email"> ...
 *
 * Each message is emitted as its model closes.  Attachments are looked
 * up among the input's members by the path the report gives (the
 * attachment's attachment_extracted_path, else the Local Path of the
 * tagged file its file_id names), never opened as paths.  A document
 * type declaration is refused: Cellebrite writes none, and its entities
 * are what entity bombs and external-entity reads are made of.
 */
#include <string.h>

#include <libxml/xmlreader.h>

#include "read_priv.h"
#include "text.h"

#define DEPTH_MAX	64			/* elements within elements */
#define FIELD_MAX	((size_t)8 << 20)	/* one field's text */
#define PARTS_MAX	4096			/* parties or attachments of one model */
#define FILES_MAX	4000000			/* tagged files remembered */
#define PATH_MAX_LEN	4096

enum slot {
	S_BODY, S_TIME, S_SUBJECT, S_FOLDER, S_APP, S_SOURCE, S_NAME, S_IDENT,
	S_ROLE, S_OWNER, S_FILENAME, S_CTYPE, S_EXTRACTED, S_SNIPPET, S_NSLOTS
};

static const char *const slot_names[S_NSLOTS] = {
	"Body", "TimeStamp", "Subject", "Folder", "SourceApplication", "Source",
	"Name", "Identifier", "Role", "IsPhoneOwner", "Filename", "ContentType",
	"attachment_extracted_path", "Snippet",
};

struct model {
	struct model *up;
	char *type, *id, *file_id;
	char *ctx;		/* the modelField or multiModelField it is in */
	int deleted, cut, dropped;
	GString *f[S_NSLOTS];
	char *stamp;		/* the TimeStamp's formattedTimestamp */
	struct model *from;
	GPtrArray *to, *cc, *bcc, *parties, *atts;
	/* a Chat's conversation, fixed at its first message */
	char conv[17];
	char *title;
};

enum el { EL_OTHER, EL_MODEL, EL_FIELD, EL_VALUE, EL_MFIELD, EL_FILE, EL_ITEM };

struct frame {
	enum el el;
	int slot;		/* EL_FIELD: the slot its values go to, or -1 */
	char *name;		/* EL_MFIELD: its name */
};

struct ufdr {
	struct reader *rd;
	struct member *m;
	xmlTextReaderPtr x;
	char *file;		/* source.file */
	char *dir;		/* the report's folder in the input */
	struct frame st[DEPTH_MAX];
	int depth;
	struct model *cur;	/* the innermost open model */
	int slot;		/* where text goes: a slot, -1 nowhere, -2 the Local Path */
	GString *item;
	char *file_id;		/* the tagged file being read */
	GHashTable *files;	/* tagged file id -> its Local Path, cleaned */
	int files_full;
	long long pos, chats;
	int ioerr, failed;
	char err[512];
	int errline, errcol;
};

/* Models --------------------------------------------------------------- */

static void model_free(struct model *m);

static void
list_free(GPtrArray *a)
{
	unsigned i;

	if (!a)
		return;
	for (i = 0; i < a->len; i++)
		model_free(g_ptr_array_index(a, i));
	g_ptr_array_free(a, TRUE);
}

static void
model_free(struct model *m)
{
	int i;

	if (!m)
		return;
	for (i = 0; i < S_NSLOTS; i++)
		if (m->f[i]) {
			explicit_bzero(m->f[i]->str, m->f[i]->len);
			g_string_free(m->f[i], TRUE);
		}
	model_free(m->from);
	list_free(m->to);
	list_free(m->cc);
	list_free(m->bcc);
	list_free(m->parties);
	list_free(m->atts);
	g_free(m->type);
	g_free(m->id);
	g_free(m->file_id);
	g_free(m->ctx);
	g_free(m->stamp);
	g_free(m->title);
	g_free(m);
}

static int
is(const char *s, const char *t)
{
	return s && !strcmp(s, t);
}

/* A field's text, trimmed; NULL when absent or empty. */
static const char *
val(struct model *m, enum slot s)
{
	GString *g = m ? m->f[s] : NULL;

	if (!g)
		return NULL;
	g_strstrip(g->str);
	g->len = strlen(g->str);
	return g->len ? g->str : NULL;
}

static void
add_part(struct model *up, GPtrArray **list, struct model *m)
{
	if (!*list)
		*list = g_ptr_array_new();
	if ((*list)->len >= PARTS_MAX) {
		up->dropped = 1;
		model_free(m);
		return;
	}
	g_ptr_array_add(*list, m);
}

/* Records -------------------------------------------------------------- */

/*
 * A party's address: a phone number in its E.164 form (WhatsApp's
 * "31612345678@s.whatsapp.net" too), an e-mail address as it is.
 */
static char *
address(const char *id)
{
	GString *a;
	const char *p, *at = id ? strchr(id, '@') : NULL;
	size_t digits = 0, len;
	int phone = 1;

	if (!id || !*id)
		return NULL;
	len = at && (!strcmp(at, "@s.whatsapp.net") || !strcmp(at, "@c.us")) ?
	    (size_t)(at - id) : strlen(id);
	for (p = id; p < id + len; p++) {
		if (g_ascii_isdigit(*p))
			digits++;
		else if (!(*p == ' ' || *p == '-' || *p == '(' || *p == ')' ||
		    (*p == '+' && p == id)))
			phone = 0;
	}
	if (phone && digits >= 6) {
		a = g_string_new(id[0] == '+' || len < strlen(id) ? "+" : "");
		for (p = id; p < id + len; p++)
			if (g_ascii_isdigit(*p))
				g_string_append_c(a, *p);
		return g_string_free(a, FALSE);
	}
	if (at && at > id && strchr(at + 1, '.') && !strchr(id, ' '))
		return g_strdup(id);
	return NULL;
}

static json_t *
party_of(struct model *p)
{
	const char *name = val(p, S_NAME), *id = val(p, S_IDENT);
	char *addr = address(id);
	json_t *j;

	/* an identifier that is no address (a user name) is all there is to call them */
	j = party(name ? name : addr ? NULL : id, addr);
	g_free(addr);
	return j;
}

static int
owner(struct model *p)
{
	const char *o = val(p, S_OWNER);

	return o && !g_ascii_strcasecmp(o, "true");
}

static const char *
role(struct model *p)
{
	const char *r = val(p, S_ROLE);

	return r ? r : "";
}

static void
set_parties(json_t *rec, const char *key, GPtrArray *list)
{
	json_t *a;
	unsigned i;

	if (!list || !list->len)
		return;
	a = json_array();
	for (i = 0; i < list->len; i++)
		json_array_append_new(a, party_of(g_ptr_array_index(list, i)));
	json_object_set_new(rec, key, a);
}

static void
set_time(struct ufdr *u, json_t *rec, struct model *m, json_t **errs)
{
	const char *t = val(m, S_TIME);
	GDateTime *dt = NULL;

	/* the value, with its offset; else the formatted one; else in --tz */
	if (t)
		dt = g_date_time_new_from_iso8601(t, NULL);
	if (!dt && m->stamp)
		dt = g_date_time_new_from_iso8601(g_strstrip(m->stamp), NULL);
	if (!dt && t)
		dt = g_date_time_new_from_iso8601(t, u->rd->tz);
	if (!dt) {
		if (t)
			note(errs, "invalid TimeStamp '%.60s'", t);
		else
			note(errs, "no TimeStamp in the report");
		return;
	}
	rd_time(rec, dt, errs);
	g_date_time_unref(dt);
}

/* A path the report gives, as the input's members are named. */
static struct media *
lookup(struct ufdr *u, const char *raw, json_t **errs)
{
	struct media *md = NULL;
	char *p, *full;
	int unsafe;

	if (strlen(raw) > PATH_MAX_LEN)
		return NULL;
	p = clean_path(raw, &unsafe);
	if (unsafe)
		note(errs, "attachment path '%.200s' points outside the read-out; looked for as '%.200s'",
		    raw, p);
	if (*p && *u->dir) {
		full = g_strconcat(u->dir, "/", p, NULL);
		md = g_hash_table_lookup(u->rd->in->by_path, full);
		g_free(full);
	}
	if (*p && !md)
		md = g_hash_table_lookup(u->rd->in->by_path, p);
	g_free(p);
	return md;
}

static void
attach(struct ufdr *u, json_t *list, struct model *a, json_t **errs)
{
	json_t *j = json_object();
	const char *name = val(a, S_FILENAME), *path = val(a, S_EXTRACTED);
	const char *tagged = a->file_id ? g_hash_table_lookup(u->files, a->file_id) : NULL;
	const char *type = val(a, S_CTYPE), *shown;
	struct media *md = NULL;

	if (path)
		md = lookup(u, path, errs);
	if (!md && tagged)
		md = lookup(u, tagged, errs);
	if (!name) {
		name = path ? path : tagged;
		if (name && (shown = strrchr(name, '/')))
			name = shown + 1;
		if (name && (shown = strrchr(name, '\\')))
			name = shown + 1;
	}
	if (name)
		json_object_set_new(j, "name", text_json(name, strlen(name)));
	media_json(j, md, type && strlen(type) < 96 && strchr(type, '/') ? type : NULL);
	if (!md) {
		shown = path ? path : tagged;
		if (shown)
			note(errs, "attachment '%.200s' is not in the read-out (%.200s)",
			    name ? name : "", shown);
		else if (a->file_id)
			note(errs, "attachment '%.200s' names file %.60s, which the report does not list before it",
			    name ? name : "", a->file_id);
		else
			note(errs, "attachment '%.200s' has no file in the read-out", name ? name : "");
	}
	json_array_append_new(list, j);
}

static void
chat_title(struct ufdr *u, struct model *c)
{
	const char *name = val(c, S_NAME), *src = val(c, S_SOURCE), *who;
	char num[24];
	GString *t;
	unsigned i, n = 0;

	u->chats++;
	snprintf(num, sizeof(num), "%lld", u->chats);
	text_id(c->conv, "ufdr", u->file, "Chat", c->id ? c->id : num, NULL);
	if (name) {
		c->title = g_strdup(name);
		return;
	}
	t = g_string_new(NULL);
	for (i = 0; c->parties && i < c->parties->len; i++) {
		struct model *p = g_ptr_array_index(c->parties, i);

		if (owner(p) || !(who = val(p, S_NAME) ? val(p, S_NAME) : val(p, S_IDENT)))
			continue;
		if (n++ == 5) {
			g_string_append(t, ", …");
			break;
		}
		g_string_append_printf(t, "%s%s", t->len ? ", " : "", who);
	}
	if (!t->len)
		g_string_append_printf(t, "%s chat", src ? src : "Cellebrite");
	c->title = g_string_free(t, FALSE);
}

static void
set_app(json_t *rec, const char *app)
{
	char *a;

	if (!app)
		return;
	a = g_ascii_strdown(app, -1);
	json_object_set_new(rec, "app", text_json(a, strlen(a)));
	g_free(a);
}

/* An SMS or MMS thread is the other party. */
static struct model *
counterpart(struct model *m)
{
	unsigned i;

	if (m->from && !owner(m->from))
		return m->from;
	for (i = 0; m->parties && i < m->parties->len; i++) {
		struct model *p = g_ptr_array_index(m->parties, i);

		if (!owner(p))
			return p;
	}
	return m->to && m->to->len ? g_ptr_array_index(m->to, 0) : NULL;
}

static void
emit(struct ufdr *u, struct model *m, const char *broken)
{
	struct model *chat = m->up && is(m->up->type, "Chat") ? m->up : NULL, *cp;
	const char *body = val(m, S_BODY), *app, *who;
	char conv[17], *title = NULL, *subj = NULL, *text = NULL;
	json_t *rec, *errs = NULL, *atts;
	unsigned i;
	int mail = is(m->type, "Email");

	u->pos++;
	if (chat) {
		if (!chat->title)
			chat_title(u, chat);
		memcpy(conv, chat->conv, sizeof(conv));
		title = g_strdup(chat->title);
	} else if (mail) {
		subj = base_subject(val(m, S_SUBJECT));
		text_id(conv, "ufdr", u->file, "Email", subj, NULL);
		title = g_strdup(subj);
	} else if (is(m->type, "InstantMessage")) {
		app = val(m, S_APP) ? val(m, S_APP) : "Cellebrite";
		text_id(conv, "ufdr", u->file, "InstantMessage", app, NULL);
		title = g_strdup_printf("%s chat", app);
	} else {
		cp = counterpart(m);
		who = cp ? val(cp, S_IDENT) ? val(cp, S_IDENT) : val(cp, S_NAME) : NULL;
		text_id(conv, "ufdr", u->file, "SMS", who ? who : "", NULL);
		who = cp ? val(cp, S_NAME) ? val(cp, S_NAME) : val(cp, S_IDENT) : NULL;
		title = g_strdup_printf("%s %s", m->type, who ? who : "(onbekend)");
	}
	rec = chat_record("ufdr", "ufdr", u->file, u->pos, conv, title);
	if (mail)
		json_object_set_new(rec, "kind", json_string("email"));
	set_time(u, rec, m, &errs);

	/* SMS and MMS name their parties with a role; messages and mail by field */
	for (i = 0; m->parties && i < m->parties->len; i++) {
		struct model *p = g_ptr_array_index(m->parties, i);

		if (!g_ascii_strcasecmp(role(p), "From") && !m->from)
			m->from = p;
		else if (!g_ascii_strcasecmp(role(p), "To") || !g_ascii_strcasecmp(role(p), "Cc") ||
		    !g_ascii_strcasecmp(role(p), "Bcc")) {
			GPtrArray **l = !g_ascii_strcasecmp(role(p), "Cc") ? &m->cc :
			    !g_ascii_strcasecmp(role(p), "Bcc") ? &m->bcc : &m->to;

			if (!*l)
				*l = g_ptr_array_new();
			g_ptr_array_add(*l, p);
		} else
			continue;
		g_ptr_array_index(m->parties, i) = NULL;
	}
	if (m->from)
		json_object_set_new(rec, "from", party_of(m->from));
	set_parties(rec, "to", m->to);
	set_parties(rec, "cc", m->cc);
	set_parties(rec, "bcc", m->bcc);
	if (mail) {
		if (val(m, S_FOLDER))
			json_object_set_new(rec, "folder", text_json(val(m, S_FOLDER),
			    strlen(val(m, S_FOLDER))));
		if (val(m, S_SUBJECT))
			json_object_set_new(rec, "subject", text_json(val(m, S_SUBJECT),
			    strlen(val(m, S_SUBJECT))));
	}
	if (!body)
		body = val(m, S_SNIPPET);
	if (mail && body && (strstr(body, "<html") || strstr(body, "<HTML") ||
	    strstr(body, "<body") || strstr(body, "<div") || strstr(body, "<p>")))
		text = html_to_text(body, strlen(body));
	json_object_set_new(rec, "text", text ? text_json(text, strlen(text)) :
	    text_json(body ? body : "", body ? strlen(body) : 0));
	set_app(rec, val(m, S_APP) ? val(m, S_APP) : val(m, S_SOURCE) ? val(m, S_SOURCE) :
	    chat ? val(chat, S_SOURCE) : NULL);
	if (m->deleted)
		json_object_set_new(rec, "deleted", json_true());
	if (m->atts && m->atts->len) {
		atts = json_array();
		for (i = 0; i < m->atts->len; i++)
			attach(u, atts, g_ptr_array_index(m->atts, i), &errs);
		json_object_set_new(rec, "attachments", atts);
	}
	if (m->cut)
		note(&errs, "a field longer than %zu MiB; only its start was read", FIELD_MAX >> 20);
	if (m->dropped)
		note(&errs, "more than %d parties or attachments; the rest were not read", PARTS_MAX);
	if (broken)
		note(&errs, "the report breaks off inside this message (%s); it may be incomplete",
		    broken);
	if (errs)
		json_object_set_new(rec, "errors", errs);
	rd_emit(u->rd, rec);
	json_decref(rec);
	if (text) {
		explicit_bzero(text, strlen(text));
		g_free(text);
	}
	g_free(title);
	g_free(subj);
}

/* Is m a message of its own (not a quoted copy inside another)? */
static int
message(struct model *m)
{
	if (is(m->type, "InstantMessage"))
		return !m->up || (is(m->up->type, "Chat") && is(m->ctx, "Messages"));
	return !m->up && (is(m->type, "SMS") || is(m->type, "MMS") || is(m->type, "Email"));
}

/* A model closed: a message is emitted, a party or attachment goes to its owner. */
static void
model_end(struct ufdr *u, struct model *m)
{
	struct model *up = m->up;
	const char *c = m->ctx ? m->ctx : "";

	u->cur = up;
	if (message(m)) {
		emit(u, m, NULL);
		model_free(m);
	} else if (up && is(m->type, "Party")) {
		if (!strcmp(c, "From") && !up->from)
			up->from = m;
		else if (!strcmp(c, "To"))
			add_part(up, &up->to, m);
		else if (!strcmp(c, "Cc"))
			add_part(up, &up->cc, m);
		else if (!strcmp(c, "Bcc"))
			add_part(up, &up->bcc, m);
		else if (!strcmp(c, "Participants") || !strcmp(c, "Parties"))
			add_part(up, &up->parties, m);
		else
			model_free(m);
	} else if (up && is(m->type, "Attachment") &&
	    (!strcmp(c, "Attachments") || !strcmp(c, "Attachment")))
		add_part(up, &up->atts, m);
	else
		model_free(m);
}

/* Elements ------------------------------------------------------------- */

static char *
attr(xmlTextReaderPtr x, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(x, (const xmlChar *)name);
	char *s = v ? g_strdup((const char *)v) : NULL;

	xmlFree(v);
	return s;
}

static void
fail(struct ufdr *u, const char *msg)
{
	if (u->failed)
		return;
	u->failed = 1;
	snprintf(u->err, sizeof(u->err), "%s", msg);
	u->errline = xmlTextReaderGetParserLineNumber(u->x);
	u->errcol = xmlTextReaderGetParserColumnNumber(u->x);
}

static int
start(struct ufdr *u, const char *name)
{
	struct frame *f, *up = u->depth ? &u->st[u->depth - 1] : NULL;
	char *s;
	int i;

	if (u->depth >= DEPTH_MAX) {
		fail(u, "elements nested too deep (more than 64); not a Cellebrite report");
		return -1;
	}
	f = &u->st[u->depth++];
	f->el = EL_OTHER;
	f->slot = -1;
	f->name = NULL;
	if (!strcmp(name, "model")) {
		struct model *m = g_new0(struct model, 1);

		m->up = u->cur;
		m->type = attr(u->x, "type");
		m->id = attr(u->x, "id");
		m->file_id = attr(u->x, "file_id");
		if (up && up->el == EL_MFIELD)
			m->ctx = g_strdup(up->name);
		s = attr(u->x, "deleted_state");
		if (!s)
			s = attr(u->x, "deleted");
		m->deleted = s && !g_ascii_strcasecmp(s, "Deleted");
		g_free(s);
		u->cur = m;
		f->el = EL_MODEL;
	} else if (!strcmp(name, "field") && u->cur) {
		f->el = EL_FIELD;
		s = attr(u->x, "name");
		for (i = 0; s && i < S_NSLOTS; i++)
			if (!strcmp(s, slot_names[i]))
				f->slot = i;
		g_free(s);
	} else if (!strcmp(name, "value") && up && up->el == EL_FIELD) {
		f->el = EL_VALUE;
		u->slot = up->slot;
		if (u->slot == S_TIME && !u->cur->stamp)
			u->cur->stamp = attr(u->x, "formattedTimestamp");
	} else if (!strcmp(name, "modelField") || !strcmp(name, "multiModelField")) {
		f->el = EL_MFIELD;
		f->name = attr(u->x, "name");
	} else if (!strcmp(name, "file") && !u->cur) {
		f->el = EL_FILE;
		g_free(u->file_id);
		u->file_id = attr(u->x, "id");
	} else if (!strcmp(name, "item") && u->file_id) {
		s = attr(u->x, "name");
		if (is(s, "Local Path")) {
			f->el = EL_ITEM;
			u->slot = -2;
			g_string_truncate(u->item, 0);
		}
		g_free(s);
	}
	return 0;
}

static void
end(struct ufdr *u)
{
	struct frame *f;
	int unsafe;

	if (!u->depth)
		return;
	f = &u->st[--u->depth];
	switch (f->el) {
	case EL_MODEL:
		if (u->cur)
			model_end(u, u->cur);
		break;
	case EL_VALUE:
		u->slot = -1;
		break;
	case EL_ITEM:
		u->slot = -1;
		if (u->item->len && u->item->len <= PATH_MAX_LEN && !u->files_full) {
			if (g_hash_table_size(u->files) >= FILES_MAX) {
				u->files_full = 1;
				rd_warn_at(u->rd, u->m->path, "more than %d tagged files; the files of later ones are not looked for",
				    FILES_MAX);
			} else
				g_hash_table_replace(u->files, g_strdup(u->file_id),
				    clean_path(u->item->str, &unsafe));
		}
		break;
	case EL_FILE:
		g_free(u->file_id);
		u->file_id = NULL;
		break;
	default:
		break;
	}
	g_free(f->name);
	f->name = NULL;
}

static void
text(struct ufdr *u, const char *s, int cdata)
{
	size_t n = strlen(s), k;
	GString **g;

	if (u->slot == -1)
		return;
	/* the white space that indents the XML is not the text */
	if (!cdata && n == strspn(s, " \t\r\n"))
		return;
	if (u->slot == -2) {
		if (u->item->len + n <= PATH_MAX_LEN + 1)
			g_string_append_len(u->item, s, (gssize)n);
		return;
	}
	g = &u->cur->f[u->slot];
	if (!*g)
		*g = g_string_new(NULL);
	k = FIELD_MAX - (*g)->len;
	if (n > k) {
		n = k;
		u->cur->cut = 1;
	}
	g_string_append_len(*g, s, (gssize)n);
}

/* libxml2 ----------------------------------------------------------------- */

static int
io_read(void *ctx, char *buf, int len)
{
	struct ufdr *u = ctx;
	ssize_t r = member_read(u->rd, u->m, buf, (size_t)len);

	if (r < 0) {
		u->ioerr = 1;
		return -1;
	}
	return (int)r;
}

static int
io_close(void *ctx)
{
	(void)ctx;
	return 0;
}

static void
xml_error(void *ctx, xmlErrorPtr e)
{
	struct ufdr *u = ctx;
	char *msg;

	if (!e || e->level < XML_ERR_ERROR || u->failed)
		return;
	u->failed = 1;
	msg = g_strstrip(g_strdup(e->message ? e->message : "XML error"));
	snprintf(u->err, sizeof(u->err), "%s", msg);
	g_free(msg);
	u->errline = e->line;
	u->errcol = e->int2;
}

int
ufdr_read(struct reader *rd, struct member *m)
{
	struct ufdr u = { .rd = rd, .m = m, .slot = -1 };
	const char *slash = strrchr(m->path, '/');
	struct model *o, *msg;
	int r = 1, type;

	u.file = source_file(rd, m->path);
	u.dir = slash ? g_strndup(m->path, (size_t)(slash - m->path)) : g_strdup("");
	g_ptr_array_add(rd->in->readouts, g_strdup(u.dir));
	u.item = g_string_new(NULL);
	u.files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	/* no network, no DTD loaded, no entity substituted; libxml2's own
	 * limits on text size and depth stay on (no XML_PARSE_HUGE) */
	u.x = xmlReaderForIO(io_read, io_close, &u, u.file, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
	if (!u.x) {
		rd_warn_at(rd, m->path, "out of memory");
		r = -1;
		goto out;
	}
	xmlTextReaderSetStructuredErrorHandler(u.x, xml_error, &u);
	while (!u.failed && !rd->stop && (r = xmlTextReaderRead(u.x)) == 1) {
		type = xmlTextReaderNodeType(u.x);
		switch (type) {
		case XML_READER_TYPE_ELEMENT:
			if (start(&u, (const char *)xmlTextReaderConstLocalName(u.x)) != 0)
				break;
			if (xmlTextReaderIsEmptyElement(u.x))
				end(&u);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			end(&u);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			text(&u, (const char *)xmlTextReaderConstValue(u.x),
			    type == XML_READER_TYPE_CDATA);
			break;
		case XML_READER_TYPE_DOCUMENT_TYPE:
		case XML_READER_TYPE_ENTITY_REFERENCE:
		case XML_READER_TYPE_ENTITY:
			fail(&u, "has a document type declaration or entities; a Cellebrite report "
			    "has none (they can expand without end or read other files), so it is not read");
			break;
		default:
			break;
		}
	}
	if (r < 0 && !u.failed)
		fail(&u, "not well-formed XML");
	if (u.failed || r < 0) {
		if (u.ioerr)
			snprintf(u.err, sizeof(u.err), "%s", m->err);
		rd_warn(rd, "%s%s%s:%d:%d: %s; the rest of the report was not read", rd->in->arg,
		    *m->path ? "/" : "", m->path, u.errline, u.errcol, u.err);
		r = -1;
		/* the message it broke off in is kept, with what was read of it */
		for (msg = NULL, o = u.cur; o; o = o->up)
			if (message(o))
				msg = o;
		if (msg && !rd->stop)
			emit(&u, msg, u.err);
	} else
		r = rd->stop ? -1 : 0;
	while ((o = u.cur)) {
		u.cur = o->up;
		model_free(o);
	}
	while (u.depth)
		end(&u);
	xmlFreeTextReader(u.x);
out:
	g_hash_table_destroy(u.files);
	g_string_free(u.item, TRUE);
	g_free(u.file_id);
	g_free(u.file);
	g_free(u.dir);
	return r;
}
