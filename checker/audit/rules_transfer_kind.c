/* rules_transfer_kind.c: the transfer's kind agrees with the record
 * (docs/rules.md, "Kinds and what the record must say"): a label never
 * skips the checks of the transfer it really is. Stockport's emergency
 * reallocation stays in the own team unless the record says why not
 * (001 §4); Devon's movement is a kind of its own only under devon (004
 * §3-4). The kinds table itself is transfer_kind.c. */
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"

void cc_check_transfer_kind_matches(cc_audit_case *ac)
{
	cc_kind_check k;
	cc_transfer_kind_check(ac->run, ac->c, &k);
	if (!k.fact)
		return;
	const char *kind = cc_transfer_kind(ac->c);
	if (k.shown)
		cc_audit_add(ac, "transfer.kind-matches-record", ac->c->transfer.path, "/kind",
		             "kind is %s (%s) but %s: correct kind or the receiving side (to); meanwhile the checks of %s "
		             "run as well",
		             kind, k.meaning, k.fact, k.shown);
	else
		cc_audit_add(ac, "transfer.kind-matches-record", ac->c->transfer.path, "/kind",
		             "kind is %s (%s) but %s: correct kind or the receiving side (to)", kind, k.meaning, k.fact);
}

/* 001 §4: "the reallocating team leader should look to reallocate within
 * their own team". */
void cc_check_transfer_emergency_own_team(cc_audit_case *ac)
{
	const char *from = cc_transfer_from_team(ac->c), *to = cc_transfer_to_team(ac->c);
	if (!cc_transfer_kind_is(ac->c, "emergency") || !from || !to || !strcmp(from, to) ||
	    cc_jstr_given(ac->c->transfer.json, "own_team_unable_reason"))
		return;
	cc_audit_add(ac, "transfer.emergency-own-team", ac->c->transfer.path, "/own_team_unable_reason",
	             "an emergency reallocation to another team (to.team is not from.team) records why the own team could not take the case");
}

/* 004 §3-4: a movement is Devon's; elsewhere it is audited as a
 * between-teams transfer, and the report says so. */
void cc_check_transfer_movement_outside_devon(cc_audit_case *ac)
{
	if (cc_transfer_recorded_movement(ac->c) && !cc_audit_profile_includes(ac->run, CC_PROFILE_DEVON))
		cc_audit_add(ac, "transfer.movement-outside-devon", ac->c->transfer.path, "/kind",
		             "kind movement is Devon's (004 §3-4); under profile %s it is audited as between-teams",
		             ac->run->profile);
}
