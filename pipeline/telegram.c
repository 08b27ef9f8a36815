/*
 * telegram: Telegram Desktop's JSON export (result.json), of one chat
 * ({name, type, id, messages}) or of a whole account ({chats: {list}},
 * {left_chats: {list}}), each chat its own conversation.
 *
 * The export names its media by paths relative to result.json's folder
 * ("photos/photo_1@05-03-2024_14-02-11.jpg", in an account export
 * "chats/chat_001/files/x.pdf"), or says why a file is not there
 * ("(File not included. Change data exporting settings to download.)").
 * Ids derive from the file, the chat and the message's Telegram id, so a
 * reply can name the record it answers.
 */
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "text.h"

/* One chat being read. */
struct tchat {
	struct reader *rd;
	const char *file;	/* source.file */
	const char *dir;	/* result.json's folder in the input, for media */
	char *key;		/* the chat in the file: type and id, or its place */
	json_t *chat_id;	/* the chat's id as the export gives it, or NULL */
	char conv[17];
	char *title;
	GHashTable *seen;	/* Telegram message ids met in this chat */
};

static const char *
jstr(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static const char *
json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

/* A non-negative integer, also when the export writes it as a string. */
static int
jint(const json_t *v, long long *out)
{
	const char *s;
	char *end;

	if (json_is_integer(v)) {
		*out = json_integer_value(v);
		return *out >= 0 ? 0 : -1;
	}
	s = json_string_value(v);
	if (!s || !g_ascii_isdigit(*s) || strlen(s) > 18)
		return -1;
	*out = strtoll(s, &end, 10);
	return *end ? -1 : 0;
}

/* Text -------------------------------------------------------------------- */

/*
 * The text a person sees, from a string or a list of strings and entity
 * objects ({type, text, href, ...}).  A link behind words keeps both:
 * "words (url)".  -1 when v has another shape.
 */
static int
flatten(GString *out, const json_t *v)
{
	const json_t *part;
	const char *t, *href;
	size_t i;
	int rc = 0;

	if (json_is_string(v)) {
		g_string_append_len(out, json_string_value(v), (gssize)json_string_length(v));
		return 0;
	}
	if (!json_is_array(v))
		return -1;
	json_array_foreach(v, i, part) {
		if (json_is_string(part)) {
			g_string_append_len(out, json_string_value(part),
			    (gssize)json_string_length(part));
			continue;
		}
		t = jstr(part, "text");
		if (!t) {
			rc = -1;
			continue;
		}
		g_string_append(out, t);
		href = jstr(part, "href");
		if (href && *href && strcmp(href, t) && !g_strcmp0(jstr(part, "type"), "text_link"))
			g_string_append_printf(out, " (%s)", href);
	}
	return rc;
}

static void
line(GString *out, const char *s)
{
	if (out->len)
		g_string_append_c(out, '\n');
	g_string_append(out, s);
}

static void
number(GString *out, const json_t *v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	if (json_is_integer(v))
		g_string_append_printf(out, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v)) {
		/* six decimals are some 10 cm: what a map needs, without float noise */
		size_t n = strlen(g_ascii_formatd(buf, sizeof(buf), "%.6f", json_real_value(v)));

		while (n > 1 && buf[n - 1] == '0' && buf[n - 2] != '.')
			buf[--n] = '\0';
		g_string_append(out, buf);
	} else if (json_is_string(v))
		g_string_append(out, json_string_value(v));
	else
		g_string_append_c(out, '?');
}

/* Polls, contacts, places, games and invoices as the text the app shows. */
static int
extras(GString *out, const json_t *m)
{
	const json_t *v, *a, *loc;
	GString *s = g_string_new(NULL);
	const char *t;
	size_t i;
	int n = 0;

	if (json_is_object(v = json_object_get(m, "poll"))) {
		g_string_assign(s, "Poll: ");
		flatten(s, json_object_get(v, "question"));
		json_array_foreach(json_object_get(v, "answers"), i, a) {
			long long votes = -1;

			g_string_append(s, "\n- ");
			flatten(s, json_object_get(a, "text"));
			if (jint(json_object_get(a, "voters"), &votes) == 0)
				g_string_append_printf(s, " (%lld vote%s)", votes, votes == 1 ? "" : "s");
		}
		if (json_is_true(json_object_get(v, "closed")))
			g_string_append(s, "\n(closed)");
		line(out, s->str);
		n++;
	}
	if (json_is_object(v = json_object_get(m, "contact_information"))) {
		g_string_assign(s, "Contact:");
		if ((t = jstr(v, "first_name")) && *t)
			g_string_append_printf(s, " %s", t);
		if ((t = jstr(v, "last_name")) && *t)
			g_string_append_printf(s, " %s", t);
		if ((t = jstr(v, "phone_number")) && *t)
			g_string_append_printf(s, "%s %s", s->len > 8 ? "," : "", t);
		line(out, s->str);
		n++;
	}
	loc = json_object_get(m, "location_information");
	if (json_object_get(m, "place_name") || json_is_object(loc)) {
		int named = 0;

		g_string_assign(s, json_object_get(m, "live_location_period_seconds") ?
		    "Live location:" : "Location:");
		if ((t = jstr(m, "place_name")) && *t)
			g_string_append_printf(s, " %s", t), named = 1;
		if ((t = jstr(m, "address")) && *t)
			g_string_append_printf(s, "%s %s", named ? "," : "", t), named = 1;
		if (json_is_object(loc)) {
			g_string_append(s, named ? " (" : " ");
			number(s, json_object_get(loc, "latitude"));
			g_string_append(s, ", ");
			number(s, json_object_get(loc, "longitude"));
			if (named)
				g_string_append_c(s, ')');
		}
		line(out, s->str);
		n++;
	}
	if ((t = jstr(m, "game_title"))) {
		g_string_printf(s, "Game: %s", t);
		if ((t = jstr(m, "game_description")) && *t)
			g_string_append_printf(s, "\n%s", t);
		line(out, s->str);
		n++;
	}
	if (json_is_object(v = json_object_get(m, "invoice_information"))) {
		g_string_printf(s, "Invoice: %s", (t = jstr(v, "title")) ? t : "");
		if ((t = jstr(v, "description")) && *t)
			g_string_append_printf(s, "\n%s", t);
		line(out, s->str);
		n++;
	}
	g_string_free(s, TRUE);
	return n;
}

/* The names in a list ("members"), joined. */
static void
names(GString *out, const json_t *list)
{
	const json_t *v;
	size_t i;

	json_array_foreach(list, i, v) {
		if (i)
			g_string_append(out, i + 1 == json_array_size(list) ? " and " : ", ");
		g_string_append(out, json_is_string(v) ? json_string_value(v) : "Deleted Account");
	}
}

/*
 * A service message as a sentence, in the words of Telegram's English
 * interface; an action this reader does not know is named as it is.
 */
static void
action_text(GString *out, const json_t *m)
{
	const char *action = jstr(m, "action"), *actor = jstr(m, "actor");
	const char *title = jstr(m, "title"), *t, *r;
	const json_t *members = json_object_get(m, "members");
	long long secs = -1, n = -1;

	if (!actor)
		actor = json_object_get(m, "actor") ? "Deleted Account" : "Someone";
	if (!action) {
		if ((t = jstr(m, "information_text")))
			g_string_append(out, t);
		return;
	}
	if (!strcmp(action, "create_group")) {
		g_string_append_printf(out, "%s created group \"%s\"", actor, title ? title : "");
		if (json_array_size(members)) {
			g_string_append(out, " with ");
			names(out, members);
		}
	} else if (!strcmp(action, "create_channel"))
		g_string_append_printf(out, "%s created channel \"%s\"", actor, title ? title : "");
	else if (!strcmp(action, "edit_group_title"))
		g_string_append_printf(out, "%s changed the group name to \"%s\"", actor, title ? title : "");
	else if (!strcmp(action, "edit_group_photo"))
		g_string_append_printf(out, "%s changed the group photo", actor);
	else if (!strcmp(action, "delete_group_photo"))
		g_string_append_printf(out, "%s removed the group photo", actor);
	else if (!strcmp(action, "invite_members")) {
		g_string_append_printf(out, "%s added ", actor);
		names(out, members);
	} else if (!strcmp(action, "remove_members")) {
		if (json_array_size(members) == 1 &&
		    !g_strcmp0(json_string_value(json_array_get(members, 0)), actor))
			g_string_append_printf(out, "%s left the group", actor);
		else {
			g_string_append_printf(out, "%s removed ", actor);
			names(out, members);
		}
	} else if (!strcmp(action, "join_group_by_link")) {
		g_string_append_printf(out, "%s joined the group via invite link", actor);
		if ((t = jstr(m, "inviter")))
			g_string_append_printf(out, " from %s", t);
	} else if (!strcmp(action, "join_group_by_request"))
		g_string_append_printf(out, "%s was accepted into the group", actor);
	else if (!strcmp(action, "migrate_to_supergroup"))
		g_string_append_printf(out, "%s converted this group to a supergroup", actor);
	else if (!strcmp(action, "migrate_from_group"))
		g_string_append_printf(out, "Converted from the group \"%s\"", title ? title : "");
	else if (!strcmp(action, "pin_message"))
		g_string_append_printf(out, "%s pinned a message", actor);
	else if (!strcmp(action, "clear_history"))
		g_string_append_printf(out, "%s cleared the history", actor);
	else if (!strcmp(action, "take_screenshot"))
		g_string_append_printf(out, "%s took a screenshot", actor);
	else if (!strcmp(action, "joined_telegram"))
		g_string_append_printf(out, "%s joined Telegram", actor);
	else if (!strcmp(action, "phone_call")) {
		r = jstr(m, "discard_reason");
		jint(json_object_get(m, "duration_seconds"), &secs);
		if (r && !strcmp(r, "missed"))
			g_string_append_printf(out, "Missed call from %s", actor);
		else if (r && !strcmp(r, "busy"))
			g_string_append_printf(out, "Call from %s (busy)", actor);
		else if (secs >= 0)
			g_string_append_printf(out, "Call from %s (%lld:%02lld)", actor,
			    secs / 60, secs % 60);
		else
			g_string_append_printf(out, "Call from %s", actor);
		if (r && !strcmp(r, "disconnect"))
			g_string_append(out, ", disconnected");
	} else if (!strcmp(action, "group_call"))
		g_string_append_printf(out, "%s started a video chat", actor);
	else if (!strcmp(action, "invite_to_group_call")) {
		g_string_append_printf(out, "%s invited ", actor);
		names(out, members);
		g_string_append(out, " to the video chat");
	} else if (!strcmp(action, "set_messages_ttl")) {
		if (jint(json_object_get(m, "period"), &n) == 0 && n > 0)
			g_string_append_printf(out, "%s set messages to auto-delete after %lld s",
			    actor, n);
		else
			g_string_append_printf(out, "%s turned off auto-delete", actor);
	} else if (!strcmp(action, "edit_chat_theme"))
		g_string_append_printf(out, "%s changed the chat theme", actor);
	else if (!strcmp(action, "topic_created"))
		g_string_append_printf(out, "%s created the topic \"%s\"", actor, title ? title : "");
	else if (!strcmp(action, "topic_edit") && (t = jstr(m, "new_title")))
		g_string_append_printf(out, "%s renamed the topic to \"%s\"", actor, t);
	else if (!strcmp(action, "set_chat_wallpaper"))
		g_string_append_printf(out, "%s set a new wallpaper", actor);
	else if (!strcmp(action, "send_payment"))
		g_string_append(out, "Payment sent");
	else {
		char *words = g_strdelimit(g_strdup(action), "_", ' ');

		g_string_append_printf(out, "%s: %s", actor, words);
		g_free(words);
	}
}

/* Time -------------------------------------------------------------------- */

static void
set_time(struct tchat *tc, json_t *rec, const json_t *m, json_t **errs)
{
	const json_t *u = json_object_get(m, "date_unixtime");
	const char *d = jstr(m, "date");
	GDateTime *dt = NULL, *utc;
	long long secs;
	int y, mo, day, H, M, S, end = -1;

	if (u && jint(u, &secs) == 0 && (utc = g_date_time_new_from_unix_utc(secs))) {
		dt = g_date_time_to_timezone(utc, tc->rd->tz);
		g_date_time_unref(utc);
	} else if (u)
		note(errs, "date_unixtime is not a count of seconds; date read instead");
	/* the exporting computer's local time, without a zone */
	if (!dt && d && sscanf(d, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &day, &H, &M, &S, &end) == 6 &&
	    end == (int)strlen(d) && mo >= 1 && mo <= 12 &&
	    g_date_valid_dmy((GDateDay)day, (GDateMonth)mo, (GDateYear)y) && H < 24 && M < 60 && S < 60)
		dt = g_date_time_new(tc->rd->tz, y, mo, day, H, M, S);
	if (!dt) {
		if (d)
			note(errs, "no time: date '%.40s' is not a date and time", d);
		else
			note(errs, "no time: the message has no date");
		return;
	}
	rd_time(rec, dt, errs);
	g_date_time_unref(dt);
}

/* Media ------------------------------------------------------------------- */

/* The export's words for a file it does not hold. */
static int
not_included(const char *s)
{
	size_t n = strlen(s);

	return n > 6 && s[n - 1] == ')' && (strstr(s, "(File ") || strstr(s, "(Photo "));
}

static const char *
media_mime(const json_t *m)
{
	const char *t = jstr(m, "media_type");

	if (!t)
		return NULL;
	if (!strcmp(t, "sticker"))
		return "image/webp";
	if (!strcmp(t, "voice_message"))
		return "audio/ogg";
	if (!strcmp(t, "audio_file"))
		return "audio/mpeg";
	if (!strcmp(t, "video_file") || !strcmp(t, "video_message") || !strcmp(t, "animation"))
		return "video/mp4";
	return NULL;
}

/*
 * Appends the file at path (relative to result.json's folder) to list:
 * from the store when the input holds it, else with missing: true.
 * name is what the sender called the file, if the export says.  A file
 * the export only may have (a thumbnail, a vCard) is added when present.
 */
static void
attach(struct tchat *tc, json_t *list, const char *path, const char *name,
    const char *type, int optional)
{
	json_t *a;
	struct media *me = NULL;
	const char *base;

	if (path && *path && !not_included(path))
		me = media_find(tc->rd->in, tc->dir, path);
	else
		path = NULL;
	if (!me && optional)
		return;
	if (!name && path) {
		base = strrchr(path, '/');
		name = base ? base + 1 : path;
	}
	a = json_object();
	if (name && *name)
		json_object_set_new(a, "name", text_json(name, strlen(name)));
	media_json(a, me, type);
	json_array_append_new(list, a);
}

static void
media(struct tchat *tc, json_t *list, const json_t *m)
{
	const json_t *v;
	const char *mime;

	if ((v = json_object_get(m, "photo")) && !json_is_null(v))
		attach(tc, list, json_string_value(v), NULL, "image/jpeg", 0);
	if ((v = json_object_get(m, "file")) && !json_is_null(v)) {
		mime = jstr(m, "mime_type");
		attach(tc, list, json_string_value(v), jstr(m, "file_name"),
		    mime ? mime : media_mime(m), 0);
		attach(tc, list, jstr(m, "thumbnail"), NULL, NULL, 1);
	}
	attach(tc, list, jstr(m, "contact_vcard"), NULL, "text/vcard", 1);
}

/* Messages ---------------------------------------------------------------- */

static json_t *
sender(const json_t *m, const char *namekey, const char *idkey)
{
	const json_t *nv = json_object_get(m, namekey), *iv = json_object_get(m, idkey);
	char *name = NULL, idbuf[24];
	const char *addr = json_string_value(iv);
	json_t *p;
	size_t n;

	if (!nv && !iv)
		return NULL;
	if (json_is_string(nv)) {
		name = g_strdup(json_string_value(nv));
		n = text_trim(name, text_clean_marks(name, strlen(name)));
		name[n] = '\0';
	}
	if (json_is_integer(iv)) {
		snprintf(idbuf, sizeof(idbuf), "%lld", (long long)json_integer_value(iv));
		addr = idbuf;
	}
	p = party(name, addr);
	g_free(name);
	if (!json_object_size(p)) {
		json_decref(p);
		return NULL;
	}
	return p;
}

/* The fields a message has besides its content. */
static int
plain_field(const char *k)
{
	static const char *const plain[] = {
		"id", "type", "date", "date_unixtime", "edited", "edited_unixtime",
		"from", "from_id", "author", "forwarded_from", "forwarded_from_id",
		"saved_from", "reply_to_message_id", "reply_to_peer_id", "via_bot",
		"text", "text_entities", "reactions", "inline_bot_buttons", NULL
	};
	const char *const *p;

	for (p = plain; *p; p++)
		if (!strcmp(*p, k))
			return 1;
	return 0;
}

static void
msg_id(struct tchat *tc, char out[17], const char *key)
{
	text_id(out, "telegram", tc->file, tc->key, key, NULL);
}

static void
read_msg(struct tchat *tc, const json_t *m, size_t idx)
{
	json_t *rec, *errs = NULL, *atts = json_array(), *from, *v;
	GString *text = g_string_new(NULL);
	char key[32], id[17];
	const char *type = NULL, *k;
	long long tgid = -1, reply;
	int service = 0, known;

	if (json_is_object(m) && jint(json_object_get(m, "id"), &tgid) == 0 &&
	    !g_hash_table_contains(tc->seen, &tgid))
		snprintf(key, sizeof(key), "%lld", tgid);
	else
		snprintf(key, sizeof(key), "#%zu", idx + 1);
	rec = chat_record("telegram", "telegram", tc->file, tgid >= 0 ? tgid : (long long)idx + 1,
	    tc->conv, tc->title);
	msg_id(tc, id, key);
	json_object_set_new(rec, "id", json_string(id));
	if (tc->chat_id)
		json_object_set(json_object_get(rec, "source"), "chat", tc->chat_id);

	if (!json_is_object(m)) {
		/* kept as it stands, so that nothing of it is lost */
		note(&errs, "message %zu of the chat is %s, not an object", idx + 1, json_kind(m));
		if (json_is_string(m))
			g_string_append(text, json_string_value(m));
		else if (!json_is_null(m)) {
			char *dump = json_dumps(m, JSON_COMPACT | JSON_ENCODE_ANY);

			g_string_append(text, dump ? dump : "");
			free(dump);
		}
		goto out;
	}
	if (tgid < 0)
		note(&errs, "no Telegram message id; told apart by its place in the chat (%zu)", idx + 1);
	else if (key[0] == '#')
		note(&errs, "message id %lld appears more than once in the chat; this one is told apart by its place (%zu)",
		    tgid, idx + 1);
	else
		g_hash_table_add(tc->seen, g_memdup2(&tgid, sizeof(tgid)));

	type = jstr(m, "type");
	if (!type)
		note(&errs, "no message type; read as a message");
	else if (!strcmp(type, "service"))
		service = 1;
	else if (!strcmp(type, "unsupported"))
		note(&errs, "Telegram Desktop could not export this message (type unsupported)");
	else if (strcmp(type, "message"))
		note(&errs, "unknown message type '%.40s'; read as a message", type);
	set_time(tc, rec, m, &errs);

	from = service ? sender(m, "actor", "actor_id") : sender(m, "from", "from_id");
	if (from)
		json_object_set_new(rec, "from", from);
	if (!service && (v = json_object_get(m, "forwarded_from")))
		json_object_set_new(rec, "forwarded_from", json_is_string(v) ?
		    json_incref(v) : json_string(""));
	if (jint(json_object_get(m, "reply_to_message_id"), &reply) == 0 &&
	    !json_object_get(m, "reply_to_peer_id")) {
		snprintf(key, sizeof(key), "%lld", reply);
		msg_id(tc, id, key);
		json_object_set_new(rec, "reply_to", json_string(id));
	}

	if (service)
		action_text(text, m);
	if (!(v = json_object_get(m, "text")))
		v = json_object_get(m, "text_entities");
	if (v) {
		GString *t = g_string_new(NULL);

		if (json_is_string(v) || json_is_array(v)) {
			if (flatten(t, v) != 0)
				note(&errs, "a part of the text has no text; left out");
		} else if (!json_is_null(v)) {
			char *dump = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);

			note(&errs, "text is %s, not a string or a list of parts; kept as written",
			    json_kind(v));
			g_string_append(t, dump ? dump : "");
			free(dump);
		}
		if (t->len)
			line(text, t->str);
		g_string_free(t, TRUE);
	} else if (!service && type && strcmp(type, "unsupported"))
		note(&errs, "the message has no text field");
	known = extras(text, m);
	media(tc, atts, m);
	if (!text->len && (k = jstr(m, "sticker_emoji")))
		g_string_append(text, k);

	if (!service && !text->len && !known && !json_array_size(atts)) {
		GString *other = g_string_new(NULL);
		const char *f;
		json_t *x;

		json_object_foreach((json_t *)m, f, x)
			if (!plain_field(f) && !json_is_null(x))
				g_string_append_printf(other, "%s%s", other->len ? ", " : "", f);
		if (other->len)
			note(&errs, "nothing readable: fields this reader does not know (%.200s)",
			    other->str);
		g_string_free(other, TRUE);
	}
	if (json_object_get(m, "edited") || json_object_get(m, "edited_unixtime"))
		json_object_set_new(rec, "edited", json_true());
out:
	if (service)
		json_object_set_new(rec, "kind", json_string("system"));
	json_object_set_new(rec, "text", text_json(text->str, text->len));
	if (json_array_size(atts))
		json_object_set_new(rec, "attachments", atts);
	else
		json_decref(atts);
	if (errs)
		json_object_set_new(rec, "errors", errs);
	rd_emit(tc->rd, rec);
	json_decref(rec);
	explicit_bzero(text->str, text->len);
	g_string_free(text, TRUE);
}

/* Chats ------------------------------------------------------------------- */

static char *
chat_title(const json_t *chat, const char *file, const char *idstr)
{
	const char *name = jstr(chat, "name"), *type = jstr(chat, "type"), *base;
	char *t, *dot;

	if (name && *name)
		return g_strdup(name);
	if (type && !strcmp(type, "saved_messages"))
		return g_strdup("Saved Messages");
	if (type && !strcmp(type, "replies"))
		return g_strdup("Replies");
	if (type && !strcmp(type, "verification_codes"))
		return g_strdup("Verification Codes");
	if (json_object_get(chat, "name") && type && !strcmp(type, "personal_chat"))
		return g_strdup("Deleted Account");
	if (*idstr)
		return g_strdup_printf("Telegram chat %s", idstr);
	base = strrchr(file, '/');
	t = g_strdup(base ? base + 1 : file);
	if ((dot = strrchr(t, '.')) && dot != t)
		*dot = '\0';
	return t;
}

/* Walking the file ----------------------------------------------------------
 *
 * An account export holds every chat of years in one file: parsed whole,
 * it takes six times its size.  The walk below goes through it a value at
 * a time instead: Jansson parses each message (and each small value) on
 * its own, so what is held is the file and one message.
 */

struct walk {
	struct reader *rd;
	const char *path;	/* the file in the input, for messages */
	const char *file;	/* source.file */
	const char *dir;
	const char *buf, *p, *end;
	const char *errat;	/* where the first problem is, or NULL */
	char err[160];
};

static void
wfail(struct walk *w, const char *at, const char *what)
{
	if (w->errat)
		return;
	w->errat = at;
	snprintf(w->err, sizeof(w->err), "%s", what);
}

static void
ws(struct walk *w)
{
	while (w->p < w->end && (*w->p == ' ' || *w->p == '\n' || *w->p == '\r' || *w->p == '\t'))
		w->p++;
}

/* Takes ch when it comes next. */
static int
lit(struct walk *w, char ch)
{
	ws(w);
	if (w->p < w->end && *w->p == ch) {
		w->p++;
		return 1;
	}
	return 0;
}

/* The next value, parsed by Jansson; NULL (and the problem noted) when it is not JSON. */
static json_t *
value(struct walk *w)
{
	json_error_t e;
	json_t *v;

	ws(w);
	v = json_loadb(w->p, (size_t)(w->end - w->p), JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &e);
	if (!v) {
		wfail(w, w->p + (e.position > 0 ? e.position : 0), e.text);
		return NULL;
	}
	w->p += e.position;
	return v;
}

/* Past the next value without building it (for a look ahead). */
static int
skip(struct walk *w)
{
	int depth = 0;

	ws(w);
	while (w->p < w->end) {
		char ch = *w->p++;

		if (ch == '"') {
			while (w->p < w->end && *w->p != '"')
				w->p += *w->p == '\\' ? 2 : 1;
			if (w->p >= w->end)
				break;
			w->p++;
		} else if (ch == '{' || ch == '[')
			depth++;
		else if (ch == '}' || ch == ']')
			depth--;
		else if (!depth && (ch == ',' || ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')) {
			w->p--;
			return 0;
		}
		if (depth < 0) {
			wfail(w, w->p - 1, "unexpected end of a list or object");
			return -1;
		}
		if (!depth && (ch == '"' || ch == '}' || ch == ']'))
			return 0;
	}
	w->p = w->end;
	wfail(w, w->end, "the file ends inside a value");
	return -1;
}

/* After a member of an object or list: more (1), its end (0), or a problem (-1). */
static int
next(struct walk *w, char close)
{
	if (lit(w, ','))
		return 1;
	if (lit(w, close))
		return 0;
	wfail(w, w->p, close == '}' ? "',' or '}' expected" : "',' or ']' expected");
	return -1;
}

/* The chat's messages, the list at the walk's place, one by one. */
static void
read_chat(struct walk *w, const json_t *head, const char *place)
{
	struct reader *rd = w->rd;
	struct tchat tc = { .rd = rd, .file = w->file, .dir = w->dir };
	const json_t *idv = json_object_get(head, "id");
	const char *type = jstr(head, "type");
	char idstr[32] = "";
	json_t *m;
	size_t i = 0;

	if (!lit(w, '[')) {
		json_decref(value(w));
		rd_warn_at(rd, w->path, "%s has no list of messages (its \"messages\" is not a list)",
		    place);
		rd->in->failed = 1;
		return;
	}
	if (json_is_integer(idv))
		snprintf(idstr, sizeof(idstr), "%lld", (long long)json_integer_value(idv));
	else if (json_is_string(idv))
		snprintf(idstr, sizeof(idstr), "%.30s", json_string_value(idv));
	tc.chat_id = *idstr ? (json_t *)idv : NULL;
	/* bare ids of users and groups may coincide: the type tells them apart */
	tc.key = *idstr ? g_strdup_printf("%s:%s", type ? type : "", idstr) : g_strdup(place);
	text_id(tc.conv, "telegram", w->file, tc.key, NULL);
	tc.title = chat_title(head, w->file, idstr);
	tc.seen = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	if (!lit(w, ']'))
		do {
			if (!(m = value(w)))
				break;
			if (!rd->stop)
				read_msg(&tc, m, i++);
			json_decref(m);
		} while (next(w, ']') > 0);
	g_hash_table_destroy(tc.seen);
	g_free(tc.title);
	g_free(tc.key);
}

static void walk_chat(struct walk *w, const char *place, int top);

/* An account export's "chats" or "left_chats": {about, list: [chat, ...]}. */
static void
walk_list(struct walk *w, const char *name)
{
	char place[64], *key;
	json_t *k, *v;
	int found = 0;
	size_t i = 0;

	if (!lit(w, '{')) {
		json_decref(value(w));
		rd_warn_at(w->rd, w->path, "\"%s\" holds no list of chats", name);
		w->rd->in->failed = 1;
		return;
	}
	if (!lit(w, '}'))
		do {
			if (!(k = value(w)))
				return;
			key = g_strdup(json_string_value(k));
			json_decref(k);
			if (!key || !lit(w, ':')) {
				wfail(w, w->p, "a key and ':' expected");
				g_free(key);
				return;
			}
			if (!strcmp(key, "list") && lit(w, '[')) {
				found = 1;
				if (!lit(w, ']'))
					do {
						snprintf(place, sizeof(place), "%s #%zu", name, ++i);
						ws(w);
						if (w->p < w->end && *w->p == '{')
							walk_chat(w, place, 0);
						else if ((v = value(w))) {
							rd_warn_at(w->rd, w->path, "%s is %s, not a chat",
							    place, json_kind(v));
							w->rd->in->failed = 1;
							json_decref(v);
						}
					} while (!w->errat && next(w, ']') > 0);
			} else
				json_decref(value(w));
			g_free(key);
		} while (!w->errat && next(w, '}') > 0);
	if (!found && !w->errat) {
		rd_warn_at(w->rd, w->path, "\"%s\" holds no list of chats", name);
		w->rd->in->failed = 1;
	}
}

/*
 * One chat ({name, type, id, messages}), or at the top an account export
 * ({..., chats, left_chats}).  Telegram writes the chat's name, type and id
 * before its messages, which are then read as they come; a file in
 * another order is looked through first.
 */
static void
walk_chat(struct walk *w, const char *place, int top)
{
	json_t *head = json_object(), *k, *v;
	const char *msgs = NULL, *lists[2] = { NULL, NULL }, *back;
	static const char *const listname[2] = { "chats", "left_chats" };
	char *key;
	int done = 0, i;

	if (!lit(w, '{')) {
		if ((v = value(w))) {
			rd_warn_at(w->rd, w->path, "JSON, but not a Telegram Desktop export (it is %s, not an object)",
			    json_kind(v));
			w->rd->in->failed = 1;
			json_decref(v);
		}
		json_decref(head);
		return;
	}
	if (!lit(w, '}'))
		do {
			if (!(k = value(w)))
				break;
			key = g_strdup(json_string_value(k));
			json_decref(k);
			if (!key || !lit(w, ':')) {
				wfail(w, w->p, "a key and ':' expected");
				g_free(key);
				break;
			}
			ws(w);
			if (!strcmp(key, "messages") && !msgs) {
				msgs = w->p;
				if (json_object_get(head, "id") && json_object_get(head, "type")) {
					read_chat(w, head, place);
					done = 1;
				} else
					skip(w);
			} else if (top && (!strcmp(key, "chats") || !strcmp(key, "left_chats"))) {
				lists[!strcmp(key, "left_chats")] = w->p;
				skip(w);
			} else if ((v = value(w))) {
				if (!strcmp(key, "name") || !strcmp(key, "type") || !strcmp(key, "id"))
					json_object_set_new(head, key, v);
				else
					json_decref(v);
			}
			g_free(key);
		} while (!w->errat && next(w, '}') > 0);
	if (top && !w->errat) {
		ws(w);
		if (w->p < w->end)
			wfail(w, w->p, "text after the export's end");
	}
	back = w->p;
	if (msgs && !done && !w->errat) {
		w->p = msgs;
		read_chat(w, head, place);
	}
	for (i = 0; i < 2 && !w->errat; i++)
		if (lists[i] && !w->rd->stop) {
			w->p = lists[i];
			walk_list(w, listname[i]);
		}
	if (top && !msgs && !lists[0] && !lists[1] && !w->errat) {
		rd_warn_at(w->rd, w->path, "JSON, but not a Telegram Desktop export (no \"messages\" or \"chats\")");
		w->rd->in->failed = 1;
	}
	if (!w->errat)
		w->p = back;
	json_decref(head);
}

void
telegram_read(struct reader *rd, struct chat *c)
{
	struct walk w = { .rd = rd, .path = c->path };
	const char *slash, *q;
	char *file, *dir;
	int line = 1, col = 0;

	if (!c->buf)
		return;		/* nothing was read; input.c said why */
	w.buf = c->buf;
	w.end = c->buf + c->len;
	if (c->len >= 3 && !memcmp(w.buf, "\xEF\xBB\xBF", 3))
		w.buf += 3;
	w.p = w.buf;
	file = source_file(rd, c->path);
	slash = strrchr(c->path, '/');
	dir = slash ? g_strndup(c->path, (size_t)(slash - c->path)) : g_strdup("");
	w.file = file;
	w.dir = dir;
	walk_chat(&w, "the chat", 1);
	if (w.errat) {
		/* the line of the problem and the characters before it on that line, as Jansson counts */
		for (q = w.buf; q < w.errat && q < w.end; q++) {
			if (*q == '\n')
				line++, col = 0;
			else if (((unsigned char)*q & 0xC0) != 0x80)
				col++;
		}
		rd_warn_at(rd, c->path, "not valid JSON, line %d, column %d: %s; the rest was not read",
		    line, col, w.err);
		rd->in->failed = 1;
	}
	g_free(dir);
	g_free(file);
}
