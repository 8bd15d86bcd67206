#include "transfer_window.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "jget.h"
#include "notefacts.h"
#include "transfer_util.h"
#include "util/xalloc.h"

static void earliest(const cJSON *obj, const char *key, cc_date *best)
{
	cc_date d;
	if (cc_jdate(obj, key, &d) == 0 && (!*best || d < *best))
		*best = d;
}

/* What every rule asks about the case's transfer, worked out once per case
 * (the first rule that asks) and kept in cc_case.transfer_facts. */
struct cc_transfer_facts {
	bool has_window;
	cc_transfer_window w;
	cc_date *link; /* by note: the transfer it names (cc_note_fact "transfer_on"), or 0 */
};

static bool window_compute(const cc_audit_case *ac, const cc_date *link, cc_transfer_window *w);

static const struct cc_transfer_facts *transfer_facts(const cc_audit_case *ac)
{
	cc_case *c = ac->c;
	if (c->transfer_facts)
		return c->transfer_facts;
	struct cc_transfer_facts *f = cc_xcalloc(1, sizeof *f);
	cc_note_facts nf;
	f->link = cc_xcalloc(c->n_notes ? c->n_notes : 1, sizeof *f->link);
	cc_note_facts_build(&nf, c);
	for (size_t i = 0; i < c->n_notes; i++) {
		const char *on = cc_jtext(cc_note_fact(&nf, i, "transfer_on"));
		if (!on || cc_date_parse(&f->link[i], on, strlen(on)) < 0)
			f->link[i] = 0;
	}
	cc_note_facts_free(&nf);
	f->has_window = window_compute(ac, f->link, &f->w);
	c->transfer_facts = f;
	return f;
}

void cc_transfer_facts_free(struct cc_transfer_facts *f)
{
	if (!f)
		return;
	free(f->link);
	free(f);
}

/* The earliest final management-decision note that names this transfer. */
static void linked_decision(const cc_case *c, const cc_date *link, cc_date on, cc_date *best)
{
	for (size_t i = 0; on && i < c->n_notes; i++) {
		const cJSON *n = c->notes[i].json;
		cc_date d;
		if (cc_jstr_in(n, "type", (const char *const[]){"management-decision", NULL}) &&
		    cc_jstr_in(n, "status", (const char *const[]){"final", NULL}) && cc_jdate(n, "date", &d) == 0 &&
		    (!*best || d < *best) && link[i] == on)
			*best = d;
	}
}

/* The window (transfer_window.h): false (w cleared) when there is none. */
static bool window_compute(const cc_audit_case *ac, const cc_date *link, cc_transfer_window *w)
{
	const cJSON *t = ac->c->transfer.json;
	cc_date decided = 0, on = 0, review = 0;
	memset(w, 0, sizeof *w);
	if (!t)
		return false;
	earliest(cc_jobj(t, "planning_meeting"), "date", &decided);
	earliest(t, "notified_on", &decided);
	earliest(t, "new_worker_named_on", &decided);
	earliest(t, "head_of_service_agreed_on", &decided);
	bool has_on = cc_jdate(t, "transfer_on", &on) == 0;
	if (has_on)
		linked_decision(ac->c, link, on, &decided);
	if (!decided && !has_on)
		return false;
	w->on = has_on ? on : 0;
	w->from = decided ? decided
	                  : cc_date_add_months(on, -(int)cc_audit_param(ac, CC_PARAM_TRANSFER_DECISION_LEAD_MONTHS));
	char a[11], b[11];
	cc_date_format(w->from, a);
	if (has_on) {
		cc_date end = on;
		if (cc_jdate(t, "next_review_on", &review) == 0 && review > end)
			end = review;
		w->to = cc_date_add_months(end, (int)cc_audit_param(ac, CC_PARAM_TRANSFER_RECEIVING_PERIOD_MONTHS));
		if (w->to < w->from)
			w->to = w->from;
		cc_date_format(w->to, b);
		snprintf(w->text, sizeof w->text, "%s to %s", a, b);
	} else {
		snprintf(w->text, sizeof w->text, "from %s", a);
	}
	return true;
}

bool cc_transfer_window_get(const cc_audit_case *ac, cc_transfer_window *w)
{
	const struct cc_transfer_facts *f = transfer_facts(ac);
	if (!f->has_window) {
		memset(w, 0, sizeof *w);
		return false;
	}
	*w = f->w;
	return true;
}

bool cc_transfer_window_has(const cc_transfer_window *w, cc_date day)
{
	return day >= w->from && (!w->to || day <= w->to);
}

bool cc_transfer_day_counts(const cc_audit_case *ac, cc_date day)
{
	const struct cc_transfer_facts *f = transfer_facts(ac);
	if (f->has_window)
		return cc_transfer_window_has(&f->w, day);
	return day >= cc_transfer_anchor(ac->c);
}

bool cc_transfer_note_counts(const cc_audit_case *ac, size_t i, cc_date day)
{
	const struct cc_transfer_facts *f = transfer_facts(ac);
	cc_date link = f->link[i];
	return cc_transfer_day_counts(ac, day) && (!link || !f->w.on || link == f->w.on);
}

const cc_doc *cc_window_note(const cc_audit_case *ac, const cc_transfer_window *w, const char *const *types,
                             const cc_doc **older)
{
	const cc_case *c = ac->c;
	const cc_date *links = transfer_facts(ac)->link;
	const cc_doc *found = NULL;
	for (size_t i = 0; i < c->n_notes && !found; i++) {
		const cJSON *n = c->notes[i].json;
		cc_date d, link;
		if (!cc_jstr_in(n, "type", types) || !cc_jstr_in(n, "status", (const char *const[]){"final", NULL}) ||
		    cc_jdate(n, "date", &d) < 0 || !cc_transfer_window_has(w, d))
			continue;
		link = links[i];
		if (!link || !w->on || link == w->on)
			found = &c->notes[i];
	}
	if (older) {
		*older = NULL;
		cc_date best = 0;
		for (size_t i = 0; !found && i < c->n_notes; i++) {
			const cJSON *n = c->notes[i].json;
			cc_date d;
			if (!cc_jstr_in(n, "type", types) || !cc_jstr_in(n, "status", (const char *const[]){"final", NULL}) ||
			    cc_jdate(n, "date", &d) < 0 || d >= w->from || d < best)
				continue;
			best = d;
			*older = &c->notes[i];
		}
	}
	return found;
}

int cc_window_document(const cc_case *c, const cc_transfer_window *w, const char *kind, cc_date since, int *older)
{
	const cJSON *d;
	int i = 0, first = -1;
	cc_date best = 0, low = since > w->from ? since : w->from;
	*older = -1;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents")) {
		cc_date on;
		int at = i++;
		if (!cc_jstr_in(d, "kind", (const char *const[]){kind, NULL}) || cc_jdate(d, "date", &on) < 0)
			continue;
		if (on >= low && (!w->to || on <= w->to)) {
			first = at;
			break;
		}
		if (on < low && on >= best) {
			best = on;
			*older = at;
		}
	}
	return first;
}

void cc_window_need_note(cc_audit_case *ac, const char *rule, const cc_transfer_window *w, const cc_doc *older,
                         const char *what)
{
	char *dir = cc_ptr("%s/notes", ac->c->dir);
	const char *id = older ? cc_jstr(older->json, "id") : NULL;
	const char *date = older ? cc_jstr(older->json, "date") : NULL;
	if (id && date)
		cc_audit_add(ac, rule, dir, "",
		             "no final %s dated in this transfer's window (%s); note %s of %s is older and belongs to an "
		             "earlier decision",
		             what, w->text, id, date);
	else
		cc_audit_add(ac, rule, dir, "", "no final %s dated in this transfer's window (%s)", what, w->text);
	free(dir);
}

void cc_window_need_document(cc_audit_case *ac, const char *rule, const cc_transfer_window *w, const char *kind,
                             int older, const char *why)
{
	const cJSON *doc = older >= 0 ? cJSON_GetArrayItem(cc_jarr(ac->c->case_doc.json, "documents"), older) : NULL;
	const char *date = cc_jstr(doc, "date");
	if (date) {
		char *p = cc_ptr("/documents/%d", older);
		cc_audit_add(ac, rule, ac->c->case_doc.path, p,
		             "no %s document dated in this transfer's window (%s): this one, of %s, is older and does not "
		             "count: %s",
		             kind, w->text, date, why);
		free(p);
	} else {
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents",
		             "no %s document dated in this transfer's window (%s): %s", kind, w->text, why);
	}
}

bool cc_window_require_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since,
                                const char *why)
{
	cc_transfer_window w;
	int older;
	if (!ac->c->case_doc.json)
		return false;
	if (!cc_transfer_window_get(ac, &w))
		return cc_need_document(ac, rule, kind, since ? since : cc_transfer_anchor(ac->c), why);
	if (cc_window_document(ac->c, &w, kind, since, &older) >= 0)
		return false;
	cc_window_need_document(ac, rule, &w, kind, older, why);
	return true;
}
