/* chronidx.c: chronology entries sorted by day for range questions. */
#include "chronidx.h"

#include "audit_int.h"

#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "jget.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static const char *const cat_names[] = {
	"referral", "assessment", "visit", "meeting", "conference", "review", "court", "placement",
	"health", "education", "police", "family", "allocation", "transfer", "closure", "other",
};

unsigned cc_chron_cat_bit(const char *category)
{
	if (!category)
		return 0;
	for (size_t i = 0; i < sizeof cat_names / sizeof *cat_names; i++)
		if (!strcmp(cat_names[i], category))
			return 1u << i;
	return 0;
}

static int cmp_at(const void *a, const void *b)
{
	const cc_chron_at *x = a, *y = b;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->index - y->index;
}

void cc_chron_ix_build(cc_chron_ix *ix, const cJSON *chron)
{
	const cJSON *entries = cc_jarr(chron, "entries"), *it;
	int n = cJSON_GetArraySize(entries), i = 0;
	ix->v = NULL;
	ix->n = 0;
	if (n <= 0)
		return;
	ix->v = cc_xcalloc((size_t)n, sizeof *ix->v);
	cJSON_ArrayForEach(it, entries) {
		cc_partial_date pd;
		unsigned cat = cc_chron_cat_bit(cc_jstr(it, "category"));
		/* An entry entered in error records nothing. */
		if (cat && !cc_jobj(it, "entered_in_error") && cc_jpdate(it, "date", &pd) == 0 &&
		    pd.precision == CC_DATE_DAY)
			ix->v[ix->n++] = (cc_chron_at){pd.first, cat, i, it};
		i++;
	}
	qsort(ix->v, ix->n, sizeof *ix->v, cmp_at);
}

static bool names_child(const cJSON *entry, const char *child)
{
	return !child || cc_jarr_has_str(cc_jarr(entry, "children"), child);
}

const cc_chron_at *cc_chron_ix_find(const cc_chron_ix *ix, unsigned cats, cc_date from, cc_date to,
                                    const char *child)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) { /* the first entry dated from or later */
		size_t mid = lo + (hi - lo) / 2;
		if (ix->v[mid].date < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ix->n && ix->v[i].date <= to; i++)
		if ((ix->v[i].cat & cats) && names_child(ix->v[i].entry, child))
			return &ix->v[i];
	return NULL;
}

char *cc_chron_cat_names(unsigned cats)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	size_t n = sizeof cat_names / sizeof *cat_names, count = 0, seen = 0;
	if ((cats & CC_CAT_ANY) == CC_CAT_ANY)
		return cc_xstrdup("any");
	for (size_t i = 0; i < n; i++)
		count += (cats >> i) & 1u;
	for (size_t i = 0; i < n; i++) {
		if (!((cats >> i) & 1u))
			continue;
		seen++;
		if (seen > 1)
			cc_strbuf_puts(&sb, seen == count ? " or " : ", ");
		cc_strbuf_puts(&sb, cat_names[i]);
	}
	return cc_strbuf_detach(&sb);
}

const cc_chron_ix *cc_case_chron_ix(cc_case *c)
{
	if (!c->chron_ix_built) {
		cc_chron_ix_build(&c->chron_ix, c->chronology.json);
		c->chron_ix_built = true;
	}
	return &c->chron_ix;
}

void cc_chron_ix_free(cc_chron_ix *ix)
{
	free(ix->v);
	ix->v = NULL;
	ix->n = 0;
}

/* The first day an agency was involved with the family: the earliest
 * entry of a category other than family life and universal services
 * (family, health, education, other), or the first entry when there is
 * none; an entry entered in error shows no involvement. Gaps before it
 * (from a birth to a first referral) are no gap. */
cc_date cc_chron_first_involvement(const cJSON *chron)
{
	static const unsigned quiet = CC_CAT_FAMILY | CC_CAT_HEALTH | CC_CAT_EDUCATION | CC_CAT_OTHER;
	const cJSON *it;
	cc_date first = INT32_MAX;
	cJSON_ArrayForEach(it, cc_jarr(chron, "entries")) {
		cc_partial_date pd;
		unsigned cat = cc_chron_cat_bit(cc_jstr(it, "category"));
		if (cat && !(cat & quiet) && !cc_entry_in_error(it) && cc_jpdate(it, "date", &pd) == 0 &&
		    pd.first < first)
			first = pd.first;
	}
	return first == INT32_MAX ? INT32_MIN : first;
}
