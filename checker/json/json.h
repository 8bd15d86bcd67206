/* json/json.h: a strict JSON parser that builds cJSON trees.
 *
 * cJSON's own parser is lenient in ways that matter for records: it accepts
 * duplicate keys (which one wins?), truncates strings at an escaped \u0000,
 * and keeps numbers only as doubles. casecheck parses with this parser
 * instead, and the tree it returns is an ordinary cJSON tree with two
 * additions that the helpers below read:
 *   - a string node (and an object member's key) keeps its byte length, so
 *     an embedded NUL is not lost;
 *   - a number node keeps its literal text, so integers beyond 2^53 and
 *     decimals compare exactly.
 * Always free the tree with cJSON_Delete(). Never pass text to cJSON_Parse(),
 * and never cJSON_Duplicate() a tree that may hold a NUL in a string or key
 * (cJSON copies with strdup and would cut it short).
 *
 * Rejected, with a message, a line/column and the JSON pointer of the value
 * being parsed (of its container when the error is between values, e.g. in
 * a member name or at a missing ','): invalid UTF-8, unpaired surrogates, duplicate
 * object keys, nesting deeper than max_depth, trailing garbage, a document
 * larger than max_bytes, and numbers outside the double range. A UTF-8
 * byte-order mark is rejected too (RFC 8259 §8.1) unless allow_bom. */
#ifndef CC_JSON_JSON_H
#define CC_JSON_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct cc_json_limits {
	size_t max_depth; /* default 512 */
	size_t max_bytes; /* default 64 MiB */
	bool allow_bom;   /* default false */
} cc_json_limits;

#define CC_JSON_LIMITS_INIT { 512, (size_t)64 << 20, false }

typedef struct cc_json_error {
	char message[256]; /* plain English, no document content */
	char pointer[512]; /* RFC 6901 pointer where the error was found */
	size_t line, column; /* 1-based */
	size_t offset;       /* byte offset */
} cc_json_error;

/* Parses len bytes of buf. On success returns 0 and a tree in *out owned by
 * the caller. On failure returns -1, fills *err (if not NULL) and leaves
 * *out NULL. limits may be NULL for the defaults. */
int cc_json_parse(cJSON **out, const char *buf, size_t len,
                  const cc_json_limits *limits, cc_json_error *err);

/* Byte length of a string node's value (may contain NUL bytes). */
size_t cc_json_string_len(const cJSON *string_node);
/* Byte length of a member's key (item->string), NUL bytes included. */
size_t cc_json_key_len(const cJSON *member);
/* The literal text of a number node as written in the document (borrowed),
 * or NULL for a number not made by cc_json_parse. */
const char *cc_json_number_text(const cJSON *number_node);

/* Compares two JSON values for equality as JSON Schema defines it: numbers
 * by mathematical value (1.0 == 1, exact for big integers), strings by
 * bytes, objects regardless of member order. */
bool cc_json_equal(const cJSON *a, const cJSON *b);

/* JSON pointers are RFC 6901 ("~0" for '~', "~1" for '/') held in C
 * strings, with one addition for the keys a C string cannot hold: a NUL
 * byte in a key is written "\x00" (as messages and the text report show
 * other control characters), and a backslash in a key that is followed by
 * "x00" or "x5C" is written "\x5C", so that every pointer names exactly
 * one member. Keys without a NUL and without those sequences are written
 * as RFC 6901 has them.
 *
 * The node at a pointer ("" is the root), or NULL. Borrowed. A token whose
 * escaped reading names no member is read again as plain RFC 6901 (a $ref
 * to a key with a literal "\x00"). */
const cJSON *cc_json_pointer_get(const cJSON *root, const char *pointer);
/* Appends "/" and token (token_len bytes, NULs included), escaped as above,
 * to a NUL-terminated pointer held in a cc_strbuf (see util/strbuf.h). */
struct cc_strbuf;
void cc_json_pointer_push(struct cc_strbuf *pointer, const char *token, size_t token_len);
void cc_json_pointer_push_index(struct cc_strbuf *pointer, size_t index);

/* Appends v to sb as people write case records: two-space indentation,
 * one member or item a line, members in the tree's order, empty arrays and
 * objects as [] and {}; the first line is not indented, and nested lines
 * start with indent levels of two spaces. Cannot fail. */
void cc_json_print_pretty(struct cc_strbuf *sb, const cJSON *v, int indent);

#endif
