/* checks.h: the check function of each rule (one per catalogue row that
 * has one), grouped in files by area: rules_<area>.c. */
#ifndef CC_AUDIT_CHECKS_H
#define CC_AUDIT_CHECKS_H

#include "audit_int.h"

#define CC_CHECK(name) void cc_check_##name(cc_audit_case *ac)

/* rules_integrity.c */
CC_CHECK(case_id); CC_CHECK(unique_ids); CC_CHECK(references);
CC_CHECK(future_dates); CC_CHECK(date_order);
/* rules_documents.c (also gives integrity.paths) */
CC_CHECK(documents);
/* rules_chronology.c */
CC_CHECK(chronology_present); CC_CHECK(chronology_order); CC_CHECK(chronology_duplicates);
CC_CHECK(chronology_children); CC_CHECK(chronology_up_to_date); CC_CHECK(chronology_events);
CC_CHECK(chronology_gaps);
/* rules_genogram.c */
CC_CHECK(genogram_present); CC_CHECK(genogram_children); CC_CHECK(genogram_acyclic);
CC_CHECK(genogram_parent_age);
/* rules_coredata.c */
CC_CHECK(child_details); CC_CHECK(identifiers); CC_CHECK(involvement_contacts);
/* rules_notes.c */
CC_CHECK(notes_final); CC_CHECK(notes_allocation_recorded); CC_CHECK(assessments_completed);
CC_CHECK(allocation_record_read); CC_CHECK(allocation_professionals_informed);
CC_CHECK(allocation_referrer_confirmation); CC_CHECK(allocation_unallocated_review);
/* rules_signoff.c */
CC_CHECK(signoff_transferring);
/* rules_transfer.c */
CC_CHECK(transfer_present); CC_CHECK(transfer_complete); CC_CHECK(transfer_head_of_service);
CC_CHECK(transfer_summary_note); CC_CHECK(transfer_handover); CC_CHECK(transfer_handover_note); CC_CHECK(transfer_joint_visit);
CC_CHECK(transfer_notice); CC_CHECK(transfer_new_worker_named); CC_CHECK(transfer_family_before_review); CC_CHECK(transfer_case_discussion); CC_CHECK(transfer_siblings);
/* rules_transfer_kinds.c */
CC_CHECK(transfer_permanence); CC_CHECK(transfer_permanence_criteria); CC_CHECK(transfer_w1_form); CC_CHECK(transfer_special_guardianship);
CC_CHECK(transfer_another_authority); CC_CHECK(transfer_step_down); CC_CHECK(transfer_adoption);
CC_CHECK(transfer_tac);
/* rules_transfer_local.c */
CC_CHECK(transfer_form_on_file); CC_CHECK(transfer_summary_labelled); CC_CHECK(transfer_family_letter);
CC_CHECK(transfer_one_page_profile);
/* rules_receive.c */
CC_CHECK(receive_worker_available); CC_CHECK(receive_worker_qualified);
CC_CHECK(receive_allocation_updated);
/* rules_history.c */
CC_CHECK(history);

#endif
