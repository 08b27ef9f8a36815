/*
 * rules: the rule files in patterns/ (patterns/README.md), compiled once
 * and matched against records.
 *
 * A rule says what a match signals: a class (zakelijk, prive,
 * partijpolitiek) or a category of personal data (gezondheid, bsn, ...).
 * All rules of a field are first looked for together in one Vectorscan
 * pass; PCRE2 then confirms only the rules that pass found, and gives the
 * exact spans.  Exception rules ("!gezondheid") cancel the hits of their
 * signal that they overlap.
 *
 * rules_load() returns a handle the caller frees with rules_free(); hits
 * and problems in a struct rules_result borrow the rules they name and
 * stay valid until the next rules_match() on that result.
 */
#ifndef IHH_RULES_H
#define IHH_RULES_H

#include <stddef.h>

#include <jansson.h>

enum rule_field {
	FIELD_TEXT,
	FIELD_SUBJECT,
	FIELD_SENDER,
	FIELD_FOLDER,
	FIELD_TITLE,
	FIELD_COUNT
};

enum rule_kind {
	KIND_CLASS,		/* zakelijk, prive, partijpolitiek */
	KIND_CATEGORY,		/* personal data */
};

struct rule {
	const char *id;
	const char *signal;	/* without the '!' of an exception */
	enum rule_kind kind;
	int except;		/* cancels overlapping hits of its signal */
	int weight;
	enum rule_field field;
	const char *file;	/* base name of its file */
	unsigned line;
	int optional;		/* from a %optional file: off until enabled */
	int fallback;		/* from a %fallback file: its hits count only where
				 * no other rule of its signal hit */
	const char *when;	/* when=: the classes of record it looks in
				 * ("prive,partijpolitiek"), or NULL: every record */
	const char *pattern;	/* as PCRE2 runs it: {NAME}s filled in, (?i) for flag i */
};

struct rule_hit {
	const struct rule *rule;
	size_t start, end;	/* UTF-8 byte offsets into the field */
};

struct rules_result {
	struct rule_hit *hits;
	size_t nhits, cap;
	char **problems;	/* rules that could not be applied, said why */
	size_t nproblems;
};

struct rules;

/* Loads every *.rules file in dir, in name order.  NULL on a bad rule,
 * with "file:line:column: problem" in err. */
struct rules *rules_load(const char *dir, char *err, size_t errlen);
void rules_free(struct rules *rs);
/* Where the rules are when none is named: $IHH_RULES, else the installed
 * set, else ./patterns. */
const char *rules_default_dir(void);

/* Switches on the optional categories named, comma-separated ("iban,telefoon"). */
int rules_enable(struct rules *rs, const char *categories, char *err, size_t errlen);

size_t rules_count(const struct rules *rs);
/* The i-th rule, in file and line order. */
const struct rule *rules_at(const struct rules *rs, size_t i);
/* Rules Vectorscan could not take, which PCRE2 runs on every record. */
size_t rules_unfiltered(const struct rules *rs);

/*
 * Finds the hits of the enabled rules of one kind in rec's fields, with
 * checkers and exceptions applied, in field order and then by position.
 * A rule too costly for a record (PCRE2's match or depth limit) is a
 * problem, not a hit.  0, or -1 when the kind's scanners could not be
 * built (the first call builds them; the problem says why).
 */
int rules_match(struct rules *rs, const json_t *rec, enum rule_kind kind,
    struct rules_result *res);
void rules_result_free(struct rules_result *res);

/* The field's name in rule files and reasons ("text", "subject", ...). */
/* Whether s is one of the comma-separated items of list ("a,b"). */
int rules_listed(const char *list, const char *s);

/* Whether r looks at a record of class cls (NULL: none given), by its when=. */
int rules_when_applies(const struct rule *r, const char *cls);

/* The learned clause model of the rules' directory (model.h), or NULL. */
struct model;
const struct model *rules_model(const struct rules *rs);

const char *rules_field_name(enum rule_field f);
/* The text a rule of field f looks at in rec; NULL if rec has none.
 * The pointer is borrowed from rec, or from rs for "sender". */
const char *rules_field_text(struct rules *rs, const json_t *rec,
    enum rule_field f, size_t *len);

/* The checkers, for tests: 1 when s[0..n) passes. */
int check_bsn11(const char *s, size_t n);
int check_iban97(const char *s, size_t n);
int check_nlphone(const char *s, size_t n);

#endif
