/* rules_transfer_evidence.c: the records of this transfer belong to it:
 * each piece of evidence transfer.json gives is dated in the transfer's
 * window (transfer_window.h), and under stockport the decision to
 * reallocate is recorded in a management-decision, supervision or
 * case-discussion note of that window (001 §2) and the transfer meeting
 * was attended by the four people 001 §3 names. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "notefacts.h"
#include "transfer_util.h"
#include "transfer_window.h"
#include "util/strbuf.h"

static void in_window(cc_audit_case *ac, const cc_transfer_window *w, const cJSON *obj, const char *key,
                      const char *pointer, const char *what, bool start_only)
{
	cc_date d;
	if (cc_jdate(obj, key, &d) < 0 || cc_transfer_window_has(w, d) || (start_only && d >= w->from))
		return;
	char on[11];
	cc_date_format(d, on);
	cc_audit_add(ac, "transfer.evidence-in-window", ac->c->transfer.path, pointer,
	             "%s (%s) is %s this transfer's window (%s): a record of an earlier decision does not count; record "
	             "this transfer's",
	             what, on, d < w->from ? "before" : "after", w->text);
}

void cc_check_transfer_evidence_in_window(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json, *p;
	cc_transfer_window w;
	if (!cc_transfer_window_get(ac, &w))
		return;
	in_window(ac, &w, cc_jobj(t, "handover_visit"), "date", "/handover_visit/date", "the handover visit", false);
	in_window(ac, &w, cc_jobj(t, "handover_meeting"), "date", "/handover_meeting/date", "the handover meeting", false);
	in_window(ac, &w, cc_jobj(t, "family_informed"), "date", "/family_informed/date", "telling the family", false);
	/* A case discussion after the window is transfer.case-discussion's
	 * (003 §3: up to one month after the review): here only its start. */
	in_window(ac, &w, t, "case_discussion_on", "/case_discussion_on", "the case discussion", true);
	int i = 0;
	cJSON_ArrayForEach(p, cc_jarr(t, "professionals_informed")) {
		char *ptr = cc_ptr("/professionals_informed/%d/date", i++);
		in_window(ac, &w, p, "date", ptr, "telling this professional", false);
		free(ptr);
	}
}

void cc_check_transfer_decision_recorded(cc_audit_case *ac)
{
	static const char *const types[] = {"management-decision", "supervision", "case-discussion", NULL};
	cc_transfer_window w;
	const cc_doc *older;
	if (!cc_transfer_window_get(ac, &w) || cc_transfer_kind_only(ac->c, "movement") ||
	    cc_window_note(ac, &w, types, &older))
		return;
	cc_window_need_note(ac, "transfer.decision-recorded", &w, older,
	                    "management-decision, supervision or case-discussion note recording the decision to "
	                    "reallocate");
}

/* ---- who attended the transfer meeting (001 §3) ---- */

enum { N_ATTENDEES = 4 };

/* The staff 001 §3 asks at the handover meeting: the current social worker
 * and team leader, the newly allocated social worker and their team leader
 * (from.manager, to.manager, or else the team's manager in staff.json).
 * Only those of ours that the record names; one person counts once.
 * Returns how many, in who[] (borrowed), with what[] saying who each is. */
static int meeting_staff(const cc_audit_case *ac, const char **who, const char **what)
{
	const cJSON *t = ac->c->transfer.json, *from = cc_jobj(t, "from"), *to = cc_jobj(t, "to");
	const char *to_lead = cc_jstr(to, "manager");
	if (!to_lead && cc_jstr(to, "team"))
		to_lead = cc_jstr(cc_id_index_get(&ac->run->team_ix, cc_jstr(to, "team")), "manager");
	const char *ids[N_ATTENDEES] = {cc_jstr(from, "worker"), cc_jstr(from, "manager"), cc_jstr(to, "worker"), to_lead};
	static const char *const roles[N_ATTENDEES] = {"the current social worker", "the current team leader",
	                                               "the new social worker", "the new team leader"};
	int n = 0;
	for (int k = 0; k < N_ATTENDEES; k++) {
		bool seen = !ids[k];
		for (int j = 0; j < n && !seen; j++)
			seen = !strcmp(who[j], ids[k]);
		if (!seen) {
			who[n] = ids[k];
			what[n++] = roles[k];
		}
	}
	return n;
}

/* 001 §3: "it is imperative that a handover meeting takes place with the
 * current social worker and team leader and the newly allocated social
 * worker and their team leader". The meeting is recorded in a handover
 * note of this transfer (transfer.handover-note); its attendees (or an
 * addendum's) name them by staff id. An emergency transfer has no
 * meeting (001 §4: none of the planning can take place), nor has a Devon
 * movement. */
void cc_check_transfer_handover_attendees(cc_audit_case *ac)
{
	static const char *const R = "transfer.handover-attendees";
	const cc_case *c = ac->c;
	const char *who[N_ATTENDEES], *what[N_ATTENDEES];
	const cc_doc *first = NULL;
	const cJSON *first_att = NULL;
	cc_transfer_window w;
	cc_note_facts nf;
	if (!c->transfer.json || cc_transfer_kind_only(c, "movement") || cc_transfer_kind_only(c, "emergency") ||
	    !cc_transfer_window_get(ac, &w))
		return;
	int n = meeting_staff(ac, who, what), missing_first = 0;
	bool met = false;
	cc_note_facts_build(&nf, c);
	for (size_t i = 0; i < c->n_notes && !met; i++) {
		cc_date on;
		if (!cc_jstr_in(c->notes[i].json, "type", (const char *const[]){"handover", NULL}) ||
		    cc_note_is_addendum(c, i) || !cc_note_final(c, i, &on) || !cc_transfer_note_counts(ac, i, on))
			continue;
		const cJSON *att = cc_note_fact(&nf, i, "attendees");
		int missing = 0;
		for (int k = 0; k < n; k++)
			missing += !cc_jarr_has_str(att, who[k]);
		met = att && !missing;
		if (!first) {
			first = &c->notes[i];
			first_att = att;
			missing_first = missing;
		}
	}
	cc_note_facts_free(&nf);
	if (met || !first)
		return; /* no handover note of this transfer: transfer.handover-note */
	const char *id = cc_jstr(first->json, "id");
	/* attendees is a field casecheck added (the case format had none), so
	 * a note that does not use it may be a good record of a meeting all
	 * four attended: a warning. A list that leaves someone out is an
	 * error. */
	if (!first_att) {
		cc_audit_add_variant(ac, R, "not-recorded", first->path, "",
		                     "handover note %s does not record who attended the transfer meeting: add attendees "
		                     "(in an addendum once the note is final) with the staff ids of the current social "
		                     "worker and team leader and the new social worker and their team leader",
		                     id ? id : "");
		return;
	}
	cc_strbuf sb = CC_STRBUF_INIT;
	for (int k = 0, m = 0; k < n; k++)
		if (!cc_jarr_has_str(first_att, who[k]))
			cc_strbuf_printf(&sb, "%s%s (%s)", m++ ? ", " : "", what[k], who[k]);
	cc_audit_add(ac, R, first->path, "/attendees",
	             "the transfer meeting of handover note %s was not attended by %s (%d of the %d 001 §3 asks for): "
	             "hold the meeting with them, or add them to attendees (in an addendum once the note is final) if "
	             "they were there",
	             id ? id : "", cc_strbuf_cstr(&sb), missing_first, n);
	cc_strbuf_free(&sb);
}

/* ---- Derbyshire: who agreed, and the case notes of a move between teams ---- */

/* 000: "If case transfer has been agreed by the Team Manager (for
 * in-Locality transfers) or between Team Managers (for inter-Locality
 * transfers) then there should be a clearly agreed plan": a transfer to
 * another team of ours names the receiving team manager who agreed it
 * (to.manager). "Best practice is for the Team Managers and/or Practice
 * Supervisors to meet, with the transferring and receiving workers": the
 * planning meeting (a warning when not recorded). An emergency has no
 * planning (001 §4); a Devon movement is not a formal transfer; a
 * step-down follows the step-down process. */
void cc_check_transfer_managers_agreed(cc_audit_case *ac)
{
	static const char *const R = "transfer.managers-agreed";
	const cJSON *t = ac->c->transfer.json, *to = cc_jobj(t, "to");
	const char *from_team = cc_jstr(cc_jobj(t, "from"), "team"), *to_team = cc_jstr(to, "team");
	/* A step-down to early help follows Derbyshire's step-down process
	 * (000: "robust processes for cases to step up and down"). */
	if (!t || cc_transfer_kind_only(ac->c, "movement") || cc_transfer_kind_only(ac->c, "emergency") ||
	    cc_transfer_kind_only(ac->c, "step-down"))
		return;
	if (from_team && to_team && strcmp(from_team, to_team) && !cc_jstr(to, "manager"))
		cc_audit_add(ac, R, ac->c->transfer.path, "/to",
		             "a transfer between teams is agreed between the team managers: record the receiving team "
		             "manager who agreed it (to.manager)");
	if (!cc_jobj(t, "planning_meeting"))
		cc_audit_add_variant(ac, R, "no-meeting", ac->c->transfer.path, "/planning_meeting",
		                     "no planning meeting recorded: best practice is for the managers to meet with the "
		                     "transferring and receiving workers to agree the plan and the date (planning_meeting)");
}

/* How many working days after an event a case note recording it may be
 * dated: the seed asks that it "will be recorded in case notes", not that
 * the note bear the event's own date, and a worker who writes it up the
 * next morning has kept a good record. */
#define NOTE_WRITTEN_UP_DAYS 2

/* A final note of this transfer (cc_transfer_note_counts) dated day, or
 * up to NOTE_WRITTEN_UP_DAYS working days after it (day 0: any day), of
 * one of types (NULL: any type), by author or author2 when given; or
 * NULL. */
static const cc_doc *note_of(const cc_audit_case *ac, const char *const *types, cc_date day, const char *author,
                             const char *author2)
{
	cc_date last = day ? cc_calendar_add_working_days(ac->run->cal, day, NOTE_WRITTEN_UP_DAYS) : 0;
	const cc_case *c = ac->c;
	for (size_t i = 0; i < c->n_notes; i++) {
		const cJSON *n = c->notes[i].json;
		const char *by = cc_jstr(n, "author");
		cc_date on;
		if ((types && !cc_jstr_in(n, "type", types)) || cc_note_is_addendum(c, i) || !cc_note_final(c, i, &on) ||
		    (day && (on < day || on > last)) || !cc_transfer_note_counts(ac, i, on))
			continue;
		if ((author || author2) && !(by && ((author && !strcmp(by, author)) || (author2 && !strcmp(by, author2)))))
			continue;
		return &c->notes[i];
	}
	return NULL;
}

/* 003 §3, between teams: three things "will be recorded in case notes":
 * the notification of the receiving team manager (a final note by the
 * current worker or team manager dated notified_on); telling the child and
 * family before the review (a final family-informed note of this transfer;
 * that it came before the review is transfer.family-told-before-review's
 * check); and, once held, the case discussion,
 * "by the current social worker before the details of the new social
 * worker are entered onto the child's record" (a final case-discussion or
 * handover note by from.worker dated case_discussion_on, finalised on or
 * before allocation.since when the allocation already names the new
 * worker). */
void cc_check_transfer_between_teams_notes(cc_audit_case *ac)
{
	static const char *const R = "transfer.between-teams-notes";
	static const char *const told[] = {"family-informed", NULL};
	static const char *const discussed[] = {"case-discussion", "handover", NULL};
	const cc_case *c = ac->c;
	const cJSON *t = c->transfer.json, *from = cc_jobj(t, "from");
	const char *worker = cc_jstr(from, "worker"), *manager = cc_jstr(from, "manager");
	cc_transfer_window w;
	cc_date day;
	char on[11];
	if (!t || !cc_transfer_kind_is(c, "between-teams") || !cc_transfer_window_get(ac, &w))
		return;
	char *dir = cc_ptr("%s/notes", c->dir);
	if (cc_jdate(t, "notified_on", &day) == 0 && !note_of(ac, NULL, day, worker, manager)) {
		cc_date_format(day, on);
		cc_audit_add(ac, R, dir, "",
		             "the notification of the receiving team manager (notified_on %s) is not recorded in case "
		             "notes: add a final note by the current social worker (or team manager) dated %s (or within "
		             "two working days after)",
		             on, on);
	}
	/* When they were told is transfer.family-told-before-review's. */
	if (cc_jobj(t, "family_informed") && !note_of(ac, told, 0, NULL, NULL))
		cc_audit_add(ac, R, dir, "",
		             "telling the child and family of the new worker is not recorded in case notes: add a final "
		             "family-informed note dated the day they were told, in this transfer's window (%s)",
		             w.text);
	if (cc_jdate(t, "case_discussion_on", &day) == 0 && day <= ac->run->as_of) {
		const cc_doc *n = note_of(ac, discussed, day, worker, NULL);
		const char *to = cc_transfer_to_worker(c), *alloc = cc_case_allocated_worker(c);
		cc_date since = cc_case_allocation_since(c), fin;
		cc_date_format(day, on);
		if (!n)
			cc_audit_add(ac, R, dir, "",
			             "the case discussion of %s is not recorded in case notes by the current social worker: add "
			             "a final case-discussion or handover note by %s dated %s (or within two working days after)",
			             on, worker ? worker : "from.worker", on);
		else if (to && alloc && !strcmp(to, alloc) && since && cc_jdate(n->json, "finalised_on", &fin) == 0 &&
		         fin > since)
			cc_audit_add(ac, R, n->path, "/finalised_on",
			             "the case discussion was recorded after the new worker was entered on the record "
			             "(allocation.since): it is recorded before the new worker's details are entered");
	}
	free(dir);
}
