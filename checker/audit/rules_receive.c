/* rules_receive.c: the receiving side's duties: the new worker is in
 * post, present and (for statutory cases) qualified (002, 003 §2, 004 §8);
 * once the transfer date has passed the allocation names them (003 §3,
 * 004 §2). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"

/* The receiving worker's staff record, or NULL after a finding. */
static const cJSON *receiving_worker(cc_audit_case *ac, const char *rule)
{
	const cJSON *t = ac->c->transfer.json;
	const char *id = cc_transfer_to_worker(ac->c);
	if (!t)
		return NULL;
	/* Another authority, a lead professional or early help receives:
	 * there may be no worker of ours to check. Our own teams name the
	 * worker who takes the case (004 §7). */
	if (!id && !cc_transfer_applies_internal(ac->c))
		return NULL;
	if (!id) {
		cc_audit_add(ac, rule, ac->c->transfer.path, "/to/worker",
		             "no receiving worker named: the receiving manager names the worker who takes the case (to.worker)");
		return NULL;
	}
	/* Without staff.json (optional, spec §2) nothing records absences or
	 * qualifications: only the name is checked. A staff.json that is not
	 * valid hides them: that blocks. */
	if (!cc_staff_known(ac->run)) {
		if (ac->run->staff_present)
			cc_audit_add(ac, rule, ac->c->transfer.path, "/to/worker",
			             "the receiving worker cannot be checked: staff.json is not valid");
		return NULL;
	}
	return cc_staff_member(ac->run, id); /* unknown ids: integrity.references */
}

/* 002: statutory cases are not "transferred and allocated to staff who
 * are off sick or on prolonged annual leave": on the transfer date or
 * within receiving_available_working_days after it, no sickness and no
 * absence longer than prolonged_absence_working_days (one day's leave
 * does not block). The finding gives the dates, never the kind of
 * absence. */
void cc_check_receive_worker_available(cc_audit_case *ac)
{
	const char *R = "transfer.receiving-worker-available";
	const cJSON *w = receiving_worker(ac, R);
	cc_date on, left;
	if (!w || cc_jdate(ac->c->transfer.json, "transfer_on", &on) < 0)
		return;
	int ahead = (int)cc_audit_param(ac, CC_PARAM_RECEIVING_AVAILABLE_WORKING_DAYS);
	cc_date until = ahead ? cc_calendar_add_working_days(ac->run->cal, on, ahead) : on;
	/* left_on is the last day of employment: leaving on or soon after the
	 * transfer day, or having left already, is no hand-over. */
	if (cc_jdate(w, "left_on", &left) == 0 && (left <= until || left < ac->run->as_of)) {
		char d[11];
		cc_date_format(left, d);
		cc_audit_add(ac, R, ac->c->transfer.path, "/to/worker",
		             "the receiving worker leaves on %s (staff.json left_on), on or within %d working days after the transfer date, or has left",
		             d, ahead);
		return;
	}
	cc_absence a;
	if (cc_staff_unavailable(ac->run, w, on, until, (int)cc_audit_param(ac, CC_PARAM_PROLONGED_ABSENCE_WORKING_DAYS),
	                         &a)) {
		char what[80];
		cc_absence_describe(&a, what, sizeof what);
		cc_audit_add(ac, R, ac->c->transfer.path, "/to/worker",
		             "the receiving worker is unavailable (%s) on or within %d working days after the transfer date",
		             what, ahead);
	}
}

/* Services whose cases a qualified social worker must hold. Care leavers
 * are supported by personal advisers; early help and finance-only cases
 * are not statutory social work. */
static bool statutory(const char *service)
{
	static const char *const s[] = {"child-in-need", "child-protection", "child-in-care", "private-fostering", NULL};
	for (size_t i = 0; service && s[i]; i++)
		if (!strcmp(service, s[i]))
			return true;
	return false;
}

void cc_check_receive_worker_qualified(cc_audit_case *ac)
{
	const char *R = "transfer.receiving-worker-qualified";
	/* A step-down leaves statutory social work. */
	if (!statutory(cc_jstr(ac->c->case_doc.json, "service")) || cc_transfer_kind_only(ac->c, "step-down"))
		return;
	const cJSON *w = receiving_worker(ac, R);
	if (w && cc_jbool(w, "qualified") != 1)
		cc_audit_add(ac, R, ac->c->transfer.path, "/to/worker",
		             "a statutory case goes to a qualified social worker; the receiving worker is not qualified");
}

void cc_check_receive_allocation_updated(cc_audit_case *ac)
{
	const char *R = "transfer.allocation-updated";
	const cJSON *t = ac->c->transfer.json, *alloc = cc_jobj(ac->c->case_doc.json, "allocation");
	const char *to = cc_transfer_to_worker(ac->c);
	cc_date on, since, discussion;
	if (!t || !alloc || cc_jdate(t, "transfer_on", &on) < 0 || on > ac->run->as_of || !to)
		return;
	const char *worker = cc_jstr(alloc, "worker");
	const char *path = ac->c->case_doc.path;
	if (!worker || strcmp(worker, to))
		cc_audit_add(ac, R, path, "/allocation/worker", "the transfer date has passed but allocation does not name the new worker");
	if (cc_jdate(alloc, "since", &since) < 0 || since != on)
		cc_audit_add(ac, R, path, "/allocation/since", "allocation.since is not the transfer date");
	else if (cc_jdate(t, "case_discussion_on", &discussion) == 0) {
		int days = (int)cc_audit_param(ac, CC_PARAM_ALLOCATION_UPDATE_WORKING_DAYS);
		if (since > cc_calendar_add_working_days(ac->run->cal, discussion, days))
			cc_audit_add(ac, R, path, "/allocation/since",
			             "the new worker was entered more than %d working days after the case discussion", days);
	}
}

/* The receiving worker belongs to the receiving team: staff.json gives
 * them that team, or they manage it. */
void cc_check_receive_worker_team(cc_audit_case *ac)
{
	const char *id = cc_transfer_to_worker(ac->c), *team = cc_transfer_to_team(ac->c);
	const cJSON *w = id ? cc_staff_member(ac->run, id) : NULL;
	const char *member_of = cc_jstr(w, "team");
	if (!w || !team || !member_of || !strcmp(member_of, team) ||
	    cc_jstr_in(cc_id_index_get(&ac->run->team_ix, team), "manager", (const char *const[]){id, NULL}))
		return; /* unknown worker or team: integrity.references */
	cc_audit_add(ac, "transfer.receiving-worker-team", ac->c->transfer.path, "/to/worker",
	             "to.worker is not a member of to.team (staff.json gives the worker another team): correct to.worker "
	             "or to.team");
}
