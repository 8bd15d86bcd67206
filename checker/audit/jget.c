#include "jget.h"

#include <limits.h>
#include <string.h>

#include "json/internal.h"
#include "json/json.h"

/* As cJSON_IsObject and the others, inlined: rules call these all the time. */
static inline bool is(const cJSON *node, int type)
{
	return node && (node->type & 0xFF) == type;
}

/* As cJSON_GetObjectItemCaseSensitive (the first member whose key, up to
 * any NUL, is key), without a call to strcmp for each member passed: rules
 * ask for members by name all the time. */
const cJSON *cc_jget(const cJSON *obj, const char *key)
{
	if (!obj || !is(obj, cJSON_Object) || !key)
		return NULL;
	for (const cJSON *m = obj->child; m && m->string; m = m->next) {
		const char *a = m->string, *b = key;
		while (*a && *a == *b)
			a++, b++;
		if (*a == *b)
			return m;
	}
	return NULL;
}

const char *cc_jtext(const cJSON *node)
{
	if (!node || !is(node, cJSON_String) || !node->valuestring)
		return NULL;
	if (cc_json_strlen_inline(node) != strlen(node->valuestring))
		return NULL;
	return node->valuestring;
}

const char *cc_jstr(const cJSON *obj, const char *key)
{
	return cc_jtext(cc_jget(obj, key));
}

bool cc_jstr_given(const cJSON *obj, const char *key)
{
	const char *s = cc_jstr(obj, key);
	if (!s)
		return false;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return true;
	return false;
}

const cJSON *cc_jarr(const cJSON *obj, const char *key)
{
	const cJSON *a = cc_jget(obj, key);
	return is(a, cJSON_Array) ? a : NULL;
}

const cJSON *cc_jobj(const cJSON *obj, const char *key)
{
	const cJSON *o = cc_jget(obj, key);
	return is(o, cJSON_Object) ? o : NULL;
}

int cc_jbool(const cJSON *obj, const char *key)
{
	const cJSON *b = cc_jget(obj, key);
	if (is(b, cJSON_True))
		return 1;
	if (is(b, cJSON_False))
		return 0;
	return -1;
}

int cc_jint(const cJSON *obj, const char *key, long *out)
{
	const cJSON *n = cc_jget(obj, key);
	if (!is(n, cJSON_Number))
		return -1;
	double d = n->valuedouble;
	/* Converting a double outside long's range is undefined behaviour
	 * ({"max_cases": 1e300}): such a number is no whole number we hold.
	 * -(double)LONG_MIN is 2^63, exactly LONG_MAX + 1. */
	if (!(d >= (double)LONG_MIN && d < -(double)LONG_MIN) || d != (double)(long)d)
		return -1;
	*out = (long)d;
	return 0;
}

int cc_jdate(const cJSON *obj, const char *key, cc_date *out)
{
	const char *s = cc_jstr(obj, key);
	return s ? cc_date_parse(out, s, strlen(s)) : -1;
}

int cc_jpdate(const cJSON *obj, const char *key, cc_partial_date *out)
{
	const char *s = cc_jstr(obj, key);
	return s ? cc_partial_date_parse(out, s, strlen(s)) : -1;
}

bool cc_jarr_has_str(const cJSON *arr, const char *s)
{
	const cJSON *it;
	if (!is(arr, cJSON_Array) || !s)
		return false;
	cJSON_ArrayForEach(it, arr) {
		const char *t = cc_jtext(it);
		if (t && !strcmp(t, s))
			return true;
	}
	return false;
}

bool cc_str_in(const char *s, const char *const *list)
{
	for (size_t i = 0; s && list[i]; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

bool cc_jstr_in(const cJSON *obj, const char *key, const char *const *list)
{
	return cc_str_in(cc_jstr(obj, key), list);
}
