/* transfer_window.h: the window of this transfer, the one answer to "does
 * this record belong to the transfer being audited?". It opens at the
 * decision (the earliest of planning_meeting.date, notified_on,
 * new_worker_named_on and head_of_service_agreed_on; when none is
 * recorded, transfer_on less transfer_decision_lead_months) and closes
 * transfer_receiving_period_months after transfer_on (or after
 * next_review_on, when the review is later: 003 §3's case discussion may
 * follow the review by a month). A record of this transfer's kind dated
 * outside it was made for another transfer and does not count.
 *
 * A note may name the transfer it belongs to (a note's transfer_on,
 * which an addendum may give for a final note): a final
 * management-decision note naming this transfer is its decision (its date
 * may open the window), and a note naming another transfer is never this
 * one's evidence. */
#ifndef CC_AUDIT_TRANSFER_WINDOW_H
#define CC_AUDIT_TRANSFER_WINDOW_H

#include "audit_int.h"

typedef struct cc_transfer_window {
	cc_date from;      /* first day */
	cc_date to;        /* last day; 0 when open (no transfer_on) */
	cc_date on;        /* transfer_on, or 0 */
	char text[40];     /* "2026-02-02 to 2026-04-16" (or "from 2026-02-02") */
} cc_transfer_window;

/* Fills *w with the window of the case's transfer. False (w cleared) when
 * the case has no valid transfer.json, or neither a decision date nor
 * transfer_on is recorded. Cannot fail otherwise. */
bool cc_transfer_window_get(const cc_audit_case *ac, cc_transfer_window *w);
/* Whether day lies in the window. */
bool cc_transfer_window_has(const cc_transfer_window *w, cc_date day);
/* Whether a record dated day can belong to the case's transfer: in its
 * window, or, when it has none, on or after the start of the current
 * allocation (cc_transfer_anchor). */
bool cc_transfer_day_counts(const cc_audit_case *ac, cc_date day);

/* Whether note i, dated day, can belong to the case's transfer: the day
 * counts (cc_transfer_day_counts) and the note names no other transfer
 * (the transfer a note names is its newest final addendum's transfer_on,
 * else its own; notefacts.h). */
bool cc_transfer_note_counts(const cc_audit_case *ac, size_t i, cc_date day);
/* The window and each note's named transfer are worked out once per case,
 * by the first rule that asks, and kept in cc_case.transfer_facts, which
 * cc_case_free frees through this. */
void cc_transfer_facts_free(struct cc_transfer_facts *f);
/* A final note of one of types (NULL-terminated) in the window, not naming
 * another transfer: returns
 * the first, or NULL; then *older (may be NULL) gets the newest final note
 * of those types dated before the window, which does not count. */
const cc_doc *cc_window_note(const cc_audit_case *ac, const cc_transfer_window *w, const char *const *types,
                             const cc_doc **older);
/* The same for case.json documents[] of kind dated in the window, at
 * least since (0: the window's start): the index of the first, or -1, with
 * *older the index of the newest one dated earlier (-1 when none). */
int cc_window_document(const cc_case *c, const cc_transfer_window *w, const char *kind, cc_date since, int *older);

/* Adds a finding under rule on dir/notes for a missing note: "no final
 * <what> dated in this transfer's window (<window>)", naming the older
 * note (id and date) that does not count when there is one. */
void cc_window_need_note(cc_audit_case *ac, const char *rule, const cc_transfer_window *w, const cc_doc *older,
                         const char *what);
/* Adds a finding under rule on case.json /documents (or the older
 * document's pointer) for a missing document of kind in the window. */
void cc_window_need_document(cc_audit_case *ac, const char *rule, const cc_transfer_window *w, const char *kind,
                             int older, const char *why);

/* Requires a case.json document of kind dated in the window and on or
 * after since (0: any day of it): adds a finding under rule when there is
 * none (naming an older one); without a window, one dated on or after
 * since, or (since 0) the start of the current allocation
 * (cc_need_document, cc_transfer_anchor). Returns true when it was
 * missing. Every rule that needs a document made for this transfer asks
 * this. */
bool cc_window_require_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since,
                                const char *why);

#endif
