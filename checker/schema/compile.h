/* schema/compile.h: shared by compile.c (nodes, references, dialects) and
 * compile_kw.c (keywords). */
#ifndef CC_SCHEMA_COMPILE_H
#define CC_SCHEMA_COMPILE_H

#include "schema/internal.h"

/* One compilation: the set and where the first error message goes. */
typedef struct comp {
	cc_schema_set *set;
	char **errmsg;
} comp;

/* Records "<location>/<kw>: <message>" as the error (the first one wins),
 * marks n failed, and returns -1. fmt takes one %s, arg. */
int compile_fail(comp *c, cnode *n, const char *kw, const char *fmt, const char *arg);
/* Compiles the subschema json found under parent's keyword kw (and key or
 * index, when not NULL / negative). NULL on failure. */
cnode *compile_child(comp *c, cnode *parent, const cJSON *json, const char *kw, const char *key, long index);
/* Compiles an array of subschemas into *out (owned by the node). */
int compile_child_array(comp *c, cnode *n, const cJSON *arr, const char *kw, cnode ***out, size_t *count);

/* compile_kw.c; bits are the dialect's vocabularies. */
int compile_kw_applicators(comp *c, cnode *n, const cJSON *j, unsigned bits);
int compile_kw_validation(comp *c, cnode *n, const cJSON *j, unsigned bits);

#endif
