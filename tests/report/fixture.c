#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "util/xalloc.h"

const fx_expect fx_expected[FX_N_CASES] = {
	{ "LCS-100001", false, 2, 1, 1 },
	{ "LCS-100002", true, 0, 0, 0 },
	{ "LCS-100003", false, 3, 1, 0 },
	{ "LCS-100004", false, 1, 0, 0 },
};

void fx_meta(cc_audit_meta *meta)
{
	memset(meta, 0, sizeof(*meta));
	meta->tool_version = "9.9.9-test";
	meta->purpose = CC_PURPOSE_TRANSFER;
	meta->profile = "core";
	meta->as_of = cc_date_from_ymd(2026, 3, 2);
	meta->source_kind = CC_SOURCE_REV;
	meta->rev = "main";
	meta->commit = "0123456789abcdef0123456789abcdef01234567";
	meta->root = "/tmp/not-used";
}

static cc_case_result *new_case(const char *id, bool ready)
{
	cc_case_result *r = cc_xcalloc(1, sizeof(*r));
	r->case_id = cc_xstrdup(id);
	r->path = cc_xasprintf("cases/%s", id);
	r->ready = ready;
	return r;
}

cc_case_result *fx_case(int i)
{
	cc_case_result *r = NULL;
	cc_finding *f;

	switch (i) {
	case 0:
		r = new_case("LCS-100001", false);
		cc_findings_add(&r->findings, "chronology.up-to-date", CC_SEVERITY_ERROR,
		                "cases/LCS-100001/chronology.json", "/entries/3/date",
		                "Entry \"3\" is dated <after> as-of & 'newer'");
		cc_findings_add(&r->findings, "schema.valid", CC_SEVERITY_ERROR,
		                "cases/LCS-100001/documents/r\xC3\xA9 port \"x\" <1>&#%.pdf",
		                "/documents/0/file~1name",
		                "Line one\nline two\ttab \x01" "ctl \x1B[31mesc\r]]>");
		f = cc_findings_add(&r->findings, "documents.unlisted", CC_SEVERITY_WARNING,
		                    "cases/LCS-100001/documents/extra.pdf", "",
		                    "Not listed \xE2\x9C\x93 \xC3\xBCn\xC3\xAF" "c\xC3\xB6" "d\xC3\xA9 \xE2\x80\xAE" "fdp.exe");
		cc_finding_set_value(f, FX_VALUE_1, strlen(FX_VALUE_1));
		r->signoff = CC_SIGNOFF_STALE;
		r->n_stale_commits = 2;
		r->stale_commits = cc_xcalloc(2, sizeof(char *));
		r->stale_commits[0] = cc_xstrdup("89abcdef0123456789abcdef0123456789abcdef");
		r->stale_commits[1] = cc_xstrdup("fedcba9876543210fedcba9876543210fedcba98");
		cc_findings_add(&r->findings, "chronology.up-to-date", CC_SEVERITY_NOTE,
		                "cases/LCS-100001/chronology.json", "/entries/0",
		                "the oldest entry is before the allocation");
		break;
	case 1:
		r = new_case("LCS-100002", true);
		r->signoff = CC_SIGNOFF_CURRENT;
		break;
	case 2:
		r = new_case("LCS-100003", false);
		f = cc_findings_add(&r->findings, FX_UNKNOWN_RULE, CC_SEVERITY_ERROR,
		                    "cases/LCS-100003/case.json", "/children/0/ethnicity", "%s",
		                    FX_BAD_UTF8_MSG);
		cc_finding_set_value(f, FX_VALUE_2, strlen(FX_VALUE_2));
		cc_findings_add(&r->findings, FX_UNKNOWN_RULE, CC_SEVERITY_ERROR,
		                "cases/LCS-100003/case.json", "/children/1/ethnicity", "ethnicity missing");
		cc_findings_add(&r->findings, FX_UNKNOWN_RULE, CC_SEVERITY_ERROR,
		                "cases/LCS-100003/case.json", "/children/2/sex", "sex missing");
		cc_findings_add(&r->findings, FX_UNKNOWN_RULE, CC_SEVERITY_WARNING,
		                "cases/LCS-100003/case.json", "/children/2/religion", "religion not recorded");
		break;
	case 3:
		r = new_case("LCS-100004", true); /* wrong: it holds an error */
		cc_findings_add(&r->findings, "allocation.record-read", CC_SEVERITY_ERROR,
		                "cases/LCS-100004/notes", "", "no record-read note");
		break;
	default:
		break;
	}
	if (r) {
		r->n_errors = cc_findings_count(&r->findings, CC_SEVERITY_ERROR);
		r->n_warnings = cc_findings_count(&r->findings, CC_SEVERITY_WARNING);
	}
	return r;
}

void fx_summary(cc_audit_summary *s)
{
	cc_finding *f;
	memset(s, 0, sizeof(*s));
	s->cases = FX_N_CASES;
	s->ready = 1;
	s->not_ready = 3;
	f = cc_findings_add(&s->repo_findings, "schema.valid", CC_SEVERITY_ERROR, "staff.json",
	                    "/staff/2/phone", "phone number is not valid");
	cc_finding_set_value(f, FX_VALUE_REPO, strlen(FX_VALUE_REPO));
}

char *fx_run_cases(const cc_report_options *opts, const cc_audit_meta *meta,
                   cc_case_result **cases, size_t n, const cc_audit_summary *summary,
                   size_t *len, int *finish_rc)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);
	cc_report *rep;
	const cc_audit_sink *sink;

	if (!out)
		abort();
	rep = cc_report_new(out, opts);
	if (!rep)
		abort();
	sink = cc_report_sink(rep);
	if (meta)
		sink->begin(sink->ctx, meta);
	for (size_t i = 0; i < n; i++)
		sink->on_case(sink->ctx, cases[i]);
	if (summary)
		sink->end(sink->ctx, summary);
	*finish_rc = cc_report_finish(rep);
	cc_report_free(rep);
	fclose(out);
	*len = size;
	return buf;
}

char *fx_run(cc_report_format format, bool show_values, bool color, size_t *len, int *finish_rc)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary summary;
	cc_case_result *cases[FX_N_CASES];
	char *out;

	opts.format = format;
	opts.show_values = show_values;
	opts.color = color;
	fx_meta(&meta);
	fx_summary(&summary);
	for (int i = 0; i < FX_N_CASES; i++)
		cases[i] = fx_case(i);
	out = fx_run_cases(&opts, &meta, cases, FX_N_CASES, &summary, len, finish_rc);
	cc_findings_clear(&summary.repo_findings);
	return out;
}

bool fx_contains(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return true;
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return true;
	return false;
}

void fx_assert_keys(const cJSON *obj, const char *const *keys)
{
	const cJSON *item;
	ck_assert_msg(cJSON_IsObject(obj), "not an object");
	item = obj->child;
	for (size_t i = 0; keys[i]; i++, item = item->next) {
		ck_assert_msg(item != NULL, "missing key %s", keys[i]);
		ck_assert_str_eq(item->string, keys[i]);
	}
	ck_assert_msg(item == NULL, "unexpected key %s", item ? item->string : "");
}
