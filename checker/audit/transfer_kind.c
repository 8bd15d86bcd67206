/* transfer_kind.c: the kinds table of docs/rules.md ("Kinds and what the
 * record must say") in one place: what from.team, to.team and the
 * receiving team's service must be for each kind, and which kind the
 * record shows when it contradicts its label. The loader keeps that kind
 * beside the label (cc_case.shown_kind), so the checks of the transfer the
 * record really is run as well as the label's (transfer_util.h,
 * cc_transfer_kind_is); transfer.kind-matches-record reports the
 * contradiction. */
#include <string.h>

#include "casemodel.h"
#include "jget.h"
#include "transfer_util.h"

/* How to.team stands to from.team. */
typedef enum team_rel {
	TEAM_ANY = 0, /* no constraint */
	TEAM_SAME,    /* the same team */
	TEAM_OTHER,   /* another team of ours */
	TEAM_NONE     /* no team of ours receives */
} team_rel;

/* One row a kind. services: the receiving team's service in staff.json
 * must be one of these (NULL: any). */
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

static bool is(const char *s, const char *want)
{
	return s && !strcmp(s, want);
}

/* The kind a move between two different teams of ours is, from the
 * receiving team's service: early help is a step-down; a child in care
 * moving to a child-in-care team from another is a move to the children in
 * care team; anything else is between teams. */
static const char *other_team_kind(const char *to_service, const char *from_service, bool case_in_care)
{
	if (is(to_service, "early-help"))
		return "step-down";
	if (is(to_service, "child-in-care") && case_in_care && !is(from_service, "child-in-care"))
		return "to-children-in-care";
	return "between-teams";
}

static void contradict(cc_kind_check *out, const struct kind_row *row, const char *fact, const char *shown)
{
	out->meaning = row->meaning;
	out->fact = fact;
	out->shown = shown;
}

void cc_transfer_kind_check(const cc_audit_ctx *run, const cc_case *c, cc_kind_check *out)
{
	const char *kind = c->transfer.json ? c->kind : NULL;
	const struct kind_row *row = kind_row(kind);
	memset(out, 0, sizeof *out);
	if (!row || row->team == TEAM_ANY)
		return;
	const char *from = cc_transfer_from_team(c), *to = cc_transfer_to_team(c);
	const char *to_service = cc_team_service(run, to), *from_service = cc_team_service(run, from);
	/* A finance-only special guardianship case also goes to the permanence
	 * team (004 §11): only a child in care moving there is a CIC transfer. */
	bool case_in_care = is(cc_jstr(c->case_doc.json, "service"), "child-in-care");
	bool same = to && from && !strcmp(to, from);
	const char *other = same ? "within-team" : other_team_kind(to_service, from_service, case_in_care);
	if (row->team == TEAM_NONE) {
		if (to)
			contradict(out, row, "to.team names a team of ours", from ? other : NULL);
		else if (cc_transfer_to_worker(c))
			contradict(out, row, "to.worker names a worker of ours", NULL);
		return;
	}
	if (!to || !from)
		return; /* transfer.complete and the schema ask for the teams */
	if (row->team == TEAM_SAME && !same)
		contradict(out, row, "to.team is not from.team", other);
	else if (row->team == TEAM_OTHER && same)
		contradict(out, row, "to.team is from.team", "within-team");
	if (out->fact || !to_service || same)
		return; /* a team missing from staff.json: integrity.references */
	if (row->services && !cc_str_in(to_service, row->services))
		contradict(out, row, "the receiving team's service (to.team in staff.json) is another", other);
	else if (!row->services && is(to_service, "early-help"))
		contradict(out, row, "to.team is an early-help team: that is a step-down", "step-down");
	else if (!row->services && is(other, "to-children-in-care"))
		contradict(out, row,
		           "a child in care (case.json service) moves to a child-in-care team (to.team) from another: that is to-children-in-care or to-permanence",
		           "to-children-in-care");
}

const char *cc_transfer_shown_kind(const cc_audit_ctx *run, const cc_case *c)
{
	cc_kind_check k;
	cc_transfer_kind_check(run, c, &k);
	return k.shown && !is(k.shown, c->kind) ? k.shown : NULL;
}
