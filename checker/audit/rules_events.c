/* rules_events.c: every significant event of the current allocation has a
 * chronology entry, and every key date that has passed was kept (001 §2
 * "chronology must be up to date", 002, 004 §1-§2). What is significant,
 * and which entry categories record it, is the table in significance.c. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "chronidx.h"
#include "jget.h"
#include "notefacts.h"
#include "casecheck/significance.h"
#include "util/xalloc.h"

typedef struct events {
	cc_audit_case *ac;
	const cc_chron_ix *ix;
	long tol;
	cc_date from, as_of; /* the events checked: from the allocation to as-of */
	cc_date to;          /* ... and no later than this (as_of, or the day before the allocation) */
	const char *rule;    /* the rule findings go under; NULL: the significance table's */
	cc_date allocation;  /* where the current allocation's window starts */
} events;

/* The first day whose events must be in the chronology: the current
 * allocation's start, else (allocation unknown) the newest entry's day.
 * False when neither is known: chronology.up-to-date reports that. */
static bool window_start(cc_audit_case *ac, cc_date *from)
{
	cc_date since = cc_case_allocation_since(ac->c);
	if (since && since <= ac->run->as_of) {
		*from = since;
		return true;
	}
	const cc_chron_ix *ix = cc_case_chron_ix(ac->c);
	if (ix->n)
		*from = ix->v[ix->n - 1].date;
	return ix->n > 0;
}

static bool events_open(events *e, cc_audit_case *ac)
{
	if (!ac->c->chronology.json || !window_start(ac, &e->from))
		return false;
	e->ac = ac;
	e->as_of = ac->run->as_of;
	e->to = e->as_of;
	e->rule = NULL;
	e->allocation = e->from;
	e->tol = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_EVENT_TOLERANCE_DAYS);
	e->ix = cc_case_chron_ix(ac->c);
	return true;
}

static bool recorded(const events *e, unsigned cats, cc_date on)
{
	return cc_chron_ix_find(e->ix, cats, on - (cc_date)e->tol, on + (cc_date)e->tol, NULL) != NULL;
}

/* What to add, worded for an event long past: the entry carries the
 * event's own date, and recorded_on says it was written today. */
static void report_missing(events *e, const cc_significant_event *row, cc_date on, const char *path,
                           const char *pointer)
{
	char day[11];
	char *cats = cc_chron_cat_names(row->entry_cats);
	long ago = (long)e->as_of - (long)on;
	cc_date_format(on, day);
	cc_audit_add(e->ac, e->rule ? e->rule : row->rule, path, pointer,
	             "the %s of %s (%ld days ago) has no chronology entry (%s) within %ld days of it "
	             "(chronology_event_tolerance_days); add an entry dated %s%s",
	             row->what, day, ago, cats, e->tol, day,
	             ago > e->tol ? ", with recorded_on the day you add it" : "");
	free(cats);
}

static void need_entry(events *e, const cc_significant_event *row, cc_date on, const char *path,
                       const char *pointer)
{
	if (row && on >= e->from && on <= e->to && !recorded(e, row->entry_cats, on))
		report_missing(e, row, on, path, pointer);
}

static void walk_events(events *e)
{
	cc_case *c = e->ac->c;
	cc_date on;
	cc_note_facts nf;
	cc_note_facts_build(&nf, c);
	for (size_t i = 0; i < c->n_notes; i++) {
		/* An addendum adds to its note's event: not a new one. */
		if (!cc_note_final(c, i, &on) || cc_note_is_addendum(c, i) || cc_note_routine(&nf, i))
			continue;
		need_entry(e, cc_significant_find(CC_EVENT_NOTE, cc_jstr(c->notes[i].json, "type")), on,
		           c->notes[i].path, "/date");
	}
	cc_note_facts_free(&nf);
	for (size_t i = 0; i < c->n_assessments; i++) {
		const cJSON *a = c->assessments[i].json;
		const char *status = cc_jstr(a, "status");
		if (status && !strcmp(status, "completed") && cc_jdate(a, "completed_on", &on) == 0)
			need_entry(e, cc_significant_find(CC_EVENT_ASSESSMENT, NULL), on, c->assessments[i].path,
			           "/completed_on");
	}
	if (cc_jdate(cc_jobj(c->transfer.json, "handover_visit"), "date", &on) == 0)
		need_entry(e, cc_significant_find(CC_EVENT_HANDOVER_VISIT, NULL), on, c->transfer.path,
		           "/handover_visit/date");
	if (cc_case_allocated_worker(c) && cc_jdate(cc_jobj(c->case_doc.json, "allocation"), "since", &on) == 0)
		need_entry(e, cc_significant_find(CC_EVENT_ALLOCATION, NULL), on, c->case_doc.path,
		           "/allocation/since");
}

void cc_check_chronology_events(cc_audit_case *ac)
{
	events e;
	if (events_open(&e, ac))
		walk_events(&e);
}

/* The same walk over the events before the current allocation, from the
 * first agency involvement on, under rule (rules_court.c): the table
 * says what is significant, once, for both. */
void cc_events_before_allocation(cc_audit_case *ac, const char *rule)
{
	events e;
	if (!events_open(&e, ac))
		return;
	cc_date involved = cc_chron_first_involvement(ac->c->chronology.json);
	e.to = e.from - 1;
	e.from = involved == INT32_MIN ? e.from : involved;
	e.rule = rule;
	walk_events(&e);
}

/* A key date that has passed was kept: an entry of its kind, or a final
 * note of a kind that shows it, within the tolerance. A note with no entry
 * is reported by chronology.events-recorded, on the note. Under e->strict
 * (court) only an entry will do, from e->from on: a note that shows the
 * date kept does not put it in the chronology; a date the plain walk
 * reports (in the allocation, with neither) is left to it. */
static void walk_key_dates(events *e, bool strict)
{
	const cJSON *k;
	int idx = -1;
	cJSON_ArrayForEach(k, cc_jarr(e->ac->c->case_doc.json, "key_dates")) {
		cc_date on;
		idx++;
		/* A key date today may be later today. */
		if (cc_jdate(k, "date", &on) < 0 || on >= e->as_of || on < e->from || on > e->to)
			continue;
		const char *kind = cc_jstr(k, "kind");
		const cc_significant_event *row = cc_significant_find(CC_EVENT_KEY_DATE, kind ? kind : "other");
		if (!row)
			row = cc_significant_find(CC_EVENT_KEY_DATE, "other");
		if (!row || recorded(e, row->entry_cats, on))
			continue;
		cc_date from = on - (cc_date)e->tol, to = on + (cc_date)e->tol;
		bool noted = row->kept_by_notes && cc_case_find_note(e->ac->c, row->kept_by_notes, from, to, NULL);
		if (strict ? !noted && on >= e->allocation : noted)
			continue;
		char day[11], *ptr = cc_ptr("/key_dates/%d/date", idx), *cats = cc_chron_cat_names(row->entry_cats);
		cc_date_format(on, day);
		if (strict)
			cc_audit_add(e->ac, e->rule, e->ac->c->case_doc.path, ptr,
			             "the %s key date %s (%s) has no chronology entry (%s) within %ld days of it%s: "
			             "a court reads the chronology; add the entry dated %s",
			             kind ? kind : "other", day, row->what, cats, e->tol,
			             noted ? " (a note shows it was kept)" : "", day);
		else
			cc_audit_add(e->ac, row->rule, e->ac->c->case_doc.path, ptr,
			             "the %s key date %s (%s, %ld days ago) passed with no chronology entry (%s)%s within %ld days "
			             "of it: if it took place, add the entry dated %s (and its note); if it was moved or "
			             "cancelled, record that and correct the key date",
			             kind ? kind : "other", day, row->what, (long)(e->as_of - on), cats,
			             row->kept_by_notes ? " or note" : "", e->tol, day);
		free(cats);
		free(ptr);
	}
}

void cc_check_chronology_key_dates_kept(cc_audit_case *ac)
{
	events e;
	if (events_open(&e, ac))
		walk_key_dates(&e, false);
}

/* Every key date that has passed since the first agency involvement has
 * its chronology entry, under rule (rules_court.c). */
void cc_key_dates_in_chronology(cc_audit_case *ac, const char *rule)
{
	events e;
	if (!events_open(&e, ac))
		return;
	cc_date involved = cc_chron_first_involvement(ac->c->chronology.json);
	if (involved != INT32_MIN && involved < e.from)
		e.from = involved;
	e.rule = rule;
	walk_key_dates(&e, true);
}
