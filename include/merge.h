/*
 * merge: several exports of one conversation into one (ihh-merge).
 *
 * Inputs are given one at a time, in the user's order: merge_input(),
 * its records with merge_add() (which takes the reference), then
 * merge_end_input().  Each record is matched, one to one and in order,
 * to a message an earlier input holds: the same kind, the same sender
 * (through the contacts file: a name on one phone, a number on another),
 * the same text after white space, line ends and invisible marks, as many
 * attachments (no two with different contents), and times that can be
 * the same moment at the inputs' precision (an input whose times all
 * fall on whole minutes, as Android writes them, holds [14:05, 14:06);
 * 14:05:59 is never 14:06).  App notices (kind system) match by the
 * event they tell of (a member added, the subject changed, ...) whatever
 * each phone's words.  docs/stream.md says what a merged record holds.
 *
 * merge_finish() orders the messages by time; merge_record() and
 * merge_report() hand out new references.  Strings are borrowed.
 */
#ifndef IHH_MERGE_H
#define IHH_MERGE_H

#include <stddef.h>

#include <jansson.h>

#include "people.h"

struct merge;

/* contacts may be NULL; it is borrowed for the merge's life. */
struct merge *merge_new(const struct contacts *contacts);
void merge_free(struct merge *m);

/* Starts the next input; label names it in the report (borrowed copy). */
void merge_input(struct merge *m, const char *label);
void merge_add(struct merge *m, json_t *rec);
/*
 * Ends the input and matches its records.  -1 with the problem in err
 * when it cannot be merged (no messages, or more than one conversation):
 * its records are then left out, and counted nowhere.
 */
int merge_end_input(struct merge *m, char *err, size_t errlen);

/* Matches the last input and orders the whole. */
void merge_finish(struct merge *m);
size_t merge_count(const struct merge *m);
/* The i-th merged message in time order. */
json_t *merge_record(const struct merge *m, size_t i);

/*
 * The coverage report: per input its period, counts and the messages
 * missing from it within its period; the gaps no input covers, within
 * [from, to) when given (Unix seconds; from > to: no period asked).
 */
json_t *merge_report(const struct merge *m, long long from, long long to);
/* The report as a person reads it.  g_free(). */
char *merge_report_text(const json_t *report);

#endif
