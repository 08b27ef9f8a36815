/*
 * review: what a person must decide (Handreiking steps 5-7), and the
 * decisions they made.
 *
 * Every classified and marked message gives its items:
 *   delete  a message proposed for deletion (class prive or
 *           partijpolitiek); item id: the message's id
 *   check   an uncertain message kept as zakelijk (review true, no
 *           deletion proposed, no redaction); item id: the message's id
 *   redact  a proposed redaction; item id: the message's id, "/", the
 *           redaction's place in its list from 1
 * Accepting a deletion deletes; rejecting it keeps the message, as
 * zakelijk or as the class the reviewer gives.  Accepting a check keeps
 * the message as zakelijk; rejecting it deletes the message as the class
 * the reviewer gives (prive or partijpolitiek).  Accepting a redaction
 * applies it; rejecting it keeps the text.
 *
 * The decisions file (docs/review.md) names the review's digest: the
 * SHA-256 of the stream reviewed, byte for byte, so that a decision is
 * never applied to a stream that changed since.
 */
#ifndef IHH_REVIEW_H
#define IHH_REVIEW_H

#include <stddef.h>

#include <glib.h>
#include <jansson.h>

enum item_kind { ITEM_DELETE, ITEM_CHECK, ITEM_REDACT };

struct review_item {
	char *id;
	enum item_kind kind;
	char *record;		/* the message's id */
	int redaction;		/* its place in "redactions", or -1 */
	char *conversation;	/* the conversation's title, else its id */
	char *proposal;		/* prive, partijpolitiek, zakelijk, or "gezondheid 5.1.1d" */
	char *summary;		/* a line a person can read: the text, or the span in it */
};

const char *review_kind_name(enum item_kind k);

/*
 * The items of one record, appended to items (struct review_item *,
 * freed with review_item_free).  A record without an id has none: it is
 * reported by the caller.
 */
void review_items(const json_t *rec, GPtrArray *items);
void review_item_free(gpointer item);

struct verdict {
	int accept;
	char *cls;		/* the class chosen on rejecting a deletion or a check, or NULL */
};

struct decisions {
	char *review_digest, *reviewer, *decided_at;
	GHashTable *verdicts;	/* item id -> struct verdict */
};

/* Reads a decisions file; NULL with "path: problem" in err. */
struct decisions *decisions_load(const char *path, char *err, size_t errlen);
struct decisions *decisions_new(const char *digest, const char *reviewer);
/* item takes verdict "accept", "reject" or "reject:CLASS"; -1 when that is no verdict */
int decisions_set(struct decisions *d, const struct review_item *item, const char *verdict,
    char *err, size_t errlen);
/* As JSON, decisions in the order of items. */
json_t *decisions_json(const struct decisions *d, GPtrArray *items);
void decisions_free(struct decisions *d);

/*
 * The reviewer's page (review_page.c): review_page_add() takes each
 * record in stream order, appends its items to items and keeps what the
 * page shows of it; review_page_html() gives the page, one self-contained
 * HTML file (g_free).
 */
struct review_page;

struct review_page *review_page_new(void);
void review_page_add(struct review_page *p, const json_t *rec, GPtrArray *items);
char *review_page_html(struct review_page *p, GPtrArray *items, const char *digest,
    const char *prepared_by);
void review_page_free(struct review_page *p);

#endif
