/*
 * gen: writes a synthetic corpus for the benchmark, the same bytes for
 * the same arguments.
 *
 *   gen mbox SIZE_MIB OUT      an mbox of real-looking ministry mail
 *   gen maildir COUNT DIR      the same mail, one file a message, as a Maildir
 *   gen whatsapp LINES OUT     an Android WhatsApp export
 *   gen ufdr SIZE_MIB DIR      a Cellebrite read-out unpacked: DIR/report.xml
 *                              of chats, SMS and mail, and DIR/files/ it names
 *
 * One mail in eight is multipart with a small base64 attachment, one in
 * four a reply in a thread; chats have multi-line messages and media.
 */
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static uint64_t seed = 88172645463325252ull;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* Everyday Dutch, with the accents rules must see through ... */
static const char *const filler[] = {
	"de", "het", "een", "en", "van", "in", "op", "te", "is", "dat", "die", "met",
	"voor", "niet", "aan", "er", "om", "ook", "als", "bij", "of", "wat", "maar",
	"nog", "heeft", "ik", "je", "we", "wij", "jullie", "zij", "hij", "dit", "naar",
	"over", "dan", "nu", "al", "wel", "even", "graag", "vandaag", "morgen", "straks",
	"vanavond", "volgende", "week", "goed", "prima", "dank", "bedankt", "laat",
	"weten", "zien", "kijken", "sturen", "bellen", "lezen", "komen", "gaan", "doen",
	"moeten", "kunnen", "willen", "zullen", "stuk", "tekst", "punt", "punten",
	"versie", "concept", "reactie", "vraag", "vragen", "antwoord", "tijd", "uur",
	"12.00", "half", "tien", "€", "café", "één", "ideeën", "coördinatie",
	"financiële", "reünie", "geïnteresseerd", "zeeën", "enquête", "privé", "à",
	"afspraak", "agenda", "idee", "lijst", "mail", "bericht", "nummer", "trein",
	"auto", "thuis", "kantoor", "Den", "Haag", "Utrecht", "Amsterdam", "eerst",
	"daarna", "alvast", "misschien", "zeker", "toch", "eigenlijk", "helemaal",
};

/* ... and, one word in twenty-five, a word the rules look for */
static const char *const keywords[] = {
	"minister", "Kamerbrief", "ministerraad", "begroting", "beslisnota",
	"Woo-verzoek", "debat", "persbericht", "departement", "wetsvoorstel",
	"overleg", "afstemming", "planning", "directie", "gemeente", "provincie",
	"besluit", "openbaarmaking", "stikstof", "woningbouw", "zorgbegroting",
	"onderwijs", "verjaardag", "etentje", "vakantie", "partijcongres", "fractie",
	"campagne", "gefeliciteerd", "kinderen", "ledenvergadering",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void
sentence(FILE *f, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? " " : "",
		    rnd(25) ? filler[rnd(COUNT(filler))] : keywords[rnd(COUNT(keywords))]);
	fputc('.', f);
}

static const char *const people[] = {
	"Joost Bakker <j.bakker@minbzk.nl>", "Eveline de Wit <e.dewit@minbzk.nl>",
	"Inge Visser <i.visser@minbzk.nl>", "=?utf-8?q?Fr=C3=A9d=C3=A9rique_Maas?= <f.maas@redactie.example>",
	"Sanne Meijer <s.meijer@minbzk.nl>", "Ruud van Leeuwen <r.vanleeuwen@minbzk.nl>",
};

/* Message n of the generated mail: "From " line (mbox) or not (Maildir). */
static void
one_mail(FILE *f, uint64_t n, int from_line)
{
	unsigned p = rnd(6), i, k;

	if (from_line)
		fprintf(f, "From sender@minbzk.nl Mon Mar %2u %02u:%02u:%02u 2024\n",
		    1 + (unsigned)(n % 28), rnd(24), rnd(60), rnd(60));
	fprintf(f, "From: %s\nTo: %s\nDate: Mon, %u Mar 2024 %02u:%02u:00 +0100\n",
	    people[p], people[(p + 1) % 6], 1 + (unsigned)(n % 28), rnd(24), rnd(60));
	fprintf(f, "Message-ID: <%llu.bench@minbzk.nl>\n", (unsigned long long)n);
	if (n % 4 == 3)
		fprintf(f, "In-Reply-To: <%llu.bench@minbzk.nl>\nReferences: <%llu.bench@minbzk.nl>\nSubject: Re: Overleg %llu\n",
		    (unsigned long long)n - 1, (unsigned long long)n - 3, (unsigned long long)n / 4);
	else
		fprintf(f, "Subject: Overleg %llu\n", (unsigned long long)n / 4);
	fputs("MIME-Version: 1.0\n", f);
	if (n % 8 == 5)
		fputs("Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n", f);
	fputs("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n", f);
	k = 3 + rnd(12);
	for (i = 0; i < k; i++) {
		sentence(f, 8 + rnd(20));
		fputs(i % 3 == 2 ? "\n\n" : "\n", f);
	}
	if (from_line && n % 16 == 7)
		fputs(">From the archive: quoted line\n", f);
	if (n % 8 == 5) {
		fputs("\n--b1\nContent-Type: application/pdf; name=\"notitie.pdf\"\n"
		    "Content-Disposition: attachment; filename=\"notitie.pdf\"\n"
		    "Content-Transfer-Encoding: base64\n\n", f);
		for (i = 0; i < 40; i++) {
			for (k = 0; k < 76; k++)
				fputc("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[rnd(64)], f);
			fputc('\n', f);
		}
		fputs("--b1--\n", f);
	}
	if (from_line)
		fputc('\n', f);
}

static void
mbox(uint64_t size, FILE *f)
{
	uint64_t n;

	for (n = 0; ftell(f) >= 0 && (uint64_t)ftell(f) < size; n++)
		one_mail(f, n, 1);
}

/* count messages as Maildir files under dir: cur/ and, one in ten, .Priv&AOk-/cur/. */
static int
maildir(unsigned long count, const char *dir)
{
	char path[4096];
	unsigned long n;
	FILE *f;

	snprintf(path, sizeof(path), "%s/cur", dir);
	if (mkdir(dir, 0700) && errno != EEXIST)
		return 1;
	if (mkdir(path, 0700) && errno != EEXIST)
		return 1;
	snprintf(path, sizeof(path), "%s/.Priv&AOk-", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/.Priv&AOk-/cur", dir);
	mkdir(path, 0700);
	for (n = 0; n < count; n++) {
		snprintf(path, sizeof(path), "%s/%s%lu.M%luP1.bench,S=1:2,S", dir,
		    n % 10 == 9 ? ".Priv&AOk-/cur/" : "cur/", 1709000000 + n, n);
		if (!(f = fopen(path, "w")))
			return 1;
		one_mail(f, n, 0);
		if (fclose(f) != 0)
			return 1;
	}
	return 0;
}

/* Hits for the personal-data rules, sprinkled in. */
static const char *const sensitive[] = {
	"ik heb een burn-out", "mijn vader ligt in het ziekenhuis", "zijn BSN is 111222333",
	"ze is lid van de FNV", "hij zit vast voor diefstal", "zij is zwanger",
	"mijn buurman stemt PVV", "hij gaat elke zondag naar de moskee", "BSN 123456782",
	"haar diabetes is weer ontregeld",
};

static void
whatsapp(unsigned long lines, FILE *f)
{
	static const char *const who[] = { "Joost Bakker", "Ingrid Smits", "Anne-Marie Verhoeven", "\xE2\x80\xAA+31\xC2\xA0" "6\xC2\xA0" "12345678\xE2\x80\xAC" };
	unsigned long i;

	for (i = 0; i < lines; i++) {
		fprintf(f, "%u-%u-2024 %02u:%02u - %s: ", 1 + (unsigned)(i / 2000 % 28),
		    1 + (unsigned)(i / 56000 % 12), (unsigned)(i / 60 % 24), (unsigned)(i % 60), who[rnd(4)]);
		if (i % 50 == 7)
			fprintf(f, "IMG-2024030%lu-WA%04lu.jpg (bestand bijgevoegd)\n", i % 9, i % 10000);
		else {
			sentence(f, 3 + rnd(15));
			if (i % 20 == 11)
				fprintf(f, " %s.", sensitive[rnd(COUNT(sensitive))]);
			fputc('\n', f);
			if (i % 10 == 3) {
				sentence(f, 5);
				fputs("\n\n", f);
				sentence(f, 7);
				fputc('\n', f);
			}
		}
	}
}

#define UFDR_FILES 128

static void
ufdr_field(FILE *f, const char *name, const char *v)
{
	fprintf(f, "<field name=\"%s\" type=\"String\"><value type=\"String\"><![CDATA[%s]]></value></field>\n",
	    name, v);
}

static void
ufdr_party(FILE *f, const char *field, unsigned who, int multi)
{
	static const char *const names[] = { "Joost Bakker", "Ingrid Smits", "Anne-Marie Verhoeven", "Minister" };

	fprintf(f, "<%s name=\"%s\" type=\"Party\"><model type=\"Party\" id=\"p-%u\">\n",
	    multi ? "multiModelField" : "modelField", field, who);
	fprintf(f, "<field name=\"Identifier\" type=\"String\"><value type=\"String\"><![CDATA[316%08u@s.whatsapp.net]]></value></field>\n",
	    10000000 + who * 1111111);
	ufdr_field(f, "Name", names[who % 4]);
	fprintf(f, "</model></%s>\n", multi ? "multiModelField" : "modelField");
}

/* A read-out as Physical Analyzer writes it, every part of the report.xml a reader meets. */
static int
ufdr(uint64_t size, const char *dir)
{
	char path[4096];
	unsigned char blk[65536];
	FILE *f;
	uint64_t n = 0;
	unsigned i, k;

	snprintf(path, sizeof(path), "%s/files", dir);
	mkdir(dir, 0700);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/files/Image", dir);
	mkdir(path, 0700);
	for (i = 0; i < UFDR_FILES; i++) {
		snprintf(path, sizeof(path), "%s/files/Image/IMG-%05u.jpg", dir, i);
		if (!(f = fopen(path, "w")))
			return 1;
		for (k = 0; k < sizeof(blk); k++)
			blk[k] = (unsigned char)rnd(256);
		blk[0] = 0xff, blk[1] = 0xd8, blk[2] = 0xff;
		fwrite(blk, 1, sizeof(blk), f);
		if (fclose(f) != 0)
			return 1;
	}
	snprintf(path, sizeof(path), "%s/report.xml", dir);
	if (!(f = fopen(path, "w")))
		return 1;
	fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<project id=\"bench\" name=\"bench\" "
	    "reportVersion=\"7.60.0.114\" xmlns=\"http://pa.cellebrite.com/report/2.0\">\n<taggedFiles>\n", f);
	for (i = 0; i < UFDR_FILES; i++)
		fprintf(f, "<file fs=\"fs\" path=\"/private/var/mobile/Media/IMG-%05u.jpg\" size=\"65536\" id=\"f-%u\" deleted=\"Intact\">"
		    "<metadata section=\"File\"><item name=\"Local Path\"><![CDATA[files\\Image\\IMG-%05u.jpg]]></item></metadata></file>\n",
		    i, i, i);
	fputs("</taggedFiles>\n<decodedData>\n<modelType type=\"Chat\">\n", f);
	for (i = 0; (uint64_t)ftell(f) < size * 9 / 10; i++) {
		fprintf(f, "<model type=\"Chat\" id=\"chat-%u\" deleted_state=\"Intact\">\n", i);
		ufdr_field(f, "Source", "WhatsApp");
		fprintf(f, "<field name=\"Name\" type=\"String\"><value type=\"String\"><![CDATA[Overleg %u]]></value></field>\n", i);
		fputs("<multiModelField name=\"Participants\" type=\"Party\">\n", f);
		for (k = 0; k < 4; k++)
			fprintf(f, "<model type=\"Party\" id=\"cp-%u-%u\"><field name=\"Identifier\" type=\"String\">"
			    "<value type=\"String\"><![CDATA[316%08u@s.whatsapp.net]]></value></field></model>\n",
			    i, k, 10000000 + k * 1111111);
		fputs("</multiModelField>\n<multiModelField name=\"Messages\" type=\"InstantMessage\">\n", f);
		for (k = 0; k < 1000; k++, n++) {
			fprintf(f, "<model type=\"InstantMessage\" id=\"m-%llu\" deleted_state=\"%s\" decoding_confidence=\"High\">\n",
			    (unsigned long long)n, n % 97 == 5 ? "Deleted" : "Intact");
			ufdr_field(f, "SourceApplication", "WhatsApp");
			ufdr_party(f, "From", rnd(4), 0);
			fputs("<field name=\"Body\" type=\"String\"><value type=\"String\"><![CDATA[", f);
			sentence(f, 3 + rnd(25));
			fputs("]]></value></field>\n", f);
			fprintf(f, "<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\" format=\"TimeStampKnown\" "
			    "formattedTimestamp=\"2023-%02u-%02uT%02u:%02u:00+00:00\">2023-%02u-%02uT%02u:%02u:00.000+00:00</value></field>\n",
			    1 + (unsigned)(n / 100000 % 12), 1 + (unsigned)(n / 3000 % 28), (unsigned)(n / 60 % 24), (unsigned)(n % 60),
			    1 + (unsigned)(n / 100000 % 12), 1 + (unsigned)(n / 3000 % 28), (unsigned)(n / 60 % 24), (unsigned)(n % 60));
			ufdr_field(f, "Status", "Read");
			if (n % 25 == 3)
				fprintf(f, "<multiModelField name=\"Attachments\" type=\"Attachment\"><model type=\"Attachment\" id=\"a-%llu\" file_id=\"f-%u\">"
				    "<field name=\"Filename\" type=\"String\"><value type=\"String\"><![CDATA[IMG-%05u.jpg]]></value></field>"
				    "<field name=\"ContentType\" type=\"String\"><value type=\"String\"><![CDATA[image/jpeg]]></value></field>"
				    "</model></multiModelField>\n", (unsigned long long)n, (unsigned)(n % UFDR_FILES), (unsigned)(n % UFDR_FILES));
			fputs("</model>\n", f);
		}
		fputs("</multiModelField>\n</model>\n", f);
	}
	fputs("</modelType>\n<modelType type=\"SMS\">\n", f);
	for (; (uint64_t)ftell(f) < size * 95 / 100; n++) {
		fprintf(f, "<model type=\"SMS\" id=\"s-%llu\" deleted_state=\"Intact\">\n", (unsigned long long)n);
		fputs("<field name=\"Body\" type=\"String\"><value type=\"String\"><![CDATA[", f);
		sentence(f, 3 + rnd(15));
		fputs("]]></value></field>\n<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">2023-05-01T10:00:00.000+02:00</value></field>\n", f);
		fprintf(f, "<multiModelField name=\"Parties\" type=\"Party\"><model type=\"Party\" id=\"sp-%llu\">"
		    "<field name=\"Identifier\" type=\"String\"><value type=\"String\"><![CDATA[+31 6 %08u]]></value></field>"
		    "<field name=\"Role\" type=\"PartyRole\"><value type=\"PartyRole\"><![CDATA[From]]></value></field></model></multiModelField>\n</model>\n",
		    (unsigned long long)n, 10000000 + rnd(50));
	}
	fputs("</modelType>\n<modelType type=\"Email\">\n", f);
	for (; (uint64_t)ftell(f) < size; n++) {
		fprintf(f, "<model type=\"Email\" id=\"e-%llu\" deleted_state=\"Intact\">\n", (unsigned long long)n);
		fprintf(f, "<field name=\"Subject\" type=\"String\"><value type=\"String\"><![CDATA[%s %s]]></value></field>\n",
		    n % 3 ? "Re:" : "", keywords[rnd(COUNT(keywords))]);
		fputs("<field name=\"Body\" type=\"String\"><value type=\"String\"><![CDATA[", f);
		for (k = 0; k < 6; k++) {
			sentence(f, 8 + rnd(20));
			fputs("\n\n", f);
		}
		fputs("]]></value></field>\n<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">2023-06-01T10:00:00.000+02:00</value></field>\n", f);
		ufdr_party(f, "To", rnd(4), 1);
		fputs("</model>\n", f);
	}
	fputs("</modelType>\n</decodedData>\n</project>\n", f);
	fprintf(stderr, "gen: %llu messages\n", (unsigned long long)n);
	return fclose(f) != 0;
}

int
main(int argc, char **argv)
{
	FILE *f;

	if (argc != 4)
		return 2;
	if (!strcmp(argv[1], "maildir"))
		return maildir(strtoul(argv[2], NULL, 10), argv[3]);
	if (!strcmp(argv[1], "ufdr"))
		return ufdr(strtoull(argv[2], NULL, 10) << 20, argv[3]);
	f = fopen(argv[3], "w");
	if (!f)
		return 1;
	if (!strcmp(argv[1], "mbox"))
		mbox(strtoull(argv[2], NULL, 10) << 20, f);
	else if (!strcmp(argv[1], "whatsapp"))
		whatsapp(strtoul(argv[2], NULL, 10), f);
	else
		return 2;
	return fclose(f) != 0;
}
