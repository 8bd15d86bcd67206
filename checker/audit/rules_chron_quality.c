/* rules_chron_quality.c: the quality of the chronology entries written
 * since the current allocation (seeds 001 §2 "chronology must be up to
 * date", 004 §2 "all recording will be up to date" and the file quality
 * check): the same significance text on many entries says nothing about
 * the child, and an entry written long after its event was not kept as
 * things happened. Warnings at sign-off, errors for court (the row's
 * severity_when). Findings name entries, never their text. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "repeats.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* Whether entry (not in error, dated) falls in the current allocation:
 * its first possible day on or after since (0: allocation unknown, then
 * every entry not marked historic). */
static bool current_entry(const cJSON *entry, cc_date since, cc_partial_date *pd)
{
	if (cc_entry_in_error(entry) || cc_jpdate(entry, "date", pd) < 0)
		return false;
	if (!since)
		return cc_jbool(entry, "historic") != 1;
	return pd->first >= since;
}

/* s with ASCII case folded, runs of white space as one space and the
 * ends trimmed of spaces and full stops: "Boilerplate." and
 * " boilerplate" are the same text. Owned. */
static char *normalised(const char *s)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	bool space = false;
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (isspace(ch)) {
			space = sb.len > 0;
			continue;
		}
		if (space)
			cc_strbuf_putc(&sb, ' ');
		space = false;
		cc_strbuf_putc(&sb, (char)tolower(ch));
	}
	size_t len = sb.len;
	while (len && sb.buf[len - 1] == '.')
		len--;
	cc_strbuf_truncate(&sb, len);
	return cc_strbuf_detach(&sb);
}

typedef struct repeat_count {
	int *count;  /* by entries[] index of a group's first entry: how many more share its text */
	int *next;   /* a group's other entries, chained from the first (-1 ends) */
	int *last;   /* the chain's end, by first */
} repeat_count;

static void count_repeat(void *ctx, int index, int first)
{
	repeat_count *rc = ctx;
	rc->count[first]++;
	rc->next[rc->last[first]] = index;
	rc->last[first] = index;
}

void cc_check_chronology_repeated_significance(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *arr = cc_jarr(d->json, "entries"), *it;
	int n = cJSON_GetArraySize(arr), m = 0, i = 0;
	if (!d->json || n < 2)
		return;
	cc_date since = cc_case_allocation_since(ac->c);
	long limit = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_REPEATED_SIGNIFICANCE_ENTRIES);
	cc_repeat_key *keys = cc_xcalloc((size_t)n, sizeof *keys);
	char **texts = cc_xcalloc((size_t)n, sizeof *texts);
	repeat_count rc = {cc_xcalloc((size_t)n, sizeof(int)), cc_xcalloc((size_t)n, sizeof(int)),
	                   cc_xcalloc((size_t)n, sizeof(int))};
	cJSON_ArrayForEach(it, arr) {
		cc_partial_date pd;
		const char *sig = cc_jstr(it, "significance");
		rc.next[i] = -1;
		rc.last[i] = i;
		if (sig && cc_jstr_given(it, "significance") && current_entry(it, since, &pd)) {
			texts[m] = normalised(sig);
			keys[m] = (cc_repeat_key){{texts[m], "", ""}, i};
			m++;
		}
		i++;
	}
	cc_each_repeat(keys, (size_t)m, count_repeat, &rc);
	for (i = 0; i < n; i++) {
		if (rc.count[i] + 1 < limit)
			continue;
		cc_strbuf others = CC_STRBUF_INIT;
		int shown = 0;
		for (int j = rc.next[i]; j >= 0 && shown < 5; j = rc.next[j], shown++)
			cc_strbuf_printf(&others, "%s/entries/%d", shown ? ", " : "", j);
		char *p = cc_ptr("/entries/%d/significance", i);
		cc_audit_add(ac, "chronology.repeated-significance", d->path, p,
		             "%d entries since the current allocation give the same significance text (also %s%s; "
		             "chronology_repeated_significance_entries is %ld): say what each event means for the child",
		             rc.count[i] + 1, others.buf ? others.buf : "", rc.count[i] > shown ? ", ..." : "", limit);
		free(p);
		cc_strbuf_free(&others);
	}
	for (i = 0; i < m; i++)
		free(texts[i]);
	free(texts);
	free(keys);
	free(rc.count);
	free(rc.next);
	free(rc.last);
}

void cc_check_chronology_recorded_late(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it;
	int i = 0;
	cc_date since = cc_case_allocation_since(ac->c);
	long limit = cc_audit_param(ac, CC_PARAM_CHRONOLOGY_RECORD_DELAY_DAYS);
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		cc_partial_date pd;
		cc_date on;
		if (current_entry(it, since, &pd) && cc_jdate(it, "recorded_on", &on) == 0 &&
		    (long)on - (long)pd.last > limit) {
			char *p = cc_ptr("/entries/%d/recorded_on", i);
			cc_audit_add(ac, "chronology.recorded-late", d->path, p,
			             "the entry was recorded %ld days after the event (chronology_record_delay_days is %ld): "
			             "record events in the chronology as they happen",
			             (long)on - (long)pd.last, limit);
			free(p);
		}
		i++;
	}
}
