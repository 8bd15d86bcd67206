/* docload.c: reading one JSON document from the source, parsing it
 * strictly and validating it against its kind's schema. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "json/internal.h"
#include "redact.h"
#include "util/xalloc.h"
#include "schema/tree.h"

#define SCHEMA_BASE "https://casecheck.example/schemas/v1/"

int cc_audit_compile_schemas(cc_audit_ctx *run, char **errmsg)
{
	if (cc_schema_set_new(&run->schemas) < 0) {
		*errmsg = cc_xstrdup("cannot create the schema set");
		return -1;
	}
	for (int k = 0; k < CC_KIND_COUNT; k++) {
		char *uri = cc_xasprintf(SCHEMA_BASE "%s.json", cc_kind_name((cc_doc_kind_id)k));
		cc_schema *s = NULL;
		char *msg = NULL;
		int rc = cc_schema_set_get(&s, run->schemas, uri, &msg);
		if (rc < 0) {
			*errmsg = cc_xasprintf("schema %s is unreadable: %s", uri, msg ? msg : "unknown error");
			free(msg);
			free(uri);
			return -1;
		}
		free(uri);
		run->schema[k] = s;
	}
	return 0;
}

/* Adds a finding at pointer, whose member names not in casecheck's
 * schemas are redacted (redact.h): the message says how many characters
 * and (unless it already names one) the nearest schema name; the real
 * pointer goes in the finding's value, shown only with --show-values,
 * followed by the value found there (value, may be NULL). */
static void add_at(const cc_audit_ctx *run, cc_findings *findings, const char *rule, const char *path,
                   const char *pointer, const char *message, const cJSON *value)
{
	cc_redacted r;
	cc_redact_pointer(&r, pointer);
	cc_finding *f;
	bool named = strstr(message, "did you mean") != NULL;
	if (r.count == 0)
		f = cc_audit_add_to(run, findings, rule, path, r.pointer, "%s", message);
	else
		f = cc_audit_add_to(run, findings, rule, path, r.pointer,
		                    "%s (a member name not in the schema is not shown%s%s%s)", message,
		                    r.suggest && !named ? "; did you mean \"" : "", r.suggest && !named ? r.suggest : "",
		                    r.suggest && !named ? "\"?" : "");
	cc_audit_set_value(f, r.count ? pointer : NULL, value);
	cc_redacted_clear(&r);
}

/* Reads and parses; on failure adds schema.parse to findings (when given)
 * and returns NULL. */
static cJSON *read_parse(const cc_audit_ctx *run, cc_source *src, cc_arena *arena, const char *path,
                         cc_findings *findings, bool *present)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	*present = false;
	int rc = cc_source_read(src, path, (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES], &buf, &len, &msg);
	if (rc == CC_ENOTFOUND || rc == CC_ENOTFILE)
		goto done; /* absent; links are reported by the folder listing */
	*present = true;
	if (rc == CC_ETOOBIG) {
		if (findings)
			cc_audit_add_to(run, findings, "schema.parse", path, "",
			                "the document is larger than max_document_bytes (%ld bytes)",
			                run->params[CC_PARAM_MAX_DOCUMENT_BYTES]);
		goto done;
	}
	if (rc < 0) {
		if (findings)
			cc_audit_add_to(run, findings, "schema.parse", path, "", "the document cannot be read");
		goto done;
	}
	cc_json_error err;
	memset(&err, 0, sizeof err);
	if (cc_json_parse_in(&doc, arena, buf, len, &run->limits, &err) < 0) {
		doc = NULL;
		if (findings) {
			char *m = cc_xasprintf("not valid JSON at line %zu, column %zu: %s", err.line, err.column,
			                       err.message);
			add_at(run, findings, "schema.parse", path, err.pointer, m, NULL);
			free(m);
		}
	}
done:
	free(buf);
	free(msg);
	return doc;
}

cJSON *cc_audit_load_json(const cc_audit_ctx *run, cc_source *src, cc_doc_kind_id kind,
                          const char *path, cc_findings *findings, bool *present,
                          cJSON **invalid_out)
{
	return cc_audit_load_json_in(run, src, NULL, kind, path, findings, present, invalid_out);
}

cJSON *cc_audit_load_json_in(const cc_audit_ctx *run, cc_source *src, cc_arena *arena, cc_doc_kind_id kind,
                             const char *path, cc_findings *findings, bool *present, cJSON **invalid_out)
{
	if (invalid_out)
		*invalid_out = NULL;
	cJSON *doc = read_parse(run, src, arena, path, findings, present);
	if (!doc)
		return NULL;
	cc_schema_report report = CC_SCHEMA_REPORT_INIT;
	cc_validate_options vopts = CC_VALIDATE_OPTIONS_INIT;
	vopts.format_assert = true;
	vopts.max_errors = 20;
	if (cc_schema_validate(run->schema[kind], doc, &vopts, &report) == 1) {
		cc_schema_report_clear(&report);
		return doc;
	}
	for (size_t i = 0; findings && i < report.count; i++) {
		const cc_schema_error *e = &report.errors[i];
		char *what = cc_schema_explain(run->schemas, e, doc);
		char *m = cc_xasprintf("not valid against the %s schema: %s", cc_kind_name(kind), what);
		add_at(run, findings, "schema.valid", path, e->instance_location, m,
		       cc_json_pointer_get(doc, e->instance_location));
		free(m);
		free(what);
	}
	if (findings && report.count == 0)
		cc_audit_add_to(run, findings, "schema.valid", path, "",
		                "not valid against the %s schema", cc_kind_name(kind));
	if (findings && report.truncated)
		cc_audit_add_to(run, findings, "schema.valid", path, "",
		                "more schema errors not shown; fix these first");
	cc_schema_report_clear(&report);
	if (invalid_out)
		*invalid_out = doc;
	else if (!arena)
		cJSON_Delete(doc);
	return NULL;
}
