/* timeline.c: the case's chronology as a timeline for the HTML view. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "jget.h"
#include "util/xalloc.h"

static void mark(cc_timeline *tl, size_t *cap, cc_date d, const char *kind, bool past)
{
	tl->marks = cc_xgrow(tl->marks, cap, tl->n_marks + 1, sizeof *tl->marks);
	tl->marks[tl->n_marks].date = d;
	tl->marks[tl->n_marks].past = past;
	tl->marks[tl->n_marks++].kind = cc_xstrdup(kind);
}

void cc_audit_timeline(cc_audit_case *ac)
{
	cc_timeline *tl = &ac->result->timeline;
	const cJSON *entries = cc_jarr(ac->c->chronology.json, "entries"), *it;
	size_t n = (size_t)cJSON_GetArraySize(entries), i = 0, cap = 0;
	cc_partial_date prev = {0, 0, CC_DATE_DAY};
	bool have_prev = false;
	cc_date d;
	tl->gap_days = (int)ac->run->params[CC_PARAM_CHRONOLOGY_GAP_DAYS];
	tl->allocation_since = cc_case_allocation_since(ac->c);
	if (n)
		tl->entries = cc_xcalloc(n, sizeof *tl->entries);
	cJSON_ArrayForEach(it, entries) {
		cc_partial_date pd;
		const char *cat = cc_jstr(it, "category");
		if (!cc_entry_in_error(it) && cc_jpdate(it, "date", &pd) == 0) {
			cc_timeline_entry *e = &tl->entries[tl->n_entries++];
			e->date = pd;
			e->category = cc_xstrdup(cat ? cat : "other");
			e->pointer = cc_xasprintf("/entries/%zu", i);
			e->out_of_order = have_prev && pd.last < prev.first;
			e->future = pd.first > ac->run->as_of;
			e->historic = cc_jbool(it, "historic") == 1;
			prev = pd;
			have_prev = true;
		}
		i++;
	}
	if (tl->allocation_since)
		mark(tl, &cap, tl->allocation_since, "allocation", false);
	if (cc_jdate(ac->c->transfer.json, "transfer_on", &d) == 0)
		mark(tl, &cap, d, "transfer", false);
	cJSON_ArrayForEach(it, cc_jarr(ac->c->case_doc.json, "key_dates")) {
		const char *kind = cc_jstr(it, "kind");
		if (cc_jdate(it, "date", &d) == 0) /* past ones too: the chronology must show them */
			mark(tl, &cap, d, kind ? kind : "other", d < ac->run->as_of);
	}
}
