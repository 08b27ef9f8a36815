/*
 * Signal: signal-export's folder as the tool writes it (markdown and
 * JSON), zipped, one file at a time, and the header forms line by line.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "harness.h"
#include "read.h"
#include "stream.h"
#include "text.h"

#define READ(...) ((const char *const[]){ "ihh-read", __VA_ARGS__, NULL })
#define JAN "fixtures/signal/export/JanvanDijk"
#define IMG "2024-03-05T14-05-40.512_00_IMG_4821.jpg"

/* The records of one file of the stream, in order. */
static json_t *
of_file(json_t *recs, const char *suffix)
{
	json_t *out = json_array(), *r;
	size_t i, n = strlen(suffix);

	json_array_foreach(recs, i, r) {
		const char *f = str(r, "source.file");

		if (strlen(f) >= n && !strcmp(f + strlen(f) - n, suffix))
			json_array_append(out, r);
	}
	return out;
}

/* both absent, or equal */
static int
same(const json_t *a, const json_t *b)
{
	return (!a && !b) || (a && b && json_equal(a, b));
}

static void
sha_of(const char *path, char out[65])
{
	size_t n;
	char *b = slurp(path, &n);

	cr_assert(b, "%s", path);
	text_sha256(b, n, out);
	free(b);
}

Test(signal, export_folder)
{
	char *dir = scratch("signal-export"), *store, want[65], *stored;
	struct run r;
	json_t *recs, *jan, *crisis, *m, *a;
	struct stat sb;

	cr_assert(asprintf(&store, "%s/store", dir) > 0);
	recs = read_ok(&r, READ("--store", store, "fixtures/signal/export"));
	/* data.json beside chat.md: the same 8 messages, read once */
	cr_assert_eq(json_array_size(recs), 15);
	cr_assert(strstr(r.err, "read 15 messages (13 chat, 0 email, 2 system), 0 with errors"), "%s", r.err);
	cr_assert_null(strstr(r.err, "not named"), "%s", r.err);
	jan = of_file(recs, "JanvanDijk/data.json");
	crisis = of_file(recs, "Crisisteam/chat.md");
	cr_assert_eq(json_array_size(jan), 8);
	cr_assert_eq(json_array_size(crisis), 7);

	m = json_array_get(jan, 0);
	cr_assert_str_eq(str(m, "source.format"), "signal-json");
	cr_assert_str_eq(str(m, "conversation.title"), "JanvanDijk");
	cr_assert_str_eq(str(m, "from.name"), "Jan van Dijk");
	cr_assert_str_eq(str(m, "time"), "2024-03-05T14:02:11+01:00");
	cr_assert_str_eq(str(m, "text"), "Goedemiddag minister, de Kamerbrief over de stikstofaanpak staat klaar voor uw paraaf.");
	cr_assert_str_eq(str(json_array_get(jan, 1), "from.name"), "Me");

	/* the image is in the store, the PDF is not in the export */
	m = json_array_get(jan, 2);
	cr_assert_str_eq(str(m, "text"), "Zie bijlage. Paragraaf 3 is herschreven na het overleg met LNV.\n"
	    "Let op: de cijfers in tabel 2 zijn nog voorlopig.");
	a = json_object_get(m, "attachments");
	cr_assert_eq(json_array_size(a), 2);
	sha_of(JAN "/media/" IMG, want);
	cr_assert_str_eq(str(a, "0.name"), IMG);
	cr_assert_str_eq(str(a, "0.sha256"), want);
	cr_assert_str_eq(str(a, "0.type"), "image/jpeg");
	cr_assert(asprintf(&stored, "%s/%s", store, want) > 0);
	cr_assert_eq(stat(stored, &sb), 0, "%s not stored", stored);
	cr_assert_eq(sb.st_size, 159);
	cr_assert_str_eq(str(a, "1.name"), "2024-03-05T14-05-40.512_01_Kamerbrief_stikstof_v4.pdf");
	cr_assert(json_is_true(json_object_get(json_array_get(a, 1), "missing")));
	cr_assert_null(json_object_get(json_array_get(a, 1), "sha256"));

	/* a reply: the quote apart, the reaction with who gave it */
	m = json_array_get(jan, 3);
	cr_assert_str_eq(str(m, "quote"), "Let op: de cijfers in tabel 2 zijn nog voorlopig.");
	cr_assert_str_eq(str(m, "text"), "Wanneer zijn die definitief?");
	cr_assert_str_eq(str(m, "reactions.0.from.name"), "Jan van Dijk");
	cr_assert_str_eq(str(m, "reactions.0.emoji"), "👍");
	m = json_array_get(jan, 5);
	cr_assert(json_is_true(json_object_get(m, "deleted")));
	cr_assert_str_eq(str(m, "text"), "");
	m = json_array_get(jan, 6);
	cr_assert_str_eq(str(m, "kind"), "system");
	cr_assert_str_eq(str(m, "text"), "Missed voice call");
	m = json_array_get(jan, 7);
	cr_assert_eq(json_array_size(json_object_get(m, "reactions")), 2);
	cr_assert_str_eq(str(m, "reactions.1.from.name"), "Me");
	cr_assert_str_eq(str(m, "reactions.1.emoji"), "❤️");

	/* the group, from markdown */
	m = json_array_get(crisis, 0);
	cr_assert_str_eq(str(m, "source.format"), "signal");
	cr_assert_str_eq(str(m, "conversation.title"), "Crisisteam");
	cr_assert_str_eq(str(m, "text"), "Goedemorgen. Situatie dijk Lith: waterstand stijgt, Rijkswaterstaat "
	    "adviseert vooralsnog geen evacuatie.\n\nOverleg om 09:00 in de crisiszaal.");
	cr_assert_str_eq(str(m, "time"), "2024-03-06T08:02:40+01:00");
	m = json_array_get(crisis, 2);
	cr_assert_str_eq(str(m, "text"), "Kaart van vanochtend, zie foto.");
	cr_assert_str_eq(str(m, "attachments.0.sha256"), want);
	m = json_array_get(crisis, 3);
	cr_assert_str_eq(str(m, "sticker"), "👍");
	cr_assert_str_eq(str(m, "text"), "");
	cr_assert_str_eq(str(m, "attachments.0.type"), "image/webp");
	m = json_array_get(crisis, 4);
	cr_assert_str_eq(str(m, "attachments.0.name"), "2024-03-06T08-20-44.900_00_None.aac");
	cr_assert(json_is_true(json_object_get(json_array_get(json_object_get(m, "attachments"), 0), "missing")));
	/* No-Sender is no one; a pasted line of the older form stays text */
	m = json_array_get(crisis, 5);
	cr_assert_null(json_object_get(m, "from"));
	cr_assert(strstr(str(m, "text"), "\n[2024-03-05, 22:10] Pieter Bakker: dijkbewaking gestart"));
	cr_assert_str_eq(str(json_array_get(crisis, 6), "kind"), "system");

	json_decref(jan);
	json_decref(crisis);
	json_decref(recs);
	run_free(&r);
	free(stored);
	free(store);
	free(dir);
}

/* chat.md and data.json of one chat say the same */
Test(signal, markdown_equals_json)
{
	char *dir = scratch("signal-md"), *zip, *media;
	const char *argv[6] = { "mkarchive", NULL, "JanvanDijk/chat.md=" JAN "/chat.md", NULL, NULL, NULL };
	struct run r, j;
	json_t *md, *js, *a, *b;
	size_t i;

	cr_assert(asprintf(&zip, "%s/JanvanDijk.zip", dir) > 0);
	cr_assert(asprintf(&media, "JanvanDijk/media/%s=%s/media/%s", IMG, JAN, IMG) > 0);
	argv[1] = zip;
	argv[3] = media;
	run_expect(NULL, argv, 0);
	md = read_ok(&r, READ(zip));
	js = read_ok(&j, READ(JAN "/data.json"));
	cr_assert_eq(json_array_size(md), 8);
	cr_assert_eq(json_array_size(js), 8);
	json_array_foreach(md, i, a) {
		b = json_array_get(js, i);
		cr_assert_str_eq(str(a, "source.format"), "signal");
		cr_assert_str_eq(str(a, "conversation.title"), "JanvanDijk");
		cr_assert_str_eq(str(a, "time"), str(b, "time"), "message %zu", i);
		cr_assert_str_eq(str(a, "text"), str(b, "text"), "message %zu", i);
		cr_assert_str_eq(str(a, "kind"), str(b, "kind"), "message %zu", i);
		cr_assert(same(json_object_get(a, "from"), json_object_get(b, "from")), "message %zu", i);
		cr_assert(same(json_object_get(a, "reactions"), json_object_get(b, "reactions")), "message %zu", i);
		cr_assert(same(json_object_get(a, "quote"), json_object_get(b, "quote")), "message %zu", i);
		cr_assert(same(json_object_get(a, "deleted"), json_object_get(b, "deleted")), "message %zu", i);
	}
	/* from the zip, the image is found beside the chat */
	a = json_object_get(json_array_get(md, 2), "attachments");
	cr_assert_eq(json_array_size(a), 2);
	cr_assert_not_null(str(a, "0.sha256"));
	cr_assert(json_is_true(json_object_get(json_array_get(a, 1), "missing")));
	json_decref(md);
	json_decref(js);
	run_free(&r);
	run_free(&j);
	free(media);
	free(zip);
	free(dir);
}

Test(signal, zipped_export_and_same_ids)
{
	char *dir = scratch("signal-zip"), *zip;
	const char *argv[4] = { "mkarchive", NULL, "fixtures/signal/export", NULL };
	struct run r, again;
	json_t *recs, *m;
	size_t i, missing = 0, stored = 0, k;

	cr_assert(asprintf(&zip, "%s/signal-export.zip", dir) > 0);
	argv[1] = zip;
	run_expect(NULL, argv, 0);
	recs = read_ok(&r, READ(zip));
	cr_assert_eq(json_array_size(recs), 15);
	cr_assert_null(strstr(r.err, "not named"), "%s", r.err);
	json_array_foreach(recs, i, m) {
		json_t *a;

		json_array_foreach(json_object_get(m, "attachments"), k, a) {
			if (json_is_true(json_object_get(a, "missing")))
				missing++;
			else
				stored++;
		}
	}
	cr_assert_eq(stored, 2);
	cr_assert_eq(missing, 3);
	run(&again, NULL, READ(zip));
	cr_assert_str_eq(again.out, r.out, "the same export read twice differs");
	json_decref(recs);
	run_free(&r);
	run_free(&again);
	free(zip);
	free(dir);
}

/* Header forms, line by line -------------------------------------------------- */

struct line {
	char chat[300];		/* the export; the case checks its LAST message */
	char format[16];
	char kind[8];
	char time[32];
	char from[32];
	char text[120];
};

static struct line lines[] = {
	/* the older plain form, as in chat-miner's sample */
	{ "[2019-12-24, 12:23] Jane Doe: Hello John!\n", "signal", "chat", "2019-12-24T12:23:00+01:00", "Jane Doe", "Hello John!" },
	{ "[2019-12-24, 12:23] Jane Doe: Hello John!\n[2020-01-17, 21:49] John Doe: Hello\nJane!\n", "signal", "chat", "2020-01-17T21:49:00+01:00", "John Doe", "Hello\nJane!" },
	/* older form without the comma */
	{ "[2019-05-29 15:04] Me: How is everyone?\n", "signal", "chat", "2019-05-29T15:04:00+02:00", "Me", "How is everyone?" },
	/* today's form, seconds and the two spaces */
	{ "[2022-03-08 20:39:44] Anna Smit: Tot morgen  \n\n", "signal", "chat", "2022-03-08T20:39:44+01:00", "Anna Smit", "Tot morgen" },
	/* summer time, CRLF */
	{ "[2023-07-01 09:15:00] Me: Goedemorgen  \r\n\r\n", "signal", "chat", "2023-07-01T09:15:00+02:00", "Me", "Goedemorgen" },
	/* a name with a colon in the text */
	{ "[2023-07-01 09:15:00] Bas: Agenda: punt 1  \n\n", "signal", "chat", "2023-07-01T09:15:00+02:00", "Bas", "Agenda: punt 1" },
	/* a link that is no attachment stays text */
	{ "[2023-07-01 09:15:00] Bas: Zie [de brief](https://example.nl/brief)  \n\n", "signal", "chat", "2023-07-01T09:15:00+02:00", "Bas", "Zie [de brief](https://example.nl/brief)" },
	/* an outgoing call is the app's */
	{ "[2023-07-01 09:15:00] Me: Outgoing voice call (accepted, 1m 5s)  \n\n", "signal", "system", "2023-07-01T09:15:00+02:00", "Me", "Outgoing voice call (accepted, 1m 5s)" },
	/* data.json, a time with an offset kept */
	{ "{\"date\": \"2024-03-05T14:02:11+00:00\", \"sender\": \"Jan\", \"body\": \"Hoi  \", \"quote\": \"\", \"sticker\": \"\", \"reactions\": [], \"attachments\": [], \"deleted\": false}\n", "signal-json", "chat", "2024-03-05T14:02:11+00:00", "Jan", "Hoi" },
	/* WhatsApp on an iPhone with ISO dates stays WhatsApp */
	{ "[2024-03-05 14:02:11] Jan: hoi\r\n", "whatsapp-ios", "chat", "2024-03-05T14:02:11+01:00", "Jan", "hoi" },
};

static char warned[1024];

static void
quiet(void *ctx, const char *msg)
{
	(void)ctx;
	snprintf(warned, sizeof(warned), "%s", msg);
}

ParameterizedTestParameters(signal_lines, read)
{
	return cr_make_param_array(struct line, lines, sizeof(lines) / sizeof(lines[0]));
}

ParameterizedTest(struct line *c, signal_lines, read)
{
	struct read_opts o = { 0 };
	json_t *last = NULL;
	char err[256], msg[256];
	struct reader *r = reader_new(&o, keep_last, quiet, &last, err, sizeof(err));
	const char *from;

	cr_assert(r, "%s", err);
	cr_assert_eq(reader_add_memory(r, "chat.md", c->chat, strlen(c->chat)), 0, "%s", c->chat);
	cr_assert(last, "no record from %s", c->chat);
	cr_assert(stream_validate(last, msg, sizeof(msg)) == 0, "%s", msg);
	cr_assert_str_eq(str(last, "source.format"), c->format, "%s", c->chat);
	cr_assert_str_eq(str(last, "kind"), c->kind, "%s", c->chat);
	cr_assert_str_eq(str(last, "time"), c->time, "%s", c->chat);
	from = str(last, "from.name");
	cr_assert_str_eq(from ? from : "", c->from, "%s", c->chat);
	cr_assert_str_eq(str(last, "text"), c->text, "%s", c->chat);
	json_decref(last);
	reader_free(r);
}

/* Telegram's JSON is still Telegram's, not signal-export's */
Test(signal, telegram_json_not_signal)
{
	static const char tg[] = "{\n \"name\": \"Kabinet\",\n \"type\": \"private_group\",\n \"id\": 7,\n"
	    " \"messages\": [{\"id\": 1, \"type\": \"message\", \"date\": \"2024-03-05T10:00:00\",\n"
	    " \"date_unixtime\": \"1709629200\", \"from\": \"Sanne\", \"from_id\": \"user1\", \"text\": \"Ok\"}]\n}\n";
	struct read_opts o = { 0 };
	json_t *last = NULL;
	char err[256];
	struct reader *r = reader_new(&o, keep_last, quiet, &last, err, sizeof(err));

	cr_assert(r, "%s", err);
	cr_assert_eq(reader_add_memory(r, "result.json", tg, strlen(tg)), 0, "%s", warned);
	cr_assert_not_null(last);
	cr_assert_str_eq(str(last, "source.format"), "telegram");
	json_decref(last);
	reader_free(r);
}
