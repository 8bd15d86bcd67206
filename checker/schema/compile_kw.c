/* compile_kw.c: compiles the applicator and validation keywords of one
 * schema object into its cnode (see compile.c for references). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "schema/compile.h"
#include "schema/internal.h"
#include "util/xalloc.h"

static size_t as_size(const cJSON *v)
{
	if (!cJSON_IsNumber(v) || v->valuedouble < 0)
		return 0;
	return v->valuedouble >= (double)SIZE_MAX ? SIZE_MAX : (size_t)v->valuedouble;
}

static unsigned type_bit(const char *name)
{
	static const struct {
		const char *name;
		unsigned bit;
	} types[] = {{"null", T_NULL},     {"boolean", T_BOOLEAN}, {"object", T_OBJECT}, {"array", T_ARRAY},
	             {"number", T_NUMBER}, {"string", T_STRING},   {"integer", T_INTEGER}};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (!strcmp(name, types[i].name))
			return types[i].bit;
	return 0;
}

static void build_prop_table(cnode *n)
{
	n->prop_tabcap = 8;
	while (n->prop_tabcap < n->n_props * 2)
		n->prop_tabcap *= 2;
	n->prop_tab = cc_xcalloc(n->prop_tabcap, sizeof *n->prop_tab);
	for (size_t i = 0; i < n->n_props; i++) {
		size_t h = (size_t)n->props[i].hash & (n->prop_tabcap - 1);
		while (n->prop_tab[h])
			h = (h + 1) & (n->prop_tabcap - 1);
		n->prop_tab[h] = (uint32_t)(i + 1);
	}
}

static int compile_map(comp *c, cnode *n, const cJSON *obj, const char *kw, cprop **out, size_t *count)
{
	size_t k = (size_t)cJSON_GetArraySize(obj), i = 0;
	*out = cc_xcalloc(k ? k : 1, sizeof **out);
	*count = k;
	for (const cJSON *m = obj->child; m; m = m->next, i++) {
		cprop *p = &(*out)[i];
		p->key = m->string;
		p->len = cc_json_key_len(m);
		p->hash = prop_hash(p->key, p->len);
		if (!(p->schema = compile_child(c, n, m, kw, m->string, -1)))
			return -1;
	}
	return 0;
}

static int compile_regex(comp *c, cnode *n, const char *kw, const cJSON *s, cc_regex **out)
{
	char *msg = NULL;
	*out = cc_regex_compile(s->valuestring, cc_json_string_len(s), &msg);
	if (!*out) {
		compile_fail(c, n, kw, "not a valid ECMA-262 regular expression (%s)", msg ? msg : "syntax error");
		free(msg);
		return -1;
	}
	return 0;
}

int compile_kw_applicators(comp *c, cnode *n, const cJSON *j, unsigned bits)
{
	const cJSON *v;
	bool d7 = bits & DIALECT_DRAFT7, d4 = bits & DIALECT_DRAFT4;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "allOf")) && cJSON_IsArray(v) &&
	    compile_child_array(c, n, v, "allOf", &n->all_of, &n->n_all_of) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "anyOf")) && cJSON_IsArray(v) &&
	    compile_child_array(c, n, v, "anyOf", &n->any_of, &n->n_any_of) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "oneOf")) && cJSON_IsArray(v) &&
	    compile_child_array(c, n, v, "oneOf", &n->one_of, &n->n_one_of) < 0)
		return -1;
	static const struct {
		const char *kw;
		size_t off;
		bool after4; /* not in draft-04 */
	} singles[] = {
		{"not", offsetof(cnode, not_), false},
		{"if", offsetof(cnode, if_), true},
		{"then", offsetof(cnode, then_), true},
		{"else", offsetof(cnode, else_), true},
		{"additionalProperties", offsetof(cnode, addl_props), false},
		{"propertyNames", offsetof(cnode, prop_names), true},
		{"contains", offsetof(cnode, contains), true},
	};
	for (size_t i = 0; i < sizeof singles / sizeof singles[0]; i++) {
		if (d4 && singles[i].after4)
			continue;
		v = cJSON_GetObjectItemCaseSensitive(j, singles[i].kw);
		if (v && !(*(cnode **)((char *)n + singles[i].off) = compile_child(c, n, v, singles[i].kw, NULL, -1)))
			return -1;
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "properties")) && cJSON_IsObject(v)) {
		if (compile_map(c, n, v, "properties", &n->props, &n->n_props) < 0)
			return -1;
		build_prop_table(n);
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "patternProperties")) && cJSON_IsObject(v)) {
		n->n_pprops = (size_t)cJSON_GetArraySize(v);
		n->pprops = cc_xcalloc(n->n_pprops ? n->n_pprops : 1, sizeof *n->pprops);
		size_t i = 0;
		for (const cJSON *m = v->child; m; m = m->next, i++) {
			char *msg = NULL;
			n->pprops[i].re = cc_regex_compile(m->string, cc_json_key_len(m), &msg);
			if (!n->pprops[i].re) {
				compile_fail(c, n, "patternProperties", "not a valid ECMA-262 regular expression (%s)",
				     msg ? msg : "syntax error");
				free(msg);
				return -1;
			}
			if (!(n->pprops[i].schema = compile_child(c, n, m, "patternProperties", m->string, -1)))
				return -1;
		}
	}
	if (!d7 && (v = cJSON_GetObjectItemCaseSensitive(j, "dependentSchemas")) && cJSON_IsObject(v) &&
	    compile_map(c, n, v, "dependentSchemas", &n->dep_schemas, &n->n_dep_schemas) < 0)
		return -1;
	/* draft-07's `dependencies`; 2020-12 still honours it for compatibility */
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "dependencies")) && cJSON_IsObject(v)) {
		for (const cJSON *m = v->child; m; m = m->next) {
			if (cJSON_IsArray(m)) {
				n->dep_req = cc_xrealloc(n->dep_req, (n->n_dep_req + 1) * sizeof *n->dep_req);
				n->dep_req[n->n_dep_req++] = (cdepreq){m->string, cc_json_key_len(m), m};
				continue;
			}
			n->dep_schemas = cc_xrealloc(n->dep_schemas, (n->n_dep_schemas + 1) * sizeof *n->dep_schemas);
			cprop *p = &n->dep_schemas[n->n_dep_schemas++];
			p->key = m->string;
			p->len = cc_json_key_len(m);
			if (!(p->schema = compile_child(c, n, m, "dependencies", m->string, -1)))
				return -1;
		}
	}
	const cJSON *items = cJSON_GetObjectItemCaseSensitive(j, "items");
	if (d7 || (bits & DIALECT_2019)) {
		/* an items array, then additionalItems; no prefixItems */
		if (cJSON_IsArray(items)) {
			if (compile_child_array(c, n, items, "items", &n->prefix, &n->n_prefix) < 0)
				return -1;
			v = cJSON_GetObjectItemCaseSensitive(j, "additionalItems");
			if (v && !(n->items = compile_child(c, n, v, "additionalItems", NULL, -1)))
				return -1;
		} else if (items && !(n->items = compile_child(c, n, items, "items", NULL, -1))) {
			return -1;
		}
		return 0;
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "prefixItems")) && cJSON_IsArray(v) &&
	    compile_child_array(c, n, v, "prefixItems", &n->prefix, &n->n_prefix) < 0)
		return -1;
	if (items && !(n->items = compile_child(c, n, items, "items", NULL, -1)))
		return -1;
	return 0;
}

/* draft-04: a true exclusiveMaximum/exclusiveMinimum makes maximum/minimum
 * exclusive (and means nothing without it). */
static void draft4_exclusive_bounds(cnode *n, const cJSON *j)
{
	if ((n->has & H_MAXIMUM) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "exclusiveMaximum"))) {
		n->xmaximum = n->maximum;
		n->has = (n->has & ~(unsigned)H_MAXIMUM) | H_XMAXIMUM;
	}
	if ((n->has & H_MINIMUM) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "exclusiveMinimum"))) {
		n->xminimum = n->minimum;
		n->has = (n->has & ~(unsigned)H_MINIMUM) | H_XMINIMUM;
	}
}

int compile_kw_validation(comp *c, cnode *n, const cJSON *j, unsigned bits)
{
	const cJSON *v;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "type"))) {
		n->has |= H_TYPE;
		if (cJSON_IsString(v))
			n->types = type_bit(v->valuestring);
		for (const cJSON *e = cJSON_IsArray(v) ? v->child : NULL; e; e = e->next)
			if (cJSON_IsString(e))
				n->types |= type_bit(e->valuestring);
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "enum")) && cJSON_IsArray(v))
		n->enum_ = v;
	if (!(bits & DIALECT_DRAFT4) && (v = cJSON_GetObjectItemCaseSensitive(j, "const"))) {
		n->const_ = v;
		n->has |= H_CONST;
	}
	static const struct {
		const char *kw;
		unsigned flag;
		size_t off;
	} nums[] = {
		{"multipleOf", H_MULTIPLE, offsetof(cnode, multiple)},
		{"maximum", H_MAXIMUM, offsetof(cnode, maximum)},
		{"exclusiveMaximum", H_XMAXIMUM, offsetof(cnode, xmaximum)},
		{"minimum", H_MINIMUM, offsetof(cnode, minimum)},
		{"exclusiveMinimum", H_XMINIMUM, offsetof(cnode, xminimum)},
	};
	for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		v = cJSON_GetObjectItemCaseSensitive(j, nums[i].kw);
		if (cJSON_IsNumber(v) && !((bits & DIALECT_DRAFT4) && (nums[i].flag & (H_XMAXIMUM | H_XMINIMUM)))) {
			n->has |= nums[i].flag;
			*(cc_number *)((char *)n + nums[i].off) = cc_number_of(v);
		}
	}
	if (bits & DIALECT_DRAFT4)
		draft4_exclusive_bounds(n, j);
	static const struct {
		const char *kw;
		unsigned flag;
		size_t off;
	} sizes[] = {
		{"maxLength", H_MAXLEN, offsetof(cnode, max_len)},
		{"minLength", H_MINLEN, offsetof(cnode, min_len)},
		{"maxItems", H_MAXITEMS, offsetof(cnode, max_items)},
		{"minItems", H_MINITEMS, offsetof(cnode, min_items)},
		{"maxContains", H_MAXCONTAINS, offsetof(cnode, max_contains)},
		{"minContains", H_MINCONTAINS, offsetof(cnode, min_contains)},
		{"maxProperties", H_MAXPROPS, offsetof(cnode, max_props)},
		{"minProperties", H_MINPROPS, offsetof(cnode, min_props)},
	};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		v = cJSON_GetObjectItemCaseSensitive(j, sizes[i].kw);
		if (cJSON_IsNumber(v)) {
			n->has |= sizes[i].flag;
			*(size_t *)((char *)n + sizes[i].off) = as_size(v);
		}
	}
	if (bits & DIALECT_DRAFT7)
		n->has &= ~(unsigned)(H_MAXCONTAINS | H_MINCONTAINS);
	if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "uniqueItems")))
		n->has |= H_UNIQUE;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "pattern")) && cJSON_IsString(v) &&
	    compile_regex(c, n, "pattern", v, &n->pattern) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "required")) && cJSON_IsArray(v))
		n->required = v;
	if (!(bits & DIALECT_DRAFT7) && (v = cJSON_GetObjectItemCaseSensitive(j, "dependentRequired")) &&
	    cJSON_IsObject(v)) {
		for (const cJSON *m = v->child; m; m = m->next) {
			if (!cJSON_IsArray(m))
				continue;
			n->dep_req = cc_xrealloc(n->dep_req, (n->n_dep_req + 1) * sizeof *n->dep_req);
			n->dep_req[n->n_dep_req++] = (cdepreq){m->string, cc_json_key_len(m), m};
		}
	}
	return 0;
}
