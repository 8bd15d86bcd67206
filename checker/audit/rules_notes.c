/* rules_notes.c: case notes final, the allocation recorded, no open
 * assessment (001 §2, 002, 003 §2, 004 §6), and the Derbyshire tasks due
 * within working days of allocation (003 §2). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"

void cc_check_notes_final(cc_audit_case *ac)
{
	for (size_t i = 0; i < ac->c->n_notes; i++) {
		const char *status = cc_jstr(ac->c->notes[i].json, "status");
		if (status && !strcmp(status, "draft"))
			cc_audit_add(ac, "notes.final", ac->c->notes[i].path, "/status", "the note is still a draft");
	}
}

void cc_check_assessments_completed(cc_audit_case *ac)
{
	for (size_t i = 0; i < ac->c->n_assessments; i++) {
		const char *status = cc_jstr(ac->c->assessments[i].json, "status");
		if (status && !strcmp(status, "open"))
			cc_audit_add(ac, "assessments.completed", ac->c->assessments[i].path, "/status",
			             "the assessment is still open");
	}
}

/* The allocated worker and since, or false when unallocated/unknown. */
static bool allocation(const cc_audit_case *ac, cc_date *since)
{
	const cJSON *a = cc_jobj(ac->c->case_doc.json, "allocation");
	return cc_jstr(a, "worker") && cc_jdate(a, "since", since) == 0;
}

void cc_check_notes_allocation_recorded(cc_audit_case *ac)
{
	static const char *const types[] = {"case-discussion", "supervision", NULL};
	cc_date since;
	if (!allocation(ac, &since))
		return;
	int before = (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_UPDATE_WORKING_DAYS);
	cc_date from = before ? cc_calendar_add_working_days(ac->run->cal, since, -before) : since;
	if (!cc_case_find_note(ac->c, types, from, 0, NULL))
		cc_audit_add(ac, "notes.allocation-recorded", ac->c->case_doc.path, "/allocation",
		             "no final case-discussion or supervision note records the current allocation");
}

/* A task note of type, by the allocated worker (the seed gives these
 * tasks to "the allocated social worker"), due within days working days
 * of allocation. Not yet due: nothing. Missing after the deadline: a
 * finding; done late: a "late" one (the row gives each its severity). */
static void task_within(cc_audit_case *ac, const char *rule, const char *type, cc_date since, int days,
                        cc_date earliest)
{
	const char *types[] = {type, NULL};
	const char *worker = cc_jstr(cc_jobj(ac->c->case_doc.json, "allocation"), "worker");
	cc_date deadline = cc_calendar_add_working_days(ac->run->cal, since, days);
	char dl[11];
	cc_date_format(deadline, dl);
	if (cc_case_find_note(ac->c, types, earliest, deadline, worker))
		return;
	if (cc_case_find_note(ac->c, types, earliest, 0, worker)) {
		cc_audit_add_variant(ac, rule, "late", ac->c->case_doc.path, "/allocation/since",
		                     "the %s note is dated after the deadline %s (%d working days after allocation)",
		                     type, dl, days);
		return;
	}
	if (ac->run->as_of <= deadline)
		return; /* still within the timescale */
	/* Missed, perhaps long ago: say how long, and what can be recorded
	 * now (a note cannot be backdated into the timescale). */
	cc_audit_add(ac, rule, ac->c->case_doc.path, "/allocation/since",
	             "no final %s note by the allocated worker within %d working days of allocation: it was due by %s, "
	             "%ld days ago. Do the task now and record it in a final %s note dated the day it is done, saying why it is late",
	             type, days, dl, (long)(ac->run->as_of - deadline), type);
}

void cc_check_allocation_record_read(cc_audit_case *ac)
{
	cc_date since;
	if (allocation(ac, &since))
		task_within(ac, "allocation.record-read", "record-read", since,
		            (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS), since);
}

void cc_check_allocation_professionals_informed(cc_audit_case *ac)
{
	cc_date since;
	if (allocation(ac, &since))
		task_within(ac, "allocation.professionals-informed", "professionals-informed", since,
		            (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS), since);
}

/* A referral started the case: a referrer among the involvements or a
 * referral in the chronology. */
static bool started_by_referral(const cc_case *c)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jarr(c->case_doc.json, "involvements")) {
		const char *role = cc_jstr(it, "role");
		if (role && !strcmp(role, "referrer"))
			return true;
	}
	cJSON_ArrayForEach(it, cc_jarr(c->chronology.json, "entries")) {
		const char *cat = cc_jstr(it, "category");
		if (cat && !strcmp(cat, "referral"))
			return true;
	}
	return false;
}

void cc_check_allocation_referrer_confirmation(cc_audit_case *ac)
{
	cc_date since;
	if (!allocation(ac, &since) || !started_by_referral(ac->c))
		return;
	/* Confirmation sent before the allocation also counts ("ensure that
	 * written confirmation ... was sent, and if not, send it within 2
	 * working days of allocation"). */
	task_within(ac, "allocation.referrer-confirmation", "referrer-confirmation", since,
	            (int)cc_audit_param(ac, CC_PARAM_REFERRER_CONFIRMATION_WORKING_DAYS), 0);
}

void cc_check_allocation_unallocated_review(cc_audit_case *ac)
{
	const cJSON *a = cc_jobj(ac->c->case_doc.json, "allocation");
	cc_date review;
	if (!a || cc_jstr(a, "worker"))
		return;
	if (cc_jdate(a, "unallocated_review_on", &review) == 0 && review < ac->run->as_of)
		cc_audit_add(ac, "allocation.unallocated-review", ac->c->case_doc.path, "/allocation/unallocated_review_on",
		             "the review of the unallocated case is overdue");
}
