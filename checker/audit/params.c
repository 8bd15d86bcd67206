#include "params.h"

#include <string.h>

#include "util/xalloc.h"

static const cc_param_info params[CC_PARAM_COUNT] = {
	[CC_PARAM_CHRONOLOGY_MAX_AGE_DAYS] = {"chronology_max_age_days", 28, 1, 366, "days",
		"the newest chronology entry may be at most this many days before the as-of date"},
	[CC_PARAM_CHRONOLOGY_GAP_DAYS] = {"chronology_gap_days", 90, 1, 3660, "days",
		"longest gap between chronology entries since the current allocation"},
	[CC_PARAM_MIN_PARENT_AGE_YEARS] = {"min_parent_age_years", 12, 0, 60, "years",
		"a genogram parent must be born at least this many years before the child"},
	[CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS] = {"allocation_tasks_working_days", 5, 1, 60, "working days",
		"record-read, professionals-informed and family-informed notes (Derbyshire), and the case-discussion or supervision note recording the allocation, are due within this many working days of allocation"},
	[CC_PARAM_REFERRER_CONFIRMATION_WORKING_DAYS] = {"referrer_confirmation_working_days", 2, 1, 60, "working days",
		"written confirmation to the referrer is due within this many working days of allocation"},
	[CC_PARAM_BETWEEN_TEAMS_NOTICE_MONTHS] = {"between_teams_notice_months", 1, 0, 12, "months",
		"between-teams transfers: the receiving team is notified at least this many months before the next review"},
	[CC_PARAM_NEW_WORKER_NAMED_WORKING_DAYS] = {"new_worker_named_working_days", 5, 0, 60, "working days",
		"between-teams transfers: the new worker is named at least this many working days before the next review"},
	[CC_PARAM_ALLOCATION_UPDATE_WORKING_DAYS] = {"allocation_update_working_days", 2, 0, 60, "working days",
		"the new worker is entered on the record within this many working days of the case discussion"},
	[CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS] = {"young_person_min_age_years", 11, 0, 25, "years",
		"a child of at least this age is a young person, who gets a one-page profile of the new worker"},
	[CC_PARAM_RECEIVING_AVAILABLE_WORKING_DAYS] = {"receiving_available_working_days", 10, 0, 60, "working days",
		"the receiving worker may not be off sick, or on an absence longer than prolonged_absence_working_days, on transfer_on or within this many working days after it"},
	[CC_PARAM_PROLONGED_ABSENCE_WORKING_DAYS] = {"prolonged_absence_working_days", 5, 0, 60, "working days",
		"an absence other than sickness longer than this many working days (a week) makes the receiving worker unavailable; a shorter one does not"},
	[CC_PARAM_CHRONOLOGY_EVENT_TOLERANCE_DAYS] = {"chronology_event_tolerance_days", 3, 0, 31, "days",
		"a chronology entry this many days either side of a significant event (or a past key date) records it"},
	[CC_PARAM_VISIT_INTERVAL_CIN_WORKING_DAYS] = {"visit_interval_cin_working_days", 30, 1, 260, "working days",
		"a child on a child in need plan is visited at least this often (local practice, commonly 4 to 6 weeks; no statutory interval)"},
	[CC_PARAM_VISIT_INTERVAL_CP_WORKING_DAYS] = {"visit_interval_cp_working_days", 10, 1, 260, "working days",
		"a child on a child protection plan is visited at least this often (common local procedure)"},
	[CC_PARAM_VISIT_INTERVAL_CARE_DAYS] = {"visit_interval_care_days", 42, 1, 366, "days",
		"a child in care is visited at least this often (Care Planning, Placement and Case Review (England) Regulations 2010, reg. 28: six weeks)"},
	[CC_PARAM_VISIT_INTERVAL_PATHWAY_DAYS] = {"visit_interval_pathway_days", 61, 1, 366, "days",
		"a young person on a pathway plan is visited at least this often (care leavers: not more than two months)"},
	[CC_PARAM_UNALLOCATED_REVIEW_MAX_DAYS] = {"unallocated_review_max_days", 28, 1, 366, "days",
		"an unallocated case's next review (unallocated_review_on) is at most this many days after the as-of date (\"regularly reviewed\": monthly)"},
	[CC_PARAM_PRIVATE_FOSTERING_VISIT_DAYS] = {"private_fostering_visit_days", 7, 1, 60, "days",
		"a child already allocated who moves into a private fostering arrangement is visited there by the allocated worker within this many days"},
	[CC_PARAM_RE_REFERRAL_MONTHS] = {"re_referral_months", 3, 0, 24, "months",
		"a referral this many months or less after the case closed is a re-referral, allocated to the team that held the case when the presenting issue is the same"},
	[CC_PARAM_INFANT_MAX_AGE_MONTHS] = {"infant_max_age_months", 12, 0, 60, "months",
		"a child younger than this (or unborn) may have religion, first language and communication needs recorded as not known"},
	[CC_PARAM_TAC_RECENT_MONTHS] = {"tac_recent_months", 6, 1, 24, "months",
		"a team around the child gets an assessment or plan dated at most this many months before transfer_on (003 §6 \"recent\"; the longest usual child in need review interval)"},
	[CC_PARAM_MAX_DOCUMENT_BYTES] = {"max_document_bytes", 4L << 20, 1024, 64L << 20, "bytes",
		"largest JSON document read; a larger one is a schema.parse finding"},
	[CC_PARAM_MAX_JSON_DEPTH] = {"max_json_depth", 64, 8, 512, "levels",
		"deepest nesting of arrays and objects accepted in a JSON document"},
	[CC_PARAM_MAX_ATTACHMENT_BYTES] = {"max_attachment_bytes", 64L << 20, 1024, 1L << 30, "bytes",
		"largest attachment read to check its type; a larger one is a documents.type finding"},
	[CC_PARAM_MAX_FINDINGS_PER_CASE] = {"max_findings_per_case", 1000, 10, 100000, "findings",
		"most findings kept for one case (errors first); one note counts the rest, which still count in the totals and the verdict"},
	[CC_PARAM_MAX_CASES] = {"max_cases", 100000, 1, 10000000, "cases",
		"most cases one run audits; a run that would audit more is refused (exit 2), never cut short"},
	[CC_PARAM_MAX_FILES_PER_CASE] = {"max_files_per_case", 10000, 10, 1000000, "files",
		"most entries read in a case's notes/, assessments/, signoffs/ and documents/ together; past it an error names the folder and the case is not ready"},
	[CC_PARAM_ACTIVE_CONTENT_ERROR] = {"active_content_error", 0, 0, 1, "0 or 1",
		"1 makes documents.active-content (JavaScript or embedded files in a PDF) an error instead of a warning"},
	[CC_PARAM_COURT_CHRONOLOGY_GAP_DAYS] = {"court_chronology_gap_days", 90, 1, 3660, "days",
		"--purpose court: longest gap between chronology entries from the first agency involvement on, historic gaps included, unless an entry records that nothing significant is known for the period"},
	[CC_PARAM_CHRONOLOGY_REPEATED_SIGNIFICANCE_ENTRIES] = {"chronology_repeated_significance_entries", 5, 2, 100000, "entries",
		"this many chronology entries or more since the current allocation with the same significance text say nothing about the child (a warning; an error for court)"},
	[CC_PARAM_CHRONOLOGY_RECORD_DELAY_DAYS] = {"chronology_record_delay_days", 28, 0, 3660, "days",
		"a chronology entry since the current allocation recorded (recorded_on) more than this many days after its date was not written when it happened (a warning; an error for court)"},
	/* The transfer's window (transfer_window.c). 003 §3: the receiving
	 * team is notified at least a month before the review and the
	 * transfer follows within a month of the notification, so a decision
	 * lies at most two months before the transfer. */
	[CC_PARAM_TRANSFER_DECISION_LEAD_MONTHS] = {"transfer_decision_lead_months", 2, 1, 24, "months",
		"when no decision date is recorded (planning meeting, notification, new worker named, Head of Service agreement), this transfer's window opens this many months before transfer_on"},
	/* 003 §3: the case discussion may follow up to one month after the
	 * review; 003 §2: the new worker's tasks within 5 working days. */
	[CC_PARAM_TRANSFER_RECEIVING_PERIOD_MONTHS] = {"transfer_receiving_period_months", 1, 0, 12, "months",
		"this transfer's window closes this many months after transfer_on (or the next review, when later)"},
};

const cc_param_info *cc_param_at(cc_param_id id)
{
	return (unsigned)id < CC_PARAM_COUNT ? &params[id] : NULL;
}

int cc_param_find(const char *name)
{
	for (int i = 0; i < CC_PARAM_COUNT; i++)
		if (!strcmp(params[i].name, name))
			return i;
	return -1;
}

int cc_param_check_max_cases(long limit, size_t n, char **errmsg)
{
	if (limit <= 0 || n <= (size_t)limit)
		return 0;
	const cc_param_info *pi = &params[CC_PARAM_MAX_CASES];
	*errmsg = cc_xasprintf("%zu cases to audit, more than max_cases (%ld) allows; no case was audited. "
	                       "Raise max_cases in casecheck.json \"parameters\" (up to %ld) or audit fewer "
	                       "cases with --case", n, limit, pi->max);
	return -1;
}
