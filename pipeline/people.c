/*
 * people: contacts and the owner's marks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "people.h"
#include "text.h"

static const char *const roles[] = {
	"familie", "vriend", "partij", "collega", "pers", "overig", "eigenaar", NULL
};

static const char *const mark_classes[] = { "prive", "partijpolitiek", "zakelijk", NULL };

/* One contacts line: a role and the identifiers that name one person. */
struct person {
	char *role;
	char *name;		/* the first identifier that is a name, or NULL */
	unsigned line;
};

/*
 * The keys of the last names and addresses looked up.  A chat's title and
 * its few senders come again with every message, and working their keys
 * out again (case folding, normalizing) was 5% of ihh-classify's time.
 */
#define MEMO 4

struct memo {
	char *in[MEMO], *key[MEMO];
	unsigned next;
};

struct contacts {
	GHashTable *who;	/* key -> struct person * */
	GHashTable *domains;	/* "@domain" -> role */
	GPtrArray *people;	/* struct person *, owned */
	struct memo *memo;	/* changes in lookups of a const handle */
};

struct mark {
	char *cls, *where;
};

struct marks {
	GHashTable *messages, *conversations;	/* id or casefolded title -> struct mark */
	GPtrArray *all;
	struct memo *memo;
};

/* Digits of a phone number, in one form: "+31612345678" for 06 12345678. */
static char *
phone_key(const char *s)
{
	GString *d = g_string_new(NULL);
	const char *p;

	for (p = s; *p; p++)
		if (g_ascii_isdigit(*p))
			g_string_append_c(d, *p);
	if (g_str_has_prefix(d->str, "0031"))
		g_string_erase(d, 0, 4), g_string_prepend(d, "31");
	else if (d->str[0] == '0' && d->len == 10)
		g_string_erase(d, 0, 1), g_string_prepend(d, "31");
	g_string_prepend_c(d, '+');
	return g_string_free(d, FALSE);
}

static int
looks_phone(const char *s)
{
	size_t digits = 0;

	for (; *s; s++) {
		if (g_ascii_isdigit(*s))
			digits++;
		else if (!strchr("+ -().", *s))
			return 0;
	}
	return digits >= 6;
}

/* Names match without regard to case, accents-as-written and spacing. */
static char *
name_key(const char *s)
{
	char *f = g_utf8_casefold(s, -1), *n = g_utf8_normalize(f, -1, G_NORMALIZE_ALL_COMPOSE);
	char *o = text_squeeze(n ? n : f, " \t");

	g_free(f);
	g_free(n);
	return o;
}

static char *
key_for(const char *who)
{
	if (strchr(who, '@'))
		return g_ascii_strdown(who, -1);
	if (looks_phone(who))
		return phone_key(who);
	return name_key(who);
}

/* Forgets entry i of m, wiping the name and key it held. */
static void
memo_clear(struct memo *m, unsigned i)
{
	if (!m->in[i])
		return;
	explicit_bzero(m->in[i], strlen(m->in[i]));
	explicit_bzero(m->key[i], strlen(m->key[i]));
	g_free(m->in[i]);
	g_free(m->key[i]);
	m->in[i] = m->key[i] = NULL;
}

/* key_for(who), borrowed from m until MEMO more lookups. */
static const char *
memo_key(struct memo *m, const char *who, char *(*fn)(const char *))
{
	unsigned i;

	for (i = 0; i < MEMO; i++)
		if (m->in[i] && !strcmp(m->in[i], who))
			return m->key[i];
	i = m->next;
	m->next = (m->next + 1) % MEMO;
	/* names from messages */
	memo_clear(m, i);
	m->in[i] = g_strdup(who);
	m->key[i] = fn(who);
	return m->key[i];
}

static void
memo_free(struct memo *m)
{
	unsigned i;

	if (!m)
		return;
	for (i = 0; i < MEMO; i++)
		memo_clear(m, i);
	g_free(m);
}

typedef int (*line_fn)(void *ctx, const char *file, unsigned line, char *first,
    char *rest, char *err, size_t errlen);

/* Lines of "WORD REST", comments and blank lines skipped. */
static int
read_lines(const char *path, line_fn fn, void *ctx, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *p, *w;
	size_t cap = 0;
	ssize_t n;
	unsigned no = 0;
	int rc = 0;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (!rc && (n = getline(&line, &cap, f)) >= 0) {
		no++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (!g_utf8_validate(line, n, NULL)) {
			snprintf(err, errlen, "%s:%u:1: not UTF-8", path, no);
			rc = -1;
			break;
		}
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		if (!*p || *p == '#')
			continue;
		w = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (*p)
			*p++ = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		g_strchomp(p);
		rc = fn(ctx, path, no, w, p, err, errlen);
		if (rc && !*err)
			snprintf(err, errlen, "%s:%u:1: bad line", path, no);
	}
	free(line);
	fclose(f);
	return rc;
}

static int
in_list(const char *const *l, const char *s)
{
	for (; *l; l++)
		if (!strcmp(*l, s))
			return 1;
	return 0;
}

static void
person_free(gpointer p)
{
	struct person *pe = p;

	g_free(pe->role);
	g_free(pe->name);
	g_free(pe);
}

/*
 * "role  who | who | ...": every identifier on the line names the same
 * person (a name on one phone, a number on another, an address).
 */
static int
contact_line(void *ctx, const char *file, unsigned no, char *role, char *who,
    char *err, size_t errlen)
{
	struct contacts *c = ctx;
	struct person *pe;
	char **ids, *id;
	size_t col = (size_t)(who - role) + 1, len;
	int i;

	if (!in_list(roles, role)) {
		snprintf(err, errlen, "%s:%u:1: unknown role '%s' (known: familie, vriend, "
		    "partij, collega, pers, overig, eigenaar)", file, no, role);
		return -1;
	}
	if (!*who) {
		snprintf(err, errlen, "%s:%u:%zu: a role needs a phone number, address, @domain or name",
		    file, no, strlen(role) + 1);
		return -1;
	}
	pe = g_new0(struct person, 1);
	pe->role = g_strdup(role);
	pe->line = no;
	g_ptr_array_add(c->people, pe);
	ids = g_strsplit(who, "|", -1);
	for (i = 0; ids[i]; i++) {
		len = strlen(ids[i]);
		id = g_strstrip(ids[i]);
		if (!*id) {
			snprintf(err, errlen, "%s:%u:%zu: an empty name between '|'", file, no, col);
			g_strfreev(ids);
			return -1;
		}
		col += len + 1;
		if (id[0] == '@') {
			g_hash_table_replace(c->domains, g_ascii_strdown(id, -1), g_strdup(role));
			continue;
		}
		if (!pe->name && !strchr(id, '@') && !looks_phone(id))
			pe->name = g_strdup(id);
		g_hash_table_replace(c->who, key_for(id), pe);
	}
	g_strfreev(ids);
	return 0;
}

struct contacts *
contacts_load(const char *path, char *err, size_t errlen)
{
	struct contacts *c = g_new0(struct contacts, 1);

	c->who = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	c->domains = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	c->people = g_ptr_array_new_with_free_func(person_free);
	c->memo = g_new0(struct memo, 1);
	err[0] = '\0';
	if (read_lines(path, contact_line, c, err, errlen) != 0) {
		contacts_free(c);
		return NULL;
	}
	return c;
}

void
contacts_free(struct contacts *c)
{
	if (!c)
		return;
	g_hash_table_destroy(c->who);
	g_hash_table_destroy(c->domains);
	g_ptr_array_free(c->people, TRUE);
	memo_free(c->memo);
	g_free(c);
}

/* The contacts line that names a person by address or name, or NULL. */
static const struct person *
person_of(const struct contacts *c, const char *name, const char *address)
{
	const struct person *pe = NULL;

	if (!c)
		return NULL;
	if (address && *address)
		pe = g_hash_table_lookup(c->who, memo_key(c->memo, address, key_for));
	if (!pe && name && *name)
		pe = g_hash_table_lookup(c->who, memo_key(c->memo, name, key_for));
	return pe;
}

const char *
contacts_role(const struct contacts *c, const char *name, const char *address,
    const char **matched)
{
	const struct person *pe;
	const char *r = NULL, *at;
	char *k;

	if (!c)
		return NULL;
	if (address && *address) {
		if ((pe = person_of(c, NULL, address)))
			r = pe->role;
		if (!r && (at = strchr(address, '@'))) {
			k = g_ascii_strdown(at, -1);
			r = g_hash_table_lookup(c->domains, k);
			g_free(k);
		}
		if (r) {
			*matched = address;
			return r;
		}
	}
	if ((pe = person_of(c, name, NULL))) {
		*matched = name;
		return pe->role;
	}
	return NULL;
}

char *
contacts_who(const struct contacts *c, const char *name, const char *address)
{
	const struct person *pe = person_of(c, name, address);

	if (pe)
		return g_strdup_printf("contacts:%u", pe->line);
	if (address && *address)
		return key_for(address);
	if (name && *name)
		return key_for(name);
	return g_strdup("");
}

const char *
contacts_name(const struct contacts *c, const char *name, const char *address)
{
	const struct person *pe = person_of(c, name, address);

	return pe ? pe->name : NULL;
}

static void
mark_free(gpointer p)
{
	struct mark *m = p;

	g_free(m->cls);
	g_free(m->where);
	g_free(m);
}

static int
mark_line(void *ctx, const char *file, unsigned no, char *cls, char *rest,
    char *err, size_t errlen)
{
	struct marks *ms = ctx;
	char *what = rest, *value;
	struct mark *m;
	const char *base = strrchr(file, '/');

	if (!in_list(mark_classes, cls)) {
		snprintf(err, errlen, "%s:%u:1: unknown class '%s' (known: prive, partijpolitiek, zakelijk)",
		    file, no, cls);
		return -1;
	}
	value = what;
	while (*value && *value != ' ' && *value != '\t')
		value++;
	if (*value)
		*value++ = '\0';
	while (*value == ' ' || *value == '\t')
		value++;
	if (strcmp(what, "conversation") && strcmp(what, "message")) {
		snprintf(err, errlen, "%s:%u:%zu: expected 'conversation' or 'message', not '%s'",
		    file, no, (size_t)(what - cls) + 1, what);
		return -1;
	}
	if (!*value) {
		snprintf(err, errlen, "%s:%u:%zu: a %s mark needs an id%s", file, no,
		    (size_t)(what - cls) + 1, what, *what == 'c' ? " or a title" : "");
		return -1;
	}
	m = g_new0(struct mark, 1);
	m->cls = g_strdup(cls);
	m->where = g_strdup_printf("%s:%u", base ? base + 1 : file, no);
	g_ptr_array_add(ms->all, m);
	if (*what == 'm')
		g_hash_table_replace(ms->messages, g_strdup(value), m);
	else {
		g_hash_table_replace(ms->conversations, g_strdup(value), m);
		g_hash_table_replace(ms->conversations, name_key(value), m);
	}
	return 0;
}

struct marks *
marks_load(const char *path, char *err, size_t errlen)
{
	struct marks *m = g_new0(struct marks, 1);

	m->messages = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	m->conversations = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	m->all = g_ptr_array_new_with_free_func(mark_free);
	m->memo = g_new0(struct memo, 1);
	err[0] = '\0';
	if (read_lines(path, mark_line, m, err, errlen) != 0) {
		marks_free(m);
		return NULL;
	}
	return m;
}

void
marks_free(struct marks *m)
{
	if (!m)
		return;
	g_hash_table_destroy(m->messages);
	g_hash_table_destroy(m->conversations);
	g_ptr_array_free(m->all, TRUE);
	memo_free(m->memo);
	g_free(m);
}

const char *
marks_class(const struct marks *ms, const json_t *rec, const char **where)
{
	const json_t *conv = json_object_get(rec, "conversation");
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *cid = json_string_value(json_object_get(conv, "id"));
	const char *title = json_string_value(json_object_get(conv, "title"));
	struct mark *m = NULL;

	if (!ms)
		return NULL;
	if (id)
		m = g_hash_table_lookup(ms->messages, id);
	if (!m && cid)
		m = g_hash_table_lookup(ms->conversations, cid);
	if (!m && title && *title)
		m = g_hash_table_lookup(ms->conversations, memo_key(ms->memo, title, name_key));
	if (!m)
		return NULL;
	*where = m->where;
	return m->cls;
}
