/* hash.c: see hash.h. */
#include "json/hash.h"

#include <stddef.h>
#include <stdio.h>

#include "json/json.h"
#include "json/number.h"
#include "util/hash.h"

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return x;
}

uint64_t cc_json_hash(const cJSON *v)
{
	uint64_t h = CC_HASH_INIT + (uint64_t)(v->type & 0xFF);
	switch (v->type & 0xFF) {
	case cJSON_Number: {
		cc_decimal d;
		char text[40];
		const char *t = cc_json_number_text(v);
		if (!t) {
			snprintf(text, sizeof text, "%.17g", v->valuedouble);
			t = text;
		}
		cc_decimal_init(&d, t);
		h = cc_hash_add(h, &d.neg, sizeof d.neg);
		h = cc_hash_add(h, &d.exp, sizeof d.exp);
		h = cc_hash_add(h, d.digits, d.n);
		cc_decimal_free(&d);
		return h;
	}
	case cJSON_String:
		return cc_hash_add(h, v->valuestring, cc_json_string_len(v));
	case cJSON_Array:
		for (const cJSON *e = v->child; e; e = e->next)
			h = mix(h * 31 + cc_json_hash(e));
		return h;
	case cJSON_Object: {
		uint64_t sum = 0;
		for (const cJSON *m = v->child; m; m = m->next)
			sum += mix(cc_hash_add(CC_HASH_INIT, m->string, cc_json_key_len(m)) ^ cc_json_hash(m) * 31);
		return mix(h ^ sum);
	}
	default:
		return h;
	}
}
