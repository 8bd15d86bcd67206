/* validate.c: evaluates a compiled schema against an instance: the
 * evaluation loop, references and the dynamic scope, error records.
 *
 * Reads the cnode graph only, so any number of threads may validate with
 * one schema at once. Everything per-validation lives on the C stack (the
 * instance path, the dynamic scope, the $ref chain, and small bit sets of
 * evaluated members/items); the heap is touched only for errors and for
 * annotation bit sets of objects or arrays with more than 128 entries. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "json/internal.h"
#include "schema/eval.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "schema/tree.h"

#define MAX_DEPTH 2048

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

void schema_error(vctx *c, const ipath *path, const cnode *s, const char *kw, const char *fmt, ...)
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

/* Replaces the message of the one error added since before, if any. */
void schema_relabel(vctx *c, size_t before, const char *msg)
{
	if (c->report->count != before + 1)
		return;
	free(c->report->errors[before].message);
	c->report->errors[before].message = cc_xstrdup(msg);
}

/* Follows a $ref/$dynamicRef/$recursiveRef to target, refusing a loop on one instance. */
static bool follow(vctx *c, const cnode *s, const char *kw, const cnode *target, const cJSON *inst,
                   const where *w, eval *ev, bool collect)
{
	for (const rchain *r = w->chain; r; r = r->up) {
		if (r->node == target && r->inst == inst) {
			if (collect)
				schema_error(c, w->path, s, kw, "leads to an infinite reference loop");
			return false;
		}
	}
	rchain link = {w->chain, target, inst};
	where w2 = {w->path, w->scope, &link, w->depth + 1};
	return schema_eval(c, target, inst, &w2, ev, collect);
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

static bool type_ok(const cnode *s, const cJSON *inst, unsigned it)
{
	if (s->types & it)
		return true;
	return it == T_NUMBER && (s->types & T_INTEGER) && cc_number_is_integer(cc_number_of(inst));
}

bool schema_eval(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	if (s->boolean == 1)
		return true;
	if (s->boolean == 0) {
		if (collect)
			schema_error(c, w->path, s, NULL, "is not allowed here");
		return false;
	}
	if (w->depth > MAX_DEPTH) {
		if (collect)
			schema_error(c, w->path, s, NULL, "is nested too deeply to validate");
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
		STEP(follow(c, s, s->recursive_ref ? "$recursiveRef" : "$dynamicRef", dynamic_target(s, &here), inst,
		            &here, mine, collect));
	if (s->has & H_TYPE) {
		if (!type_ok(s, inst, it)) {
			char buf[96];
			if (collect)
				schema_error(c, w->path, s, "type", "must be of type %s", type_names(s->types, buf, sizeof buf));
			STEP(false);
		}
	}
	if ((s->has & H_CONST) && !cc_json_equal(s->const_, inst)) {
		if (collect)
			schema_error(c, w->path, s, "const", "is not the allowed value");
		STEP(false);
	}
	if (s->enum_) {
		bool found = false;
		for (const cJSON *e = s->enum_->child; e && !found; e = e->next)
			found = cc_json_equal(e, inst);
		if (!found && collect)
			schema_error(c, w->path, s, "enum", "is not one of the allowed values");
		STEP(found);
	}
	if (it == T_NUMBER && (s->groups & G_NUMBER))
		STEP(schema_kw_number(c, s, inst, &here, collect));
	else if (it == T_STRING && (s->groups & G_STRING))
		STEP(schema_kw_string(c, s, inst, &here, collect));
	else if (it == T_ARRAY && (s->groups & G_ARRAY))
		STEP(schema_kw_array(c, s, inst, &here, mine, collect));
	else if (it == T_OBJECT && (s->groups & G_OBJECT))
		STEP(schema_kw_object(c, s, inst, &here, mine, collect));
	if (s->groups & G_LOGIC)
		STEP(schema_kw_logic(c, s, inst, &here, mine, collect));
	if (own) {
		const cnode *u = it == T_OBJECT ? s->uneval_props : s->uneval_items;
		size_t i = 0;
		for (const cJSON *e = inst->child; e; e = e->next, i++) {
			if (eval_get(&local, i))
				continue;
			ipath p = {w->path, it == T_OBJECT ? e->string : NULL, it == T_OBJECT ? cc_json_key_len(e) : 0, i};
			where w2 = {&p, here.scope, here.chain, here.depth + 1};
			size_t before = c->report->count;
			if (!schema_eval(c, u, e, &w2, NULL, collect)) {
				if (u->boolean == 0)
					schema_relabel(c, before, it == T_OBJECT ? "is not an allowed property" : "is not an allowed item");
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
	bool ok = schema_eval(&c, s, instance, &w, NULL, true);
	if (!ok && !report->count)
		schema_error(&c, NULL, s, NULL, "is not valid");
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
