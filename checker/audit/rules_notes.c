/* rules_notes.c: case notes final, the allocation recorded, no open
 * assessment (001 §2, 002, 003 §2, 004 §6), and the Derbyshire tasks due
 * within working days of allocation (003 §2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"

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
	/* A Devon movement passes the core assessment to the new worker, whose
	 * manager reassigns it (004 §4). */
	bool movement = cc_transfer_kind_only(ac->c, "movement");
	for (size_t i = 0; i < ac->c->n_assessments; i++) {
		const cJSON *a = ac->c->assessments[i].json;
		const char *status = cc_jstr(a, "status"), *type = cc_jstr(a, "type");
		if (movement && type && !strcmp(type, "core"))
			continue;
		if (status && !strcmp(status, "open"))
			cc_audit_add(ac, "assessments.completed", ac->c->assessments[i].path, "/status",
			             "the assessment is still open");
	}
}

/* The allocated worker and since, or false when unallocated/unknown. */
static bool allocation(const cc_audit_case *ac, cc_date *since)
{
	return cc_case_allocated_worker(ac->c) &&
	       cc_jdate(cc_jobj(ac->c->case_doc.json, "allocation"), "since", since) == 0;
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
 * tasks to "the allocated social worker") unless anyone_may, due within
 * days working days of allocation. Not yet due: nothing. Missing after
 * the deadline: a finding; done late: a "late" one (the row gives each
 * its severity). */
static void task_within(cc_audit_case *ac, const char *rule, const char *type, cc_date since, int days,
                        cc_date earliest, bool anyone_may)
{
	const char *types[] = {type, NULL};
	const char *worker = anyone_may ? NULL : cc_case_allocated_worker(ac->c);
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
	             "no final %s note%s within %d working days of allocation: it was due by %s, "
	             "%ld days ago. Do the task now and record it in a final %s note dated the day it is done, saying why it is late",
	             type, worker ? " by the allocated worker" : "", days, dl, (long)(ac->run->as_of - deadline), type);
}

void cc_check_allocation_record_read(cc_audit_case *ac)
{
	cc_date since;
	if (allocation(ac, &since))
		task_within(ac, "allocation.record-read", "record-read", since,
		            (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS), since, false);
}

void cc_check_allocation_professionals_informed(cc_audit_case *ac)
{
	cc_date since;
	if (allocation(ac, &since))
		task_within(ac, "allocation.professionals-informed", "professionals-informed", since,
		            (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS), since, false);
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
	/* Confirmation sent before the allocation, by anyone (the duty or the
	 * previous worker), also counts: "ensure that written confirmation
	 * ... was sent, and if it was not sent, send it within 2 working days
	 * of allocation" (003 §2). */
	task_within(ac, "allocation.referrer-confirmation", "referrer-confirmation", since,
	            (int)cc_audit_param(ac, CC_PARAM_REFERRER_CONFIRMATION_WORKING_DAYS), 0, true);
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

/* A case at sign-off or later is allocated to people in post: a worker or
 * manager who has left (staff.json left_on before the as-of date) holds
 * nothing (003 §2: "all work is allocated"; 004 App. 1: no child "be
 * transferred and become unallocated"). */
void cc_check_allocation_staff_in_post(cc_audit_case *ac)
{
	static const char *const sides[] = {"worker", "manager"};
	const cJSON *a = cc_jobj(ac->c->case_doc.json, "allocation");
	for (size_t i = 0; i < 2; i++) {
		cc_date left;
		const cJSON *m = cc_staff_member(ac->run, cc_jstr(a, sides[i]));
		if (!m || !cc_staff_left_by(m, ac->run->as_of, &left))
			continue;
		char on[11], ptr[24];
		cc_date_format(left, on);
		snprintf(ptr, sizeof ptr, "/allocation/%s", sides[i]);
		cc_audit_add(ac, "allocation.staff-in-post", ac->c->case_doc.path, ptr,
		             "the case is allocated to a %s who left on %s (staff.json left_on): reallocate it", sides[i], on);
	}
}
