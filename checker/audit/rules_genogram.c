/* rules_genogram.c: the genogram is present, shows every child of the
 * case, its parent links never loop and parents are old enough (seed 004
 * §1, §4). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "util/xalloc.h"

CC_CHECK(genogram_present)
{
	if (!ac->c->genogram.present)
		cc_audit_add(ac, "genogram.present", ac->c->genogram.path, "", "the case has no genogram.json");
}

CC_CHECK(genogram_children)
{
	const cc_doc *g = &ac->c->genogram;
	const cJSON *ch, *p;
	int i = 0;
	if (!g->json)
		return;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		const char *id = cc_jstr(ch, "id");
		bool found = false;
		cJSON_ArrayForEach(p, cc_jarr(g->json, "people")) {
			const char *c = cc_jstr(p, "child");
			found |= c && id && !strcmp(c, id);
		}
		if (id && !found) {
			char *ptr = cc_ptr("/children/%d", i);
			cc_audit_add(ac, "genogram.children", g->path, "/people",
			             "no genogram person stands for the child at case.json %s", ptr);
			free(ptr);
		}
		i++;
	}
}

/* Index of a person by id, or -1. */
static int person_index(const cJSON *people, const char *id)
{
	const cJSON *p;
	int i = 0;
	cJSON_ArrayForEach(p, people) {
		const char *pid = cc_jstr(p, "id");
		if (pid && id && !strcmp(pid, id))
			return i;
		i++;
	}
	return -1;
}

/* Parent edges as index pairs. */
typedef struct edge {
	int parent, child, rel;
} edge;

static edge *parent_edges(const cJSON *geno, size_t *n_out)
{
	const cJSON *people = cc_jarr(geno, "people"), *r;
	size_t n = 0, cap = 0;
	edge *e = NULL;
	int i = 0;
	cJSON_ArrayForEach(r, cc_jarr(geno, "relationships")) {
		const char *type = cc_jstr(r, "type");
		if (type && !strcmp(type, "parent")) {
			int p = person_index(people, cc_jstr(r, "parent")), c = person_index(people, cc_jstr(r, "child"));
			if (p >= 0 && c >= 0) {
				e = cc_xgrow(e, &cap, n + 1, sizeof *e);
				e[n++] = (edge){p, c, i};
			}
		}
		i++;
	}
	*n_out = n;
	return e;
}

/* Depth-first search for a loop; state 0 new, 1 on the path, 2 done.
 * Returns the relationship index that closes a loop, or -1. */
static int dfs(int v, const edge *e, size_t n, int *state)
{
	state[v] = 1;
	for (size_t k = 0; k < n; k++) {
		if (e[k].parent != v)
			continue;
		int w = e[k].child;
		if (state[w] == 1)
			return e[k].rel;
		if (state[w] == 0) {
			int r = dfs(w, e, n, state);
			if (r >= 0)
				return r;
		}
	}
	state[v] = 2;
	return -1;
}

CC_CHECK(genogram_acyclic)
{
	const cc_doc *g = &ac->c->genogram;
	size_t n = 0;
	int people = cJSON_GetArraySize(cc_jarr(g->json, "people"));
	if (!g->json || people == 0)
		return;
	edge *e = parent_edges(g->json, &n);
	int *state = cc_xcalloc((size_t)people, sizeof *state);
	for (int v = 0; v < people; v++) {
		if (state[v])
			continue;
		int rel = dfs(v, e, n, state);
		if (rel >= 0) {
			char *p = cc_ptr("/relationships/%d", rel);
			cc_audit_add(ac, "genogram.acyclic", g->path, p,
			             "this parent link closes a loop: someone would be their own ancestor");
			free(p);
			break; /* one loop is enough to fix at a time */
		}
	}
	free(state);
	free(e);
}

/* A person's birth: genogram born, or the case child's date_of_birth. */
static int born_of(const cc_case *c, const cJSON *person, cc_partial_date *out)
{
	if (cc_jpdate(person, "born", out) == 0)
		return 0;
	const cJSON *child = cc_case_child(c, cc_jstr(person, "child"));
	cc_date d;
	if (child && cc_jdate(child, "date_of_birth", &d) == 0) {
		out->first = out->last = d;
		out->precision = CC_DATE_DAY;
		return 0;
	}
	return -1;
}

CC_CHECK(genogram_parent_age)
{
	const cc_doc *g = &ac->c->genogram;
	const cJSON *people = cc_jarr(g->json, "people");
	size_t n = 0;
	if (!g->json)
		return;
	edge *e = parent_edges(g->json, &n);
	long min_age = cc_audit_param(ac, CC_PARAM_MIN_PARENT_AGE_YEARS);
	for (size_t k = 0; k < n; k++) {
		cc_partial_date pb, cb;
		if (born_of(ac->c, cJSON_GetArrayItem(people, e[k].parent), &pb) < 0 ||
		    born_of(ac->c, cJSON_GetArrayItem(people, e[k].child), &cb) < 0)
			continue;
		/* Only when certainly too young: the earliest the parent may be
		 * born against the latest the child may be. */
		if (cc_date_years_between(pb.first, cb.last) < min_age) {
			char *p = cc_ptr("/relationships/%d", e[k].rel);
			cc_audit_add(ac, "genogram.parent-age", g->path, p,
			             "the parent is born less than %ld years before the child (min_parent_age_years)", min_age);
			free(p);
		}
	}
	free(e);
}
