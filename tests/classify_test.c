/*
 * ihh-classify and ihh-redact: the law's order of strength, context for
 * short replies, owner marks and contacts, reasons a reviewer can read,
 * redaction spans, and bad input.  The rules are fixtures/rules-test.
 */
#include <string.h>
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <glib.h>

#include "classify.h"
#include "harness.h"
#include "redact.h"
#include "stream.h"

#define RULES "fixtures/rules-test"

struct sink {
	json_t *out;
};

static int
collect(void *ctx, json_t *rec)
{
	struct sink *s = ctx;

	json_array_append(s->out, rec);
	return 0;
}

/* Classifies the records of a JSON Lines text; returns them, decided. */
static json_t *
classify_text(const char *lines, const char *contacts, const char *marks)
{
	char err[512], *dir = scratch("cls"), *cpath = NULL, *mpath = NULL;
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	struct contacts *c = NULL;
	struct marks *m = NULL;
	struct sink s = { json_array() };
	struct classifier *cl;
	json_t *in = records(lines), *r;
	size_t i;

	cr_assert(rs, "%s", err);
	if (contacts) {
		cr_assert(asprintf(&cpath, "%s/contacts.txt", dir) > 0);
		cr_assert_eq(spit(cpath, contacts, strlen(contacts)), 0);
		c = contacts_load(cpath, err, sizeof(err));
		cr_assert(c, "%s", err);
	}
	if (marks) {
		cr_assert(asprintf(&mpath, "%s/marks.txt", dir) > 0);
		cr_assert_eq(spit(mpath, marks, strlen(marks)), 0);
		m = marks_load(mpath, err, sizeof(err));
		cr_assert(m, "%s", err);
	}
	cl = classify_new(rs, c, m, collect, &s);
	json_array_foreach(in, i, r)
		cr_assert_eq(classify_push(cl, json_incref(r)), 0);
	cr_assert_eq(classify_finish(cl), 0);
	cr_assert_eq(json_array_size(s.out), json_array_size(in), "a record was lost");
	classify_free(cl);
	contacts_free(c);
	marks_free(m);
	rules_free(rs);
	json_decref(in);
	free(cpath);
	free(mpath);
	free(dir);
	return s.out;
}

static const char *
cls(json_t *out, size_t i)
{
	return json_string_value(json_object_get(json_array_get(out, i), "class"));
}

static int
review(json_t *out, size_t i)
{
	return json_is_true(json_object_get(json_array_get(out, i), "review"));
}

/* Does any reason of record i have key with value? */
static int
reason(json_t *out, size_t i, const char *key, const char *value)
{
	json_t *r;
	size_t k;

	json_array_foreach(json_object_get(json_array_get(out, i), "reasons"), k, r)
		if (json_is_string(json_object_get(r, key)) &&
		    (!value || !strcmp(json_string_value(json_object_get(r, key)), value)))
			return 1;
	return 0;
}

#define CHAT(id, conv, who, text) \
	"{\"id\":\"" id "\",\"kind\":\"chat\",\"conversation\":{\"id\":\"" conv "\",\"title\":\"" conv "\"}," \
	"\"from\":{\"name\":\"" who "\"},\"text\":\"" text "\"}\n"

/* arrays, not pointers: Criterion copies parameters into another process */
struct law {
	char text[160];
	char cls[16];
	int review;
};

static struct law laws[] = {
	/* business content wins, even beside private content */
	{ "Gefeliciteerd! En de Kamerbrief gaat morgen mee.", "zakelijk", 0 },
	/* ... and is looked at when the rest outweighs it */
	{ "Gefeliciteerd, jarig! Etentje? Kamerbrief later.", "zakelijk", 1 },
	/* a word of the office that is more than a topic wins beside a private
	 * word or two, and is looked at ... */
	{ "Jarig vandaag! De nota komt vanmiddag.", "zakelijk", 1 },
	/* ... not beside much more private content */
	{ "Gefeliciteerd, jarig! Etentje? De nota later.", "prive", 1 },
	/* a topic word of the office alone does not make private content business */
	{ "Gefeliciteerd, jarig! Etentje? Debat later.", "prive", 1 },
	/* purely private content, towards anyone */
	{ "Gefeliciteerd met je verjaardag!", "prive", 1 },
	/* party content */
	{ "Zie je op het partijcongres?", "partijpolitiek", 1 },
	/* no signal at all */
	{ "Kun je de stukken van morgen nog even doorlezen en aanvullen?", "zakelijk", 0 },
};

ParameterizedTestParameters(classify, order_of_strength)
{
	return cr_make_param_array(struct law, laws, sizeof(laws) / sizeof(laws[0]));
}

ParameterizedTest(struct law *l, classify, order_of_strength)
{
	char line[400];
	json_t *out;

	snprintf(line, sizeof(line), CHAT("m1", "c1", "Joost", "%s"), l->text);
	out = classify_text(line, NULL, NULL);
	cr_assert_str_eq(cls(out, 0), l->cls, "%s", l->text);
	cr_assert_eq(review(out, 0), l->review, "%s", l->text);
	json_decref(out);
}

Test(classify, reasons_name_rules_with_file_and_line)
{
	json_t *out = classify_text(CHAT("m1", "c1", "Joost", "De Kamerbrief staat klaar"), NULL, NULL);
	json_t *r = json_array_get(json_object_get(json_array_get(out, 0), "reasons"), 0);

	cr_assert_str_eq(json_string_value(json_object_get(r, "rule")), "zak.kamerbrief");
	cr_assert_str_eq(json_string_value(json_object_get(r, "at")), "klassen.rules:2");
	cr_assert_str_eq(json_string_value(json_object_get(r, "match")), "Kamerbrief");
	cr_assert_str_eq(json_string_value(json_object_get(r, "signal")), "zakelijk");
	json_decref(out);
}

Test(classify, short_replies_follow_their_conversation)
{
	json_t *out = classify_text(
	    CHAT("p1", "lot", "Lot", "Gefeliciteerd met je verjaardag!")
	    CHAT("w1", "werk", "Joost", "De Kamerbrief gaat mee")
	    CHAT("p2", "lot", "Anne", "👍")
	    CHAT("w2", "werk", "Anne", "Top, dank")
	    CHAT("n1", "nieuw", "Anne", "Ok")
	    CHAT("n2", "nieuw", "Piet", "Zie je op het partijcongres?"),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 2), "prive");
	cr_assert(review(out, 2));
	cr_assert(reason(out, 2, "context", "prive"));
	cr_assert_str_eq(cls(out, 3), "zakelijk");
	/* the first message of a conversation waits for the next one */
	cr_assert_str_eq(cls(out, 4), "partijpolitiek");
	cr_assert(reason(out, 4, "context", "partijpolitiek"));
	/* and everything comes out in the order it came in */
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(out, 4), "id")), "n1");
	json_decref(out);
}

Test(classify, a_long_wait_is_cut_short_in_order)
{
	GString *in = g_string_new(NULL);
	json_t *out;
	char id[16];
	int i;

	/* more short replies than the window, none ever followed by content */
	for (i = 0; i < CLASSIFY_WINDOW + 50; i++) {
		snprintf(id, sizeof(id), "s%d", i);
		g_string_append_printf(in, CHAT("%s", "alleen", "Anne", "Ok"), id);
	}
	out = classify_text(in->str, NULL, NULL);
	for (i = 0; i < CLASSIFY_WINDOW + 50; i++) {
		snprintf(id, sizeof(id), "s%d", i);
		cr_assert_str_eq(json_string_value(json_object_get(json_array_get(out, (size_t)i), "id")), id);
		cr_assert_str_eq(cls(out, (size_t)i), "zakelijk");
	}
	json_decref(out);
	g_string_free(in, TRUE);
}

Test(classify, owner_marks_and_contacts)
{
	const char *mail_prive =
	    "{\"id\":\"m1\",\"kind\":\"email\",\"conversation\":{\"id\":\"t1\",\"title\":\"Zaterdag\"},"
	    "\"from\":{\"name\":\"Marieke\",\"address\":\"marieke@example.com\"},\"folder\":\"Privé\","
	    "\"subject\":\"Zaterdag\",\"text\":\"Kom je zaterdag ook?\"}\n"
	    "{\"id\":\"m2\",\"kind\":\"email\",\"conversation\":{\"id\":\"t2\",\"title\":\"Stukken\"},"
	    "\"from\":{\"name\":\"Joost\",\"address\":\"j@minbzk.nl\"},\"folder\":\"Privé\","
	    "\"subject\":\"Stukken\",\"text\":\"De Kamerbrief staat klaar.\"}\n";
	json_t *out = classify_text(mail_prive, NULL, NULL);

	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "mark", "prive"));
	/* business content still wins over the owner's folder, and is looked at */
	cr_assert_str_eq(cls(out, 1), "zakelijk");
	cr_assert(review(out, 1));
	json_decref(out);

	out = classify_text(CHAT("x1", "Familie", "Mama", "Hoe was het vandaag op je werk?")
	    CHAT("x2", "Buurman", "+31 6 11122233", "Zullen we volgende week een keer afspreken?")
	    CHAT("x3", "Groep", "Henk", "Wie neemt de taart mee?"),
	    "familie Mama\nvriend 06-11122233\n", "partijpolitiek conversation Groep\n");
	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "contact", "familie"));
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert_str_eq(cls(out, 2), "partijpolitiek");
	cr_assert(reason(out, 2, "mark", "partijpolitiek"));
	json_decref(out);
}

Test(classify, a_topic_of_the_office_among_party_people_or_family)
{
	/* the party talks about the debate too: with party people a topic word
	 * alone does not make it business, the context decides (and a reviewer
	 * looks); with a colleague, or beside a word that is more than a topic,
	 * it is zakelijk */
	json_t *out = classify_text(CHAT("t1", "Afdeling", "Henk", "Wie van ons gaat er naar het debat?")
	    CHAT("t2", "Werk", "Joost", "Wie van ons gaat er naar het debat?")
	    CHAT("t3", "Afdeling", "Henk", "Debat en Kamerbrief: wie leest mee?")
	    CHAT("t4", "Thuis", "Mama", "Etentje na het debat?")
	    CHAT("t5", "Ergens", "Piet", "Etentje na het debat?"),
	    "partij Henk\ncollega Joost\nfamilie Mama\n", NULL);

	cr_assert_str_eq(cls(out, 0), "partijpolitiek");
	cr_assert(review(out, 0));
	cr_assert(reason(out, 0, "contact", "partij"));
	cr_assert_str_eq(cls(out, 1), "zakelijk");
	cr_assert_not(review(out, 1));
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	cr_assert(reason(out, 2, "rule", "zak.kamerbrief"));
	/* beside private content in the family, the family decides; from
	 * someone without a role, the word of the office keeps it zakelijk */
	cr_assert_str_eq(cls(out, 3), "prive");
	cr_assert(review(out, 3));
	cr_assert_str_eq(cls(out, 4), "zakelijk");
	json_decref(out);
}

Test(classify, a_topic_of_the_office_in_a_conversation_that_says_twice_it_is_private)
{
	/* the neighbours' chat, from a neighbour: a topic word there is their
	 * talk, so the context decides (privé, looked at); from someone saved
	 * without "buurman", one private hint, it stays zakelijk; and a word
	 * that is more than a topic keeps it zakelijk even there */
	json_t *out = classify_text(CHAT("n1", "Buren Kerkstraat", "Buurman Kees", "Was het debat gisteren nou wat?")
	    CHAT("n2", "Buren Dorpsstraat", "Kees", "Was het debat gisteren nou wat?")
	    CHAT("n3", "Buren Molenweg", "Buurman Kees", "Het debat en de nota: lees jij mee?"),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(review(out, 0));
	cr_assert_str_eq(cls(out, 1), "zakelijk");
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	json_decref(out);
}

Test(classify, business_as_heavy_as_the_party_content_among_party_people)
{
	/* among party people party content stays the party's only when it
	 * outweighs the business beside it: a Kamerbrief as heavy as the
	 * congress is the office's work (the law: business content makes a
	 * message zakelijk), heavier party content is the party's */
	json_t *out = classify_text(CHAT("b1", "Afdeling", "Henk", "Partijcongres: wie leest de Kamerbrief?")
	    CHAT("b2", "Afdeling", "Henk", "Partijcongres en kandidatenlijst, en de Kamerbrief?"),
	    "partij Henk\n", NULL);

	cr_assert_str_eq(cls(out, 0), "zakelijk");
	cr_assert(reason(out, 0, "rule", "zak.kamerbrief"));
	cr_assert_str_eq(cls(out, 1), "partijpolitiek");
	cr_assert(reason(out, 1, "contact", "partij"));
	json_decref(out);
}

Test(classify, the_partys_own_work_passed_on_by_the_office)
{
	/* party content with a colleague and no party contact is zakelijk and
	 * looked at (the office speaks of parties too); the party's own work
	 * passed on by the office (the congress, the list) is the party's */
	json_t *out = classify_text(CHAT("p1", "Secretariaat", "Joost", "Zie je op het partijcongres?")
	    CHAT("p2", "Secretariaat", "Joost", "Partijcongres: de kandidatenlijst. Jij opent?")
	    CHAT("p3", "Secretariaat", "Joost", "Partijcongres en kandidatenlijst: eerst de Kamerbrief."),
	    "collega Joost\n", NULL);

	cr_assert_str_eq(cls(out, 0), "zakelijk");
	cr_assert(review(out, 0));
	cr_assert_str_eq(cls(out, 1), "partijpolitiek");
	cr_assert(review(out, 1));
	/* beside business content that is more than a topic, it stays zakelijk */
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	json_decref(out);
}

#define ACHAT(id, conv, addr, text) \
	"{\"id\":\"" id "\",\"kind\":\"chat\",\"conversation\":{\"id\":\"" conv "\",\"title\":\"" conv "\"}," \
	"\"from\":{\"address\":\"" addr "\"},\"text\":\"" text "\"}\n"

Test(classify, what_the_conversation_was_just_about_is_a_hint)
{
	/* a message without a signal, too long to be a mere reply, from a gmail
	 * address (one light hint: not enough to propose a deletion) ... */
	json_t *out = classify_text(
	    ACHAT("a1", "lot", "lot@gmail.com", "Gefeliciteerd met je verjaardag!")
	    ACHAT("a2", "lot", "lot@gmail.com", "We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht")
	    ACHAT("b1", "nieuw", "piet@gmail.com", "We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht"),
	    NULL, NULL);

	/* ... is privé after a private message, and looked at */
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(review(out, 1));
	cr_assert(reason(out, 1, "hint", "prive"));
	/* ... and zakelijk on its own: when in doubt, zakelijk */
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	cr_assert(reason(out, 2, "default", "zakelijk"));
	json_decref(out);
}

Test(classify, what_the_conversation_has_been_about_is_a_hint)
{
	/* a long message without a word of any class, after a private one:
	 * the message before is one light hint, a conversation that has only
	 * ever been private by its own words is another ... */
	json_t *out = classify_text(
	    CHAT("a1", "bea", "Bea", "Gefeliciteerd met je verjaardag!")
	    CHAT("a2", "bea", "Bea", "We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht")
	    CHAT("b1", "wim", "Wim", "Kun je de kamerbrief vandaag nog sturen?")
	    CHAT("b2", "wim", "Wim", "Gefeliciteerd met je verjaardag!")
	    CHAT("b3", "wim", "Wim", "We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht"),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(review(out, 1));
	cr_assert(reason(out, 1, "hint", "prive"));
	/* ... but not where the office's work came up: when in doubt, zakelijk */
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	cr_assert_str_eq(cls(out, 4), "zakelijk");
	cr_assert(reason(out, 4, "default", "zakelijk"));
	json_decref(out);
}

#define TCHAT(id, conv, who, time, text) \
	"{\"id\":\"" id "\",\"kind\":\"chat\",\"conversation\":{\"id\":\"" conv "\",\"title\":\"" conv "\"}," \
	"\"time\":\"" time "\",\"from\":{\"name\":\"" who "\"},\"text\":\"" text "\"}\n"

Test(classify, the_owner_is_nobodys_counterpart)
{
	const char *contacts = "eigenaar Marloes\neigenaar m@minszw.nl\ncollega @minszw.nl\nfamilie Joris\n";
	const char *mail =
	    "{\"id\":\"m1\",\"kind\":\"email\",\"conversation\":{\"id\":\"t1\",\"title\":\"Morgen\"},"
	    "\"from\":{\"name\":\"Marloes\",\"address\":\"m@minszw.nl\"},"
	    "\"to\":[{\"name\":\"Joris\",\"address\":\"joris@example.com\"}],"
	    "\"subject\":\"Morgen\",\"text\":\"Zullen we morgen om zeven uur ergens afspreken?\"}\n";
	json_t *out = classify_text(mail, contacts, NULL);

	/* her work address is hers, not a colleague's: Joris decides */
	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "contact", "familie"));
	cr_assert_not(reason(out, 0, "contact", "collega"));
	json_decref(out);

	/* in a chat, her own messages take the role of the person she talks to */
	out = classify_text(
	    TCHAT("c1", "avond", "Joris", "2024-06-01T18:00:00+02:00",
		"Ben je er vanavond op tijd, of wordt het weer laat bij jullie?")
	    TCHAT("c2", "avond", "Marloes", "2024-06-01T18:05:00+02:00",
		"Het wordt laat, ik denk rond half tien, begin maar vast zonder mij met z'n allen"),
	    contacts, NULL);
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(reason(out, 1, "in", "conversation"));
	json_decref(out);
}

Test(classify, the_owners_own_address_is_no_hint)
{
	const char *contacts = "eigenaar Marloes\neigenaar m@minbzk.nl\n";
#define FROM(id, name, addr, text) \
	"{\"id\":\"" id "\",\"kind\":\"email\",\"from\":{\"name\":\"" name "\",\"address\":\"" addr \
	"\"},\"subject\":\"Zaterdag\",\"text\":\"" text "\"}\n"
	json_t *out = classify_text(
	    FROM("o1", "Marloes", "m@minbzk.nl", "Zin in een etentje zaterdag?")
	    FROM("o2", "Henk", "h@minbzk.nl", "Zin in een etentje zaterdag?"),
	    contacts, NULL);
#undef FROM

	/* she writes to her friends from the ministry's address too: the
	 * address rule says nothing when she is the sender ... */
	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "rule", "prive.etentje"));
	cr_assert_not(reason(out, 0, "rule", "zak.domein"));
	cr_assert_not(reason(out, 0, "hint", "prive"));
	/* ... and is one light hint from anyone else at the ministry */
	cr_assert(reason(out, 1, "rule", "zak.domein"));
	json_decref(out);
}

Test(classify, a_reply_answers_what_came_shortly_before)
{
	json_t *out = classify_text(
	    TCHAT("a1", "lot", "Lot", "2024-06-01T10:00:00+02:00", "Gefeliciteerd met je verjaardag!")
	    TCHAT("a2", "lot", "Anne", "2024-06-01T10:05:00+02:00", "Dank je!")
	    TCHAT("a3", "lot", "Anne", "2024-07-15T09:00:00+02:00", "Ok, ik kijk ernaar"),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(reason(out, 1, "context", "prive"));
	/* six weeks later it is not an answer: no signal, zakelijk */
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	cr_assert_not(reason(out, 2, "context", NULL));
	json_decref(out);
}

Test(classify, an_acknowledgement_carries_on_the_business_it_answers)
{
	json_t *out = classify_text(
	    TCHAT("k1", "werk", "Henk", "2024-06-03T10:00:00+02:00", "De Kamerbrief neem ik over, ik ben weg.")
	    TCHAT("k2", "werk", "Anne", "2024-06-03T10:05:00+02:00", "Prima. Gefeliciteerd, jarig!")
	    TCHAT("k3", "thuis", "Lot", "2024-06-03T11:00:00+02:00", "Etentje zaterdag?")
	    TCHAT("k4", "thuis", "Anne", "2024-06-03T11:05:00+02:00", "Prima. Gefeliciteerd, jarig!")
	    TCHAT("k5", "werk", "Anne", "2024-07-20T09:00:00+02:00", "Prima. Gefeliciteerd, jarig!"),
	    NULL, NULL);

	/* the wish beside it leaves the answer to business zakelijk, with its reason */
	cr_assert_str_eq(cls(out, 1), "zakelijk");
	cr_assert(reason(out, 1, "rule", "zak.akkoord"));
	cr_assert(reason(out, 1, "acknowledges", "k1"));
	/* answering a private message, or one of weeks ago, it is private content only */
	cr_assert_str_eq(cls(out, 3), "prive");
	cr_assert_not(reason(out, 3, "rule", "zak.akkoord"));
	cr_assert_str_eq(cls(out, 4), "prive");
	cr_assert_not(reason(out, 4, "acknowledges", NULL));
	json_decref(out);
}

Test(classify, a_light_private_word_among_colleagues)
{
	const char *contacts = "collega Henk\n";
	json_t *out = classify_text(CHAT("b1", "werk", "Henk", "Het etentje was leuk")
	    CHAT("b2", "los", "Piet", "Het etentje was leuk")
	    CHAT("b3", "werk2", "Henk", "Gefeliciteerd, jarig!"), contacts, NULL);

	/* one light private word closing a colleague's message is no private content */
	cr_assert_str_eq(cls(out, 0), "zakelijk");
	cr_assert_str_eq(cls(out, 1), "prive");
	/* a birthday is, towards anyone */
	cr_assert_str_eq(cls(out, 2), "prive");
	json_decref(out);
}

Test(classify, the_owners_mark_outweighs_a_word_of_the_office)
{
	const char *mail =
	    "{\"id\":\"m1\",\"kind\":\"email\",\"conversation\":{\"id\":\"t1\",\"title\":\"Gisteren\"},"
	    "\"from\":{\"name\":\"Marieke\",\"address\":\"marieke@example.com\"},\"folder\":\"Privé\","
	    "\"subject\":\"Gisteren\",\"text\":\"Zag je op tv bij het debat, leuk!\"}\n";
	json_t *out = classify_text(mail, NULL, NULL);

	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "mark", "prive"));
	json_decref(out);

	/* one weighty word of the office does not overrule the owner either;
	 * two do, and the reviewer sees that the owner thought otherwise */
	out = classify_text(CHAT("y1", "Thuis", "Sanne", "Eet je mee vanavond?")
	    CHAT("y2", "Thuis", "Marloes", "Ja, de Kamerbrief lees ik vanavond thuis wel.")
	    CHAT("y3", "Thuis", "Marloes", "Kun jij de nota bij de Kamerbrief nog even rondsturen?"),
	    NULL, "prive conversation Thuis\n");
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(reason(out, 1, "mark", "prive"));
	cr_assert(reason(out, 1, "note", "one word of the office does not overrule the owner's mark"));
	cr_assert_str_eq(cls(out, 2), "zakelijk");
	cr_assert(review(out, 2));
	cr_assert(reason(out, 2, "mark", "prive"));
	json_decref(out);
}

Test(classify, a_conversation_private_three_times_over_is_two_hints)
{
	/* days after the last message (no answer), a message without a word
	 * of any class: a conversation private by three messages' own words is
	 * two hints, privé and looked at; by one message, one hint: zakelijk */
	json_t *out = classify_text(
	    TCHAT("a1", "bea", "Bea", "2026-05-01T10:00:00+02:00", "Gefeliciteerd met je verjaardag!")
	    TCHAT("a2", "bea", "Bea", "2026-05-01T10:05:00+02:00", "Zin in een etentje zaterdag?")
	    TCHAT("a3", "bea", "Bea", "2026-05-01T10:06:00+02:00", "Ben jij ook jarig deze week?")
	    TCHAT("a4", "bea", "Bea", "2026-05-04T09:00:00+02:00",
		"We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht")
	    TCHAT("b1", "wim", "Wim", "2026-05-01T10:00:00+02:00", "Gefeliciteerd met je verjaardag!")
	    TCHAT("b2", "wim", "Wim", "2026-05-04T09:00:00+02:00",
		"We zien elkaar dan om acht uur bij het station en nemen samen de trein naar Utrecht"),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 2), "prive");
	cr_assert_str_eq(cls(out, 3), "prive");
	cr_assert(review(out, 3));
	cr_assert(reason(out, 3, "hint", "prive"));
	cr_assert_str_eq(cls(out, 5), "zakelijk");
	cr_assert(reason(out, 5, "default", "zakelijk"));
	json_decref(out);
}

#define TMAIL(id, thread, folder, who, time, text) \
	"{\"id\":\"" id "\",\"kind\":\"email\",\"conversation\":{\"id\":\"" thread "\",\"title\":\"" thread "\"}," \
	"\"time\":\"" time "\",\"folder\":\"" folder "\",\"subject\":\"" thread "\"," \
	"\"from\":{\"name\":\"" who "\",\"address\":\"" who "@example.com\"},\"text\":\"" text "\"}\n"

Test(classify, a_reply_in_a_thread_the_owner_filed_prive)
{
	/* the owner filed the notary's mail under Privé: her reply three days
	 * later, in the same thread and with no word of any class, is the same
	 * private correspondence (the mark and the mail it answers: two hints) */
	json_t *out = classify_text(
	    TMAIL("n1", "Uw conceptakte", "Privé", "notaris", "2026-11-18T09:30:00+01:00",
		"Hierbij de concepten; wilt u de gegevens controleren?")
	    TMAIL("n2", "Uw conceptakte", "Verzonden", "marloes", "2026-11-21T20:15:00+01:00",
		"Geachte heer Smeenk, de gegevens kloppen. Wij komen graag op 8 december tekenen.")
	    TMAIL("o1", "Planning", "INBOX", "jan", "2026-11-18T09:30:00+01:00",
		"Hierbij de concepten; wilt u de gegevens controleren?")
	    TMAIL("o2", "Planning", "Verzonden", "marloes", "2026-11-21T20:15:00+01:00",
		"Geachte heer Smeenk, de gegevens kloppen. Wij komen graag op 8 december tekenen."),
	    NULL, NULL);

	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert(reason(out, 0, "mark", "prive"));
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(review(out, 1));
	cr_assert(reason(out, 1, "hint", "prive"));
	/* the same words in a thread nobody filed are zakelijk: no signal */
	cr_assert_str_eq(cls(out, 3), "zakelijk");
	cr_assert(reason(out, 3, "default", "zakelijk"));
	json_decref(out);

	/* in a chat, a message the owner marked is a hint for what answers it
	 * within the day; three days later the same words start anew */
	out = classify_text(
	    TCHAT("c1", "notaris", "Notaris", "2026-11-18T09:30:00+01:00",
		"Hierbij de concepten; wilt u de gegevens controleren?")
	    TCHAT("c2", "notaris", "Marloes", "2026-11-18T20:15:00+01:00",
		"Geachte heer Smeenk, de gegevens kloppen. Wij komen graag op 8 december tekenen.")
	    TCHAT("d1", "notaris2", "Notaris", "2026-11-18T09:30:00+01:00",
		"Hierbij de concepten; wilt u de gegevens controleren?")
	    TCHAT("d2", "notaris2", "Marloes", "2026-11-21T20:15:00+01:00",
		"Geachte heer Smeenk, de gegevens kloppen. Wij komen graag op 8 december tekenen."),
	    NULL, "prive message c1\nprive message d1\n");
	cr_assert_str_eq(cls(out, 0), "prive");
	cr_assert_str_eq(cls(out, 1), "prive");
	cr_assert(reason(out, 1, "hint", "prive"));
	cr_assert_str_eq(cls(out, 2), "prive");
	cr_assert_str_eq(cls(out, 3), "zakelijk");
	cr_assert(reason(out, 3, "default", "zakelijk"));
	json_decref(out);
}

/* Redaction ------------------------------------------------------------------ */

static json_t *
redact_one(const char *text, const char *also)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	struct grounds *g = grounds_load(RULES "/grounds.tsv", 1, err, sizeof(err));
	struct rules_result res = { 0 };
	struct redact_counts n = { 0 };
	json_t *rec = json_pack("{s:s,s:s,s:s,s:s}", "id", "x", "kind", "email", "subject",
	    "Ziekmelding Jan", "text", text);
	char msg[256];

	cr_assert(rs && g, "%s", err);
	if (also)
		cr_assert_eq(rules_enable(rs, also, err, sizeof(err)), 0);
	redact_record(rs, g, rec, &res, &n);
	cr_assert_eq(stream_validate(rec, msg, sizeof(msg)), 0, "%s", msg);
	rules_result_free(&res);
	grounds_free(g);
	rules_free(rs);
	return rec;
}

Test(redact, spans_grounds_and_review)
{
	const char *t = "Zij heeft een beginnende burn-out; BSN 111222333, niet 123456789. Bel 06-12345678.";
	json_t *rec = redact_one(t, NULL), *reds = json_object_get(rec, "redactions"), *r;

	cr_assert(json_is_true(json_object_get(rec, "review")));
	cr_assert_str_eq(json_string_value(json_object_get(rec, "text")), t, "text was changed");
	cr_assert_eq(json_array_size(reds), 3);
	r = json_array_get(reds, 0);
	/* a special category widens to its clause */
	cr_assert_eq(json_integer_value(json_object_get(r, "start")), 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "end")),
	    (json_int_t)strlen("Zij heeft een beginnende burn-out"));
	cr_assert_str_eq(json_string_value(json_object_get(r, "ground")), "5.1.1d");
	cr_assert_str_eq(json_string_value(json_object_get(r, "at")), "gegevens.rules:1");
	r = json_array_get(reds, 1);
	cr_assert_str_eq(json_string_value(json_object_get(r, "category")), "bsn");
	cr_assert_str_eq(json_string_value(json_object_get(r, "ground")), "5.1.1e");
	/* the subject has its own spans */
	r = json_array_get(reds, 2);
	cr_assert_str_eq(json_string_value(json_object_get(r, "field")), "subject");
	json_decref(rec);

	/* the phone number only when asked for, with its own ground */
	rec = redact_one(t, "telefoon");
	reds = json_object_get(rec, "redactions");
	cr_assert_eq(json_array_size(reds), 4);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(reds, 2), "ground")), "5.1.2e");
	json_decref(rec);
}

Test(redact, overlapping_hits_merge)
{
	/* two health rules over one stretch, a union rule beside it */
	const char *t = "Hij ligt in het ziekenhuis, en hij is lid van de FNV.";
	json_t *rec = redact_one(t, NULL), *reds = json_object_get(rec, "redactions"), *r;

	cr_assert_eq(json_array_size(reds), 3, "%zu spans", json_array_size(reds));
	r = json_array_get(reds, 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "start")), 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "end")), (json_int_t)strlen("Hij ligt in het ziekenhuis"));
	cr_assert_str_eq(json_string_value(json_object_get(r, "rule")), "gez.ziekenhuis,gez.opname");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(reds, 1), "category")), "vakbond");
	json_decref(rec);
}

Test(redact, one_clause_two_categories)
{
	/* health and union in one clause: one span, both categories named */
	const char *t = "Zij heeft een burn-out en is lid van de FNV; verder niets.";
	json_t *rec = redact_one(t, NULL), *reds = json_object_get(rec, "redactions"), *r;
	char msg[256];

	cr_assert_eq(stream_validate(rec, msg, sizeof(msg)), 0, "%s", msg);
	r = json_array_get(reds, 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "start")), 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "end")),
	    (json_int_t)strlen("Zij heeft een burn-out en is lid van de FNV"));
	cr_assert_str_eq(json_string_value(json_object_get(r, "category")), "gezondheid");
	cr_assert_eq(json_array_size(json_object_get(r, "also")), 1);
	cr_assert_str_eq(json_string_value(json_array_get(json_object_get(r, "also"), 0)), "vakbond");
	cr_assert_str_eq(json_string_value(json_object_get(r, "rule")), "gez.burnout,vak.fnv");
	json_decref(rec);
}

/* The programs ------------------------------------------------------------------ */

Test(programs, chain_with_bad_lines_and_bad_rules)
{
	char *dir = scratch("chain"), *in, *mid, *out, *badrules, *rf;
	const char *text =
	    CHAT("a", "c", "Jan", "De Kamerbrief") "{not json}\n"
	    "{\"id\":\"b\",\"kind\":\"chat\",\"later\":{\"keep\":true},\"text\":\"Gefeliciteerd, ze heeft een burn-out\"}\n";
	struct run r;
	json_t *recs;

	cr_assert(asprintf(&in, "%s/in.jsonl", dir) > 0);
	cr_assert(asprintf(&mid, "%s/mid.jsonl", dir) > 0);
	cr_assert(asprintf(&out, "%s/out.jsonl", dir) > 0);
	cr_assert_eq(spit(in, text, strlen(text)), 0);
	run(&r, mid, (const char *const[]){ "ihh-classify", "--rules", RULES, in, NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "in.jsonl:2:"), "%s", r.err);
	cr_assert(strstr(r.err, "2 messages: 1 zakelijk, 1 prive, 0 partijpolitiek; 1 to review"), "%s", r.err);
	run_free(&r);
	run(&r, out, (const char *const[]){ "ihh-redact", "--rules", RULES, mid, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	free(in);
	in = slurp(out, NULL);
	recs = records(in);
	cr_assert_eq(json_array_size(recs), 2);
	cr_assert(json_is_true(json_object_get(json_object_get(json_array_get(recs, 1), "later"), "keep")));
	cr_assert_eq(json_array_size(json_object_get(json_array_get(recs, 1), "redactions")), 1);
	json_decref(recs);

	/* a bad rule stops both programs before they read anything */
	cr_assert(asprintf(&badrules, "%s/rules", dir) > 0);
	mkdir(badrules, 0700);
	cr_assert(asprintf(&rf, "%s/x.rules", badrules) > 0);
	cr_assert_eq(spit(rf, "a.b prive 2 text /(x/\n", 22), 0);
	run(&r, NULL, (const char *const[]){ "ihh-classify", "--rules", badrules, mid, NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "ihh-classify: x.rules:1:"), "%s", r.err);
	cr_assert_eq(r.outlen, 0);
	run_free(&r);
	run(&r, NULL, (const char *const[]){ "ihh-redact", "--rules", badrules, mid, NULL });
	cr_assert_eq(r.status, 2);
	run_free(&r);
	run(&r, NULL, (const char *const[]){ "ihh-classify", "--rules", RULES, "--contacts", rf, mid, NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "x.rules:1:1: unknown role 'a.b'"), "%s", r.err);
	run_free(&r);
	free(in);
	free(mid);
	free(out);
	free(rf);
	free(badrules);
	free(dir);
}

Test(programs, a_catastrophic_rule_is_an_error_and_a_review, .timeout = 30)
{
	char *dir = scratch("redos"), *rules, *rf, *in;
	GString *t = g_string_new("{\"id\":\"a\",\"kind\":\"chat\",\"text\":\"");
	struct run r;
	json_t *recs, *rec;
	int i;

	cr_assert(asprintf(&rules, "%s/rules", dir) > 0);
	mkdir(rules, 0700);
	cr_assert(asprintf(&rf, "%s/x.rules", rules) > 0);
	cr_assert_eq(spit(rf, "gez.x gezondheid 2 text /\\w(?=(\\w+\\s?)*!$)/\n", 44), 0);
	for (i = 0; i < 5000; i++)
		g_string_append(t, "woord ");
	g_string_append(t, "?\"}\n{\"id\":\"b\",\"kind\":\"chat\",\"text\":\"kort\"}\n");
	cr_assert(asprintf(&in, "%s/in.jsonl", dir) > 0);
	cr_assert_eq(spit(in, t->str, t->len), 0);
	run(&r, NULL, (const char *const[]){ "ihh-redact", "--rules", rules, in, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	recs = records(r.out);
	cr_assert_eq(json_array_size(recs), 2);
	rec = json_array_get(recs, 0);
	cr_assert(json_is_true(json_object_get(rec, "review")));
	cr_assert(strstr(json_string_value(json_array_get(json_object_get(rec, "errors"), 0)),
	    "rule gez.x (x.rules:1) was not applied"));
	cr_assert_null(json_object_get(json_array_get(recs, 1), "errors"));
	json_decref(recs);
	run_free(&r);
	g_string_free(t, TRUE);
	free(in);
	free(rf);
	free(rules);
	free(dir);
}
