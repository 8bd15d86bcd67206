/* validate.c: evaluates a compiled schema against an instance.
 *
 * Reads the cnode graph only, so any number of threads may validate with
 * one schema at once. Everything per-validation lives on the C stack (the
 * instance path, the dynamic scope, the $ref chain, and small bit sets of
 * evaluated members/items); the heap is touched only for errors and for
 * annotation bit sets of objects or arrays with more than 128 entries.
 *
 * Errors are recorded only in "collect" mode; subschemas whose failure does
 * not by itself fail the parent (anyOf, oneOf, not, if, contains,
 * propertyNames) are evaluated in "probe" mode, which stops at the first
 * failure and records nothing. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/json.h"
#include "json/hash.h"
#include "json/internal.h"
#include "schema/internal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define MAX_DEPTH 2048

typedef struct ipath {
	const struct ipath *up;
	const char *key; /* NULL for an array index */
	size_t len;
	size_t index;
} ipath;

typedef struct dscope {
	const struct dscope *up;
	const sinfo *res;
} dscope;

typedef struct rchain {
	const struct rchain *up;
	const cnode *node;
	const cJSON *inst;
} rchain;

typedef struct vctx {
	cc_schema_report *report;
	size_t max_errors;
	bool format_assert;
	bool stop; /* the error cap was reached */
} vctx;

/* Evaluated members (objects) or items (arrays) of one instance. */
typedef struct eval {
	uint64_t *bits;
	size_t n;
	uint64_t inl[2];
} eval;

typedef struct where {
	const ipath *path;
	const dscope *scope;
	const rchain *chain;
	unsigned depth;
} where;

static void eval_init(eval *e, size_t n)
{
	e->n = n;
	e->inl[0] = e->inl[1] = 0;
	e->bits = n <= 128 ? e->inl : cc_xcalloc((n + 63) / 64, sizeof *e->bits);
}

static void eval_free(eval *e)
{
	if (e->bits != e->inl)
		free(e->bits);
}

static void eval_set(eval *e, size_t i)
{
	if (e && i < e->n)
		e->bits[i / 64] |= (uint64_t)1 << (i % 64);
}

static bool eval_get(const eval *e, size_t i)
{
	return i < e->n && (e->bits[i / 64] >> (i % 64)) & 1;
}

static void eval_merge(eval *dst, const eval *src)
{
	if (!dst)
		return;
	for (size_t i = 0; i < (src->n + 63) / 64 && i < (dst->n + 63) / 64; i++)
		dst->bits[i] |= src->bits[i];
}

static unsigned inst_type(const cJSON *i)
{
	switch (i->type & 0xFF) {
	case cJSON_NULL:
		return T_NULL;
	case cJSON_False:
	case cJSON_True:
		return T_BOOLEAN;
	case cJSON_Number:
		return T_NUMBER;
	case cJSON_String:
		return T_STRING;
	case cJSON_Array:
		return T_ARRAY;
	case cJSON_Object:
		return T_OBJECT;
	default:
		return 0;
	}
}

static void render_path(cc_strbuf *sb, const ipath *p)
{
	if (!p)
		return;
	render_path(sb, p->up);
	if (p->key)
		cc_json_pointer_push(sb, p->key, p->len);
	else
		cc_json_pointer_push_index(sb, p->index);
}

static void add_error(vctx *c, const ipath *path, const cnode *s, const char *kw, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void add_error(vctx *c, const ipath *path, const cnode *s, const char *kw, const char *fmt, ...)
{
	cc_schema_report *r = c->report;
	if (c->stop)
		return;
	if (r->count >= c->max_errors) {
		r->truncated = true;
		c->stop = true;
		return;
	}
	cc_schema_error *e;
	r->errors = cc_xrealloc(r->errors, (r->count + 1) * sizeof *r->errors);
	e = &r->errors[r->count++];
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_puts(&sb, "");
	render_path(&sb, path);
	e->instance_location = cc_strbuf_detach(&sb);
	e->keyword_location = kw ? cc_xasprintf("%s/%s", s->loc, kw) : cc_xstrdup(s->loc);
	va_list ap;
	va_start(ap, fmt);
	cc_strbuf_vprintf(&sb, fmt, ap);
	va_end(ap);
	cc_strbuf_puts(&sb, "");
	e->message = cc_strbuf_detach(&sb);
}

static bool v(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect);

/* Replaces the message of the one error added since before, if any. */
static void relabel(vctx *c, size_t before, const char *msg)
{
	if (c->report->count != before + 1)
		return;
	free(c->report->errors[before].message);
	c->report->errors[before].message = cc_xstrdup(msg);
}

/* Follows a $ref/$dynamicRef to target, refusing a loop on one instance. */
static bool follow(vctx *c, const cnode *s, const char *kw, const cnode *target, const cJSON *inst,
                   const where *w, eval *ev, bool collect)
{
	for (const rchain *r = w->chain; r; r = r->up) {
		if (r->node == target && r->inst == inst) {
			if (collect)
				add_error(c, w->path, s, kw, "leads to an infinite reference loop");
			return false;
		}
	}
	rchain link = {w->chain, target, inst};
	where w2 = {w->path, w->scope, &link, w->depth + 1};
	return v(c, target, inst, &w2, ev, collect);
}

static const cnode *dynamic_target(const cnode *s, const where *w)
{
	const cnode *target = s->dynref;
	if (!s->dynref_anchor)
		return target;
	for (const dscope *d = w->scope; d; d = d->up)
		for (size_t i = 0; i < d->res->n_dyn; i++)
			if (d->res->dyn[i].name == s->dynref_anchor)
				target = d->res->dyn[i].node; /* the outermost wins */
	return target;
}

static const char *type_names(unsigned types, char *buf, size_t size)
{
	static const char *const names[] = {"null", "boolean", "object", "array", "number", "string", "integer"};
	size_t used = 0;
	buf[0] = '\0';
	for (unsigned i = 0; i < 7; i++) {
		if (!(types & (1u << i)))
			continue;
		int n = snprintf(buf + used, size - used, "%s%s", used ? " or " : "", names[i]);
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
	return buf;
}

static const char *num_text(cc_number n, char *buf, size_t size)
{
	if (n.text)
		return n.text;
	snprintf(buf, size, "%.17g", n.d);
	return buf;
}

static size_t utf8_length(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

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
	add_error(c, w->path, s, "required", "property \"%s\" is required", r->valuestring);
}

/* Keywords for numbers. */
static bool v_number(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect)
{
	bool ok = true;
	char b1[40];
	cc_number x = cc_number_of(inst);
	if ((s->has & H_MULTIPLE) && !cc_number_multiple_of(x, s->multiple)) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "multipleOf", "must be a multiple of %s", num_text(s->multiple, b1, sizeof b1));
	}
	static const struct {
		unsigned flag;
		size_t off;
		const char *kw, *msg;
		int bad_cmp, bad_eq;
	} bounds[] = {
		{H_MAXIMUM, offsetof(cnode, maximum), "maximum", "must be at most %s", 1, 0},
		{H_XMAXIMUM, offsetof(cnode, xmaximum), "exclusiveMaximum", "must be less than %s", 1, 1},
		{H_MINIMUM, offsetof(cnode, minimum), "minimum", "must be at least %s", -1, 0},
		{H_XMINIMUM, offsetof(cnode, xminimum), "exclusiveMinimum", "must be greater than %s", -1, 1},
	};
	for (size_t i = 0; i < sizeof bounds / sizeof bounds[0]; i++) {
		if (!(s->has & bounds[i].flag))
			continue;
		cc_number lim = *(const cc_number *)((const char *)s + bounds[i].off);
		int r = cc_number_cmp(x, lim);
		if (r == bounds[i].bad_cmp || (r == 0 && bounds[i].bad_eq)) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, bounds[i].kw, bounds[i].msg, num_text(lim, b1, sizeof b1));
		}
	}
	return ok;
}

static bool v_string(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect)
{
	bool ok = true;
	size_t len = cc_json_strlen_inline(inst);
	/* a string of len bytes has between len/4 and len code points */
	if (((s->has & H_MAXLEN) && len > s->max_len) || ((s->has & H_MINLEN) && len / 4 < s->min_len)) {
		size_t n = utf8_length(inst->valuestring, len);
		if ((s->has & H_MAXLEN) && n > s->max_len) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, "maxLength", "must be at most %zu characters", s->max_len);
		}
		if ((s->has & H_MINLEN) && n < s->min_len) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, "minLength", "must be at least %zu characters", s->min_len);
		}
	}
	if (s->pattern && !cc_regex_search(s->pattern, inst->valuestring, len)) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "pattern", "does not match the required pattern");
	}
	if (s->format && (c->format_assert || s->format_asserts) && !cc_format_check(s->format, inst->valuestring, len)) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "format", "is not a valid %s", s->format);
	}
	return ok;
}

typedef struct hashed {
	uint64_t hash;
	const cJSON *item;
} hashed;

static int cmp_hashed(const void *a, const void *b)
{
	uint64_t x = ((const hashed *)a)->hash, y = ((const hashed *)b)->hash;
	return x < y ? -1 : x > y;
}

/* Whether the n items of arr hold two equal values: pairwise for short
 * arrays, through sorted hashes for long ones. */
static bool has_duplicates(const cJSON *arr, size_t n)
{
	bool dup = false;
	if (n <= 32) {
		for (const cJSON *a = arr->child; a && !dup; a = a->next)
			for (const cJSON *b = a->next; b && !dup; b = b->next)
				dup = cc_json_equal(a, b);
		return dup;
	}
	hashed *h = cc_xmalloc(n * sizeof *h);
	size_t i = 0;
	for (const cJSON *a = arr->child; a && i < n; a = a->next, i++)
		h[i] = (hashed){cc_json_hash(a), a};
	qsort(h, i, sizeof *h, cmp_hashed);
	for (size_t j = 0; j < i && !dup; j++)
		for (size_t k = j + 1; k < i && h[k].hash == h[j].hash && !dup; k++)
			dup = cc_json_equal(h[j].item, h[k].item);
	free(h);
	return dup;
}

static bool v_array(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	bool ok = true;
	size_t n = (size_t)cJSON_GetArraySize(inst);
	if ((s->has & H_MAXITEMS) && n > s->max_items) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "maxItems", "must have at most %zu items", s->max_items);
	}
	if ((s->has & H_MINITEMS) && n < s->min_items) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "minItems", "must have at least %zu items", s->min_items);
	}
	if (s->has & H_UNIQUE) {
		if (has_duplicates(inst, n)) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, "uniqueItems", "must not contain duplicate items");
		}
	}
	if (s->n_prefix || s->items || s->contains) {
		size_t i = 0, matches = 0;
		for (const cJSON *e = inst->child; e; e = e->next, i++) {
			ipath p = {w->path, NULL, 0, i};
			where w2 = {&p, w->scope, w->chain, w->depth + 1};
			const cnode *sub = i < s->n_prefix ? s->prefix[i] : s->items;
			if (sub) {
				if (!v(c, sub, e, &w2, NULL, collect)) {
					ok = false;
					if (!collect || c->stop)
						return false;
				}
				eval_set(ev, i);
			}
			if (s->contains && v(c, s->contains, e, &w2, NULL, false)) {
				matches++;
				eval_set(ev, i);
			}
		}
		if (s->contains) {
			size_t min = (s->has & H_MINCONTAINS) ? s->min_contains : 1;
			if (matches < min) {
				ok = false;
				if (!collect)
					return false;
				add_error(c, w->path, s, (s->has & H_MINCONTAINS) ? "minContains" : "contains",
				          "must contain at least %zu matching item%s", min, min == 1 ? "" : "s");
			}
			if ((s->has & H_MAXCONTAINS) && matches > s->max_contains) {
				ok = false;
				if (!collect)
					return false;
				add_error(c, w->path, s, "maxContains", "must contain at most %zu matching items",
				          s->max_contains);
			}
		}
	}
	return ok;
}

static bool v_object(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
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
		add_error(c, w->path, s, "maxProperties", "must have at most %zu properties", s->max_props);
		FAIL_OBJ();
	}
	if ((s->has & H_MINPROPS) && count < s->min_props) {
		add_error(c, w->path, s, "minProperties", "must have at least %zu properties", s->min_props);
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
				add_error(c, w->path, s, "dependentRequired", "property \"%s\" is required when \"%s\" is present",
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
				if (!v(c, ps, m, &w2, NULL, collect))
					FAIL_OBJ();
			}
			for (size_t k = 0; k < s->n_pprops; k++) {
				if (!cc_regex_search(s->pprops[k].re, m->string, klen))
					continue;
				matched = true;
				eval_set(ev, i);
				if (!v(c, s->pprops[k].schema, m, &w2, NULL, collect))
					FAIL_OBJ();
			}
			if (!matched && s->addl_props) {
				eval_set(ev, i);
				size_t before = c->report->count;
				if (!v(c, s->addl_props, m, &w2, NULL, collect)) {
					if (s->addl_props->boolean == 0)
						relabel(c, before, "is not an allowed property");
					FAIL_OBJ();
				}
			}
			if (s->prop_names) {
				cJSON key;
				memset(&key, 0, sizeof key);
				key.type = cJSON_String;
				key.valuestring = m->string;
				key.valuedouble = (double)klen;
				if (!v(c, s->prop_names, &key, &w2, NULL, false)) {
					if (collect)
						add_error(c, &p, s, "propertyNames", "property name is not allowed");
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
		    !v(c, s->dep_schemas[d].schema, inst, w, ev, collect))
			FAIL_OBJ();
	}
#undef FAIL_OBJ
	return ok;
}

/* anyOf, oneOf, not, if/then/else. */
static bool v_logic(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	bool ok = true;
	for (size_t i = 0; i < s->n_all_of; i++) {
		if (!v(c, s->all_of[i], inst, w, ev, collect)) {
			ok = false;
			if (!collect || c->stop)
				return false;
		}
	}
	if (s->n_any_of) {
		size_t passed = 0;
		for (size_t i = 0; i < s->n_any_of && (ev || !passed); i++) {
			eval tmp;
			eval_init(&tmp, ev ? ev->n : 0);
			if (v(c, s->any_of[i], inst, w, ev ? &tmp : NULL, false)) {
				passed++;
				eval_merge(ev, &tmp);
			}
			eval_free(&tmp);
		}
		if (!passed) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, "anyOf", "does not match any of the allowed alternatives");
		}
	}
	if (s->n_one_of) {
		size_t passed = 0;
		for (size_t i = 0; i < s->n_one_of && passed < 2; i++) {
			eval tmp;
			eval_init(&tmp, ev ? ev->n : 0);
			if (v(c, s->one_of[i], inst, w, ev ? &tmp : NULL, false)) {
				passed++;
				eval_merge(ev, &tmp);
			}
			eval_free(&tmp);
		}
		if (passed != 1) {
			ok = false;
			if (!collect)
				return false;
			add_error(c, w->path, s, "oneOf",
			          passed ? "matches more than one of the exclusive alternatives"
			                 : "does not match any of the alternatives");
		}
	}
	if (s->not_ && v(c, s->not_, inst, w, NULL, false)) {
		ok = false;
		if (!collect)
			return false;
		add_error(c, w->path, s, "not", "matches a schema it must not match");
	}
	if (s->if_) {
		eval tmp;
		eval_init(&tmp, ev ? ev->n : 0);
		bool cond = v(c, s->if_, inst, w, ev ? &tmp : NULL, false);
		if (cond)
			eval_merge(ev, &tmp);
		eval_free(&tmp);
		const cnode *branch = cond ? s->then_ : s->else_;
		if (branch && !v(c, branch, inst, w, ev, collect)) {
			ok = false;
			if (!collect)
				return false;
		}
	}
	return ok;
}

static bool type_ok(const cnode *s, const cJSON *inst, unsigned it)
{
	if (s->types & it)
		return true;
	return it == T_NUMBER && (s->types & T_INTEGER) && cc_number_is_integer(cc_number_of(inst));
}

static bool v(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	if (s->boolean == 1)
		return true;
	if (s->boolean == 0) {
		if (collect)
			add_error(c, w->path, s, NULL, "is not allowed here");
		return false;
	}
	if (w->depth > MAX_DEPTH) {
		if (collect)
			add_error(c, w->path, s, NULL, "is nested too deeply to validate");
		return false;
	}
	bool ok = true;
	unsigned it = inst_type(inst);
	dscope scope = {w->scope, s->info->res};
	where here = *w;
	if (s->info->res && (!w->scope || w->scope->res != s->info->res))
		here.scope = &scope;
	eval local;
	eval *mine = ev;
	bool own = (s->uneval_props && it == T_OBJECT) || (s->uneval_items && it == T_ARRAY);
	if (own) {
		eval_init(&local, (size_t)cJSON_GetArraySize(inst));
		mine = &local;
	}
#define STEP(expr)                              \
	do {                                    \
		if (!(expr)) {                  \
			ok = false;             \
			if (!collect || c->stop) \
				goto done;      \
		}                               \
	} while (0)
	if (s->ref)
		STEP(follow(c, s, "$ref", s->ref, inst, &here, mine, collect));
	if (s->ref_only)
		goto done;
	if (s->dynref)
		STEP(follow(c, s, "$dynamicRef", dynamic_target(s, &here), inst, &here, mine, collect));
	if (s->has & H_TYPE) {
		if (!type_ok(s, inst, it)) {
			char buf[96];
			if (collect)
				add_error(c, w->path, s, "type", "must be of type %s", type_names(s->types, buf, sizeof buf));
			STEP(false);
		}
	}
	if ((s->has & H_CONST) && !cc_json_equal(s->const_, inst)) {
		if (collect)
			add_error(c, w->path, s, "const", "is not the allowed value");
		STEP(false);
	}
	if (s->enum_) {
		bool found = false;
		for (const cJSON *e = s->enum_->child; e && !found; e = e->next)
			found = cc_json_equal(e, inst);
		if (!found && collect)
			add_error(c, w->path, s, "enum", "is not one of the allowed values");
		STEP(found);
	}
	if (it == T_NUMBER && (s->groups & G_NUMBER))
		STEP(v_number(c, s, inst, &here, collect));
	else if (it == T_STRING && (s->groups & G_STRING))
		STEP(v_string(c, s, inst, &here, collect));
	else if (it == T_ARRAY && (s->groups & G_ARRAY))
		STEP(v_array(c, s, inst, &here, mine, collect));
	else if (it == T_OBJECT && (s->groups & G_OBJECT))
		STEP(v_object(c, s, inst, &here, mine, collect));
	if (s->groups & G_LOGIC)
		STEP(v_logic(c, s, inst, &here, mine, collect));
	if (own) {
		const cnode *u = it == T_OBJECT ? s->uneval_props : s->uneval_items;
		size_t i = 0;
		for (const cJSON *e = inst->child; e; e = e->next, i++) {
			if (eval_get(&local, i))
				continue;
			ipath p = {w->path, it == T_OBJECT ? e->string : NULL, it == T_OBJECT ? cc_json_key_len(e) : 0, i};
			where w2 = {&p, here.scope, here.chain, here.depth + 1};
			size_t before = c->report->count;
			if (!v(c, u, e, &w2, NULL, collect)) {
				if (u->boolean == 0)
					relabel(c, before, it == T_OBJECT ? "is not an allowed property" : "is not an allowed item");
				STEP(false);
			}
			eval_set(&local, i);
		}
		eval_merge(ev, &local);
	}
#undef STEP
done:
	if (own)
		eval_free(&local);
	return ok;
}

int cc_schema_validate(const cc_schema *schema, const cJSON *instance, const cc_validate_options *opts,
                       cc_schema_report *report)
{
	static const cc_validate_options defaults = CC_VALIDATE_OPTIONS_INIT;
	const cc_validate_options *o = opts ? opts : &defaults;
	vctx c = {report, o->max_errors ? o->max_errors : 100, o->format_assert, false};
	where w = {NULL, NULL, NULL, 0};
	const cnode *s = (const cnode *)schema;
	bool ok = v(&c, s, instance, &w, NULL, true);
	if (!ok && !report->count)
		add_error(&c, NULL, s, NULL, "is not valid");
	return ok ? 1 : 0;
}

void cc_schema_report_clear(cc_schema_report *report)
{
	for (size_t i = 0; i < report->count; i++) {
		free(report->errors[i].instance_location);
		free(report->errors[i].keyword_location);
		free(report->errors[i].message);
	}
	free(report->errors);
	report->errors = NULL;
	report->count = 0;
	report->truncated = false;
}
