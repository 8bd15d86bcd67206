/* rules_transfer_kind.c: the transfer's kind agrees with the record
 * (docs/rules.md, "Kinds and what the record must say"): a label never
 * skips the checks of the transfer it really is. Stockport's emergency
 * reallocation stays in the own team unless the record says why not
 * (001 §4); Devon's movement is a kind of its own only under devon (004
 * §3-4). */
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"

/* How to.team stands to from.team. */
typedef enum team_rel {
	TEAM_ANY = 0, /* no constraint */
	TEAM_SAME,    /* the same team */
	TEAM_OTHER,   /* another team of ours */
	TEAM_NONE     /* no team of ours receives */
} team_rel;

/* The table of docs/rules.md, one row a kind. services: the receiving
 * team's service in staff.json must be one of these (NULL: any). */
static const struct kind_row {
	const char *kind;
	team_rel team;
	const char *const *services;
	const char *meaning; /* for the message */
} KINDS[] = {
	{"within-team", TEAM_SAME, NULL, "a move within the same team"},
	{"between-teams", TEAM_OTHER, NULL, "a move to another team"},
	{"to-children-in-care", TEAM_OTHER, (const char *const[]){"child-in-care", NULL},
	 "a move to a team whose service is child-in-care"},
	{"to-permanence", TEAM_OTHER, (const char *const[]){"child-in-care", NULL},
	 "a move to the permanence team, whose service is child-in-care"},
	{"step-down", TEAM_OTHER, (const char *const[]){"early-help", NULL},
	 "a step-down to a team whose service is early-help"},
	{"movement", TEAM_OTHER, (const char *const[]){"child-in-need", "child-protection", NULL},
	 "a movement to a child protection and wellbeing team (service child-in-need or child-protection)"},
	{"to-another-authority", TEAM_NONE, NULL, "a move to another authority, so no team of ours receives"},
	{"emergency", TEAM_ANY, NULL, NULL},
	{"to-team-around-child", TEAM_ANY, NULL, NULL},
};

static const struct kind_row *kind_row(const char *kind)
{
	for (size_t i = 0; kind && i < sizeof KINDS / sizeof KINDS[0]; i++)
		if (!strcmp(KINDS[i].kind, kind))
			return &KINDS[i];
	return NULL;
}

static void contradiction(cc_audit_case *ac, const char *kind, const struct kind_row *row, const char *fact)
{
	cc_audit_add(ac, "transfer.kind-matches-record", ac->c->transfer.path, "/kind",
	             "kind is %s (%s) but %s: correct kind or the receiving side (to)", kind, row->meaning, fact);
}

void cc_check_transfer_kind_matches(cc_audit_case *ac)
{
	const char *kind = cc_transfer_kind(ac->c);
	const struct kind_row *row = kind_row(kind);
	if (!row || row->team == TEAM_ANY)
		return;
	const char *from = cc_transfer_from_team(ac->c), *to = cc_transfer_to_team(ac->c);
	const char *to_service = cc_team_service(ac->run, to), *from_service = cc_team_service(ac->run, from);
	const char *worker = cc_transfer_to_worker(ac->c);
	/* A finance-only special guardianship case also goes to the permanence
	 * team (004 §11): only a child in care moving there is a CIC transfer. */
	const char *case_service = cc_jstr(ac->c->case_doc.json, "service");
	bool case_in_care = case_service && !strcmp(case_service, "child-in-care");
	if (row->team == TEAM_NONE) {
		if (to || worker)
			contradiction(ac, kind, row, to ? "to.team names a team of ours" : "to.worker names a worker of ours");
		return;
	}
	if (!to || !from)
		return; /* transfer.complete and the schema ask for the teams */
	bool same = !strcmp(to, from);
	if (row->team == TEAM_SAME && !same)
		contradiction(ac, kind, row, "to.team is not from.team");
	else if (row->team == TEAM_OTHER && same)
		contradiction(ac, kind, row, "to.team is from.team");
	if (!to_service || same)
		return; /* a team missing from staff.json: integrity.references */
	if (row->services && !cc_str_in(to_service, row->services))
		contradiction(ac, kind, row, "the receiving team's service (to.team in staff.json) is another");
	else if (!row->services && !strcmp(to_service, "early-help"))
		contradiction(ac, kind, row, "to.team is an early-help team: that is a step-down");
	else if (!row->services && !strcmp(to_service, "child-in-care") && case_in_care &&
	         !(from_service && !strcmp(from_service, "child-in-care")))
		contradiction(ac, kind, row,
		              "a child in care (case.json service) moves to a child-in-care team (to.team) from another: that is to-children-in-care or to-permanence");
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
