/* signer.c: who may sign (trust/signer.h). */
#include <stdlib.h>
#include <string.h>

#include "trust/signer.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "field.h"

static const cJSON *obj(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsObject(v) ? v : NULL;
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The staff.json roles that may sign; any_team: for any team (0.1.0's
 * senior-manager escape), else only for their own. */
static const struct {
	const char *role;
	bool any_team;
} SIGNING_ROLES[] = {
	{"team-manager", false},   {"practice-manager", false},  {"practice-supervisor", false},
	{"head-of-service", true}, {"operations-manager", true},
};

/* The row of role in SIGNING_ROLES, or -1. */
static int signing_role(const char *role)
{
	for (size_t i = 0; role && i < sizeof SIGNING_ROLES / sizeof *SIGNING_ROLES; i++)
		if (!strcmp(role, SIGNING_ROLES[i].role))
			return (int)i;
	return -1;
}

bool cc_signer_role_may_sign(const char *role)
{
	return signing_role(role) >= 0;
}

static bool senior(const char *role)
{
	int i = signing_role(role);
	return i >= 0 && SIGNING_ROLES[i].any_team;
}

/* The one member of list with this id (duplicates are refused earlier). */
static const cJSON *find_id(const cJSON *list, const char *id)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, list)
		if (same(cc_trust_field(it, "id"), id))
			return it;
	return NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first id in list given twice, or NULL. */
static const char *dup_in(const cJSON *list)
{
	int n = cJSON_GetArraySize(list);
	const char **ids = cc_xcalloc((size_t)n + 1, sizeof *ids);
	size_t k = 0;
	const cJSON *it;
	const char *dup = NULL;
	cJSON_ArrayForEach(it, list)
		if (cc_trust_field(it, "id"))
			ids[k++] = cc_trust_field(it, "id");
	qsort(ids, k, sizeof *ids, cmp_str);
	for (size_t i = 1; i < k && !dup; i++)
		if (!strcmp(ids[i - 1], ids[i]))
			dup = ids[i];
	free(ids);
	return dup;
}

char *cc_staff_duplicate(const cJSON *staff)
{
	const char *d = dup_in(cJSON_GetObjectItemCaseSensitive(staff, "staff"));
	if (d)
		return cc_xasprintf("staff id %s is listed twice in staff.json", d);
	d = dup_in(cJSON_GetObjectItemCaseSensitive(staff, "teams"));
	return d ? cc_xasprintf("team id %s is listed twice in staff.json", d) : NULL;
}

static char *staff_problem(cc_staff_state st)
{
	switch (st) {
	case CC_STAFF_OK:
		return NULL;
	case CC_STAFF_MISSING:
		return cc_xstrdup("there is no staff.json, so the signer cannot be checked: no sign-off counts without it");
	case CC_STAFF_NOT_A_FILE:
		return cc_xstrdup("staff.json is a symlink or a folder, not a file, so the signer cannot be checked");
	case CC_STAFF_INVALID:
		return cc_xstrdup("staff.json is not valid, so the signer cannot be checked");
	case CC_STAFF_DUPLICATE:
		return cc_xstrdup("staff.json lists a staff or team id twice, so no signer can be checked until it is fixed");
	}
	return cc_xstrdup("staff.json cannot be used");
}

/* Whether by (member m) is a manager of team. */
static bool manages(const cJSON *staff, const cJSON *m, const char *by, const char *team)
{
	const char *role = cc_trust_field(m, "role");
	if (senior(role))
		return true;
	if (!team)
		return false;
	const cJSON *t = find_id(cJSON_GetObjectItemCaseSensitive(staff, "teams"), team);
	return same(cc_trust_field(t, "manager"), by) || same(cc_trust_field(m, "team"), team);
}

/* "<by> is not a manager in staff.json (team-manager, ... may <verb>)". */
static char *not_a_manager(const char *by, const char *verb)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	size_t n = sizeof SIGNING_ROLES / sizeof *SIGNING_ROLES;
	cc_strbuf_printf(&sb, "%s is not a manager in staff.json (", by);
	for (size_t i = 0; i < n; i++)
		cc_strbuf_printf(&sb, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", SIGNING_ROLES[i].role);
	cc_strbuf_printf(&sb, " may %s)", verb);
	return cc_strbuf_detach(&sb);
}

/* Why by had left on the date on, or NULL. */
static char *left_by(const cJSON *m, const char *by, cc_date on, const char *what)
{
	const char *left = cc_trust_field(m, "left_on");
	cc_date left_on;
	if (left && on && (cc_date_parse(&left_on, left, strlen(left)) < 0 || left_on < on))
		return cc_xasprintf("%s had left (staff.json left_on) before the %s's date", by, what);
	return NULL;
}

char *cc_waiver_problem(const cc_signer_query *q)
{
	const char *by = q->by, *team = cc_trust_field(q->case_doc, "team");
	char *why = staff_problem(q->staff_state);
	if (why)
		return why;
	if (!by)
		return cc_xstrdup("the waiver names no manager (by)");
	const cJSON *m = find_id(cJSON_GetObjectItemCaseSensitive(q->staff, "staff"), by);
	if (!m)
		return cc_xasprintf("%s is not in staff.json", by);
	if (!cc_signer_role_may_sign(cc_trust_field(m, "role")))
		return not_a_manager(by, "waive");
	if (same(by, cc_trust_field(obj(q->case_doc, "allocation"), "worker")))
		return cc_xasprintf("%s is the case's allocated worker and cannot waive a finding on their own case", by);
	if (!manages(q->staff, m, by, team))
		return cc_xasprintf("%s is not a manager of the case's team (case.json team; staff.json teams[].manager or a "
		                    "manager-role member of that team), nor a head of service or operations manager",
		                    by);
	return left_by(m, by, q->on, "waiver");
}

char *cc_signer_problem(const cc_signer_query *q)
{
	const char *by = q->by;
	bool receiving = same(q->role, "receiving-manager");
	const cJSON *from = obj(q->transfer, "from"), *to = obj(q->transfer, "to");
	const char *kind = cc_trust_field(q->transfer, "kind");
	char *why = staff_problem(q->staff_state);
	if (why)
		return why;
	if (!by)
		return cc_xstrdup("the sign-off names no signer (by)");
	if (receiving && !q->transfer)
		return cc_xstrdup("a receiving-manager sign-off needs the transfer record (transfer.json)");
	if (receiving && (same(kind, "to-another-authority") || same(kind, "to-team-around-child")))
		return cc_xasprintf("a transfer %s has no receiving-manager sign-off in this repository",
		                    same(kind, "to-another-authority") ? "to another authority" : "to a team around the child");
	const cJSON *m = find_id(cJSON_GetObjectItemCaseSensitive(q->staff, "staff"), by);
	if (!m)
		return cc_xasprintf("%s is not in staff.json", by);
	if (!cc_signer_role_may_sign(cc_trust_field(m, "role")))
		return not_a_manager(by, "sign");
	if (same(by, cc_trust_field(obj(q->case_doc, "allocation"), "worker")) || same(by, cc_trust_field(from, "worker")))
		return cc_xasprintf("%s is the case's allocated worker and cannot sign their own case off", by);
	if (same(by, cc_trust_field(to, "worker")))
		return cc_xasprintf("%s is the receiving worker and cannot sign the case off", by);
	const char *team = receiving ? cc_trust_field(to, "team")
	                   : from    ? cc_trust_field(from, "team")
	                             : cc_trust_field(q->case_doc, "team");
	if (!manages(q->staff, m, by, team))
		return cc_xasprintf("%s is not a manager of the %s team (%s; staff.json teams[].manager or a manager-role "
		                    "member of that team), nor a head of service or operations manager",
		                    by, receiving ? "receiving" : "transferring",
		                    receiving ? "transfer.json to.team" : from ? "transfer.json from.team" : "case.json team");
	if ((why = left_by(m, by, q->on, "sign-off")))
		return why;
	if (q->newest_record && q->on && q->on < q->newest_record) {
		char d[11];
		cc_date_format(q->newest_record, d);
		return cc_xasprintf("the sign-off is dated before the newest record it covers (%s)", d);
	}
	return NULL;
}
