/* removals.c: reading removal records and asking what they cover (see
 * removals.h). */
#include "removals.h"
#include "schema/tree.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "casecheck/error.h"
#include "trust/signer.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "casemodel.h"
#include "jget.h"
#include "util/xalloc.h"

#define REMOVAL_SCHEMA "https://casecheck.example/schemas/v1/removal.json"
#define MAX_RECORD_BYTES ((size_t)1 << 20)

static bool ends_with_json(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && !strcmp(name + n - 5, ".json");
}

/* The staff.json member with id (a scan: records are few), or NULL. */
static const cJSON *staff_member(const cJSON *staff, const char *id)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jarr(staff, "staff")) {
		const char *sid = cc_jstr(it, "id");
		if (sid && !strcmp(sid, id))
			return it;
	}
	return NULL;
}

/* Why the signature of the valid record doc does not count (allowed
 * signers configured: unsigned, bad, another person's key, outside its
 * validity), or NULL. Owned. */
static char *signature_problem(const cJSON *doc, const cc_trust *trust)
{
	bool counts = true;
	char *why = NULL;
	cc_sig_state st = cc_trust_check_removal(trust, doc, &counts, &why);
	if (counts) {
		free(why);
		return NULL;
	}
	char *msg = cc_xasprintf("its signature is %s (%s)", cc_sig_state_name(st), why ? why : "");
	free(why);
	return msg;
}

/* Why the valid record doc may not be in force, or NULL. Owned. */
static char *authority_problem(const cJSON *doc, const cJSON *staff, const cc_trust *trust)
{
	const char *by = cc_jstr(doc, "by");
	cc_date on, left;
	if (!staff)
		return signature_problem(doc, trust);
	const cJSON *m = staff_member(staff, by);
	if (!m)
		return cc_xstrdup("its \"by\" is not listed in staff.json");
	if (!cc_signer_role_may_sign(cc_jstr(m, "role")))
		return cc_xstrdup("its \"by\" is not a manager in staff.json (a removal is a manager's decision)");
	if (cc_jdate(m, "left_on", &left) == 0 && cc_jdate(doc, "on", &on) == 0 && left < on)
		return cc_xstrdup("its \"by\" had left (staff.json left_on) before its date");
	return signature_problem(doc, trust);
}

static void take_items(cc_removal *r, const cJSON *doc)
{
	const cJSON *it;
	size_t cap = 0;
	cJSON_ArrayForEach(it, cc_jarr(doc, "removes")) {
		cc_removal_item item = {CC_REMOVAL_CASE, NULL};
		if (cc_jstr(it, "file"))
			item = (cc_removal_item){CC_REMOVAL_FILE, cc_xstrdup(cc_jstr(it, "file"))};
		else if (cc_jstr(it, "entry"))
			item = (cc_removal_item){CC_REMOVAL_ENTRY, cc_xstrdup(cc_jstr(it, "entry"))};
		r->items = cc_xgrow(r->items, &cap, r->n_items + 1, sizeof *r->items);
		r->items[r->n_items++] = item;
	}
}

/* Why doc is not valid against the removal schema, or NULL. Owned. */
static char *schema_problem(const cJSON *doc, const cc_schema *schema)
{
	cc_schema_report report = CC_SCHEMA_REPORT_INIT;
	cc_validate_options vopts = CC_VALIDATE_OPTIONS_INIT;
	char *problem = NULL;
	vopts.format_assert = true;
	vopts.max_errors = 1;
	if (cc_schema_validate(schema, doc, &vopts, &report) != 1)
		problem = cc_xasprintf("it is not valid against the removal schema (%s: %s)",
		                       report.count ? report.errors[0].instance_location : "",
		                       report.count ? report.errors[0].message : "invalid");
	cc_schema_report_clear(&report);
	return problem;
}

char *cc_removal_problem(const cJSON *doc, const cc_schema *schema, const cJSON *staff, const cc_trust *trust)
{
	char *problem = schema_problem(doc, schema);
	return problem ? problem : authority_problem(doc, staff, trust);
}

int cc_removal_schema(const cc_schema **out, cc_schema_set *schemas, char **errmsg)
{
	cc_schema *schema = NULL;
	if (cc_schema_set_get(&schema, schemas, REMOVAL_SCHEMA, errmsg) < 0)
		return CC_ERROR;
	*out = schema;
	return 0;
}

/* Reads, parses and validates one record into r (r->path set). */
static void load_one(cc_removal *r, cc_source *src, const cc_schema *schema, const cJSON *staff,
                     const cc_trust *trust, const cc_json_limits *limits)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	if (cc_source_read(src, r->path, MAX_RECORD_BYTES, &buf, &len, &msg) < 0)
		r->problem = cc_xstrdup("it cannot be read as a file");
	else if (cc_json_parse(&doc, buf, len, limits, NULL) < 0)
		r->problem = cc_xstrdup("it is not valid JSON");
	else if (!(r->problem = schema_problem(doc, schema))) {
		r->case_id = cc_xstrdup(cc_jstr(doc, "case_id"));
		r->problem = authority_problem(doc, staff, trust);
		take_items(r, doc);
	}
	cJSON_Delete(doc);
	free(buf);
	free(msg);
}

int cc_removals_load(cc_removals *out, cc_source *src, cc_schema_set *schemas, const cJSON *staff,
                     const cc_trust *trust, const cc_json_limits *limits, char **errmsg)
{
	cc_dirlist list = CC_DIRLIST_INIT;
	const cc_schema *schema = NULL;
	char *msg = NULL;
	size_t cap = 0;
	memset(out, 0, sizeof *out);
	int rc = cc_source_list(src, CC_REMOVALS_DIR, &list, &msg);
	if (rc == CC_ENOTFOUND || rc == CC_ENOTFILE) {
		rc = 0;
		goto done;
	}
	if (rc < 0 || cc_removal_schema(&schema, schemas, &msg) < 0) {
		*errmsg = cc_xasprintf("%s: cannot read the removal records: %s", CC_REMOVALS_DIR, msg ? msg : "error");
		rc = CC_ERROR;
		goto done;
	}
	for (size_t i = 0; i < list.count; i++) {
		if (list.items[i].type != CC_ENTRY_FILE || !ends_with_json(list.items[i].name))
			continue;
		out->recs = cc_xgrow(out->recs, &cap, out->n + 1, sizeof *out->recs);
		cc_removal *r = &out->recs[out->n++];
		memset(r, 0, sizeof *r);
		r->path = cc_xasprintf("%s/%s", CC_REMOVALS_DIR, list.items[i].name);
		load_one(r, src, schema, staff, trust, limits);
	}
done:
	free(msg);
	cc_dirlist_clear(&list);
	return rc;
}

void cc_removals_clear(cc_removals *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		cc_removal *r = &rs->recs[i];
		for (size_t k = 0; k < r->n_items; k++)
			free(r->items[k].value);
		free(r->items);
		free(r->path);
		free(r->case_id);
		free(r->problem);
	}
	free(rs->recs);
	memset(rs, 0, sizeof *rs);
}

/* Whether item covers the removal (what, value). */
static bool item_covers(const cc_removal_item *item, cc_removal_what what, const char *value)
{
	if (item->what == CC_REMOVAL_CASE)
		return true;
	if (what == CC_REMOVAL_CASE)
		return false;
	if (item->what == what)
		return !strcmp(item->value, value);
	/* the whole chronology file covers each of its entries */
	return what == CC_REMOVAL_ENTRY && item->what == CC_REMOVAL_FILE && !strcmp(item->value, "chronology.json");
}

static const cc_removal *find(const cc_removals *rs, const char *case_id, cc_removal_what what, const char *value,
                              bool in_force)
{
	for (size_t i = 0; rs && i < rs->n; i++) {
		const cc_removal *r = &rs->recs[i];
		if (!r->case_id || strcmp(r->case_id, case_id) || (r->problem == NULL) != in_force)
			continue;
		for (size_t k = 0; k < r->n_items; k++)
			if (item_covers(&r->items[k], what, value))
				return r;
	}
	return NULL;
}

const cc_removal *cc_removals_covering(const cc_removals *rs, const char *case_id, cc_removal_what what,
                                       const char *value)
{
	return find(rs, case_id, what, value, true);
}

const cc_removal *cc_removals_naming(const cc_removals *rs, const char *case_id, cc_removal_what what,
                                     const char *value)
{
	return find(rs, case_id, what, value, false);
}
