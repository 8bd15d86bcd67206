/* trust/signer.h: who may sign a case off — the one answer the audit,
 * `casecheck signoff` and the hooks all use.
 *
 * The transferring manager is a manager of the transfer's `from` team
 * (without a transfer record: of the case's team), the receiving manager a
 * manager of its `to` team. "A manager of the team" is the team's
 * `manager` in staff.json or a member of that team with a manager role
 * (team-manager, practice-manager, practice-supervisor); a head of service
 * or an operations manager may sign for any team (casecheck 0.1.0's
 * senior-manager escape, kept). Never the allocated worker, the
 * transfer's from worker or its receiving worker; never someone who had
 * left (staff.json left_on before the sign-off's date); never dated before
 * the newest record the sign-off covers. A transfer to another authority
 * or to a team around the child has no receiving-manager sign-off. Without
 * a usable staff.json (missing, a symlink or folder, not valid, a staff or
 * team id listed twice) nobody may sign. */
#ifndef CC_TRUST_SIGNER_H
#define CC_TRUST_SIGNER_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "casecheck/date.h"

typedef enum cc_staff_state {
	CC_STAFF_OK = 0,
	CC_STAFF_MISSING,
	CC_STAFF_NOT_A_FILE, /* a symlink, a folder or a submodule */
	CC_STAFF_INVALID,    /* unreadable, not JSON, or not valid against its schema */
	CC_STAFF_DUPLICATE   /* a staff or team id listed twice */
} cc_staff_state;

typedef struct cc_signer_query {
	const cJSON *staff;         /* staff.json (valid) when staff_state is OK */
	cc_staff_state staff_state;
	const cJSON *case_doc;      /* case.json, or NULL */
	const cJSON *transfer;      /* transfer.json, or NULL */
	const char *role;           /* "transferring-manager" | "receiving-manager" */
	const char *by;             /* the signer's staff id */
	cc_date on;                 /* the sign-off's date */
	cc_date newest_record;      /* the newest record the sign-off covers; 0: not known */
} cc_signer_query;

/* Why q->by may not sign as q->role, in words without personal data (ids
 * only), or NULL when they may. Caller frees. Cannot fail. */
char *cc_signer_problem(const cc_signer_query *q);

/* Who may waive a finding of a case (issue 22): a manager of the case's
 * team (case.json team), judged as "a manager of the team" is for a
 * sign-off (a head of service or operations manager for any team), never
 * the allocated worker, not someone who had left by q->on (the waiver's
 * date), nobody without a usable staff.json. q->role, q->transfer and
 * q->newest_record are not read. Why not, or NULL. Caller frees. */
char *cc_waiver_problem(const cc_signer_query *q);

/* The first staff or team id staff.json lists twice, as a message naming
 * it ("staff id tm-x is listed twice"), or NULL. Caller frees. */
char *cc_staff_duplicate(const cJSON *staff);

/* Whether a staff.json role may sign at all. */
bool cc_signer_role_may_sign(const char *staff_role);

#endif
