/* json: the JSON report of spec §7, written case by case as results
 * arrive (nothing is held but the writer's nesting state).
 *
 * Shape: tool {name, version}, purpose, profile, as_of, source {kind, rev,
 * commit}, cases[] {case_id, ready, counts {error, warning}, findings[]
 * {rule, severity, path, pointer, message, source[, value]}},
 * repository_findings[] (findings about the repository itself, same shape
 * as a case's findings; an addition to §7), summary {cases, ready,
 * not_ready}. "value" appears only with show_values. */
#include <stdlib.h>

#include "casecheck/audit.h"
#include "common.h"
#include "format_impl.h"
#include "jsonw.h"
#include "util/xalloc.h"

typedef struct json_state {
	FILE *out;
	const cc_report_options *opts;
	cc_jw w;
} json_state;

static void *json_create(FILE *out, const cc_report_options *opts)
{
	json_state *st = cc_xcalloc(1, sizeof(*st));
	st->out = out;
	st->opts = opts;
	cc_jw_init(&st->w, out);
	return st;
}

/* "signoff_authentication": the allowed-signers file, or that sign-offs
 * are not authenticated (an addition to spec §7). */
static void write_authentication(cc_jw *w, const cc_trust *t)
{
	char cut[11];
	char *line = cc_report_trust_line(t);
	cc_jw_key(w, "signoff_authentication");
	cc_jw_begin_object(w);
	cc_jw_member_bool(w, "authenticated", t && t->signers);
	cc_jw_member_string(w, "allowed_signers", t && t->signers ? t->path : NULL);
	cc_jw_member_string(w, "setting", t && t->signers ? t->setting : NULL);
	if (t && t->unsigned_before)
		cc_date_format(t->unsigned_before, cut);
	cc_jw_member_string(w, "unsigned_before", t && t->unsigned_before ? cut : NULL);
	cc_jw_member_string(w, "note", line);
	cc_jw_end_object(w);
	free(line);
}

/* "signoffs": each sign-off the purpose looks at (an addition to spec §7). */
static void write_signoffs(cc_jw *w, const cc_case_result *r)
{
	cc_jw_key(w, "signoffs");
	cc_jw_begin_array(w);
	for (size_t i = 0; i < r->n_signoffs; i++) {
		const cc_signoff_entry *e = &r->signoffs[i];
		cc_jw_begin_object(w);
		cc_jw_member_string(w, "path", e->path);
		cc_jw_member_string(w, "role", e->role);
		cc_jw_member_string(w, "by", e->by);
		cc_jw_member_string(w, "date", e->date);
		cc_jw_member_string(w, "purpose", e->purpose);
		cc_jw_member_string(w, "content", cc_content_state_name(e->content));
		cc_jw_member_string(w, "signature", cc_sig_state_name(e->signature));
		cc_jw_member_bool(w, "counts", e->counts);
		cc_jw_member_string(w, "problem", e->problem);
		cc_jw_member_string(w, "content_note", e->content_note);
		cc_jw_end_object(w);
	}
	cc_jw_end_array(w);
}

static void json_begin(void *state, const cc_audit_meta *meta)
{
	json_state *st = state;
	cc_jw *w = &st->w;
	char date[11];

	cc_report_date(date, meta->as_of);
	cc_jw_begin_object(w);
	cc_jw_key(w, "tool");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "name", "casecheck");
	cc_jw_member_string(w, "version", meta->tool_version ? meta->tool_version : "");
	cc_jw_end_object(w);
	cc_jw_member_string(w, "purpose", cc_purpose_name(meta->purpose));
	cc_jw_member_string(w, "profile", meta->profile ? meta->profile : "core");
	cc_jw_member_string(w, "as_of", date);
	cc_jw_key(w, "source");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "kind", cc_report_source_kind_name(meta->source_kind));
	cc_jw_member_string(w, "rev", meta->rev);
	cc_jw_member_string(w, "commit", meta->commit);
	cc_jw_end_object(w);
	write_authentication(w, meta->trust);
	cc_jw_key(w, "cases");
	cc_jw_begin_array(w);
}

static void write_findings(json_state *st, const cc_findings *list)
{
	cc_jw *w = &st->w;

	cc_jw_begin_array(w);
	for (size_t i = 0; i < list->count; i++) {
		const cc_finding *f = &list->items[i];
		cc_report_rule rule;

		cc_report_rule_lookup(&rule, f->rule);
		cc_jw_begin_object(w);
		cc_jw_member_string(w, "rule", cc_report_finding_rule(f));
		cc_jw_member_string(w, "severity", cc_severity_name(f->severity));
		cc_jw_member_string(w, "path", f->path ? f->path : "");
		cc_jw_member_string(w, "pointer", f->pointer ? f->pointer : "");
		cc_report_jw_record(w, f, st->opts->show_values);
		cc_jw_member_string(w, "message", f->message ? f->message : "");
		cc_jw_member_string(w, "source", rule.source);
		if (st->opts->show_values && f->value)
			cc_jw_member_string(w, "value", f->value);
		if (f->waived) { /* a waived finding: a note that names its waiver, by whom and why */
			cc_jw_member_string(w, "waived", f->waived->path);
			cc_jw_member_string(w, "waived_severity", cc_severity_name(f->waived->severity));
			cc_report_jw_waiver(w, f->waived, st->opts->show_values);
		}
		cc_jw_end_object(w);
	}
	cc_jw_end_array(w);
}

static void json_on_case(void *state, cc_case_result *r)
{
	json_state *st = state;
	cc_jw *w = &st->w;
	cc_report_counts counts;

	cc_report_count(&counts, &r->findings);
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "case_id", r->case_id ? r->case_id : "");
	cc_jw_member_bool(w, "ready", cc_report_case_ready(r));
	cc_jw_key(w, "counts");
	cc_jw_begin_object(w);
	cc_jw_member_uint(w, "error", counts.error);
	cc_jw_member_uint(w, "warning", counts.warning);
	cc_jw_end_object(w);
	cc_jw_member_string(w, "signoff", cc_signoff_state_name(r->signoff));
	write_signoffs(w, r);
	cc_jw_key(w, "findings");
	write_findings(st, &r->findings);
	cc_jw_end_object(w);
	cc_case_result_free(r);
}

static void json_end(void *state, const cc_audit_summary *summary)
{
	json_state *st = state;
	cc_jw *w = &st->w;

	cc_jw_end_array(w); /* cases */
	cc_jw_key(w, "repository_findings");
	write_findings(st, &summary->repo_findings);
	cc_jw_key(w, "summary");
	cc_jw_begin_object(w);
	cc_jw_member_uint(w, "cases", summary->cases);
	cc_jw_member_uint(w, "ready", summary->ready);
	cc_jw_member_uint(w, "not_ready", summary->not_ready);
	cc_jw_end_object(w);
	cc_jw_end_object(w);
}

static int json_finish(void *state)
{
	json_state *st = state;
	return cc_report_flush(st->out);
}

static void json_destroy(void *state)
{
	free(state);
}

const cc_report_impl cc_report_json_impl = {
	json_create, json_begin, json_on_case, json_end, json_finish, json_destroy
};
