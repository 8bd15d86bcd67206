/* checks.h: the check function of each rule (one per catalogue row that
 * has one), grouped in files by area: rules_<area>.c. */
#ifndef CC_AUDIT_CHECKS_H
#define CC_AUDIT_CHECKS_H

#include "audit_int.h"

/* rules_integrity.c */
void cc_check_case_id(cc_audit_case *ac);
void cc_check_unique_ids(cc_audit_case *ac);
void cc_check_references(cc_audit_case *ac);
void cc_check_future_dates(cc_audit_case *ac);
void cc_check_date_order(cc_audit_case *ac);
/* rules_documents.c (also gives integrity.paths) */
void cc_check_documents(cc_audit_case *ac);
/* rules_chronology.c */
void cc_check_chronology_present(cc_audit_case *ac);
void cc_check_chronology_order(cc_audit_case *ac);
void cc_check_chronology_duplicates(cc_audit_case *ac);
void cc_check_chronology_children(cc_audit_case *ac);
void cc_check_chronology_up_to_date(cc_audit_case *ac);
void cc_check_chronology_gaps(cc_audit_case *ac);
/* rules_events.c */
void cc_check_chronology_events(cc_audit_case *ac);
void cc_check_chronology_key_dates_kept(cc_audit_case *ac);
/* The events-recorded walk over the events from the first agency
 * involvement to the day before the current allocation, and every past key
 * date from the first involvement with its chronology entry (a note does
 * not do), under the rule given: the court rules read the one table. */
void cc_events_before_allocation(cc_audit_case *ac, const char *rule);
void cc_key_dates_in_chronology(cc_audit_case *ac, const char *rule);
/* rules_plans.c */
void cc_check_plans_review_overdue(cc_audit_case *ac);
void cc_check_plans_review_dates(cc_audit_case *ac);
void cc_check_visits_current(cc_audit_case *ac);
/* rules_genogram.c */
void cc_check_genogram_present(cc_audit_case *ac);
void cc_check_genogram_children(cc_audit_case *ac);
void cc_check_genogram_acyclic(cc_audit_case *ac);
void cc_check_genogram_parent_age(cc_audit_case *ac);
/* rules_coredata.c */
void cc_check_child_details(cc_audit_case *ac);
void cc_check_identifiers(cc_audit_case *ac);
void cc_check_involvement_contacts(cc_audit_case *ac);
/* rules_notes.c */
void cc_check_notes_final(cc_audit_case *ac);
void cc_check_notes_allocation_recorded(cc_audit_case *ac);
void cc_check_assessments_completed(cc_audit_case *ac);
void cc_check_allocation_record_read(cc_audit_case *ac);
void cc_check_allocation_professionals_informed(cc_audit_case *ac);
void cc_check_allocation_referrer_confirmation(cc_audit_case *ac);
void cc_check_allocation_unallocated_review(cc_audit_case *ac);
void cc_check_allocation_staff_in_post(cc_audit_case *ac);
/* rules_notes.c (003 §2, Derbyshire) */
void cc_check_allocation_family_informed(cc_audit_case *ac);
/* rules_genogram_quality.c */
void cc_check_genogram_parent_or_carer(cc_audit_case *ac);
void cc_check_genogram_generations(cc_audit_case *ac);
void cc_check_genogram_up_to_date(cc_audit_case *ac);
/* rules_care.c */
void cc_check_care_permanence_plan(cc_audit_case *ac);
void cc_check_care_iro(cc_audit_case *ac);
void cc_check_care_allocated(cc_audit_case *ac);
/* rules_timescales.c */
void cc_check_private_fostering_visit(cc_audit_case *ac);
void cc_check_worker_absence(cc_audit_case *ac);
void cc_check_re_referral(cc_audit_case *ac);
/* rules_coredata_known.c */
void cc_check_child_details_known(cc_audit_case *ac);
void cc_check_young_person_identity(cc_audit_case *ac);
void cc_check_involvement_channels(cc_audit_case *ac);
/* rules_signoff.c */
void cc_check_signoff_transferring(cc_audit_case *ac);
void cc_check_signer_changed(cc_audit_case *ac);
/* The case's waivers applied to its findings, after every rule has run
 * (waivers.c; the findings of waiver.in-force and waiver.matches). */
void cc_audit_waivers(cc_audit_case *ac);
/* rules_transfer.c */
void cc_check_transfer_present(cc_audit_case *ac);
void cc_check_transfer_complete(cc_audit_case *ac);
void cc_check_transfer_head_of_service(cc_audit_case *ac);
void cc_check_transfer_summary_note(cc_audit_case *ac);
void cc_check_transfer_handover(cc_audit_case *ac);
void cc_check_transfer_handover_note(cc_audit_case *ac);
void cc_check_transfer_joint_visit(cc_audit_case *ac);
void cc_check_transfer_notice(cc_audit_case *ac);
void cc_check_transfer_new_worker_named(cc_audit_case *ac);
void cc_check_transfer_family_before_review(cc_audit_case *ac);
void cc_check_transfer_case_discussion(cc_audit_case *ac);
void cc_check_transfer_siblings(cc_audit_case *ac);
/* rules_transfer_kind.c */
void cc_check_transfer_kind_matches(cc_audit_case *ac);
void cc_check_transfer_emergency_own_team(cc_audit_case *ac);
void cc_check_transfer_movement_outside_devon(cc_audit_case *ac);
/* rules_transfer_kinds.c */
void cc_check_transfer_permanence(cc_audit_case *ac);
void cc_check_transfer_permanence_criteria(cc_audit_case *ac);
void cc_check_transfer_w1_form(cc_audit_case *ac);
void cc_check_transfer_special_guardianship(cc_audit_case *ac);
void cc_check_transfer_another_authority(cc_audit_case *ac);
void cc_check_transfer_step_down(cc_audit_case *ac);
void cc_check_transfer_adoption(cc_audit_case *ac);
void cc_check_transfer_tac(cc_audit_case *ac);
/* rules_transfer_local.c */
void cc_check_transfer_form_on_file(cc_audit_case *ac);
void cc_check_transfer_summary_labelled(cc_audit_case *ac);
void cc_check_transfer_family_letter(cc_audit_case *ac);
void cc_check_transfer_one_page_profile(cc_audit_case *ac);
/* rules_transfer_told.c */
void cc_check_transfer_told(cc_audit_case *ac);
/* integrity.references for the involvement ids transfer.json names */
void cc_transfer_told_references(cc_audit_case *ac);
/* rules_transfer_complete.c */
void cc_check_transfer_another_authority_sent(cc_audit_case *ac);
void cc_check_transfer_tac_agencies(cc_audit_case *ac);
void cc_check_transfer_finance_only_order(cc_audit_case *ac);
void cc_check_transfer_family_carers_explored(cc_audit_case *ac);
void cc_check_transfer_w1_form_devon(cc_audit_case *ac);
void cc_check_transfer_expert_conclusions(cc_audit_case *ac);
void cc_check_allocation_involved_practitioner(cc_audit_case *ac);
/* integrity.references for the paths and ids the evidence records name */
void cc_transfer_evidence_references(cc_audit_case *ac);
/* rules_receive.c */
void cc_check_receive_worker_available(cc_audit_case *ac);
void cc_check_receive_worker_qualified(cc_audit_case *ac);
void cc_check_receive_allocation_updated(cc_audit_case *ac);
void cc_check_receive_worker_team(cc_audit_case *ac);
/* rules_transfer_evidence.c */
void cc_check_transfer_evidence_in_window(cc_audit_case *ac);
void cc_check_transfer_decision_recorded(cc_audit_case *ac);
void cc_check_transfer_handover_attendees(cc_audit_case *ac);
void cc_check_transfer_managers_agreed(cc_audit_case *ac);
void cc_check_transfer_between_teams_notes(cc_audit_case *ac);
/* rules_signoff_receiving.c */
void cc_check_signoff_receiving(cc_audit_case *ac);
/* rules_history.c */
void cc_check_history(cc_audit_case *ac);
/* rules_court.c (--purpose court) */
void cc_check_court_chronology_gap(cc_audit_case *ac);
void cc_check_court_events(cc_audit_case *ac);
void cc_check_court_entries_complete(cc_audit_case *ac);
/* rules_chron_quality.c */
void cc_check_chronology_repeated_significance(cc_audit_case *ac);
void cc_check_chronology_recorded_late(cc_audit_case *ac);

/* rules_placeholder.c */
void cc_check_notes_placeholder(cc_audit_case *ac);
#endif
