/* rules_transfer.c: the transfer record, common to every kind (seeds 000,
 * 001 §1, §3-4, 002, 003 §2-3, 004 §1, §8). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"
#include "transfer_window.h"

void cc_check_transfer_present(cc_audit_case *ac)
{
	if (!ac->c->transfer.present)
		cc_audit_add(ac, "transfer.present", ac->c->transfer.path, "", "the case has no transfer.json");
}

static void need(cc_audit_case *ac, const char *rule, const char *ptr, const char *what)
{
	cc_audit_add(ac, rule, ac->c->transfer.path, ptr, "%s", what);
}

/* 000: key dates give "the nature of the event, along with the date,
 * time and venue" (for the ones still to come). */
static void upcoming_key_date_details(cc_audit_case *ac)
{
	const cJSON *k;
	int i = 0;
	cJSON_ArrayForEach(k, cc_jarr(ac->c->case_doc.json, "key_dates")) {
		cc_date d;
		if (cc_jdate(k, "date", &d) == 0 && d >= ac->run->as_of &&
		    (!cc_jstr_given(k, "time") || !cc_jstr_given(k, "venue"))) {
			char *p = cc_ptr("/key_dates/%d", i);
			cc_audit_add(ac, "transfer.complete", ac->c->case_doc.path, p,
			             "the coming key date has no %s", cc_jstr_given(k, "time") ? "venue" : "time");
			free(p);
		}
		i++;
	}
}

void cc_check_transfer_complete(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *kind = cc_transfer_kind(ac->c);
	const char *R = "transfer.complete";
	if (!t || !kind)
		return;
	if (cJSON_GetArraySize(cc_jarr(t, "children")) == 0)
		need(ac, R, "/children", "no children named as transferring");
	if (!cc_jget(t, "transfer_on"))
		need(ac, R, "/transfer_on", "no date of transfer (agreed at the planning meeting)");
	if (!cc_jstr_given(t, "impact_on_child"))
		need(ac, R, "/impact_on_child", "the impact on the child is not described");
	if (!cc_jobj(t, "family_informed"))
		need(ac, R, "/family_informed", "when and how the family were informed is not recorded");
	if (cJSON_GetArraySize(cc_jarr(t, "professionals_informed")) == 0)
		need(ac, R, "/professionals_informed", "no professionals recorded as informed (who, when, how)");
	if (!cc_jarr(t, "outstanding_actions"))
		need(ac, R, "/outstanding_actions", "outstanding actions are not recorded ([] when there are none)");
	const cJSON *to = cc_jobj(t, "to");
	const char *to_worker = cc_jstr(to, "worker"), *from_worker = cc_jstr(cc_jobj(t, "from"), "worker");
	if (to_worker && from_worker && !strcmp(to_worker, from_worker))
		need(ac, R, "/to/worker", "the receiving worker is the current worker: nothing is transferred");
	if (cc_transfer_kind_is(ac->c, "to-another-authority") && !cc_jstr_given(to, "authority"))
		need(ac, R, "/to/authority", "the receiving authority is not named");
	if (cc_transfer_applies_internal(ac->c) && !cc_jstr_given(to, "team"))
		need(ac, R, "/to/team", "the receiving team is not named");
	if (cc_transfer_applies_internal(ac->c) && ac->c->case_doc.json &&
	    !cc_case_upcoming_key_date(ac->c, ac->run->as_of))
		cc_audit_add(ac, R, ac->c->case_doc.path, "/key_dates",
		             "no key date on or after the as-of date (meetings, visits, reviews, court) for the receiving worker");
	upcoming_key_date_details(ac);
	/* Who was told: rules_transfer_told.c. */
}

/* Whether the Head of Service agrees the transfer in advance. Every seed
 * agrees on reason other (000's narrative, 003 §2). Under derbyshire,
 * 000's template asks it "for any reason other than the previous worker
 * leaving the locality"; the narrative lists the family moving, a broken
 * relationship and a child coming into care as reasons of their own. The
 * stricter template is applied, except for a child coming into care,
 * which 003 §4 makes a routine move at the second review (docs/rules.md,
 * "Who decided"). */
static bool head_of_service_needed(const cc_audit_case *ac, const char *reason)
{
	static const char *const routine[] = {"worker-leaving", "child-in-care", NULL};
	return !strcmp(reason, "other") ||
	       (cc_audit_profile_includes(ac->run, CC_PROFILE_DERBYSHIRE) && !cc_str_in(reason, routine));
}

void cc_check_transfer_head_of_service(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *reason = cc_jstr(t, "reason");
	cc_date agreed, on;
	if (!reason)
		return;
	/* 000: "only ... if there are clear and appropriate reasons": another
	 * reason is explained. */
	if (!strcmp(reason, "other") && !cc_jstr_given(t, "reason_detail"))
		need(ac, "transfer.head-of-service", "/reason_detail",
		     "a transfer for another reason says what the reason is (reason_detail)");
	if (!head_of_service_needed(ac, reason))
		return;
	if (cc_jdate(t, "head_of_service_agreed_on", &agreed) < 0)
		cc_audit_add(ac, "transfer.head-of-service", ac->c->transfer.path, "/head_of_service_agreed_on",
		             "a transfer for reason %s needs the Head of Service's agreement, in advance "
		             "(head_of_service_agreed_on)",
		             reason);
	else if (cc_jdate(t, "transfer_on", &on) == 0 && agreed > on)
		need(ac, "transfer.head-of-service", "/head_of_service_agreed_on",
		     "the Head of Service agreed after the transfer date");
}

void cc_check_transfer_summary_note(cc_audit_case *ac)
{
	/* A Devon movement has no closing summary (004 §4). */
	if (cc_transfer_kind_only(ac->c, "movement"))
		return;
	const cc_doc *older;
	cc_transfer_window w;
	const cc_doc *n = cc_case_summary_note(ac, &older);
	if (!n && cc_transfer_window_get(ac, &w)) {
		cc_window_need_note(ac, "transfer.summary-note", &w, older, "transfer-summary or case-summary note");
	} else if (!n || !cc_jstr_given(n->json, "heading")) {
		char *dir = cc_ptr("%s/notes", ac->c->dir);
		cc_audit_add(ac, "transfer.summary-note", dir, "",
		             "no final transfer-summary or case-summary note with a heading, dated since the current allocation");
		free(dir);
	}
}

/* 002's exceptional route: when a handover visit is not possible before
 * the transfer, a CIN, CP, CAF or core group meeting is held jointly to
 * introduce the new worker, and the handover visit "should still be
 * arranged to take place after this": a visit dated after the as-of date
 * is accepted only then, and only after that meeting. */
static void future_visit(cc_audit_case *ac, const cJSON *hv)
{
	static const char *const joint_kinds[] = {"cin-meeting", "cp-meeting", "caf-meeting", "core-group", NULL};
	const cJSON *hm = cc_jobj(ac->c->transfer.json, "handover_meeting");
	cc_date visit, met;
	if (cc_jdate(hv, "date", &visit) < 0 || visit <= ac->run->as_of)
		return;
	if (!hm || !cc_jstr_in(hm, "kind", joint_kinds) || cc_jbool(hm, "joint") != 1 || cc_jdate(hm, "date", &met) < 0)
		need(ac, "transfer.handover", "/handover_visit/date",
		     "the handover visit has not taken place yet; it may be arranged for later only after a CIN, CP, CAF or "
		     "core group meeting held jointly to introduce the new worker (handover_meeting with joint true)");
	else if (visit <= met)
		need(ac, "transfer.handover", "/handover_visit/date",
		     "the handover visit arranged on the exceptional route is not after the joint meeting (handover_meeting.date)");
}

void cc_check_transfer_handover(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *kind = cc_transfer_kind(ac->c);
	const char *R = "transfer.handover";
	if (!kind)
		return;
	if (cc_transfer_kind_only(ac->c, "emergency")) {
		if (!cc_jstr_given(t, "no_handover_reason"))
			need(ac, R, "/no_handover_reason", "an emergency transfer records why no handover could take place");
		if (!cc_jstr_given(t, "remedial_action"))
			need(ac, R, "/remedial_action", "an emergency transfer records the remedial action for continuity");
		return;
	}
	/* A Devon movement hands over between the workers, face to face where
	 * it helps the client, without a formal visit (004 §1, §4). */
	if (cc_transfer_kind_only(ac->c, "movement"))
		return;
	const cJSON *hv = cc_jobj(t, "handover_visit");
	/* Another authority and a team around the child meet to hand over
	 * (003 §6-7); a step-down has a "handover meeting/visit" (002). */
	static const char *const meeting_kinds[] = {"to-another-authority", "to-team-around-child", "step-down", NULL};
	bool meeting_ok = cc_transfer_kind_all_in(ac->c, meeting_kinds);
	/* A kind that a meeting hands over may arrange a visit for later. */
	bool met = meeting_ok && cc_transfer_handover_meeting(ac->c);
	if (hv && !met)
		future_visit(ac, hv);
	else if (!hv && !met)
		need(ac, R, "/handover_visit",
		     meeting_ok ? "no handover visit or handover meeting recorded (handover_visit, or handover_meeting with joint true)"
		                : "no handover visit recorded");
}

void cc_check_transfer_handover_note(cc_audit_case *ac)
{
	static const char *const types[] = {"handover", NULL};
	cc_transfer_window w;
	const cc_doc *older;
	/* A Devon movement (under devon and all) has no transfer meeting. */
	if (!ac->c->transfer.json || cc_transfer_kind_only(ac->c, "movement"))
		return;
	/* 001 §3: the meeting of this transfer is recorded: a handover note in
	 * its window. */
	if (cc_transfer_window_get(ac, &w)) {
		if (!cc_window_note(ac, &w, types, &older))
			cc_window_need_note(ac, "transfer.handover-note", &w, older,
			                    "handover note recording the transfer meeting");
		return;
	}
	if (cc_case_find_note(ac->c, types, 0, ac->run->as_of, NULL))
		return;
	char *dir = cc_ptr("%s/notes", ac->c->dir);
	cc_audit_add(ac, "transfer.handover-note", dir, "", "no final handover note records the transfer meeting");
	free(dir);
}

void cc_check_transfer_joint_visit(cc_audit_case *ac)
{
	const char *R = "transfer.joint-visit";
	const cJSON *hv = cc_jobj(ac->c->transfer.json, "handover_visit");
	/* Derbyshire's "in all cases" (003 §2) leaves no kind out: an
	 * emergency transfer, which needs no handover beforehand (001 §4),
	 * still has the joint visit, held or arranged for after the transfer
	 * (its date may be still to come), with the team manager where a
	 * worker is not available. */
	if (!hv && ac->c->transfer.json && cc_transfer_kind_is(ac->c, "emergency") &&
	    cc_audit_profile_includes(ac->run, CC_PROFILE_DERBYSHIRE))
		cc_audit_add(ac, R, ac->c->transfer.path, "/handover_visit",
		             "an emergency transfer too: the current and the new worker (or the team manager where a worker is "
		             "not available) visit jointly in all cases; record the visit held or arranged (handover_visit, "
		             "joint true)");
	if (!hv || cc_jbool(hv, "joint") != 0)
		return;
	/* The row decides the severity: where possible (Stockport 001 §3), a
	 * warning; Derbyshire's "in all cases ... will jointly visit" (003 §2),
	 * an error. The message says which requirement applies. */
	bool required = cc_audit_severity(ac, R) == CC_SEVERITY_ERROR;
	cc_audit_add(ac, R, ac->c->transfer.path, "/handover_visit/joint",
	             required ? "the handover visit was not joint; the current and the new worker visit jointly in all cases"
	                      : "the handover visit was not joint; the current worker introduces the new worker where possible");
}

static bool between_teams(const cc_case *c)
{
	return cc_transfer_kind_is(c, "between-teams");
}

void cc_check_transfer_notice(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *R = "transfer.between-teams-notice";
	cc_date notified, review;
	if (!between_teams(ac->c))
		return;
	long months = cc_audit_param(ac, CC_PARAM_BETWEEN_TEAMS_NOTICE_MONTHS);
	if (cc_jdate(t, "next_review_on", &review) < 0) {
		need(ac, R, "/next_review_on", "the date of the next review (where the transfer happens) is not recorded");
		return;
	}
	if (cc_jdate(t, "notified_on", &notified) < 0) {
		need(ac, R, "/notified_on", "the date the receiving team manager was notified is not recorded");
		return;
	}
	if (notified > cc_date_add_months(review, -(int)months))
		need(ac, R, "/notified_on", "the receiving team was notified less than between_teams_notice_months before the next review");
	/* Not at the review: the transfer takes place within one month of the
	 * notification (003 §3). */
	cc_date on;
	if (cc_jdate(t, "transfer_on", &on) == 0 && on != review && on > cc_date_add_months(notified, 1))
		need(ac, R, "/transfer_on", "the transfer is not at the review and more than one month after the notification");
}

/* 003 §3: when the transfer is not at the review, the current and the new
 * worker meet for a case discussion before the review or within one month
 * after it (so case_discussion_on may be a date still to come). */
void cc_check_transfer_case_discussion(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *R = "transfer.case-discussion";
	cc_date review, on, discussed;
	if (!between_teams(ac->c) || cc_jdate(t, "next_review_on", &review) < 0 || cc_jdate(t, "transfer_on", &on) < 0 ||
	    on == review)
		return;
	if (cc_jdate(t, "case_discussion_on", &discussed) < 0)
		need(ac, R, "/case_discussion_on",
		     "the transfer is not at the review, so the workers meet for a case discussion: its date is not recorded");
	else if (discussed > cc_date_add_months(review, 1))
		need(ac, R, "/case_discussion_on", "the case discussion is more than one month after the review");
}

void cc_check_transfer_new_worker_named(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	const char *R = "transfer.new-worker-named";
	cc_date named, review;
	if (!between_teams(ac->c) || cc_jdate(t, "next_review_on", &review) < 0)
		return;
	int days = (int)cc_audit_param(ac, CC_PARAM_NEW_WORKER_NAMED_WORKING_DAYS);
	cc_date deadline = cc_calendar_add_working_days(ac->run->cal, review, -days);
	char dl[11];
	cc_date_format(deadline, dl);
	if (cc_jdate(t, "new_worker_named_on", &named) < 0) {
		if (ac->run->as_of > deadline)
			need(ac, R, "/new_worker_named_on", "the new worker was not named by the deadline");
	} else if (named > deadline) {
		cc_audit_add(ac, R, ac->c->transfer.path, "/new_worker_named_on",
		             "the new worker was named after %s, less than %d working days before the review", dl, days);
	}
}

void cc_check_transfer_family_before_review(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	cc_date told, review;
	if (!between_teams(ac->c) || cc_jdate(t, "next_review_on", &review) < 0)
		return;
	/* No date yet is transfer.complete's finding; here only the order. */
	if (cc_jdate(cc_jobj(t, "family_informed"), "date", &told) == 0 && told >= review)
		need(ac, "transfer.family-told-before-review", "/family_informed/date",
		     "the family were told of the new worker on or after the day of the review, not before it");
}

void cc_check_transfer_siblings(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json, *ch;
	if (!t || !ac->c->case_doc.json || cc_jstr_given(t, "siblings_split_reason"))
		return;
	const cJSON *moving = cc_jarr(t, "children");
	int i = 0;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		const char *id = cc_jstr(ch, "id");
		if (id && !cc_jarr_has_str(moving, id)) {
			char *p = cc_ptr("/children/%d", i);
			cc_audit_add(ac, "transfer.siblings", ac->c->transfer.path, "/children",
			             "the child at case.json %s does not move with the siblings and no siblings_split_reason is given", p);
			free(p);
		}
		i++;
	}
}
