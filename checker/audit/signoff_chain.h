/* signoff_chain.h: each sign-off a purpose looks at, judged once per case
 * (content, signer, signature) for the rule and the reports. */
#ifndef CC_AUDIT_SIGNOFF_CHAIN_H
#define CC_AUDIT_SIGNOFF_CHAIN_H

#include "audit_int.h"

/* Fills ac->result->signoffs (once; later calls do nothing) with the
 * sign-offs the run's purpose looks at: quality-audit sign-offs (purpose
 * "signoff") for the signoff purpose, transferring-manager sign-offs for
 * the transfer for transfer, and those and receiving-manager sign-offs for
 * receive. For receive, a transferring sign-off the case no longer
 * matches is still current when the changes since are only the receiving
 * side's after the transfer date (carried.h), and cannot be compared when
 * the content it signed is in no commit. */
void cc_signoff_chain(cc_audit_case *ac);

/* The loaded document of a chain entry (borrowed), or NULL. */
const cc_doc *cc_signoff_chain_doc(const cc_audit_case *ac, const cc_signoff_entry *e);

/* The newest date among the records a sign-off covers: notes' date and
 * finalised_on, chronology recorded_on, assessments' completed_on and the
 * genogram's updated_on (planned dates are not records). 0 when none. */
cc_date cc_case_newest_record(const cc_case *c);
/* The same among the dates on or before until (0: all). */
cc_date cc_case_newest_record_until(const cc_case *c, cc_date until);

#endif
