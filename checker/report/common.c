#include "common.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "jsonw.h"
#include "util/utf8.h"
#include "util/xalloc.h"

void cc_report_rule_lookup(cc_report_rule *out, const char *id)
{
	const cc_rule_info *info = id ? cc_rules_find(id) : NULL;

	out->id = id ? id : "unknown";
	out->info = info;
	out->title = info && info->title ? info->title : "Rule not in this build's catalogue";
	out->help = info && info->help ? info->help
	                               : "See the finding's message; `casecheck rules` lists the known rules.";
	out->source = info && info->source && info->source[0] ? info->source : "\xE2\x80\x94";
}

const char *cc_report_finding_rule(const cc_finding *f)
{
	return f->rule ? f->rule : "unknown";
}

void cc_report_count(cc_report_counts *out, const cc_findings *findings)
{
	out->error = cc_findings_count(findings, CC_SEVERITY_ERROR);
	out->warning = cc_findings_count(findings, CC_SEVERITY_WARNING);
	out->note = cc_findings_count(findings, CC_SEVERITY_NOTE);
}

bool cc_report_case_ready(const cc_case_result *r)
{
	return r->ready && cc_findings_count(&r->findings, CC_SEVERITY_ERROR) == 0;
}

const char *cc_report_source_kind_name(cc_source_kind kind)
{
	switch (kind) {
	case CC_SOURCE_REV: return "rev";
	case CC_SOURCE_INDEX: return "index";
	case CC_SOURCE_WORKTREE: return "worktree";
	}
	return "unknown";
}

const char *cc_report_profile_name(size_t i, unsigned bits)
{
	size_t seen = 0;
	for (unsigned k = 0; k < CC_PROFILE_COUNT; k++)
		if ((bits & (1u << k)) && seen++ == i)
			return cc_profile_name(k);
	return NULL;
}

void cc_report_date(char buf[11], cc_date d)
{
	cc_date_format(d, buf);
}

int cc_report_cmp_null_last(const char *a, const char *b)
{
	if (!a || !b)
		return (a == NULL) - (b == NULL);
	return strcmp(a, b);
}

int cc_report_flush(FILE *out)
{
	return fflush(out) != 0 || ferror(out) ? -1 : 0;
}

size_t cc_report_utf8_next(uint32_t *cp, const char *s, size_t len)
{
	size_t n = cc_utf8_decode((const unsigned char *)s, len, cp);
	if (n == 0) {
		*cp = CC_REPORT_REPLACEMENT;
		return 1;
	}
	return n;
}

char *cc_report_trust_line(const cc_trust *t)
{
	if (!t || !t->signers)
		return cc_xstrdup("sign-offs are NOT authenticated: no allowed-signers file is configured "
		                  "(--allowed-signers, git config casecheck.allowedSignersFile or gpg.ssh.allowedSignersFile), "
		                  "so anyone who can commit can write one");
	char cut[11] = "";
	if (t->unsigned_before)
		cc_date_format(t->unsigned_before, cut);
	return cc_xasprintf("sign-offs authenticated against %s (%s)%s%s%s", t->path, t->setting,
	                    t->unsigned_before ? "; unsigned sign-offs dated before " : "", cut,
	                    t->unsigned_before ? " still count (casecheck.unsignedSignoffsBefore)" : "");
}

char *cc_report_signoff_line(const cc_signoff_entry *e)
{
	return cc_xasprintf("%s %s %s (%s): content %s, signature %s%s%s%s", e->role ? e->role : "?",
	                    e->by ? e->by : "?", e->date ? e->date : "?", e->purpose ? e->purpose : "?",
	                    cc_content_state_name(e->content), cc_sig_state_name(e->signature),
	                    e->counts ? "; counts" : "; does not count", e->content_note ? "; " : "",
	                    e->content_note ? e->content_note : "");
}

char *cc_report_record_text(const cc_finding *f, bool show_values)
{
	if (!f->record)
		return NULL;
	if (f->record_id && f->record_id_personal && show_values)
		return cc_xasprintf("%s (%s)", f->record, f->record_id);
	return cc_xstrdup(f->record);
}

void cc_report_jw_record(cc_jw *w, const cc_finding *f, bool show_values)
{
	char *record = cc_report_record_text(f, show_values);
	if (!record)
		return;
	cc_jw_member_string(w, "record", record);
	if (f->record_id && (!f->record_id_personal || show_values))
		cc_jw_member_string(w, "record_id", f->record_id);
	free(record);
}

char *cc_report_waiver_text(const cc_finding_waiver *w, bool show_values)
{
	char *text = w->reason_code
	                     ? cc_xasprintf("waived by %s on %s until %s, reason %s: %s", w->by, w->date, w->expires,
	                                    w->reason_code, w->path)
	                     : cc_xasprintf("waived by %s on %s until %s, reason recorded in %s", w->by, w->date,
	                                    w->expires, w->path);
	if (!show_values || !w->reason)
		return text;
	char *with = cc_xasprintf("%s; reason given: %s", text, w->reason);
	free(text);
	return with;
}

void cc_report_jw_waiver(cc_jw *w, const cc_finding_waiver *fw, bool show_values)
{
	cc_jw_key(w, "waiver");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "path", fw->path);
	cc_jw_member_string(w, "by", fw->by);
	cc_jw_member_string(w, "date", fw->date);
	cc_jw_member_string(w, "expires", fw->expires);
	cc_jw_key(w, "reason_code");
	if (fw->reason_code)
		cc_jw_string(w, fw->reason_code);
	else
		cc_jw_null(w);
	if (show_values && fw->reason)
		cc_jw_member_string(w, "reason", fw->reason);
	cc_jw_end_object(w);
}
