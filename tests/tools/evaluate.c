/*
 * evaluate: how well ihh-classify and ihh-redact did on a labelled
 * stream (make eval).  Reads records that carry a "label"
 * ({class, redact: [{text, category}]}) next to what the programs
 * decided, and prints a confusion matrix, precision, recall and F1 per
 * class, and per category for redactions: a labelled span counts as found
 * when a proposed span of its category (or holding it "also") covers it.
 *
 *   evaluate [--name NAME] [--list] < classified-and-redacted.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

static const char *const classes[] = { "zakelijk", "prive", "partijpolitiek" };
static const char *const cats[] = {
	"gezondheid", "religie", "etniciteit", "politiek", "vakbond", "seksualiteit",
	"genetisch", "biometrisch", "strafrechtelijk", "bsn", "iban", "telefoon"
};
#define NCAT (sizeof(cats) / sizeof(cats[0]))
#define ORDINARY 10	/* cats[10..]: ordinary personal data, asked for separately */

static int
cls_index(const char *s)
{
	int i;

	for (i = 0; s && i < 3; i++)
		if (!strcmp(s, classes[i]))
			return i;
	return -1;
}

static int
cat_index(const char *s)
{
	size_t i;

	for (i = 0; s && i < NCAT; i++)
		if (!strcmp(s, cats[i]))
			return (int)i;
	return -1;
}

/* The categories of a proposed span: its own and those it holds "also". */
static unsigned
span_cats(const json_t *pr)
{
	const json_t *v;
	unsigned bits = 0;
	size_t i;
	int ci = cat_index(json_string_value(json_object_get(pr, "category")));

	if (ci >= 0)
		bits |= 1u << ci;
	json_array_foreach(json_object_get(pr, "also"), i, v)
		if ((ci = cat_index(json_string_value(v))) >= 0)
			bits |= 1u << ci;
	return bits;
}

struct tally {
	long found, labelled, right, proposed;
};

static int
bsn_ok(const char *s, size_t n)
{
	int d[16], k = 0, sum = 0, i;
	size_t j;

	for (j = 0; j < n && k < 16; j++)
		if (s[j] >= '0' && s[j] <= '9')
			d[k++] = s[j] - '0';
	if (k != 9)
		return 0;
	for (i = 0; i < 8; i++)
		sum += (9 - i) * d[i];
	sum -= d[8];
	return sum && sum % 11 == 0;
}

static double
ratio(long a, long b)
{
	return b ? (double)a / (double)b : 1.0;
}

static double
f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int
main(int argc, char **argv)
{
	long conf[3][3] = { { 0 } }, n = 0, bad_bsn = 0, unlabelled = 0;
	struct tally t[NCAT] = { { 0 } }, special = { 0 }, ordinary = { 0 };
	const char *name = "corpus";
	char *line = NULL;
	size_t cap = 0, i, k, m;
	int list = 0, a, c;
	double macro = 0;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--name") && a + 1 < argc)
			name = argv[++a];
		else if (!strcmp(argv[a], "--list"))
			list = 1;
	}
	while (getline(&line, &cap, stdin) > 0) {
		json_error_t e;
		json_t *r = json_loads(line, 0, &e), *label, *reds, *lab, *pr;
		const char *text, *got, *want, *id;

		if (!r) {
			fprintf(stderr, "evaluate: %s\n", e.text);
			return 2;
		}
		label = json_object_get(r, "label");
		if (!label) {
			unlabelled++;
			json_decref(r);
			continue;
		}
		n++;
		text = json_string_value(json_object_get(r, "text"));
		text = text ? text : "";
		id = json_string_value(json_object_get(r, "id"));
		got = json_string_value(json_object_get(r, "class"));
		want = json_string_value(json_object_get(label, "class"));
		if (cls_index(want) >= 0 && cls_index(got) >= 0)
			conf[cls_index(want)][cls_index(got)]++;
		if (list && got && want && strcmp(got, want))
			fprintf(stderr, "class  %s: want %s, got %s: %.100s\n", id, want, got, text);
		reds = json_object_get(r, "redactions");
		/* proposed spans (in text) that fail the 11-check, or hit nothing labelled */
		json_array_foreach(reds, i, pr) {
			size_t s = (size_t)json_integer_value(json_object_get(pr, "start"));
			size_t en = (size_t)json_integer_value(json_object_get(pr, "end"));
			unsigned bits = span_cats(pr);
			int ci;

			if (json_object_get(pr, "field"))
				continue;
			for (ci = 0; ci < (int)NCAT; ci++) {
				int hit = 0;

				if (!(bits & 1u << ci))
					continue;
				if (ci == cat_index("bsn") && !bsn_ok(text + s, en - s))
					bad_bsn++;
				t[ci].proposed++;
				json_array_foreach(json_object_get(label, "redact"), k, lab) {
					const char *lt = json_string_value(json_object_get(lab, "text"));
					const char *p;
					size_t ln = lt ? strlen(lt) : 0;

					if (!ln || cat_index(json_string_value(json_object_get(lab, "category"))) != ci)
						continue;
					for (p = strstr(text, lt); p && !hit; p = strstr(p + 1, lt)) {
						size_t ls = (size_t)(p - text);

						hit = ls < en && s < ls + ln;
					}
				}
				if (hit)
					t[ci].right++;
				else if (list)
					fprintf(stderr, "extra  %s: %s \"%.*s\"\n", id, cats[ci], (int)(en - s), text + s);
			}
		}
		/* labelled spans: found when a proposed span of the category covers them */
		json_array_foreach(json_object_get(label, "redact"), k, lab) {
			const char *lt = json_string_value(json_object_get(lab, "text"));
			int ci = cat_index(json_string_value(json_object_get(lab, "category")));
			const char *p;
			size_t ln = lt ? strlen(lt) : 0;

			if (ci < 0 || !ln)
				continue;
			for (p = strstr(text, lt); p; p = strstr(p + ln, lt)) {
				size_t ls = (size_t)(p - text);
				int covered = 0;

				t[ci].labelled++;
				json_array_foreach(reds, m, pr) {
					size_t s = (size_t)json_integer_value(json_object_get(pr, "start"));
					size_t en = (size_t)json_integer_value(json_object_get(pr, "end"));

					if (!json_object_get(pr, "field") && (span_cats(pr) & 1u << ci) &&
					    s <= ls && en >= ls + ln)
						covered = 1;
				}
				t[ci].found += covered;
				if (!covered && list)
					fprintf(stderr, "missed %s: %s \"%s\"\n", id, cats[ci], lt);
			}
		}
		json_decref(r);
	}
	free(line);

	printf("%s: %ld labelled messages\n\n", name, n);
	printf("classes (rows: label, columns: ihh-classify)\n\n");
	printf("| %-15s | %8s | %8s | %14s |\n", "", "zakelijk", "prive", "partijpolitiek");
	printf("|-----------------|----------|----------|----------------|\n");
	for (a = 0; a < 3; a++)
		printf("| %-15s | %8ld | %8ld | %14ld |\n", classes[a], conf[a][0], conf[a][1], conf[a][2]);
	printf("\n| %-15s | %9s | %6s | %6s | %7s |\n", "class", "precision", "recall", "F1", "support");
	printf("|-----------------|-----------|--------|--------|---------|\n");
	for (c = 0; c < 3; c++) {
		long tp = conf[c][c], col = 0, row = 0;
		double p, r;

		for (a = 0; a < 3; a++) {
			col += conf[a][c];
			row += conf[c][a];
		}
		p = ratio(tp, col);
		r = ratio(tp, row);
		macro += f1(p, r) / 3;
		printf("| %-15s | %9.3f | %6.3f | %6.3f | %7ld |\n", classes[c], p, r, f1(p, r), row);
	}
	printf("| %-15s | %9s | %6s | %6.3f | %7ld |\n", "macro", "", "", macro, n);

	printf("\nredactions (a labelled span is found when a proposed span of its category covers it)\n\n");
	printf("| %-16s | %9s | %6s | %6s | %8s | %8s |\n", "category", "precision", "recall", "F1",
	    "labelled", "proposed");
	printf("|------------------|-----------|--------|--------|----------|----------|\n");
	for (i = 0; i < NCAT; i++) {
		struct tally *x = i < ORDINARY ? &special : &ordinary;
		double p = ratio(t[i].right, t[i].proposed), r = ratio(t[i].found, t[i].labelled);

		x->found += t[i].found;
		x->labelled += t[i].labelled;
		x->right += t[i].right;
		x->proposed += t[i].proposed;
		if (!t[i].labelled && !t[i].proposed)
			continue;
		printf("| %-16s | %9.3f | %6.3f | %6.3f | %8ld | %8ld |\n", cats[i], p, r, f1(p, r),
		    t[i].labelled, t[i].proposed);
	}
	printf("| %-16s | %9.3f | %6.3f | %6.3f | %8ld | %8ld |\n", "special + BSN",
	    ratio(special.right, special.proposed), ratio(special.found, special.labelled),
	    f1(ratio(special.right, special.proposed), ratio(special.found, special.labelled)),
	    special.labelled, special.proposed);
	if (ordinary.labelled || ordinary.proposed)
		printf("| %-16s | %9.3f | %6.3f | %6.3f | %8ld | %8ld |\n", "iban + telefoon",
		    ratio(ordinary.right, ordinary.proposed), ratio(ordinary.found, ordinary.labelled),
		    f1(ratio(ordinary.right, ordinary.proposed), ratio(ordinary.found, ordinary.labelled)),
		    ordinary.labelled, ordinary.proposed);
	printf("\nBSN: %ld of %ld found; %ld proposed that fail the 11-check\n",
	    t[9].found, t[9].labelled, bad_bsn);
	if (unlabelled)
		printf("(%ld records without a label were skipped)\n", unlabelled);
	return 0;
}
