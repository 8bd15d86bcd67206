/* jget.h: type-checked reads from cJSON trees, for rules. Every function
 * accepts NULL and wrong types and then answers "absent", so a rule never
 * crashes on a document shaped differently from what it expects. */
#ifndef CC_AUDIT_JGET_H
#define CC_AUDIT_JGET_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "casecheck/date.h"

/* The member key of obj, or NULL. Borrowed. */
const cJSON *cc_jget(const cJSON *obj, const char *key);
/* The string member key (NULL when absent, not a string, or holding NUL bytes). */
const char *cc_jstr(const cJSON *obj, const char *key);
/* True when key is a non-empty string (after trimming spaces). */
bool cc_jstr_given(const cJSON *obj, const char *key);
/* The array member key, or NULL. */
const cJSON *cc_jarr(const cJSON *obj, const char *key);
/* The object member key, or NULL. */
const cJSON *cc_jobj(const cJSON *obj, const char *key);
/* 1 true, 0 false, -1 absent or not a boolean. */
int cc_jbool(const cJSON *obj, const char *key);
/* The integer member key in *out; 0, or -1 when absent or not an integer. */
int cc_jint(const cJSON *obj, const char *key, long *out);
/* A full date member: 0, or -1 when absent or not a YYYY-MM-DD string. */
int cc_jdate(const cJSON *obj, const char *key, cc_date *out);
/* A full or partial date member. */
int cc_jpdate(const cJSON *obj, const char *key, cc_partial_date *out);
/* True when the array arr holds the string s. */
bool cc_jarr_has_str(const cJSON *arr, const char *s);
/* True when the string member key is one of the NULL-terminated list. */
bool cc_jstr_in(const cJSON *obj, const char *key, const char *const *list);
/* True when s is one of the NULL-terminated list (false for NULL). */
bool cc_str_in(const char *s, const char *const *list);
/* The string node's text, or NULL (not a string, or with NUL bytes). */
const char *cc_jtext(const cJSON *node);

#endif
