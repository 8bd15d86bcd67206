/* rules_transfer_told.c: everyone relevant told of the transfer. Every
 * professional involved with a transferring child (000's template "all
 * relevant professionals and agencies ... identify the professionals",
 * 002 "multi-agency partners", "internal agencies", 003 §2 "notify all
 * professionals involved", 003 §7 "GP, Health Visitor, school and any other
 * agencies involved", 004 §2, §8 "all involved professionals advised"), and
 * every family member and carer among the involvements (000 "all relevant
 * family members", 004 §2 "young people, carers and parents"), is told of
 * the transfer or has a recorded reason it was not; a child in care has an
 * IRO among the involvements (002: "The IRO should be informed").
 *
 * Who is who, by case.json involvements[].role (the one list, ROLES):
 * professionals and agencies are told through professionals_informed, one
 * entry per involvement; carers (fostering, residential: the child's carers
 * or the placement's service) through family_informed.told or
 * professionals_informed; family members only by reference, through
 * family_informed.told (a name is never matched against free text). The
 * referrer is confirmed the outcome of the referral instead
 * (allocation.referrer-confirmation). Any of them may instead be listed in
 * not_informed with the reason (a parent under a non-molestation order is
 * not given the new worker's details).
 *
 * An entry names its involvement by id (professionals_informed[].involvement
 * = involvements[].id); an involvement nobody names by id is matched by
 * role against the entries that name no involvement, one entry each, in
 * order, as records without ids always were. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"
#include "util/xalloc.h"

typedef enum who {
	WHO_PROFESSIONAL, /* told through professionals_informed */
	WHO_CARER,        /* family_informed.told or professionals_informed */
	WHO_FAMILY,       /* family_informed.told, by id only */
	WHO_NONE,         /* the referrer: allocation.referrer-confirmation */
} who;

/* Every involvement role (schemas/defs.json involvement_role) and whom it
 * stands for. docs/rules.md's hand-written part lists the same. */
static const struct {
	const char *role;
	who who;
} ROLES[] = {
	{"gp", WHO_PROFESSIONAL},      {"health-visitor", WHO_PROFESSIONAL}, {"school", WHO_PROFESSIONAL},
	{"iro", WHO_PROFESSIONAL},     {"legal", WHO_PROFESSIONAL},          {"police", WHO_PROFESSIONAL},
	{"yot", WHO_PROFESSIONAL},     {"contact-team", WHO_PROFESSIONAL},   {"other", WHO_PROFESSIONAL},
	{"fostering", WHO_CARER},      {"residential", WHO_CARER},           {"family-member", WHO_FAMILY},
	{"referrer", WHO_NONE},
};
#define N_ROLES (sizeof ROLES / sizeof ROLES[0])

static int role_index(const char *role)
{
	for (size_t r = 0; role && r < N_ROLES; r++)
		if (!strcmp(ROLES[r].role, role))
			return (int)r;
	return -1;
}

/* Whether an involvement concerns a transferring child (no children
 * listed: all of the case's). */
static bool concerns_transfer(const cJSON *inv, const cJSON *moving)
{
	const cJSON *kids = cc_jarr(inv, "children"), *k;
	if (!kids)
		return true;
	cJSON_ArrayForEach(k, kids)
		if (cc_jarr_has_str(moving, cc_jtext(k)))
			return true;
	return false;
}

/* Whether some element of arr has the string member key equal to id. */
static bool named_in(const cJSON *arr, const char *key, const char *id)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, arr) {
		const char *v = key ? cc_jstr(it, key) : cc_jtext(it);
		if (v && !strcmp(v, id))
			return true;
	}
	return false;
}

/* told[i] for each involvement i: told, or not told for a recorded reason. */
static bool *who_was_told(const cJSON *t, const cJSON *invs, int n)
{
	const cJSON *pros = cc_jarr(t, "professionals_informed"), *excused = cc_jarr(t, "not_informed");
	const cJSON *family = cc_jarr(cc_jobj(t, "family_informed"), "told"), *inv, *e;
	bool *told = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *told);
	int pool[N_ROLES] = {0}, i = 0;
	cJSON_ArrayForEach(e, pros) {
		int r = role_index(cc_jstr(e, "role"));
		if (r >= 0 && !cc_jget(e, "involvement"))
			pool[r]++;
	}
	/* By id first, so an entry naming one involvement is never spent on
	 * another of its role. */
	cJSON_ArrayForEach(inv, invs) {
		const char *id = cc_jstr(inv, "id");
		int r = role_index(cc_jstr(inv, "role"));
		if (id && r >= 0)
			told[i] = named_in(excused, "involvement", id) ||
			          (ROLES[r].who != WHO_FAMILY && named_in(pros, "involvement", id)) ||
			          (ROLES[r].who != WHO_PROFESSIONAL && named_in(family, NULL, id));
		i++;
	}
	i = 0;
	cJSON_ArrayForEach(inv, invs) {
		int r = role_index(cc_jstr(inv, "role"));
		if (!told[i] && r >= 0 && ROLES[r].who != WHO_FAMILY && pool[r] > 0) {
			pool[r]--;
			told[i] = true;
		}
		i++;
	}
	return told;
}

static void report_untold(cc_audit_case *ac, const cJSON *inv, int i, who w)
{
	const char *role = cc_jstr(inv, "role"), *id = cc_jstr(inv, "id");
	const char *path = ac->c->transfer.path;
	if (w == WHO_PROFESSIONAL)
		cc_audit_add(ac, "transfer.professionals-told", path, "/professionals_informed",
		             "the %s at case.json /involvements/%d is not recorded as told of the transfer: add a "
		             "professionals_informed entry for it (involvement \"%s\", or role %s), or list it in "
		             "not_informed with the reason",
		             role, i, id ? id : "<its id>", role);
	else if (!id)
		cc_audit_add(ac, "transfer.family-told", path, "/family_informed",
		             "the %s at case.json /involvements/%d is not recorded as told of the transfer: give the "
		             "involvement an id and list it in family_informed.told, or in not_informed with the reason "
		             "it was not told",
		             role, i);
	else
		cc_audit_add(ac, "transfer.family-told", path, "/family_informed",
		             "the %s at case.json /involvements/%d is not recorded as told of the transfer: list \"%s\" in "
		             "family_informed.told, or in not_informed with the reason it was not told",
		             role, i, id);
}

/* The check of transfer.professionals-told and transfer.family-told. */
void cc_check_transfer_told(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json, *inv;
	const cJSON *invs = cc_jarr(ac->c->case_doc.json, "involvements"), *moving = cc_jarr(t, "children");
	if (!t || !invs || !cc_transfer_kind(ac->c))
		return;
	bool *told = who_was_told(t, invs, cJSON_GetArraySize(invs));
	int i = 0;
	cJSON_ArrayForEach(inv, invs) {
		int r = role_index(cc_jstr(inv, "role"));
		if (r >= 0 && ROLES[r].who != WHO_NONE && !told[i] && concerns_transfer(inv, moving))
			report_untold(ac, inv, i, ROLES[r].who);
		i++;
	}
	free(told);
}

/* A child in care: on a care plan, or the case is a child in care's. */
static bool in_care(const cc_case *c, const cJSON *child)
{
	const char *plan = cc_jstr(cc_jobj(child, "plan"), "type");
	const char *service = cc_jstr(c->case_doc.json, "service");
	if (plan)
		return !strcmp(plan, "care");
	return service && !strcmp(service, "child-in-care");
}

static void child_iro(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ctx;
	const cJSON *inv, *id = cc_jget(child, "id");
	if (!in_care(ac->c, child))
		return;
	cJSON_ArrayForEach(inv, cc_jarr(ac->c->case_doc.json, "involvements")) {
		const char *role = cc_jstr(inv, "role");
		const cJSON *kids = cc_jarr(inv, "children");
		if (role && !strcmp(role, "iro") && (!kids || cc_jarr_has_str(kids, cc_jtext(id))))
			return;
	}
	cc_audit_add(ac, "transfer.child-in-care-iro", ac->c->case_doc.path, "/involvements",
	             "the child at case.json /children/%d is in care but no IRO (an involvement with role iro "
	             "for the child) is recorded, so the IRO cannot be told of the transfer",
	             i);
}

void cc_check_transfer_child_in_care_iro(cc_audit_case *ac)
{
	if (ac->c->transfer.json && cc_transfer_kind(ac->c))
		cc_each_transferring_child(ac, child_iro, NULL);
}

/* integrity.references: the ids the transfer record names among the
 * involvements. */
static void involvement_ref(cc_audit_case *ac, const cJSON *invs, const char *id, const char *ptr)
{
	if (id && !named_in(invs, "id", id))
		cc_audit_add(ac, "integrity.references", ac->c->transfer.path, ptr,
		             "involvement id is not in case.json involvements[]");
}

void cc_transfer_told_references(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json, *e;
	const cJSON *invs = cc_jarr(ac->c->case_doc.json, "involvements");
	int i = 0;
	if (!t || !ac->c->case_doc.json)
		return;
	cJSON_ArrayForEach(e, cc_jarr(t, "professionals_informed")) {
		char *p = cc_ptr("/professionals_informed/%d/involvement", i++);
		involvement_ref(ac, invs, cc_jstr(e, "involvement"), p);
		free(p);
	}
	i = 0;
	cJSON_ArrayForEach(e, cc_jarr(t, "not_informed")) {
		char *p = cc_ptr("/not_informed/%d/involvement", i++);
		involvement_ref(ac, invs, cc_jstr(e, "involvement"), p);
		free(p);
	}
	i = 0;
	cJSON_ArrayForEach(e, cc_jarr(cc_jobj(t, "family_informed"), "told")) {
		char *p = cc_ptr("/family_informed/told/%d", i++);
		involvement_ref(ac, invs, cc_jtext(e), p);
		free(p);
	}
}
