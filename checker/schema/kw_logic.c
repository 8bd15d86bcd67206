/* kw_logic.c: allOf, anyOf, oneOf, not, if/then/else. */
#include "schema/eval.h"

/* Annotations: a passing anyOf/oneOf branch or `if` adds what it evaluated;
 * failed branches and `not` add nothing. */
bool schema_kw_logic(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	bool ok = true;
	for (size_t i = 0; i < s->n_all_of; i++) {
		if (!schema_eval(c, s->all_of[i], inst, w, ev, collect)) {
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
			if (schema_eval(c, s->any_of[i], inst, w, ev ? &tmp : NULL, false)) {
				passed++;
				eval_merge(ev, &tmp);
			}
			eval_free(&tmp);
		}
		if (!passed) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, "anyOf", "does not match any of the allowed alternatives");
		}
	}
	if (s->n_one_of) {
		size_t passed = 0;
		for (size_t i = 0; i < s->n_one_of && passed < 2; i++) {
			eval tmp;
			eval_init(&tmp, ev ? ev->n : 0);
			if (schema_eval(c, s->one_of[i], inst, w, ev ? &tmp : NULL, false)) {
				passed++;
				eval_merge(ev, &tmp);
			}
			eval_free(&tmp);
		}
		if (passed != 1) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, "oneOf",
			          passed ? "matches more than one of the exclusive alternatives"
			                 : "does not match any of the alternatives");
		}
	}
	if (s->not_ && schema_eval(c, s->not_, inst, w, NULL, false)) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "not", "matches a schema it must not match");
	}
	if (s->if_) {
		eval tmp;
		eval_init(&tmp, ev ? ev->n : 0);
		bool cond = schema_eval(c, s->if_, inst, w, ev ? &tmp : NULL, false);
		if (cond)
			eval_merge(ev, &tmp);
		eval_free(&tmp);
		const cnode *branch = cond ? s->then_ : s->else_;
		if (branch && !schema_eval(c, branch, inst, w, ev, collect)) {
			ok = false;
			if (!collect)
				return false;
		}
	}
	return ok;
}
