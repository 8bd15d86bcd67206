/* jsonw: a streaming, indented JSON writer onto a FILE.
 *
 * Used by the JSON and SARIF reports so that a caseload is written case by
 * case, never held whole in memory. Strings are escaped as RFC 8259 says
 * and any invalid UTF-8 becomes U+FFFD, so the output always parses.
 * Write errors are left in the FILE (ferror) for the caller's finish(). */
#ifndef CC_REPORT_JSONW_H
#define CC_REPORT_JSONW_H

#include <stdbool.h>
#include <stdio.h>

#define CC_JW_MAX_DEPTH 32

typedef struct cc_jw {
	FILE *out;
	int depth;
	bool first[CC_JW_MAX_DEPTH]; /* no item yet at this level */
	bool after_key;              /* a key was written; its value comes next */
} cc_jw;

/* A writer at the top level (depth 0). */
void cc_jw_init(cc_jw *w, FILE *out);
/* A writer for the items of an array at nesting depth depth, whose
 * output is later copied into another writer's array. */
void cc_jw_init_items(cc_jw *w, FILE *out, int depth);

void cc_jw_begin_object(cc_jw *w);
void cc_jw_end_object(cc_jw *w);
void cc_jw_begin_array(cc_jw *w);
void cc_jw_end_array(cc_jw *w);
/* The key of the next member of the current object. */
void cc_jw_key(cc_jw *w, const char *key);
/* A string value; NULL writes null. */
void cc_jw_string(cc_jw *w, const char *s);
void cc_jw_uint(cc_jw *w, unsigned long long v);
void cc_jw_bool(cc_jw *w, bool b);
void cc_jw_null(cc_jw *w);

/* Shorthands for a member: key then value. */
void cc_jw_member_string(cc_jw *w, const char *key, const char *s);
void cc_jw_member_uint(cc_jw *w, const char *key, unsigned long long v);
void cc_jw_member_bool(cc_jw *w, const char *key, bool b);

/* Tells w that items written by a cc_jw_init_items() writer have been
 * copied into the array w has just begun (see spool.h). */
void cc_jw_items_spliced(cc_jw *w, bool any_items);

/* Writes s as a quoted, escaped JSON string. */
void cc_jw_write_string(FILE *out, const char *s);

#endif
