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

/* Serves every URI that starts with prefix from the file at the rest of the
 * URI under dir, read when first referenced. Returns 0 or -1 (*errmsg). */
CC_EXTERN int cc_schema_set_map_dir(cc_schema_set *set, const char *prefix, const char *dir, char **errmsg);

/* The compiled schema at uri (with an optional #fragment). Compiles it and
 * everything it references on first use; every `$ref` must resolve and the
 * schema must be valid against its metaschema. Returns 0, or -1 with a
 * message naming the URI and keyword location in *errmsg. */
CC_EXTERN int cc_schema_set_get(cc_schema **out, cc_schema_set *set, const char *uri, char **errmsg);

/* Reads the schema document at path (a JSON file on disk), adds it under
 * its file:// URI, serving the files of its folder (and of its `$id`'s
 * folder, when that is an absolute URI) for the `$ref`s it makes, and
 * compiles it into *out (borrowed from set). Returns 0; CC_ENOTJSON when
 * it is not well-formed JSON, *errmsg "PATH: /pointer: not well-formed
 * JSON: why [line L, column C]"; or CC_ERROR with *errmsg "cannot read
 * PATH: why" or "bad schema PATH: why". *errmsg is the caller's. */
CC_EXTERN int cc_schema_set_add_file(cc_schema **out, cc_schema_set *set, const char *path, char **errmsg);

/* Validates the JSON document in the file at path. Returns 1 when valid,
 * 0 when invalid (errors in *report, which must be CC_SCHEMA_REPORT_INIT
 * or cleared); CC_ENOTJSON or CC_ERROR with *errmsg as for
 * cc_schema_set_add_file. opts may be NULL for the defaults. Thread-safe
 * for one schema and separate reports. */
CC_EXTERN int cc_schema_validate_file(const cc_schema *schema, const char *path, const cc_validate_options *opts,
                                      cc_schema_report *report, char **errmsg);

CC_EXTERN void cc_schema_report_clear(cc_schema_report *report);

/* The schemas casecheck checks its own records against, as built into the
 * library: the i-th (from 0) by its file name, the kind then ".json"
 * ("case.json"), with its text in *text and *len (either may be NULL), or
 * NULL past the last. Static. `casecheck schema KIND` prints one. */
CC_EXTERN const char *cc_schema_shipped(size_t i, const char **text, size_t *len);
/* Writes the shipped schema name ("case.json") as dir/name, never
 * replacing a file and never through a symbolic link. Returns 0, or a
 * negative code with *errmsg (caller frees). */
CC_EXTERN int cc_schema_write_shipped(const char *dir, const char *name, char **errmsg);

#endif
