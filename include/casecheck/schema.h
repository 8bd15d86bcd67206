/* casecheck/schema.h: JSON Schema draft 2020-12 validation.
 *
 * A cc_schema_set holds schema resources by URI: the official 2020-12,
 * 2019-09, draft-07 and draft-04 metaschemas and casecheck's own schemas
 * are built in (2020-12 is the default dialect); more are
 * added from documents or folders. Nothing is ever fetched from a network.
 *
 * Typical use:
 *     cc_schema_set *set; cc_schema *s; char *msg = NULL;
 *     cc_schema_set_new(&set);
 *     cc_schema_set_add(set, NULL, doc, &msg);            // takes doc
 *     cc_schema_set_get(&s, set, "https://…/note.json", &msg);
 *     cc_schema_validate(s, instance, &opts, &report);    // many times
 *     cc_schema_report_clear(&report);
 *     cc_schema_set_free(set);                            // frees s too
 *
 * Threads: once cc_schema_set_get() has returned a schema, any number of
 * threads may call cc_schema_validate() on it at the same time, provided
 * nothing is added to the set meanwhile. */
#ifndef CASECHECK_SCHEMA_H
#define CASECHECK_SCHEMA_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct cc_schema_set cc_schema_set;
typedef struct cc_schema cc_schema; /* borrowed from its set */

typedef struct cc_schema_error {
	char *instance_location; /* RFC 6901 pointer into the instance */
	char *keyword_location;  /* absolute URI#pointer of the failing keyword */
	char *message;           /* plain English; never quotes string values */
} cc_schema_error;

typedef struct cc_schema_report {
	cc_schema_error *errors; /* owned; cc_schema_report_clear frees */
	size_t count;
	bool truncated; /* more errors than max_errors */
} cc_schema_report;

#define CC_SCHEMA_REPORT_INIT { NULL, 0, false }

typedef struct cc_validate_options {
	bool format_assert; /* treat `format` as an assertion */
	size_t max_errors;  /* cap on reported errors; 0 means 100 */
} cc_validate_options;

#define CC_VALIDATE_OPTIONS_INIT { false, 100 }

/* A new set with the built-in resources. Returns 0. */
CC_EXTERN int cc_schema_set_new(cc_schema_set **out);
CC_EXTERN void cc_schema_set_free(cc_schema_set *set);

/* Adds a schema document, taking ownership of doc (even on failure). Its
 * retrieval URI is uri, or its `$id` when uri is NULL. Embedded `$id`s and
 * `$anchor`s inside it become addressable too. Returns 0, or -1 with a
 * message in *errmsg (caller frees). */
CC_EXTERN int cc_schema_set_add(cc_schema_set *set, const char *uri, cJSON *doc, char **errmsg);

/* Serves every URI that starts with prefix from the file at the rest of the
 * URI under dir, read when first referenced. Returns 0 or -1 (*errmsg). */
CC_EXTERN int cc_schema_set_map_dir(cc_schema_set *set, const char *prefix, const char *dir, char **errmsg);

/* The compiled schema at uri (with an optional #fragment). Compiles it and
 * everything it references on first use; every `$ref` must resolve and the
 * schema must be valid against its metaschema. Returns 0, or -1 with a
 * message naming the URI and keyword location in *errmsg. */
CC_EXTERN int cc_schema_set_get(cc_schema **out, cc_schema_set *set, const char *uri, char **errmsg);

/* Validates instance. Returns 1 when valid, 0 when invalid (errors in
 * *report, which must be CC_SCHEMA_REPORT_INIT or cleared). opts may be
 * NULL for the defaults. Never fails otherwise. */
CC_EXTERN int cc_schema_validate(const cc_schema *schema, const cJSON *instance,
                       const cc_validate_options *opts, cc_schema_report *report);

CC_EXTERN void cc_schema_report_clear(cc_schema_report *report);

/* Error e of a validation of instance against a schema of set, told as
 * what to write: an enum's allowed values, the schema's description of
 * what a pattern, format or alternatives want, that a date's day does not
 * exist, the nearest allowed property for one that is not allowed (or the
 * allowed ones), a missing property's description. Falls back to
 * e->message. Never quotes a value or member name of the instance (they
 * may be personal). Returns a new string (caller frees); cannot fail.
 * Thread-safe as cc_schema_validate() is. */
CC_EXTERN char *cc_schema_explain(cc_schema_set *set, const cc_schema_error *e, const cJSON *instance);

#endif
