/* schema_support: helpers shared by the schema module's unit tests. Each
 * fails the running Check test on an unexpected result. */
#ifndef CC_TESTS_SCHEMA_SUPPORT_H
#define CC_TESTS_SCHEMA_SUPPORT_H

#include <cjson/cJSON.h>

#include "casecheck/schema.h"

/* The URI the schema under test is added at. */
#define URI "https://casecheck.invalid/test/schema.json"

/* Parses text (cJSON_Delete it). */
cJSON *json(const char *text);
/* Adds schema_text at URI to set and compiles it: 0, or -1 with *msg
 * (caller frees). */
int try_compile(cc_schema_set *set, const char *schema_text, cc_schema **out, char **msg);
/* A new set holding schema_text at URI, and the compiled schema in *out. */
cc_schema_set *compile(const char *schema_text, cc_schema **out);
/* Expects compiling schema_text to fail; returns the message (caller frees). */
char *compile_error(const char *schema_text);
/* Validates the instance text with the default options: 1 valid, 0 invalid
 * (with at least one error reported). */
int validates(const cc_schema *s, const char *instance);

#define VALID(s, text) ck_assert_msg(validates(s, text) == 1, "expected valid: %s", text)
#define INVALID(s, text) ck_assert_msg(validates(s, text) == 0, "expected invalid: %s", text)

#endif
