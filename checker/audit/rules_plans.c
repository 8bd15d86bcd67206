/* rules_plans.c: each child's plan is reviewed on time, its next review is
 * among the key dates, and the child is visited as often as the plan
 * requires (002 "plans, visits, case notes and reports completed and up to
 * date at the point of transfer", "dates of future reviews … clearly
 * recorded"; 000 key dates; 001 §2). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "chronidx.h"
#include "jget.h"
#include "notefacts.h"
#include "casecheck/significance.h"
#include "util/xalloc.h"

/* The child's plan type, or NULL when the child has no plan to review or
 * visit under (none, absent). */
static const char *plan_type(const cJSON *child)
{
	const char *t = cc_jstr(cc_jobj(child, "plan"), "type");
	return t && strcmp(t, "none") ? t : NULL;
}

static bool child_named(const cJSON *arr, const char *child)
{
	return !cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0 || cc_jarr_has_str(arr, child);
}

/* ---- plans.review-overdue ---- */

void cc_check_plans_review_overdue(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cc_significant_event *row = cc_significant_find(CC_EVENT_PLAN_REVIEW, NULL);
	const cJSON *child;
	cc_date as_of = ac->run->as_of;
	long tol = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_EVENT_TOLERANCE_DAYS);
	int i = -1;
	if (cc_case_closed(c) || !row)
		return;
	const cc_chron_ix *ix = cc_case_chron_ix(ac->c);
	cJSON_ArrayForEach(child, cc_case_children(c)) {
		cc_date due;
		const char *id = cc_jstr(child, "id");
		i++;
		if (!id || !plan_type(child) || cc_jdate(cc_jobj(child, "plan"), "next_review_on", &due) < 0 ||
		    due >= as_of)
			continue;
		/* Held on the day, a little early, or late: any review since. */
		cc_date from = due - (cc_date)tol;
		if (cc_chron_ix_find(ix, row->entry_cats, from, as_of, id) ||
		    (row->kept_by_notes && cc_case_find_note(c, row->kept_by_notes, from, as_of, NULL)))
			continue;
		char day[11], *ptr = cc_ptr("/children/%d/plan/next_review_on", i);
		cc_date_format(due, day);
		long late = (long)as_of - (long)due;
		cc_audit_add(ac, "plans.review-overdue", c->case_doc.path, ptr,
		             "the review of the child's plan was due on %s and no review is recorded since "
		             "(%ld days overdue): %s",
		             day, late,
		             late > 28 ? "if it was held, add its chronology entry and meeting note and set next_review_on "
		                         "to the next review; if not, arrange it now and record why it is late"
		                       : "record the review held (chronology entry, meeting note, next_review_on) "
		                         "or arrange it now");
		free(ptr);
	}
}

/* ---- plans.review-dates-recorded ---- */

/* Whether a key date falls on day (for child, NULL: any). Any kind: the
 * next review may be a review, a conference, a core group, or for a
 * private fostering or finance case a statutory visit or annual review
 * recorded as "other". */
static bool review_key_date(const cc_case *c, cc_date day, const char *child)
{
	const cJSON *k;
	cJSON_ArrayForEach(k, cc_jarr(c->case_doc.json, "key_dates")) {
		cc_date on;
		if (cc_jdate(k, "date", &on) == 0 && on == day &&
		    (!child || child_named(cc_jarr(k, "children"), child)))
			return true;
	}
	return false;
}

void cc_check_plans_review_dates(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cJSON *child;
	cc_date day;
	int i = -1;
	if (!c->case_doc.json || cc_case_closed(c))
		return; /* the key dates are unknown */
	cJSON_ArrayForEach(child, cc_case_children(c)) {
		const char *id = cc_jstr(child, "id");
		i++;
		if (!id || !plan_type(child) || cc_jdate(cc_jobj(child, "plan"), "next_review_on", &day) < 0 ||
		    day < ac->run->as_of || review_key_date(c, day, id))
			continue;
		char d[11], *ptr = cc_ptr("/children/%d/plan/next_review_on", i);
		cc_date_format(day, d);
		cc_audit_add(ac, "plans.review-dates-recorded", c->case_doc.path, ptr,
		             "the child's next plan review (%s) is not among key_dates: add a key date of the review "
		             "on %s with its time, venue and the child's id", d, d);
		free(ptr);
	}
	if (cc_jdate(c->transfer.json, "next_review_on", &day) == 0 && day >= ac->run->as_of &&
	    !review_key_date(c, day, NULL)) {
		char d[11];
		cc_date_format(day, d);
		cc_audit_add(ac, "plans.review-dates-recorded", c->transfer.path, "/next_review_on",
		             "the transfer's next_review_on (%s) is not among case.json key_dates: "
		             "correct one or the other so they agree", d);
	}
}

/* ---- visits.current ---- */

typedef struct visit_rule {
	const char *plan;
	cc_param_id param;
	bool working_days;
} visit_rule;

static const visit_rule visit_rules[] = {
	{"cin", CC_PARAM_VISIT_INTERVAL_CIN_WORKING_DAYS, true},
	{"cp", CC_PARAM_VISIT_INTERVAL_CP_WORKING_DAYS, true},
	{"care", CC_PARAM_VISIT_INTERVAL_CARE_DAYS, false},
	{"pathway", CC_PARAM_VISIT_INTERVAL_PATHWAY_DAYS, false},
	/* tac (a lead professional outside social care) and none: no visits */
};

static const visit_rule *visit_rule_for(const char *plan)
{
	for (size_t i = 0; plan && i < sizeof visit_rules / sizeof *visit_rules; i++)
		if (!strcmp(visit_rules[i].plan, plan))
			return &visit_rules[i];
	return NULL;
}

/* The day the child was last seen on a visit (a final visit or home-visit
 * note that saw the child, or the transfer's handover visit), or 0. */
static cc_date last_visit(const cc_audit_case *ac, const cc_note_facts *nf, const char *child)
{
	static const char *const types[] = {"home-visit", "visit", NULL};
	const cc_case *c = ac->c;
	cc_date last = 0, on;
	for (size_t i = 0; i < c->n_notes; i++) {
		const char *type = cc_jstr(c->notes[i].json, "type");
		bool visit = false;
		for (size_t t = 0; type && types[t]; t++)
			visit |= !strcmp(type, types[t]);
		if (visit && cc_note_final(c, i, &on) && on <= ac->run->as_of && on > last &&
		    !cc_note_is_addendum(c, i) && cc_note_saw_child(nf, i, child))
			last = on;
	}
	const cJSON *t = c->transfer.json;
	if (cc_jdate(cc_jobj(t, "handover_visit"), "date", &on) == 0 && on <= ac->run->as_of && on > last &&
	    child_named(cc_jarr(t, "children"), child))
		last = on;
	return last;
}

void cc_check_visits_current(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cJSON *child;
	int i = -1;
	if (cc_case_closed(c))
		return;
	cc_note_facts nf;
	cc_note_facts_build(&nf, c);
	cJSON_ArrayForEach(child, cc_case_children(c)) {
		const char *id = cc_jstr(child, "id"), *type = plan_type(child);
		const visit_rule *vr = visit_rule_for(type);
		i++;
		if (!id || !vr || !cc_jget(child, "date_of_birth"))
			continue; /* no visits for this plan, or not born yet */
		cc_date last = last_visit(ac, &nf, id), started = 0, from;
		cc_jdate(cc_jobj(child, "plan"), "started_on", &started);
		from = last > started ? last : started;
		if (!from)
			from = cc_case_allocation_since(c);
		if (!from)
			continue;
		long n = cc_audit_param(ac, vr->param);
		cc_date due = vr->working_days ? cc_calendar_add_working_days(ac->run->cal, from, (int)n) : from + (cc_date)n;
		if (ac->run->as_of <= due)
			continue;
		const cc_param_info *pi = cc_param_at(vr->param);
		char seen[11], by[11], *ptr = cc_ptr("/children/%d/plan", i);
		cc_date_format(due, by);
		if (last) {
			cc_date_format(last, seen);
			cc_audit_add(ac, "visits.current", c->case_doc.path, ptr,
			             "the child (%s plan) was last seen on a recorded visit on %s, %ld days ago; the next "
			             "visit was due by %s (%s: %ld %s). Visit now and record it as a final visit note "
			             "naming the child (children_seen)",
			             type, seen, (long)(ac->run->as_of - last), by, pi->name, n, pi->unit);
		} else {
			cc_audit_add(ac, "visits.current", c->case_doc.path, ptr,
			             "no recorded visit to the child (%s plan); the first was due by %s (%s: %ld %s). "
			             "Record the visits made as final visit notes naming the child (children_seen), or "
			             "visit now",
			             type, by, pi->name, n, pi->unit);
		}
		free(ptr);
	}
	cc_note_facts_free(&nf);
}
