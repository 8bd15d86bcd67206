/* rules_genogram.c: the genogram is present, shows every child of the
 * case, its parent links never loop and parents are old enough (seed 004
 * §1, §4). People are found by id through a sorted index and the loop
 * search keeps its path on the heap, so a genogram of 100,000 people or a
 * parent chain as long takes O(n log n) time and little stack. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "idindex.h"
#include "jget.h"
#include "util/xalloc.h"

void cc_check_genogram_present(cc_audit_case *ac)
{
	if (!ac->c->genogram.present)
		cc_audit_add(ac, "genogram.present", ac->c->genogram.path, "", "the case has no genogram.json");
}

void cc_check_genogram_children(cc_audit_case *ac)
{
	const cc_doc *g = &ac->c->genogram;
	const cJSON *ch;
	cc_id_index by_child = CC_ID_INDEX_INIT;
	int i = 0;
	if (!g->json)
		return;
	cc_id_index_build(&by_child, cc_jarr(g->json, "people"), "child");
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		const char *id = cc_jstr(ch, "id");
		if (id && cc_id_index_find(&by_child, id) < 0) {
			char *ptr = cc_ptr("/children/%d", i);
			cc_audit_add(ac, "genogram.children", g->path, "/people",
			             "no genogram person stands for the child at case.json %s", ptr);
			free(ptr);
		}
		i++;
	}
	cc_id_index_free(&by_child);
}

/* Parent edges as index pairs (people positions), in relationship order. */
typedef struct edge {
	int parent, child, rel;
} edge;

/* The parent links whose two people exist (the first person of a repeated
 * id stands for it). people indexes the genogram's people by id. */
static edge *parent_edges(const cJSON *geno, const cc_id_index *people, size_t *n_out)
{
	const cJSON *r;
	size_t n = 0, cap = 0;
	edge *e = NULL;
	int i = 0;
	cJSON_ArrayForEach(r, cc_jarr(geno, "relationships")) {
		const char *type = cc_jstr(r, "type");
		if (type && !strcmp(type, "parent")) {
			int p = cc_id_index_find(people, cc_jstr(r, "parent"));
			int c = cc_id_index_find(people, cc_jstr(r, "child"));
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

/* Depth-first search for a loop over n_people people, with the path on an
 * explicit stack. Each person's links are followed in relationship order
 * and the search starts from each person in turn, so the link reported is
 * the one a recursive search would report. Returns the relationship index
 * that closes a loop, or -1. */
static int find_loop(const edge *e, size_t n, size_t n_people)
{
	/* Links grouped by parent (counting sort keeps relationship order). */
	size_t *first = cc_xcalloc(n_people + 1, sizeof *first);
	size_t *links = cc_xcalloc(n ? n : 1, sizeof *links);
	size_t *next = cc_xcalloc(n_people, sizeof *next);   /* next link to follow */
	unsigned char *state = cc_xcalloc(n_people, 1);        /* 0 new, 1 on the path, 2 done */
	size_t *path = cc_xcalloc(n_people, sizeof *path);
	int found = -1;
	for (size_t k = 0; k < n; k++)
		first[(size_t)e[k].parent + 1]++;
	for (size_t v = 0; v < n_people; v++)
		first[v + 1] += first[v];
	for (size_t v = 0; v < n_people; v++)
		next[v] = first[v];
	for (size_t k = 0; k < n; k++)
		links[next[e[k].parent]++] = k;
	for (size_t v = 0; v < n_people; v++)
		next[v] = first[v];

	for (size_t s = 0; s < n_people && found < 0; s++) {
		size_t depth = 0;
		if (state[s])
			continue;
		state[s] = 1;
		path[depth++] = s;
		while (depth > 0 && found < 0) {
			size_t v = path[depth - 1];
			if (next[v] == first[v + 1]) {
				state[v] = 2;
				depth--;
				continue;
			}
			const edge *k = &e[links[next[v]++]];
			size_t w = (size_t)k->child;
			if (state[w] == 1)
				found = k->rel;
			else if (state[w] == 0) {
				state[w] = 1;
				path[depth++] = w;
			}
		}
	}
	free(path);
	free(state);
	free(next);
	free(links);
	free(first);
	return found;
}

void cc_check_genogram_acyclic(cc_audit_case *ac)
{
	const cc_doc *g = &ac->c->genogram;
	const cc_id_index *people = &ac->c->people_ix;
	size_t n = 0;
	if (!g->json || people->n_at == 0)
		return;
	edge *e = parent_edges(g->json, people, &n);
	int rel = find_loop(e, n, people->n_at);
	if (rel >= 0) {
		/* One loop is enough to fix at a time. */
		char *p = cc_ptr("/relationships/%d", rel);
		cc_audit_add(ac, "genogram.acyclic", g->path, p,
		             "this parent link closes a loop: someone would be their own ancestor");
		free(p);
	}
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

void cc_check_genogram_parent_age(cc_audit_case *ac)
{
	const cc_doc *g = &ac->c->genogram;
	const cc_id_index *people = &ac->c->people_ix;
	size_t n = 0;
	if (!g->json)
		return;
	edge *e = parent_edges(g->json, people, &n);
	long min_age = cc_audit_param(ac, CC_PARAM_MIN_PARENT_AGE_YEARS);
	for (size_t k = 0; k < n; k++) {
		cc_partial_date pb, cb;
		if (born_of(ac->c, cc_id_index_at(people, e[k].parent), &pb) < 0 ||
		    born_of(ac->c, cc_id_index_at(people, e[k].child), &cb) < 0)
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
