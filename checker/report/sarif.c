/* sarif: SARIF 2.1.0, one run.
 *
 * Mapping (also in FORMATS.md):
 * - tool.driver: name "casecheck", version, informationUri, and rules[]:
 *   every catalogue rule that runs for the audit's purpose and profile,
 *   in catalogue order, then any other rule id that produced a result, in
 *   order of first appearance. A rule gives id, name (the id in
 *   PascalCase), shortDescription (title), fullDescription (title and
 *   seed reference), help.text (what to do), defaultConfiguration.level,
 *   and properties {area, source, seed_files, purposes[], profiles[],
 *   parameters[]}.
 * - results[]: one per finding, cases in the order given, then the
 *   repository's findings. ruleId, ruleIndex, level on every result
 *   (error / warning / note from the finding's severity, which may differ
 *   from the rule's default), message.text (never personal data),
 *   locations[0].physicalLocation.artifactLocation {uri: the
 *   repository-relative path, percent-encoded as a URI reference, uriBaseId
 *   "%SRCROOT%"}; no region (findings point into JSON by pointer, not by
 *   line). The RFC 6901 pointer is locations[0].logicalLocations[0]
 *   .fullyQualifiedName (absent for the whole file) and, always,
 *   properties.pointer. properties.case_id names the case (absent for a
 *   repository finding, whose properties.scope is "repository");
 *   properties.source is the seed reference; properties.value only with
 *   show_values. partialFingerprints["casecheck/v1"] is a hash of rule,
 *   path and pointer, so a service can match a finding across runs.
 * - run.automationDetails.id: "casecheck/<purpose>/<profile>/", so runs of
 *   different purposes are told apart.
 * - run.properties: purpose, profile, as_of, source {kind, rev, commit},
 *   cases[] {case_id, ready, errors, warnings, signoff} and summary {cases, ready,
 *   not_ready}.
 *
 * Results are spooled to a temporary file as cases arrive, because the
 * rule list (which comes first) is only complete at the end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/audit.h"
#include "casecheck/rules.h"
#include "common.h"
#include "format_impl.h"
#include "jsonw.h"
#include "spool.h"
#include "util/hash.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define SARIF_SCHEMA_URI \
	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#define CASECHECK_INFORMATION_URI "https://casecheck.example/"

/* Depths of the spooled arrays inside the document. */
#define RESULTS_DEPTH 4 /* {runs:[{results:[ */
#define CASES_DEPTH 5   /* {runs:[{properties:{cases:[ */

typedef struct sarif_rule {
	char *id;
	const cc_rule_info *info; /* NULL: unknown to the catalogue */
	cc_severity first_severity;
} sarif_rule;

typedef struct sarif_state {
	FILE *out;
	const cc_report_options *opts;
	int failed;
	/* from begin: copied, as meta is borrowed for the call only */
	char *version, *profile, *rev, *commit;
	cc_purpose purpose;
	cc_date as_of;
	cc_source_kind kind;
	sarif_rule *rules;
	size_t n_rules, cap_rules;
	cc_spool results, cases;
	cc_jw rw, cw;
	bool any_result, any_case;
} sarif_state;

static char *dup_or_null(const char *s)
{
	return s ? cc_xstrdup(s) : NULL;
}

static const char *level_name(cc_severity s)
{
	return cc_severity_name(s); /* "error", "warning", "note": SARIF's own words */
}

static size_t add_rule(sarif_state *st, const char *id, const cc_rule_info *info, cc_severity sev)
{
	st->rules = cc_xgrow(st->rules, &st->cap_rules, st->n_rules + 1, sizeof(*st->rules));
	st->rules[st->n_rules].id = cc_xstrdup(id);
	st->rules[st->n_rules].info = info;
	st->rules[st->n_rules].first_severity = sev;
	return st->n_rules++;
}

static size_t rule_index(sarif_state *st, const char *id, cc_severity sev)
{
	for (size_t i = 0; i < st->n_rules; i++)
		if (strcmp(st->rules[i].id, id) == 0)
			return i;
	return add_rule(st, id, cc_rules_find(id), sev);
}

static void *sarif_create(FILE *out, const cc_report_options *opts)
{
	sarif_state *st = cc_xcalloc(1, sizeof(*st));
	st->out = out;
	st->opts = opts;
	if (cc_spool_open(&st->results) < 0 || cc_spool_open(&st->cases) < 0)
		st->failed = 1;
	cc_jw_init_items(&st->rw, st->results.fp, RESULTS_DEPTH);
	cc_jw_init_items(&st->cw, st->cases.fp, CASES_DEPTH);
	return st;
}

static void sarif_begin(void *state, const cc_audit_meta *meta)
{
	sarif_state *st = state;

	st->version = cc_xstrdup(meta->tool_version ? meta->tool_version : "");
	st->profile = cc_xstrdup(meta->profile ? meta->profile : "core");
	st->rev = dup_or_null(meta->rev);
	st->commit = dup_or_null(meta->commit);
	st->purpose = meta->purpose;
	st->as_of = meta->as_of;
	st->kind = meta->source_kind;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		if (r && r->id && (r->purposes & CC_PURPOSE_BIT(st->purpose)) &&
		    cc_rule_in_profile(r, st->profile))
			add_rule(st, r->id, r, r->severity);
	}
}

/* Appends path as a URI reference: unreserved characters and '/' as they
 * are, every other byte percent-encoded. */
static void uri_encode(cc_strbuf *sb, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)path; p && *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~' || *p == '/') {
			cc_strbuf_putc(sb, (char)*p);
		} else {
			cc_strbuf_putc(sb, '%');
			cc_strbuf_putc(sb, hex[*p >> 4]);
			cc_strbuf_putc(sb, hex[*p & 15]);
		}
	}
}

/* A stable identity for a result across runs, so code-scanning services
 * match a finding with its earlier self: FNV-1a 64 of rule, path and
 * pointer, as 16 hex digits. */
static void fingerprint(char out[17], const char *rule, const char *path, const char *pointer)
{
	const char *parts[3] = { rule, path ? path : "", pointer };
	uint64_t h = CC_HASH_INIT;
	for (size_t k = 0; k < 3; k++) {
		h = cc_hash_add(h, parts[k], strlen(parts[k]));
		h = cc_hash_add(h, "\xFF", 1); /* separator: no byte of a string */
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static void write_result(sarif_state *st, const cc_finding *f, const char *case_id)
{
	cc_jw *w = &st->rw;
	const char *id = cc_report_finding_rule(f);
	size_t index = rule_index(st, id, f->severity);
	cc_report_rule rule;
	cc_strbuf uri = CC_STRBUF_INIT;
	const char *pointer = f->pointer ? f->pointer : "";
	char fp[17];

	cc_report_rule_lookup(&rule, id);
	uri_encode(&uri, f->path);
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "ruleId", id);
	cc_jw_member_uint(w, "ruleIndex", index);
	/* a waived finding keeps its level and is suppressed (SARIF 3.35) */
	cc_jw_member_string(w, "level", level_name(f->waived ? f->waived->severity : f->severity));
	cc_jw_key(w, "message");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "text", f->message ? f->message : "");
	cc_jw_end_object(w);
	cc_jw_key(w, "locations");
	cc_jw_begin_array(w);
	cc_jw_begin_object(w);
	cc_jw_key(w, "physicalLocation");
	cc_jw_begin_object(w);
	cc_jw_key(w, "artifactLocation");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "uri", cc_strbuf_cstr(&uri));
	cc_jw_member_string(w, "uriBaseId", "%SRCROOT%");
	cc_jw_end_object(w);
	cc_jw_end_object(w);
	if (pointer[0]) {
		cc_jw_key(w, "logicalLocations");
		cc_jw_begin_array(w);
		cc_jw_begin_object(w);
		cc_jw_member_string(w, "fullyQualifiedName", pointer);
		cc_jw_end_object(w);
		cc_jw_end_array(w);
	}
	cc_jw_end_object(w);
	cc_jw_end_array(w);
	cc_jw_key(w, "partialFingerprints");
	cc_jw_begin_object(w);
	fingerprint(fp, id, f->path, pointer);
	cc_jw_member_string(w, "casecheck/v1", fp);
	cc_jw_end_object(w);
	if (f->waived) {
		/* the justification says who waived it, when, until when, the
		 * reason code and the waiver file; the free-text reason (which
		 * may be personal) only with show_values */
		char *why = cc_report_waiver_text(f->waived, st->opts->show_values);
		cc_jw_key(w, "suppressions");
		cc_jw_begin_array(w);
		cc_jw_begin_object(w);
		cc_jw_member_string(w, "kind", "external");
		cc_jw_member_string(w, "status", "accepted");
		cc_jw_member_string(w, "justification", why);
		cc_jw_key(w, "properties");
		cc_jw_begin_object(w);
		cc_report_jw_waiver(w, f->waived, st->opts->show_values);
		cc_jw_end_object(w);
		cc_jw_end_object(w);
		cc_jw_end_array(w);
		free(why);
	}
	cc_jw_key(w, "properties");
	cc_jw_begin_object(w);
	if (case_id)
		cc_jw_member_string(w, "case_id", case_id);
	cc_jw_member_string(w, "scope", case_id ? "case" : "repository");
	cc_jw_member_string(w, "pointer", pointer);
	cc_report_jw_record(w, f, st->opts->show_values);
	cc_jw_member_string(w, "source", rule.source);
	if (st->opts->show_values && f->value)
		cc_jw_member_string(w, "value", f->value);
	cc_jw_end_object(w);
	cc_jw_end_object(w);
	st->any_result = true;
	cc_strbuf_free(&uri);
}

static void sarif_on_case(void *state, cc_case_result *r)
{
	sarif_state *st = state;
	const char *case_id = r->case_id ? r->case_id : "";
	cc_report_counts counts;

	if (!st->failed) {
		for (size_t i = 0; i < r->findings.count; i++)
			write_result(st, &r->findings.items[i], case_id);
		cc_report_count(&counts, &r->findings);
		cc_jw_begin_object(&st->cw);
		cc_jw_member_string(&st->cw, "case_id", case_id);
		cc_jw_member_bool(&st->cw, "ready", cc_report_case_ready(r));
		cc_jw_member_uint(&st->cw, "errors", counts.error);
		cc_jw_member_uint(&st->cw, "warnings", counts.warning);
		cc_jw_member_string(&st->cw, "signoff", cc_signoff_state_name(r->signoff));
		cc_jw_key(&st->cw, "signoffs");
		cc_jw_begin_array(&st->cw);
		for (size_t i = 0; i < r->n_signoffs; i++) {
			const cc_signoff_entry *e = &r->signoffs[i];
			cc_jw_begin_object(&st->cw);
			cc_jw_member_string(&st->cw, "path", e->path);
			cc_jw_member_string(&st->cw, "role", e->role);
			cc_jw_member_string(&st->cw, "by", e->by);
			cc_jw_member_string(&st->cw, "date", e->date);
			cc_jw_member_string(&st->cw, "content", cc_content_state_name(e->content));
			cc_jw_member_string(&st->cw, "signature", cc_sig_state_name(e->signature));
			cc_jw_member_bool(&st->cw, "counts", e->counts);
			cc_jw_member_string(&st->cw, "content_note", e->content_note);
			cc_jw_end_object(&st->cw);
		}
		cc_jw_end_array(&st->cw);
		cc_jw_end_object(&st->cw);
		st->any_case = true;
	}
	cc_case_result_free(r);
}

/* "chronology.up-to-date" -> "ChronologyUpToDate". */
static char *pascal_name(const char *id)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	bool upper = true;
	for (const char *p = id; *p; p++) {
		if (*p == '.' || *p == '-' || *p == '_') {
			upper = true;
			continue;
		}
		cc_strbuf_putc(&sb, upper && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p);
		upper = false;
	}
	return cc_strbuf_detach(&sb);
}

static void write_text_object(cc_jw *w, const char *key, const char *text)
{
	cc_jw_key(w, key);
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "text", text);
	cc_jw_end_object(w);
}

/* "a, b" -> ["a", "b"]; NULL -> []. */
static void write_params(cc_jw *w, const char *params)
{
	cc_jw_begin_array(w);
	while (params && *params) {
		size_t n = strcspn(params, ",");
		size_t lead = strspn(params, " ");
		size_t end = n;
		while (end > lead && params[end - 1] == ' ')
			end--;
		if (end > lead) {
			char *one = cc_xstrndup(params + lead, end - lead);
			cc_jw_string(w, one);
			free(one);
		}
		params += n + (params[n] == ',');
	}
	cc_jw_end_array(w);
}

static void write_rule(cc_jw *w, const sarif_rule *sr)
{
	cc_report_rule rule;
	char *name = pascal_name(sr->id);
	char *full;
	const cc_rule_info *info = sr->info;

	cc_report_rule_lookup(&rule, sr->id);
	full = cc_xasprintf("%s (source: %s)", rule.title,
	                    info && info->seed_files ? info->seed_files : rule.source);
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "id", sr->id);
	cc_jw_member_string(w, "name", name);
	write_text_object(w, "shortDescription", rule.title);
	write_text_object(w, "fullDescription", full);
	write_text_object(w, "help", rule.help);
	cc_jw_key(w, "defaultConfiguration");
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "level", level_name(info ? info->severity : sr->first_severity));
	cc_jw_end_object(w);
	cc_jw_key(w, "properties");
	cc_jw_begin_object(w);
	if (info) {
		cc_jw_member_string(w, "area", info->area);
		cc_jw_member_string(w, "source", rule.source);
		cc_jw_member_string(w, "seed_files", info->seed_files);
		cc_jw_key(w, "purposes");
		cc_jw_begin_array(w);
		for (int p = CC_PURPOSE_CHECK; p <= CC_PURPOSE_LAST; p++)
			if (info->purposes & CC_PURPOSE_BIT(p))
				cc_jw_string(w, cc_purpose_name((cc_purpose)p));
		cc_jw_end_array(w);
		cc_jw_key(w, "profiles");
		cc_jw_begin_array(w);
		for (size_t i = 0; cc_report_profile_name(i, info->profiles); i++)
			cc_jw_string(w, cc_report_profile_name(i, info->profiles));
		cc_jw_end_array(w);
		cc_jw_key(w, "parameters");
		write_params(w, info->params);
	} else {
		cc_jw_member_bool(w, "known", false);
	}
	cc_jw_end_object(w);
	cc_jw_end_object(w);
	free(full);
	free(name);
}

static void sarif_end(void *state, const cc_audit_summary *summary)
{
	sarif_state *st = state;
	cc_jw w;
	char date[11];

	if (st->failed)
		return;
	for (size_t i = 0; i < summary->repo_findings.count; i++)
		write_result(st, &summary->repo_findings.items[i], NULL);

	cc_jw_init(&w, st->out);
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "$schema", SARIF_SCHEMA_URI);
	cc_jw_member_string(&w, "version", "2.1.0");
	cc_jw_key(&w, "runs");
	cc_jw_begin_array(&w);
	cc_jw_begin_object(&w);

	cc_jw_key(&w, "tool");
	cc_jw_begin_object(&w);
	cc_jw_key(&w, "driver");
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "name", "casecheck");
	cc_jw_member_string(&w, "version", st->version ? st->version : "");
	cc_jw_member_string(&w, "informationUri", CASECHECK_INFORMATION_URI);
	cc_jw_key(&w, "rules");
	cc_jw_begin_array(&w);
	for (size_t i = 0; i < st->n_rules; i++)
		write_rule(&w, &st->rules[i]);
	cc_jw_end_array(&w);
	cc_jw_end_object(&w);
	cc_jw_end_object(&w);

	cc_jw_key(&w, "automationDetails");
	cc_jw_begin_object(&w);
	{
		char *auto_id = cc_xasprintf("casecheck/%s/%s/", cc_purpose_name(st->purpose),
		                             st->profile ? st->profile : "core");
		cc_jw_member_string(&w, "id", auto_id);
		free(auto_id);
	}
	cc_jw_end_object(&w);

	cc_jw_key(&w, "results");
	cc_jw_begin_array(&w);
	if (cc_spool_copy(&st->results, st->out) < 0)
		st->failed = 1;
	cc_jw_items_spliced(&w, st->any_result);
	cc_jw_end_array(&w);

	cc_report_date(date, st->as_of);
	cc_jw_key(&w, "properties");
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "purpose", cc_purpose_name(st->purpose));
	cc_jw_member_string(&w, "profile", st->profile ? st->profile : "core");
	cc_jw_member_string(&w, "as_of", date);
	cc_jw_key(&w, "source");
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "kind", cc_report_source_kind_name(st->kind));
	cc_jw_member_string(&w, "rev", st->rev);
	cc_jw_member_string(&w, "commit", st->commit);
	cc_jw_end_object(&w);
	cc_jw_key(&w, "cases");
	cc_jw_begin_array(&w);
	if (cc_spool_copy(&st->cases, st->out) < 0)
		st->failed = 1;
	cc_jw_items_spliced(&w, st->any_case);
	cc_jw_end_array(&w);
	cc_jw_key(&w, "summary");
	cc_jw_begin_object(&w);
	cc_jw_member_uint(&w, "cases", summary->cases);
	cc_jw_member_uint(&w, "ready", summary->ready);
	cc_jw_member_uint(&w, "not_ready", summary->not_ready);
	cc_jw_end_object(&w);
	cc_jw_end_object(&w);

	cc_jw_end_object(&w); /* run */
	cc_jw_end_array(&w);
	cc_jw_end_object(&w);
}

static int sarif_finish(void *state)
{
	sarif_state *st = state;
	int flushed = cc_report_flush(st->out);
	return st->failed ? -1 : flushed;
}

static void sarif_destroy(void *state)
{
	sarif_state *st = state;
	for (size_t i = 0; i < st->n_rules; i++)
		free(st->rules[i].id);
	free(st->rules);
	cc_spool_close(&st->results);
	cc_spool_close(&st->cases);
	free(st->version);
	free(st->profile);
	free(st->rev);
	free(st->commit);
	free(st);
}

const cc_report_impl cc_report_sarif_impl = {
	sarif_create, sarif_begin, sarif_on_case, sarif_end, sarif_finish, sarif_destroy
};
