/* trust/records.h: the payloads and signature checks of kept records
 * (sign-offs, removal records, waivers) as documents held in memory, for
 * the audit, the workflow commands and the hooks. Not API: programs use
 * cc_record_signed_parts (casecheck/trust.h), which reads a record from a
 * file, so how documents are held stays the library's business. */
#ifndef CC_TRUST_RECORDS_H
#define CC_TRUST_RECORDS_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "casecheck/trust.h"

/* The signed text of a sign-off (version 1), or NULL when the document
 * lacks a field the payload needs (role, by, date, purpose, content,
 * result as strings, comment a string when present), a value on a line
 * of its own holds a control character, or any of them (the comment
 * included) holds a NUL byte. Caller frees. Cannot fail otherwise. */
char *cc_signoff_payload(const char *case_id, const cJSON *signoff);

/* The signed text of a removal record (version 1): the case, reason,
 * moved_to ("none" when absent), by, on, then one "removes" line an item
 * in the record's order ("removes file PATH", "removes entry ID",
 * "removes case-folder"); docs/workflow.md §4 gives it. NULL when a field
 * is missing or not a string, or a value holds a control character or a
 * NUL byte. Caller frees. */
char *cc_removal_payload(const cJSON *removal);

/* The signed text of a waiver (version 1): the case id, rule, path,
 * pointer (may be ""), by, date, expires, the SHA-256 of the reason and,
 * when it has one, its reason_code (a waiver without one has the payload
 * it always had); NULL as for cc_signoff_payload. Caller frees. */
char *cc_waiver_payload(const char *case_id, const cJSON *waiver);

/* The one check of a sign-off's signature, for the audit and the hooks:
 * the state of sg's signature (its `signature` member) over its payload
 * for its `by`, judged at its date (00:00:00 UTC). With no
 * allowed-signers file configured, NOT_CHECKED or UNSIGNED. *why as above.
 * *counts says whether the sign-off may count for a purpose as far as
 * its signature goes: always without allowed signers; VERIFIED with them,
 * or UNSIGNED when dated before unsigned_before. */
cc_sig_state cc_trust_check_signoff(const cc_trust *t, const char *case_id, const cJSON *signoff, bool *counts,
                                    char **why);

/* The same judgement for a removal record (its `signature` over
 * cc_removal_payload, namespace casecheck-removal, for its `by`, at its
 * `on`); unsigned_before applies to it as to a sign-off. */
cc_sig_state cc_trust_check_removal(const cc_trust *t, const cJSON *removal, bool *counts, char **why);

/* The same judgement of a waiver's signature: its payload
 * (cc_waiver_payload) in namespace casecheck-waiver, for its `by`, at its
 * date. The unsigned cut-off applies to sign-offs and removal records,
 * never to a waiver: with allowed signers configured, an unsigned waiver
 * never counts. */
cc_sig_state cc_trust_check_waiver(const cc_trust *t, const char *case_id, const cJSON *waiver, bool *counts,
                                   char **why);

#endif
