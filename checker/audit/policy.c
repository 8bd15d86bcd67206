/* policy.c: the repository's policy: casecheck.json (profile, cases_dir,
 * parameters, bank_holidays), staff.json and the bank-holiday calendar.
 * A bad casecheck.json or calendar is an environment error (the audit
 * would not mean what the repository asked for); a bad staff.json is a
 * repository finding. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "jget.h"
#include "util/xalloc.h"

static const char *const config_keys[] = {"$schema", "format", "profile", "cases_dir", "parameters",
                                          "bank_holidays"};

/* Our own key checks first, so the message names the unknown key. */
static int check_config_keys(const cJSON *doc, char **errmsg)
{
	const cJSON *it;
	if (!cJSON_IsObject(doc)) {
		*errmsg = cc_xstrdup("casecheck.json: (root): must be an object");
		return -1;
	}
	cJSON_ArrayForEach(it, doc) {
		bool known = false;
		for (size_t i = 0; i < sizeof config_keys / sizeof config_keys[0]; i++)
			known |= !strcmp(it->string, config_keys[i]);
		if (!known) {
			char *p = cc_audit_printable(it->string, cc_json_key_len(it));
			*errmsg = cc_xasprintf("casecheck.json: /%s: unknown key (allowed: profile, cases_dir, "
			                       "parameters, bank_holidays)", p);
			free(p);
			return -1;
		}
	}
	const cJSON *params = cc_jget(doc, "parameters");
	if (params && !cJSON_IsObject(params)) {
		*errmsg = cc_xstrdup("casecheck.json: /parameters: must be an object");
		return -1;
	}
	cJSON_ArrayForEach(it, params) {
		char *p = cc_audit_printable(it->string, cc_json_key_len(it));
		int id = cc_param_find(it->string);
		long v = 0;
		int rc = 0;
		if (id < 0) {
			*errmsg = cc_xasprintf("casecheck.json: /parameters/%s: unknown parameter "
			                       "('casecheck rules' lists the parameters)", p);
			rc = -1;
		} else if (cc_jint(params, it->string, &v) < 0 || v < cc_param_at(id)->min ||
		           v > cc_param_at(id)->max) {
			*errmsg = cc_xasprintf("casecheck.json: /parameters/%s: must be a whole number from %ld to %ld",
			                       p, cc_param_at(id)->min, cc_param_at(id)->max);
			rc = -1;
		}
		free(p);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int load_config(cc_audit_ctx *run, cc_source *src, const char **profile_out,
                       char **bank_path, char **errmsg)
{
	cc_findings f = CC_FINDINGS_INIT;
	bool present = false;
	int rc = 0;
	/* Read without schema first, so unknown keys get our message. */
	cJSON *doc = cc_audit_load_json(run, src, CC_KIND_CONFIG, "casecheck.json", &f, &present, NULL);
	if (!present)
		goto done;
	if (!doc) {
		/* Re-parse only to tell unknown keys apart from other schema errors. */
		char *buf = NULL;
		size_t len = 0;
		cJSON *raw = NULL;
		if (cc_source_read(src, "casecheck.json", (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES],
		                   &buf, &len, NULL) == 0 &&
		    cc_json_parse(&raw, buf, len, &run->limits, NULL) == 0 && check_config_keys(raw, errmsg) < 0) {
			free(buf);
			cJSON_Delete(raw);
			rc = -1;
			goto done;
		}
		free(buf);
		cJSON_Delete(raw);
		if (f.count)
			*errmsg = cc_xasprintf("casecheck.json: %s: %s", f.items[0].pointer[0] ? f.items[0].pointer : "(root)",
			                       f.items[0].message);
		else
			*errmsg = cc_xstrdup("casecheck.json: not valid");
		rc = -1;
		goto done;
	}
	if ((rc = check_config_keys(doc, errmsg)) < 0)
		goto done;
	const char *prof = cc_jstr(doc, "profile");
	if (prof && !*profile_out)
		*profile_out = prof;
	if (prof) {
		free(run->profile);
		run->profile = cc_xstrdup(prof);
	}
	const char *cd = cc_jstr(doc, "cases_dir");
	if (cd) {
		free(run->cases_dir);
		run->cases_dir = cc_xstrdup(cd);
		run->cases_dir_configured = true;
	}
	const char *bh = cc_jstr(doc, "bank_holidays");
	if (bh)
		*bank_path = cc_xstrdup(bh);
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jget(doc, "parameters")) {
		long v;
		if (cc_jint(cc_jget(doc, "parameters"), it->string, &v) == 0)
			run->params[cc_param_find(it->string)] = v;
	}
done:
	cc_findings_clear(&f);
	cJSON_Delete(doc);
	return rc;
}

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
	/* "at least N before the review": less notice is weaker. */
	{CC_PARAM_BETWEEN_TEAMS_NOTICE_MONTHS, -1, "003 §3"},
	{CC_PARAM_NEW_WORKER_NAMED_WORKING_DAYS, -1, "003 §3"},
	/* A parent born at least N years before the child: a smaller N lets
	 * more implausible parent links pass. */
	{CC_PARAM_MIN_PARENT_AGE_YEARS, -1, "004 §1, §4"},
	/* A child of at least N years gets a one-page profile: a larger N
	 * leaves more children without one. */
	{CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS, +1, "002"},
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

static int load_calendar(cc_audit_ctx *run, cc_source *src, const char *path, bool required,
                         char **errmsg)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	int rc = cc_source_read(src, path, (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES], &buf, &len, &msg);
	free(msg);
	msg = NULL;
	if (rc == CC_ENOTFOUND && !required) {
		rc = 0;
		goto done;
	}
	if (rc < 0) {
		*errmsg = cc_xasprintf("%s: the bank-holiday file cannot be read", path);
		goto done;
	}
	cc_json_error err;
	if (cc_json_parse(&doc, buf, len, &run->limits, &err) < 0) {
		*errmsg = cc_xasprintf("%s: %s: not valid JSON at line %zu: %s", path, err.pointer, err.line,
		                       err.message);
		rc = -1;
		goto done;
	}
	if (cc_calendar_from_json(&run->own_cal, doc, &msg) < 0) {
		*errmsg = cc_xasprintf("%s: %s", path, msg ? msg : "not a bank-holiday file");
		rc = -1;
		goto done;
	}
	run->cal = run->own_cal;
done:
	free(msg);
	free(buf);
	cJSON_Delete(doc);
	return rc < 0 ? -1 : 0;
}

int cc_audit_load_policy(cc_audit_ctx *run, cc_source *src, const char *profile_opt,
                         cc_findings *repo, char **errmsg)
{
	const char *profile = profile_opt;
	char *bank = NULL;
	int rc;
	for (int i = 0; i < CC_PARAM_COUNT; i++)
		run->params[i] = cc_param_at((cc_param_id)i)->def;
	run->limits = (cc_json_limits)CC_JSON_LIMITS_INIT;
	run->limits.max_depth = (size_t)run->params[CC_PARAM_MAX_JSON_DEPTH];
	run->limits.max_bytes = (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES];
	run->cases_dir = cc_xstrdup("cases");
	run->profile = cc_xstrdup("core");
	run->cal = cc_calendar_builtin();
	cc_audit_compute_enabled(run); /* schema.* are on in every profile */
	if ((rc = load_config(run, src, &profile, &bank, errmsg)) < 0)
		goto done;
	run->limits.max_depth = (size_t)run->params[CC_PARAM_MAX_JSON_DEPTH];
	run->limits.max_bytes = (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES];
	if (profile_opt) {
		free(run->profile);
		run->profile = cc_xstrdup(profile_opt);
	}
	if (cc_profile_parse(run->profile) < 0) {
		char *names = cc_profile_names_joined(", ");
		*errmsg = cc_xasprintf("unknown profile '%s' (%s)", run->profile, names);
		free(names);
		rc = -1;
		goto done;
	}
	cc_audit_compute_enabled(run);
	report_weaker_parameters(run, repo);
	if ((rc = load_calendar(run, src, bank ? bank : "calendar/bank-holidays.json", bank != NULL, errmsg)) < 0)
		goto done;
	run->staff = cc_audit_load_json(run, src, CC_KIND_STAFF, "staff.json", repo, &run->staff_present, NULL);
	cc_id_index_build(&run->staff_ix, cc_jarr(run->staff, "staff"), "id");
	cc_id_index_build(&run->team_ix, cc_jarr(run->staff, "teams"), "id");
	cc_audit_staff_state(run, src, repo);
done:
	free(bank);
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
	memset(run, 0, sizeof *run);
}
