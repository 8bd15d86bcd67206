/* equal.c: JSON Schema equality of two values. */
#include "json/json.h"
#include "json/internal.h"

#include <string.h>

#include "json/number.h"

static const cJSON *find_member(const cJSON *obj, const cJSON *like)
{
	size_t len = cc_json_key_len(like);
	for (const cJSON *m = obj->child; m; m = m->next)
		if (cc_json_key_is(m, like->string, len))
			return m;
	return NULL;
}

bool cc_json_equal(const cJSON *a, const cJSON *b)
{
	if (!a || !b)
		return a == b;
	int ta = a->type & 0xFF, tb = b->type & 0xFF;
	if (ta != tb)
		return false;
	switch (ta) {
	case cJSON_Number:
		return cc_number_cmp(cc_number_of(a), cc_number_of(b)) == 0;
	case cJSON_String: {
		size_t la = cc_json_string_len(a);
		return la == cc_json_string_len(b) && memcmp(a->valuestring, b->valuestring, la) == 0;
	}
	case cJSON_Array: {
		const cJSON *x = a->child, *y = b->child;
		for (; x && y; x = x->next, y = y->next)
			if (!cc_json_equal(x, y))
				return false;
		return !x && !y;
	}
	case cJSON_Object: {
		size_t na = 0, nb = 0;
		for (const cJSON *x = a->child; x; x = x->next)
			na++;
		for (const cJSON *y = b->child; y; y = y->next)
			nb++;
		if (na != nb)
			return false;
		for (const cJSON *x = a->child; x; x = x->next) {
			const cJSON *y = find_member(b, x);
			if (!y || !cc_json_equal(x, y))
				return false;
		}
		return true;
	}
	case cJSON_Raw:
		return a->valuestring && b->valuestring && strcmp(a->valuestring, b->valuestring) == 0;
	default:
		return true; /* null, true, false */
	}
}
