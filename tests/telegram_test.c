/*
 * Telegram Desktop exports: one message form per case read from memory,
 * then the fixtures end to end: a whole account, a chat handed over as a
 * zip, a damaged chat and a file that is not JSON.  Every record passes
 * stream_validate (harness records()).
 */
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <glib.h>

#include "harness.h"
#include "read.h"
#include "text.h"

#define READ(...) ((const char *const[]){ "ihh-read", __VA_ARGS__, NULL })

/* One message, in a single-chat export of its own ----------------------- */

/* arrays, not pointers: Criterion copies parameters into another process */
struct form {
	char msg[600];		/* one message object */
	char kind[8];
	char time[32];		/* "" when the record has none */
	char from[48];
	char text[200];
};

static struct form forms[] = {
	/* plain text, time from date_unixtime, shown in Amsterdam */
	{ "{\"id\":1,\"type\":\"message\",\"date\":\"2024-03-05T14:02:11\",\"date_unixtime\":\"1709643731\",\"from\":\"Jan de Vries\",\"from_id\":\"user1\",\"text\":\"Goedemorgen\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Jan de Vries", "Goedemorgen" },
	/* unixtime wins over date: the export's date is another computer's clock */
	{ "{\"id\":1,\"type\":\"message\",\"date\":\"2024-03-05T08:02:11\",\"date_unixtime\":\"1709643731\",\"from\":\"Jan\",\"text\":\"x\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Jan", "x" },
	/* only the local date: read in the reader's zone, summer time */
	{ "{\"id\":1,\"type\":\"message\",\"date\":\"2024-07-01T09:30:00\",\"from\":\"Jan\",\"text\":\"zomer\"}",
	  "chat", "2024-07-01T09:30:00+02:00", "Jan", "zomer" },
	/* entities flattened to what a person sees; a link behind words keeps its URL */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Ingrid\",\"text\":[{\"type\":\"bold\",\"text\":\"Let op\"},\": de \",{\"type\":\"text_link\",\"text\":\"nota\",\"href\":\"https://example.nl/nota\"},\" voor \",{\"type\":\"mention\",\"text\":\"@joost\"},\", zie \",{\"type\":\"link\",\"text\":\"https://rijksoverheid.nl\"},{\"type\":\"italic\",\"text\":\" vandaag\"}]}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "Let op: de nota (https://example.nl/nota) voor @joost, zie https://rijksoverheid.nl vandaag" },
	/* a text_link whose words are the URL is not doubled; mention_name, code, spoiler */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Ingrid\",\"text\":[{\"type\":\"text_link\",\"text\":\"https://a.nl\",\"href\":\"https://a.nl\"},\" \",{\"type\":\"mention_name\",\"text\":\"Joost\",\"user_id\":5},\" \",{\"type\":\"code\",\"text\":\"art. 5.1\"},\" \",{\"type\":\"spoiler\",\"text\":\"geheim\"}]}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "https://a.nl Joost art. 5.1 geheim" },
	/* no text but text_entities (an older or a trimmed export) */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Jan\",\"text_entities\":[{\"type\":\"plain\",\"text\":\"alleen entities\"}]}",
	  "chat", "2024-03-05T14:02:11+01:00", "Jan", "alleen entities" },
	/* service messages as sentences, the actor as sender */
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"actor_id\":\"user2\",\"action\":\"invite_members\",\"members\":[\"Ingrid\",\"Pieter\",null],\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Joost added Ingrid, Pieter and Deleted Account" },
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"action\":\"edit_group_title\",\"title\":\"Debat 14/3\",\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Joost changed the group name to \"Debat 14/3\"" },
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"action\":\"remove_members\",\"members\":[\"Pieter\"],\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Joost removed Pieter" },
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"action\":\"phone_call\",\"duration_seconds\":125,\"discard_reason\":\"hangup\",\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Call from Joost (2:05)" },
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"action\":\"boost_apply\",\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Joost: boost apply" },
	{ "{\"id\":1,\"type\":\"service\",\"date_unixtime\":\"1709643731\",\"actor\":\"Joost\",\"information_text\":\"Joost deed iets\",\"text\":\"\"}",
	  "system", "2024-03-05T14:02:11+01:00", "Joost", "Joost deed iets" },
	/* polls, contacts and places as the text the app shows */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Ingrid\",\"poll\":{\"question\":\"Wanneer?\",\"closed\":true,\"total_voters\":1,\"answers\":[{\"text\":\"Nu\",\"voters\":1,\"chosen\":false},{\"text\":\"Later\",\"voters\":0,\"chosen\":false}]},\"text\":\"\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "Poll: Wanneer?\n- Nu (1 vote)\n- Later (0 votes)\n(closed)" },
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Ingrid\",\"contact_information\":{\"first_name\":\"Marco\",\"last_name\":\"\",\"phone_number\":\"+31 6 98765432\"},\"text\":\"\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "Contact: Marco, +31 6 98765432" },
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Ingrid\",\"location_information\":{\"latitude\":52.0799,\"longitude\":4.3113},\"live_location_period_seconds\":900,\"text\":\"\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "Live location: 52.0799, 4.3113" },
	/* a sticker is its emoji */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"Pieter\",\"file\":\"stickers/sticker.webp\",\"media_type\":\"sticker\",\"sticker_emoji\":\"\xF0\x9F\x91\x8D\",\"text\":\"\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Pieter", "\xF0\x9F\x91\x8D" },
	/* a deleted account sends with its id only; invisible marks leave names */
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":null,\"from_id\":\"user9\",\"text\":\"hoi\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "", "hoi" },
	{ "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1709643731\",\"from\":\"\xE2\x80\x8EIngrid\xC2\xA0Smits \",\"text\":\"hoi\"}",
	  "chat", "2024-03-05T14:02:11+01:00", "Ingrid Smits", "hoi" },
	/* neither time is usable: no time, the record kept */
	{ "{\"id\":1,\"type\":\"message\",\"date\":\"gisteren\",\"from\":\"Jan\",\"text\":\"wanneer?\"}",
	  "chat", "", "Jan", "wanneer?" },
};

ParameterizedTestParameters(telegram_forms, read)
{
	return cr_make_param_array(struct form, forms, sizeof(forms) / sizeof(forms[0]));
}

ParameterizedTest(struct form *c, telegram_forms, read)
{
	struct read_opts o = { 0 };
	json_t *last = NULL;
	char err[256], *chat = g_strdup_printf("{\"name\":\"Test\",\"type\":\"private_group\",\"id\":7,\"messages\":[%s]}", c->msg);
	struct reader *r = reader_new(&o, keep_last, NULL, &last, err, sizeof(err));
	const char *from, *time;

	cr_assert(r, "%s", err);
	cr_assert_eq(reader_add_memory(r, "result.json", chat, strlen(chat)), 0, "%s", c->msg);
	cr_assert(last, "no record from %s", c->msg);
	cr_assert_str_eq(json_string_value(json_object_get(last, "kind")), c->kind, "%s", c->msg);
	time = json_string_value(json_object_get(last, "time"));
	cr_assert_str_eq(time ? time : "", c->time, "%s", c->msg);
	if (!*c->time)
		cr_assert(json_array_size(json_object_get(last, "errors")), "no error for a missing time");
	from = json_string_value(json_object_get(json_object_get(last, "from"), "name"));
	cr_assert_str_eq(from ? from : "", c->from, "%s", c->msg);
	cr_assert_str_eq(json_string_value(json_object_get(last, "text")), c->text, "%s", c->msg);
	json_decref(last);
	reader_free(r);
	g_free(chat);
}

/* Read a message at a time: the chat's keys in any order, an account's chats */

static json_t *
read_doc(const char *doc, int *rc)
{
	struct read_opts o = { 0 };
	json_t *all = json_array();
	char err[256];
	struct reader *r = reader_new(&o, keep_all, NULL, all, err, sizeof(err));

	cr_assert(r, "%s", err);
	*rc = reader_add_memory(r, "result.json", doc, strlen(doc));
	reader_free(r);
	return all;
}

#define TGMSG(id, text) "{\"id\":" #id ",\"type\":\"message\",\"date_unixtime\":\"1709643731\"," \
	"\"from\":\"Sanne\",\"from_id\":\"user1\",\"text\":\"" text "\"}"

Test(telegram, keys_in_another_order)
{
	/* the messages before the chat's id, type and name: they are looked for first */
	const char *doc = "{\"messages\": [" TGMSG(1, "eerste") ", " TGMSG(2, "tweede") "],\n"
	    " \"id\": 42, \"type\": \"personal_chat\", \"name\": \"Sanne Visser\"}";
	int rc;
	json_t *all = read_doc(doc, &rc), *r;

	cr_assert_eq(rc, 0);
	cr_assert_eq(json_array_size(all), 2);
	r = json_array_get(all, 1);
	cr_assert_str_eq(str(r, "conversation.title"), "Sanne Visser");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(r, "source"), "chat")), 42);
	cr_assert_str_eq(str(r, "text"), "tweede");
	json_decref(all);
}

Test(telegram, account_walked_chat_by_chat)
{
	/* left_chats before chats in the file: chats are still read first; a list
	 * element that is no chat is said to be one, the others read */
	const char *doc = "{\"about\": \"x\", \"personal_information\": {\"first_name\": \"Marloes\"},\n"
	    " \"left_chats\": {\"about\": \"y\", \"list\": [{\"name\": \"Oud\", \"type\": \"private_group\", \"id\": 9,"
	    " \"messages\": [" TGMSG(1, "weg") "]}]},\n"
	    " \"chats\": {\"about\": \"z\", \"list\": [7, {\"name\": \"Kabinet\", \"type\": \"private_group\", \"id\": 8,"
	    " \"messages\": [" TGMSG(1, "een") ", " TGMSG(2, "twee") "]}]}}\n";
	int rc;
	json_t *all = read_doc(doc, &rc);

	cr_assert_eq(rc, -1, "the list element that is no chat fails the input");
	cr_assert_eq(json_array_size(all), 3);
	cr_assert_str_eq(str(json_array_get(all, 0), "conversation.title"), "Kabinet");
	cr_assert_str_eq(str(json_array_get(all, 1), "text"), "twee");
	cr_assert_str_eq(str(json_array_get(all, 2), "conversation.title"), "Oud");
	json_decref(all);
}

Test(telegram, text_after_the_end)
{
	const char *doc = "{\"name\": \"K\", \"type\": \"private_group\", \"id\": 1, \"messages\": ["
	    TGMSG(1, "een") "]} {\"x\": 1}";
	int rc;
	json_t *all = read_doc(doc, &rc);

	cr_assert_eq(rc, -1);
	cr_assert_eq(json_array_size(all), 1);
	json_decref(all);
}

/* The fixtures, end to end ---------------------------------------------- */

/* The messages in an export, counted with Jansson, apart from the reader. */
static size_t
messages_in(const char *path)
{
	json_error_t e;
	json_t *root = json_load_file(path, 0, &e), *chat;
	const char *lists[] = { "chats", "left_chats" };
	size_t n = 0, i, k;

	cr_assert(root, "%s: %s", path, e.text);
	if (json_object_get(root, "messages"))
		n = json_array_size(json_object_get(root, "messages"));
	for (k = 0; k < 2; k++)
		json_array_foreach(json_object_get(json_object_get(root, lists[k]), "list"), i, chat)
			n += json_array_size(json_object_get(chat, "messages"));
	json_decref(root);
	return n;
}

static void
in_store(const char *store, const json_t *att)
{
	char *p = g_strdup_printf("%s/%s", store, str(att, "sha256"));
	struct stat sb;
	gchar *data;
	gsize len;
	char sha[65];

	cr_assert_eq(stat(p, &sb), 0, "%s not in the store", p);
	cr_assert_eq((json_int_t)sb.st_size, json_integer_value(json_object_get(att, "size")));
	cr_assert(g_file_get_contents(p, &data, &len, NULL));
	text_sha256(data, len, sha);
	cr_assert_str_eq(sha, str(att, "sha256"));
	g_free(data);
	g_free(p);
}

Test(telegram, account)
{
	char *dir = scratch("tg-account"), *store = g_strdup_printf("%s/store", dir);
	struct run r, again;
	json_t *recs, *rec, *a;
	GHashTable *convs = g_hash_table_new(g_str_hash, g_str_equal);
	size_t i, system = 0;

	recs = read_ok(&r, READ("--store", store, "fixtures/telegram/account"));
	/* every message of the file is a record */
	cr_assert_eq(json_array_size(recs), messages_in("fixtures/telegram/account/result.json"));
	cr_assert_eq(json_array_size(recs), 21);
	cr_assert(strstr(r.err, "read 21 messages (15 chat, 0 email, 6 system), 0 with errors"), "%s", r.err);
	cr_assert_null(strstr(r.err, "not named"), "every file of the export is named: %s", r.err);
	json_array_foreach(recs, i, rec) {
		cr_assert_str_eq(str(rec, "source.format"), "telegram");
		cr_assert_str_eq(str(rec, "source.file"), "account/result.json");
		cr_assert_null(json_object_get(rec, "errors"), "record %zu: errors", i);
		system += !strcmp(str(rec, "kind"), "system");
		g_hash_table_insert(convs, (char *)str(rec, "conversation.id"),
		    (char *)str(rec, "conversation.title"));
	}
	cr_assert_eq(system, 6);
	/* four chats, four conversations, titled as the app shows them */
	cr_assert_eq(g_hash_table_size(convs), 4);
	cr_assert_str_eq(str(by_pos(recs, 101), "conversation.title"), "Staf minister LNV");
	cr_assert_str_eq(str(by_pos(recs, 201), "conversation.title"), "Lotte van Dam");
	cr_assert_str_eq(str(by_pos(recs, 301), "conversation.title"), "Saved Messages");
	cr_assert_str_eq(str(by_pos(recs, 401), "conversation.title"), "Campagneteam Gelderland");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(by_pos(recs, 201), "source"), "chat")),
	    5055667788LL);

	rec = by_pos(recs, 101);
	cr_assert_str_eq(str(rec, "kind"), "system");
	cr_assert_str_eq(str(rec, "text"),
	    "Anne-Marie Verhoeven created group \"Staf minister LNV\" with Joost Bakker and Ingrid Smits");
	cr_assert_str_eq(str(by_pos(recs, 113), "text"), "Pieter de Wit left the group");
	cr_assert_str_eq(str(by_pos(recs, 205), "text"), "Missed call from Lotte van Dam");

	rec = by_pos(recs, 103);
	cr_assert_str_eq(str(rec, "text"), "Agenda dinsdag: de concept-Kamerbrief mestbeleid "
	    "(https://intranet.minlnv.nl/stukken/kb-mest-v2) staat klaar. @ingridsmits kun jij de "
	    "cijfers nalopen? Zie ook https://www.rijksoverheid.nl/onderwerpen/mest.");
	cr_assert_str_eq(str(rec, "from.name"), "Joost Bakker");
	cr_assert_str_eq(str(rec, "from.address"), "user5022334455");
	cr_assert_str_eq(str(rec, "time"), "2024-03-11T08:45:12+01:00");

	/* the PDF and its thumbnail from the export, into the store */
	a = json_object_get(by_pos(recs, 104), "attachments");
	cr_assert_eq(json_array_size(a), 2);
	cr_assert_str_eq(str(json_array_get(a, 0), "name"), "Kamerbrief mestbeleid concept v2.pdf");
	cr_assert_str_eq(str(json_array_get(a, 0), "type"), "application/pdf");
	in_store(store, json_array_get(a, 0));
	in_store(store, json_array_get(a, 1));
	a = json_object_get(by_pos(recs, 106), "attachments");
	cr_assert_str_eq(str(json_array_get(a, 0), "type"), "image/jpeg");
	in_store(store, json_array_get(a, 0));
	/* not included: named, typed, missing */
	a = json_array_get(json_object_get(by_pos(recs, 107), "attachments"), 0);
	cr_assert_str_eq(str(a, "name"), "Nota Woo-verzoek stikstofdossiers.docx");
	cr_assert_str_eq(str(a, "type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	cr_assert(json_is_true(json_object_get(a, "missing")));
	cr_assert_null(json_object_get(a, "sha256"));
	a = json_array_get(json_object_get(by_pos(recs, 111), "attachments"), 0);
	cr_assert(json_is_true(json_object_get(a, "missing")));
	cr_assert_str_eq(str(by_pos(recs, 111), "text"), "👍");

	/* replies name the record they answer; forwards their origin */
	cr_assert_str_eq(str(by_pos(recs, 105), "reply_to"), str(by_pos(recs, 104), "id"));
	cr_assert_str_eq(str(by_pos(recs, 112), "reply_to"), str(by_pos(recs, 109), "id"));
	cr_assert_str_eq(str(by_pos(recs, 202), "reply_to"), str(by_pos(recs, 201), "id"));
	cr_assert(json_is_true(json_object_get(by_pos(recs, 105), "edited")));
	cr_assert_null(json_object_get(by_pos(recs, 104), "edited"));
	cr_assert_str_eq(str(by_pos(recs, 108), "forwarded_from"), "NOS Politiek");
	cr_assert_null(json_object_get(by_pos(recs, 103), "forwarded_from"));

	/* date_unixtime in winter, the local date alone in summer */
	cr_assert_str_eq(str(by_pos(recs, 111), "time"), "2024-03-13T10:05:44+01:00");
	cr_assert_str_eq(str(by_pos(recs, 112), "time"), "2024-04-02T09:00:00+02:00");

	/* the same export read twice: the same bytes */
	run(&again, NULL, READ("fixtures/telegram/account"));
	cr_assert_str_eq(again.out, r.out);
	json_decref(recs);
	g_hash_table_destroy(convs);
	run_free(&r);
	run_free(&again);
	g_free(store);
	free(dir);
}

/* The reader's zone is for the local date only; unixtime is an instant. */
Test(telegram, zone)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("--tz", "UTC", "fixtures/telegram/account"));

	cr_assert_str_eq(str(by_pos(recs, 112), "time"), "2024-04-02T09:00:00+00:00");
	cr_assert_str_eq(str(by_pos(recs, 111), "time"), "2024-03-13T09:05:44+00:00");
	json_decref(recs);
	run_free(&r);
}

Test(telegram, zip)
{
	char *dir = scratch("tg-zip"), *zip = g_strdup_printf("%s/Persvoorlichting.zip", dir);
	char *store = g_strdup_printf("%s/store", dir);
	const char *tool[] = { "mkarchive", zip, "fixtures/telegram/chat/ChatExport_2024-03-18", NULL };
	struct run r, folder, again;
	json_t *recs, *frecs, *a, *rec;
	size_t i;

	run_expect(NULL, tool, 0);
	recs = read_ok(&r, READ("--store", store, zip));
	cr_assert_eq(json_array_size(recs),
	    messages_in("fixtures/telegram/chat/ChatExport_2024-03-18/result.json"));
	cr_assert_eq(json_array_size(recs), 5);
	cr_assert_null(strstr(r.err, "not named"), "%s", r.err);
	json_array_foreach(recs, i, rec)
		cr_assert_str_eq(str(rec, "source.file"), "Persvoorlichting.zip/ChatExport_2024-03-18/result.json");
	cr_assert_str_eq(str(by_pos(recs, 11), "conversation.title"), "Persvoorlichting");
	a = json_array_get(json_object_get(by_pos(recs, 12), "attachments"), 0);
	cr_assert_str_eq(str(a, "name"), "Persbericht mestpakket concept.pdf");
	in_store(store, a);
	a = json_array_get(json_object_get(by_pos(recs, 14), "attachments"), 0);
	cr_assert_str_eq(str(a, "name"), "photo_2@18-03-2024_11-12-09.jpg");
	in_store(store, a);
	cr_assert_str_eq(str(by_pos(recs, 13), "reply_to"), str(by_pos(recs, 12), "id"));
	cr_assert_str_eq(str(by_pos(recs, 15), "text"),
	    "Anne-Marie Verhoeven changed the group name to \"Persvoorlichting LNV\"");

	/* the same chat from its folder: the same reading, its own ids */
	frecs = read_ok(&folder, READ("fixtures/telegram/chat"));
	json_array_foreach(recs, i, rec) {
		json_t *f = json_array_get(frecs, i);

		cr_assert_str_eq(str(rec, "text"), str(f, "text"));
		cr_assert_str_eq(str(rec, "time"), str(f, "time"));
		cr_assert_str_neq(str(rec, "id"), str(f, "id"));
		cr_assert_eq(json_array_size(json_object_get(rec, "attachments")),
		    json_array_size(json_object_get(f, "attachments")));
	}
	run(&again, NULL, READ("--store", store, zip));
	cr_assert_str_eq(again.out, r.out);
	json_decref(recs);
	json_decref(frecs);
	run_free(&r);
	run_free(&folder);
	run_free(&again);
	g_free(zip);
	g_free(store);
	free(dir);
}

Test(telegram, damaged)
{
	struct run r;
	json_t *recs = read_ok(&r, READ("fixtures/telegram/damaged")), *rec;
	GHashTable *ids = g_hash_table_new(g_str_hash, g_str_equal);
	size_t i;

	/* nothing dropped: a record for each of the 11, all but the first with errors */
	cr_assert_eq(json_array_size(recs), messages_in("fixtures/telegram/damaged/result.json"));
	cr_assert_eq(json_array_size(recs), 11);
	cr_assert(strstr(r.err, "10 with errors"), "%s", r.err);
	json_array_foreach(recs, i, rec) {
		cr_assert(i == 0 || json_array_size(json_object_get(rec, "errors")), "record %zu", i);
		cr_assert(g_hash_table_add(ids, (char *)str(rec, "id")), "id of record %zu repeated", i);
	}
	rec = json_array_get(recs, 1);
	cr_assert(has_error(rec, "message 2 of the chat is a string"));
	cr_assert_str_eq(str(rec, "text"), "Dit bericht is geen object maar een losse tekst");
	cr_assert_str_eq(str(json_array_get(recs, 2), "text"), "42");
	cr_assert(has_error(json_array_get(recs, 3), "no Telegram message id"));
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_array_get(recs, 3), "source"), "pos")), 4);
	rec = json_array_get(recs, 4);
	cr_assert(has_error(rec, "no time"));
	cr_assert_null(json_object_get(rec, "time"));
	rec = json_array_get(recs, 5);
	cr_assert(has_error(rec, "date_unixtime is not a count of seconds"));
	cr_assert_str_eq(str(rec, "time"), "2024-03-05T14:30:00+01:00");
	cr_assert(has_error(json_array_get(recs, 6), "appears more than once"));
	rec = json_array_get(recs, 7);
	cr_assert(has_error(rec, "text is a number"));
	cr_assert_str_eq(str(rec, "text"), "12345");
	cr_assert(has_error(json_array_get(recs, 8), "unsupported"));
	cr_assert(has_error(json_array_get(recs, 9), "todo_list"));
	cr_assert(has_error(json_array_get(recs, 10), "is not a date and time"));
	json_decref(recs);
	g_hash_table_destroy(ids);
	run_free(&r);
}

Test(telegram, not_json)
{
	struct run r;

	json_t *recs;

	run(&r, NULL, READ("fixtures/telegram/bad"));
	cr_assert_eq(r.status, 1, "exit %d: %s", r.status, r.err);
	/* read a message at a time: the two before the cut are out, the cut one is said to be lost */
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 2);
	by_pos(recs, 11);
	by_pos(recs, 12);
	json_decref(recs);
	cr_assert(strstr(r.err, "; the rest was not read"), "%s", r.err);
	cr_assert(strstr(r.err, "ihh-read: fixtures/telegram/bad/result.json: not valid JSON, line 48, column 31: "),
	    "%s", r.err);
	run_free(&r);
}

/* JSON that is not a Telegram export is said to be so, not misread. */
Test(telegram, other_json)
{
	char *dir = scratch("tg-other"), *p = g_strdup_printf("%s/x.json", dir);
	const char *doc = "{\"messages\": \"geen lijst\"}";
	struct run r;

	cr_assert_eq(spit(p, doc, strlen(doc)), 0);
	run(&r, NULL, READ(p));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "has no list of messages"), "%s", r.err);
	run_free(&r);
	doc = "[{\"messages\": []}]";
	cr_assert_eq(spit(p, doc, strlen(doc)), 0);
	run(&r, NULL, READ("--format", "telegram", p));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "not a Telegram Desktop export"), "%s", r.err);
	run_free(&r);
	g_free(p);
	free(dir);
}
