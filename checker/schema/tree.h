/* schema/tree.h: validation of documents held in memory (cJSON trees
 * from cc_json_parse), for the library's modules: the audit, the policy
 * loader, the templates. Not API: programs validate files
 * (casecheck/schema.h), so how documents are held stays the library's
 * business. */
#ifndef CC_SCHEMA_TREE_H
#define CC_SCHEMA_TREE_H

#include <cjson/cJSON.h>

#include "casecheck/schema.h"

/* Adds a schema document, taking ownership of doc (even on failure). Its
 * retrieval URI is uri, or its `$id` when uri is NULL. Embedded `$id`s and
 * `$anchor`s inside it become addressable too. Returns 0, or -1 with a
 * message in *errmsg (caller frees). */
int cc_schema_set_add(cc_schema_set *set, const char *uri, cJSON *doc, char **errmsg);

/* Validates instance. Returns 1 when valid, 0 when invalid (errors in
 * *report, which must be CC_SCHEMA_REPORT_INIT or cleared). opts may be
 * NULL for the defaults. Never fails otherwise. */
int cc_schema_validate(const cc_schema *schema, const cJSON *instance,
                       const cc_validate_options *opts, cc_schema_report *report);

/* Error e of a validation of instance against a schema of set, told as
 * what to write: an enum's allowed values, the schema's description of
 * what a pattern, format or alternatives want, that a date's day does not
 * exist, the nearest allowed property for one that is not allowed (or the
 * allowed ones), a missing property's description. Falls back to
 * e->message. Never quotes a value or member name of the instance (they
 * may be personal). Returns a new string (caller frees); cannot fail.
 * Thread-safe as cc_schema_validate() is. */
char *cc_schema_explain(cc_schema_set *set, const cc_schema_error *e, const cJSON *instance);

#endif
