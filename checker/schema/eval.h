/* schema/eval.h: the state of one validation, shared by validate.c (the
 * evaluation loop, references, errors) and the kw_*.c files (keyword
 * groups). Everything here lives on the C stack of the validating thread.
 *
 * Errors are recorded only in "collect" mode; subschemas whose failure does
 * not by itself fail the parent (anyOf, oneOf, not, if, contains,
 * propertyNames) are evaluated in "probe" mode, which stops at the first
 * failure and records nothing. */
#ifndef CC_SCHEMA_EVAL_H
#define CC_SCHEMA_EVAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "schema/internal.h"
#include "util/xalloc.h"
#include "schema/tree.h"

/* The instance location as a chain of steps up to the root. */
typedef struct ipath {
	const struct ipath *up;
	const char *key; /* NULL for an array index */
	size_t len;
	size_t index;
} ipath;

/* The dynamic scope: the schema resources entered, innermost first. */
typedef struct dscope {
	const struct dscope *up;
	const sinfo *res;
} dscope;

/* The $ref hops taken, with their instances, to refuse loops. */
typedef struct rchain {
	const struct rchain *up;
	const cnode *node;
	const cJSON *inst;
} rchain;

/* One call of cc_schema_validate(). */
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

/* Where an evaluation stands. */
typedef struct where {
	const ipath *path;
	const dscope *scope;
	const rchain *chain;
	unsigned depth;
} where;

static inline void eval_init(eval *e, size_t n)
{
	e->n = n;
	e->inl[0] = e->inl[1] = 0;
	e->bits = n <= 128 ? e->inl : cc_xcalloc((n + 63) / 64, sizeof *e->bits);
}

static inline void eval_free(eval *e)
{
	if (e->bits != e->inl)
		free(e->bits);
}

static inline void eval_set(eval *e, size_t i)
{
	if (e && i < e->n)
		e->bits[i / 64] |= (uint64_t)1 << (i % 64);
}

static inline bool eval_get(const eval *e, size_t i)
{
	return i < e->n && (e->bits[i / 64] >> (i % 64)) & 1;
}

static inline void eval_merge(eval *dst, const eval *src)
{
	if (!dst)
		return;
	for (size_t i = 0; i < (src->n + 63) / 64 && i < (dst->n + 63) / 64; i++)
		dst->bits[i] |= src->bits[i];
}

/* Evaluates s against inst; true when valid. ev (may be NULL) collects the
 * members/items of inst that s evaluated, for unevaluated*. */
bool schema_eval(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect);
/* Records an error at path for keyword kw of s (kw NULL: s itself). */
void schema_error(vctx *c, const ipath *path, const cnode *s, const char *kw, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Replaces the message of the one error added since before, if any. */
void schema_relabel(vctx *c, size_t before, const char *msg);

/* Keyword groups (kw_*.c), each for one instance type or the logic ones. */
bool schema_kw_number(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect);
bool schema_kw_string(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect);
bool schema_kw_array(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect);
bool schema_kw_object(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect);
bool schema_kw_logic(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect);

#endif
