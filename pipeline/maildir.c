/*
 * maildir: Maildir and Maildir++ folders.  The root is INBOX; each
 * ".Name.Sub" folder beside cur/ and new/ is the folder Name/Sub, its
 * parts in IMAP's modified UTF-7 (".Priv&AOk-" is "Privé").  Messages
 * are read from cur/ and new/ in name order; tmp/ holds deliveries
 * still being written and is left alone.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "read_priv.h"
#include "text.h"

static int
is_dir(const char *path, const char *sub)
{
	struct stat sb;
	char *p = g_strconcat(path, "/", sub, NULL);
	int r = stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);

	g_free(p);
	return r;
}

int
maildir_is(const char *path)
{
	return is_dir(path, "cur") || is_dir(path, "new");
}

/* One part of a Maildir++ name from modified UTF-7 (RFC 3501 5.1.3). */
static char *
mutf7(const char *s)
{
	GString *out = g_string_new(NULL);
	const char *end;
	char *b64, *c, *u;
	guchar *bytes;
	gsize n, k;

	while (*s) {
		if (*s != '&') {
			g_string_append_c(out, *s++);
			continue;
		}
		if (s[1] == '-') {
			g_string_append_c(out, '&');
			s += 2;
			continue;
		}
		end = strchr(s, '-');
		if (!end)
			goto bad;
		k = (size_t)(end - s - 1);
		b64 = g_malloc(k + 4);
		memcpy(b64, s + 1, k);
		while (k % 4)
			b64[k++] = '=';
		b64[k] = '\0';
		for (c = b64; *c; c++)
			if (*c == ',')
				*c = '/';
		bytes = g_base64_decode(b64, &n);
		g_free(b64);
		u = g_convert((const char *)bytes, (gssize)n, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
		g_free(bytes);
		if (!u)
			goto bad;
		g_string_append(out, u);
		g_free(u);
		s = end + 1;
	}
	return g_string_free(out, FALSE);
bad:
	g_string_free(out, TRUE);
	return NULL;
}

char *
maildir_folder_name(const char *dotted)
{
	char **parts = g_strsplit(dotted + (*dotted == '.'), ".", -1), *d, *name;
	GString *out = g_string_new(NULL);
	int i;

	for (i = 0; parts[i]; i++) {
		d = mutf7(parts[i]);
		if (out->len)
			g_string_append_c(out, '/');
		g_string_append(out, d ? d : parts[i]);
		g_free(d);
	}
	g_strfreev(parts);
	name = g_string_free(out, FALSE);
	return name;
}

/* The unique part of a Maildir name: without ":2,FLAGS" (";2," on Windows). */
static char *
unique_name(const char *name)
{
	const char *c = strstr(name, ":2,");

	if (!c)
		c = strstr(name, ";2,");
	return c ? g_strndup(name, (size_t)(c - name)) : g_strdup(name);
}

void
maildir_message(struct reader *rd, const char *buf, size_t len,
    const char *rel, const char *folder, const char *truncated)
{
	struct mail_meta meta = { 0 };
	const char *nm = strrchr(rel, '/');
	char *file = source_file(rd, rel), *uniq, *idkey;

	nm = nm ? nm + 1 : rel;
	uniq = unique_name(nm);
	idkey = g_strconcat(rd->in->name, "/", uniq, NULL);
	meta.format = "maildir";
	meta.file = file;
	meta.idkey = idkey;
	meta.folder = folder;
	meta.fallback_time = g_ascii_isdigit(nm[0]) ? (gint64)g_ascii_strtoll(nm, NULL, 10) : -1;
	meta.fallback_from = "the Maildir file name";
	meta.truncated = truncated;
	mail_read(rd, buf, len, &meta);
	g_free(uniq);
	g_free(idkey);
	g_free(file);
}

char *
maildir_place(const char *path)
{
	char **parts = g_strsplit(path, "/", -1), *folder = NULL;
	int n = (int)g_strv_length(parts);

	if (n >= 2 && (!strcmp(parts[n - 2], "cur") || !strcmp(parts[n - 2], "new")) &&
	    parts[n - 1][0] != '.')
		folder = n >= 3 && parts[n - 3][0] == '.' && parts[n - 3][1] ?
		    maildir_folder_name(parts[n - 3]) : g_strdup("INBOX");
	g_strfreev(parts);
	return folder;
}

static void
read_folder(struct reader *rd, const char *disk, const char *rel,
    const char *folder)
{
	static const char *const subs[] = { "cur", "new" };
	struct dirent **ents;
	char err[256], *dpath, *fpath, *frel, *buf;
	size_t len;
	int s, i, n;
	struct stat sb;

	for (s = 0; s < 2 && !rd->stop; s++) {
		dpath = g_strconcat(disk, "/", subs[s], NULL);
		n = scandir(dpath, &ents, NULL, name_order);
		if (n < 0) {
			if (errno != ENOENT) {
				rd_warn(rd, "%s: %s", dpath, strerror(errno));
				rd->in->failed = 1;
			}
			g_free(dpath);
			continue;
		}
		for (i = 0; i < n; i++) {
			const char *nm = ents[i]->d_name;

			if (nm[0] == '.' || rd->stop)
				continue;
			fpath = g_strconcat(dpath, "/", nm, NULL);
			if (stat(fpath, &sb) != 0 || !S_ISREG(sb.st_mode)) {
				g_free(fpath);
				continue;
			}
			frel = *rel ? g_strconcat(rel, "/", subs[s], "/", nm, NULL) :
			    g_strconcat(subs[s], "/", nm, NULL);
			if (file_slurp(rd, fpath, &buf, &len, err, sizeof(err)) != 0) {
				rd_warn(rd, "%s: %s", fpath, err);
				rd->in->failed = 1;
			}
			if (buf) {
				maildir_message(rd, buf, len, frel, folder,
				    len < (uint64_t)sb.st_size ?
				    "the file could not be read to its end; this message may be cut off" : NULL);
				explicit_bzero(buf, len);
				free(buf);
			}
			g_free(frel);
			g_free(fpath);
		}
		for (i = 0; i < n; i++)
			free(ents[i]);
		free(ents);
		g_free(dpath);
	}
}

int
maildir_read(struct reader *rd, const char *path, const char *rel)
{
	struct dirent **ents;
	char *sub, *srel, *folder;
	int n, i;

	read_folder(rd, path, rel, "INBOX");
	n = scandir(path, &ents, NULL, name_order);
	if (n < 0) {
		rd_warn(rd, "%s: %s", path, strerror(errno));
		rd->in->failed = 1;
		return -1;
	}
	for (i = 0; i < n; i++) {
		const char *nm = ents[i]->d_name;

		if (nm[0] != '.' || !strcmp(nm, ".") || !strcmp(nm, "..") || rd->stop)
			continue;
		sub = g_strconcat(path, "/", nm, NULL);
		if (maildir_is(sub)) {
			srel = *rel ? g_strconcat(rel, "/", nm, NULL) : g_strdup(nm);
			folder = maildir_folder_name(nm);
			read_folder(rd, sub, srel, folder);
			g_free(folder);
			g_free(srel);
		}
		g_free(sub);
	}
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
	return 0;
}
