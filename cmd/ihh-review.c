/*
 * ihh-review: what a person must decide, from the classified and marked
 * stream; and the decisions file from what they decided.
 *
 *   ihh-review --by NAME -o DIR [FILE...]        the reviewer's page, DIR/review.html
 *   ihh-review --list [FILE...]                  the items, as TSV
 *   ihh-review --decide FILE.tsv --by NAME [-o DIR] [FILE...]
 *                                                that TSV, filled in, as decisions.json
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ihh.h"
#include "prog.h"
#include "review.h"
#include "stream.h"

struct run {
	GPtrArray *items;
	struct review_page *page;	/* when the page is made */
	unsigned long long records, unnamed;
};

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s -o DIR [--by NAME] [--log FILE] [FILE...]\n"
	    "       %s --list [--by NAME] [--log FILE] [FILE...]\n"
	    "       %s --decide FILE.tsv --by NAME [-o DIR] [--log FILE] [FILE...]\n",
	    progname, progname, progname);
	exit(2);
}

static int
one(void *ctx, json_t *rec)
{
	struct run *r = ctx;

	r->records++;
	if (!json_string_value(json_object_get(rec, "id")))
		r->unnamed++;
	if (r->page)
		review_page_add(r->page, rec, r->items);
	else
		review_items(rec, r->items);
	json_decref(rec);
	return 0;
}

/* A TSV field: no tab, no line break. */
static void
put_field(GString *out, const char *s)
{
	for (; s && *s; s++)
		g_string_append_c(out, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static int
list(GPtrArray *items)
{
	GString *line = g_string_new(NULL);
	size_t i;

	fputs("item\tkind\tconversation\tproposal\tsummary\tverdict\n", prog_stream);
	for (i = 0; i < items->len; i++) {
		const struct review_item *it = g_ptr_array_index(items, i);

		g_string_truncate(line, 0);
		put_field(line, it->id);
		g_string_append_c(line, '\t');
		g_string_append(line, review_kind_name(it->kind));
		g_string_append_c(line, '\t');
		put_field(line, it->conversation);
		g_string_append_c(line, '\t');
		put_field(line, it->proposal);
		g_string_append_c(line, '\t');
		put_field(line, it->summary);
		g_string_append(line, "\t\n");
		fputs(line->str, prog_stream);
	}
	g_string_free(line, TRUE);
	return 0;
}

/* A field as a spreadsheet may have saved it: quotes and spaces around. */
static char *
unquote(char *s)
{
	size_t n;

	s = g_strstrip(s);
	n = strlen(s);
	if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
		s[n - 1] = '\0';
		s = g_strstrip(s + 1);
	}
	return s;
}

/* Reads the filled-in TSV into d; every problem is said; 0 when there was none. */
static int
read_tsv(const char *path, GPtrArray *items, struct decisions *d)
{
	GHashTable *by_id = g_hash_table_new(g_str_hash, g_str_equal);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	char *text = NULL, **lines, **f, err[256];
	size_t len, i, missing = 0;
	GError *ge = NULL;
	int bad = 0;

	if (!g_file_get_contents(path, &text, &len, &ge))
		die(2, "%s", ge->message);
	for (i = 0; i < items->len; i++) {
		struct review_item *it = g_ptr_array_index(items, i);

		g_hash_table_insert(by_id, it->id, it);
	}
	lines = g_strsplit(text, "\n", -1);
	if (!lines[0] || !g_str_has_prefix(lines[0], "item\t"))
		die(2, "%s:1: the first line is not the header ihh-review --list writes", path);
	for (i = 1; lines[i]; i++) {
		static char none[1];
		char *item, *verdict;
		struct review_item *it;
		guint n;

		if (g_str_has_suffix(lines[i], "\r"))	/* a spreadsheet's line end */
			lines[i][strlen(lines[i]) - 1] = '\0';
		if (!*lines[i])
			continue;
		f = g_strsplit(lines[i], "\t", -1);
		n = g_strv_length(f);
		item = unquote(f[0]);
		/* an empty last column may be left off */
		verdict = n >= 6 ? unquote(f[5]) : none;
		if (n >= 1)
			g_hash_table_add(seen, g_strdup(item));
		if (n < 5 || n > 6) {
			warnf("%s:%zu: %u columns, not 6 (item, kind, conversation, proposal, "
			    "summary, verdict)", path, i + 1, n);
			bad = 1;
		} else if (!(it = g_hash_table_lookup(by_id, item))) {
			warnf("%s:%zu: item '%s' is not in this stream (a list of another "
			    "review, or an edited id)", path, i + 1, item);
			bad = 1;
		} else if (g_hash_table_contains(d->verdicts, item)) {
			warnf("%s:%zu: item '%s' is there twice", path, i + 1, item);
			bad = 1;
		} else if (!*verdict) {
			warnf("%s:%zu: item '%s' is not decided", path, i + 1, item);
			bad = 1;
		} else if (decisions_set(d, it, verdict, err, sizeof(err)) != 0) {
			warnf("%s:%zu: %s", path, i + 1, err);
			bad = 1;
		}
		g_strfreev(f);
	}
	for (i = 0; i < items->len; i++) {
		const struct review_item *it = g_ptr_array_index(items, i);

		if (!g_hash_table_contains(seen, it->id) && missing++ < 5)
			warnf("%s: item '%s' of the stream is not in it", path, it->id);
	}
	if (missing) {
		warnf("%s: %zu item%s of the stream missing", path, missing, missing == 1 ? "" : "s");
		bad = 1;
	}
	g_strfreev(lines);
	g_free(text);
	g_hash_table_destroy(by_id);
	g_hash_table_destroy(seen);
	return bad ? -1 : 0;
}

/* dir/name, 0600, whole or not at all; dir is made 0700 when it is not there. */
static void
write_private(const char *dir, const char *name, const char *text)
{
	char *path;

	if (g_mkdir_with_parents(dir, 0700) != 0)
		die(2, "%s: %s", dir, strerror(errno));
	path = g_build_filename(dir, name, NULL);
	prog_write_private(path, text);
	prog_audit_output(text, strlen(text));
	g_free(path);
}

/* decisions.json, to standard output or into dir. */
static void
write_decisions(const char *dir, json_t *dj)
{
	char *text = json_dumps(dj, JSON_INDENT(2)), *full;

	if (!text)
		die(1, "out of memory");
	full = g_strconcat(text, "\n", NULL);
	if (!dir) {
		if (fputs(full, prog_stream) == EOF)
			die(1, "writing the decisions failed");
	} else {
		write_private(dir, "decisions.json", full);
		warnf("decisions written to %s/decisions.json", dir);
	}
	g_free(full);
	free(text);
	json_decref(dj);
}

/* The reviewer's page and the review's digest, into dir. */
static void
write_page(const char *dir, struct run *r, const char *by)
{
	char *html = review_page_html(r->page, r->items, prog_input_digest(), by);
	char *digest = g_strconcat(prog_input_digest(), "\n", NULL);

	write_private(dir, "review.html", html);
	write_private(dir, "review.digest", digest);
	fprintf(prog_stream, "%s/review.html\n", dir);
	g_free(html);
	g_free(digest);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "list", no_argument, NULL, 'l' },
		{ "decide", required_argument, NULL, 'd' },
		{ "by", required_argument, NULL, 'b' },
		{ "log", required_argument, NULL, 'L' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *tsv = NULL, *by = NULL, *log = NULL, *outdir = NULL, *mode;
	struct run r = { g_ptr_array_new_with_free_func(review_item_free), NULL, 0, 0 };
	struct decisions *d;
	int ch, do_list = 0, quiet = 0, status;
	size_t i, kinds[3] = { 0 };

	prog_init("ihh-review");
	while ((ch = getopt_long(argc, argv, "ld:b:L:o:qhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'l': do_list = 1; break;
		case 'd': tsv = optarg; break;
		case 'b': by = optarg; break;
		case 'L': log = optarg; break;
		case 'o': outdir = optarg; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-review %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if ((do_list && tsv) || (!do_list && !tsv && !outdir))
		usage();
	if (tsv && (!by || !*by))
		die(2, "--decide needs --by NAME: the reviewer who decided");
	mode = do_list ? "list" : tsv ? "decide" : "page";
	if (!do_list && !tsv) {
		r.page = review_page_new();
		if (!by || !*by)
			by = g_get_user_name();
	}
	prog_audit_start(log, by);
	prog_digest_input();
	status = stream_filter(argc - optind, argv + optind, one, &r);
	if (status)
		die(2, "the stream could not be read whole: no review of part of it");
	if (r.unnamed)
		die(2, "%llu message%s without an id: its decisions could not be applied",
		    r.unnamed, r.unnamed == 1 ? "" : "s");
	if (do_list)
		list(r.items);
	else if (r.page)
		write_page(outdir, &r, by);
	else {
		d = decisions_new(prog_input_digest(), by);
		if (read_tsv(tsv, r.items, d) != 0)
			die(2, "%s: no decisions written", tsv);
		write_decisions(outdir, decisions_json(d, r.items));
		decisions_free(d);
	}
	if (finish_output(prog_stream, do_list ? "the list" : "the decisions") != 0)
		status = 1;
	for (i = 0; i < r.items->len; i++)
		kinds[((struct review_item *)g_ptr_array_index(r.items, i))->kind]++;
	if (!quiet)
		warnf("%llu messages, %u items to decide (%zu deletions, %zu checks, %zu redactions); "
		    "review digest %s", r.records, r.items->len, kinds[ITEM_DELETE],
		    kinds[ITEM_CHECK], kinds[ITEM_REDACT], prog_input_digest());
	status = prog_audit_end(status, json_pack("{s:s,s:I,s:I,s:I,s:I,s:s}", "mode", mode,
	    "records", (json_int_t)r.records, "delete", (json_int_t)kinds[ITEM_DELETE],
	    "check", (json_int_t)kinds[ITEM_CHECK], "redact", (json_int_t)kinds[ITEM_REDACT],
	    "review_digest", prog_input_digest()));
	g_ptr_array_free(r.items, TRUE);
	review_page_free(r.page);
	return status;
}
