/* json/internal.h: how cc_json_parse marks its cJSON nodes, shared by the
 * parser and the helpers that read the marks back.
 *
 * - A string node keeps its byte length in valuedouble (cJSON leaves that
 *   field unused for strings); 0 means "use strlen" (same answer for "").
 * - A number node keeps its literal text in valuestring (cJSON_Delete frees
 *   valuestring for every node type).
 * - A member whose key holds a NUL byte has CC_JSON_KEY_HAS_NUL set in its
 *   type and the key's byte length in the bits above CC_JSON_KEY_LEN_SHIFT
 *   (cJSON only looks at the low byte and the two flags 256 and 512).
 *
 * cJSON_Duplicate() copies strings with strdup and so loses everything after
 * an embedded NUL: never duplicate a tree that may hold one. */
#ifndef CC_JSON_INTERNAL_H
#define CC_JSON_INTERNAL_H

#define CC_JSON_KEY_HAS_NUL (1 << 11)
#define CC_JSON_KEY_LEN_SHIFT 12
#define CC_JSON_KEY_LEN_MAX ((1u << 19) - 1)

#include <string.h>

#include <cjson/cJSON.h>

#include "json/json.h"
#include "util/arena.h"

/* cc_json_parse, with every node and string of the tree (also of a tree
 * given up on an error) allocated from arena: the tree lives until the
 * arena is reset or freed and must never be given to cJSON_Delete, nor
 * have nodes from elsewhere added to it. */
int cc_json_parse_in(cJSON **out, cc_arena *arena, const char *buf, size_t len,
                     const cc_json_limits *limits, cc_json_error *err);

/* cc_json_string_len, inlined for hot loops. */
static inline size_t cc_json_strlen_inline(const cJSON *node)
{
	if (node->valuedouble > 0)
		return (size_t)node->valuedouble;
	return node->valuestring ? strlen(node->valuestring) : 0;
}

/* Whether member's key is exactly the len bytes at key, without a strlen. */
static inline int cc_json_key_is(const cJSON *member, const char *key, size_t len)
{
	if (member->type & CC_JSON_KEY_HAS_NUL)
		return (size_t)((unsigned)member->type >> CC_JSON_KEY_LEN_SHIFT) == len &&
		       memcmp(member->string, key, len) == 0;
	const char *m = member->string;
	for (size_t i = 0; i < len; i++)
		if (!m[i] || m[i] != key[i])
			return 0;
	return m[len] == '\0';
}

#endif
