/* policy_load.c: cc_policy_load(), the one reader of casecheck.json and
 * the files it points at (see casecheck/policy.h). The audit applies what
 * it returns (policy.c); the hook, `casecheck signoff` and the --output
 * guard use the same answer. */
#include "casecheck/policy.h"
#include "date/calendar_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "jget.h"
#include "util/path.h"
#include "util/xalloc.h"

#define CONFIG_SCHEMA "https://casecheck.example/schemas/v1/config.json"

static const char *const config_keys[] = {"$schema", "format", "profile", "cases_dir", "parameters",
                                          "bank_holidays", "min_casecheck_version"};

/* What kind of entry path is, for a message: "a symbolic link", ... */
static const char *entry_kind(cc_source *src, const char *path)
{
	cc_dirlist list = CC_DIRLIST_INIT;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? cc_xstrndup(path, (size_t)(slash - path)) : cc_xstrdup("");
	const char *name = slash ? slash + 1 : path, *kind = "not a regular file";
	if (cc_source_list(src, dir, &list, NULL) == 0) {
		for (size_t i = 0; i < list.count; i++) {
			if (strcmp(list.items[i].name, name) != 0)
				continue;
			switch (list.items[i].type) {
			case CC_ENTRY_DIR: kind = "a folder"; break;
			case CC_ENTRY_SYMLINK: kind = "a symbolic link"; break;
			case CC_ENTRY_SUBMODULE: kind = "a git submodule"; break;
			default: break;
			}
		}
	}
	cc_dirlist_clear(&list);
	free(dir);
	return kind;
}

/* The message for a policy file that is there but is not a file. */
static char *not_a_file(cc_source *src, const char *path)
{
	return cc_xasprintf("%s is %s, not a file: casecheck never follows it, and without it the "
	                    "repository's policy cannot be read. Commit %s itself as a regular file",
	                    path, entry_kind(src, path), path);
}

/* Reads and parses a policy file. Returns 0 (*doc set), CC_ENOTFOUND
 * (absent), or CC_ERROR with *errmsg: a file that is there but cannot be
 * read as a file is never taken for an absent one (the defaults would
 * silently apply), and one that is not JSON says where. */
static int read_policy_json(cc_source *src, const char *path, const cc_json_limits *limits, cJSON **doc,
                            char **errmsg)
{
	char *buf = NULL, *msg = NULL, *why = NULL;
	size_t len = 0;
	cc_json_error err;
	int rc = cc_source_read(src, path, limits->max_bytes, &buf, &len, &msg);
	*doc = NULL;
	if (rc == CC_ENOTFILE)
		why = not_a_file(src, path);
	else if (rc == CC_ETOOBIG)
		why = cc_xasprintf("%s: larger than %zu bytes; the policy cannot be read", path, limits->max_bytes);
	else if (rc < 0 && rc != CC_ENOTFOUND)
		why = cc_xasprintf("%s cannot be read: %s", path, msg ? msg : "error");
	else if (rc == 0 && cc_json_parse(doc, buf, len, limits, &err) < 0) {
		*doc = NULL;
		why = cc_xasprintf("%s: %s: not valid JSON at line %zu, column %zu: %s", path,
		                   err.pointer[0] ? err.pointer : "(root)", err.line, err.column, err.message);
	}
	free(buf);
	free(msg);
	if (!why)
		return rc;
	*errmsg = why;
	return CC_ERROR;
}

/* X.Y.Z into three numbers; -1 when s is not that. */
static int parse_version(const char *s, long v[3])
{
	for (int i = 0; i < 3; i++) {
		char *end;
		if (*s < '0' || *s > '9')
			return -1;
		v[i] = strtol(s, &end, 10);
		if (end - s > 9 || *end != (i < 2 ? '.' : '\0'))
			return -1;
		s = end + (i < 2);
	}
	return 0;
}

bool cc_policy_version_at_least(const char *version, const char *min)
{
	long a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
	if (parse_version(version, a) < 0)
		memset(a, 0, sizeof a);
	if (parse_version(min, b) < 0)
		memset(b, 0, sizeof b);
	for (int i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] > b[i];
	return true;
}

/* min_casecheck_version first, before any other check: a newer
 * repository's keys would otherwise be refused as unknown, which is the
 * puzzling message this field exists to replace. */
static int check_min_version(const cJSON *doc, char **errmsg)
{
	const cJSON *v = cJSON_IsObject(doc) ? cJSON_GetObjectItemCaseSensitive(doc, "min_casecheck_version") : NULL;
	long parts[3];
	if (!cJSON_IsString(v) || parse_version(v->valuestring, parts) < 0)
		return 0; /* absent, or not X.Y.Z: the schema says so */
	if (cc_policy_version_at_least(CASECHECK_VERSION, v->valuestring))
		return 0;
	*errmsg = cc_xasprintf("this repository needs casecheck %s or later", v->valuestring);
	return -1;
}

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
			                       "parameters, bank_holidays, min_casecheck_version)", p);
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

/* The config schema (after our own checks, which name keys better). */
static int check_config_schema(const cJSON *doc, char **errmsg)
{
	cc_schema_set *set = NULL;
	cc_schema *schema = NULL;
	cc_schema_report report = CC_SCHEMA_REPORT_INIT;
	cc_validate_options vopts = CC_VALIDATE_OPTIONS_INIT;
	char *msg = NULL;
	int rc = -1;
	vopts.format_assert = true;
	vopts.max_errors = 1;
	if (cc_schema_set_new(&set) < 0 || cc_schema_set_get(&schema, set, CONFIG_SCHEMA, &msg) < 0) {
		*errmsg = cc_xasprintf("schema %s is unreadable: %s", CONFIG_SCHEMA, msg ? msg : "error");
		goto done;
	}
	if (cc_schema_validate(schema, doc, &vopts, &report) == 1)
		rc = 0;
	else if (report.count) {
		char *what = cc_schema_explain(set, &report.errors[0], doc);
		*errmsg = cc_xasprintf("casecheck.json: %s: not valid against the config schema "
		                       "(`casecheck schema config` prints it): %s",
		                       report.errors[0].instance_location[0] ? report.errors[0].instance_location
		                                                             : "(root)",
		                       what);
		free(what);
	}
	else
		*errmsg = cc_xstrdup("casecheck.json: not valid against the config schema");
done:
	cc_schema_report_clear(&report);
	cc_schema_set_free(set);
	free(msg);
	return rc;
}

static int load_config(cc_policy *p, cc_source *src, const cc_json_limits *limits, char **errmsg)
{
	cJSON *doc = NULL;
	int rc = read_policy_json(src, CC_POLICY_CONFIG, limits, &doc, errmsg);
	if (rc == CC_ENOTFOUND)
		return 0;
	if (rc < 0)
		return -1;
	p->present = true;
	rc = -1;
	if (check_min_version(doc, errmsg) < 0 || check_config_keys(doc, errmsg) < 0 ||
	    check_config_schema(doc, errmsg) < 0)
		goto done;
	const char *s;
	if ((s = cc_jstr(doc, "profile")))
		p->profile = cc_xstrdup(s);
	if ((s = cc_jstr(doc, "cases_dir"))) {
		free(p->cases_dir);
		p->cases_dir = cc_path_dup_trimmed(s);
		p->cases_dir_configured = true;
	}
	if ((s = cc_jstr(doc, "bank_holidays"))) {
		free(p->calendar_path);
		p->calendar_path = cc_xstrdup(s);
		p->calendar_configured = true;
	}
	if ((s = cc_jstr(doc, "min_casecheck_version")))
		p->min_version = cc_xstrdup(s);
	const cJSON *it, *params = cc_jget(doc, "parameters");
	cJSON_ArrayForEach(it, params) {
		long v;
		if (cc_jint(params, it->string, &v) == 0)
			p->params[cc_param_find(it->string)] = v;
	}
	rc = 0;
done:
	cJSON_Delete(doc);
	return rc;
}

static int load_calendar(cc_policy *p, cc_source *src, const cc_json_limits *limits, char **errmsg)
{
	char *msg = NULL;
	cJSON *doc = NULL;
	const char *path = p->calendar_path;
	int rc = read_policy_json(src, path, limits, &doc, errmsg);
	if (rc == CC_ENOTFOUND && !p->calendar_configured)
		return 0;
	if (rc == CC_ENOTFOUND)
		*errmsg = cc_xasprintf("%s: the bank-holiday file named by casecheck.json bank_holidays is not there",
		                       path);
	if (rc < 0)
		return -1;
	if (cc_calendar_from_json(&p->calendar, doc, &msg) < 0) {
		*errmsg = cc_xasprintf("%s: %s", path, msg ? msg : "not a bank-holiday file");
		rc = -1;
	}
	free(msg);
	cJSON_Delete(doc);
	return rc;
}

/* staff.json is the audit's to validate (a bad one is a finding), but one
 * that is there and is not a file would silently read as "no staff list". */
static int check_staff(cc_source *src, char **errmsg)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	int rc = cc_source_read(src, CC_POLICY_STAFF, 1, &buf, &len, &msg); /* only what it is */
	free(buf);
	free(msg);
	if (rc != CC_ENOTFILE)
		return 0;
	*errmsg = not_a_file(src, CC_POLICY_STAFF);
	return -1;
}

int cc_policy_load(cc_policy *out, cc_source *src, char **errmsg)
{
	cc_json_limits limits = CC_JSON_LIMITS_INIT;
	*out = (cc_policy)CC_POLICY_INIT;
	*errmsg = NULL;
	out->cases_dir = cc_xstrdup("cases");
	out->calendar_path = cc_xstrdup(CC_POLICY_CALENDAR_DEFAULT);
	out->params = cc_xcalloc(CC_PARAM_COUNT, sizeof *out->params);
	for (int i = 0; i < CC_PARAM_COUNT; i++)
		out->params[i] = cc_param_at((cc_param_id)i)->def;
	limits.max_depth = (size_t)out->params[CC_PARAM_MAX_JSON_DEPTH];
	limits.max_bytes = (size_t)out->params[CC_PARAM_MAX_DOCUMENT_BYTES];
	if (load_config(out, src, &limits, errmsg) < 0)
		goto fail;
	limits.max_depth = (size_t)out->params[CC_PARAM_MAX_JSON_DEPTH];
	limits.max_bytes = (size_t)out->params[CC_PARAM_MAX_DOCUMENT_BYTES];
	if (load_calendar(out, src, &limits, errmsg) < 0 || check_staff(src, errmsg) < 0)
		goto fail;
	return 0;
fail:
	cc_policy_clear(out);
	return CC_ERROR;
}

bool cc_policy_has_file(const cc_policy *p, const char *path)
{
	return !strcmp(path, CC_POLICY_CONFIG) || !strcmp(path, CC_POLICY_STAFF) ||
	       (p->calendar_path && !strcmp(path, p->calendar_path));
}

bool cc_policy_in_cases_dir(const cc_policy *p, const char *path)
{
	size_t n = strlen(p->cases_dir);
	return !strncmp(path, p->cases_dir, n) && (path[n] == '\0' || path[n] == '/');
}

void cc_policy_clear(cc_policy *p)
{
	free(p->profile);
	free(p->cases_dir);
	free(p->calendar_path);
	cc_calendar_free(p->calendar);
	free(p->min_version);
	free(p->params);
	*p = (cc_policy)CC_POLICY_INIT;
}
