/* significance.c: the significant-event table (001 §2 "chronology must be
 * up to date", 002 "up to date chronology", 004 §1-§2). Visits, meetings,
 * completed assessments, reviews, conferences, court hearings and changes
 * of worker are the events a chronology exists to show; telephone calls,
 * record reading, notifications and the workers' own handover discussion
 * are not events in the child's life. */
#include "casecheck/significance.h"

#include <string.h>

#include "chronidx.h"

#define EVENTS_RULE "chronology.events-recorded"
#define KEPT_RULE "chronology.key-dates-kept"
#define REVIEW_RULE "plans.review-overdue"

static const char *const visit_notes[] = {"home-visit", "visit", NULL};
static const char *const meeting_notes[] = {"meeting", NULL};
static const char *const any_event_note[] = {"home-visit", "visit", "meeting", NULL};

#define MEETINGS (CC_CAT_MEETING | CC_CAT_CONFERENCE | CC_CAT_REVIEW)

static const cc_significant_event table[] = {
	{.source = CC_EVENT_NOTE, .type = "home-visit", .entry_cats = CC_CAT_VISIT,
	 .rule = EVENTS_RULE, .what = "home-visit note"},
	{.source = CC_EVENT_NOTE, .type = "visit", .entry_cats = CC_CAT_VISIT,
	 .rule = EVENTS_RULE, .what = "visit note"},
	{.source = CC_EVENT_NOTE, .type = "meeting", .entry_cats = MEETINGS,
	 .rule = EVENTS_RULE, .what = "meeting note"},
	{.source = CC_EVENT_ASSESSMENT, .type = NULL, .entry_cats = CC_CAT_ASSESSMENT,
	 .rule = EVENTS_RULE, .what = "completed assessment"},
	{.source = CC_EVENT_HANDOVER_VISIT, .type = NULL, .entry_cats = CC_CAT_VISIT | CC_CAT_TRANSFER,
	 .rule = EVENTS_RULE, .what = "handover visit"},
	/* A transfer at a review or meeting (003 §3) may be entered as that. */
	{.source = CC_EVENT_ALLOCATION, .type = NULL, .entry_cats = CC_CAT_ALLOCATION | CC_CAT_TRANSFER | MEETINGS,
	 .rule = EVENTS_RULE, .what = "allocation to the current worker"},
	{.source = CC_EVENT_KEY_DATE, .type = "review", .entry_cats = MEETINGS,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "review"},
	{.source = CC_EVENT_KEY_DATE, .type = "lac-review", .entry_cats = CC_CAT_REVIEW | CC_CAT_MEETING,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "child in care review"},
	{.source = CC_EVENT_KEY_DATE, .type = "cp-conference", .entry_cats = CC_CAT_CONFERENCE,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "child protection conference"},
	{.source = CC_EVENT_KEY_DATE, .type = "core-group", .entry_cats = CC_CAT_MEETING,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "core group meeting"},
	{.source = CC_EVENT_KEY_DATE, .type = "cin-meeting", .entry_cats = CC_CAT_MEETING | CC_CAT_REVIEW,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "child in need meeting"},
	{.source = CC_EVENT_KEY_DATE, .type = "tac-meeting", .entry_cats = CC_CAT_MEETING | CC_CAT_REVIEW,
	 .kept_by_notes = meeting_notes, .rule = KEPT_RULE, .what = "team around the child meeting"},
	{.source = CC_EVENT_KEY_DATE, .type = "court", .entry_cats = CC_CAT_COURT,
	 .kept_by_notes = NULL, .rule = KEPT_RULE, .what = "court hearing"},
	{.source = CC_EVENT_KEY_DATE, .type = "statutory-visit", .entry_cats = CC_CAT_VISIT,
	 .kept_by_notes = visit_notes, .rule = KEPT_RULE, .what = "statutory visit"},
	{.source = CC_EVENT_KEY_DATE, .type = "other", .entry_cats = CC_CAT_ANY,
	 .kept_by_notes = any_event_note, .rule = KEPT_RULE, .what = "key date"},
	{.source = CC_EVENT_PLAN_REVIEW, .type = NULL, .entry_cats = MEETINGS,
	 .kept_by_notes = meeting_notes, .rule = REVIEW_RULE, .what = "review of the child's plan"},
};

const cc_significant_event *cc_significant_find(cc_event_source source, const char *type)
{
	for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
		const cc_significant_event *e = &table[i];
		if (e->source != source)
			continue;
		if (!e->type || (type && !strcmp(e->type, type)))
			return e;
	}
	return NULL;
}

const char *cc_event_source_name(cc_event_source source)
{
	static const char *const names[] = {
		[CC_EVENT_NOTE] = "note", [CC_EVENT_ASSESSMENT] = "assessment",
		[CC_EVENT_HANDOVER_VISIT] = "handover-visit", [CC_EVENT_ALLOCATION] = "allocation",
		[CC_EVENT_KEY_DATE] = "key-date", [CC_EVENT_PLAN_REVIEW] = "plan-review",
	};
	return (unsigned)source < sizeof names / sizeof *names ? names[source] : "?";
}

const cc_significant_event *cc_significant_table(size_t *n)
{
	*n = sizeof table / sizeof *table;
	return table;
}
