/*
 * detect: which export format a file holds, from its first bytes.
 */
#include <string.h>

#include "read_priv.h"

const char *
fmt_name(enum fmt f)
{
	switch (f) {
	case FMT_ARCHIVE: return "an archive";
	case FMT_WHATSAPP: return "a WhatsApp chat";
	case FMT_MBOX: return "an mbox mail folder";
	case FMT_EML: return "an e-mail message";
	case FMT_MAILDIR: return "a Maildir";
	case FMT_TELEGRAM: return "a Telegram Desktop export";
	case FMT_SIGNAL: return "a Signal export";
	case FMT_SIGNAL_JSON: return "a Signal export (JSON)";
	case FMT_SMS: return "an SMS Backup & Restore file";
	case FMT_UFDR: return "a Cellebrite report";
	default: return "an unknown format";
	}
}

static int
is_archive(const unsigned char *h, size_t n)
{
	return (n >= 4 && h[0] == 'P' && h[1] == 'K' &&
	    ((h[2] == 3 && h[3] == 4) || (h[2] == 5 && h[3] == 6) ||
	    (h[2] == 7 && h[3] == 8))) ||
	    (n >= 2 && h[0] == 0x1f && h[1] == 0x8b) ||
	    (n >= 4 && !memcmp(h, "BZh", 3) && h[3] >= '1' && h[3] <= '9') ||
	    (n >= 6 && !memcmp(h, "\xfd" "7zXZ\0", 6)) ||
	    (n >= 4 && !memcmp(h, "\x28\xb5\x2f\xfd", 4)) ||
	    (n >= 6 && !memcmp(h, "7z\xbc\xaf\x27\x1c", 6)) ||
	    (n >= 262 && !memcmp(h + 257, "ustar", 5));
}

static int
known_header(const char *name, size_t n)
{
	static const char *const names[] = {
		"from", "date", "subject", "message-id", "received",
		"return-path", "delivered-to", "mime-version", "to",
		"x-mozilla-status", "sender", "in-reply-to", "references",
		NULL
	};
	const char *const *k;

	for (k = names; *k; k++)
		if (strlen(*k) == n && !g_ascii_strncasecmp(*k, name, n))
			return 1;
	return 0;
}

/*
 * Whether p starts with a mail header block: header fields (name, colon)
 * and folded lines up to a blank line or the end of p, with at least one
 * field every mail has.
 */
int
mail_headers(const char *p, size_t n)
{
	const char *end = p + n, *nl, *c;
	int known = 0, lines = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (p == nl || (p + 1 == nl && *p == '\r'))
			break;
		if (*p == ' ' || *p == '\t') {
			if (!lines)
				return 0;
		} else {
			for (c = p; c < nl && *c > ' ' && *c < 127 && *c != ':'; c++)
				;
			if (c == p || c >= nl || *c != ':')
				return 0;
			known |= known_header(p, (size_t)(c - p));
		}
		lines++;
		p = nl + 1;
	}
	return known;
}

/*
 * signal-export's header: "[2022-03-08 20:39:44] Name: ", older
 * "[2019-12-24, 12:23] Name: ".  1 without seconds, 2 with them: that
 * form is also WhatsApp's on an iPhone set to ISO dates.
 */
static int
signal_line(const char *l, size_t n)
{
	static const char pat[] = "[dddd-dd-dd";
	size_t i;

	if (n < sizeof(pat) + 8)
		return 0;
	for (i = 0; pat[i]; i++)
		if (pat[i] == 'd' ? (l[i] < '0' || l[i] > '9') : l[i] != pat[i])
			return 0;
	if (l[i] == ',')
		i++;
	if (i + 7 > n || l[i] != ' ' || !g_ascii_isdigit(l[i + 1]) ||
	    !g_ascii_isdigit(l[i + 2]) || l[i + 3] != ':' ||
	    !g_ascii_isdigit(l[i + 4]) || !g_ascii_isdigit(l[i + 5]))
		return 0;
	i += 6;
	if (l[i] == ']')
		return i + 1 < n && l[i + 1] == ' ' && memchr(l + i, ':', n - i) ? 1 : 0;
	if (i + 4 < n && l[i] == ':' && g_ascii_isdigit(l[i + 1]) &&
	    g_ascii_isdigit(l[i + 2]) && l[i + 3] == ']' && l[i + 4] == ' ')
		return memchr(l + i + 4, ':', n - i - 4) ? 2 : 0;
	return 0;
}

/* What only signal-export writes: messages ending in a markdown line
 * break (two spaces), links into media/, reaction lines. */
static int
signal_marks(const char *p, size_t n)
{
	return g_strstr_len(p, (gssize)n, "  \n") || g_strstr_len(p, (gssize)n, "  \r\n") ||
	    g_strstr_len(p, (gssize)n, "](./media/") || g_strstr_len(p, (gssize)n, "\n(- ");
}

/* signal-export's data.json: one message a line, {"date": "2022-...", ...} */
static int
signal_json(const char *l, size_t n)
{
	static const char key[] = "{\"date\": \"", pat[] = "dddd-dd-ddT";
	json_t *o;
	size_t i, k = sizeof(key) - 1;
	int r;

	if (n < k + sizeof(pat) || memcmp(l, key, k))
		return 0;
	for (i = 0; pat[i]; i++)
		if (pat[i] == 'd' ? !g_ascii_isdigit(l[k + i]) : l[k + i] != pat[i])
			return 0;
	/* a line cut off by the head is judged by its start */
	if (!(o = json_loadb(l, n, 0, NULL)))
		return !memchr(l, '\n', n) && g_strstr_len(l, (gssize)n, "\"sender\": ");
	r = json_is_object(o) && json_is_string(json_object_get(o, "date")) &&
	    json_object_get(o, "sender") && json_object_get(o, "body");
	json_decref(o);
	return r;
}

enum fmt
detect(struct reader *rd, const unsigned char *head, size_t n)
{
	const char *p = (const char *)head, *end = p + n, *l, *nl;

	if (is_archive(head, n))
		return FMT_ARCHIVE;
	if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	if (end - p >= 5 && !memcmp(p, "From ", 5))
		return FMT_MBOX;
	if (memchr(head, '\0', n))
		return FMT_UNKNOWN;
	/* the first line with something on it */
	for (l = p; l < end && (*l == '\n' || *l == '\r' || *l == ' ' || *l == '\t'); l++)
		;
	if (l >= end)
		return FMT_UNKNOWN;
	nl = memchr(l, '\n', (size_t)(end - l));
	if (!nl)
		nl = end;
	if (*l == '{' && signal_json(l, (size_t)(nl - l)))
		return FMT_SIGNAL_JSON;
	if (*l == '{' || (*l == '[' && (l[1] == '{' || l[1] == '\n' || l[1] == '\r' ||
	    l[1] == ' '))) {
		/* an account export starts with its owner, its chats may come late */
		if (g_strstr_len(l, end - l, "\"messages\"") ||
		    g_strstr_len(l, end - l, "\"chats\"") ||
		    g_strstr_len(l, end - l, "\"personal_information\""))
			return FMT_TELEGRAM;
		return FMT_UNKNOWN;
	}
	if (end - l >= 5 && !memcmp(l, "<?xml", 5)) {
		if (g_strstr_len(l, end - l, "<smses"))
			return FMT_SMS;
		if (g_strstr_len(l, end - l, "pa.cellebrite.com"))
			return FMT_UFDR;
	}
	switch (signal_line(l, (size_t)(nl - l))) {
	case 1:
		return FMT_SIGNAL;
	case 2:
		if (signal_marks(l, (size_t)(end - l)))
			return FMT_SIGNAL;
		break;
	}
	if (wa_is_header(rd->wa, l, (size_t)(nl - l)))
		return FMT_WHATSAPP;
	if (l == p && mail_headers(p, (size_t)(end - p)))
		return FMT_EML;
	return FMT_UNKNOWN;
}
