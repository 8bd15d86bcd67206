/* catalogue.c: the rule catalogue of spec §5 as one table. Each row is one
 * rule: id, area, title, help, severity, purposes, profiles, seed reference,
 * parameters, and the check that gives its findings. Several rows may share
 * a check (it reads the files once); the engine runs a check once when any
 * of its rules is on. Rows with no check get their findings from the
 * loader (schema.*, integrity.links, ...). */
#include <string.h>

#include "checks.h"

#define S000 "seeds/000_283b9805e4e9c4a7.txt"
#define S001 "seeds/001_ac73757946b5f7ef.txt"
#define S002 "seeds/002_c5214e188d49691d.txt"
#define S003 "seeds/003_4b2b66c110a25fa2.txt"
#define S004 "seeds/004_30e24df8ee2621c8.txt"

#define P_ALL (CC_PURPOSE_BIT(CC_PURPOSE_CHECK) | CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF) | \
               CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE))
#define P_SIGNOFF (CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF) | CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | \
                   CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE))
#define P_TRANSFER (CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE))
#define P_RECEIVE CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE)

#define CORE CC_PROFILE_CORE
#define DERBY CC_PROFILE_DERBYSHIRE
#define E CC_SEVERITY_ERROR
#define W CC_SEVERITY_WARNING

typedef struct rule_row {
	cc_rule_info info;
	cc_rule_check_fn check;
} rule_row;

#define R(id, area, title, help, sev, purposes, profiles, src, files, params, fn) \
	{ { id, area, title, help, sev, purposes, profiles, src, files, params }, fn }

static const rule_row rows[] = {
/* ---- schema ---- */
R("schema.parse", "schema", "every document is well-formed JSON within the size and nesting limits",
  "Fix the JSON syntax at the line and pointer shown (or split an oversized document); rules that need the document are skipped until it parses.",
  E, P_ALL, CORE, "—", "—", "max_document_bytes,max_json_depth", NULL),
R("schema.valid", "schema", "every document is valid against its JSON Schema (draft 2020-12, formats asserted)",
  "Correct the value at the pointer shown so the document matches schemas/<kind>.json; rules that need the document are skipped until it is valid.",
  E, P_ALL, CORE, "—", "—", NULL, NULL),
/* ---- config ---- */
R("config.parameter-weaker-than-seed", "config", "no timescale parameter in casecheck.json is set less strictly than its default, the seed's timescale (shown, never blocking)",
  "Remove the parameter from casecheck.json parameters (or make it stricter); while it stays, every report shows the weaker timescale the audit applies. Resource limits (max_*) are not timescales.",
  W, P_ALL, CORE, "001 §2, 002, 003 §2-3, 004 §1-2, §4", S001 " §2; " S002 "; " S003 " §2, §3; " S004 " §1, §2, §4",
  "chronology_max_age_days,chronology_gap_days,min_parent_age_years,allocation_tasks_working_days,referrer_confirmation_working_days,between_teams_notice_months,new_worker_named_working_days,allocation_update_working_days,young_person_min_age_years", NULL),
/* ---- audit ---- */
R("audit.findings-limit", "audit", "a case has at most max_findings_per_case findings listed; past it one note says how many more there are, by severity (they still count in the totals and the verdict)",
  "Fix the findings shown first (errors are kept before warnings and notes); the rest appear once the list is shorter. A repository may raise max_findings_per_case in casecheck.json.",
  CC_SEVERITY_NOTE, P_ALL, CORE, "—", "—", "max_findings_per_case", NULL),
/* ---- integrity ---- */
R("integrity.case-folder", "integrity", "every folder under the cases folder is named by a valid case id",
  "Rename the folder to the case id (A-Z, 0-9 and '-', 3-32 characters, e.g. LCS-104233) or move it out of the cases folder.",
  E, P_ALL, CORE, "—", "—", NULL, NULL),
R("integrity.case-file", "integrity", "every case folder has a case.json",
  "Add case.json (the case's core data) to the case folder.",
  E, P_ALL, CORE, "—", "—", NULL, NULL),
R("integrity.case-id", "integrity", "case_id in case.json, chronology.json and genogram.json equals the folder name",
  "Make case_id equal to the name of the case folder (or move the documents to the right folder).",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_case_id),
R("integrity.unique-ids", "integrity", "ids are unique: children, chronology entries, genogram people, notes, assessments",
  "Give the repeated id a new, unused value (and update what refers to it).",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_unique_ids),
R("integrity.references", "integrity", "every child, person, staff and team reference resolves",
  "Use an id that exists: children from case.json, people from genogram.json, staff and teams from staff.json.",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_references),
R("integrity.future-dates", "integrity", "no date after the as-of date except planned ones",
  "Correct the date: only transfer_on, next_review_on, due, key_dates[].date, unallocated_review_on and expected_on may lie in the future.",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_future_dates),
R("integrity.date-order", "integrity", "dates in the right order: recorded_on >= date, finalised_on >= note date, completed_on >= started_on, died >= born",
  "Correct whichever of the two dates is wrong.",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_date_order),
R("integrity.links", "integrity", "no symbolic link, submodule or special file inside a case folder (never followed)",
  "Replace the link or submodule with the real file, or remove it.",
  E, P_ALL, CORE, "—", "—", NULL, NULL),
R("integrity.unexpected-file", "integrity", "no file or folder in a case folder outside the case format (an error inside notes/, assessments/ and signoffs/, where it could hide a record; an error too past max_files_per_case, where files go unchecked)",
  "Move the file under documents/ (and list it in case.json documents[]) or remove it; records go directly in notes/, assessments/ or signoffs/ as .json files.",
  W, P_ALL, CORE, "—", "—", "max_files_per_case", NULL),
R("integrity.paths", "integrity", "every document path stays inside the case's documents/ folder",
  "Give a path relative to the case folder that starts with documents/ and has no '..', '.' or empty parts.",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_documents),
/* ---- documents ---- */
R("documents.exists", "documents", "each document listed in case.json (and each assessment's document) exists",
  "Add the file at the listed path, or correct the path in documents[].",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_documents),
R("documents.type", "documents", "each attachment's real type (by content) is an allowed kind and matches its extension",
  "Save the file in an accepted format (PDF, DOCX, ODT, DOC, RTF, text, PNG, JPEG, TIFF, e-mail) with the matching extension.",
  E, P_ALL, CORE, "—", "—", "max_attachment_bytes", cc_check_documents),
R("documents.unlisted", "documents", "every file under documents/ is listed in case.json documents[]",
  "List the file in case.json documents[] with its kind, date and title, or remove it.",
  W, P_ALL, CORE, "—", "—", NULL, cc_check_documents),
R("documents.executable", "documents", "no executable or script among the attachments",
  "Remove the program or script from the case folder; it is never accepted, whatever its name.",
  E, P_ALL, CORE, "—", "—", NULL, cc_check_documents),
/* ---- chronology ---- */
R("chronology.present", "chronology", "the case has a chronology",
  "Add chronology.json with the case's significant events.",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §1", S001 " §2; " S002 "; " S004 " §1", NULL, cc_check_chronology_present),
R("chronology.order", "chronology", "chronology entries are in date order",
  "Move the entry to its place in date order.",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §1", S001 " §2; " S002 "; " S004 " §1", NULL, cc_check_chronology_order),
R("chronology.duplicates", "chronology", "no chronology entry recorded twice",
  "Remove the repeated entry (same date, category and event).",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §1", S001 " §2; " S002 "; " S004 " §1", NULL, cc_check_chronology_duplicates),
R("chronology.children", "chronology", "every chronology entry names at least one child of the case",
  "List in children the id of each child of the case the event concerns.",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §1", S001 " §2; " S002 "; " S004 " §1", NULL, cc_check_chronology_children),
R("chronology.up-to-date", "chronology", "the chronology has an entry no older than chronology_max_age_days",
  "Bring the chronology up to date with the events since its newest entry.",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §2", S001 " §2; " S002 "; " S004 " §2", "chronology_max_age_days", cc_check_chronology_up_to_date),
R("chronology.events-recorded", "chronology", "no significant event (final visit or meeting note, completed assessment, past key date) after the newest chronology entry",
  "Add a chronology entry for the event named in the message.",
  E, P_SIGNOFF, CORE, "001 §2, 002, 004 §2", S001 " §2; " S002 "; " S004 " §2", NULL, cc_check_chronology_events),
R("chronology.gap", "chronology", "no gap longer than chronology_gap_days between entries since the current allocation",
  "Add the events of the gap period to the chronology.",
  E, P_SIGNOFF, CORE, "004 §1", S004 " §1", "chronology_gap_days", cc_check_chronology_gaps),
R("chronology.historic-gap", "chronology", "gaps longer than chronology_gap_days before the current allocation (shown, never blocking)",
  "Historic gaps do not hold up a transfer (Devon); fill them when the case needs a complete chronology, e.g. for court.",
  W, P_SIGNOFF, CORE, "004 §1", S004 " §1", "chronology_gap_days", cc_check_chronology_gaps),
/* ---- genogram ---- */
R("genogram.present", "genogram", "the case has a genogram",
  "Add genogram.json with the child's family.",
  E, P_SIGNOFF, CORE, "004 §1, §4", S004 " §1, §4", NULL, cc_check_genogram_present),
R("genogram.children", "genogram", "every child of the case appears in the genogram",
  "Add a person for the child with \"child\" set to the child's id in case.json.",
  E, P_SIGNOFF, CORE, "004 §1, §4", S004 " §1, §4", NULL, cc_check_genogram_children),
R("genogram.acyclic", "genogram", "parent links never loop (nobody is their own ancestor)",
  "Correct the parent relationship that closes the loop.",
  E, P_SIGNOFF, CORE, "004 §1, §4", S004 " §1, §4", NULL, cc_check_genogram_acyclic),
R("genogram.parent-age", "genogram", "a parent is born at least min_parent_age_years before the child",
  "Check the parent's and the child's dates of birth and the direction of the parent link.",
  E, P_SIGNOFF, CORE, "004 §1, §4", S004 " §1, §4", "min_parent_age_years", cc_check_genogram_parent_age),
/* ---- core data ---- */
R("core.child-details", "core", "sex, ethnicity, religion, disabilities, first language and communication needs recorded for every child",
  "Record the missing detail in case.json children[] (\"none\" is an answer for communication needs; NOBT is not).",
  E, P_SIGNOFF, CORE, "003 §2, 004 §1", S003 " §2; " S004 " §1", NULL, cc_check_child_details),
R("core.identifiers", "core", "UPN check letter and NHS number check digit valid when given",
  "Correct the UPN or NHS number (a typo usually breaks the check character).",
  E, P_SIGNOFF, CORE, "003 §2, 004 §1", S003 " §2; " S004 " §1", NULL, cc_check_identifiers),
R("core.involvement-contacts", "core", "every involvement has a phone number, and an address with a valid postcode or an e-mail",
  "Complete the involvement's contact details in case.json involvements[].",
  E, P_SIGNOFF, CORE, "003 §2", S003 " §2", NULL, cc_check_involvement_contacts),
/* ---- notes and assessments ---- */
R("notes.final", "notes", "no draft case notes",
  "Finalise the note (status final, finalised_on) or remove it.",
  E, P_SIGNOFF, CORE, "001 §2, 002", S001 " §2; " S002, NULL, cc_check_notes_final),
R("notes.allocation-recorded", "notes", "the current allocation is recorded in a case-discussion or supervision note",
  "Record the allocation in a final note of type case-discussion or supervision dated on or after the allocation (or within allocation_update_working_days before it).",
  E, P_SIGNOFF, CORE, "001 §2, 002, 003 §2", S001 " §2; " S002 "; " S003 " §2", "allocation_update_working_days", cc_check_notes_allocation_recorded),
R("assessments.completed", "assessments", "no open assessment",
  "Complete the assessment (status completed, completed_on) or cancel it.",
  E, P_SIGNOFF, CORE, "001 §2, 004 §6", S001 " §2; " S004 " §6", NULL, cc_check_assessments_completed),
/* ---- allocation (Derbyshire) ---- */
R("allocation.record-read", "allocation", "the allocated worker recorded reading the child's record within allocation_tasks_working_days of allocation",
  "The allocated worker adds a final record-read note dated within the timescale after allocation.since.",
  E, P_SIGNOFF, DERBY, "003 §2", S003 " §2", "allocation_tasks_working_days", cc_check_allocation_record_read),
R("allocation.professionals-informed", "allocation", "professionals and family told of the new worker within allocation_tasks_working_days of allocation",
  "The allocated worker adds a final professionals-informed note dated within the timescale after allocation.since.",
  E, P_SIGNOFF, DERBY, "003 §2", S003 " §2", "allocation_tasks_working_days", cc_check_allocation_professionals_informed),
R("allocation.referrer-confirmation", "allocation", "the referrer had written confirmation within referrer_confirmation_working_days of allocation when a referral started the case",
  "Send the referrer written confirmation of the outcome and record it in a referrer-confirmation note.",
  E, P_SIGNOFF, DERBY, "003 §2", S003 " §2", "referrer_confirmation_working_days", cc_check_allocation_referrer_confirmation),
R("allocation.unallocated-review", "allocation", "an unallocated case's review date has not passed",
  "Review the unallocated case, then allocate it or set a new unallocated_review_on.",
  E, P_SIGNOFF, DERBY, "003 §2", S003 " §2", NULL, cc_check_allocation_unallocated_review),
/* ---- sign-off ---- */
R("signoff.transferring-manager", "signoff", "a current transferring-manager sign-off for the transfer, on exactly the content audited, by a manager in post that day",
  "Ask the transferring manager to sign the case off with 'casecheck signoff --role transferring-manager' once every other finding is fixed.",
  E, P_TRANSFER, CORE, "001 §2, 003 §3, 004 §2", S001 " §2; " S003 " §3; " S004 " §2", NULL, cc_check_signoff_transferring),
/* ---- transfer ---- */
R("transfer.present", "transfer", "the case has a transfer record",
  "Add transfer.json (the transfer record, from the Derbyshire template and Devon W1 form).",
  E, P_TRANSFER, CORE, "000, 002", S000 "; " S002, NULL, cc_check_transfer_present),
R("transfer.complete", "transfer", "the transfer record is complete for its kind: children, dates, impact on the child, family and professionals informed, outstanding actions, key dates",
  "Fill in the missing part of transfer.json (or the case's key_dates).",
  E, P_TRANSFER, CORE, "000, 002", S000 "; " S002, NULL, cc_check_transfer_complete),
R("transfer.head-of-service", "transfer", "a transfer for another reason was agreed with the Head of Service on or before the transfer",
  "Record head_of_service_agreed_on (not later than transfer_on) for reason 'other'.",
  E, P_TRANSFER, CORE, "000, 003 §2", S000 "; " S003 " §2", NULL, cc_check_transfer_head_of_service),
R("transfer.summary-note", "transfer", "a final transfer-summary or case-summary note, clearly headed",
  "Write the case summary as a final note of type transfer-summary or case-summary with a heading.",
  E, P_TRANSFER, CORE, "000, 002, 004 §1", S000 "; " S002 "; " S004 " §1", NULL, cc_check_transfer_summary_note),
R("transfer.handover", "transfer", "a handover visit is recorded; an emergency transfer instead records why not and the remedial action",
  "Record handover_visit {date, joint}, or for kind emergency no_handover_reason and remedial_action.",
  E, P_TRANSFER, CORE, "001 §3-4, 002, 003 §2", S001 " §3, §4; " S002 "; " S003 " §2", NULL, cc_check_transfer_handover),
R("transfer.handover-note", "transfer", "the transfer meeting (or, in an emergency, why there was none) is recorded in a handover note",
  "Record the handover meeting briefly in a final note of type handover: outstanding work and who does it.",
  E, P_TRANSFER, CC_PROFILE_STOCKPORT, "001 §3-4", S001 " §3, §4", NULL, cc_check_transfer_handover_note),
R("transfer.joint-visit", "transfer", "the handover visit is joint (current and new worker): a warning, an error in the derbyshire and all profiles (\"in all cases\", 003 §2)",
  "Arrange the handover visit jointly, or note why it could not be.",
  W, P_TRANSFER, CORE, "001 §3, 003 §2", S001 " §3; " S003 " §2", NULL, cc_check_transfer_joint_visit),
R("transfer.between-teams-notice", "transfer", "between teams: the receiving team notified at least between_teams_notice_months before the next review, and a transfer not at the review within one month of the notification",
  "Notify the receiving team manager earlier, or move the transfer to a later review.",
  E, P_TRANSFER, DERBY, "003 §3", S003 " §3", "between_teams_notice_months", cc_check_transfer_notice),
R("transfer.case-discussion", "transfer", "between teams, not at the review: the workers meet for a case discussion before the review or within a month of it",
  "Hold the case discussion between the current and the new worker and record case_discussion_on (and the meeting in case notes).",
  E, P_TRANSFER, DERBY, "003 §3", S003 " §3", NULL, cc_check_transfer_case_discussion),
R("transfer.new-worker-named", "transfer", "between teams: the new worker named at least new_worker_named_working_days before the next review",
  "The receiving manager names the new worker (new_worker_named_on) in time for the review.",
  E, P_TRANSFER, DERBY, "003 §3", S003 " §3", "new_worker_named_working_days", cc_check_transfer_new_worker_named),
R("transfer.family-told-before-review", "transfer", "between teams: the child and family are told of the new worker before the review",
  "Tell the child and family of the change of worker, with the new worker's name and details, before the review, and record when (family_informed).",
  E, P_TRANSFER, DERBY, "003 §3", S003 " §3", NULL, cc_check_transfer_family_before_review),
R("transfer.siblings", "transfer", "siblings in one case move together unless the split is explained",
  "List every child of the case in transfer.json children, or give siblings_split_reason.",
  E, P_TRANSFER, CORE, "001 §1, 004 §8", S001 " §1; " S004 " §8", NULL, cc_check_transfer_siblings),
R("transfer.permanence", "transfer", "to permanence / children in care: permanence plan confirmed and care proceedings concluded",
  "Confirm the permanence plan (at a permanency planning meeting or CLA review) and wait for care proceedings to conclude.",
  E, P_TRANSFER, CORE, "003 §4, 004 §5", S003 " §4; " S004 " §5", NULL, cc_check_transfer_permanence),
R("transfer.permanence-criteria", "transfer", "to permanence: the plan keeps the child in the authority's care (not adoption, special guardianship, a child arrangements order or return home)",
  "Transfer to the permanence team only children whose confirmed plan is to remain in care; follow the adoption protocol for a plan of adoption.",
  E, P_TRANSFER, CC_PROFILE_DEVON, "004 §5, §8", S004 " §5, §8", NULL, cc_check_transfer_permanence_criteria),
R("transfer.w1-form", "transfer", "to permanence / children in care: the transfer form gives the current plan, key dates, key documents and court recommendations",
  "Complete current_plan, key_dates, documents[] and court_recommendations.",
  E, P_TRANSFER, CORE, "003 §4, 004 §6", S003 " §4; " S004 " §6", NULL, cc_check_transfer_w1_form),
R("transfer.special-guardianship", "transfer", "finance-only with special guardianship: the order and a transfer summary among the documents",
  "Add the special-guardianship-order and a transfer-summary to documents[]; the case is not accepted without them.",
  E, P_TRANSFER, CORE, "004 §11", S004 " §11", NULL, cc_check_transfer_special_guardianship),
R("transfer.another-authority", "transfer", "to another authority: consent, a letter with the latest assessment, plan and chronology; GP, health visitor and school notified",
  "Record consent, add the letter, assessment and plan to documents[], and list GP, health visitor and school in professionals_informed.",
  E, P_TRANSFER, CORE, "003 §7", S003 " §7", NULL, cc_check_transfer_another_authority),
R("transfer.step-down", "transfer", "step down: explicit family consent, assessment shared, handover meeting",
  "Record consent {given: true, date, by}, the shared assessment and the handover meeting or visit.",
  E, P_TRANSFER, CORE, "002", S002, NULL, cc_check_transfer_step_down),
R("transfer.adoption", "transfer", "plan of adoption: child permanence report and life-story work among the documents",
  "Update the child permanence report and complete the life-story work, and list both in documents[].",
  E, P_TRANSFER, CORE, "002", S002, NULL, cc_check_transfer_adoption),
R("transfer.tac", "transfer", "to a team around the child: recent assessment or minutes, contact list, TAC minutes, family consent",
  "Add the assessment (or minutes), the contact list and the TAC minutes to documents[], and record the family's consent.",
  E, P_TRANSFER, CORE, "003 §6", S003 " §6", NULL, cc_check_transfer_tac),
R("transfer.form-on-file", "transfer", "the completed transfer record is on file as a transfer-form document",
  "Upload the completed case transfer record and list it in documents[] with kind transfer-form.",
  E, P_TRANSFER, DERBY, "000", S000, NULL, cc_check_transfer_form_on_file),
R("transfer.summary-labelled", "transfer", "the case summary note is clearly labelled as a summary",
  "Head the summary note so it says it is the case (or transfer) summary.",
  E, P_TRANSFER, DERBY, "000", S000, NULL, cc_check_transfer_summary_labelled),
R("transfer.family-letter", "transfer", "a letter to the family and partners naming the new worker among the documents",
  "Send the transfer letter and list it in documents[] with kind letter, dated on or after the new worker was named.",
  E, P_TRANSFER, CC_PROFILE_TEAMS_SERVICES, "002", S002, NULL, cc_check_transfer_family_letter),
R("transfer.one-page-profile", "transfer", "a young person has a one-page profile of the new worker",
  "Give the young person a one-page profile of the new worker and list it in documents[] (kind one-page-profile).",
  E, P_TRANSFER, CC_PROFILE_TEAMS_SERVICES, "002", S002, "young_person_min_age_years", cc_check_transfer_one_page_profile),
/* ---- receive ---- */
R("transfer.receiving-worker-available", "transfer", "the receiving worker is in post and not absent on the transfer date",
  "Choose a receiving worker who is not off sick, on leave or leaving on transfer_on, or move the date.",
  E, P_RECEIVE, CORE, "002, 003 §2", S002 "; " S003 " §2", NULL, cc_check_receive_worker_available),
R("transfer.receiving-worker-qualified", "transfer", "statutory cases go to qualified social workers",
  "Allocate the statutory case to a qualified social worker (staff.json qualified: true).",
  E, P_RECEIVE, CORE, "002, 003 §2, 004 §8", S002 "; " S003 " §2; " S004 " §8", NULL, cc_check_receive_worker_qualified),
R("transfer.allocation-updated", "transfer", "once the transfer date has passed, allocation names the new worker from the transfer date, within allocation_update_working_days of the case discussion",
  "Update case.json allocation: worker = the new worker, since = transfer_on.",
  E, P_RECEIVE, DERBY | CC_PROFILE_DEVON, "003 §3, 004 §2", S003 " §3; " S004 " §2", "allocation_update_working_days", cc_check_receive_allocation_updated),
/* ---- history ---- */
R("history.final-notes", "history", "a final note is never changed or deleted in a later commit (with --history)",
  "Restore the final note as it was; record corrections in a new note. If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
  E, P_SIGNOFF, CORE, "—", "—", NULL, cc_check_history),
R("history.chronology-entries", "history", "chronology entries are never deleted (with --history)",
  "Restore the deleted entry; record a correction as a new entry. If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
  E, P_SIGNOFF, CORE, "—", "—", NULL, cc_check_history),
R("history.signoff-files", "history", "a sign-off file is never changed or deleted after it was first committed (with --history)",
  "Restore the sign-off file as it was committed; a new audit and sign-off is a new file (casecheck signoff writes one). If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
  E, P_SIGNOFF, CORE, "—", "—", NULL, cc_check_history),
};

#define N_ROWS (sizeof rows / sizeof rows[0])

size_t cc_rules_count(void)
{
	return N_ROWS;
}

const cc_rule_info *cc_rules_at(size_t i)
{
	return i < N_ROWS ? &rows[i].info : NULL;
}

cc_rule_check_fn cc_rules_check_at(size_t i)
{
	return i < N_ROWS ? rows[i].check : NULL;
}

const cc_rule_info *cc_rules_find(const char *id)
{
	for (size_t i = 0; i < N_ROWS; i++)
		if (!strcmp(rows[i].info.id, id))
			return &rows[i].info;
	return NULL;
}

static const struct {
	const char *name;
	long bits;
} profiles[] = {
	{"core", CC_PROFILE_CORE},
	{"derbyshire", CC_PROFILE_DERBYSHIRE},
	{"stockport", CC_PROFILE_STOCKPORT},
	{"teams-services", CC_PROFILE_TEAMS_SERVICES},
	{"devon", CC_PROFILE_DEVON},
	{"all", 0},
};

long cc_profile_parse(const char *name)
{
	for (size_t i = 0; name && i < sizeof profiles / sizeof profiles[0]; i++)
		if (!strcmp(profiles[i].name, name))
			return profiles[i].bits;
	return -1;
}

bool cc_rule_in_profile(const cc_rule_info *rule, const char *profile)
{
	long bits = cc_profile_parse(profile);
	if (bits < 0)
		return false;
	if (bits == 0 || (rule->profiles & CC_PROFILE_CORE))
		return true;
	return (rule->profiles & (unsigned long)bits) != 0;
}
