/* kw_object.c: keywords for objects. */
#include <string.h>

#include "json/json.h"
#include "json/internal.h"
#include "schema/eval.h"

static const cJSON *find_member(const cJSON *obj, const char *key, size_t len)
{
	for (const cJSON *m = obj->child; m; m = m->next)
		if (cc_json_key_is(m, key, len))
			return m;
	return NULL;
}

/* The index of the property named key in s->props, or -1. */
static long lookup_prop(const cnode *s, const char *key, size_t len)
{
	uint64_t h = prop_hash(key, len);
	size_t mask = s->prop_tabcap - 1;
	for (size_t i = (size_t)h & mask; s->prop_tab[i]; i = (i + 1) & mask) {
		const cprop *p = &s->props[s->prop_tab[i] - 1];
		if (p->hash == h && p->len == len && !memcmp(p->key, key, len))
			return (long)(s->prop_tab[i] - 1);
	}
	return -1;
}

static void missing_required(vctx *c, const cnode *s, const where *w, const cJSON *r)
{
	schema_error(c, w->path, s, "required", "property \"%s\" is required", r->valuestring);
}

bool schema_kw_object(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	bool ok = true;
	size_t count = 0;
#define FAIL_OBJ()                          \
	do {                                \
		ok = false;                 \
		if (!collect || c->stop)    \
			return false;       \
	} while (0)
	if (s->has & (H_MAXPROPS | H_MINPROPS))
		count = (size_t)cJSON_GetArraySize(inst);
	if ((s->has & H_MAXPROPS) && count > s->max_props) {
		schema_error(c, w->path, s, "maxProperties", "must have at most %zu properties", s->max_props);
		FAIL_OBJ();
	}
	if ((s->has & H_MINPROPS) && count < s->min_props) {
		schema_error(c, w->path, s, "minProperties", "must have at least %zu properties", s->min_props);
		FAIL_OBJ();
	}
	for (const cJSON *r = s->req_idx ? NULL : s->required ? s->required->child : NULL; r; r = r->next) {
		if (!cJSON_IsString(r) || find_member(inst, r->valuestring, cc_json_strlen_inline(r)))
			continue;
		if (collect)
			missing_required(c, s, w, r);
		FAIL_OBJ();
	}
	uint64_t seen = 0;
	for (size_t d = 0; d < s->n_dep_req; d++) {
		const cdepreq *dr = &s->dep_req[d];
		if (!find_member(inst, dr->key, dr->len))
			continue;
		for (const cJSON *r = dr->names->child; r; r = r->next) {
			if (!cJSON_IsString(r) || find_member(inst, r->valuestring, cc_json_strlen_inline(r)))
				continue;
			if (collect)
				schema_error(c, w->path, s, "dependentRequired", "property \"%s\" is required when \"%s\" is present",
				          r->valuestring, dr->key);
			FAIL_OBJ();
		}
	}
	if (s->n_props || s->n_pprops || s->addl_props || s->prop_names) {
		size_t i = 0;
		for (const cJSON *m = inst->child; m; m = m->next, i++) {
			size_t klen = cc_json_key_len(m);
			ipath p = {w->path, m->string, klen, 0};
			where w2 = {&p, w->scope, w->chain, w->depth + 1};
			bool matched = false;
			long pi = s->n_props ? lookup_prop(s, m->string, klen) : -1;
			const cnode *ps = pi >= 0 ? s->props[pi].schema : NULL;
			if (ps) {
				seen |= pi < 64 ? (uint64_t)1 << pi : 0;
				matched = true;
				eval_set(ev, i);
				if (!schema_eval(c, ps, m, &w2, NULL, collect))
					FAIL_OBJ();
			}
			for (size_t k = 0; k < s->n_pprops; k++) {
				if (!cc_regex_search(s->pprops[k].re, m->string, klen))
					continue;
				matched = true;
				eval_set(ev, i);
				if (!schema_eval(c, s->pprops[k].schema, m, &w2, NULL, collect))
					FAIL_OBJ();
			}
			if (!matched && s->addl_props) {
				eval_set(ev, i);
				size_t before = c->report->count;
				if (!schema_eval(c, s->addl_props, m, &w2, NULL, collect)) {
					if (s->addl_props->boolean == 0)
						schema_relabel(c, before, "is not an allowed property");
					FAIL_OBJ();
				}
			}
			if (s->prop_names) {
				cJSON key;
				memset(&key, 0, sizeof key);
				key.type = cJSON_String;
				key.valuestring = m->string;
				key.valuedouble = (double)klen;
				if (!schema_eval(c, s->prop_names, &key, &w2, NULL, false)) {
					if (collect)
						schema_error(c, &p, s, "propertyNames", "property name is not allowed");
					FAIL_OBJ();
				}
			}
		}
	}
	if (s->req_idx && (seen & s->req_mask) != s->req_mask) {
		size_t i = 0;
		for (const cJSON *r = s->required->child; r; r = r->next, i++) {
			if (seen & ((uint64_t)1 << s->req_idx[i]))
				continue;
			if (collect)
				missing_required(c, s, w, r);
			FAIL_OBJ();
		}
	}
	for (size_t d = 0; d < s->n_dep_schemas; d++) {
		if (find_member(inst, s->dep_schemas[d].key, s->dep_schemas[d].len) &&
		    !schema_eval(c, s->dep_schemas[d].schema, inst, w, ev, collect))
			FAIL_OBJ();
	}
#undef FAIL_OBJ
	return ok;
}
