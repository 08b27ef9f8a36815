/*
 * WhatsApp lines, one form each: the header, the sender, the text and
 * the kind a person reads.  Each case is a small chat read from memory.
 */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "harness.h"
#include "read.h"

/* arrays, not pointers: Criterion copies parameters into another process */
struct line {
	char chat[400];		/* the export; the case checks its LAST message */
	char kind[8];
	char time[32];
	char from[48];
	char text[160];
};

static struct line lines[] = {
	/* Android nl, 24 h, no comma */
	{ "5-3-2024 14:02 - Jan de Vries: Goedemorgen\n", "chat", "2024-03-05T14:02:00+01:00", "Jan de Vries", "Goedemorgen" },
	/* zero-padded, summer time */
	{ "02-05-2022 16:08 - Alice: Hoi\n", "chat", "2022-05-02T16:08:00+02:00", "Alice", "Hoi" },
	/* en-US M/D/YY 12 h, with a narrow no-break space before PM */
	{ "3/13/24, 2:02\xE2\x80\xAFPM - Sam: Lunch?\n", "chat", "2024-03-13T14:02:00+01:00", "Sam", "Lunch?" },
	/* 12:xx AM is just after midnight */
	{ "3/13/24, 12:10 AM - Sam: Late\n", "chat", "2024-03-13T00:10:00+01:00", "Sam", "Late" },
	/* Spanish a. m. / p. m. */
	{ "13/3/24, 8:28 p. m. - Lucía: ¿Sí?\n", "chat", "2024-03-13T20:28:00+01:00", "Lucía", "¿Sí?" },
	/* German dots */
	{ "14.03.2024, 09:16 - Klaus Weber: Guten Morgen\n", "chat", "2024-03-14T09:16:00+01:00", "Klaus Weber", "Guten Morgen" },
	/* iOS nl, seconds, bracket, U+200E before the line */
	{ "\xE2\x80\x8E[05-03-2024 14:02:11] Ingrid: Klaar\r\n", "chat", "2024-03-05T14:02:11+01:00", "Ingrid", "Klaar" },
	/* iOS en-GB 12 h */
	{ "[16/03/2022, 03:20:25 PM] person1: Hi\r\n", "chat", "2022-03-16T15:20:25+01:00", "person1", "Hi" },
	/* older iOS without seconds, year 2-digit, month first */
	{ "[01/20/19 11:23] John Doe:.\n", "chat", "2019-01-20T11:23:00+01:00", "John Doe", "." },
	/* an ISO date */
	{ "2024-03-05 14:02 - Sven: Hej\n", "chat", "2024-03-05T14:02:00+01:00", "Sven", "Hej" },
	/* a phone number as sender, marks and no-break spaces */
	{ "[05-03-2024 14:20:59] \xE2\x80\xAA+31\xC2\xA0" "6\xC2\xA0" "12345678\xE2\x80\xAC: Pieter hier\r\n", "chat", "2024-03-05T14:20:59+01:00", "+31 6 12345678", "Pieter hier" },
	/* a non-contact's name with its ~ */
	{ "[05-03-2024 14:20:59] ~\xC2\xA0Nev: hi\r\n", "chat", "2024-03-05T14:20:59+01:00", "Nev", "hi" },
	/* a multi-line message with a blank line and a pasted line */
	{ "5-3-2024 14:02 - Jan: een\n\n[5/2, 16:08] Alice: twee\n", "chat", "2024-03-05T14:02:00+01:00", "Jan", "een\n\n[5/2, 16:08] Alice: twee" },
	/* Android notices have no sender, some hold a colon */
	{ "5-3-2024 14:02 - Jan: hoi\n5-3-2024 14:15 - Joost heeft het onderwerp gewijzigd van \"A\" naar \"Debat 14/3: voorbereiding\"\n", "system", "2024-03-05T14:15:00+01:00", "", "Joost heeft het onderwerp gewijzigd van \"A\" naar \"Debat 14/3: voorbereiding\"" },
	{ "5-3-2024 14:02 - Jan: hoi\n5-3-2024 14:03 - Jan heeft u toegevoegd\n", "system", "2024-03-05T14:03:00+01:00", "", "Jan heeft u toegevoegd" },
	/* iOS writes notices in the group's name, with a mark */
	{ "[05-03-2024 14:02:11] Kabinet: \xE2\x80\x8E" "Berichten en gesprekken worden end-to-end versleuteld.\r\n", "system", "2024-03-05T14:02:11+01:00", "", "Berichten en gesprekken worden end-to-end versleuteld." },
	/* a missed call is the caller's notice */
	{ "[05-03-2024 14:02:11] Kabinet: \xE2\x80\x8E" "Berichten en gesprekken worden end-to-end versleuteld.\r\n[05-03-2024 14:09:00] Joost: \xE2\x80\x8E" "Gemist spraakgesprek\r\n", "system", "2024-03-05T14:09:00+01:00", "Joost", "Gemist spraakgesprek" },
	/* a person writing like a notice is a person */
	{ "5-3-2024 14:02 - Jan: Joost heeft Piet toegevoegd\n", "chat", "2024-03-05T14:02:00+01:00", "Jan", "Joost heeft Piet toegevoegd" },
	/* the edited marker is not text */
	{ "5-3-2024 14:02 - Jan: Klaar <Dit bericht is bewerkt>\n", "chat", "2024-03-05T14:02:00+01:00", "Jan", "Klaar" },
};

ParameterizedTestParameters(whatsapp_lines, read)
{
	return cr_make_param_array(struct line, lines, sizeof(lines) / sizeof(lines[0]));
}

ParameterizedTest(struct line *c, whatsapp_lines, read)
{
	struct read_opts o = { 0 };
	json_t *last = NULL;
	char err[256];
	struct reader *r = reader_new(&o, keep_last, NULL, &last, err, sizeof(err));
	const char *from;

	cr_assert(r, "%s", err);
	cr_assert_eq(reader_add_memory(r, "chat.txt", c->chat, strlen(c->chat)), 0, "%s", c->chat);
	cr_assert(last, "no record from %s", c->chat);
	cr_assert_str_eq(json_string_value(json_object_get(last, "kind")), c->kind, "%s", c->chat);
	cr_assert_str_eq(json_string_value(json_object_get(last, "time")), c->time, "%s", c->chat);
	from = json_string_value(json_object_get(json_object_get(last, "from"), "name"));
	cr_assert_str_eq(from ? from : "", c->from, "%s", c->chat);
	cr_assert_str_eq(json_string_value(json_object_get(last, "text")), c->text, "%s", c->chat);
	json_decref(last);
	reader_free(r);
}
