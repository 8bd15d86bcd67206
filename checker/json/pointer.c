/* pointer.c: RFC 6901 JSON pointers over cJSON trees. */
#include "casecheck/json.h"
#include "json/internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

void cc_json_pointer_push(cc_strbuf *pointer, const char *token, size_t token_len)
{
	cc_strbuf_putc(pointer, '/');
	for (size_t i = 0; i < token_len; i++) {
		if (token[i] == '~')
			cc_strbuf_add(pointer, "~0", 2);
		else if (token[i] == '/')
			cc_strbuf_add(pointer, "~1", 2);
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
		p++;
		size_t n = 0;
		while (*p && *p != '/') {
			char c = *p++;
			if (c == '~') {
				if (*p != '0' && *p != '1') {
					node = NULL;
					goto done;
				}
				c = *p++ == '0' ? '~' : '/';
			}
			tok[n++] = c;
		}
		if (cJSON_IsObject(node)) {
			node = member(node, tok, n);
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
