/* rules_genogram_quality.c: the genogram is a genogram (004 §1 "all files
 * have a Genogram", §2 "All recording will be up to date. This includes
 * Genograms"): every child of the case has a parent or carer in it, it
 * spans three generations, and it was updated on or after the newest
 * family event the chronology records. One pass over the relationships
 * and one over the chronology: O(n) after the people index the loader
 * builds. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "util/xalloc.h"

/* has_parent[i]: genogram person i is the child of some parent link. The
 * caller frees it. NULL when the genogram has no people. */
static unsigned char *people_with_parents(const cc_case *c)
{
	const cc_id_index *people = &c->people_ix;
	const cJSON *r;
	if (people->n_at == 0)
		return NULL;
	unsigned char *has = cc_xcalloc(people->n_at, 1);
	cJSON_ArrayForEach(r, cc_jarr(c->genogram.json, "relationships")) {
		const char *type = cc_jstr(r, "type");
		int k = cc_id_index_find(people, cc_jstr(r, "child"));
		if (type && !strcmp(type, "parent") && k >= 0 && cc_id_index_find(people, cc_jstr(r, "parent")) >= 0)
			has[k] = 1;
	}
	return has;
}

void cc_check_genogram_parent_or_carer(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	if (!c->genogram.json)
		return;
	unsigned char *has = people_with_parents(c);
	for (size_t i = 0; i < c->people_ix.n_at; i++) {
		const char *child = cc_jstr(cc_id_index_at(&c->people_ix, (int)i), "child");
		if (!child || !cc_case_child(c, child) || has[i])
			continue;
		char *p = cc_ptr("/people/%zu", i);
		cc_audit_add(ac, "genogram.parent-or-carer", c->genogram.path, p,
		             "the child has no parent or carer in the genogram: add the parents (or the carer) as people "
		             "with a parent relationship to the child (kind birth, adoptive, step, foster or special-guardian)");
		free(p);
	}
	free(has);
}

void cc_check_genogram_generations(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cc_id_index *people = &c->people_ix;
	const cJSON *r;
	bool three = false;
	if (!c->genogram.json || people->n_at == 0)
		return;
	unsigned char *has = people_with_parents(c);
	/* Three generations: some parent is the child of someone too. */
	cJSON_ArrayForEach(r, cc_jarr(c->genogram.json, "relationships")) {
		const char *type = cc_jstr(r, "type");
		int p = cc_id_index_find(people, cc_jstr(r, "parent"));
		if (type && !strcmp(type, "parent") && p >= 0 && cc_id_index_find(people, cc_jstr(r, "child")) >= 0 &&
		    has[p]) {
			three = true;
			break;
		}
	}
	free(has);
	if (!three)
		cc_audit_add(ac, "genogram.generations", c->genogram.path, "/relationships",
		             "the genogram shows fewer than three generations: add the grandparents with what is known "
		             "of them (a name and a partial date are enough)");
}

/* The newest chronology entry after the genogram's updated_on that records
 * a family event: of a stated kind (not none) in *kinded, or a family
 * entry of no stated kind in *unkinded (index, -1 when none). */
static void newest_family_events(const cJSON *chron, cc_date updated, int *kinded, int *unkinded)
{
	const cJSON *e;
	cc_date best_k = 0, best_u = 0;
	int i = -1;
	*kinded = *unkinded = -1;
	cJSON_ArrayForEach(e, cc_jarr(chron, "entries")) {
		cc_partial_date d;
		i++;
		if (cc_entry_in_error(e) || cc_jpdate(e, "date", &d) < 0 || d.first <= updated)
			continue;
		const char *kind = cc_jstr(e, "family_event"), *cat = cc_jstr(e, "category");
		if (kind && strcmp(kind, "none")) {
			if (d.first >= best_k) {
				best_k = d.first;
				*kinded = i;
			}
		} else if (!kind && cat && !strcmp(cat, "family") && d.first >= best_u) {
			best_u = d.first;
			*unkinded = i;
		}
	}
}

void cc_check_genogram_up_to_date(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	cc_date updated;
	int kinded, unkinded;
	if (!c->genogram.json || !c->chronology.json || cc_jdate(c->genogram.json, "updated_on", &updated) < 0)
		return;
	newest_family_events(c->chronology.json, updated, &kinded, &unkinded);
	if (kinded >= 0)
		cc_audit_add(ac, "genogram.up-to-date", c->genogram.path, "/updated_on",
		             "the genogram was last updated before the family event at chronology.json /entries/%d "
		             "(its family_event): show the change in the genogram and set updated_on", kinded);
	else if (unkinded >= 0)
		cc_audit_add_variant(ac, "genogram.up-to-date", "kind-unstated", c->genogram.path, "/updated_on",
		                     "the family entry at chronology.json /entries/%d is newer than the genogram and does "
		                     "not say which family event it is: set its family_event (birth, death, new-partner, "
		                     "separation, household-change, or none) and update the genogram if the family changed",
		                     unkinded);
}
