/* transfer_util.h: facts about a case's transfer shared by the transfer
 * rules. */
#ifndef CC_AUDIT_TRANSFER_UTIL_H
#define CC_AUDIT_TRANSFER_UTIL_H

#include "audit_int.h"

/* Kinds that stay within the authority's social work teams (a named
 * receiving worker of ours takes the case). */
bool cc_transfer_kind_internal(const char *kind);
/* The kind the rules apply to a transfer record under the run's profile:
 * its own kind, except Devon's movement from assessment to child
 * protection and wellbeing (004 §3-4), which outside the devon profile is
 * a between-teams transfer. Borrowed (from transfer or static); NULL
 * without a kind. */
const char *cc_transfer_kind_resolve(const cc_audit_ctx *run, const cJSON *transfer);
/* Whether the recorded kind is a Devon movement (whatever the profile). */
bool cc_transfer_recorded_movement(const cc_case *c);
/* The receiving side's team (transfer.json to.team) and the transferring
 * side's (from.team), or NULL. */
const char *cc_transfer_to_team(const cc_case *c);
const char *cc_transfer_from_team(const cc_case *c);
/* The receiving worker (transfer.json to.worker), or NULL. */
const char *cc_transfer_to_worker(const cc_case *c);

/* One recorded absence of a staff member (staff.json absences[]). */
typedef struct cc_absence {
	cc_date from;
	cc_date to;  /* last day; 0 when no return date is recorded */
	int index;   /* in absences[] */
} cc_absence;
/* Whether member is unavailable at some time in [from, until] (inclusive)
 * through an absence recorded in staff.json: sickness of any length, or
 * any absence (leave, other) longer than long_days working days or with
 * no return date. Fills *out with the first such absence. The kind of
 * absence is for the staff list only: callers never report it. */
bool cc_staff_unavailable(const cc_audit_ctx *run, const cJSON *member, cc_date from, cc_date until, int long_days,
                          cc_absence *out);
/* Formats "absence recorded from A to B" (or "from A, no return date
 * recorded") into buf. */
void cc_absence_describe(const cc_absence *a, char *buf, size_t size);
/* Whether a staff member has left by day (staff.json left_on before it). */
bool cc_staff_left_by(const cJSON *member, cc_date day, cc_date *left_on);
/* What the record says against the transfer's label (transfer_kind.c, the
 * kinds table): fact is NULL when they agree; else meaning says what the
 * label means, fact what contradicts it, and shown the kind the record
 * shows (NULL when the record shows none of ours). Borrowed static
 * strings. */
typedef struct cc_kind_check {
	const char *meaning;
	const char *fact;
	const char *shown;
} cc_kind_check;
void cc_transfer_kind_check(const cc_audit_ctx *run, const cc_case *c, cc_kind_check *out);
/* The kind the record shows when it contradicts the label, or NULL (the
 * loader keeps it in cc_case.shown_kind). */
const char *cc_transfer_shown_kind(const cc_audit_ctx *run, const cc_case *c);
/* Whether the checks of kind apply: the label (as applied,
 * cc_transfer_kind) is kind, or the record contradicts the label and shows
 * kind. A check that a kind switches on asks this. */
bool cc_transfer_kind_is(const cc_case *c, const char *kind);
/* Whether kind is the only kind that applies (the label is kind and the
 * record does not show another). A check that a kind exempts asks this:
 * a mislabelled record is exempt only where its true kind is too. */
bool cc_transfer_kind_only(const cc_case *c, const char *kind);
/* Whether every applied kind is one of the NULL-terminated list. */
bool cc_transfer_kind_all_in(const cc_case *c, const char *const *kinds);
/* Whether some applied kind stays within the authority's teams
 * (cc_transfer_kind_internal). */
bool cc_transfer_applies_internal(const cc_case *c);
/* Whether a handover meeting between the workers is recorded: a
 * handover_meeting both attended (joint), or the planning meeting. */
bool cc_transfer_handover_meeting(const cc_case *c);
/* Whether some applied kind (cc_transfer_kind_is) is one of the
 * NULL-terminated list. */
bool cc_transfer_kind_in(const cc_case *c, const char *const *kinds);
/* A key date on or after as_of in case.json. */
bool cc_case_upcoming_key_date(const cc_case *c, cc_date as_of);
/* The first final transfer-summary or case-summary note of this transfer:
 * dated in its window (transfer_window.h), or, with no window, on or after
 * the current allocation (cc_transfer_anchor); or NULL, with *older (may
 * be NULL) the newest older one, which was written for an earlier
 * transfer. */
const cc_doc *cc_case_summary_note(const cc_audit_case *ac, const cc_doc **older);
/* The earliest date a record made for this transfer can have: the start
 * of the current allocation, or 0 once the allocation names the receiving
 * worker (after the transfer, it was made during the previous one). */
cc_date cc_transfer_anchor(const cc_case *c);
/* Adds a finding under rule on case.json /documents when no document of
 * kind is listed dated on or after since (0: any date); returns true when
 * it was missing. */
bool cc_need_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since, const char *why);
/* Whether a transferring child's permanence plan is plan. */
bool cc_transfer_child_with_plan(cc_audit_case *ac, const char *plan);
/* The case children that are transferring (transfer.json children), as
 * case.json children array indexes through a callback. */
typedef void (*cc_child_fn)(cc_audit_case *ac, const cJSON *child, int index, void *ctx);
void cc_each_transferring_child(cc_audit_case *ac, cc_child_fn fn, void *ctx);

#endif
