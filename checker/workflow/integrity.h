/* integrity: what one change does to the records a case repository keeps,
 * judged as `audit --history` judges the past (the hooks and `audit
 * --commits`). A change is the list of files (delta.h) from a base (HEAD, a MERGE_HEAD, a
 * commit's parent) to the new state (the index, or a commit's tree).
 *
 * Refused (an error finding, naming the file and the lawful way):
 *  - history.final-notes: a note that was final in the base is changed or
 *    deleted (an addendum is a new note with "amends");
 *  - history.chronology-entries: an entry of the base's chronology is
 *    gone, or changed other than by adding an "entered_in_error" mark;
 *  - history.signoff-files: a sign-off file is changed or deleted;
 *  - history.case-files: case.json, chronology.json or genogram.json of a
 *    case is deleted;
 *  - history.removal-records: a removal record (removals/<name>.json) is
 *    changed or deleted (they are kept for good);
 * unless it is no change at all (the same JSON, reformatted; a file moved
 * with its content, by blob id; a final note renamed within its case,
 * same id and same JSON), a removal record in force in the new state
 * covers the deletion (removals.h), or the change restores the record as
 * it was first kept (finalised, committed, recorded) in the base's
 * history: the way out of an unlawful change already committed, which
 * --history then shows as history.restored. */
#ifndef CC_WORKFLOW_INTEGRITY_H
#define CC_WORKFLOW_INTEGRITY_H

#include <git2.h>

#include "audit/removals.h"
#include "casecheck/finding.h"
#include "json/json.h"
#include "workflow/delta.h"

/* The removal records, read from the new state only when a deletion needs
 * them (most changes delete nothing guarded). */
typedef struct cc_integrity_removals {
	cc_source *src;          /* the new state */
	const cc_trust *trust;   /* the auditor's allowed signers, or NULL */
	bool loaded;
	int status;              /* 0, or CC_ERROR when they could not be read */
	char *why;               /* owned, when status < 0 */
	cc_removals removals;
} cc_integrity_removals;

/* Checks every delta (from base, a commit, or NULL before the first one,
 * to the new state) under cases_dir and removals/ and adds a finding to
 * out for each unlawful change. base_label (e.g.
 * "parent 2 (1a2b3c4d5e6f)") is named in the messages, or NULL. Blobs are
 * read from repo. Returns 0, or CC_ERROR with *errmsg (a blob cannot be
 * read, the removal records cannot be read). */
int cc_integrity_check(cc_findings *out, git_repository *repo, const cc_deltas *deltas, const char *cases_dir,
                       const git_oid *base, const char *base_label, cc_integrity_removals *rm, char **errmsg);

void cc_integrity_removals_clear(cc_integrity_removals *rm);

#endif
