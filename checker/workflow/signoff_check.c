/* signoff_check.c: whether a sign-off would count, for `casecheck signoff`
 * and the pre-commit hook: the signer (cc_signer_problem) and the
 * signature (cc_trust_check_signoff), the same two judgements the audit
 * makes, read from a source (the index, for the hook). */
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "json/json.h"
#include "trust/signer.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "util/xalloc.h"
#include "workflow/signoff.h"

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
/* How staff.json stands as read from src (cc_staff_state), and the
 * document when it parsed. */
static cJSON *read_staff(cc_source *src, cc_staff_state *st)
{
	char *buf = NULL, *dup = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	int rc = cc_source_read(src, "staff.json", (size_t)16 << 20, &buf, &len, NULL);
	*st = rc == CC_ENOTFOUND ? CC_STAFF_MISSING : rc == CC_ENOTFILE ? CC_STAFF_NOT_A_FILE : CC_STAFF_INVALID;
	if (rc == 0 && cc_json_parse(&doc, buf, len, NULL, NULL) == 0) {
		*st = (dup = cc_staff_duplicate(doc)) ? CC_STAFF_DUPLICATE : CC_STAFF_OK;
		free(dup);
	}
	free(buf);
	return doc;
}

/* Why the signer may not sign, or NULL: cc_signer_problem, the test the
 * audit applies to the file it will read, so that nothing is signed that
 * the audit would refuse. */
char *cc_signoff_signer_problem(cc_source *src, const char *case_dir, const char *role, const char *by, cc_date as_of)
{
	char *rel_case = cc_xasprintf("%s/case.json", case_dir);
	char *rel_transfer = cc_xasprintf("%s/transfer.json", case_dir);
	bool ignored = false;
	cc_signer_query q;
	memset(&q, 0, sizeof q);
	cJSON *staff = read_staff(src, &q.staff_state);
	cJSON *cs = read_json(src, rel_case, &ignored), *tr = read_json(src, rel_transfer, &ignored);
	q.staff = staff;
	q.case_doc = cs;
	q.transfer = tr;
	q.role = role;
	q.by = by;
	q.on = as_of;
	char *why = cc_signer_problem(&q);
	cJSON_Delete(staff);
	cJSON_Delete(cs);
	cJSON_Delete(tr);
	free(rel_case);
	free(rel_transfer);
	return why;
}

char *cc_signoff_problem(cc_source *src, const char *case_dir, const char *case_id, const cJSON *so,
                         const cc_trust *trust)
{
	const cJSON *by = cJSON_GetObjectItemCaseSensitive(so, "by"), *role = cJSON_GetObjectItemCaseSensitive(so, "role");
	const cJSON *date = cJSON_GetObjectItemCaseSensitive(so, "date");
	cc_date on = 0;
	if (!cJSON_IsString(by) || !cJSON_IsString(role) || !cJSON_IsString(date) ||
	    cc_date_parse(&on, date->valuestring, strlen(date->valuestring)) < 0)
		return cc_xstrdup("the sign-off lacks role, by or date");
	char *why = cc_signoff_signer_problem(src, case_dir, role->valuestring, by->valuestring, on);
	if (why)
		return why;
	bool counts = false;
	cc_sig_state st = cc_trust_check_signoff(trust, case_id, so, &counts, &why);
	if (counts) {
		free(why);
		return NULL;
	}
	char *msg = cc_xasprintf("signature %s: %s", cc_sig_state_name(st), why ? why : "");
	free(why);
	return msg;
}

/* Whether path is a file directly in the folder (such as "/signoffs/") of
 * a case folder under cases_dir. */
static bool in_case_folder(const char *path, const char *cases_dir, const char *folder)
{
	size_t prefix = strlen(cases_dir), n = strlen(folder);
	const char *slash;
	return !strncmp(path, cases_dir, prefix) && path[prefix] == '/' && (slash = strchr(path + prefix + 1, '/')) &&
	       !strncmp(slash, folder, n) && !strchr(slash + n, '/');
}

/* The kept record at path (in_case_folder) read as JSON and checked by
 * check; else unreadable. NULL: no problem. */
static char *record_problem(cc_source *src, const char *cases_dir, const char *path, const cc_trust *trust,
                            const char *unreadable,
                            char *(*check)(cc_source *, const char *, const char *, const cJSON *, const cc_trust *))
{
	const char *id = path + strlen(cases_dir) + 1, *slash = strchr(id, '/');
	char *case_id = cc_xstrndup(id, (size_t)(slash - id)), *case_dir = cc_xstrndup(path, (size_t)(slash - path));
	char *buf = NULL, *why;
	size_t len = 0;
	cJSON *doc = NULL;
	if (cc_source_read(src, path, (size_t)1 << 20, &buf, &len, NULL) < 0 ||
	    cc_json_parse(&doc, buf, len, NULL, NULL) < 0)
		why = cc_xstrdup(unreadable);
	else
		why = check(src, case_dir, case_id, doc, trust);
	cJSON_Delete(doc);
	free(buf);
	free(case_dir);
	free(case_id);
	return why;
}

void cc_hook_new_signoffs(char ***problems, size_t *n, cc_source *src, const cc_trust *trust, const char *cases_dir,
                          const cc_deltas *change)
{
	size_t cap = 0;
	*problems = NULL;
	*n = 0;
	if (!trust || !trust->signers)
		return;
	for (size_t i = 0; i < change->n; i++) {
		const cc_delta *d = &change->items[i];
		const char *path = d->path;
		if (d->old_mode || !d->new_mode || !in_case_folder(path, cases_dir, "/signoffs/"))
			continue; /* not added (a type change comes as a deletion and an addition), or not a case's sign-off */
		char *why = record_problem(src, cases_dir, path, trust, "the sign-off cannot be read as JSON",
		                           cc_signoff_problem);
		if (why) {
			*problems = cc_xgrow(*problems, &cap, *n + 1, sizeof **problems);
			(*problems)[(*n)++] = cc_xasprintf("%s: %s", path, why);
		}
		free(why);
	}
}

char *cc_waiver_signer_problem(cc_source *src, const char *case_dir, const char *case_id, const cJSON *w,
                               const cc_trust *trust)
{
	char *rel_case = cc_xasprintf("%s/case.json", case_dir), *why = NULL;
	bool ignored = false, counts = false;
	const cJSON *by = cJSON_GetObjectItemCaseSensitive(w, "by"), *date = cJSON_GetObjectItemCaseSensitive(w, "date");
	cc_signer_query q;
	memset(&q, 0, sizeof q);
	cJSON *staff = read_staff(src, &q.staff_state), *cs = read_json(src, rel_case, &ignored);
	q.staff = staff;
	q.case_doc = cs;
	q.by = cJSON_IsString(by) ? by->valuestring : NULL;
	if (cJSON_IsString(date))
		(void)cc_date_parse(&q.on, date->valuestring, strlen(date->valuestring));
	if (!(why = cc_waiver_problem(&q))) {
		cc_sig_state st = cc_trust_check_waiver(trust, case_id, w, &counts, &why);
		if (!counts) {
			char *msg = cc_xasprintf("signature %s: %s", cc_sig_state_name(st), why ? why : "");
			free(why);
			why = msg;
		} else {
			free(why);
			why = NULL;
		}
	}
	cJSON_Delete(staff);
	cJSON_Delete(cs);
	free(rel_case);
	return why;
}

void cc_hook_waivers(char ***problems, size_t *n, cc_source *src, const cc_trust *trust, const char *cases_dir,
                     const cc_deltas *change)
{
	size_t cap = 0;
	*problems = NULL;
	*n = 0;
	for (size_t i = 0; i < change->n; i++) {
		const cc_delta *d = &change->items[i];
		const char *path = d->path;
		char *why = NULL;
		if (!d->new_mode || !in_case_folder(path, cases_dir, "/waivers/"))
			continue; /* deleted (a waiver may be withdrawn), or not a case's waiver */
		if (d->old_mode) {
			why = cc_xstrdup("the waiver is changed; a waiver is never edited: write a new waiver (a new file, "
			                 "signed by the manager) and remove this one");
		} else if (trust && trust->signers) {
			why = record_problem(src, cases_dir, path, trust, "the waiver cannot be read as JSON",
			                     cc_waiver_signer_problem);
		}
		if (why) {
			*problems = cc_xgrow(*problems, &cap, *n + 1, sizeof **problems);
			(*problems)[(*n)++] = cc_xasprintf("%s: %s", path, why);
			free(why);
		}
	}
}
