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
 * Who is who, by case.json involvements[].role (involvements.c):
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
#include "involvements.h"
#include "jget.h"
#include "transfer_util.h"
#include "util/xalloc.h"

/* Entries naming no involvement, by role, for the matching by role. The
 * roles are the schema's short list, so a small array does. */
#define MAX_ROLES 32
typedef struct role_pool {
	const char *role[MAX_ROLES];
	int left[MAX_ROLES];
	int n;
} role_pool;

static int *pool_slot(role_pool *p, const char *role, bool add)
{
	for (int i = 0; i < p->n; i++)
		if (!strcmp(p->role[i], role))
			return &p->left[i];
	if (!add || p->n == MAX_ROLES)
		return NULL;
	p->role[p->n] = role;
	return &p->left[p->n++];
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

/* told[i] for each involvement i: told, or not told for a recorded reason.
 * An entry by role counts only for an involvement of a transferring child
 * (moving). */
static bool *who_was_told(const cJSON *t, const cJSON *invs, int n, const cJSON *moving)
{
	const cJSON *pros = cc_jarr(t, "professionals_informed"), *excused = cc_jarr(t, "not_informed");
	const cJSON *family = cc_jarr(cc_jobj(t, "family_informed"), "told"), *inv, *e;
	bool *told = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *told);
	role_pool pool = {.n = 0};
	int i = 0, *left;
	cJSON_ArrayForEach(e, pros) {
		const char *role = cc_jstr(e, "role");
		if (role && !cc_jget(e, "involvement") && (left = pool_slot(&pool, role, true)))
			(*left)++;
	}
	/* By id first, so an entry naming one involvement is never spent on
	 * another of its role. */
	cJSON_ArrayForEach(inv, invs) {
		const char *id = cc_jstr(inv, "id");
		cc_who w = cc_involvement_who(cc_jstr(inv, "role"));
		if (id)
			told[i] = named_in(excused, "involvement", id) ||
			          (w != CC_WHO_FAMILY && named_in(pros, "involvement", id)) ||
			          (w != CC_WHO_PROFESSIONAL && named_in(family, NULL, id));
		i++;
	}
	i = 0;
	cJSON_ArrayForEach(inv, invs) {
		const char *role = cc_jstr(inv, "role");
		if (!told[i] && role && cc_involvement_who(role) != CC_WHO_FAMILY && cc_involvement_concerns(inv, moving) &&
		    (left = pool_slot(&pool, role, false)) && *left > 0) {
			(*left)--;
			told[i] = true;
		}
		i++;
	}
	return told;
}

static void report_untold(cc_audit_case *ac, const cJSON *inv, int i, cc_who w)
{
	const char *role = cc_jstr(inv, "role"), *id = cc_jstr(inv, "id");
	const char *path = ac->c->transfer.path;
	if (w == CC_WHO_PROFESSIONAL)
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
	bool *told = who_was_told(t, invs, cJSON_GetArraySize(invs), moving);
	int i = 0;
	cJSON_ArrayForEach(inv, invs) {
		cc_who w = cc_involvement_who(cc_jstr(inv, "role"));
		if (w != CC_WHO_UNKNOWN && w != CC_WHO_REFERRER && !told[i] && cc_involvement_concerns(inv, moving))
			report_untold(ac, inv, i, w);
		i++;
	}
	free(told);
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
