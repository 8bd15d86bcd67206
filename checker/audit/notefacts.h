/* notefacts.h: what a final note says about itself, with its addenda.
 * A final note is never edited; a later note that "amends" it (an
 * addendum) may add what it left out: the children seen on a visit
 * (children_seen), or that it records a routine contact (routine). The
 * addendum's value wins over the note's own. */
#ifndef CC_AUDIT_NOTEFACTS_H
#define CC_AUDIT_NOTEFACTS_H

#include <stddef.h>

#include "audit_int.h"

typedef struct cc_note_amend {
	const char *target; /* the id of the amended note (borrowed) */
	cc_date date;
	size_t note;        /* the addendum's position in c->notes */
} cc_note_amend;

typedef struct cc_note_facts {
	const cc_case *c;   /* borrowed */
	cc_note_amend *v;   /* final addenda by target, then date; owned */
	size_t n;
} cc_note_facts;

/* Indexes the final addenda of c's notes. Borrows c. Cannot fail. */
void cc_note_facts_build(cc_note_facts *f, const cc_case *c);
/* Whether note i is final and dated (*on set). */
bool cc_note_final(const cc_case *c, size_t i, cc_date *on);
/* Whether note i is an addendum (amends another note). */
bool cc_note_is_addendum(const cc_case *c, size_t i);
/* The member key of note i as its newest final addendum gives it, else as
 * the note gives it, or NULL. Borrowed. */
const cJSON *cc_note_fact(const cc_note_facts *f, size_t i, const char *key);
/* Whether note i records a routine contact (routine: true). */
bool cc_note_routine(const cc_note_facts *f, size_t i);
/* Whether note i (a visit) saw the child: children_seen lists it, or,
 * when no children_seen is given, children names it. */
bool cc_note_saw_child(const cc_note_facts *f, size_t i, const char *child);
void cc_note_facts_free(cc_note_facts *f);

#endif
