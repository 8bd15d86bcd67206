/* signoff.c: `casecheck signoff` as a library call: check the options
 * and the signer, run the audit of the purpose on the index with the
 * sign-off rule being satisfied left out, compute the case folder's tree
 * id, write the sign-off file, and (commit) commit it alone. */
#include "workflow/signoff.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "casecheck/json.h"
#include "casecheck/rules.h"
#include "util/strbuf.h"
#include "util/safewrite.h"
#include "util/xalloc.h"
#include "casecheck/policy.h"
#include "workflow/signoff_git.h"
#include "workflow/staged.h"

/* The rule each role's sign-off satisfies (checker/audit's rule table),
 * left out of the audit the signer runs. */
#define TRANSFERRING_RULE "signoff.transferring-manager"
#define RECEIVING_RULE "signoff.receiving-manager"

bool cc_signoff_role_may_sign(const char *staff_role)
{
	static const char *const roles[] = {"team-manager", "practice-manager", "practice-supervisor",
	                                    "head-of-service", "operations-manager", NULL};
	for (size_t i = 0; staff_role && roles[i]; i++)
		if (!strcmp(staff_role, roles[i]))
			return true;
	return false;
}

void cc_signoff_result_clear(cc_signoff_result *r)
{
	free(r->message);
	free(r->path);
	memset(r, 0, sizeof *r);
}

static int check_options(const cc_signoff_options *o, bool *receiving, char **errmsg)
{
	if (!o->case_id || !cc_case_id_valid(o->case_id, strlen(o->case_id))) {
		*errmsg = cc_xstrdup("--case wants a case id (A-Z, 0-9 and '-', 3-32 characters)");
		return CC_ERROR;
	}
	if (!o->role || (strcmp(o->role, "transferring-manager") && strcmp(o->role, "receiving-manager"))) {
		*errmsg = cc_xstrdup("--role wants transferring-manager or receiving-manager");
		return CC_ERROR;
	}
	if (!o->by || !cc_staff_id_valid(o->by, strlen(o->by))) {
		*errmsg = cc_xstrdup("--by wants a staff id (a-z, 0-9 and '-')");
		return CC_ERROR;
	}
	if (o->purpose && strcmp(o->purpose, "transfer") && strcmp(o->purpose, "signoff")) {
		*errmsg = cc_xstrdup("--purpose wants transfer or signoff");
		return CC_ERROR;
	}
	*receiving = !strcmp(o->role, "receiving-manager");
	if (*receiving && o->purpose && strcmp(o->purpose, "transfer")) {
		*errmsg = cc_xstrdup("a receiving manager signs for the transfer only (--purpose transfer)");
		return CC_ERROR;
	}
	return 0;
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

static const char *jstr(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The document at rel in src, parsed, or NULL; *missing tells "no such
 * file" from "unreadable or not JSON". */
static cJSON *read_json(cc_source *src, const char *rel, bool *missing)
{
	char *buf = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	int rc = cc_source_read(src, rel, (size_t)16 << 20, &buf, &len, NULL);
	*missing = rc == CC_ENOTFOUND;
	if (rc == 0 && cc_json_parse(&doc, buf, len, NULL, NULL) < 0)
		doc = NULL;
	free(buf);
	return doc;
}

/* Why the signer may not sign, or NULL: the same test the audit's
 * signoff.transferring-manager rule applies to the file it will read
 * (checker/audit/rules_signoff.c), so that nothing is signed that the
 * audit would then refuse. With staff.json: a manager role, managing the
 * case's side of the transfer (the transfer record's from.manager — or
 * to.manager for the receiving manager —, the allocation's manager for the
 * transferring side, the manager of that side's team in staff.json, or a
 * head of service or operations manager), in post on the sign-off date
 * (left_on not before it). Without staff.json: only the manager the case
 * names for that side. An unreadable staff.json: nobody. */
static char *signer_problem(cc_source *src, const char *case_dir, const char *by, cc_date as_of, bool receiving)
{
	char *why = NULL, *rel_case = cc_xasprintf("%s/case.json", case_dir);
	char *rel_transfer = cc_xasprintf("%s/transfer.json", case_dir);
	bool missing_staff = false, ignored = false;
	cJSON *staff = read_json(src, "staff.json", &missing_staff);
	cJSON *cs = read_json(src, rel_case, &ignored), *tr = read_json(src, rel_transfer, &ignored);
	const char *side = receiving ? "to" : "from";
	const cJSON *tside = cJSON_GetObjectItemCaseSensitive(tr, side);
	bool named = same(by, jstr(tside, "manager")) ||
	             (!receiving && same(by, jstr(cJSON_GetObjectItemCaseSensitive(cs, "allocation"), "manager")));

	if (!staff) {
		if (!missing_staff)
			why = cc_xstrdup("staff.json is unreadable or not JSON, so the signer cannot be checked");
		else if (!named)
			why = cc_xasprintf("without staff.json only the manager the case names may sign (transfer.json %s.manager%s)",
			                   side, receiving ? "" : " or the allocation's manager");
		goto done;
	}
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(staff, "staff"), *m = NULL, *it;
	if (!cJSON_IsArray(list))
		list = NULL;
	cJSON_ArrayForEach(it, list)
		if (same(jstr(it, "id"), by))
			m = it;
	if (!m) {
		why = cc_xasprintf("%s is not in staff.json", by);
		goto done;
	}
	const char *role = jstr(m, "role");
	if (!cc_signoff_role_may_sign(role)) {
		why = cc_xasprintf("%s is not a manager in staff.json (team-manager, practice-manager, practice-supervisor, "
		                   "head-of-service or operations-manager may sign)", by);
		goto done;
	}
	bool manages = named || same(role, "head-of-service") || same(role, "operations-manager");
	const char *team = receiving ? jstr(tside, "team") : jstr(cs, "team");
	const cJSON *teams = cJSON_GetObjectItemCaseSensitive(staff, "teams");
	if (!cJSON_IsArray(teams))
		teams = NULL;
	cJSON_ArrayForEach(it, teams)
		manages = manages || (same(jstr(it, "id"), team) && same(jstr(it, "manager"), by));
	if (!manages) {
		why = cc_xasprintf("%s does not manage the %s side of this case (transfer.json %s.manager%s, the team's "
		                   "manager in staff.json, or a head of service or operations manager may sign)",
		                   by, receiving ? "receiving" : "transferring", side,
		                   receiving ? "" : ", the allocation's manager");
		goto done;
	}
	const char *left = jstr(m, "left_on");
	cc_date left_on;
	if (left && (cc_date_parse(&left_on, left, strlen(left)) < 0 || left_on < as_of))
		why = cc_xasprintf("%s had left before the sign-off date (staff.json left_on) and cannot sign", by);
done:
	cJSON_Delete(staff);
	cJSON_Delete(cs);
	cJSON_Delete(tr);
	free(rel_case);
	free(rel_transfer);
	return why;
}

/* Forwards to the caller's sink and notes the case's verdict. */
typedef struct verdict_sink {
	const cc_audit_sink *inner;
	bool seen, ready;
	size_t warnings;
} verdict_sink;

static void v_begin(void *ctx, const cc_audit_meta *m)
{
	verdict_sink *v = ctx;
	if (v->inner && v->inner->begin)
		v->inner->begin(v->inner->ctx, m);
}

static void v_case(void *ctx, cc_case_result *r)
{
	verdict_sink *v = ctx;
	v->seen = true;
	v->ready = r->ready;
	v->warnings = r->n_warnings;
	if (v->inner && v->inner->on_case)
		v->inner->on_case(v->inner->ctx, r);
	else
		cc_case_result_free(r);
}

static void v_end(void *ctx, const cc_audit_summary *s)
{
	verdict_sink *v = ctx;
	if (v->inner && v->inner->end)
		v->inner->end(v->inner->ctx, s);
}

/* Whether rel exists in the index or on disk. */
static bool taken(cc_source *src, const char *rel)
{
	char *buf = NULL, *abs = cc_xasprintf("%s/%s", cc_source_root(src), rel);
	size_t len;
	struct stat st;
	bool in_index = cc_source_read(src, rel, 1 << 20, &buf, &len, NULL) != CC_ENOTFOUND;
	bool on_disk = lstat(abs, &st) == 0;
	free(buf);
	free(abs);
	return in_index || on_disk;
}

/* Appends "  \"key\": <value as a JSON string>" to sb. */
static void put_field(cc_strbuf *sb, const char *key, const char *value, bool last)
{
	cJSON *str = cJSON_CreateString(value);
	char *quoted = str ? cJSON_PrintUnformatted(str) : NULL;
	cJSON_Delete(str);
	if (!quoted)
		abort(); /* cJSON could not allocate: as cc_x* do */
	cc_strbuf_printf(sb, "  \"%s\": %s%s\n", key, quoted, last ? "" : ",");
	cJSON_free(quoted);
}

/* The sign-off document, two-space indented, keys in schema order. */
static char *signoff_json(const cc_signoff_options *o, const char *purpose, const char *content, bool warnings)
{
	char date[11];
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_date_format(o->as_of, date);
	cc_strbuf_puts(&sb, "{\n");
	put_field(&sb, "format", "casecheck/signoff@1", false);
	put_field(&sb, "role", o->role, false);
	put_field(&sb, "by", o->by, false);
	put_field(&sb, "date", date, false);
	put_field(&sb, "purpose", purpose, false);
	put_field(&sb, "content", content, false);
	put_field(&sb, "result", warnings ? "ready-with-warnings" : "ready", !o->comment);
	if (o->comment)
		put_field(&sb, "comment", o->comment, true);
	cc_strbuf_puts(&sb, "}\n");
	return cc_strbuf_detach(&sb);
}

int cc_signoff_run(cc_signoff_result *res, const cc_signoff_options *o, const cc_audit_sink *sink,
                   char **errmsg)
{
	int rc = CC_ERROR;
	bool receiving = false;
	cc_source *src = NULL;
	cc_policy policy = CC_POLICY_INIT;
	char *case_dir = NULL, *rel = NULL, *text = NULL, *msg = NULL;
	cc_audit_summary summary;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;

	memset(res, 0, sizeof *res);
	memset(&summary, 0, sizeof summary);
	*errmsg = NULL;
	if (check_options(o, &receiving, errmsg) < 0)
		return CC_ERROR;
	const char *purpose = o->purpose ? o->purpose : "transfer";
	so.kind = CC_SOURCE_INDEX;
	so.repo_dir = o->repo_dir;
	if (cc_source_open(&src, &so, errmsg) < 0)
		goto done;

	if (o->commit) {
		bool differs = false;
		if (cc_signoff_can_commit(src, errmsg) < 0 || cc_signoff_staged_changes(&differs, src, errmsg) < 0)
			goto done;
		if (differs) {
			res->outcome = CC_SIGNOFF_REFUSED;
			res->message = cc_xstrdup("other changes are staged: with --commit the sign-off must be of "
			                          "exactly what HEAD holds. Commit or unstage them first.");
			rc = 0;
			goto done;
		}
	}
	if (cc_policy_load(&policy, src, errmsg) < 0)
		goto done;
	case_dir = cc_xasprintf("%s/%s", policy.cases_dir, o->case_id);
	if ((res->message = signer_problem(src, case_dir, o->by, o->as_of, receiving))) {
		res->outcome = CC_SIGNOFF_REFUSED;
		rc = 0;
		goto done;
	}

	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = receiving ? CC_PURPOSE_RECEIVE
	             : !strcmp(purpose, "signoff") ? CC_PURPOSE_SIGNOFF : CC_PURPOSE_TRANSFER;
	ao.as_of = o->as_of;
	ao.cases = &o->case_id;
	ao.n_cases = 1;
	ao.skip_rule = receiving ? (cc_rules_find(RECEIVING_RULE) ? RECEIVING_RULE : NULL)
	                         : (cc_rules_find(TRANSFERRING_RULE) ? TRANSFERRING_RULE : NULL);
	verdict_sink v = {sink, false, false, 0};
	cc_audit_sink vs = {v_begin, v_case, v_end, &v};
	if (cc_audit_run(src, &ao, &vs, &summary, errmsg) < 0)
		goto done;
	if (!v.seen || !v.ready || cc_findings_count(&summary.repo_findings, CC_SEVERITY_ERROR) > 0) {
		res->outcome = CC_SIGNOFF_NOT_READY;
		rc = 0;
		goto done;
	}

	if (cc_source_tree_id(src, case_dir, "signoffs", res->content, &msg) < 0) {
		*errmsg = cc_xasprintf("cannot compute the case folder's tree id: %s", msg ? msg : "error");
		goto done;
	}
	char date[11];
	cc_date_format(o->as_of, date);
	rel = cc_xasprintf("%s/signoffs/%s-%s.json", case_dir, date, o->role);
	for (int k = 2; taken(src, rel) && k < 1000; k++) {
		free(rel);
		rel = cc_xasprintf("%s/signoffs/%s-%s-%d.json", case_dir, date, o->role, k);
	}
	text = signoff_json(o, purpose, res->content, v.warnings > 0);
	/* Only into a real folder inside the work tree: a symlinked cases
	 * folder, case folder or signoffs/ refuses the write. */
	if (cc_write_new_beneath(cc_source_root(src), rel, text, strlen(text), errmsg) < 0)
		goto done;
	if (o->commit) {
		char *message = cc_xasprintf("Sign-off: %s %s by %s (%s, %s)\n\n"
		                             "casecheck signoff: the %s audit was ready%s on case folder tree %s\n"
		                             "(the case folder without signoffs/), which this commit does not change.\n",
		                             o->case_id, o->role, o->by, purpose, date, cc_purpose_name(ao.purpose),
		                             v.warnings ? " with warnings" : "", res->content);
		int crc = cc_signoff_commit_file(res->commit, src, rel, text, strlen(text), message, errmsg);
		free(message);
		if (crc < 0) {
			if (!res->commit[0]) { /* nothing committed: leave nothing behind */
				char *abs = cc_xasprintf("%s/%s", cc_source_root(src), rel);
				unlink(abs);
				free(abs);
			}
			goto done;
		}
	}
	res->outcome = CC_SIGNOFF_WRITTEN;
	res->warnings = v.warnings > 0;
	res->path = rel;
	rel = NULL;
	rc = 0;
done:
	cc_audit_summary_clear(&summary);
	free(msg);
	free(text);
	free(rel);
	free(case_dir);
	cc_policy_clear(&policy);
	cc_source_free(src);
	if (rc < 0)
		cc_signoff_result_clear(res);
	return rc;
}
