/* rules_chronology.c: the chronology is present, ordered, free of
 * repeats, about the case's children, up to date and without long gaps
 * since the current allocation (seeds 001 §2, 002, 004 §1-§2). Entries
 * marked entered_in_error are kept but count for none of these. That each
 * significant event has its entry is rules_events.c. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "chronidx.h"
#include "checks.h"
#include "jget.h"
#include "repeats.h"
#include "util/xalloc.h"

void cc_check_chronology_present(cc_audit_case *ac)
{
	if (!ac->c->chronology.present)
		cc_audit_add(ac, "chronology.present", ac->c->chronology.path, "", "the case has no chronology.json");
}

void cc_check_chronology_order(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it;
	cc_partial_date prev = {0, 0, CC_DATE_DAY};
	bool have_prev = false;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		cc_partial_date pd;
		if (!cc_entry_in_error(it) && cc_jpdate(it, "date", &pd) == 0) {
			if (have_prev && pd.last < prev.first) {
				char *p = cc_ptr("/entries/%d/date", i);
				cc_audit_add(ac, "chronology.order", d->path, p, "the entry is dated before the entry above it");
				free(p);
			}
			prev = pd;
			have_prev = true;
		}
		i++;
	}
}

static void report_duplicate(void *ctx, int i, int j)
{
	cc_audit_case *ac = ctx;
	char *p = cc_ptr("/entries/%d", i);
	cc_audit_add(ac, "chronology.duplicates", ac->c->chronology.path, p,
	             "the entry repeats /entries/%d (same date, category and event)", j);
	free(p);
}

/* Sorted by date, category and event, so a long chronology stays fast. */
void cc_check_chronology_duplicates(cc_audit_case *ac)
{
	const cJSON *arr = cc_jarr(ac->c->chronology.json, "entries"), *it;
	int n = cJSON_GetArraySize(arr), m = 0, i = 0;
	cc_repeat_key *keys = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *keys);
	cJSON_ArrayForEach(it, arr) {
		const char *date = cc_jstr(it, "date"), *category = cc_jstr(it, "category"), *event = cc_jstr(it, "event");
		if (date && category && event && !cc_entry_in_error(it))
			keys[m++] = (cc_repeat_key){{date, category, event}, i};
		i++;
	}
	cc_each_repeat(keys, (size_t)m, report_duplicate, ac);
	free(keys);
}

void cc_check_chronology_children(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it, *ch;
	int i = 0;
	if (!ac->c->case_doc.json)
		return; /* the case's children are unknown */
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		bool any = false;
		cJSON_ArrayForEach(ch, cc_jarr(it, "children"))
			any |= cc_case_child(ac->c, cc_jtext(ch)) != NULL;
		if (!any) {
			char *p = cc_ptr("/entries/%d/children", i);
			cc_audit_add(ac, "chronology.children", d->path, p, "the entry names no child of the case");
			free(p);
		}
		i++;
	}
}

/* How recent the chronology surely is: the latest of the entries'
 * earliest possible days (an entry dated only "2026" proves nothing after
 * 1 January), or INT32_MIN when there is no entry. */
static cc_date newest_entry(const cJSON *chron)
{
	const cJSON *it;
	cc_date newest = 0;
	bool any = false;
	cJSON_ArrayForEach(it, cc_jarr(chron, "entries")) {
		cc_partial_date pd;
		if (!cc_entry_in_error(it) && cc_jpdate(it, "date", &pd) == 0 && (!any || pd.first > newest)) {
			newest = pd.first;
			any = true;
		}
	}
	return any ? newest : INT32_MIN;
}

void cc_check_chronology_up_to_date(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	if (!d->json)
		return;
	cc_date newest = newest_entry(d->json);
	long max_age = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_MAX_AGE_DAYS);
	if (newest == INT32_MIN) {
		cc_audit_add(ac, "chronology.up-to-date", d->path, "/entries", "the chronology has no entries");
		return;
	}
	long age = (long)ac->run->as_of - (long)newest;
	char on[11];
	cc_date_format(newest, on);
	if (age > max_age)
		cc_audit_add(ac, "chronology.up-to-date", d->path, "/entries",
		             "the newest entry (%s) is %ld days before the as-of date (chronology_max_age_days is %ld)",
		             on, age, max_age);
}

typedef struct dated {
	cc_partial_date d;
	int index;
} dated;

static int cmp_dated(const void *a, const void *b)
{
	const dated *x = a, *y = b;
	if (x->d.first != y->d.first)
		return x->d.first < y->d.first ? -1 : 1;
	return x->index - y->index; /* the allocation (-1) before an entry that day */
}

/* What a historic gap asks of the worker, for the profile in use and the
 * case: with care proceedings ongoing the court needs the chronology
 * complete (004 §1); otherwise it does not hold up the transfer. Static. */
static const char *historic_advice(const cc_audit_case *ac)
{
	const cJSON *child;
	if (cc_purpose_is_court(ac->run->purpose))
		return "For court the chronology must be complete: court.chronology-gap reports each gap longer than court_chronology_gap_days from the first agency involvement on.";
	cJSON_ArrayForEach(child, cc_case_children(ac->c)) {
		const char *cp = cc_jstr(child, "care_proceedings");
		if (cp && !strcmp(cp, "ongoing"))
			return "Care proceedings are ongoing: the court needs a complete chronology, so fill these gaps from the older records (Devon 004 §1).";
	}
	if (cc_audit_profile_includes(ac->run, CC_PROFILE_DEVON))
		return "Historic gaps do not hold up the transfer (Devon 004 §1); fill them when the case needs a complete chronology, e.g. for court.";
	return "They do not hold up the transfer; fill them from the older records when the case needs a complete chronology, e.g. for court.";
}

void cc_check_chronology_gaps(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it;
	int n = cJSON_GetArraySize(cc_jarr(d->json, "entries")), m = 0, i = 0;
	if (!d->json || n < 1)
		return;
	dated *v = cc_xcalloc((size_t)n + 1, sizeof *v);
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		if (!cc_entry_in_error(it) && cc_jpdate(it, "date", &v[m].d) == 0)
			v[m++].index = i;
		i++;
	}
	long limit = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_GAP_DAYS);
	cc_date since = cc_case_allocation_since(ac->c);
	/* The allocation's start counts as a point, so a current allocation
	 * with nothing recorded for months after it begins is a gap too. */
	if (since && since <= ac->run->as_of) {
		v[m].d.first = v[m].d.last = since;
		v[m++].index = -1;
	}
	qsort(v, (size_t)m, sizeof *v, cmp_dated);
	cc_date involved = cc_chron_first_involvement(d->json);
	/* Historic gaps are summed up in one warning (the first one's place),
	 * so they inform without drowning the blocking findings; the years
	 * before the first agency involvement are no gap at all. */
	int historic = 0, first_historic = -1;
	long longest_historic = 0;
	/* The latest day covered by the points before k: an earlier-starting
	 * entry may end after a later one (partial dates), so it is the running
	 * maximum of their last days, kept as the loop goes (linear). */
	cc_date covered = m > 0 ? v[0].d.last : 0;
	for (int k = 1; k < m; k++) {
		cc_date start = covered, end = v[k].d.first;
		if (v[k].d.last > covered)
			covered = v[k].d.last;
		long gap = (long)end - (long)start;
		if (gap <= limit || v[k].index < 0)
			continue; /* the gap up to the allocation is covered by the next one */
		long current = since ? (long)end - (long)(start > since ? start : since) : gap;
		if (current > limit) {
			char *p = cc_ptr("/entries/%d", v[k].index);
			cc_audit_add(ac, "chronology.gap", d->path, p,
			             "%ld days without an entry before this one, %ld of them since the current allocation (chronology_gap_days is %ld)",
			             gap, current, limit);
			free(p);
		} else {
			gap = (long)end - (long)(start > involved ? start : involved);
			if (gap <= limit)
				continue; /* before the agencies knew the family */
			if (historic++ == 0)
				first_historic = v[k].index;
			if (gap > longest_historic)
				longest_historic = gap;
		}
	}
	if (historic) {
		char *p = cc_ptr("/entries/%d", first_historic);
		cc_audit_add(ac, "chronology.historic-gap", d->path, p,
		             "%d gap%s longer than chronology_gap_days (%ld) between the first agency involvement and the current allocation, the longest %ld days; this one is the first. %s",
		             historic, historic == 1 ? "" : "s", limit, longest_historic, historic_advice(ac));
		free(p);
	}
	free(v);
}
