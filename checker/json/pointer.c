/* pointer.c: RFC 6901 JSON pointers over cJSON trees. */
#include "json/json.h"
#include "json/internal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

/* The escapes of NUL and backslash (see json.h): a backslash, then these. */
static const char ESC_NUL[] = "x00", ESC_BACKSLASH[] = "x5C";

/* Whether the n bytes at s, following a backslash, make an escape. */
static bool is_escape(const char *s, size_t n)
{
	return n >= 3 && (memcmp(s, ESC_NUL, 3) == 0 || memcmp(s, ESC_BACKSLASH, 3) == 0);
}

void cc_json_pointer_push(cc_strbuf *pointer, const char *token, size_t token_len)
{
	cc_strbuf_putc(pointer, '/');
	for (size_t i = 0; i < token_len; i++) {
		if (token[i] == '~')
			cc_strbuf_add(pointer, "~0", 2);
		else if (token[i] == '/')
			cc_strbuf_add(pointer, "~1", 2);
		else if (token[i] == '\0')
			cc_strbuf_add(pointer, "\\x00", 4);
		else if (token[i] == '\\' && is_escape(token + i + 1, token_len - i - 1))
			cc_strbuf_add(pointer, "\\x5C", 4); /* a backslash that would read as an escape */
		else
			cc_strbuf_putc(pointer, token[i]);
	}
}

void cc_json_pointer_push_index(cc_strbuf *pointer, size_t index)
{
	cc_strbuf_printf(pointer, "/%zu", index);
}

/* The member of obj whose key is exactly key (len bytes), or NULL. */
static const cJSON *member(const cJSON *obj, const char *key, size_t len)
{
	for (const cJSON *m = obj->child; m; m = m->next)
		if (cc_json_key_is(m, key, len))
			return m;
	return NULL;
}

/* Array index token: "0" or digits without a leading zero. */
static int parse_index(const char *tok, size_t len, size_t *out)
{
	size_t v = 0;
	if (len == 0 || (len > 1 && tok[0] == '0'))
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (tok[i] < '0' || tok[i] > '9' || v > (SIZE_MAX - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(tok[i] - '0');
	}
	*out = v;
	return 0;
}

/* Decodes the reference token at p (up to '/' or the end) into tok, with
 * the \x00 and \x5C escapes when ext; sets *n and returns the end of the
 * token, or NULL for a '~' not followed by '0' or '1'. *escaped says
 * whether an ext escape was decoded. */
static const char *decode_token(const char *p, char *tok, size_t *n, bool ext, bool *escaped)
{
	size_t len = strcspn(p, "/"), k = 0;
	const char *end = p + len;
	*escaped = false;
	while (p < end) {
		char c = *p++;
		if (c == '~') {
			if (p == end || (*p != '0' && *p != '1'))
				return NULL;
			c = *p++ == '0' ? '~' : '/';
		} else if (c == '\\' && ext && is_escape(p, (size_t)(end - p))) {
			c = p[2] == '0' ? '\0' : '\\';
			p += 3;
			*escaped = true;
		}
		tok[k++] = c;
	}
	*n = k;
	return end;
}

const cJSON *cc_json_pointer_get(const cJSON *root, const char *pointer)
{
	const cJSON *node = root;
	const char *p = pointer;
	char *tok;
	if (!root || !pointer)
		return NULL;
	if (*p && *p != '/')
		return NULL;
	tok = cc_xmalloc(strlen(pointer) + 1); /* no token is longer than the pointer */
	while (node && *p == '/') {
		const char *start = ++p;
		size_t n = 0;
		bool escaped;
		if (!(p = decode_token(start, tok, &n, true, &escaped))) {
			node = NULL;
			goto done;
		}
		if (cJSON_IsObject(node)) {
			const cJSON *m = member(node, tok, n);
			/* A pointer written by someone else (a $ref) names a key with
			 * a literal "\x00" in it: read the token as plain RFC 6901. */
			if (!m && escaped) {
				decode_token(start, tok, &n, false, &escaped);
				m = member(node, tok, n);
			}
			node = m;
		} else if (cJSON_IsArray(node)) {
			size_t idx;
			if (parse_index(tok, n, &idx) < 0) {
				node = NULL;
				goto done;
			}
			node = node->child;
			while (node && idx--)
				node = node->next;
		} else {
			node = NULL;
		}
	}
done:
	free(tok);
	return node;
}
