/* policy.c: the audit applies the repository's policy, read by
 * cc_policy_load() (policy_load.c): parameters, profile, cases folder and
 * calendar, with a repository warning for each way the policy is weaker
 * than the seeds; staff.json is validated here (a bad staff.json is a
 * repository finding; a policy that cannot be read is an error). */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "jget.h"
#include "casecheck/policy.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* ---- config.parameter-weaker-than-seed ---- */

/* The timescale parameters, which way each is less strict, and the seed
 * section its default stands for. A parameter not listed here (the
 * resource limits, and any parameter added later) is not a timescale and
 * is never reported. */
static const struct timescale {
	cc_param_id id;
	int weaker;       /* +1: a larger value is less strict; -1: a smaller one */
	const char *seed; /* the seed section of the timescale */
} timescales[] = {
	/* "within N days" and "no older than / no gap longer than N days":
	 * more days allowed is weaker. */
	{CC_PARAM_CHRONOLOGY_MAX_AGE_DAYS, +1, "001 §2, 002, 004 §2"},
	{CC_PARAM_CHRONOLOGY_GAP_DAYS, +1, "004 §1"},
	{CC_PARAM_ALLOCATION_TASKS_WORKING_DAYS, +1, "003 §2"},
	{CC_PARAM_REFERRER_CONFIRMATION_WORKING_DAYS, +1, "003 §2"},
	{CC_PARAM_ALLOCATION_UPDATE_WORKING_DAYS, +1, "003 §3"},
	{CC_PARAM_CHRONOLOGY_EVENT_TOLERANCE_DAYS, +1, "001 §2, 002, 004 §2"},
	/* "visits up to date" (002) at the statutory or local interval. */
	{CC_PARAM_VISIT_INTERVAL_CIN_WORKING_DAYS, +1, "002"},
	{CC_PARAM_VISIT_INTERVAL_CP_WORKING_DAYS, +1, "002"},
	{CC_PARAM_VISIT_INTERVAL_CARE_DAYS, +1, "002"},
	{CC_PARAM_VISIT_INTERVAL_PATHWAY_DAYS, +1, "002"},
	/* "at least N before the review": less notice is weaker. */
	{CC_PARAM_BETWEEN_TEAMS_NOTICE_MONTHS, -1, "003 §3"},
	{CC_PARAM_NEW_WORKER_NAMED_WORKING_DAYS, -1, "003 §3"},
	/* A parent born at least N years before the child: a smaller N lets
	 * more implausible parent links pass. */
	{CC_PARAM_MIN_PARENT_AGE_YEARS, -1, "004 §1, §4"},
	/* A child of at least N years gets a one-page profile: a larger N
	 * leaves more children without one. */
	{CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS, +1, "002"},
	/* The receiving worker not off sick or on prolonged leave (002):
	 * looking fewer working days ahead, or calling only longer absences
	 * prolonged, lets more unavailable workers receive. */
	{CC_PARAM_RECEIVING_AVAILABLE_WORKING_DAYS, -1, "002"},
	{CC_PARAM_PROLONGED_ABSENCE_WORKING_DAYS, +1, "002"},
	/* A wider window for this transfer lets older evidence count. */
	{CC_PARAM_TRANSFER_DECISION_LEAD_MONTHS, +1, "003 §3"},
	{CC_PARAM_TRANSFER_RECEIVING_PERIOD_MONTHS, +1, "003 §3"},
};

/* A repository warning for each timescale parameter that casecheck.json
 * sets less strictly than its default, naming the file, the pointer, the
 * value in force and the default (no case data). */
static void report_weaker_parameters(const cc_audit_ctx *run, cc_findings *repo)
{
	for (size_t i = 0; i < sizeof timescales / sizeof timescales[0]; i++) {
		const struct timescale *t = &timescales[i];
		const cc_param_info *info = cc_param_at(t->id);
		long v = run->params[t->id], diff = v - info->def;
		if (diff == 0 || (diff > 0) != (t->weaker > 0))
			continue;
		char *ptr = cc_xasprintf("/parameters/%s", info->name);
		cc_audit_add_to(run, repo, "config.parameter-weaker-than-seed", "casecheck.json", ptr,
		                "%s is set to %ld, less strict than the default %ld (%s; seed %s); the audit applies %ld",
		                info->name, v, info->def, info->unit, t->seed, v);
		free(ptr);
	}
}

/* ---- config.calendar-adds-days ---- */

/* A repository warning when the repository's calendar takes working days
 * away that the England and Wales table keeps: every working-day deadline
 * then stretches over them. Names the days (dates are not personal data). */
static void report_added_days(const cc_audit_ctx *run, const char *path, cc_findings *repo)
{
	enum { SHOWN = 8 };
	cc_date days[SHOWN];
	if (!run->own_cal)
		return;
	size_t n = cc_calendar_added_days(run->own_cal, cc_calendar_builtin(), days, SHOWN);
	if (n == 0)
		return;
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < n && i < SHOWN; i++) {
		char d[11];
		cc_date_format(days[i], d);
		cc_strbuf_printf(&sb, "%s%s", i ? ", " : "", d);
	}
	if (n > SHOWN)
		cc_strbuf_printf(&sb, " and %zu more", n - SHOWN);
	cc_audit_add_to(run, repo, "config.calendar-adds-days", path, "",
	                "the bank-holiday calendar makes %zu weekday%s a holiday that the England and Wales "
	                "table does not (%s); working-day deadlines are counted without %s",
	                n, n == 1 ? "" : "s", sb.buf ? sb.buf : "", n == 1 ? "it" : "them");
	cc_strbuf_free(&sb);
}

int cc_audit_load_policy(cc_audit_ctx *run, cc_source *src, const char *profile_opt,
                         cc_findings *repo, char **errmsg)
{
	cc_policy pol;
	int rc;
	run->limits = (cc_json_limits)CC_JSON_LIMITS_INIT;
	run->cal = cc_calendar_builtin();
	if ((rc = cc_policy_load(&pol, src, errmsg)) < 0)
		return rc;
	memcpy(run->params, pol.params, sizeof run->params);
	run->limits.max_depth = (size_t)run->params[CC_PARAM_MAX_JSON_DEPTH];
	run->limits.max_bytes = (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES];
	run->cases_dir = pol.cases_dir;
	pol.cases_dir = NULL;
	run->cases_dir_configured = pol.cases_dir_configured;
	run->profile = cc_xstrdup(profile_opt ? profile_opt : pol.profile ? pol.profile : "core");
	run->own_cal = pol.calendar;
	pol.calendar = NULL;
	if (run->own_cal)
		run->cal = run->own_cal;
	if (cc_profile_parse(run->profile) < 0) {
		char *names = cc_profile_names_joined(", ");
		*errmsg = cc_xasprintf("unknown profile '%s' (%s)", run->profile, names);
		free(names);
		rc = -1;
		goto done;
	}
	cc_audit_compute_enabled(run);
	report_weaker_parameters(run, repo);
	report_added_days(run, pol.calendar_path, repo);
	run->staff = cc_audit_load_json(run, src, CC_KIND_STAFF, CC_POLICY_STAFF, repo, &run->staff_present, NULL);
	cc_id_index_build(&run->staff_ix, cc_jarr(run->staff, "staff"), "id");
	cc_id_index_build(&run->team_ix, cc_jarr(run->staff, "teams"), "id");
	cc_audit_staff_state(run, src, repo);
done:
	cc_policy_clear(&pol);
	return rc;
}

void cc_audit_ctx_clear(cc_audit_ctx *run)
{
	free(run->profile);
	free(run->cases_dir);
	cc_calendar_free(run->own_cal);
	cc_id_index_free(&run->staff_ix);
	cc_id_index_free(&run->team_ix);
	cJSON_Delete(run->staff);
	cc_schema_set_free(run->schemas);
	free(run->enabled);
	cc_history_run_free(run->history_run);
	cc_stale_run_free(run->stale_run);
	memset(run, 0, sizeof *run);
}
