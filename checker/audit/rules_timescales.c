/* rules_timescales.c: the seeds' remaining timescales that the records
 * show: private fostering's initial visit by the allocated worker within
 * 7 days (004 §10), the young person and carers told who to contact while
 * the allocated worker is away for longer than a week (002), and a
 * re-referral within three months of closure going back to the team that
 * held the case when the presenting issue is the same (004 §9). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "notefacts.h"

/* ---- allocation.private-fostering-visit ---- */

/* A final visit note dated in [from, to] that names a child of the entry
 * (entry children: any child), preferring one by worker. NULL when none. */
static const cc_doc *pf_visit(const cc_case *c, const cJSON *entry, cc_date from, cc_date to, const char *worker)
{
	static const char *const types[] = {"home-visit", "visit", NULL};
	const cJSON *kids = cc_jarr(entry, "children");
	const cc_doc *any = NULL;
	for (size_t i = 0; i < c->n_notes; i++) {
		const cJSON *n = c->notes[i].json;
		const cJSON *named = cc_jarr(n, "children"), *k;
		cc_date on;
		bool shared = cJSON_GetArraySize(kids) == 0 || cJSON_GetArraySize(named) == 0;
		if (!cc_note_final(c, i, &on) || on < from || on > to || !cc_jstr_in(n, "type", types))
			continue;
		cJSON_ArrayForEach(k, kids)
			shared = shared || cc_jarr_has_str(named, cc_jtext(k));
		if (!shared)
			continue;
		const char *by = cc_jstr(n, "author");
		if (worker && by && !strcmp(by, worker))
			return &c->notes[i];
		if (!any)
			any = &c->notes[i];
	}
	return any;
}

void cc_check_private_fostering_visit(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const char *worker = cc_case_allocated_worker(c);
	cc_date since = cc_case_allocation_since(c);
	const cJSON *e;
	int i = -1;
	if (!worker || !since || cc_case_closed(c))
		return;
	long days = cc_audit_param(ac, CC_PARAM_PRIVATE_FOSTERING_VISIT_DAYS);
	cJSON_ArrayForEach(e, cc_jarr(c->chronology.json, "entries")) {
		const char *type = cc_jstr(e, "placement_type");
		cc_date start;
		i++;
		/* Only an arrangement the allocated worker's child moved into:
		 * one that began before this allocation was assessed by the
		 * private fostering team (004 §10). */
		if (!type || strcmp(type, "private-fostering") || cc_entry_in_error(e) ||
		    cc_jdate(e, "date", &start) < 0 || start < since)
			continue;
		cc_date due = start + (cc_date)days;
		char dl[11], *p = cc_ptr("/entries/%d", i);
		cc_date_format(due, dl);
		const cc_doc *v = pf_visit(c, e, start, due, worker);
		const char *by = v ? cc_jstr(v->json, "author") : NULL;
		if (v && by && strcmp(by, worker))
			cc_audit_add_variant(ac, "allocation.private-fostering-visit", "other-worker", c->chronology.path, p,
			                     "the initial visit in the private fostering placement (by %s) was not by the "
			                     "allocated worker, who keeps case responsibility and makes it", v->rel);
		else if (!v && ac->run->as_of > due)
			cc_audit_add(ac, "allocation.private-fostering-visit", c->chronology.path, p,
			             "no final visit note records the allocated worker's initial visit to the child in the "
			             "private fostering placement by %s (private_fostering_visit_days %ld): visit now and "
			             "record it, saying why it is late", dl, days);
		free(p);
	}
}

/* ---- allocation.worker-absence ---- */

void cc_check_worker_absence(cc_audit_case *ac)
{
	static const char *const types[] = {"family-informed", NULL};
	const cc_audit_ctx *run = ac->run;
	const cJSON *member = cc_staff_member(run, cc_case_allocated_worker(ac->c)), *abs;
	int week = (int)cc_audit_param(ac, CC_PARAM_PROLONGED_ABSENCE_WORKING_DAYS);
	if (!member || cc_case_closed(ac->c))
		return;
	cJSON_ArrayForEach(abs, cc_jarr(member, "absences")) {
		cc_date from, to = 0;
		bool open = cc_jdate(abs, "to", &to) < 0;
		if (cc_jdate(abs, "from", &from) < 0 || from > run->as_of || (!open && to < run->as_of))
			continue;
		if (!open && cc_calendar_working_days_between(run->cal, from - 1, to) <= week)
			continue;
		/* Told before a planned absence, or since it began. */
		cc_date told_from = cc_calendar_add_working_days(run->cal, from, -week);
		if (cc_case_find_note(ac->c, types, told_from, run->as_of, NULL))
			return;
		char d[11];
		cc_date_format(from, d);
		cc_audit_add(ac, "allocation.worker-absence", ac->c->case_doc.path, "/allocation/worker",
		             "the allocated worker is away from %s for longer than a week (staff.json absences) and no "
		             "final family-informed note records the young person and carers told who to contact meanwhile",
		             d);
		return;
	}
}

/* ---- allocation.re-referral ---- */

/* The newest entry of category (day-dated, not in error) dated before
 * before (0: any), or -1. */
static int newest_entry(const cJSON *chron, const char *category, cc_date before, cc_date *on)
{
	const cJSON *e;
	int i = -1, best = -1;
	cJSON_ArrayForEach(e, cc_jarr(chron, "entries")) {
		const char *cat = cc_jstr(e, "category");
		cc_date d;
		i++;
		if (!cat || strcmp(cat, category) || cc_entry_in_error(e) || cc_jdate(e, "date", &d) < 0 ||
		    (before && d >= before) || (best >= 0 && d < *on))
			continue;
		best = i;
		*on = d;
	}
	return best;
}

void cc_check_re_referral(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cJSON *entries = cc_jarr(c->chronology.json, "entries");
	cc_date referred = 0, closed = 0;
	if (cc_case_closed(c))
		return;
	int r = newest_entry(c->chronology.json, "referral", 0, &referred);
	int k = r < 0 ? -1 : newest_entry(c->chronology.json, "closure", referred, &closed);
	if (k < 0 || cc_date_add_months(closed, (int)cc_audit_param(ac, CC_PARAM_RE_REFERRAL_MONTHS)) < referred)
		return;
	const cJSON *closure = cJSON_GetArrayItem(entries, k), *referral = cJSON_GetArrayItem(entries, r);
	const char *team = cc_jstr(closure, "team");
	if (!team)
		team = cc_jstr(cc_staff_member(ac->run, cc_jstr(closure, "recorded_by")), "team");
	const char *now = cc_jstr(c->case_doc.json, "team");
	int same = cc_jbool(referral, "same_presenting_issue");
	char *p = cc_ptr("/entries/%d", r);
	if (same < 0)
		cc_audit_add_variant(ac, "allocation.re-referral", "unstated", c->chronology.path, p,
		                     "a re-referral %ld days after the case closed (/entries/%d; team %s): record "
		                     "same_presenting_issue; with the same presenting issue it is allocated to the team "
		                     "that held the case",
		                     (long)(referred - closed), k, team ? team : "not recorded: add team to the closure entry");
	else if (same == 1 && (!team || !now || strcmp(team, now)))
		cc_audit_add(ac, "allocation.re-referral", c->chronology.path, p,
		             "a re-referral with the same presenting issue %ld days after the case closed goes to the team "
		             "that held it (%s), but case.json team is %s: allocate it to that team, or correct the record",
		             (long)(referred - closed), team ? team : "not recorded: add team to the closure entry",
		             now ? now : "not recorded");
	free(p);
}
