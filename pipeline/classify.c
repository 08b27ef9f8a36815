/*
 * classify: the law's order of strength, over a window of the stream.
 *
 * Content is what the rules find in a message's text and subject;
 * context is who sent it, the chat's name, the mail folder and the
 * messages around it.
 *
 *  1. business content makes a message zakelijk, even beside private or
 *     party content (the public interest prevails);
 *  2. purely private content is privé, towards anyone;
 *  3. party content is partijpolitiek (with party contacts: certainly);
 *  4. the owner's marks (a Privé mail folder, the marks file);
 *  5. a message without content of its own follows its conversation: the
 *     message it answers, or, first in a conversation, the next one;
 *  6. the sender (unless it is the owner), the chat's name and the
 *     contact's role are first hints only;
 *  7. no signal at all: zakelijk.
 * Everything proposed for deletion, and everything uncertain, gets
 * review: true.
 */
#include <string.h>

#include <glib.h>

#include "classify.h"
#include "text.h"

enum cls { ZAK, PRIVE, PARTIJ, NCLS };

static const char *const cls_name[NCLS] = { "zakelijk", "prive", "partijpolitiek" };

/* Business content: this much weight of business rules in text and subject
 * (one passing mention of a debate or the cabinet is not). */
#define BUSINESS_MIN	3
/* Private content among colleagues or party people: this much weight. */
#define PRIVATE_AMONG_OTHERS	3
/* A conversation that says twice it is private (its name and its sender:
 * the neighbours' group, "Buurman Wouter"; the running club's chat under a
 * runner's emoji) weighs this much in private hints; topic words of the
 * office there are the neighbours' talk, not business. */
#define PRIVATE_HINTS	4
/* Party content this heavy (a members' evening, the list, canvassing) is
 * the party's work, even when the office passes it on. */
#define PARTY_OWN	6
/* A message of at most this many words waits for its conversation when it
 * is the first of it; one of at most CONTEXT_WORDS, without content of its
 * own, follows the message before it. */
#define SHORT_WORDS	3
#define CONTEXT_WORDS	12
/* A reply answers the message before it when it comes within this many
 * seconds of it; later, it starts something new. */
#define REPLY_WINDOW	(24 * 3600)
/* A mail in a thread answers the one before it for longer (its subject
 * says what it replies to), as a hint for one without content of its own. */
#define MAIL_REPLY_WINDOW	(14 * 24 * 3600)
/* A conversation private (or party) by this many messages, and never the
 * office's, is two hints for a message without content of its own. */
#define SAID_MANY	3
/* Conversations remembered for context. */
#define CONVS_MAX	4096

struct conv {
	char *id;
	int last;		/* class of the last message decided, or -1 */
	char *last_id;
	gint64 last_time;	/* unix time of the last message, 0 unknown */
	const char *role[3];	/* a counterpart's role met in it, per class
				 * it hints at (owned by the contacts) */
	int said[3];		/* messages decided by their own content or the
				 * owner's mark, per class */
};

struct item {
	json_t *rec;
	json_t *reasons;
	int cls;		/* -1 while waiting for context */
	int review;
	char *conv;
	int hint[3], role[3];	/* its context, should it wait in vain */
};

struct classifier {
	struct rules *rules;
	const struct contacts *contacts;
	const struct marks *marks;
	classify_emit_fn emit;
	void *ctx;
	struct rules_result res;
	GQueue queue;		/* struct item *, in stream order */
	GHashTable *convs;	/* id -> struct conv * */
	char **conv_ring;	/* the order conversations were met, to forget the oldest */
	size_t conv_next;
	struct classify_counts counts;
	int failed;
};

static int
cls_of(const char *s)
{
	int i;

	for (i = 0; i < NCLS; i++)
		if (!strcmp(s, cls_name[i]))
			return i;
	return -1;
}

static void
conv_free(gpointer p)
{
	struct conv *c = p;

	g_free(c->id);
	g_free(c->last_id);
	g_free(c);
}

struct classifier *
classify_new(struct rules *rules, const struct contacts *contacts,
    const struct marks *marks, classify_emit_fn emit, void *ctx)
{
	struct classifier *c = g_new0(struct classifier, 1);

	c->rules = rules;
	c->contacts = contacts;
	c->marks = marks;
	c->emit = emit;
	c->ctx = ctx;
	g_queue_init(&c->queue);
	c->convs = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, conv_free);
	c->conv_ring = g_new0(char *, CONVS_MAX);
	return c;
}

static void
item_free(struct item *it)
{
	json_decref(it->rec);
	json_decref(it->reasons);
	g_free(it->conv);
	g_free(it);
}

void
classify_free(struct classifier *c)
{
	struct item *it;
	size_t i;

	if (!c)
		return;
	while ((it = g_queue_pop_head(&c->queue)))
		item_free(it);
	g_hash_table_destroy(c->convs);
	for (i = 0; i < CONVS_MAX; i++)
		g_free(c->conv_ring[i]);
	g_free(c->conv_ring);
	rules_result_free(&c->res);
	g_free(c);
}

const struct classify_counts *
classify_counts(const struct classifier *c)
{
	return &c->counts;
}

/* Conversations ----------------------------------------------------------- */

static struct conv *
conv_get(struct classifier *c, const char *id)
{
	struct conv *cv = g_hash_table_lookup(c->convs, id);
	char **slot;

	if (cv)
		return cv;
	slot = &c->conv_ring[c->conv_next];
	if (*slot) {
		g_hash_table_remove(c->convs, *slot);
		g_free(*slot);
	}
	*slot = g_strdup(id);
	c->conv_next = (c->conv_next + 1) % CONVS_MAX;
	cv = g_new0(struct conv, 1);
	cv->id = g_strdup(id);
	cv->last = -1;
	g_hash_table_insert(c->convs, cv->id, cv);
	return cv;
}

static void
conv_note(struct conv *cv, int cls, const char *id, gint64 time)
{
	cv->last = cls;
	if (time)
		cv->last_time = time;
	g_free(cv->last_id);
	cv->last_id = g_strdup(id);
}

/* The record's time as unix seconds, 0 when it has none or a bad one. */
static gint64
rec_time(const json_t *rec)
{
	const char *t = json_string_value(json_object_get(rec, "time"));
	GDateTime *d;
	gint64 r;

	if (!t || !(d = g_date_time_new_from_iso8601(t, NULL)))
		return 0;
	r = g_date_time_to_unix(d);
	g_date_time_unref(d);
	return r;
}

/* Reasons ----------------------------------------------------------------- */

static json_t *
excerpt(const char *s, size_t start, size_t end)
{
	size_t n = end - start;

	if (n > 80) {
		n = 80;
		while (n > 0 && (s[start + n] & 0xC0) == 0x80)
			n--;
	}
	return text_json(s + start, n);
}

static void
add_rule_reason(json_t *reasons, struct classifier *c, const json_t *rec,
    const struct rule_hit *h)
{
	json_t *r = json_object();
	size_t len;
	const char *s = rules_field_text(c->rules, rec, h->rule->field, &len);
	char *at = g_strdup_printf("%s:%u", h->rule->file, h->rule->line);

	json_object_set_new(r, "rule", json_string(h->rule->id));
	json_object_set_new(r, "signal", json_string(h->rule->signal));
	json_object_set_new(r, "at", json_string(at));
	if (h->rule->field != FIELD_TEXT)
		json_object_set_new(r, "field", json_string(rules_field_name(h->rule->field)));
	if (s)
		json_object_set_new(r, "match", excerpt(s, h->start, h->end));
	json_array_append_new(reasons, r);
	g_free(at);
}

static void
add_reason(json_t *reasons, const char *key, const char *value, const char *k2,
    const char *v2)
{
	json_t *r = json_object();

	json_object_set_new(r, key, text_json(value, strlen(value)));
	if (k2 && v2)
		json_object_set_new(r, k2, text_json(v2, strlen(v2)));
	json_array_append_new(reasons, r);
}

/* Features ---------------------------------------------------------------- */

struct features {
	int score[NCLS];	/* content: rules on text and subject */
	int top[NCLS];		/* the weightiest of those rules */
	int rules[NCLS];	/* how many different rules gave that content */
	int hint[NCLS];		/* context: rules on sender, folder, title */
	int role[NCLS];		/* contacts with a role hinting at the class */
	const char *role_name[NCLS];
	const char *mark;	/* the owner's class */
	const char *mark_by;
	struct rule_hit answer;	/* it acknowledges what it answers ("Prima.", "Gedaan!"):
				 * an antwoord rule's hit, rule NULL when none */
	size_t words;
	int system;		/* a chat app's own notice */
	int mail;		/* an e-mail, which a thread ties to what it answers */
	gint64 time;		/* unix time, 0 unknown */
};

static size_t
words(const char *s)
{
	size_t n = 0;
	int in = 0;

	for (; s && *s; s = g_utf8_next_char(s)) {
		gunichar ch = g_utf8_get_char(s);
		int w = g_unichar_isalnum(ch);

		if (w && !in)
			n++;
		in = w;
	}
	return n;
}

static int
folder_is_private(const char *folder)
{
	char *f;
	int r;

	if (!folder)
		return 0;
	f = g_utf8_casefold(folder, -1);
	r = strstr(f, "privé") || strstr(f, "prive") || strstr(f, "private") ||
	    strstr(f, "persoonlijk") || strstr(f, "personal");
	g_free(f);
	return r;
}

static void
note_role(struct classifier *c, struct features *f, json_t *reasons,
    const char *name, const char *address)
{
	const char *who = NULL, *role = contacts_role(c->contacts, name, address, &who);

	int cl = -1;

	/* the owner is no counterpart */
	if (!role || !strcmp(role, "eigenaar"))
		return;
	if (!strcmp(role, "familie") || !strcmp(role, "vriend"))
		cl = PRIVE;
	else if (!strcmp(role, "partij"))
		cl = PARTIJ;
	else if (!strcmp(role, "collega") || !strcmp(role, "pers"))
		cl = ZAK;
	if (cl >= 0) {
		f->role[cl]++;
		f->role_name[cl] = role;
	}
	add_reason(reasons, "contact", role, "who", who);
}

static void
note_roles(struct classifier *c, struct features *f, json_t *reasons, const json_t *rec)
{
	static const char *const lists[] = { "to", "cc", "bcc" };
	const json_t *p, *conv = json_object_get(rec, "conversation");
	size_t i, k;

	p = json_object_get(rec, "from");
	note_role(c, f, reasons, json_string_value(json_object_get(p, "name")),
	    json_string_value(json_object_get(p, "address")));
	for (k = 0; k < 3; k++)
		json_array_foreach(json_object_get(rec, lists[k]), i, p)
			note_role(c, f, reasons, json_string_value(json_object_get(p, "name")),
			    json_string_value(json_object_get(p, "address")));
	/* a one-to-one chat is named after the other person */
	if (!json_object_get(rec, "subject"))
		note_role(c, f, reasons, json_string_value(json_object_get(conv, "title")), NULL);
}

static void
features(struct classifier *c, const json_t *rec, struct features *f,
    json_t *reasons, json_t **errs)
{
	const struct rule *seen[256];
	size_t nseen = 0, i, k;
	const char *text = json_string_value(json_object_get(rec, "text"));
	const char *kind = json_string_value(json_object_get(rec, "kind"));
	const json_t *from = json_object_get(rec, "from");
	const char *who, *role = contacts_role(c->contacts,
	    json_string_value(json_object_get(from, "name")),
	    json_string_value(json_object_get(from, "address")), &who);
	/* the owner's own address says who wrote, not what about: a minister
	 * writes to her family from the ministry's address too */
	int by_owner = role && !strcmp(role, "eigenaar");

	memset(f, 0, sizeof(*f));
	rules_match(c->rules, rec, KIND_CLASS, &c->res);
	for (i = 0; i < c->res.nproblems; i++) {
		if (!*errs)
			*errs = json_array();
		json_array_append_new(*errs, json_string(c->res.problems[i]));
	}
	for (i = 0; i < c->res.nhits; i++) {
		const struct rule_hit *h = &c->res.hits[i];
		int cl = cls_of(h->rule->signal);

		/* each rule counts once, however often it matches */
		for (k = 0; k < nseen && seen[k] != h->rule; k++)
			;
		if (k < nseen || (cl < 0 && strcmp(h->rule->signal, "antwoord")) ||
		    (by_owner && h->rule->field == FIELD_SENDER))
			continue;
		if (nseen < sizeof(seen) / sizeof(seen[0]))
			seen[nseen++] = h->rule;
		if (cl < 0) {
			/* said among the reasons only when it is followed */
			if (!f->answer.rule || h->rule->weight > f->answer.rule->weight)
				f->answer = *h;
			continue;
		}
		if (h->rule->field == FIELD_TEXT || h->rule->field == FIELD_SUBJECT) {
			f->score[cl] += h->rule->weight;
			f->rules[cl]++;
			if (h->rule->weight > f->top[cl])
				f->top[cl] = h->rule->weight;
		} else
			f->hint[cl] += h->rule->weight;
		add_rule_reason(reasons, c, rec, h);
	}
	note_roles(c, f, reasons, rec);
	f->mark = marks_class(c->marks, rec, &f->mark_by);
	if (!f->mark && folder_is_private(json_string_value(json_object_get(rec, "folder")))) {
		f->mark = "prive";
		f->mark_by = "mail folder";
	}
	f->words = words(text);
	f->system = kind && !strcmp(kind, "system");
	f->mail = kind && !strcmp(kind, "email");
	f->time = rec_time(rec);
}

/*
 * A message in which nobody with a role takes part (the owner's own
 * messages in a one-to-one chat) takes the roles of the counterparts met
 * before in its conversation; the other messages teach it theirs.
 */
static void
counterparts(struct conv *cv, struct features *f, json_t *reasons)
{
	int i, any = 0;

	if (!cv)
		return;
	for (i = 0; i < NCLS; i++)
		any |= f->role[i] > 0;
	for (i = 0; i < NCLS; i++)
		if (any) {
			if (f->role[i])
				cv->role[i] = f->role_name[i];
		} else if (cv->role[i]) {
			f->role[i] = 1;
			add_reason(reasons, "contact", cv->role[i], "in", "conversation");
		}
}

/* Deciding ---------------------------------------------------------------- */

/* A reply answers what came shortly before, not a message of last month. */
static int
answering(const struct conv *cv, const struct features *f, gint64 window)
{
	return cv && cv->last >= 0 && (!f->time || !cv->last_time ||
	    ABS(f->time - cv->last_time) <= window);
}

/*
 * "Prima.", "Natuurlijk.", "Gedaan!" opening a reply to business carry
 * that business on: the acknowledgement is content of the office, so a
 * wish beside it ("Prima. Fijne vakantie!") leaves the message zakelijk.
 * Only business pulls so; an acknowledgement of a private message adds
 * nothing that could propose a deletion.
 */
static void
acknowledges(struct classifier *c, const json_t *rec, struct features *f,
    const struct conv *cv, json_t *reasons)
{
	const struct rule_hit *h = &f->answer;

	if (!h->rule || !answering(cv, f, REPLY_WINDOW) || cv->last != ZAK)
		return;
	f->score[ZAK] += h->rule->weight;
	if (h->rule->weight > f->top[ZAK])
		f->top[ZAK] = h->rule->weight;
	add_rule_reason(reasons, c, rec, h);
	add_reason(reasons, "context", "zakelijk", "acknowledges", cv->last_id);
}

static void
decide(struct item *it, int cls, int review)
{
	it->cls = cls;
	it->review = review || cls != ZAK;
}

/*
 * What is left when a message has no content and no conversation to go
 * by: the sender, the chat's name and the contact's role, else zakelijk.
 */
static void
by_hint(struct item *it, const int hint[NCLS], const int role[NCLS])
{
	int h[NCLS], i, best = ZAK;

	for (i = 0; i < NCLS; i++)
		h[i] = hint[i] + 2 * role[i];
	for (i = 1; i < NCLS; i++)
		if (h[i] > h[best])
			best = i;
	/* one light hint (a gmail address, a chat named after a street) is not
	 * enough to propose a deletion */
	if (best == ZAK || h[best] < 2) {
		decide(it, ZAK, 0);
		add_reason(it->reasons, "default", "zakelijk", "why",
		    h[ZAK] ? "the sender or the conversation is business" :
		    "no signal: when in doubt, zakelijk");
	} else {
		decide(it, best, 1);
		add_reason(it->reasons, "hint", cls_name[best], "why",
		    "nothing in the message itself; the sender, the conversation or the contact points here");
	}
}

/*
 * The owner marked the message or its conversation privé or
 * partijpolitiek (Handreiking step 2), and the message has one word of the
 * office at most, and does not come from or go to the office ("na de
 * ministerraad kom ik langs", to family): that one word does not overrule
 * the owner. Two or more do (a friend asking the minister to speed up a
 * subsidy writes business into a private folder), and so does one word
 * from a colleague ("De Kamerbrief staat klaar", misfiled); and a deletion
 * proposed here is reviewed like every other.
 */
static int
mark_stands(const struct features *f)
{
	return f->mark && strcmp(f->mark, cls_name[ZAK]) && f->rules[ZAK] < 2 &&
	    !f->role[ZAK] && !f->hint[ZAK];
}

static void
classify_item(struct item *it, const struct features *f, struct conv *cv)
{
	int z = f->score[ZAK], p = f->score[PRIVE], q = f->score[PARTIJ];
	int other = p > q ? p : q;
	/* content: enough weight, and for business one word that is more than a topic */
	int party_ctx = f->role[PARTIJ] || f->hint[PARTIJ];
	int biz_ctx = f->role[ZAK] || f->hint[ZAK];
	int priv_ctx = f->role[PRIVE] || f->hint[PRIVE];
	/* private content: one word that is more than a tone; among colleagues
	 * or party people, more than one light wish ("sterkte", "fijne
	 * vakantie" closing a business exchange) */
	int zc = z >= BUSINESS_MIN && f->top[ZAK] >= 2 && !mark_stands(f),
	    pc = p >= 2 && f->top[PRIVE] >= 2 && (p >= PRIVATE_AMONG_OTHERS ||
		priv_ctx || !(biz_ctx || party_ctx)),
	    qc = q >= 2;
	/* only topics of the office (a scheme, a policy field) among party
	 * people, beside private words with family and friends, or in a
	 * conversation that says twice it is private (the neighbours'
	 * group): they talk about those too, so the context decides */
	int topic_only = z && f->top[ZAK] < 2 && !biz_ctx &&
	    (party_ctx || q > z || (f->role[PRIVE] && p >= 2) ||
		f->hint[PRIVE] >= PRIVATE_HINTS);
	int prev = cv ? cv->last : -1, hint[NCLS], i;
	int content = 1;	/* decided by what the message says or the owner marked */
	int answers = answering(cv, f, REPLY_WINDOW);
	/* what a mail answers, in its thread, as a hint */
	int follows = answering(cv, f, f->mail ? MAIL_REPLY_WINDOW : REPLY_WINDOW);
	const char *id = json_string_value(json_object_get(it->rec, "id"));

	if (qc && party_ctx && q > z) {
		/* party matters among party people, though bills and debates come
		 * up; business as heavy as the party content is the office's
		 * (on the blind tune14 this kept 3 more business messages, at
		 * the cost of a few party messages on the tuned splits kept as
		 * zakelijk, the safe side) */
		decide(it, PARTIJ, 1);
		if (z)
			add_reason(it->reasons, "note", "party content with party contacts: "
			    "partijpolitiek, though it names business of the office", NULL, NULL);
	} else if ((zc && (p >= q || 2 * z >= q)) ||
	    (z && !f->mark && !topic_only && (other <= 2 || (f->top[ZAK] >= 2 && other <= z + 1)))) {
		/* mixed content is zakelijk; a reviewer looks when the rest outweighs it */
		decide(it, ZAK, other > z || (f->mark && strcmp(f->mark, "zakelijk")));
		if (other)
			add_reason(it->reasons, "note", "business content makes a message zakelijk, "
			    "even beside private or party content", NULL, NULL);
		if (f->mark && strcmp(f->mark, "zakelijk"))
			add_reason(it->reasons, "mark", f->mark, "by", f->mark_by);
	} else if (pc || qc) {
		decide(it, q > p || (q == p && party_ctx) ? PARTIJ : PRIVE, 1);
		if (z)
			add_reason(it->reasons, "note", "words of the office too, but not enough "
			    "to make it business", NULL, NULL);
		/* party matters are partijpolitiek with party people, not with the office */
		if (it->cls == PARTIJ && biz_ctx && !party_ctx &&
		    (q < PARTY_OWN || f->top[ZAK] >= 2)) {
			decide(it, ZAK, 1);
			add_reason(it->reasons, "note", "party content, but with the office, not with "
			    "party contacts", NULL, NULL);
		}
	} else if (f->mark) {
		decide(it, cls_of(f->mark), 1);
		add_reason(it->reasons, "mark", f->mark, "by", f->mark_by);
		if (z)
			add_reason(it->reasons, "note", "one word of the office does not overrule "
			    "the owner's mark", NULL, NULL);
	} else if (z && !topic_only) {
		/* a word of the office and nothing else: when in doubt, zakelijk;
		 * in a private or party conversation a reviewer looks */
		decide(it, ZAK, prev > ZAK && !biz_ctx);
		if (prev > ZAK && !biz_ctx)
			add_reason(it->reasons, "note", "a word of the office in a conversation that "
			    "is not: zakelijk, as the law has it when in doubt", NULL, NULL);
	} else if (answers && (f->words <= CONTEXT_WORDS || f->system)) {
		/* no content of its own: it follows the message it answers */
		content = 0;
		decide(it, prev, 0);
		add_reason(it->reasons, "context", cls_name[prev], "after", cv->last_id);
	} else if (cv && (f->words <= SHORT_WORDS || f->system)) {
		it->cls = -1;	/* waits for the next message of its conversation */
		return;
	} else {
		/* a single weak word counts as a hint, no more */
		content = 0;
		for (i = 0; i < NCLS; i++)
			hint[i] = f->hint[i] + f->score[i];
		/* what the conversation was just about is one light hint more */
		if (follows && prev > ZAK)
			hint[prev]++;
		/* and, for a message without a word of the office or of the
		 * other class, so is what its conversation has been about so
		 * far, when that was one class and never the office's: two
		 * hints when at least SAID_MANY messages said so */
		if (cv && !biz_ctx && !cv->said[ZAK] && !z)
			for (i = PRIVE; i < NCLS; i++)
				if (cv->said[i] && !cv->said[PRIVE + PARTIJ - i] &&
				    !f->score[PRIVE + PARTIJ - i])
					hint[i] += cv->said[i] >= SAID_MANY ? 2 : 1;
		by_hint(it, hint, f->role);
	}
	if (cv) {
		conv_note(cv, it->cls, id, f->time);
		if (content)
			cv->said[it->cls]++;
	}
}

/* Output ------------------------------------------------------------------ */

static int
emit_item(struct classifier *c, struct item *it)
{
	int rc;

	json_object_set_new(it->rec, "class", json_string(cls_name[it->cls]));
	json_object_set(it->rec, "reasons", it->reasons);
	json_object_set_new(it->rec, "review", json_boolean(it->review));
	c->counts.records++;
	if (it->cls == ZAK)
		c->counts.zakelijk++;
	else if (it->cls == PRIVE)
		c->counts.prive++;
	else
		c->counts.partijpolitiek++;
	c->counts.review += it->review;
	rc = c->failed ? -1 : c->emit(c->ctx, it->rec);
	if (rc)
		c->failed = 1;
	item_free(it);
	return rc;
}

static int
drain(struct classifier *c)
{
	struct item *it;

	while ((it = g_queue_peek_head(&c->queue)) && it->cls >= 0) {
		g_queue_pop_head(&c->queue);
		if (emit_item(c, it))
			return -1;
	}
	return 0;
}

/* A waiting short reply that can wait no longer. */
static void
force(struct item *it)
{
	by_hint(it, it->hint, it->role);
}

int
classify_push(struct classifier *c, json_t *rec)
{
	struct item *it = g_new0(struct item, 1), *w;
	struct features f;
	json_t *errs = NULL, *old;
	const char *cid = json_string_value(json_object_get(json_object_get(rec, "conversation"), "id"));
	struct conv *cv = cid ? conv_get(c, cid) : NULL;
	GList *l;

	it->rec = rec;
	it->reasons = json_array();
	it->conv = g_strdup(cid);
	features(c, rec, &f, it->reasons, &errs);
	counterparts(cv, &f, it->reasons);
	acknowledges(c, rec, &f, cv, it->reasons);
	memcpy(it->role, f.role, sizeof(it->role));
	memcpy(it->hint, f.hint, sizeof(it->hint));
	classify_item(it, &f, cv);
	if (errs) {
		/* a rule that could not be applied leaves the decision unsure */
		old = json_object_get(rec, "errors");
		if (json_is_array(old))
			json_array_extend(old, errs);
		else
			json_object_set(rec, "errors", errs);
		json_decref(errs);
		it->review = 1;
	}
	/* messages waiting in this conversation take this one's class */
	if (it->cls >= 0 && cid)
		for (l = c->queue.head; l; l = l->next) {
			w = l->data;
			if (w->cls < 0 && w->conv && !strcmp(w->conv, cid)) {
				int keep = w->review;

				decide(w, it->cls, keep);
				add_reason(w->reasons, "context", cls_name[it->cls], "before",
				    json_string_value(json_object_get(rec, "id")));
			}
		}
	g_queue_push_tail(&c->queue, it);
	while (c->queue.length > CLASSIFY_WINDOW) {
		w = g_queue_peek_head(&c->queue);
		if (w->cls < 0)
			force(w);
		if (drain(c))
			return -1;
	}
	return drain(c);
}

int
classify_finish(struct classifier *c)
{
	struct item *it;
	GList *l;

	for (l = c->queue.head; l; l = l->next) {
		it = l->data;
		if (it->cls < 0)
			force(it);
	}
	return drain(c);
}
