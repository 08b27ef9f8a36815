/*
 * The archive package: made from what ihh-apply kept, it verifies (bag,
 * MDTO against the schema, checksums, audit log); every kind of tampering
 * is named; nothing of a deleted message or a redacted span is in it, in
 * any form; the same input gives the same bytes.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "harness.h"

#define SCHEMA "../shared/standards/MDTO-XML-1.0.1.xsd"
#define SCHEMA_10 "../shared/standards/MDTO-XML-1.0.xsd"
/* SHA-256 of "Concept-Kamerbrief" */
#define BRIEF_SHA "61a7df2b34e32f761a6ba827200833406d1df9aed401bacca04a48772c66aa3d"

#define REC(id, conv, text, more) \
	"{\"id\":\"" id "\",\"kind\":\"chat\",\"conversation\":{\"id\":\"" conv "\",\"title\":\"" conv "\"}," \
	"\"time\":\"2024-03-05T14:20:00+01:00\",\"from\":{\"name\":\"Jan\"},\"text\":\"" text "\"" more "}\n"

struct fx {
	char *dir, *store, *log, *kept, *report;
};

static char *
path_in(const struct fx *f, const char *name)
{
	return g_build_filename(f->dir, name, NULL);
}

/* alice marks, bob accepts every proposal, carol applies: the kept stream and its store. */
static void
fixture(struct fx *f)
{
	char *in, *cls, *marked, *tsv, *filled, *text, *photo, *sum, **lines;
	GString *o = g_string_new(NULL);
	size_t len, i;

	f->dir = scratch("package");
	f->store = path_in(f, "store");
	f->log = path_in(f, "audit.log");
	f->kept = path_in(f, "kept.jsonl");
	f->report = path_in(f, "report.json");
	in = path_in(f, "in.jsonl");
	cls = path_in(f, "cls.jsonl");
	marked = path_in(f, "marked.jsonl");
	tsv = path_in(f, "items.tsv");
	filled = path_in(f, "filled.tsv");
	cr_assert_eq(g_mkdir_with_parents(f->store, 0700), 0);
	sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, "feestfoto", -1);
	photo = g_build_filename(f->store, sum, NULL);
	cr_assert_eq(spit(photo, "feestfoto", 9), 0);
	g_free(photo);
	/* the kept message's attachment */
	photo = g_build_filename(f->store, BRIEF_SHA, NULL);
	cr_assert_eq(spit(photo, "Concept-Kamerbrief", 18), 0);
	text = g_strdup_printf(
	    REC("p1", "Werk overleg", "De Kamerbrief staat klaar",
		",\"attachments\":[{\"name\":\"brief.txt\",\"sha256\":\"" BRIEF_SHA "\",\"size\":18,\"type\":\"text/plain\"}]")
	    REC("p2", "Werk overleg", "Gefeliciteerd met je verjaardag, jarig!",
		",\"attachments\":[{\"name\":\"feest.jpg\",\"sha256\":\"%s\",\"size\":9,\"type\":\"image/jpeg\"}]")
	    REC("p3", "Werk overleg", "Zij ligt in het ziekenhuis; de Kamerbrief gaat mee", "")
	    REC("p4", "Dossier <b>&amp;</b>", "De Kamerbrief over de begroting", "")
	    REC("p5", "Rubricering", "STG. GEHEIM - de Kamerbrief over de begroting", "")
	    REC("p6", "Raad", "De raad heeft geheimhouding opgelegd op de Kamerbrief en de bijlage", ""), sum);
	cr_assert_eq(spit(in, text, strlen(text)), 0);
	g_free(text);
	run_expect(cls, (const char *[]){ "ihh-classify", "-q", "--rules", "fixtures/rules-test", "--log", f->log,
	    "--by", "alice", in, NULL }, 0);
	run_expect(marked, (const char *[]){ "ihh-redact", "-q", "--rules", "fixtures/rules-test", "--log", f->log,
	    "--by", "alice", cls, NULL }, 0);
	run_expect(tsv, (const char *[]){ "ihh-review", "-q", "--list", "--log", f->log, "--by", "alice", marked, NULL }, 0);
	text = slurp(tsv, &len);
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] && *lines[i]; i++)
		g_string_append_printf(o, "%s%s\n", lines[i], i ? "accept" : "");
	cr_assert_eq(spit(filled, o->str, o->len), 0);
	run_expect(NULL, (const char *[]){ "ihh-review", "-q", "--decide", filled, "--by", "bob", "-o", f->dir,
	    "--log", f->log, marked, NULL }, 0);
	g_free(text);
	text = path_in(f, "decisions.json");
	run_expect(f->kept, (const char *[]){ "ihh-apply", "-q", "--decisions", text, "--by", "carol", "--log",
	    f->log, "--report", f->report, marked, NULL }, 0);
	g_free(text);
	g_strfreev(lines);
	g_string_free(o, TRUE);
	g_free(sum);
	g_free(photo);
	g_free(in);
	g_free(cls);
	g_free(marked);
	g_free(tsv);
	g_free(filled);
}

static void
fixture_free(struct fx *f)
{
	g_free(f->store);
	g_free(f->log);
	g_free(f->kept);
	g_free(f->report);
	free(f->dir);
}

static char *
package(const struct fx *f, const char *name, const char *format)
{
	char *out = path_in(f, name);

	run_expect(NULL, (const char *[]){ "ihh-package", "-q", "--store", f->store, "-o", out, "--format", format,
	    "--report", f->report, "--log", f->log, "--by", "carol", f->kept, NULL }, 0);
	return out;
}

/* ihh-verify on it: its status, and what it printed. */
static int
verify(const char *pkg, char **said)
{
	struct run r;
	int have = g_file_test(SCHEMA, G_FILE_TEST_EXISTS), status;

	if (have)
		run(&r, NULL, (const char *[]){ "ihh-verify", "--schema", SCHEMA, "--schema", SCHEMA_10,
		    pkg, NULL });
	else
		run(&r, NULL, (const char *[]){ "ihh-verify", pkg, NULL });
	status = r.status;
	*said = g_strdup(r.out ? r.out : "");
	run_free(&r);
	return status;
}

/* Does any file under dir hold needle? */
static int
holds(const char *dir, const char *needle)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	int found = 0;

	while (d && !found && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(dir, name, NULL), *text;
		size_t len;

		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			found = holds(p, needle);
		else {
			text = slurp(p, &len);
			found = memmem(text, len, needle, strlen(needle)) != NULL;
			free(text);
		}
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	return found;
}

Test(package, verifies_and_every_change_is_named)
{
	struct fx f;
	char *pkg, *said, *p;
	GDir *d;

	fixture(&f);
	pkg = package(&f, "pkg", "dir");
	cr_assert_eq(verify(pkg, &said), 0, "%s", said);
	g_free(said);

	/* one byte of a rendition */
	p = g_strdup_printf("%s/data/Chats_en_e-mail_van_de_bewindspersoon", pkg);
	d = g_dir_open(p, 0, NULL);
	cr_assert(d);
	{
		const char *conv = NULL, *name;
		char *weergave, *txt, *text;
		size_t len;

		while ((name = g_dir_read_name(d)))
			if (g_str_has_prefix(name, "Werk_overleg"))
				conv = name;
		cr_assert(conv, "no folder for the conversation");
		weergave = g_strdup_printf("%s/%s/%s_weergave", p, conv, conv);
		txt = g_strdup_printf("%s/%s_berichten.txt", weergave, conv);
		text = slurp(txt, &len);
		cr_assert(strstr(text, "Kamerbrief staat klaar"), "%s", text);
		text[len - 2] ^= 1;
		cr_assert_eq(spit(txt, text, len), 0);
		cr_assert_neq(verify(pkg, &said), 0);
		cr_assert(strstr(said, "_berichten.txt: its sha256 is not the one in manifest-sha256.txt"), "%s", said);
		cr_assert(strstr(said, "_berichten.txt: its SHA-256 is not the one in"), "%s", said);
		g_free(said);
		text[len - 2] ^= 1;
		cr_assert_eq(spit(txt, text, len), 0);
		free(text);

		/* an MDTO file edited */
		g_free(txt);
		txt = g_strdup_printf("%s/%s_weergave.MDTO.xml", weergave, conv);
		text = slurp(txt, &len);
		cr_assert_eq(spit(txt, "<MDTO/>", 7), 0);
		cr_assert_neq(verify(pkg, &said), 0);
		cr_assert(strstr(said, "_weergave.MDTO.xml: its sha256 is not the one in manifest-sha256.txt"), "%s", said);
		g_free(said);
		cr_assert_eq(spit(txt, text, len), 0);
		free(text);

		/* a stray file, then a file taken away */
		g_free(txt);
		txt = g_strdup_printf("%s/extra.txt", weergave);
		cr_assert_eq(spit(txt, "x", 1), 0);
		cr_assert_neq(verify(pkg, &said), 0);
		cr_assert(strstr(said, "extra.txt: not listed in manifest-sha256.txt"), "%s", said);
		g_free(said);
		cr_assert_eq(unlink(txt), 0);
		g_free(txt);
		txt = g_strdup_printf("%s/%s_berichten.txt", weergave, conv);
		cr_assert_eq(unlink(txt), 0);
		cr_assert_neq(verify(pkg, &said), 0);
		cr_assert(strstr(said, "_berichten.txt: listed in manifest-sha256.txt but missing"), "%s", said);
		g_free(said);
		g_free(txt);

		/* the kept message's attachment taken away, with its sidecar and from the manifests */
		txt = g_strdup_printf("%s/%s/%s_bijlage_1/%s_1_brief.txt", p, conv, conv, conv);
		cr_assert_eq(unlink(txt), 0, "%s", txt);
		cr_assert_neq(verify(pkg, &said), 0);
		cr_assert(strstr(said, "names attachment brief.txt"), "%s", said);
		g_free(said);
		g_free(txt);
		g_free(weergave);
	}
	g_dir_close(d);
	g_free(p);
	g_free(pkg);
	fixture_free(&f);
}

Test(package, nothing_of_what_went_is_in_it)
{
	struct fx f;
	char *dir, *tar, *text, *said;
	size_t len;

	fixture(&f);
	dir = package(&f, "pkg", "dir");
	tar = package(&f, "pkg.tar", "tar");
	text = slurp(tar, &len);
	/* the deleted message, its photo, the redacted span */
	cr_assert_not(holds(dir, "Gefeliciteerd"));
	cr_assert_not(holds(dir, "feestfoto"));
	cr_assert_not(holds(dir, "Zij ligt in het ziekenhuis"));
	cr_assert_null(memmem(text, len, "Gefeliciteerd", 13));
	cr_assert_null(memmem(text, len, "Zij ligt in het ziekenhuis", 26));
	/* what was kept is there, with the redaction as its ground, and the proof */
	cr_assert(holds(dir, "[5.1.1d]; de Kamerbrief gaat mee"));
	cr_assert(holds(dir, "BeperktOpenbaar-bijzonderePersoonsgegevens"));
	cr_assert(holds(dir, "\"program\":\"ihh-apply\""));
	cr_assert_eq(verify(tar, &said), 0, "%s", said);
	g_free(said);
	free(text);
	g_free(dir);
	g_free(tar);
	fixture_free(&f);
}

Test(package, the_same_input_gives_the_same_bytes)
{
	static const char *const formats[] = { "tar.gz", "zip" };
	struct fx f;
	char *a, *b, *x, *y, *sub;
	size_t la, lb, i;

	fixture(&f);
	for (i = 0; i < 2; i++) {
		char *name = g_strdup_printf("one-%zu", i);

		sub = path_in(&f, name);
		cr_assert_eq(g_mkdir_with_parents(sub, 0700), 0);
		g_free(sub);
		g_free(name);
	}
	for (i = 0; i < 2; i++) {
		char *n1 = g_strdup_printf("one-0/pkg.%s", formats[i]);
		char *n2 = g_strdup_printf("one-1/pkg.%s", formats[i]);

		/* without the log, which grows with every run */
		a = path_in(&f, n1);
		b = path_in(&f, n2);
		run_expect(NULL, (const char *[]){ "ihh-package", "-q", "--store", f.store, "-o", a, "--format",
		    formats[i], "--report", f.report, f.kept, NULL }, 0);
		run_expect(NULL, (const char *[]){ "ihh-package", "-q", "--store", f.store, "-o", b, "--format",
		    formats[i], "--report", f.report, f.kept, NULL }, 0);
		x = slurp(a, &la);
		y = slurp(b, &lb);
		cr_assert(la == lb && !memcmp(x, y, la), "two %s packages of one input differ", formats[i]);
		free(x);
		free(y);
		g_free(a);
		g_free(b);
		g_free(n1);
		g_free(n2);
	}
	fixture_free(&f);
}

/* Every sidecar of dir, for xmllint. */
static void
sidecars(const char *dir, GPtrArray *out)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;

	while (d && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(dir, name, NULL);

		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			sidecars(p, out);
		else if (g_str_has_suffix(name, ".MDTO.xml"))
			g_ptr_array_add(out, g_strdup(p));
		g_free(p);
	}
	if (d)
		g_dir_close(d);
}

Test(package, xmllint_agrees_every_sidecar_is_valid_mdto)
{
	struct fx f;
	char *pkg, *out = NULL, *err = NULL, *xmllint = g_find_program_in_path("xmllint");
	GPtrArray *argv = g_ptr_array_new_with_free_func(g_free);
	int status = -1;

	if (!xmllint || !g_file_test(SCHEMA, G_FILE_TEST_EXISTS))
		cr_skip_test("xmllint or the MDTO schema is not there");
	fixture(&f);
	pkg = package(&f, "pkg", "dir");
	/* both versions of the schema */
	for (int k = 0; k < 2; k++) {
		g_ptr_array_set_size(argv, 0);
		g_ptr_array_add(argv, g_strdup(xmllint));
		g_ptr_array_add(argv, g_strdup("--noout"));
		g_ptr_array_add(argv, g_strdup("--nonet"));
		g_ptr_array_add(argv, g_strdup("--schema"));
		g_ptr_array_add(argv, g_strdup(k ? SCHEMA_10 : SCHEMA));
		sidecars(pkg, argv);
		cr_assert_gt(argv->len, 10, "too few sidecars");
		g_ptr_array_add(argv, NULL);
		cr_assert(g_spawn_sync(NULL, (char **)argv->pdata, NULL, 0, NULL, NULL, &out, &err,
		    &status, NULL));
		cr_assert(g_spawn_check_wait_status(status, NULL), "xmllint: %s", err);
		cr_assert_null(strstr(err, "fails to validate"), "%s", err);
		g_free(out);
		g_free(err);
	}
	g_free(xmllint);
	g_ptr_array_free(argv, TRUE);
	g_free(pkg);
	fixture_free(&f);
}

/* The dossier sidecar of the conversation whose folder starts with prefix. */
static char *
dossier_of(const char *pkg, const char *prefix)
{
	char *serie = g_build_filename(pkg, "data", "Chats_en_e-mail_van_de_bewindspersoon", NULL), *x = NULL;
	GDir *d = g_dir_open(serie, 0, NULL);
	const char *name;
	size_t len;

	while (d && (name = g_dir_read_name(d)))
		if (g_str_has_prefix(name, prefix)) {
			char *p = g_strdup_printf("%s/%s/%s.MDTO.xml", serie, name, name);

			x = slurp(p, &len);
			g_free(p);
		}
	if (d)
		g_dir_close(d);
	g_free(serie);
	cr_assert(x, "no dossier %s", prefix);
	return x;
}

Test(package, each_dossier_carries_its_restriction)
{
	struct fx f;
	char *pkg, *x;

	fixture(&f);
	pkg = package(&f, "pkg", "dir");
	/* a health redaction: special personal data, the Woo ground and its term */
	x = dossier_of(pkg, "Werk_overleg");
	cr_assert(strstr(x, "<begripCode>Openbaarheid/AW1995/BeperktOpenbaar-bijzonderePersoonsgegevens/1.0</begripCode>"), "%s", x);
	cr_assert(strstr(x, "Woo 5.1.1d"), "%s", x);
	cr_assert(strstr(x, "<termijnLooptijd>P20Y</termijnLooptijd>"), "%s", x);
	free(x);
	/* nothing redacted, no marking: openbaar */
	x = dossier_of(pkg, "Dossier_b_amp");
	cr_assert(strstr(x, "<begripCode>Openbaarheid/AW1995/Openbaar/1.0</begripCode>"), "%s", x);
	free(x);
	/* a state classification; secrecy imposed under the Gemeentewet */
	x = dossier_of(pkg, "Rubricering");
	cr_assert(strstr(x, "BeperktOpenbaar-staatsbelang"), "%s", x);
	free(x);
	x = dossier_of(pkg, "Raad");
	cr_assert(strstr(x, "BeperktOpenbaar-benadeling"), "%s", x);
	cr_assert(strstr(x, "Gemeentewet"), "%s", x);
	free(x);
	g_free(pkg);
	fixture_free(&f);
}

#define PREINGEST "../shared/standards/noord-hollandsarchief-mdto-preingest.sch"
#define JING "/usr/share/java/jing.jar:/usr/share/java/Saxon-HE.jar"

Test(package, every_sidecar_passes_the_receiving_archives_preingest_rules)
{
	struct fx f;
	char *pkg, *out = NULL, *err = NULL, *java = g_find_program_in_path("java");
	GPtrArray *argv = g_ptr_array_new_with_free_func(g_free);
	int status = -1;

	/* the Noord-Hollands Archief's Schematron, run by jing with Saxon (XPath 2) */
	if (!java || !g_file_test(PREINGEST, G_FILE_TEST_EXISTS) ||
	    !g_file_test("/usr/share/java/jing.jar", G_FILE_TEST_EXISTS) ||
	    !g_file_test("/usr/share/java/Saxon-HE.jar", G_FILE_TEST_EXISTS))
		cr_skip_test("java, jing, Saxon or the pre-ingest rules are not there");
	fixture(&f);
	pkg = package(&f, "pkg", "dir");
	g_ptr_array_add(argv, g_strdup(java));
	g_ptr_array_add(argv, g_strdup("-cp"));
	g_ptr_array_add(argv, g_strdup(JING));
	g_ptr_array_add(argv, g_strdup("com.thaiopensource.relaxng.util.Driver"));
	g_ptr_array_add(argv, g_strdup(PREINGEST));
	sidecars(pkg, argv);
	cr_assert_gt(argv->len, 15, "too few sidecars");
	g_ptr_array_add(argv, NULL);
	cr_assert(g_spawn_sync(NULL, (char **)argv->pdata, NULL, 0, NULL, NULL, &out, &err, &status, NULL));
	cr_assert(g_spawn_check_wait_status(status, NULL), "pre-ingest rules: %s%s", out, err);
	g_free(out);
	g_free(err);
	g_free(java);
	g_ptr_array_free(argv, TRUE);
	g_free(pkg);
	fixture_free(&f);
}
