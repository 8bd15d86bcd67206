#include "casemodel.h"

#include <stdarg.h>
#include <string.h>

#include "jget.h"
#include "util/strbuf.h"

const cJSON *cc_case_children(const cc_case *c)
{
	return cc_jarr(c->case_doc.json, "children");
}

const cJSON *cc_case_child(const cc_case *c, const char *id)
{
	return cc_id_index_get(&c->children_ix, id);
}

bool cc_staff_known(const cc_audit_ctx *run)
{
	return run->staff != NULL;
}

const cJSON *cc_staff_member(const cc_audit_ctx *run, const char *id)
{
	return cc_id_index_get(&run->staff_ix, id);
}

bool cc_staff_team(const cc_audit_ctx *run, const char *id)
{
	return cc_id_index_get(&run->team_ix, id) != NULL;
}

bool cc_entry_in_error(const cJSON *entry)
{
	return cc_jobj(entry, "entered_in_error") != NULL;
}

bool cc_case_closed(const cc_case *c)
{
	const char *status = cc_jstr(c->case_doc.json, "status");
	return status && !strcmp(status, "closed");
}

cc_date cc_case_allocation_since(const cc_case *c)
{
	cc_date d;
	return cc_jdate(cc_jobj(c->case_doc.json, "allocation"), "since", &d) == 0 ? d : 0;
}

const char *cc_case_allocated_worker(const cc_case *c)
{
	return cc_jstr(cc_jobj(c->case_doc.json, "allocation"), "worker");
}

const char *cc_transfer_kind(const cc_case *c)
{
	return c->transfer.json ? c->kind : NULL;
}

const char *cc_team_service(const cc_audit_ctx *run, const char *team)
{
	return cc_jstr(cc_id_index_get(&run->team_ix, team), "service");
}

bool cc_audit_profile_includes(const cc_audit_ctx *run, unsigned bit)
{
	long bits = cc_profile_parse(run->profile);
	return bits == 0 || (bits & (long)bit) != 0;
}

bool cc_case_has_document(const cc_case *c, const char *kind, cc_date since)
{
	const cJSON *d;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents")) {
		const char *k = cc_jstr(d, "kind");
		cc_date on;
		if (!k || strcmp(k, kind))
			continue;
		if (since && (cc_jdate(d, "date", &on) < 0 || on < since))
			continue;
		return true;
	}
	return false;
}

const cc_doc *cc_case_find_note(const cc_case *c, const char *const *types, cc_date from, cc_date to,
                                const char *author)
{
	for (size_t i = 0; i < c->n_notes; i++) {
		const cJSON *n = c->notes[i].json;
		const char *type = cc_jstr(n, "type"), *status = cc_jstr(n, "status");
		cc_date d;
		if (!type || !status || strcmp(status, "final") || cc_jdate(n, "date", &d) < 0)
			continue;
		if ((from && d < from) || (to && d > to))
			continue;
		const char *by = cc_jstr(n, "author");
		if (author && (!by || strcmp(by, author)))
			continue;
		for (size_t t = 0; types[t]; t++)
			if (!strcmp(types[t], type))
				return &c->notes[i];
	}
	return NULL;
}

const cc_doc *cc_case_note(const cc_case *c, const char *id)
{
	for (size_t i = 0; id && i < c->n_notes; i++) {
		const char *n = cc_jstr(c->notes[i].json, "id");
		if (n && !strcmp(n, id))
			return &c->notes[i];
	}
	return NULL;
}

char *cc_ptr(const char *fmt, ...)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	cc_strbuf_vprintf(&sb, fmt, ap);
	va_end(ap);
	return cc_strbuf_detach(&sb);
}
