/* rules_transfer_kinds.c: what each kind of transfer needs besides the
 * record: permanence (003 §4, 004 §5-6), finance-only special guardianship
 * (004 §11), another authority (003 §7), step down (002), adoption (002),
 * team around the child (003 §6). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_evidence.h"
#include "transfer_util.h"
#include "transfer_window.h"
#include "util/xalloc.h"

static const char *const PERMANENCE_KINDS[] = {"to-permanence", "to-children-in-care", NULL};

/* A permanence plan confirmed at a permanency planning meeting or a
 * children in care review (003 §4 "plan of permanence agreed", 004 §5).
 * Care proceedings may still be going on (000, 003 §4): only Devon's
 * permanence team needs them concluded (transfer.permanence-criteria). */
static void child_permanence(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ctx;
	const cJSON *perm = cc_jobj(child, "permanence");
	if (!perm || !cc_jget(perm, "confirmed_on") || !cc_jget(perm, "confirmed_at")) {
		char *p = cc_ptr("/children/%d/permanence", i);
		cc_audit_add(ac, "transfer.permanence", ac->c->case_doc.path, p,
		             "no permanence plan confirmed at a permanency planning meeting or CLA review (confirmed_on, confirmed_at)");
		free(p);
	}
}

void cc_check_transfer_permanence(cc_audit_case *ac)
{
	if (cc_transfer_kind_in(ac->c, PERMANENCE_KINDS))
		cc_each_transferring_child(ac, child_permanence, NULL);
}

/* Devon 004 §5: cases for the Permanency and Transitions team have a care
 * plan for the child to remain in the authority's care: no plan to leave
 * care by adoption, special guardianship, a residence (child arrangements)
 * order or return to the family (and adoption cases never go there, §8);
 * and their care proceedings have concluded. */
static void child_stays_in_care(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ctx;
	static const char *const leaving[] = {"adoption", "special-guardianship", "child-arrangements-order",
	                                      "return-to-family", NULL};
	const char *plan = cc_jstr(cc_jobj(child, "permanence"), "plan");
	const char *proceedings = cc_jstr(child, "care_proceedings");
	const char *path = ac->c->case_doc.path;
	if (cc_str_in(plan, leaving)) {
		char *p = cc_ptr("/children/%d/permanence/plan", i);
		cc_audit_add(ac, "transfer.permanence-criteria", path, p,
		             "a plan of %s does not transfer to the permanence team", plan);
		free(p);
	}
	/* "All the necessary case work has been completed, i.e. all care
	 * proceedings have been completed." */
	if (!proceedings || !strcmp(proceedings, "ongoing")) {
		char *p = cc_ptr("/children/%d/care_proceedings", i);
		cc_audit_add(ac, "transfer.permanence-criteria", path, p,
		             proceedings ? "care proceedings have not concluded"
		                         : "care proceedings are not recorded (none, ongoing or concluded)");
		free(p);
	}
}

void cc_check_transfer_permanence_criteria(cc_audit_case *ac)
{
	static const char *const kinds[] = {"to-permanence", NULL};
	if (cc_transfer_kind_in(ac->c, kinds))
		cc_each_transferring_child(ac, child_stays_in_care, NULL);
}

void cc_check_transfer_w1_form(cc_audit_case *ac)
{
	if (cc_transfer_kind_in(ac->c, PERMANENCE_KINDS) && ac->c->case_doc.json)
		cc_transfer_w1_contents(ac, "transfer.w1-form");
}

static void has_plan(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ac;
	(void)i;
	const char **want = ctx;
	const char *plan = cc_jstr(cc_jobj(child, "permanence"), "plan");
	if (plan && !strcmp(plan, want[0]))
		want[1] = "yes";
}

bool cc_transfer_child_with_plan(cc_audit_case *ac, const char *plan)
{
	const char *want[2] = {plan, NULL};
	cc_each_transferring_child(ac, has_plan, want);
	return want[1] != NULL;
}

/* A special guardian of a case child in the genogram. */
static int cmp_id(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether the genogram names a special guardian of a person who is one of
 * the case's children. The ids of such people are sorted once, so a large
 * genogram costs O(n log n), not one scan of the people per relationship. */
static bool genogram_special_guardian(const cc_case *c)
{
	const cJSON *g = c->genogram.json, *r, *p;
	const cJSON *people = cc_jarr(g, "people");
	size_t n = 0, cap = (size_t)cJSON_GetArraySize(people);
	bool found = false;
	if (!cap)
		return false;
	const char **ids = cc_xcalloc(cap, sizeof *ids);
	cJSON_ArrayForEach(p, people) {
		const char *id = cc_jstr(p, "id");
		if (id && n < cap && cc_case_child(c, cc_jstr(p, "child")))
			ids[n++] = id;
	}
	if (n > 1)
		qsort(ids, n, sizeof *ids, cmp_id);
	cJSON_ArrayForEach(r, cc_jarr(g, "relationships")) {
		const char *kind = cc_jstr(r, "kind"), *child = cc_jstr(r, "child");
		if (kind && !strcmp(kind, "special-guardian") && child && n &&
		    bsearch(&child, ids, n, sizeof *ids, cmp_id)) {
			found = true;
			break;
		}
	}
	free(ids);
	return found;
}

void cc_check_transfer_special_guardianship(cc_audit_case *ac)
{
	static const char *const orders[] = {"special-guardianship", NULL};
	const char *service = cc_jstr(ac->c->case_doc.json, "service");
	if (!ac->c->transfer.json || !service || strcmp(service, "finance-only"))
		return;
	/* Recognised by the plan, the genogram or the order on file (004 §11). */
	cc_transfer_finance_only_order(ac, "transfer.special-guardianship", "special-guardianship", orders,
	                               genogram_special_guardian(ac->c), "special guardianship");
}

static bool consent_given(cc_audit_case *ac, const char *rule)
{
	if (cc_jbool(cc_jobj(ac->c->transfer.json, "consent"), "given") == 1)
		return true;
	cc_audit_add(ac, rule, ac->c->transfer.path, "/consent", "the family's explicit consent is not recorded");
	return false;
}

void cc_check_transfer_another_authority(cc_audit_case *ac)
{
	const char *R = "transfer.another-authority";
	if (!cc_transfer_kind_is(ac->c, "to-another-authority"))
		return;
	consent_given(ac, R);
	cc_window_require_document(ac, R, "letter", 0,
	                           "the receiving authority is sent a letter with the details of the transfer");
	cc_need_document(ac, R, "assessment", 0, "the letter encloses the latest assessment");
	cc_need_document(ac, R, "child-plan", 0, "the letter encloses the child's plan");
	cc_transfer_letter_encloses(ac, R);
	/* The GP, health visitor, school and every other agency told:
	 * transfer.professionals-told. */
}

static bool assessment_shared(const cc_case *c)
{
	if (cc_case_has_document(c, "assessment", 0))
		return true;
	for (size_t i = 0; i < c->n_assessments; i++) {
		const char *s = cc_jstr(c->assessments[i].json, "status");
		if (s && !strcmp(s, "completed"))
			return true;
	}
	return false;
}

void cc_check_transfer_step_down(cc_audit_case *ac)
{
	const char *R = "transfer.step-down";
	if (!cc_transfer_kind_is(ac->c, "step-down"))
		return;
	consent_given(ac, R);
	if (ac->c->case_doc.json && !assessment_shared(ac->c))
		cc_audit_add(ac, R, ac->c->case_doc.path, "/documents", "no completed assessment to share at step down");
	if (!cc_jobj(ac->c->transfer.json, "handover_visit") && !cc_transfer_handover_meeting(ac->c))
		cc_audit_add(ac, R, ac->c->transfer.path, "/handover_visit",
		             "no handover meeting or visit between the workers recorded");
}

void cc_check_transfer_adoption(cc_audit_case *ac)
{
	if (!ac->c->transfer.json || !cc_transfer_child_with_plan(ac, "adoption"))
		return;
	/* Updated and completed for this transfer: dated in its window. */
	cc_window_require_document(ac, "transfer.adoption", "child-permanence-report", 0,
	                           "the child permanence report is updated before transfer");
	cc_window_require_document(ac, "transfer.adoption", "life-story", 0,
	                           "the life-story work is completed before transfer");
}

void cc_check_transfer_tac(cc_audit_case *ac)
{
	const char *R = "transfer.tac";
	if (!cc_transfer_kind_is(ac->c, "to-team-around-child"))
		return;
	consent_given(ac, R);
	cc_date recent = cc_transfer_tac_recent_since(ac);
	if (ac->c->case_doc.json && !cc_case_has_document(ac->c, "assessment", recent) &&
	    !cc_case_has_document(ac->c, "child-plan", recent)) {
		char day[11];
		cc_date_format(recent, day);
		cc_audit_add(ac, R, ac->c->case_doc.path, "/documents",
		             "no recent assessment or minutes with the current plan for the TAC members (an assessment or "
		             "child-plan document dated on or after %s, tac_recent_months before the transfer)",
		             day);
	}
	cc_need_document(ac, R, "contact-list", 0, "the TAC members get a contact list for the family and professionals");
	cc_need_document(ac, R, "tac-minutes", 0, "a copy of the TAC minutes is kept on the case record");
}
