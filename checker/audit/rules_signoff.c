/* rules_signoff.c: a current transferring-manager sign-off (001 §2, 003
 * §3, 004 §2). A sign-off is current when its content equals the git tree
 * id of the case folder as audited, signoffs/ left out; otherwise the
 * records changed after the manager signed (stale). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "stale.h"
#include "transfer_util.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static const char *const RULE = "signoff.transferring-manager";

static bool manager_role(const char *role)
{
	static const char *const roles[] = {"team-manager", "practice-manager", "practice-supervisor",
	                                    "head-of-service", "operations-manager", NULL};
	for (size_t i = 0; role && roles[i]; i++)
		if (!strcmp(role, roles[i]))
			return true;
	return false;
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The transferring side's manager: the transfer record's from.manager,
 * the allocation's manager, the manager of the case's team in staff.json,
 * or a head of service / operations manager above them. */
static bool manages_case(const cc_audit_case *ac, const char *by, const cJSON *member)
{
	const char *role = cc_jstr(member, "role");
	const cJSON *cj = ac->c->case_doc.json, *t;
	if (same(role, "head-of-service") || same(role, "operations-manager"))
		return true;
	if (same(by, cc_jstr(cc_jobj(ac->c->transfer.json, "from"), "manager")) ||
	    same(by, cc_jstr(cc_jobj(cj, "allocation"), "manager")))
		return true;
	cJSON_ArrayForEach(t, cc_jarr(ac->run->staff, "teams"))
		if (same(cc_jstr(t, "id"), cc_jstr(cj, "team")) && same(cc_jstr(t, "manager"), by))
			return true;
	return false;
}

/* Why the sign-off's author may not sign, or NULL when they may: a
 * manager of the case in staff.json, in post on the sign-off date; without
 * staff.json, the manager the transfer record or the allocation names;
 * nobody can be checked when staff.json is invalid. */
static const char *signer_problem(const cc_audit_case *ac, const cJSON *so)
{
	if (!cc_staff_known(ac->run)) {
		if (ac->run->staff_present)
			return "the signer cannot be checked: staff.json is not valid";
		/* No staff list: only the managers the case itself names. */
		const char *by = cc_jstr(so, "by");
		if (same(by, cc_jstr(cc_jobj(ac->c->transfer.json, "from"), "manager")) ||
		    same(by, cc_jstr(cc_jobj(ac->c->case_doc.json, "allocation"), "manager")))
			return NULL;
		return "without staff.json only the manager named in the transfer record (from.manager) or the allocation may sign";
	}
	const char *by = cc_jstr(so, "by");
	const cJSON *m = cc_staff_member(ac->run, by);
	cc_date left, on;
	if (!m || !manager_role(cc_jstr(m, "role")))
		return "the sign-off is not by a manager in staff.json";
	if (!manages_case(ac, by, m))
		return "the sign-off is not by the transferring team's manager (transfer from.manager, the allocation's manager or the team's manager in staff.json) or a head of service";
	if (cc_jdate(m, "left_on", &left) == 0 && cc_jdate(so, "date", &on) == 0 && left < on)
		return "the signer had left (staff.json left_on) before the sign-off date";
	return NULL;
}

/* Stale sign-off messages name this many commits; the rest are counted. */
#define SHOWN_COMMITS 5

/* Lists the commits that changed the case since it had the signed content
 * (ac->result->stale_commits) and says which, for the finding's message:
 * "2 commits since: 0123456789ab, ba9876543210", short ids only (no
 * author, no message). Owned by the caller. */
static char *stale_since(cc_audit_case *ac, const char *signed_tree)
{
	bool partial = false;
	size_t total = cc_stale_commits(ac, signed_tree, &partial);
	const cc_case_result *r = ac->result;
	cc_strbuf sb = CC_STRBUF_INIT;
	if (total == 0) {
		cc_strbuf_puts(&sb, partial ? "the commits since cannot be read"
		                            : "no commit since: the change is not committed");
		return cc_strbuf_detach(&sb);
	}
	cc_strbuf_printf(&sb, "%s%zu commit%s since", partial ? "at least " : "", total, total == 1 ? "" : "s");
	for (size_t i = 0; i < r->n_stale_commits && i < SHOWN_COMMITS; i++)
		cc_strbuf_printf(&sb, "%s%.12s", i ? ", " : ": ", r->stale_commits[i]);
	if (total > SHOWN_COMMITS)
		cc_strbuf_printf(&sb, " and %zu more", total - SHOWN_COMMITS);
	return cc_strbuf_detach(&sb);
}

void cc_check_signoff_transferring(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	char tree[41] = "", *msg = NULL;
	char *dir = cc_xasprintf("%s/signoffs", c->dir);
	const cc_doc *newest = NULL;
	cc_date newest_on = 0;
	bool by_non_manager = false, current = false;

	/* A Devon movement has no transferring sign-off (004 §4: no "audits"). */
	if (cc_transfer_kind_is(c, "movement"))
		goto done;
	if (!cc_source_has_git(ac->src)) {
		ac->result->signoff = CC_SIGNOFF_UNVERIFIABLE;
		cc_audit_add(ac, RULE, dir, "",
		             "sign-offs cannot be verified outside git (no tree id); audit the repository with --rev, --staged or --worktree");
		goto done;
	}
	if (cc_source_tree_id(ac->src, c->dir, "signoffs", tree, &msg) < 0) {
		ac->result->signoff = CC_SIGNOFF_UNVERIFIABLE;
		cc_audit_add(ac, RULE, dir, "", "the case folder's tree id cannot be computed");
		goto done;
	}
	for (size_t i = 0; i < c->n_signoffs; i++) {
		const cJSON *so = c->signoffs[i].json;
		const char *role = cc_jstr(so, "role"), *purpose = cc_jstr(so, "purpose");
		const char *content = cc_jstr(so, "content");
		cc_date on;
		if (!role || strcmp(role, "transferring-manager") || !purpose || strcmp(purpose, "transfer") || !content)
			continue;
		const char *problem = signer_problem(ac, so);
		if (problem) {
			by_non_manager = true;
			cc_audit_add(ac, RULE, c->signoffs[i].path, "/by", "%s", problem);
			continue;
		}
		if (!strcmp(content, tree))
			current = true;
		if (cc_jdate(so, "date", &on) == 0 && (!newest || on >= newest_on)) {
			newest = &c->signoffs[i];
			newest_on = on;
		}
	}
	if (current) {
		ac->result->signoff = CC_SIGNOFF_CURRENT;
	} else if (newest) {
		ac->result->signoff = CC_SIGNOFF_STALE;
		char on[11];
		cc_date_format(newest_on, on);
		char *since = stale_since(ac, cc_jstr(newest->json, "content"));
		cc_audit_add(ac, RULE, newest->path, "/content",
		             "stale: the case changed after the transferring manager signed on %s (%s); the manager must audit and sign again",
		             on, since);
		free(since);
	} else {
		ac->result->signoff = CC_SIGNOFF_MISSING;
		if (!by_non_manager)
			cc_audit_add(ac, RULE, dir, "", "no transferring-manager sign-off for the transfer");
	}
done:
	free(msg);
	free(dir);
}
