/* names.c: purpose and sign-off state names, result freeing, and the
 * checks on names read from a repository. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static const char *const purpose_names[] = {"check", "signoff", "transfer", "receive", "court"};

const char *cc_purpose_name(cc_purpose p)
{
	return (unsigned)p <= CC_PURPOSE_LAST ? purpose_names[p] : "?";
}

bool cc_purpose_is_court(cc_purpose p)
{
	return p == CC_PURPOSE_COURT;
}

bool cc_purpose_waivable(cc_purpose p)
{
	return !cc_purpose_is_court(p);
}

int cc_purpose_parse(cc_purpose *out, const char *name)
{
	for (int i = 0; name && i <= CC_PURPOSE_LAST; i++)
		if (!strcmp(purpose_names[i], name)) {
			*out = (cc_purpose)i;
			return 0;
		}
	return -1;
}

const char *cc_signoff_state_name(cc_signoff_state s)
{
	switch (s) {
	case CC_SIGNOFF_NOT_REQUIRED: return "not-required";
	case CC_SIGNOFF_MISSING: return "missing";
	case CC_SIGNOFF_CURRENT: return "current";
	case CC_SIGNOFF_STALE: return "stale";
	case CC_SIGNOFF_UNVERIFIABLE: return "unverifiable";
	}
	return "?";
}

const char *cc_content_state_name(cc_content_state s)
{
	switch (s) {
	case CC_CONTENT_CURRENT: return "current";
	case CC_CONTENT_STALE: return "stale";
	case CC_CONTENT_UNKNOWN: return "cannot-compare";
	}
	return "?";
}

static const char *const kind_names[CC_KIND_COUNT] = {
	"config", "staff", "case", "chronology", "genogram", "note", "assessment", "transfer", "signoff", "waiver"};

const char *cc_kind_name(cc_doc_kind_id kind)
{
	return (unsigned)kind < CC_KIND_COUNT ? kind_names[kind] : "?";
}

void cc_case_result_free(cc_case_result *r)
{
	if (!r)
		return;
	free(r->case_id);
	free(r->path);
	cc_findings_clear(&r->findings);
	free(r->team);
	free(r->worker);
	free(r->service);
	free(r->team_name);
	for (size_t i = 0; i < r->n_stale_commits; i++)
		free(r->stale_commits[i]);
	free(r->stale_commits);
	for (size_t i = 0; i < r->n_signoffs; i++) {
		cc_signoff_entry *e = &r->signoffs[i];
		free(e->path);
		free(e->role);
		free(e->by);
		free(e->date);
		free(e->purpose);
		free(e->problem);
		free(e->content_note);
	}
	free(r->signoffs);
	for (size_t i = 0; i < r->timeline.n_entries; i++) {
		free(r->timeline.entries[i].category);
		free(r->timeline.entries[i].pointer);
	}
	free(r->timeline.entries);
	for (size_t i = 0; i < r->timeline.n_marks; i++)
		free(r->timeline.marks[i].kind);
	free(r->timeline.marks);
	free(r);
}

void cc_audit_summary_clear(cc_audit_summary *summary)
{
	if (summary)
		cc_findings_clear(&summary->repo_findings);
}

char *cc_audit_printable(const char *s, size_t len)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = cc_utf8_decode(u + i, len - i, &cp);
		if (n == 0 || (n == 1 && (u[i] < 0x20 || u[i] == 0x7F || u[i] == '\\'))) {
			cc_strbuf_printf(&sb, "\\x%02X", u[i]);
			i++;
			continue;
		}
		cc_strbuf_add(&sb, s + i, n);
		i += n;
	}
	return cc_strbuf_detach(&sb);
}
