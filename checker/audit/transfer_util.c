#include "transfer_util.h"

#include <string.h>

#include "casemodel.h"
#include "jget.h"

bool cc_transfer_kind_internal(const char *kind)
{
	static const char *const internal[] = {"within-team", "between-teams", "to-children-in-care",
	                                       "to-permanence", "emergency", NULL};
	for (size_t i = 0; kind && internal[i]; i++)
		if (!strcmp(kind, internal[i]))
			return true;
	return false;
}

bool cc_transfer_kind_in(const cc_case *c, const char *const *kinds)
{
	const char *kind = cc_transfer_kind(c);
	for (size_t i = 0; kind && kinds[i]; i++)
		if (!strcmp(kind, kinds[i]))
			return true;
	return false;
}

bool cc_case_upcoming_key_date(const cc_case *c, cc_date as_of)
{
	const cJSON *k;
	cJSON_ArrayForEach(k, cc_jarr(c->case_doc.json, "key_dates")) {
		cc_date d;
		if (cc_jdate(k, "date", &d) == 0 && d >= as_of)
			return true;
	}
	return false;
}

cc_date cc_transfer_anchor(const cc_case *c)
{
	const char *worker = cc_jstr(cc_jobj(c->case_doc.json, "allocation"), "worker");
	const char *to = cc_jstr(cc_jobj(c->transfer.json, "to"), "worker");
	return worker && to && !strcmp(worker, to) ? 0 : cc_case_allocation_since(c);
}

const cc_doc *cc_case_summary_note(const cc_case *c)
{
	static const char *const types[] = {"transfer-summary", "case-summary", NULL};
	return cc_case_find_note(c, types, cc_transfer_anchor(c), 0, NULL);
}

bool cc_need_document(cc_audit_case *ac, const char *rule, const char *kind, cc_date since, const char *why)
{
	if (!ac->c->case_doc.json || cc_case_has_document(ac->c, kind, since))
		return false;
	if (since) {
		char on[11];
		cc_date_format(since, on);
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents", "no %s document dated on or after %s: %s", kind,
		             on, why);
	} else {
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents", "no %s document: %s", kind, why);
	}
	return true;
}

void cc_each_transferring_child(cc_audit_case *ac, cc_child_fn fn, void *ctx)
{
	const cJSON *moving = cc_jarr(ac->c->transfer.json, "children"), *ch;
	int i = 0;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		if (cc_jarr_has_str(moving, cc_jstr(ch, "id")))
			fn(ac, ch, i, ctx);
		i++;
	}
}
