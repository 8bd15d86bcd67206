/* rules_transfer_evidence.c: the records of this transfer belong to it:
 * each piece of evidence transfer.json gives is dated in the transfer's
 * window (transfer_window.h), and under stockport the decision to
 * reallocate is recorded in a management-decision, supervision or
 * case-discussion note of that window (001 §2). */
#include <stdlib.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"
#include "transfer_window.h"

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
