/* removal.c: writing a removal record (see casecheck/workflow.h). */
#include "casecheck/workflow.h"
#include "trust/records.h"

#include <stdlib.h>
#include <string.h>

#include "audit/removals.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "json/json.h"
#include "casecheck/schema.h"
#include "casecheck/source.h"
#include "util/xalloc.h"
#include "workflow/record.h"

void cc_removal_result_clear(cc_removal_result *res)
{
	free(res->path);
	free(res->message);
	memset(res, 0, sizeof *res);
}

/* The record, keys in schema order (without its signature). */
static cJSON *record(const cc_removal_options *o)
{
	char date[11];
	cJSON *doc = cJSON_CreateObject(), *items = cJSON_CreateArray();
	cc_date_format(o->on, date);
	cJSON_AddStringToObject(doc, "format", "casecheck/removal@1");
	cJSON_AddStringToObject(doc, "case_id", o->case_id);
	for (size_t i = 0; i < o->n_files; i++) {
		cJSON *it = cJSON_CreateObject();
		cJSON_AddStringToObject(it, "file", o->files[i]);
		cJSON_AddItemToArray(items, it);
	}
	for (size_t i = 0; i < o->n_entries; i++) {
		cJSON *it = cJSON_CreateObject();
		cJSON_AddStringToObject(it, "entry", o->entries[i]);
		cJSON_AddItemToArray(items, it);
	}
	if (o->case_folder) {
		cJSON *it = cJSON_CreateObject();
		cJSON_AddTrueToObject(it, "case_folder");
		cJSON_AddItemToArray(items, it);
	}
	cJSON_AddItemToObject(doc, "removes", items);
	cJSON_AddStringToObject(doc, "reason", o->reason);
	if (o->moved_to)
		cJSON_AddStringToObject(doc, "moved_to", o->moved_to);
	cJSON_AddStringToObject(doc, "by", o->by);
	cJSON_AddStringToObject(doc, "on", date);
	return doc;
}

/* Signs doc (adds "signature") with key. */
static int sign(cJSON *doc, const char *key, bool literal, char **errmsg)
{
	char *payload = cc_removal_payload(doc), *sig = NULL;
	if (!payload) {
		*errmsg = cc_xstrdup("the removal record's payload cannot be formed (a value holds a control character)");
		return CC_ERROR;
	}
	int rc = cc_trust_sign(&sig, key, literal, CC_REMOVAL_NAMESPACE, payload, errmsg);
	free(payload);
	if (rc < 0)
		return rc;
	cJSON_AddStringToObject(doc, "signature", sig);
	free(sig);
	return 0;
}

/* Why the record would not be in force, judged as the hooks judge it
 * (staff.json as staged), or NULL. */
static char *problem(cc_source *src, const cJSON *doc, const cc_trust *trust, char **errmsg, int *rc)
{
	cc_schema_set *set = NULL;
	const cc_schema *schema = NULL;
	cJSON *staff = NULL;
	char *buf = NULL, *why = NULL;
	size_t len = 0;
	if (cc_source_read(src, "staff.json", (size_t)16 << 20, &buf, &len, NULL) == 0 &&
	    cc_json_parse(&staff, buf, len, NULL, NULL) < 0)
		staff = NULL;
	cc_schema_set_new(&set);
	if ((*rc = cc_removal_schema(&schema, set, errmsg)) == 0)
		why = cc_removal_problem(doc, schema, staff, trust);
	cc_schema_set_free(set);
	cJSON_Delete(staff);
	free(buf);
	return why;
}

int cc_removal_write(cc_removal_result *res, const cc_removal_options *o, char **errmsg)
{
	cc_source *src = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cJSON *doc = NULL;
	char *key = NULL, *rel = NULL;
	bool literal = false;
	int rc = CC_ERROR;
	memset(res, 0, sizeof *res);
	*errmsg = NULL;
	if (!o->case_id || !cc_case_id_valid(o->case_id, strlen(o->case_id))) {
		*errmsg = cc_xstrdup("--case wants a valid case id");
		return CC_ERROR;
	}
	if (!o->n_files && !o->n_entries && !o->case_folder) {
		*errmsg = cc_xstrdup("name what was removed: --file PATH, --entry ID or --case-folder");
		return CC_ERROR;
	}
	if (cc_workflow_signing_key(&key, &literal, &res->message, o->key, o->repo_dir, o->trust, "removal record",
	                            errmsg) < 0)
		return CC_ERROR;
	if (res->message)
		return 0;
	so.kind = CC_SOURCE_INDEX;
	so.repo_dir = o->repo_dir;
	if (cc_source_open(&src, &so, errmsg) < 0)
		goto done;
	doc = record(o);
	if (key && sign(doc, key, literal, errmsg) < 0)
		goto done;
	char *why = problem(src, doc, o->trust, errmsg, &rc);
	if (why || rc < 0) {
		if (why)
			res->message = cc_xasprintf("the removal record would not be in force: %s", why);
		free(why);
		goto done; /* rc: 0 refused, or CC_ERROR */
	}
	rel = cc_workflow_record_path(src, CC_REMOVALS_DIR, NULL, o->on, o->case_id);
	if ((rc = cc_workflow_write_record(src, rel, doc, errmsg)) < 0)
		goto done;
	res->written = true;
	res->signed_record = key != NULL;
	res->path = rel;
	rel = NULL;
	rc = 0;
done:
	free(rel);
	free(key);
	cJSON_Delete(doc);
	cc_source_free(src);
	if (rc < 0)
		cc_removal_result_clear(res);
	return rc;
}
