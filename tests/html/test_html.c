/* test_html: the HTML caseload page, checked as markup (the browser test
 * checks it after its script ran). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "html_fixture.h"
#include "report/format_impl.h"
#include "report/html_internal.h"
#include "util/xalloc.h"
#include "support/runner.h"

/* Every src=, href= and url( value, and no stylesheet link or remote
 * script: the page must load nothing. */
START_TEST(page_is_self_contained)
{
	char *html = html_fx_render_caseload(false);
	const char *p;

	ck_assert_ptr_nonnull(html);
	ck_assert_int_eq(strncmp(html, "<!DOCTYPE html>\n", 16), 0);
	ck_assert_ptr_nonnull(strstr(html, "</html>\n"));
	ck_assert_ptr_null(strstr(html, "http://"));
	ck_assert_ptr_null(strstr(html, "https://"));
	ck_assert_ptr_null(strstr(html, "<link"));
	ck_assert_ptr_null(strstr(html, "@import"));
	ck_assert_ptr_null(strstr(html, " src="));
	ck_assert_ptr_null(strstr(html, "<script src"));
	ck_assert_ptr_nonnull(strstr(html, "Content-Security-Policy\" content=\"default-src 'none'"));
	for (p = html; (p = strstr(p, "href=\"")) != NULL; p += 6)
		ck_assert_msg(p[6] == '#', "href not a fragment: %.40s", p);
	for (p = html; (p = strstr(p, "url(")) != NULL; p += 4)
		ck_assert_msg(p[4] == '#', "url() not a fragment: %.40s", p);
	/* without the script the filters stay hidden (class styles must not
	 * override the hidden attribute) */
	ck_assert_ptr_nonnull(strstr(html, "<form id=\"filters\" class=\"filters\" hidden "));
	ck_assert_ptr_nonnull(strstr(html, "[hidden]{display:none!important}"));
	/* printable: A4, no controls, header rows repeated, cases on new pages */
	p = strstr(html, "@media print{");
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(strstr(p, "@page{size:A4"));
	ck_assert_ptr_nonnull(strstr(p, ".filters"));
	ck_assert_ptr_nonnull(strstr(p, "thead{display:table-header-group}"));
	ck_assert_ptr_nonnull(strstr(p, "#cases,.case{break-before:page}"));
	ck_assert_ptr_nonnull(strstr(p, "background:#fff"));
	ck_assert_uint_eq(html_fx_count(html, "<script>"), 1);
	ck_assert_uint_eq(html_fx_count(html, "<style>"), 1);
	free(html);
}
END_TEST

START_TEST(table_has_a_row_section_and_timeline_per_case)
{
	char *html = html_fx_render_caseload(false);
	size_t i;

	ck_assert_uint_eq(html_fx_count(html, "<tr data-order="), HTML_FX_CASES);
	ck_assert_uint_eq(html_fx_count(html, "<section class=\"case\""), HTML_FX_CASES);
	ck_assert_uint_eq(html_fx_count(html, "<svg class=\"tl\""), HTML_FX_CASES);
	ck_assert_uint_eq(html_fx_count(html, "<th scope=\"col\""), 9);
	ck_assert_uint_eq(html_fx_count(html, "<th scope=\"row\""), HTML_FX_CASES);
	ck_assert_ptr_nonnull(strstr(html, "<caption"));
	ck_assert_ptr_nonnull(strstr(html, "<main id=\"main\">"));
	ck_assert_uint_eq(html_fx_count(html, "<h1>"), 1);
	/* the summary strip */
	ck_assert_ptr_nonnull(strstr(html, "<span class=\"num\">12</span> cases audited"));
	ck_assert_ptr_nonnull(strstr(html, "<span class=\"num\">4</span> ready"));
	ck_assert_ptr_nonnull(strstr(html, "<span class=\"num\">8</span> not ready"));
	/* each table row links to an existing section */
	for (i = 0; i < HTML_FX_CASES; i++) {
		const char *id = html_fx_expected[i].case_id;
		char *link, *anchor;

		if (strcmp(id, HTML_FX_ODD_ID) == 0)
			continue;
		link = cc_xasprintf("<a href=\"#case-%s\">%s</a>", id, id);
		anchor = cc_xasprintf("<section class=\"case\" id=\"case-%s\"", id);
		ck_assert_msg(strstr(html, link) != NULL, "no link for %s", id);
		ck_assert_msg(strstr(html, anchor) != NULL, "no section for %s", id);
		free(link);
		free(anchor);
	}
	free(html);
}
END_TEST

/* Rows come not ready first, most blocking first, then in case-id order;
 * each row carries its verdict and counts. */
START_TEST(rows_sorted_by_what_blocks_most_with_conservative_verdicts)
{
	char *html = html_fx_render_caseload(false);
	const char *tbody = strstr(html, "<tbody>"), *p;
	/* not ready by blocking count, then case-id order; then the ready */
	static const int expected_order[HTML_FX_CASES] = { 7, 1, 5, 2, 3, 9, 10, 11, 0, 4, 6, 8 };
	size_t i;

	ck_assert_ptr_nonnull(tbody);
	p = tbody;
	for (i = 0; i < HTML_FX_CASES; i++) {
		const html_fx_expect *want = &html_fx_expected[expected_order[i]];
		char *href = expected_order[i] == 3 ? cc_xstrdup("<a href=\"#" HTML_FX_ODD_ANCHOR "\">")
		                                    : cc_xasprintf("<a href=\"#case-%s\">", want->case_id);
		const char *row = strstr(p, "<tr data-order="), *at = strstr(p, href);
		const char *row_end;
		char *counts;

		ck_assert_ptr_nonnull(row);
		row_end = strstr(row, "</tr>");
		ck_assert_msg(at != NULL && at < row_end, "row %zu is not %s", i, href);
		at = strstr(row, "data-verdict=\"");
		ck_assert_msg(at != NULL && at < row_end, "no verdict attribute");
		ck_assert_msg(strncmp(at + 14, want->ready ? "ready\"" : "not-ready\"", want->ready ? 6 : 10) == 0,
		              "verdict attribute of %s", href);
		counts = cc_xasprintf("<td class=\"num\">%zu</td><td class=\"num\">%zu</td>", want->errors, want->others);
		at = strstr(row, counts);
		ck_assert_msg(at != NULL && at < row_end, "counts of %s", href);
		at = strstr(row, want->ready ? ">&#x2714; READY</span>" : ">&#x2716; NOT READY</span>");
		ck_assert_msg(at != NULL && at < row_end, "verdict of %s", href);
		free(counts);
		free(href);
		p = row_end;
	}
	free(html);
}
END_TEST

START_TEST(personal_values_only_with_show_values)
{
	char *hidden = html_fx_render_caseload(false);
	char *shown = html_fx_render_caseload(true);
	char *value = html_fx_escaped(HTML_FX_VALUE);

	ck_assert_ptr_null(strstr(hidden, "Jane Secretname"));
	ck_assert_ptr_null(strstr(hidden, "Hidden Street"));
	ck_assert_ptr_nonnull(strstr(hidden, ">Personal data hidden"));
	ck_assert_ptr_null(strstr(hidden, "Personal values shown"));
	ck_assert_ptr_nonnull(strstr(shown, value));
	ck_assert_ptr_nonnull(strstr(shown, ">Personal values shown (--show-values)"));
	ck_assert_ptr_null(strstr(shown, "Personal data hidden"));
	free(value);
	free(hidden);
	free(shown);
}
END_TEST

START_TEST(odd_characters_are_escaped_everywhere)
{
	char *html = html_fx_render_caseload(true);
	char *section = html_fx_case_section(html, HTML_FX_ODD_ANCHOR);

	ck_assert_ptr_null(strstr(html, "X<b>"));
	ck_assert_ptr_null(strstr(html, "<case>"));
	ck_assert_ptr_null(strstr(html, "<message>"));
	ck_assert_ptr_null(strstr(html, "T&<odd>"));
	ck_assert_ptr_null(strstr(html, "\xFF"));
	ck_assert_ptr_null(strstr(html, "\x01"));
	ck_assert_ptr_nonnull(strstr(html, "<a href=\"#" HTML_FX_ODD_ANCHOR "\">" HTML_FX_ODD_ID_HTML "</a>"));
	ck_assert_ptr_nonnull(strstr(html, "data-team=\"t:T&amp;&lt;odd&gt;\""));
	ck_assert_ptr_nonnull(strstr(html, "<option value=\"t:T&amp;&lt;odd&gt;\">"));
	ck_assert_str_ne(section, "");
	ck_assert_ptr_nonnull(strstr(section, "<code>cases/odd/&lt;case&gt;.json</code>"));
	ck_assert_ptr_nonnull(strstr(section, "<code>/a~1b/&lt;c&gt;</code>"));
	ck_assert_ptr_nonnull(strstr(section, "bad &#xFFFD; byte in &lt;message&gt; &amp; &quot;more&quot;"));
	/* an unknown rule is shown by its id, in an area named after it */
	ck_assert_ptr_nonnull(strstr(section, "<span class=\"f-title\">" HTML_FX_UNKNOWN_RULE "</span>"));
	ck_assert_ptr_nonnull(strstr(section, "class=\"area-h\">Zz "));
	ck_assert_ptr_nonnull(strstr(section, "Unverifiable"));
	/* help text of an unknown rule: `commands` become code */
	ck_assert_ptr_null(strstr(section, "`"));
	ck_assert_ptr_nonnull(strstr(section, "No chronology entries"));
	/* ids made from the case id stay unique and valid */
	ck_assert_ptr_nonnull(strstr(section, "id=\"tlt-X_3Cb_3E_26_22_27_01_FF-9\""));
	free(section);
	free(html);
}
END_TEST

START_TEST(text_escaping_replaces_controls_and_bad_utf8)
{
	char *s = html_fx_escaped("a<&>\"'\tb\x7f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xC0\x80\xED\xA0\x80z");

	ck_assert_str_eq(s, "a&lt;&amp;&gt;&quot;&#39;\tb&#xFFFD;\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"
	                    "&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;z");
	free(s);
}
END_TEST

START_TEST(summary_names_the_most_common_blocking_rules)
{
	char *html = html_fx_render_caseload(false);
	const char *common = strstr(html, "Blocking checks failed most often");
	const char *first;

	ck_assert_ptr_nonnull(common);
	first = strstr(common, "<li><a href=\"#caseload\" data-filter-rule=\"");
	ck_assert_ptr_nonnull(first);
	ck_assert_int_eq(strncmp(first + strlen("<li><a href=\"#caseload\" data-filter-rule=\""),
	                         HTML_FX_TOP_RULE "\"", strlen(HTML_FX_TOP_RULE) + 1), 0);
	ck_assert_ptr_nonnull(strstr(first, ": 5 cases</li>"));
	ck_assert_ptr_eq(strstr(first, ": 5 cases</li>"), strstr(first, "</li>") - strlen(": 5 cases"));
	/* warnings-only rules are not blocking problems */
	ck_assert_ptr_null(strstr(common, "data-filter-rule=\"documents.unlisted\""));
	/* but every rule can be filtered on */
	ck_assert_ptr_nonnull(strstr(html, "<option value=\"documents.unlisted\">"));
	ck_assert_ptr_nonnull(strstr(html, "<option value=\"-\">No team recorded</option>"));
	free(html);
}
END_TEST

START_TEST(case_section_has_signoff_findings_and_help)
{
	char *html = html_fx_render_caseload(false);
	char *sec = html_fx_case_section(html, "case-LCS-100002");

	ck_assert_ptr_nonnull(strstr(sec, "Stale"));
	ck_assert_ptr_nonnull(strstr(sec, "(2 commits since)"));
	ck_assert_ptr_nonnull(strstr(sec, "<code>a1b2c3d4e5f60718293a4b5c6d7e8f9012345678</code>"));
	ck_assert_ptr_nonnull(strstr(sec, "<code>cases/LCS-100002/chronology.json</code>"));
	ck_assert_ptr_nonnull(strstr(sec, "<code>/entries/4/date</code>"));
	ck_assert_ptr_nonnull(strstr(sec, "(whole file)"));
	ck_assert_uint_eq(html_fx_count(sec, "<li class=\"finding sev-error\">"), 3);
	ck_assert_uint_eq(html_fx_count(sec, "<li class=\"finding sev-warning\">"), 1);
	ck_assert_ptr_nonnull(strstr(sec, "What to do:"));
	free(sec);
	sec = html_fx_case_section(html, "case-LCS-100001");
	ck_assert_ptr_nonnull(strstr(sec, "Current"));
	ck_assert_ptr_nonnull(strstr(sec, "No findings."));
	free(sec);
	sec = html_fx_case_section(html, "case-LCS-100005");
	ck_assert_ptr_nonnull(strstr(sec, "Not required"));
	free(sec);
	sec = html_fx_case_section(html, "case-LCS-100006");
	ck_assert_ptr_nonnull(strstr(sec, "Missing"));
	free(sec);
	free(html);
}
END_TEST

/* A rule the catalogue knows is shown by its title, help and seed. */
START_TEST(known_rules_show_catalogue_metadata)
{
	const cc_rule_info *info;
	cc_case_result *r;
	char *html, *title, *help, *id;
	int rc;

	ck_assert_uint_gt(cc_rules_count(), 0);
	info = cc_rules_at(0);
	ck_assert_ptr_nonnull(info);
	r = html_fx_timeline_case("LCS-200001", NULL, NULL, 0);
	cc_findings_add(&r->findings, info->id, CC_SEVERITY_ERROR, "cases/LCS-200001/case.json", "", "m");
	r->ready = false;
	html = html_fx_render(&r, 1, false, true, &rc);
	ck_assert_int_eq(rc, 0);
	title = html_fx_escaped(info->title);
	help = html_fx_escaped(info->help);
	id = html_fx_escaped(info->id);
	ck_assert_ptr_nonnull(strstr(html, title));
	ck_assert_ptr_nonnull(strstr(html, help));
	ck_assert_ptr_nonnull(strstr(html, id));
	free(title);
	free(help);
	free(id);
	free(html);
}
END_TEST

static char *timeline_desc(const char *html)
{
	const char *d = strstr(html, "<desc"), *e;

	ck_assert_ptr_nonnull(d);
	e = strstr(d, "</desc>");
	ck_assert_ptr_nonnull(e);
	return cc_xstrndup(d, (size_t)(e - d));
}

START_TEST(timeline_marks_gaps_order_future_and_key_dates)
{
	char *html = html_fx_render_caseload(false);
	char *sec = html_fx_case_section(html, "case-LCS-100002");
	char *desc = timeline_desc(sec);

	ck_assert_ptr_nonnull(strstr(desc, "12 chronology entries dated 2024-11-20 to 2026-05-01"));
	ck_assert_ptr_nonnull(strstr(desc, "1 before the allocation"));
	ck_assert_ptr_nonnull(strstr(desc, "Allocated 2025-01-06"));
	/* 2025-02-01 .. 2025-07-01 is 150 days; the out-of-order 07-01 closes it */
	ck_assert_ptr_nonnull(strstr(desc, "1 gap longer than 90 days: 2025-02-01 to 2025-07-01 (150 days)"));
	ck_assert_ptr_nonnull(strstr(desc, "1 entry out of date order; 1 dated after the as-of date (2026-03-02)"));
	ck_assert_ptr_nonnull(strstr(desc, "Key dates: review 2026-03-20"));
	ck_assert_ptr_nonnull(strstr(sec, "Out of order (1)</text>"));
	ck_assert_ptr_nonnull(strstr(sec, "Future (1)</text>"));
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"ooo\">"), 1);
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"future\">"), 1);
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"gap\">"), 1);
	ck_assert_ptr_nonnull(strstr(sec, "/entries/4 (2025-07-01)"));
	ck_assert_ptr_nonnull(strstr(sec, "<g class=\"allocation\">"));
	ck_assert_ptr_nonnull(strstr(sec, "<g class=\"asof\">"));
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"mark\">"), 1);
	/* a past key date is on the timeline too, drawn apart and said */
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"mark past\">"), 1);
	ck_assert_ptr_nonnull(strstr(desc, "cp-conference 2025-10-14 (passed)"));
	ck_assert_ptr_nonnull(strstr(sec, "Key date passed</li>"));
	ck_assert_ptr_nonnull(strstr(sec, "role=\"img\""));
	free(desc);
	free(sec);
	free(html);
}
END_TEST

/* Every gap label fits inside its gap (11px text, about 6.2 px a character). */
static void assert_gap_labels_fit(const char *html)
{
	size_t labels = 0;
	for (const char *g = strstr(html, "<g class=\"gap\">"); g; g = strstr(g + 1, "<g class=\"gap\">")) {
		const char *end = strstr(g, "</g>"), *w = strstr(g, " width=\""), *t = strstr(g, "<text ");
		ck_assert(end && w && w < end);
		double width = strtod(w + 8, NULL);
		if (!t || t > end)
			continue;
		const char *from = strchr(t, '>') + 1, *to = strstr(from, "</text>");
		ck_assert_msg((double)(to - from) * 6.2 + 6 <= width + 0.01, "gap label '%.*s' in %.1f px", (int)(to - from),
		              from, width);
		labels++;
	}
	ck_assert_uint_gt(labels, 0);
}

START_TEST(gap_labels_fit_their_gaps)
{
	char *html = html_fx_render_caseload(false);
	assert_gap_labels_fit(html);
	free(html);
}
END_TEST

START_TEST(dense_chronology_of_500_entries_is_aggregated)
{
	char *html = html_fx_render_caseload(false);
	char *sec = html_fx_case_section(html, "case-" HTML_FX_BIG_CASE);
	char *desc = timeline_desc(sec);
	size_t bins = html_fx_count(sec, "<g class=\"bin\">");
	size_t dots = html_fx_count(sec, "<circle ");

	ck_assert_ptr_nonnull(strstr(desc, "500 chronology entries dated 2015 to 2026-02-20"));
	ck_assert_ptr_nonnull(strstr(desc, "40 before the allocation"));
	ck_assert_ptr_nonnull(strstr(desc, "Each column is one "));
	/* ten years of history would squeeze two years since the allocation */
	ck_assert_ptr_nonnull(strstr(desc, "the time before the allocation is compressed, one year a column"));
	ck_assert_uint_eq(html_fx_count(sec, "<g class=\"break\">"), 1);
	ck_assert_ptr_nonnull(strstr(desc, "32 entries are known only to the month or year"));
	/* the 120-day break in 2025 is a gap since the allocation; the
	 * historic ones come before it */
	ck_assert_ptr_nonnull(strstr(desc, "2025-01-25 to 2025-05-27 (122 days)"));
	ck_assert_ptr_nonnull(strstr(desc, "before allocation"));
	ck_assert_msg(bins > 20 && bins < 250, "%zu columns", bins);
	ck_assert_msg(dots < 500, "%zu dots", dots);
	/* the busy week is a bar with its count */
	ck_assert_ptr_nonnull(strstr(sec, "tallest: "));
	ck_assert_ptr_nonnull(strstr(sec, "core-group 2026-04-20"));
	free(desc);
	free(sec);
	free(html);
}
END_TEST

START_TEST(gap_threshold_and_trailing_gap)
{
	static const char *const dates[] = { "2025-01-01", "2025-04-01", "2025-04-02", "2025-05-01" };
	cc_case_result *r = html_fx_timeline_case("LCS-300001", "2024-12-01", dates, 4);
	char *html, *desc;
	int rc;

	r->timeline.gap_days = 89; /* 2025-01-01 .. 04-01 is 90 days: a gap */
	html = html_fx_render(&r, 1, false, true, &rc);
	desc = timeline_desc(html);
	ck_assert_ptr_nonnull(strstr(desc, "2 gaps longer than 89 days: 2025-01-01 to 2025-04-01 (90 days); "
	                                   "2025-05-01 to as-of 2026-03-02 (305 days)"));
	free(desc);
	free(html);
	r = html_fx_timeline_case("LCS-300002", "2024-12-01", dates, 4);
	r->timeline.gap_days = 90; /* exactly 90 days is not longer than 90 */
	html = html_fx_render(&r, 1, false, true, &rc);
	desc = timeline_desc(html);
	ck_assert_ptr_nonnull(strstr(desc, "1 gap longer than 90 days: 2025-05-01 to as-of"));
	free(desc);
	free(html);
}
END_TEST

/* Far-apart dates, no allocation, marks only: the page is still whole and
 * the timeline stays inside its box. */
START_TEST(timeline_survives_extreme_dates)
{
	static const char *const dates[] = { "1900", "9999-12-31", "2025-06-01", "2025-06-01", "2025-06-01" };
	cc_case_result *r = html_fx_timeline_case("LCS-400001", NULL, dates, 5);
	char *html, *desc;
	const char *p;
	int rc;

	r->timeline.entries[1].future = true;
	html = html_fx_render(&r, 1, false, true, &rc);
	ck_assert_int_eq(rc, 0);
	desc = timeline_desc(html);
	ck_assert_ptr_nonnull(strstr(desc, "5 chronology entries dated 1900 to 9999-12-31"));
	ck_assert_ptr_nonnull(strstr(desc, "Allocation date unknown."));
	/* every x drawn lies in the 960-wide view box */
	for (p = html; (p = strstr(p, " cx=\"")) != NULL; p += 5) {
		double x = atof(p + 5);

		ck_assert_msg(x >= 0 && x <= 960, "cx %f", x);
	}
	for (p = html; (p = strstr(p, "<line x1=\"")) != NULL; p += 10) {
		double x = atof(p + 10);

		ck_assert_msg(x >= 0 && x <= 960, "x1 %f", x);
	}
	free(desc);
	free(html);
	/* a case with no timeline at all, and a report with no meta */
	{
		cc_report_options opts = CC_REPORT_OPTIONS_INIT;
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);
		void *st = cc_report_html_impl.create(out, &opts);

		r = html_fx_timeline_case("LCS-400002", NULL, NULL, 0);
		cc_report_html_impl.on_case(st, r);
		ck_assert_int_eq(cc_report_html_impl.finish(st), 0);
		cc_report_html_impl.destroy(st);
		fclose(out);
		ck_assert_ptr_nonnull(strstr(buf, "No chronology entries"));
		ck_assert_ptr_nonnull(strstr(buf, "<dt>As of</dt><dd>unknown</dd>"));
		ck_assert_ptr_nonnull(strstr(buf, "</html>"));
		free(buf);
	}
}
END_TEST

START_TEST(finish_without_end_still_writes_a_whole_page)
{
	cc_case_result *results[2] = { html_fx_case(0), html_fx_case(1) };
	int rc = -1;
	char *html = html_fx_render(results, 2, false, false, &rc);

	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(html_fx_count(html, "<!DOCTYPE html>"), 1);
	ck_assert_uint_eq(html_fx_count(html, "</html>"), 1);
	ck_assert_uint_eq(html_fx_count(html, "<tr data-order="), 2);
	free(html);
}
END_TEST

START_TEST(finish_reports_a_write_error)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	FILE *full = fopen("/dev/full", "w");
	void *st;

	ck_assert_msg(full != NULL, "cannot open /dev/full: the write error would go untested");
	opts.format = CC_REPORT_HTML;
	st = cc_report_html_impl.create(full, &opts);
	cc_report_html_impl.on_case(st, html_fx_case(2));
	ck_assert_int_eq(cc_report_html_impl.finish(st), -1);
	cc_report_html_impl.destroy(st);
	fclose(full);
}
END_TEST

START_TEST(repository_findings_are_listed_in_the_summary)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_summary summary;
	cc_audit_meta meta;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	void *st = cc_report_html_impl.create(out, &opts);
	const char *about;

	memset(&summary, 0, sizeof(summary));
	cc_findings_add(&summary.repo_findings, "config.unknown-key", CC_SEVERITY_ERROR, "casecheck.json",
	                "/paramters", "unknown key <paramters>");
	html_fx_meta(&meta);
	cc_report_html_impl.begin(st, &meta);
	cc_report_html_impl.on_case(st, html_fx_case(0));
	cc_report_html_impl.end(st, &summary);
	ck_assert_int_eq(cc_report_html_impl.finish(st), 0);
	cc_report_html_impl.destroy(st);
	fclose(out);
	cc_audit_summary_clear(&summary);
	about = strstr(buf, "<h3>About the repository itself</h3>");
	ck_assert_ptr_nonnull(about);
	ck_assert(about < strstr(buf, "id=\"caseload\""));
	ck_assert_ptr_nonnull(strstr(about, "<code>casecheck.json</code>"));
	ck_assert_ptr_nonnull(strstr(about, "<code>/paramters</code>"));
	ck_assert_ptr_nonnull(strstr(about, "unknown key &lt;paramters&gt;"));
	free(buf);
}
END_TEST

START_TEST(empty_caseload)
{
	int rc;
	char *html = html_fx_render(NULL, 0, false, true, &rc);

	ck_assert_int_eq(rc, 0);
	ck_assert_ptr_nonnull(strstr(html, "No case was audited."));
	ck_assert_ptr_nonnull(strstr(html, "<span class=\"num\">0</span> cases audited"));
	ck_assert_ptr_nonnull(strstr(html, "None: no case has a blocking finding."));
	free(html);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, page_is_self_contained);
	tcase_add_test(tc, table_has_a_row_section_and_timeline_per_case);
	tcase_add_test(tc, rows_sorted_by_what_blocks_most_with_conservative_verdicts);
	tcase_add_test(tc, personal_values_only_with_show_values);
	tcase_add_test(tc, odd_characters_are_escaped_everywhere);
	tcase_add_test(tc, text_escaping_replaces_controls_and_bad_utf8);
	tcase_add_test(tc, summary_names_the_most_common_blocking_rules);
	tcase_add_test(tc, case_section_has_signoff_findings_and_help);
	tcase_add_test(tc, known_rules_show_catalogue_metadata);
	tcase_add_test(tc, timeline_marks_gaps_order_future_and_key_dates);
	tcase_add_test(tc, gap_labels_fit_their_gaps);
	tcase_add_test(tc, dense_chronology_of_500_entries_is_aggregated);
	tcase_add_test(tc, gap_threshold_and_trailing_gap);
	tcase_add_test(tc, timeline_survives_extreme_dates);
	tcase_add_test(tc, finish_without_end_still_writes_a_whole_page);
	tcase_add_test(tc, finish_reports_a_write_error);
	tcase_add_test(tc, repository_findings_are_listed_in_the_summary);
	tcase_add_test(tc, empty_caseload);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
