/* redact.h: member names that are not casecheck's, kept out of pointers.
 *
 * A JSON pointer in a finding names the members on its way. A name the
 * schemas define ("children", "summary") says nothing about a person; any
 * other name is data someone typed (a child's name used as a key, by
 * mistake or on purpose) and is personal until shown otherwise. Without
 * --show-values such names never reach the output: the finding's pointer
 * carries "<name of N characters>" instead, and the real pointer goes in
 * the finding's value, which only --show-values prints. */
#ifndef CC_AUDIT_REDACT_H
#define CC_AUDIT_REDACT_H

#include <stddef.h>

typedef struct cc_redacted {
	char *pointer;         /* the pointer with unknown names replaced; owned */
	size_t count;          /* how many names were replaced */
	const char *suggest;   /* a schema name near the last replaced one, or NULL; static */
} cc_redacted;

/* Redacts pointer (an RFC 6901 pointer as casecheck writes it). An array
 * index (up to 6 digits) and every property name of casecheck's own
 * schemas stay. Thread-safe; cannot fail. Free with cc_redacted_clear. */
void cc_redact_pointer(cc_redacted *out, const char *pointer);
void cc_redacted_clear(cc_redacted *r);

/* Whether name (len bytes) is a property name of casecheck's schemas. */
int cc_redact_known_name(const char *name, size_t len);

#endif
