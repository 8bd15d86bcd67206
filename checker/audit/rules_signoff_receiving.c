/* rules_signoff_receiving.c: Derbyshire's receiving manager's quality
 * audit (003 §3: "The receiving manager will complete a quality audit to
 * confirm all tasks have been undertaken"), recorded with `casecheck
 * signoff --role receiving-manager`: required at receive once the
 * transfer date has passed, and for a move to the children in care team
 * dated before the transfer (003 §4: "the LAC Team Manager will complete
 * a quality file audit prior to case transfer"). The audit is a record
 * that it took place: the case changes after it (the current worker
 * completes the outstanding tasks, the new worker starts), so its content
 * is not compared with the case as audited. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"

static const char *const RULE = "signoff.receiving-manager";
static const char *const CIC_KINDS[] = {"to-children-in-care", "to-permanence", NULL};

/* Whether by may sign for the receiving side on day: the manager the
 * transfer record names (to.manager), the receiving team's manager in
 * staff.json, or a head of service or operations manager, in post that
 * day. Without staff.json only to.manager. */
static bool receiving_signer(const cc_audit_case *ac, const char *by, cc_date day)
{
	const char *named = cc_jstr(cc_jobj(ac->c->transfer.json, "to"), "manager");
	if (!cc_staff_known(ac->run))
		return by && named && !strcmp(by, named);
	static const char *const above[] = {"head-of-service", "operations-manager", NULL};
	const cJSON *m = cc_staff_member(ac->run, by);
	const char *team_manager = cc_jstr(cc_id_index_get(&ac->run->team_ix, cc_transfer_to_team(ac->c)), "manager");
	if (!m || cc_staff_left_by(m, day, NULL))
		return false;
	return (named && !strcmp(by, named)) || (team_manager && !strcmp(by, team_manager)) ||
	       cc_jstr_in(m, "role", above);
}

void cc_check_signoff_receiving(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	cc_date on = 0, signed_on;
	bool has_date = cc_jdate(t, "transfer_on", &on) == 0;
	bool before = cc_transfer_kind_in(ac->c, CIC_KINDS);
	if (!t || !(before || (has_date && on <= ac->run->as_of)))
		return;
	cc_date since = cc_transfer_anchor(ac->c);
	for (size_t i = 0; i < ac->c->n_signoffs; i++) {
		const cJSON *so = ac->c->signoffs[i].json;
		const char *role = cc_jstr(so, "role");
		if (!role || strcmp(role, "receiving-manager") || cc_jdate(so, "date", &signed_on) < 0 ||
		    signed_on < since || (before && has_date && signed_on > on))
			continue;
		if (receiving_signer(ac, cc_jstr(so, "by"), signed_on))
			return;
	}
	char *dir = cc_ptr("%s/signoffs", ac->c->dir);
	cc_audit_add(ac, RULE, dir, "",
	             before ? "no quality audit by the receiving (children in care) team manager dated before the transfer "
	                      "(casecheck signoff --role receiving-manager)"
	                    : "the transfer date has passed and the receiving manager's quality audit is not recorded "
	                      "(casecheck signoff --role receiving-manager)");
	free(dir);
}
