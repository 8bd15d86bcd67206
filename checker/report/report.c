/* report: cc_report, an audit sink that hands each event to one format's
 * cc_report_impl (text.c, json.c, sarif.c, junit.c, html.c).
 *
 * It keeps the sink protocol whole for the formats: begin comes first
 * (with a default meta when the caller never sent one), end comes once
 * before finish, and the summary's case counts are those of the cases
 * actually reported, so every format's totals agree with its list. */
#include "casecheck/report.h"

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "format_impl.h"
#include "util/xalloc.h"

#ifndef CASECHECK_VERSION
#define CASECHECK_VERSION "0.0.0"
#endif

struct cc_report {
	const cc_report_impl *impl;
	void *state;
	cc_report_options opts;
	cc_audit_sink sink;
	bool began, ended, finished;
	size_t cases, ready;
	int finish_error;
};

static const struct {
	const char *name;
	cc_report_format format;
	const cc_report_impl *impl;
} formats[] = {
	{ "text", CC_REPORT_TEXT, &cc_report_text_impl },
	{ "json", CC_REPORT_JSON, &cc_report_json_impl },
	{ "sarif", CC_REPORT_SARIF, &cc_report_sarif_impl },
	{ "junit", CC_REPORT_JUNIT, &cc_report_junit_impl },
	{ "html", CC_REPORT_HTML, &cc_report_html_impl },
	{ "csv", CC_REPORT_CSV, &cc_report_csv_impl },
};

#define N_FORMATS (sizeof(formats) / sizeof(formats[0]))

int cc_report_format_parse(cc_report_format *out, const char *name)
{
	for (size_t i = 0; name && i < N_FORMATS; i++) {
		if (strcmp(formats[i].name, name) == 0) {
			*out = formats[i].format;
			return 0;
		}
	}
	return -1;
}

static void ensure_begun(cc_report *rep)
{
	if (rep->began)
		return;
	cc_audit_meta meta;
	memset(&meta, 0, sizeof(meta));
	meta.tool_version = CASECHECK_VERSION;
	meta.profile = "core";
	rep->began = true;
	rep->impl->begin(rep->state, &meta);
}

static void sink_begin(void *ctx, const cc_audit_meta *meta)
{
	cc_report *rep = ctx;
	if (rep->began || !meta) {
		ensure_begun(rep);
		return;
	}
	rep->began = true;
	rep->impl->begin(rep->state, meta);
}

static void sink_on_case(void *ctx, cc_case_result *result)
{
	cc_report *rep = ctx;
	if (!result)
		return;
	if (rep->ended) {
		/* Too late to report: still honour the ownership transfer. */
		cc_case_result_free(result);
		return;
	}
	ensure_begun(rep);
	rep->cases++;
	rep->ready += cc_report_case_ready(result);
	rep->impl->on_case(rep->state, result);
}

static void sink_end(void *ctx, const cc_audit_summary *summary)
{
	cc_report *rep = ctx;
	cc_audit_summary s;

	if (rep->ended)
		return;
	ensure_begun(rep);
	if (summary)
		s = *summary;
	else
		memset(&s, 0, sizeof(s));
	s.cases = rep->cases;
	s.ready = rep->ready;
	s.not_ready = rep->cases - rep->ready;
	rep->ended = true;
	rep->impl->end(rep->state, &s);
}

cc_report *cc_report_new(FILE *out, const cc_report_options *opts)
{
	const cc_report_impl *impl = NULL;
	cc_report_options defaults = CC_REPORT_OPTIONS_INIT;
	cc_report *rep;

	if (!opts)
		opts = &defaults;
	for (size_t i = 0; i < N_FORMATS; i++)
		if (formats[i].format == opts->format)
			impl = formats[i].impl;
	if (!impl || !out)
		return NULL;

	rep = cc_xcalloc(1, sizeof(*rep));
	rep->impl = impl;
	rep->opts = *opts;
	rep->state = impl->create(out, &rep->opts);
	rep->sink.begin = sink_begin;
	rep->sink.on_case = sink_on_case;
	rep->sink.end = sink_end;
	rep->sink.ctx = rep;
	return rep;
}

const cc_audit_sink *cc_report_sink(cc_report *report)
{
	return &report->sink;
}

int cc_report_finish(cc_report *report)
{
	if (report->finished)
		return report->finish_error;
	sink_end(report, NULL);
	report->finished = true;
	report->finish_error = report->impl->finish(report->state) < 0 ? -1 : 0;
	return report->finish_error;
}

void cc_report_free(cc_report *report)
{
	if (!report)
		return;
	report->impl->destroy(report->state);
	free(report);
}
