/*
 * ihh-nightly: the nightly e-mail job.  Takes the mail that arrived in a
 * Maildir since the last run, reads, classifies and marks it, puts what
 * needs no person into that night's archive package and the rest into a
 * review queue, and remembers what it took, so that every message ends up
 * exactly once in OUT/runs/ (docs/nightly.md):
 *
 *   OUT/runs/NIGHT-N/package/            the bag (ihh-package's layout)
 *   OUT/runs/NIGHT-N/review-queue.jsonl  the marked stream for ihh-review
 *   OUT/state.sqlite, OUT/.lock, OUT/store/
 *
 * A run is built in OUT/runs/.NIGHT-N.tmp and becomes visible by one
 * rename; the state records the run as pending before the rename and as
 * done after it, so a crash anywhere is repaired by the next run, with
 * neither a duplicate nor a gap.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <gmime/gmime.h>
#include <sqlite3.h>

#include "classify.h"
#include "files.h"
#include "ihh.h"
#include "package.h"
#include "people.h"
#include "prog.h"
#include "read.h"
#include "redact.h"
#include "review.h"
#include "rules.h"
#include "stream.h"
#include "text.h"

struct key {
	char *uniq, *digest;
};

struct night {
	const char *out, *root, *owner, *rules_dir;
	const char *statedir;	/* where state.sqlite is: OUT unless told otherwise */
	char *runs, *run, *tmp, *store;
	sqlite3 *db;
	struct rules *rules;
	struct grounds *grounds;
	struct contacts *contacts;
	struct marks *marks;
	struct package_config *cfg;
	struct classifier *cl;
	struct rules_result res;
	struct package *pkg;
	FILE *queue;
	unsigned long long ntaken;	/* what this run takes: rows of "pending" */
	const struct key *current;	/* the file being read */
	char *current_folder;
	unsigned long current_records;	/* records read from it */
	unsigned long long seen, fresh, to_package, to_queue, copies, unreadable;
	int failed;
};

static noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s --config FILE [--dry-run]\n"
	    "       %s --maildir DIR --owner NAME --out DIR [--state DIR] [--rules DIR] [--contacts FILE]\n"
	    "       [--marks FILE] [--package-config FILE] [--log FILE] [--dry-run]\n", progname, progname);
	exit(2);
}

/* A crash on purpose, for the tests: IHH_NIGHTLY_KILL_AT names the point. */
static void
maybe_die(const char *point)
{
	const char *at = getenv("IHH_NIGHTLY_KILL_AT");

	if (at && !strcmp(at, point))
		raise(SIGKILL);
}

static void
key_free(gpointer p)
{
	struct key *k = p;

	g_free(k->uniq);
	g_free(k->digest);
	g_free(k);
}

/* State ---------------------------------------------------------------------- */

static void
sql(struct night *n, const char *q)
{
	char *msg = NULL;

	if (sqlite3_exec(n->db, q, NULL, NULL, &msg) != SQLITE_OK)
		die(2, "%s/state.sqlite: %s", n->statedir, msg ? msg : sqlite3_errmsg(n->db));
}

static void
open_state(struct night *n, int readonly)
{
	char *path = g_build_filename(n->statedir, "state.sqlite", NULL);

	if (sqlite3_open_v2(path, &n->db, readonly ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		if (readonly) {
			sqlite3_close(n->db);
			n->db = NULL;	/* a first run: nothing seen yet */
			g_free(path);
			return;
		}
		die(2, "%s: %s", path, sqlite3_errmsg(n->db));
	}
	g_free(path);
	sqlite3_busy_timeout(n->db, 5000);
	if (readonly)
		return;
	sql(n, "PRAGMA synchronous = FULL;"
	    "CREATE TABLE IF NOT EXISTS seen (uniq TEXT PRIMARY KEY, digest TEXT NOT NULL, run TEXT NOT NULL);"
	    "CREATE INDEX IF NOT EXISTS seen_digest ON seen (digest);"
	    "CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, state TEXT NOT NULL);"
	    "CREATE TABLE IF NOT EXISTS pending (run TEXT NOT NULL, uniq TEXT NOT NULL, digest TEXT NOT NULL);"
	    "CREATE INDEX IF NOT EXISTS pending_digest ON pending (run, digest);");
}

static int
seen_by(struct night *n, const char *col, const char *value)
{
	sqlite3_stmt *st;
	char *q = g_strdup_printf("SELECT 1 FROM seen WHERE %s = ?", col);
	int found;

	if (!n->db) {
		g_free(q);
		return 0;
	}
	if (sqlite3_prepare_v2(n->db, q, -1, &st, NULL) != SQLITE_OK)
		die(2, "state: %s", sqlite3_errmsg(n->db));
	sqlite3_bind_text(st, 1, value, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	g_free(q);
	return found;
}

/* A row of this run's "pending": what it takes. */
static void
add_pending(struct night *n, const struct key *k)
{
	char *q = sqlite3_mprintf("INSERT INTO pending (run, uniq, digest) VALUES (%Q, %Q, %Q);",
	    n->run, k->uniq, k->digest);

	sql(n, q);
	sqlite3_free(q);
	n->ntaken++;
}

/* The same content taken earlier in this run. */
static int
pending_digest(struct night *n, const char *digest)
{
	sqlite3_stmt *st;
	int found;

	if (sqlite3_prepare_v2(n->db, "SELECT 1 FROM pending WHERE run = ? AND digest = ?", -1, &st,
	    NULL) != SQLITE_OK)
		die(2, "state: %s", sqlite3_errmsg(n->db));
	sqlite3_bind_text(st, 1, n->run, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, digest, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

/*
 * A run cut off: visible (renamed) means its outputs are whole, so what
 * it took is taken; not visible means it never happened.  Unfinished
 * folders without a pending run are left-overs of a run cut off before it
 * wrote its pending state.
 */
static void
recover(struct night *n)
{
	sqlite3_stmt *st;
	GPtrArray *pend = g_ptr_array_new_with_free_func(g_free);
	GDir *d;
	const char *name;
	size_t i;

	if (sqlite3_prepare_v2(n->db, "SELECT id FROM runs WHERE state = 'pending'", -1, &st, NULL) != SQLITE_OK)
		die(2, "state: %s", sqlite3_errmsg(n->db));
	while (sqlite3_step(st) == SQLITE_ROW)
		g_ptr_array_add(pend, g_strdup((const char *)sqlite3_column_text(st, 0)));
	sqlite3_finalize(st);
	for (i = 0; i < pend->len; i++) {
		const char *id = g_ptr_array_index(pend, i);
		char *final = g_build_filename(n->runs, id, NULL), *q;

		sql(n, "BEGIN IMMEDIATE");
		if (g_file_test(final, G_FILE_TEST_IS_DIR)) {
			q = sqlite3_mprintf("INSERT OR IGNORE INTO seen (uniq, digest, run) "
			    "SELECT uniq, digest, run FROM pending WHERE run = %Q;"
			    "UPDATE runs SET state = 'done' WHERE id = %Q;"
			    "DELETE FROM pending WHERE run = %Q;", id, id, id);
			warnf("run %s was cut off after its outputs were written: taken as done", id);
		} else {
			q = sqlite3_mprintf("DELETE FROM pending WHERE run = %Q; DELETE FROM runs WHERE id = %Q;",
			    id, id);
			warnf("run %s was cut off before its outputs were whole: undone, its mail is taken again",
			    id);
		}
		sql(n, q);
		sqlite3_free(q);
		sql(n, "COMMIT");
		g_free(final);
	}
	g_ptr_array_free(pend, TRUE);
	/* unfinished folders: nothing in the state points at them any more */
	d = g_dir_open(n->runs, 0, NULL);
	while (d && (name = g_dir_read_name(d)))
		if (name[0] == '.' && g_str_has_suffix(name, ".tmp")) {
			char *p = g_build_filename(n->runs, name, NULL);

			files_remove_tree(p);
			g_free(p);
		}
	if (d)
		g_dir_close(d);
}

/* Reading ---------------------------------------------------------------------- */

/* The unique part of a Maildir file name: without ":2,FLAGS" (";2," on Windows). */
static char *
unique_name(const char *name)
{
	const char *c = strstr(name, ":2,");

	if (!c)
		c = strstr(name, ";2,");
	return c ? g_strndup(name, (size_t)(c - name)) : g_strdup(name);
}

/* Every message file of the Maildir (Maildir++ folders included), with its folder. */
static void
discover(const char *root, GPtrArray *files, GPtrArray *folders)
{
	static const char *const subs[] = { "cur", "new" };
	GPtrArray *dirs = g_ptr_array_new_with_free_func(g_free);
	GDir *d = g_dir_open(root, 0, NULL);
	const char *name;
	size_t i, s;

	g_ptr_array_add(dirs, g_strdup(""));
	while (d && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(root, name, "cur", NULL);

		if (name[0] == '.' && strcmp(name, ".") && strcmp(name, "..") && g_file_test(p, G_FILE_TEST_IS_DIR))
			g_ptr_array_add(dirs, g_strdup(name));
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	g_ptr_array_sort(dirs, (GCompareFunc)g_strcmp0);
	for (i = 0; i < dirs->len; i++) {
		const char *dot = g_ptr_array_index(dirs, i);

		for (s = 0; s < 2; s++) {
			char *dir = g_build_filename(root, dot, subs[s], NULL);
			GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
			size_t k;

			d = g_dir_open(dir, 0, NULL);
			while (d && (name = g_dir_read_name(d)))
				if (name[0] != '.')
					g_ptr_array_add(names, g_strdup(name));
			if (d)
				g_dir_close(d);
			g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
			for (k = 0; k < names->len; k++) {
				g_ptr_array_add(files, g_build_filename(dir, (char *)g_ptr_array_index(names, k), NULL));
				g_ptr_array_add(folders, g_strdup(dot));
			}
			g_ptr_array_free(names, TRUE);
			g_free(dir);
		}
	}
	g_ptr_array_free(dirs, TRUE);
}

static int
route(void *ctx, json_t *rec)
{
	struct night *n = ctx;
	char err[1024];
	const char *cls = json_string_value(json_object_get(rec, "class"));

	GPtrArray *items = g_ptr_array_new_with_free_func(review_item_free);
	int decide;

	redact_record(n->rules, n->grounds, rec, &n->res, &(struct redact_counts){ 0 });
	/* what ihh-review would list is what a person must decide; a record read with
	 * problems a person looks at too */
	review_items(rec, items);
	decide = items->len || json_object_get(rec, "errors") || !cls;
	g_ptr_array_free(items, TRUE);
	if (!decide) {
		/* nothing for a person to decide: tonight's package */
		if (!n->pkg) {
			char *dir = g_build_filename(n->tmp, "package", NULL);

			n->pkg = package_new(dir, n->store, n->grounds, n->cfg, err, sizeof(err));
			g_free(dir);
			if (!n->pkg)
				die(2, "%s", err);
		}
		n->to_package++;
		/* the classifier lends the record; the package takes its own reference */
		if (package_add(n->pkg, json_incref(rec), err, sizeof(err)) != 0)
			die(2, "%s", err);
	} else {
		if (!n->queue) {
			char *path = g_build_filename(n->tmp, "review-queue.jsonl", NULL);

			if (!(n->queue = fopen(path, "wx")))
				die(2, "%s: %s", path, strerror(errno));
			g_free(path);
		}
		n->to_queue++;
		if (stream_write(n->queue, rec) != 0)
			die(2, "%s: writing the review queue failed: %s", n->tmp, strerror(errno));
	}
	return 0;
}

static int
take(void *ctx, json_t *rec)
{
	struct night *n = ctx;
	json_t *own = json_deep_copy(rec);
	char id[17];

	n->current_records++;
	/* the message as a Maildir holds it: its folder, an id from its unique name */
	text_id(id, "maildir", n->root, n->current->uniq, NULL);
	json_object_set_new(own, "id", json_string(id));
	json_object_set_new(own, "folder", json_string(n->current_folder));
	json_object_set_new(json_object_get(own, "source"), "format", json_string("maildir"));
	return classify_push(n->cl, own);
}

static void
warn(void *ctx, const char *msg)
{
	(void)ctx;
	warnf("%s", msg);
}

/* The folder's name as mail programs show it: INBOX, Privé, Dossiers/Woo. */
static char *
folder_name(const char *dot)
{
	return *dot ? maildir_folder_name(dot) : g_strdup("INBOX");
}

/* The run ----------------------------------------------------------------------- */

static char *
next_run(struct night *n)
{
	const char *now = getenv("IHH_NIGHTLY_DATE");
	char *date, *id;
	unsigned k;
	GDateTime *t;

	if (now && *now)
		date = g_strdup(now);
	else {
		t = g_date_time_new_now_utc();
		date = g_date_time_format(t, "%Y-%m-%d");
		g_date_time_unref(t);
	}
	for (k = 1;; k++) {
		char *final, *tmp;

		id = g_strdup_printf("%s-%u", date, k);
		final = g_build_filename(n->runs, id, NULL);
		tmp = g_strdup_printf("%s/.%s.tmp", n->runs, id);
		if (!g_file_test(final, G_FILE_TEST_EXISTS) && !g_file_test(tmp, G_FILE_TEST_EXISTS)) {
			g_free(final);
			g_free(tmp);
			break;
		}
		g_free(final);
		g_free(tmp);
		g_free(id);
	}
	g_free(date);
	return id;
}

/* One mailbox: what is new in it, into its runs.  0, or 1 when a message could not be read. */
static int
run_mailbox(struct night *n, int dry, int quiet)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *folders = g_ptr_array_new_with_free_func(g_free);
	struct read_opts ro = { 0 };
	struct reader *rd;
	char err[1024], *final;
	size_t i;
	gint64 t0 = g_get_monotonic_time();

	if (!g_file_test(n->root, G_FILE_TEST_IS_DIR))
		die(2, "%s: not a Maildir folder", n->root);
	n->runs = g_build_filename(n->out, "runs", NULL);
	n->store = g_build_filename(n->out, "store", NULL);
	if (dry) {
		/* what a run would take, writing nothing */
		open_state(n, 1);
		discover(n->root, files, folders);
		for (i = 0; i < files->len; i++) {
			char *base = g_path_get_basename(g_ptr_array_index(files, i)), *u = unique_name(base);

			if (seen_by(n, "uniq", u))
				n->seen++;
			else
				n->fresh++;
			g_free(base);
			g_free(u);
		}
		printf("ihh-nightly --dry-run: %s (%s): %llu messages, %llu new (would be taken), %llu taken "
		    "before\n", n->root, n->owner, (unsigned long long)files->len, n->fresh, n->seen);
		if (n->db)
			sqlite3_close(n->db);
		g_ptr_array_free(files, TRUE);
		g_ptr_array_free(folders, TRUE);
		g_free(n->runs);
		g_free(n->store);
		return 0;
	}
	if (g_mkdir_with_parents(n->runs, 0700) != 0 || g_mkdir_with_parents(n->store, 0700) != 0 ||
	    g_mkdir_with_parents(n->statedir, 0700) != 0)
		die(2, "%s: %s", n->out, strerror(errno));
	open_state(n, 0);
	recover(n);

	discover(n->root, files, folders);
	n->run = next_run(n);
	n->tmp = g_strdup_printf("%s/.%s.tmp", n->runs, n->run);
	/* what the run takes goes into the state as it goes, uncommitted: memory
	 * stays flat however much is new, and a run that dies takes nothing */
	sql(n, "BEGIN IMMEDIATE");
	{
		char *q = sqlite3_mprintf("INSERT INTO runs (id, state) VALUES (%Q, 'pending');", n->run);

		sql(n, q);
		sqlite3_free(q);
	}
	ro.store_dir = n->store;
	ro.format = "eml";
	if (!(rd = reader_new(&ro, take, warn, n, err, sizeof(err))))
		die(2, "%s", err);
	n->cl = classify_new(n->rules, n->contacts, n->marks, route, n);
	for (i = 0; i < files->len; i++) {
		const char *path = g_ptr_array_index(files, i);
		char *base = g_path_get_basename(path), *data = NULL;
		struct key *k = g_new0(struct key, 1);
		gsize len;

		k->uniq = unique_name(base);
		g_free(base);
		if (seen_by(n, "uniq", k->uniq)) {
			/* taken before, here or in another folder, flagged or not */
			n->seen++;
			key_free(k);
			continue;
		}
		if (!g_file_get_contents(path, &data, &len, NULL)) {
			warnf("%s: %s (not taken; tried again next night)", path, strerror(errno));
			n->unreadable++;
			key_free(k);
			continue;
		}
		k->digest = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
		explicit_bzero(data, len);
		g_free(data);
		if (seen_by(n, "digest", k->digest) || pending_digest(n, k->digest)) {
			/* the same mail under another name: remembered, not taken again */
			n->copies++;
			add_pending(n, k);
			key_free(k);
			continue;
		}
		if (g_mkdir_with_parents(n->tmp, 0700) != 0)
			die(2, "%s: %s", n->tmp, strerror(errno));
		n->current = k;
		g_free(n->current_folder);
		n->current_folder = folder_name(g_ptr_array_index(folders, i));
		n->current_records = 0;
		if (reader_add(rd, path) != 0 && !n->current_records) {
			warnf("%s: could not be read (not taken; tried again next night)", path);
			n->unreadable++;
			n->current = NULL;
			key_free(k);
			continue;
		}
		/* read in part: the record says what is missing and goes to review */
		n->fresh++;
		add_pending(n, k);
		n->current = NULL;
		key_free(k);
	}
	if (classify_finish(n->cl) != 0)
		die(2, "classifying failed");
	maybe_die("read");

	if (n->pkg && package_finish(n->pkg, NULL, err, sizeof(err)) != 0) {
		files_remove_tree(n->tmp);
		die(2, "%s: %s (nothing taken)", n->run, err);
	}
	maybe_die("package-written");
	if (n->queue && (fflush(n->queue) != 0 || fsync(fileno(n->queue)) != 0 || fclose(n->queue) != 0)) {
		int e = errno;

		files_remove_tree(n->tmp);
		die(2, "%s: writing the review queue failed: %s (nothing taken)", n->run, strerror(e));
	}
	n->queue = NULL;
	maybe_die("queue-written");
	if (n->ntaken) {
		char *q;

		if (g_file_test(n->tmp, G_FILE_TEST_IS_DIR))
			files_fsync_tree(n->tmp);
		/* the state says the run is pending, with what it takes ... */
		sql(n, "COMMIT");
		maybe_die("pending-committed");
		/* ... the outputs appear at once ... */
		final = g_build_filename(n->runs, n->run, NULL);
		if (g_file_test(n->tmp, G_FILE_TEST_IS_DIR)) {
			if (rename(n->tmp, final) != 0)
				die(2, "%s: %s", final, strerror(errno));
		} else if (mkdir(final, 0700) != 0)	/* copies only: an empty run */
			die(2, "%s: %s", final, strerror(errno));
		files_fsync(n->runs);
		maybe_die("renamed");
		/* ... and then it is done */
		sql(n, "BEGIN IMMEDIATE");
		q = sqlite3_mprintf("INSERT OR IGNORE INTO seen (uniq, digest, run) SELECT uniq, digest, run "
		    "FROM pending WHERE run = %Q; UPDATE runs SET state = 'done' WHERE id = %Q; "
		    "DELETE FROM pending WHERE run = %Q;", n->run, n->run, n->run);
		sql(n, q);
		sqlite3_free(q);
		sql(n, "COMMIT");
		g_free(final);
	} else
		sql(n, "ROLLBACK");	/* nothing new: no run */
	maybe_die("done");
	if (!quiet)
		warnf("%s (%s): %llu new message%s: %llu into the package and %llu to review in %s/%s; "
		    "%llu taken before, %llu copies of taken mail, %llu unreadable (tried again next "
		    "night); %.1f s", n->root, n->owner, n->fresh, n->fresh == 1 ? "" : "s",
		    n->to_package, n->to_queue, n->runs, n->ntaken ? n->run : "(no run: nothing new)",
		    n->seen, n->copies, n->unreadable, (double)(g_get_monotonic_time() - t0) / 1e6);
	reader_free(rd);
	classify_free(n->cl);
	package_free(n->pkg);
	rules_result_free(&n->res);
	sqlite3_close(n->db);
	g_ptr_array_free(files, TRUE);
	g_ptr_array_free(folders, TRUE);
	g_free(n->current_folder);
	g_free(n->run);
	g_free(n->tmp);
	g_free(n->runs);
	g_free(n->store);
	return n->unreadable ? 1 : 0;
}

/* The job's file: key = value lines, "mailbox = DIR | OWNER" once per mailbox. */
struct job {
	char *out, *state, *rules, *contacts, *marks, *package_config, *log;
	GPtrArray *roots, *owners;
};

static void
job_load(struct job *j, const char *path)
{
	char *text, **lines, *eq, *bar;
	GError *e = NULL;
	size_t i;

	if (!g_file_get_contents(path, &text, NULL, &e))
		die(2, "%s", e->message);
	lines = g_strsplit(text, "\n", -1);
	g_free(text);
	for (i = 0; lines[i]; i++) {
		char *l = g_strstrip(lines[i]), *key, *val, **field = NULL;

		if (!*l || *l == '#')
			continue;
		if (!(eq = strchr(l, '=')))
			die(2, "%s:%zu:1: not \"key = value\"", path, i + 1);
		*eq = '\0';
		key = g_strstrip(l);
		val = g_strstrip(eq + 1);
		if (!strcmp(key, "mailbox")) {
			if (!(bar = strchr(val, '|')))
				die(2, "%s:%zu:1: mailbox = DIR | OWNER", path, i + 1);
			*bar = '\0';
			g_ptr_array_add(j->roots, g_strdup(g_strstrip(val)));
			g_ptr_array_add(j->owners, g_strdup(g_strstrip(bar + 1)));
			continue;
		}
		if (!strcmp(key, "out"))
			field = &j->out;
		else if (!strcmp(key, "state"))
			field = &j->state;
		else if (!strcmp(key, "rules"))
			field = &j->rules;
		else if (!strcmp(key, "contacts"))
			field = &j->contacts;
		else if (!strcmp(key, "marks"))
			field = &j->marks;
		else if (!strcmp(key, "package_config"))
			field = &j->package_config;
		else if (!strcmp(key, "log"))
			field = &j->log;
		else
			die(2, "%s:%zu:1: unknown key '%s' (mailbox, out, state, rules, contacts, "
			    "marks, package_config, log)", path, i + 1, key);
		g_free(*field);
		*field = g_strdup(val);
	}
	g_strfreev(lines);
	if (!j->roots->len || !j->out)
		die(2, "%s: a job needs out and at least one mailbox", path);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'j' },
		{ "maildir", required_argument, NULL, 'm' },
		{ "owner", required_argument, NULL, 'w' },
		{ "out", required_argument, NULL, 'o' },
		{ "state", required_argument, NULL, 's' },
		{ "rules", required_argument, NULL, 'r' },
		{ "contacts", required_argument, NULL, 'c' },
		{ "marks", required_argument, NULL, 'k' },
		{ "package-config", required_argument, NULL, 'C' },
		{ "log", required_argument, NULL, 'L' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct job j = { 0 };
	struct night shared = { 0 };
	const char *jobfile = NULL, *root = NULL, *owner = NULL;
	char err[1024], *lock, *gpath;
	int ch, dry = 0, quiet = 0, lockfd = -1, status = 0;
	size_t i;
	unsigned long long fresh = 0, pkg = 0, queue = 0, unreadable = 0;

	prog_init("ihh-nightly");
	/* GMime once for the whole run: each mailbox's reader takes and gives a reference */
	g_mime_init();
	j.roots = g_ptr_array_new_with_free_func(g_free);
	j.owners = g_ptr_array_new_with_free_func(g_free);
	while ((ch = getopt_long(argc, argv, "j:m:w:o:s:r:c:k:C:L:nqhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j': jobfile = optarg; break;
		case 'm': root = optarg; break;
		case 'w': owner = optarg; break;
		case 'o': g_free(j.out); j.out = g_strdup(optarg); break;
		case 's': g_free(j.state); j.state = g_strdup(optarg); break;
		case 'r': g_free(j.rules); j.rules = g_strdup(optarg); break;
		case 'c': g_free(j.contacts); j.contacts = g_strdup(optarg); break;
		case 'k': g_free(j.marks); j.marks = g_strdup(optarg); break;
		case 'C': g_free(j.package_config); j.package_config = g_strdup(optarg); break;
		case 'L': g_free(j.log); j.log = g_strdup(optarg); break;
		case 'n': dry = 1; break;
		case 'q': quiet = 1; break;
		case 'V':
			printf("ihh-nightly %s (stream version %d)\n", IHH_VERSION, IHH_STREAM_VERSION);
			return 0;
		default: usage();
		}
	}
	if (optind != argc || (jobfile && (root || owner)) || (!jobfile && (!root || !owner || !j.out)))
		usage();
	if (jobfile)
		job_load(&j, jobfile);	/* flags given besides it were read first: the file wins */
	else {
		g_ptr_array_add(j.roots, g_strdup(root));
		g_ptr_array_add(j.owners, g_strdup(owner));
	}
	shared.rules_dir = j.rules ? j.rules : rules_default_dir();
	if (!j.state)
		j.state = g_strdup(j.out);

	/* one run at a time, over all the job's mailboxes */
	if (!dry) {
		if (g_mkdir_with_parents(j.out, 0700) != 0 || g_mkdir_with_parents(j.state, 0700) != 0)
			die(2, "%s: %s", j.out, strerror(errno));
		lock = g_build_filename(j.state, ".lock", NULL);
		if ((lockfd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
			die(2, "%s: %s", lock, strerror(errno));
		if (flock(lockfd, LOCK_EX | LOCK_NB) != 0)
			die(2, "%s: another ihh-nightly is running on %s; this one stops", lock, j.out);
		g_free(lock);
		prog_audit_start(j.log, NULL);
	}
	if (!(shared.rules = rules_load(shared.rules_dir, err, sizeof(err))))
		die(2, "%s", err);
	gpath = g_strconcat(shared.rules_dir, "/grounds.tsv", NULL);
	if (!(shared.grounds = grounds_load(gpath, 1, err, sizeof(err))))
		die(2, "%s", err);
	g_free(gpath);
	if (j.contacts && !(shared.contacts = contacts_load(j.contacts, err, sizeof(err))))
		die(2, "%s", err);
	if (j.marks && !(shared.marks = marks_load(j.marks, err, sizeof(err))))
		die(2, "%s", err);
	for (i = 0; i < j.roots->len; i++) {
		struct night n = shared;
		char *own_out = NULL, *own_state = NULL, *safe;

		n.root = g_ptr_array_index(j.roots, i);
		n.owner = g_ptr_array_index(j.owners, i);
		/* one mailbox: OUT itself; several: a folder each */
		if (j.roots->len == 1) {
			n.out = j.out;
			n.statedir = j.state;
		} else {
			safe = g_strdelimit(g_strdup(n.owner), " /\\:*?\"<>|#&", '_');
			own_out = g_build_filename(j.out, safe, NULL);
			own_state = g_build_filename(j.state, safe, NULL);
			g_free(safe);
			n.out = own_out;
			n.statedir = own_state;
		}
		if (!(n.cfg = j.package_config ? package_config_load(j.package_config, err, sizeof(err)) :
		    package_config_default()))
			die(2, "%s", err);
		if (!j.package_config) {
			g_free(n.cfg->title);
			n.cfg->title = g_strdup_printf("E-mail van %s", n.owner);
		}
		status |= run_mailbox(&n, dry, quiet);
		fresh += n.fresh;
		pkg += n.to_package;
		queue += n.to_queue;
		unreadable += n.unreadable;
		package_config_free(n.cfg);
		g_free(own_out);
		g_free(own_state);
	}
	if (!dry)
		status = prog_audit_end(status, json_pack("{s:I,s:I,s:I,s:I,s:I}", "mailboxes",
		    (json_int_t)j.roots->len, "new", (json_int_t)fresh, "package", (json_int_t)pkg,
		    "review", (json_int_t)queue, "unreadable", (json_int_t)unreadable));
	rules_free(shared.rules);
	grounds_free(shared.grounds);
	contacts_free(shared.contacts);
	marks_free(shared.marks);
	g_ptr_array_free(j.roots, TRUE);
	g_ptr_array_free(j.owners, TRUE);
	g_free(j.out);
	g_free(j.state);
	g_free(j.rules);
	g_free(j.contacts);
	g_free(j.marks);
	g_free(j.package_config);
	g_free(j.log);
	if (lockfd >= 0)
		close(lockfd);
	g_mime_shutdown();
	return status;
}
