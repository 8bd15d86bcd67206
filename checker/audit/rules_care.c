/* rules_care.c: children in care at sign-off (003 §4, 004 Appendix 1,
 * 002): a permanence plan by the second looked-after review, an
 * Independent Reviewing Officer among the involvements, and never
 * unallocated. A child is in care when their plan is a care plan or they
 * have a looked-after legal status (SSDA903). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"

static bool child_in_care(const cJSON *child)
{
	const char *plan = cc_jstr(cc_jobj(child, "plan"), "type");
	return (plan && !strcmp(plan, "care")) || cc_jstr_given(child, "legal_status");
}

void cc_check_care_permanence_plan(cc_audit_case *ac)
{
	const cJSON *ch;
	int i = -1;
	if (cc_case_closed(ac->c))
		return;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		long reviews;
		i++;
		if (!child_in_care(ch) || cc_jint(ch, "lac_reviews_held", &reviews) < 0 || reviews < 2 ||
		    cc_jstr_given(cc_jobj(ch, "permanence"), "plan"))
			continue;
		char *p = cc_ptr("/children/%d/permanence", i);
		cc_audit_add(ac, "plans.permanence-by-second-review", ac->c->case_doc.path, p,
		             "%ld looked-after reviews held and no permanence plan recorded: record the plan agreed "
		             "(permanence.plan, confirmed_on, confirmed_at), or hold the permanence planning meeting now",
		             reviews);
		free(p);
	}
}

/* Whether an involvement of role names the child (no children: all). */
static bool involved_for(const cc_case *c, const char *role, const char *child)
{
	const cJSON *inv;
	cJSON_ArrayForEach(inv, cc_jarr(c->case_doc.json, "involvements")) {
		const char *r = cc_jstr(inv, "role");
		const cJSON *kids = cc_jarr(inv, "children");
		if (r && !strcmp(r, role) && (cJSON_GetArraySize(kids) == 0 || cc_jarr_has_str(kids, child)))
			return true;
	}
	return false;
}

void cc_check_care_iro(cc_audit_case *ac)
{
	const cJSON *ch;
	int i = -1;
	if (cc_case_closed(ac->c))
		return;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		const char *id = cc_jstr(ch, "id");
		i++;
		if (!id || !child_in_care(ch) || involved_for(ac->c, "iro", id))
			continue;
		cc_audit_add(ac, "core.iro-for-child-in-care", ac->c->case_doc.path, "/involvements",
		             "no Independent Reviewing Officer (role iro) among the involvements for the child in care "
		             "at case.json /children/%d: add the IRO with their contact details", i);
	}
}

void cc_check_care_allocated(cc_audit_case *ac)
{
	const cJSON *a = cc_jobj(ac->c->case_doc.json, "allocation"), *ch;
	int i = -1;
	if (!a || cc_jstr(a, "worker") || cc_case_closed(ac->c))
		return;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		i++;
		if (!child_in_care(ch))
			continue;
		cc_audit_add(ac, "allocation.child-in-care-allocated", ac->c->case_doc.path, "/allocation/worker",
		             "the child in care at case.json /children/%d has no allocated social worker: allocate "
		             "the case (a child in care is never left unallocated)", i);
		return;
	}
}
