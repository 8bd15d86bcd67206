/* casecheck/params.h: the named, documented parameters of the audit
 * (spec §5). A repository overrides them in casecheck.json "parameters";
 * an unknown name is an error so a typo never silently weakens an audit.
 * cc_audit_meta.params and cc_policy.params are indexed by cc_param_id. */
#ifndef CASECHECK_PARAMS_H
#define CASECHECK_PARAMS_H

#include "casecheck/common.h"

#include <stddef.h>

typedef enum cc_param_id {
	CC_PARAM_CHRONOLOGY_MAX_AGE_DAYS = 0,
	CC_PARAM_CHRONOLOGY_GAP_DAYS,
	CC_PARAM_MIN_PARENT_AGE_YEARS,
	CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS,
	CC_PARAM_REFERRER_CONFIRMATION_WORKING_DAYS,
	CC_PARAM_BETWEEN_TEAMS_NOTICE_MONTHS,
	CC_PARAM_NEW_WORKER_NAMED_WORKING_DAYS,
	CC_PARAM_ALLOCATION_UPDATE_WORKING_DAYS,
	CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS,
	CC_PARAM_RECEIVING_AVAILABLE_WORKING_DAYS,
	CC_PARAM_PROLONGED_ABSENCE_WORKING_DAYS,
	CC_PARAM_CHRONOLOGY_EVENT_TOLERANCE_DAYS,
	CC_PARAM_VISIT_INTERVAL_CIN_WORKING_DAYS,
	CC_PARAM_VISIT_INTERVAL_CP_WORKING_DAYS,
	CC_PARAM_VISIT_INTERVAL_CARE_DAYS,
	CC_PARAM_VISIT_INTERVAL_PATHWAY_DAYS,
	CC_PARAM_UNALLOCATED_REVIEW_MAX_DAYS,
	CC_PARAM_PRIVATE_FOSTERING_VISIT_DAYS,
	CC_PARAM_RE_REFERRAL_MONTHS,
	CC_PARAM_INFANT_MAX_AGE_MONTHS,
	CC_PARAM_TAC_RECENT_MONTHS,
	CC_PARAM_MAX_DOCUMENT_BYTES,
	CC_PARAM_MAX_JSON_DEPTH,
	CC_PARAM_MAX_ATTACHMENT_BYTES,
	CC_PARAM_MAX_FINDINGS_PER_CASE,
	CC_PARAM_MAX_CASES,
	CC_PARAM_MAX_FILES_PER_CASE,
	CC_PARAM_ACTIVE_CONTENT_ERROR,
	CC_PARAM_COURT_CHRONOLOGY_GAP_DAYS,
	CC_PARAM_CHRONOLOGY_REPEATED_SIGNIFICANCE_ENTRIES,
	CC_PARAM_CHRONOLOGY_RECORD_DELAY_DAYS,
	CC_PARAM_TRANSFER_DECISION_LEAD_MONTHS,
	CC_PARAM_TRANSFER_RECEIVING_PERIOD_MONTHS,
	CC_PARAM_COUNT
} cc_param_id;

typedef struct cc_param_info {
	const char *name;
	long def;         /* default */
	long min, max;    /* accepted range */
	const char *unit; /* "days", "working days", "bytes", ... */
	const char *help; /* one line */
} cc_param_info;

/* The table, indexed by cc_param_id. Static. */
CC_EXTERN const cc_param_info *cc_param_at(cc_param_id id);
/* The id of a parameter name, or -1. */
CC_EXTERN int cc_param_find(const char *name);

#endif
