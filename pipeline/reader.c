/*
 * reader: the reader's handle, one input at a time, and the helpers its
 * parts share for building records.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "read_priv.h"
#include "stream.h"
#include "text.h"

static const char *const formats[] = {
	"whatsapp", "mbox", "maildir", "eml", "telegram", "signal", "signal-json",
	"sms", "ufdr", NULL
};

const char *const *
reader_formats(void)
{
	return formats;
}

void
rd_warn(struct reader *rd, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (rd->warn)
		rd->warn(rd->ctx, buf);
}

void
rd_warn_at(struct reader *rd, const char *path, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (path && *path)
		rd_warn(rd, "%s/%s: %s", rd->in->arg, path, buf);
	else
		rd_warn(rd, "%s: %s", rd->in->arg, buf);
}

void
note(json_t **errs, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	size_t i;
	json_t *e;

	if (!*errs)
		*errs = json_array();
	/* the same problem twice says nothing new */
	json_array_foreach(*errs, i, e)
		if (!strcmp(json_string_value(e), buf))
			return;
	json_array_append_new(*errs, text_json(buf, strlen(buf)));
}

json_t *
party(const char *name, const char *address)
{
	json_t *p = json_object();

	if (name && *name)
		json_object_set_new(p, "name", text_json(name, strlen(name)));
	if (address && *address)
		json_object_set_new(p, "address", text_json(address, strlen(address)));
	return p;
}

/*
 * A sender as a chat export shows it: a name, or a phone number in any
 * notation, which then is the address too ("+31 6 1234 5678" has address
 * "+31612345678").  "~ Name" (not in the phone's contacts) is Name.
 */
json_t *
party_label(const char *s, size_t n)
{
	char *name = g_strndup(s, n), *addr = NULL;
	size_t len = text_trim(name, text_clean_marks(name, n)), i, digits = 0;
	int phone;
	json_t *p;

	if (len > 2 && name[0] == '~' && name[1] == ' ') {
		memmove(name, name + 2, len - 1);
		len -= 2;
	}
	phone = len >= 6;
	for (i = 0; i < len && phone; i++) {
		if (g_ascii_isdigit(name[i]))
			digits++;
		else if (!(name[i] == ' ' || name[i] == '-' || name[i] == '(' ||
		    name[i] == ')' || (name[i] == '+' && i == 0)))
			phone = 0;
	}
	if (phone && digits >= 6) {
		GString *a = g_string_new(name[0] == '+' ? "+" : "");

		for (i = 0; i < len; i++)
			if (g_ascii_isdigit(name[i]))
				g_string_append_c(a, name[i]);
		addr = g_string_free(a, FALSE);
	}
	p = party(name, addr);
	g_free(name);
	g_free(addr);
	return p;
}

/*
 * Appends to list the attachment a message names: the file of this
 * name in the input (looked for beside dir first), or, when the input
 * does not hold it, a record of it with missing: true and type, if given.
 * name may be NULL (the export names no file).
 */
void
rd_attach(struct reader *rd, const char *dir, json_t *list, const char *name,
    size_t n, const char *type)
{
	json_t *a = json_object();
	char *nm = name && n ? g_strndup(name, n) : NULL;
	struct media *m = NULL;

	if (nm) {
		n = text_trim(nm, text_clean_marks(nm, n));
		json_object_set_new(a, "name", text_json(nm, n));
		m = media_find(rd->in, dir, nm);
	}
	media_json(a, m, type);
	json_array_append_new(list, a);
	g_free(nm);
}

/*
 * Completes an attachment a message names: the file m of the input, now
 * named by a message, or (m NULL) a file the export does not hold, with
 * its type if known.
 */
void
media_json(json_t *a, struct media *m, const char *type)
{
	if (m) {
		m->refs++;
		json_object_set_new(a, "sha256", json_string(m->item.sha256));
		json_object_set_new(a, "size", json_integer((json_int_t)m->item.size));
		json_object_set_new(a, "type", json_string(m->item.type));
	} else {
		if (type)
			json_object_set_new(a, "type", text_json(type, strlen(type)));
		json_object_set_new(a, "missing", json_true());
	}
}

/*
 * A new record of kind chat with its id (from idformat, file and pos),
 * source {format, file, pos} and conversation {id, title}.
 */
json_t *
chat_record(const char *idformat, const char *format, const char *file,
    long long pos, const char *conv_id, const char *title)
{
	json_t *rec = json_object(), *src = json_object(), *conv = json_object();
	char id[17], ps[24];

	snprintf(ps, sizeof(ps), "%lld", pos);
	text_id(id, idformat, file, ps, NULL);
	json_object_set_new(rec, "id", json_string(id));
	json_object_set_new(src, "format", json_string(format));
	json_object_set_new(src, "file", text_json(file, strlen(file)));
	json_object_set_new(src, "pos", json_integer((json_int_t)pos));
	json_object_set_new(rec, "source", src);
	json_object_set_new(rec, "kind", json_string("chat"));
	json_object_set_new(conv, "id", json_string(conv_id));
	json_object_set_new(conv, "title", text_json(title, strlen(title)));
	json_object_set_new(rec, "conversation", conv);
	return rec;
}

/*
 * Sets the record's time (RFC 3339 with offset) from dt: 0, or -1 with a
 * note in errs when the year is not one a message can have been written in
 * (before 1900 the zone's offset had seconds; RFC 3339 has four digits).
 */
int
rd_time(json_t *rec, GDateTime *dt, json_t **errs)
{
	int y = g_date_time_get_year(dt);
	char *s;

	if (y < 1900 || y > 9999) {
		note(errs, "the date's year %d cannot be a message's; no time given", y);
		return -1;
	}
	s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%S%:z");
	json_object_set_new(rec, "time", json_string(s));
	g_free(s);
	return 0;
}

char *
source_file(struct reader *rd, const char *path)
{
	if (!path || !*path)
		return g_strdup(rd->in->name);
	return g_strconcat(rd->in->name, "/", path, NULL);
}

int
rd_emit(struct reader *rd, json_t *rec)
{
	const char *kind = json_string_value(json_object_get(rec, "kind"));

	rd->counts.records++;
	rd->in->records++;
	if (kind && !strcmp(kind, "chat"))
		rd->counts.chat++;
	else if (kind && !strcmp(kind, "email"))
		rd->counts.email++;
	else
		rd->counts.system++;
	if (json_object_get(rec, "errors"))
		rd->counts.with_errors++;
	if (rd->stop)
		return -1;
	if (rd->emit(rd->ctx, rec) != 0) {
		rd->stop = 1;
		return -1;
	}
	return 0;
}

static void
mime_warning(gint64 offset, GMimeParserWarning code, const gchar *item,
    gpointer data)
{
	struct reader *rd = data;
	const char *what;

	switch (code) {
	case GMIME_WARN_DUPLICATED_HEADER:
	case GMIME_WARN_DUPLICATED_PARAMETER:
	case GMIME_WARN_UNENCODED_8BIT_HEADER:
		return;		/* common and harmless: the text is still read */
	case GMIME_WARN_INVALID_CONTENT_TYPE: what = "invalid Content-Type, read as application/octet-stream"; break;
	case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: what = "invalid encoded word in a header"; break;
	case GMIME_WARN_MALFORMED_MULTIPART: what = "multipart without parts"; break;
	case GMIME_WARN_TRUNCATED_MESSAGE: what = "the message ends inside a MIME part (a closing boundary is missing); read to its end"; break;
	case GMIME_WARN_MALFORMED_MESSAGE: what = "malformed message"; break;
	case GMIME_CRIT_INVALID_HEADER_NAME: what = "invalid header name; part of the message may be misread"; break;
	case GMIME_CRIT_CONFLICTING_HEADER: what = "conflicting headers"; break;
	case GMIME_CRIT_CONFLICTING_PARAMETER: what = "conflicting header parameters"; break;
	case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: what = "multipart without a boundary"; break;
	case GMIME_WARN_INVALID_PARAMETER: what = "invalid header parameter"; break;
	case GMIME_WARN_INVALID_ADDRESS_LIST: what = "invalid address list"; break;
	case GMIME_CRIT_NESTING_OVERFLOW: what = "MIME parts nested too deep; the deepest were not read"; break;
	case GMIME_WARN_PART_WITHOUT_CONTENT: what = "MIME part without content"; break;
	case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: what = "MIME part without headers or content"; break;
	default: what = "MIME problem"; break;
	}
	if (item && *item && offset >= 0)
		note(&rd->mail_errs, "%s (%.60s) at byte %lld", what, item, (long long)offset);
	else if (item && *item)
		note(&rd->mail_errs, "%s (%.60s)", what, item);
	else if (offset >= 0)
		note(&rd->mail_errs, "%s at byte %lld", what, (long long)offset);
	else
		note(&rd->mail_errs, "%s", what);
}

struct reader *
reader_new(const struct read_opts *o, read_emit_fn emit, read_warn_fn warn,
    void *ctx, char *err, size_t errlen)
{
	struct reader *rd = calloc(1, sizeof(*rd));
	const char *tz = o->tz ? o->tz : "Europe/Amsterdam";
	const char *const *f;
	static const char *fallback[] = { "utf-8", "windows-1252", NULL };

	if (!rd) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	rd->o = *o;
	rd->emit = emit;
	rd->warn = warn;
	rd->ctx = ctx;
	if (o->format) {
		for (f = formats; *f && strcmp(*f, o->format); f++)
			;
		if (!*f) {
			snprintf(err, errlen, "unknown format '%s' (known: whatsapp, mbox, maildir, eml, telegram, signal, signal-json, sms, ufdr)", o->format);
			goto fail;
		}
	}
	rd->tz = g_time_zone_new_identifier(tz);
	if (!rd->tz) {
		snprintf(err, errlen, "unknown time zone '%s' (an IANA name such as Europe/Amsterdam)", tz);
		goto fail;
	}
	rd->store = store_open(o->store_dir, err, errlen);
	if (!rd->store)
		goto fail;
	rd->wa = wa_compile(err, errlen);
	if (!rd->wa)
		goto fail;
	g_mime_init();
	rd->mopts = g_mime_parser_options_new();
	g_mime_parser_options_set_warning_callback(rd->mopts, mime_warning, rd);
	g_mime_parser_options_set_fallback_charsets(rd->mopts, fallback);
	rd->threads = g_hash_table_new(g_direct_hash, g_direct_equal);
	rd->thread_ring = g_new0(guint64, THREADS_MAX);
	return rd;
fail:
	reader_free(rd);
	return NULL;
}

void
reader_free(struct reader *rd)
{
	if (!rd)
		return;
	if (rd->mopts) {
		g_mime_parser_options_free(rd->mopts);
		g_mime_shutdown();
	}
	if (rd->threads)
		g_hash_table_destroy(rd->threads);
	g_free(rd->thread_ring);
	wa_free(rd->wa);
	store_close(rd->store);
	if (rd->tz)
		g_time_zone_unref(rd->tz);
	free(rd);
}

const struct read_counts *
reader_counts(const struct reader *rd)
{
	return &rd->counts;
}

static void
media_free(gpointer p)
{
	struct media *m = p;

	g_free(m->path);
	g_free(m);
}

static void
chat_free(gpointer p)
{
	struct chat *c = p;

	if (c->buf) {
		explicit_bzero(c->buf, c->len);
		free(c->buf);
	}
	g_free(c->path);
	g_free(c->problem);
	g_free(c->disk);
	g_free(c);
}

static char *
base_name(const char *path)
{
	char *p = g_strdup(path), *b;
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	b = g_path_get_basename(p);
	g_free(p);
	return b;
}

/* Whether a file of the input lies in one of its read-outs' folders. */
static int
in_readout(const struct input *in, const char *path)
{
	unsigned i;

	for (i = 0; i < in->readouts->len; i++) {
		const char *d = g_ptr_array_index(in->readouts, i);
		size_t n = strlen(d);

		if (!n || (!strncmp(path, d, n) && path[n] == '/'))
			return 1;
	}
	return 0;
}

/*
 * A forensic read-out holds the phone's whole file system: its files that
 * no message names are the owner's, not the records'.  Those this run put
 * into the store are taken out again (one named by a message may have
 * the same bytes: it stays).
 */
static void
forget_unnamed(struct reader *rd)
{
	struct input *in = rd->in;
	GHashTable *named = g_hash_table_new(g_str_hash, g_str_equal);
	unsigned i, n = 0;

	for (i = 0; i < in->media->len; i++) {
		struct media *m = g_ptr_array_index(in->media, i);

		if (m->refs)
			g_hash_table_add(named, m->item.sha256);
	}
	for (i = 0; i < in->media->len; i++) {
		struct media *m = g_ptr_array_index(in->media, i);

		if (m->refs || m->expanded || !in_readout(in, m->path))
			continue;
		n++;
		m->forgotten = 1;
		if (m->item.created && !g_hash_table_contains(named, m->item.sha256) &&
		    store_forget(rd->store, m->item.sha256) != 0 && errno != ENOENT) {
			rd_warn_at(rd, m->path, "could not take it out of the store: %s",
			    strerror(errno));
			in->failed = 1;
		}
	}
	if (n)
		rd_warn_at(rd, "", "%u file%s of the read-out named by no message, not kept",
		    n, n == 1 ? "" : "s");
	g_hash_table_destroy(named);
}

/* After the whole input: its chats, now that all its media are known. */
static void
finish(struct reader *rd)
{
	struct input *in = rd->in;
	GString *names;
	unsigned i, n = 0;

	input_later(rd);
	for (i = 0; i < in->chats->len && !rd->stop; i++) {
		struct chat *c = g_ptr_array_index(in->chats, i);

		switch (c->fmt) {
		case FMT_TELEGRAM:
			telegram_read(rd, c);
			break;
		case FMT_SIGNAL:
		case FMT_SIGNAL_JSON:
			signal_read(rd, c);
			break;
		default:
			wa_read(rd, c);
			break;
		}
	}
	if (in->readouts->len)
		forget_unnamed(rd);
	if (in->chats->len == 0 && in->readouts->len == 0)
		return;
	names = g_string_new(NULL);
	for (i = 0; i < in->media->len; i++) {
		struct media *m = g_ptr_array_index(in->media, i);

		if (m->refs || m->expanded || m->forgotten)
			continue;
		if (n++ < 5)
			g_string_append_printf(names, "%s'%s'", n > 1 ? ", " : "", m->path);
	}
	if (n)
		rd_warn_at(rd, "", "%u file%s not named by any message: %s%s",
		    n, n == 1 ? "" : "s", names->str, n > 5 ? ", ..." : "");
	g_string_free(names, TRUE);
}

static void
input_begin(struct reader *rd, struct input *in, const char *arg)
{
	memset(in, 0, sizeof(*in));
	rd->counts.inputs++;
	in->name = base_name(arg);
	in->arg = arg;
	in->media = g_ptr_array_new_with_free_func(media_free);
	in->by_path = g_hash_table_new(g_str_hash, g_str_equal);
	in->by_name = g_hash_table_new(g_str_hash, g_str_equal);
	in->chats = g_ptr_array_new_with_free_func(chat_free);
	in->readouts = g_ptr_array_new_with_free_func(g_free);
	in->later = g_ptr_array_new_with_free_func(later_free);
	rd->in = in;
}

static int
input_end(struct reader *rd, struct input *in)
{
	int rc;

	if (!rd->stop)
		finish(rd);
	if (!in->failed && !in->recognised) {
		rd_warn(rd, "%s: not a recognised export (WhatsApp, Telegram, Signal, SMS Backup, Cellebrite UFDR, mbox, Maildir or e-mail message)",
		    in->arg);
		in->failed = 1;
	}
	rc = in->failed || rd->stop ? -1 : 0;
	if (rc)
		rd->counts.failed++;
	g_hash_table_destroy(in->by_name);
	g_hash_table_destroy(in->by_path);
	g_ptr_array_free(in->media, TRUE);
	g_ptr_array_free(in->chats, TRUE);
	g_ptr_array_free(in->readouts, TRUE);
	g_ptr_array_free(in->later, TRUE);
	g_free(in->name);
	rd->in = NULL;
	return rc;
}

int
reader_add(struct reader *rd, const char *path)
{
	struct input in;
	struct stat sb;

	input_begin(rd, &in, path);
	if (stat(path, &sb) != 0) {
		rd_warn(rd, "%s: %s", path, strerror(errno));
		in.failed = 1;
	} else if (S_ISDIR(sb.st_mode))
		input_dir(rd, path);
	else
		input_file(rd, path);
	return input_end(rd, &in);
}

int
reader_add_memory(struct reader *rd, const char *name, const void *buf,
    size_t len)
{
	struct input in;

	input_begin(rd, &in, name);
	input_memory(rd, buf, len);
	return input_end(rd, &in);
}
