/* transfer_evidence.h: what the transfer rules of rules_transfer_complete.c
 * share with the older kind rules (rules_transfer_kinds.c). */
#ifndef CC_AUDIT_TRANSFER_EVIDENCE_H
#define CC_AUDIT_TRANSFER_EVIDENCE_H

#include "audit_int.h"

/* The W1 form's contents (Devon 004 §6): the current plan, key dates, the
 * location of key documents and, once care proceedings have concluded,
 * the court's recommendations; findings under rule. */
void cc_transfer_w1_contents(cc_audit_case *ac, const char *rule);
/* A finance-only case (004 §11) whose transferring children's permanence
 * plan is plan (NULL: none), whose order is among orders (NULL-terminated
 * documents[].order values; "special-guardianship" also matches a document
 * of kind special-guardianship-order), or for which also_recorded says so,
 * needs a copy of the order and a case transfer summary; findings under
 * rule. what names the order in messages. */
void cc_transfer_finance_only_order(cc_audit_case *ac, const char *rule, const char *plan,
                                    const char *const *orders, bool also_recorded, const char *what);
/* The first day an assessment or plan given to a team around the child
 * counts as recent: tac_recent_months before transfer_on (or the as-of
 * date when it is not recorded). */
cc_date cc_transfer_tac_recent_since(const cc_audit_case *ac);
/* The letter to the receiving authority encloses the chronology, the
 * child's plan and the latest assessment (003 §7); findings under rule. */
void cc_transfer_letter_encloses(cc_audit_case *ac, const char *rule);

#endif
