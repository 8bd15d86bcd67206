/* casemodel.h: questions rules ask about a loaded case and the staff list. */
#ifndef CC_AUDIT_CASEMODEL_H
#define CC_AUDIT_CASEMODEL_H

#include "audit_int.h"

/* The case.json children array, or NULL. */
const cJSON *cc_case_children(const cc_case *c);
/* The child of the case with this id, or NULL. */
const cJSON *cc_case_child(const cc_case *c, const char *id);
/* The staff.json member with this id, or NULL (also when staff.json is absent or invalid). */
const cJSON *cc_staff_member(const cc_audit_ctx *run, const char *id);
/* Whether staff ids can be checked (a valid staff.json). */
bool cc_staff_known(const cc_audit_ctx *run);
/* Whether staff.json lists a team with this id. */
bool cc_staff_team(const cc_audit_ctx *run, const char *id);
/* Whether case.json status is closed (a closed case has no duties left
 * to check; absent or open: false). */
bool cc_case_closed(const cc_case *c);
/* The case's current allocation start (0 when unknown). */
cc_date cc_case_allocation_since(const cc_case *c);
/* The allocated worker (case.json allocation.worker), or NULL. Borrowed. */
const char *cc_case_allocated_worker(const cc_case *c);
/* The transfer kind ("between-teams", ...) as the rules apply it under the
 * run's profile (a Devon movement is between-teams outside devon), or NULL. */
const char *cc_transfer_kind(const cc_case *c);
/* The service of a staff.json team ("child-in-care", ...), or NULL when the
 * team or staff.json is unknown. */
const char *cc_team_service(const cc_audit_ctx *run, const char *team);
/* Whether the run's profile includes a seed's profile bit (CC_PROFILE_*);
 * "all" includes every one. */
bool cc_audit_profile_includes(const cc_audit_ctx *run, unsigned bit);
/* True when case.json documents[] has an entry of this kind (and, when
 * since is not 0, dated on or after since). */
bool cc_case_has_document(const cc_case *c, const char *kind, cc_date since);
/* The first final note of one of the types (NULL-terminated list) dated in
 * [from, to] (0 = unbounded) and written by author (NULL: anyone), or NULL. */
const cc_doc *cc_case_find_note(const cc_case *c, const char *const *types, cc_date from, cc_date to,
                                const char *author);
/* The first note of the case whose id is id (NULL: none), or NULL. */
const cc_doc *cc_case_note(const cc_case *c, const char *id);
/* Whether a chronology entry is marked "entered_in_error" (an object):
 * it is kept, but the order, gap, completeness and duplicate checks and
 * the timeline leave it out. Cannot fail. */
bool cc_entry_in_error(const cJSON *entry);
/* A pointer string (owned) from a format. */
char *cc_ptr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
