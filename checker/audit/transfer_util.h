/* transfer_util.h: facts about a case's transfer shared by the transfer
 * rules. */
#ifndef CC_AUDIT_TRANSFER_UTIL_H
#define CC_AUDIT_TRANSFER_UTIL_H

#include "audit_int.h"

/* Kinds that stay within the authority's social work teams. */
bool cc_transfer_kind_internal(const char *kind);
/* Whether the kind is one of the NULL-terminated list. */
bool cc_transfer_kind_in(const cc_case *c, const char *const *kinds);
/* A key date on or after as_of in case.json. */
bool cc_case_upcoming_key_date(const cc_case *c, cc_date as_of);
/* The first final transfer-summary or case-summary note dated on or after
 * the current allocation (an older one was written for an earlier
 * transfer; once the allocation names the receiving worker, any date), or
 * NULL. */
const cc_doc *cc_case_summary_note(const cc_case *c);
/* The earliest date a record made for this transfer can have: the start
 * of the current allocation, or 0 once the allocation names the receiving
 * worker (after the transfer, it was made during the previous one). */
cc_date cc_transfer_anchor(const cc_case *c);
/* Adds a finding under rule on case.json /documents when no document of
 * kind is listed dated on or after since (0: any date); returns true when
 * it was missing. */
bool cc_need_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since, const char *why);
/* The case children that are transferring (transfer.json children), as
 * case.json children array indexes through a callback. */
typedef void (*cc_child_fn)(cc_audit_case *ac, const cJSON *child, int index, void *ctx);
void cc_each_transferring_child(cc_audit_case *ac, cc_child_fn fn, void *ctx);

#endif
