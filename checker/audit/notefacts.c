/* notefacts.c: a note's own facts and its addenda's. */
#include "notefacts.h"

#include <stdlib.h>
#include <string.h>

#include "jget.h"
#include "util/xalloc.h"

bool cc_note_final(const cc_case *c, size_t i, cc_date *on)
{
	const cJSON *n = c->notes[i].json;
	const char *status = cc_jstr(n, "status");
	return status && !strcmp(status, "final") && cc_jdate(n, "date", on) == 0;
}

bool cc_note_is_addendum(const cc_case *c, size_t i)
{
	return cc_jstr(c->notes[i].json, "amends") != NULL;
}

static int cmp_amend(const void *a, const void *b)
{
	const cc_note_amend *x = a, *y = b;
	int r = strcmp(x->target, y->target);
	if (r)
		return r;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->note < y->note ? -1 : x->note > y->note;
}

void cc_note_facts_build(cc_note_facts *f, const cc_case *c)
{
	f->c = c;
	f->v = NULL;
	f->n = 0;
	for (size_t i = 0; i < c->n_notes; i++) {
		const char *target = cc_jstr(c->notes[i].json, "amends");
		cc_date on;
		if (!target || !cc_note_final(c, i, &on))
			continue;
		if (!f->v)
			f->v = cc_xcalloc(c->n_notes, sizeof *f->v);
		f->v[f->n++] = (cc_note_amend){target, on, i};
	}
	if (f->n > 1)
		qsort(f->v, f->n, sizeof *f->v, cmp_amend);
}

const cJSON *cc_note_fact(const cc_note_facts *f, size_t i, const char *key)
{
	const cJSON *n = f->c->notes[i].json, *v = cc_jget(n, key);
	const char *id = cc_jstr(n, "id");
	if (!id || !f->n)
		return v;
	size_t lo = 0, hi = f->n;
	while (lo < hi) { /* the first addendum of this note */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(f->v[mid].target, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < f->n && !strcmp(f->v[lo].target, id); lo++) {
		const cJSON *a = cc_jget(f->c->notes[f->v[lo].note].json, key);
		if (a)
			v = a; /* later addenda come later */
	}
	return v;
}

bool cc_note_routine(const cc_note_facts *f, size_t i)
{
	return cJSON_IsTrue(cc_note_fact(f, i, "routine"));
}

bool cc_note_saw_child(const cc_note_facts *f, size_t i, const char *child)
{
	const cJSON *seen = cc_note_fact(f, i, "children_seen");
	if (cJSON_IsArray(seen))
		return cc_jarr_has_str(seen, child);
	return cc_jarr_has_str(cc_jarr(f->c->notes[i].json, "children"), child);
}

void cc_note_facts_free(cc_note_facts *f)
{
	free(f->v);
	f->v = NULL;
	f->n = 0;
}
