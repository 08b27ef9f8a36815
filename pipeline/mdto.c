/*
 * mdto: MDTO 1.0.1 sidecars (mdto.h).  Child elements in the schema's
 * order: identificatie, naam, aggregatieniveau, omschrijving,
 * dekkingInTijd, taal, waardering, bewaartermijn, isOnderdeelVan,
 * bevatOnderdeel, heeftRepresentatie, archiefvormer, beperkingGebruik for
 * an informatieobject; identificatie, naam, omvang, bestandsformaat,
 * checksum, URLBestand, isRepresentatieVan for a bestand.  One
 * beperkingGebruik per informatieobject, with a code from the Archiefwet
 * openbaarheid list (as receiving archives check it), the Woo grounds
 * spelled out, and the longest term.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "mdto.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<MDTO xmlns=\"https://www.nationaalarchief.nl/mdto\" " \
	"xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " \
	"xsi:schemaLocation=\"https://www.nationaalarchief.nl/mdto " \
	"https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd\">\n"

static void
put_text(GString *x, int depth, const char *tag, const char *value)
{
	char *v = g_markup_escape_text(value ? value : "", -1);

	g_string_append_printf(x, "%*s<%s>%s</%s>\n", depth * 2, "", tag, v, tag);
	g_free(v);
}

static void
put_id(GString *x, int depth, const char *tag, const char *id, const char *source)
{
	g_string_append_printf(x, "%*s<%s>\n", depth * 2, "", tag);
	put_text(x, depth + 1, "identificatieKenmerk", id);
	put_text(x, depth + 1, "identificatieBron", source);
	g_string_append_printf(x, "%*s</%s>\n", depth * 2, "", tag);
}

static void
put_ref(GString *x, int depth, const char *tag, const char *name, const char *id,
    const char *source)
{
	g_string_append_printf(x, "%*s<%s>\n", depth * 2, "", tag);
	put_text(x, depth + 1, "verwijzingNaam", name);
	if (id)
		put_id(x, depth + 1, "verwijzingIdentificatie", id, source);
	g_string_append_printf(x, "%*s</%s>\n", depth * 2, "", tag);
}

static void
put_begrip(GString *x, int depth, const char *tag, const char *label, const char *code,
    const char *list)
{
	g_string_append_printf(x, "%*s<%s>\n", depth * 2, "", tag);
	put_text(x, depth + 1, "begripLabel", label);
	if (code)
		put_text(x, depth + 1, "begripCode", code);
	put_ref(x, depth + 1, "begripBegrippenlijst", list, NULL, NULL);
	g_string_append_printf(x, "%*s</%s>\n", depth * 2, "", tag);
}

/* The years of an xsd:duration such as P20Y (0 for other forms). */
static int
years(const char *d)
{
	return d && d[0] == 'P' && strchr(d, 'Y') ? atoi(d + 1) : 0;
}

/*
 * The Archiefwet kind of a restriction, weightiest first: the interest of
 * the State (a classification), special personal data and criminal data
 * (5.1.1d, and criminal data under 5.1.2e), secrecy imposed under the
 * Gemeentewet (undue advantage or disadvantage), the private sphere.
 */
static const struct {
	const char *code, *label;
} kinds[] = {
	{ "Openbaarheid/AW1995/BeperktOpenbaar-staatsbelang/1.0",
	  "beperkt openbaar; staatsbelang (Archiefwet 1995)" },
	{ "Openbaarheid/AW1995/BeperktOpenbaar-bijzonderePersoonsgegevens/1.0",
	  "beperkt openbaar; bijzondere persoonsgegevens en/of persoonsgegevens van strafrechtelijke "
	  "aard (Archiefwet 1995)" },
	{ "Openbaarheid/AW1995/BeperktOpenbaar-benadeling/1.0",
	  "beperkt openbaar; onevenredige bevoordeling of benadeling (Archiefwet 1995)" },
	{ "Openbaarheid/AW1995/BeperktOpenbaar-levenssfeer/1.0",
	  "beperkt openbaar; eerbiediging van de persoonlijke levenssfeer (Archiefwet 1995)" },
};

static size_t
kind_of(const struct mdto_restriction *r)
{
	if (!strcmp(r->ground, "staatsbelang"))
		return 0;
	if (!strcmp(r->ground, "5.1.1d") || strstr(r->label, "strafrechtelijk"))
		return 1;
	if (!strcmp(r->ground, "geheimhouding"))
		return 2;
	return 3;
}

static void
put_restriction(GString *x, const struct mdto_restriction *rs, size_t n)
{
	GString *why = g_string_new(NULL);
	const char *term = NULL, *code, *label;
	size_t i, weightiest = 3;

	g_string_append(x, "    <beperkingGebruik>\n");
	if (!n) {
		put_begrip(x, 3, "beperkingGebruikType", "openbaar (Archiefwet 1995)",
		    "Openbaarheid/AW1995/Openbaar/1.0", "Begrippenlijst Openbaarheid Archiefwet 1995");
		put_text(x, 3, "beperkingGebruikNadereBeschrijving", "Geen passages weggelakt: "
		    "de berichten zijn openbaar, voor zover de Archiefwet niet anders bepaalt.");
		g_string_append(x, "    </beperkingGebruik>\n");
		g_string_free(why, TRUE);
		return;
	}
	for (i = 0; i < n; i++) {
		if (kind_of(&rs[i]) < weightiest)
			weightiest = kind_of(&rs[i]);
		if (!term || years(rs[i].term) > years(term))
			term = rs[i].term;
		if (kind_of(&rs[i]) == 0 || kind_of(&rs[i]) == 2)
			g_string_append_printf(why, "%s%s", why->len ? "; " : "", rs[i].label);
		else
			g_string_append_printf(why, "%sweggelakt na vier-ogencontrole, in de tekst als "
			    "[%s]: Woo %s, %s", why->len ? "; " : "", rs[i].ground, rs[i].ground,
			    rs[i].label);
	}
	code = kinds[weightiest].code;
	label = kinds[weightiest].label;
	put_begrip(x, 3, "beperkingGebruikType", label, code, "Begrippenlijst Openbaarheid Archiefwet 1995");
	put_text(x, 3, "beperkingGebruikNadereBeschrijving", why->str);
	g_string_append(x, "      <beperkingGebruikTermijn>\n");
	put_text(x, 4, "termijnLooptijd", term);
	g_string_append(x, "      </beperkingGebruikTermijn>\n");
	g_string_append(x, "    </beperkingGebruik>\n");
	g_string_free(why, TRUE);
}

char *
mdto_object_xml(const struct mdto_object *o)
{
	GString *x = g_string_new(HEAD);
	size_t i;

	g_string_append(x, "  <informatieobject>\n");
	put_id(x, 2, "identificatie", o->id, o->id_source);
	put_text(x, 2, "naam", o->name);
	put_begrip(x, 2, "aggregatieniveau", o->level, NULL, "Begrippenlijst Aggregatieniveaus MDTO");
	if (o->description)
		put_text(x, 2, "omschrijving", o->description);
	if (o->begin) {
		g_string_append(x, "    <dekkingInTijd>\n");
		put_begrip(x, 3, "dekkingInTijdType", "Periode van de berichten", NULL,
		    "Begrippenlijst ihh");
		put_text(x, 3, "dekkingInTijdBegindatum", o->begin);
		if (o->end)
			put_text(x, 3, "dekkingInTijdEinddatum", o->end);
		g_string_append(x, "    </dekkingInTijd>\n");
	}
	put_text(x, 2, "taal", "nl");
	put_begrip(x, 2, "waardering", !strcmp(o->waardering, "V") ? "Tijdelijk te bewaren" :
	    "Blijvend te bewaren", !strcmp(o->waardering, "V") ? "V" : "B",
	    "Begrippenlijst Waarderingen MDTO");
	if (o->bewaartermijn) {
		g_string_append(x, "    <bewaartermijn>\n");
		put_text(x, 3, "termijnLooptijd", o->bewaartermijn);
		g_string_append(x, "    </bewaartermijn>\n");
	}
	if (o->parent)
		put_ref(x, 2, "isOnderdeelVan", o->parent->name, o->parent->id, o->id_source);
	for (i = 0; i < o->nparts; i++)
		put_ref(x, 2, "bevatOnderdeel", o->parts[i].name, o->parts[i].id, o->id_source);
	for (i = 0; i < o->nfiles; i++)
		put_ref(x, 2, "heeftRepresentatie", o->files[i].name, o->files[i].id, o->id_source);
	put_ref(x, 2, "archiefvormer", o->organisation, o->organisation_id,
	    o->organisation_id ? "Register van Overheidsorganisaties" : NULL);
	put_restriction(x, o->restrictions, o->nrestrictions);
	g_string_append(x, "  </informatieobject>\n</MDTO>\n");
	return g_string_free(x, FALSE);
}

char *
mdto_file_xml(const struct mdto_file *f)
{
	GString *x = g_string_new(HEAD);
	char size[32];

	g_string_append(x, "  <bestand>\n");
	put_id(x, 2, "identificatie", f->id, f->id_source);
	put_text(x, 2, "naam", f->name);
	snprintf(size, sizeof(size), "%llu", f->size);
	put_text(x, 2, "omvang", size);
	put_begrip(x, 2, "bestandsformaat", f->format_label, f->pronom, "PRONOM-register");
	g_string_append(x, "    <checksum>\n");
	put_begrip(x, 3, "checksumAlgoritme", "SHA256", NULL, "Begrippenlijst ChecksumAlgoritme MDTO");
	put_text(x, 3, "checksumWaarde", f->sha256);
	put_text(x, 3, "checksumDatum", f->checksum_date);
	g_string_append(x, "    </checksum>\n");
	if (f->location) {
		/* a relative URI: the file beside this sidecar */
		char *uri = g_uri_escape_string(f->location, NULL, FALSE);

		put_text(x, 2, "URLBestand", uri);
		g_free(uri);
	}
	put_ref(x, 2, "isRepresentatieVan", f->of.name, f->of.id, f->id_source);
	g_string_append(x, "  </bestand>\n</MDTO>\n");
	return g_string_free(x, FALSE);
}

void
mdto_format(const char *type, const char *name, const char **pronom, const char **label)
{
	static const struct {
		const char *type, *ext, *pronom, *label;
	} formats[] = {
		{ "text/plain", ".txt", "x-fmt/111", "Plain Text File" },
		{ "application/jsonl", ".jsonl", "fmt/817", "JSON Data Interchange Format" },
		{ "application/json", ".json", "fmt/817", "JSON Data Interchange Format" },
		{ "image/jpeg", ".jpg", "fmt/43", "JPEG File Interchange Format 1.01" },
		{ "image/png", ".png", "fmt/11", "Portable Network Graphics 1.0" },
		{ "application/pdf", ".pdf", "fmt/276", "Acrobat PDF 1.7 - Portable Document Format" },
		{ "audio/ogg", ".opus", "fmt/946", "Opus" },
		{ "video/mp4", ".mp4", "fmt/199", "MPEG-4 Media File" },
		{ NULL, NULL, NULL, NULL }
	};
	size_t i;

	for (i = 0; formats[i].pronom; i++)
		if ((type && !strcmp(type, formats[i].type)) ||
		    (name && g_str_has_suffix(name, formats[i].ext))) {
			*pronom = formats[i].pronom;
			*label = formats[i].label;
			return;
		}
	*pronom = NULL;
	*label = type ? type : "onbekend formaat";
}
