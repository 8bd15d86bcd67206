/* rules_court.c: --purpose court: a chronology complete enough for care
 * proceedings (seed 004 §1: "where there is a casework need for the
 * chronology to be complete (i.e. for Court proceedings) the current social
 * worker will be responsible for meeting that need"). Court is signoff
 * plus these rules; it is selected explicitly and changes nothing that
 * transfer or receive require. From the first agency involvement on there
 * is no gap longer than court_chronology_gap_days (historic gaps included,
 * unless an entry's nothing_known_until covers the period), every
 * significant event and key date has its entry (the significance table,
 * through rules_events.c), and every entry gives its source and its
 * significance to the child. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "chronidx.h"
#include "jget.h"
#include "util/xalloc.h"

typedef struct point {
	cc_date first, last; /* the entry's days; last extended by nothing_known_until */
	int index;
} point;

static int cmp_point(const void *a, const void *b)
{
	const point *x = a, *y = b;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->index - y->index;
}

/* The entries as points in time, sorted; *m of them. Owned. */
static point *court_points(const cJSON *chron, int *m)
{
	const cJSON *it;
	int n = cJSON_GetArraySize(cc_jarr(chron, "entries")), i = 0;
	point *v = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *v);
	*m = 0;
	cJSON_ArrayForEach(it, cc_jarr(chron, "entries")) {
		cc_partial_date pd, until;
		if (!cc_entry_in_error(it) && cc_jpdate(it, "date", &pd) == 0) {
			point *p = &v[(*m)++];
			p->first = pd.first;
			p->last = pd.last;
			if (cc_jpdate(it, "nothing_known_until", &until) == 0 && until.last > p->last)
				p->last = until.last;
			p->index = i;
		}
		i++;
	}
	qsort(v, (size_t)*m, sizeof *v, cmp_point);
	return v;
}

void cc_check_court_chronology_gap(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	int m;
	if (!d->json)
		return;
	cc_date involved = cc_chron_first_involvement(d->json);
	if (involved == INT32_MIN)
		return; /* no entry: chronology.up-to-date says so */
	point *v = court_points(d->json, &m);
	long limit = cc_audit_param(ac, CC_PARAM_COURT_CHRONOLOGY_GAP_DAYS);
	long plain = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_GAP_DAYS);
	cc_date since = cc_case_allocation_since(ac->c);
	cc_date covered = m > 0 ? v[0].last : 0;
	for (int k = 1; k < m; k++) {
		cc_date start = covered > involved ? covered : involved, end = v[k].first;
		if (v[k].last > covered)
			covered = v[k].last;
		long gap = (long)end - (long)start;
		if (gap <= limit)
			continue;
		/* A gap of the current allocation that chronology.gap reports
		 * (it runs for court too) is not reported twice. */
		if (since && (long)end - (long)(start > since ? start : since) > plain)
			continue;
		char *p = cc_ptr("/entries/%d", v[k].index);
		cc_audit_add(ac, "court.chronology-gap", d->path, p,
		             "%ld days without an entry before this one, after the first agency involvement "
		             "(court_chronology_gap_days is %ld): add the events of the period from the older records, "
		             "or an entry with nothing_known_until when nothing significant is known for it",
		             gap, limit);
		free(p);
	}
	free(v);
}

void cc_check_court_events(cc_audit_case *ac)
{
	cc_events_before_allocation(ac, "court.events-recorded");
	cc_key_dates_in_chronology(ac, "court.key-dates");
}

void cc_check_court_entries_complete(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		static const char *const need[] = {"source", "significance"};
		for (size_t k = 0; k < 2 && !cc_entry_in_error(it); k++)
			if (!cc_jstr_given(it, need[k])) {
				char *p = cc_ptr("/entries/%d/%s", i, need[k]);
				cc_audit_add(ac, "court.entry-complete", d->path, p, "the entry gives no %s%s", need[k],
				             k ? " (its impact on the child)" : " (where the information comes from)");
				free(p);
			}
		i++;
	}
}
