#include "transfer_util.h"

#include <stdio.h>
#include <string.h>

#include "casemodel.h"
#include "jget.h"
#include "transfer_window.h"

bool cc_transfer_kind_internal(const char *kind)
{
	static const char *const internal[] = {"within-team", "between-teams", "to-children-in-care",
	                                       "to-permanence", "emergency", "movement", NULL};
	for (size_t i = 0; kind && internal[i]; i++)
		if (!strcmp(kind, internal[i]))
			return true;
	return false;
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

bool cc_transfer_kind_is(const cc_case *c, const char *kind)
{
	return same(cc_transfer_kind(c), kind) || (cc_transfer_kind(c) && same(c->shown_kind, kind));
}

bool cc_transfer_kind_only(const cc_case *c, const char *kind)
{
	return same(cc_transfer_kind(c), kind) && (!c->shown_kind || same(c->shown_kind, kind));
}

bool cc_transfer_kind_all_in(const cc_case *c, const char *const *kinds)
{
	const char *kind = cc_transfer_kind(c);
	return kind && cc_str_in(kind, kinds) && (!c->shown_kind || cc_str_in(c->shown_kind, kinds));
}

bool cc_transfer_applies_internal(const cc_case *c)
{
	return cc_transfer_kind_internal(cc_transfer_kind(c)) ||
	       (cc_transfer_kind(c) && cc_transfer_kind_internal(c->shown_kind));
}

bool cc_transfer_handover_meeting(const cc_case *c)
{
	const cJSON *t = c->transfer.json;
	return cc_jbool(cc_jobj(t, "handover_meeting"), "joint") == 1 || cc_jobj(t, "planning_meeting");
}

bool cc_transfer_kind_in(const cc_case *c, const char *const *kinds)
{
	for (size_t i = 0; kinds[i]; i++)
		if (cc_transfer_kind_is(c, kinds[i]))
			return true;
	return false;
}

bool cc_case_upcoming_key_date(const cc_case *c, cc_date as_of)
{
	const cJSON *k;
	cJSON_ArrayForEach(k, cc_jarr(c->case_doc.json, "key_dates")) {
		cc_date d;
		if (cc_jdate(k, "date", &d) == 0 && d >= as_of)
			return true;
	}
	return false;
}

cc_date cc_transfer_anchor(const cc_case *c)
{
	const char *worker = cc_case_allocated_worker(c), *to = cc_transfer_to_worker(c);
	return worker && to && !strcmp(worker, to) ? 0 : cc_case_allocation_since(c);
}

const cc_doc *cc_case_summary_note(const cc_audit_case *ac, const cc_doc **older)
{
	static const char *const types[] = {"transfer-summary", "case-summary", NULL};
	cc_transfer_window w;
	if (older)
		*older = NULL;
	if (cc_transfer_window_get(ac, &w))
		return cc_window_note(ac, &w, types, older);
	return cc_case_find_note(ac->c, types, cc_transfer_anchor(ac->c), 0, NULL);
}

bool cc_need_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since, const char *why)
{
	if (!ac->c->case_doc.json || cc_case_has_document(ac->c, kind, since))
		return false;
	if (since) {
		char on[11];
		cc_date_format(since, on);
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents", "no %s document dated on or after %s: %s", kind,
		             on, why);
	} else {
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents", "no %s document: %s", kind, why);
	}
	return true;
}

void cc_each_transferring_child(cc_audit_case *ac, cc_child_fn fn, void *ctx)
{
	const cJSON *moving = cc_jarr(ac->c->transfer.json, "children"), *ch;
	int i = 0;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		if (cc_jarr_has_str(moving, cc_jstr(ch, "id")))
			fn(ac, ch, i, ctx);
		i++;
	}
}

const char *cc_transfer_kind_resolve(const cc_audit_ctx *run, const cJSON *transfer)
{
	const char *kind = cc_jstr(transfer, "kind");
	if (kind && !strcmp(kind, "movement") && !cc_audit_profile_includes(run, CC_PROFILE_DEVON))
		return "between-teams";
	return kind;
}

bool cc_transfer_recorded_movement(const cc_case *c)
{
	const char *kind = cc_jstr(c->transfer.json, "kind");
	return kind && !strcmp(kind, "movement");
}

const char *cc_transfer_to_team(const cc_case *c)
{
	return cc_jstr(cc_jobj(c->transfer.json, "to"), "team");
}

const char *cc_transfer_to_worker(const cc_case *c)
{
	return cc_jstr(cc_jobj(c->transfer.json, "to"), "worker");
}

const char *cc_transfer_from_team(const cc_case *c)
{
	return cc_jstr(cc_jobj(c->transfer.json, "from"), "team");
}

bool cc_staff_unavailable(const cc_audit_ctx *run, const cJSON *member, cc_date from, cc_date until, int long_days,
                          cc_absence *out)
{
	const cJSON *abs;
	int i = 0;
	cJSON_ArrayForEach(abs, cc_jarr(member, "absences")) {
		cc_date start, end = 0;
		const char *kind = cc_jstr(abs, "kind");
		int at = i++;
		if (cc_jdate(abs, "from", &start) < 0 || start > until)
			continue;
		bool open = cc_jdate(abs, "to", &end) < 0;
		if (!open && end < from)
			continue;
		/* Working days absent, the first day counted. */
		bool prolonged = open || cc_calendar_working_days_between(run->cal, start - 1, end) > long_days;
		if (prolonged || (kind && !strcmp(kind, "sick"))) {
			out->from = start;
			out->to = open ? 0 : end;
			out->index = at;
			return true;
		}
	}
	return false;
}

void cc_absence_describe(const cc_absence *a, char *buf, size_t size)
{
	char from[11], to[11];
	cc_date_format(a->from, from);
	if (a->to) {
		cc_date_format(a->to, to);
		snprintf(buf, size, "absence recorded from %s to %s", from, to);
	} else {
		snprintf(buf, size, "absence recorded from %s, no return date recorded", from);
	}
}

bool cc_staff_left_by(const cJSON *member, cc_date day, cc_date *left_on)
{
	cc_date left;
	if (cc_jdate(member, "left_on", &left) < 0 || left >= day)
		return false;
	if (left_on)
		*left_on = left;
	return true;
}
