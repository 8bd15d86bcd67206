/* test_html_browser: the HTML caseload page in a real browser. The report
 * of the fixture caseload is written to a temporary file and loaded in
 * headless Chromium with --dump-dom, which prints the DOM after the page's
 * script ran; the page's query string drives its filters and sorting.
 *
 * Exits 77 (ctest: SKIPPED) when no Chromium is installed: set
 * CASECHECK_CHROMIUM to a browser binary, or install Debian's chromium. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chromium.h"
#include "html_fixture.h"
#include "util/xalloc.h"
#include "support/runner.h"

#define BROWSER_TIMEOUT_S 120

static char *chromium;
static char tmpdir[] = "/tmp/cc-html-browser-XXXXXX";
static char *report_path;

/* Loads file://report_path?query and returns the DOM after the page's
 * script ran (caller frees). */
static char *dump_dom(const char *query)
{
	char *url = cc_xasprintf("file://%s%s%s", report_path, query ? "?" : "", query ? query : "");
	const char *why = NULL;
	char *dom = chromium_dump_dom(chromium, tmpdir, url, 0, NULL, BROWSER_TIMEOUT_S, &why);

	ck_assert_msg(dom != NULL, "%s", why ? why : "?");
	ck_assert_msg(strlen(dom) > 1000, "chromium printed %zu bytes", strlen(dom));
	free(url);
	return dom;
}

typedef struct dom_row {
	char case_id[64];
	bool hidden;
} dom_row;

/* The caseload table's rows, in DOM order. */
static size_t table_rows(const char *dom, dom_row *rows, size_t max)
{
	const char *p = strstr(dom, "<tbody>"), *end;
	size_t n = 0;

	ck_assert_ptr_nonnull(p);
	end = strstr(p, "</tbody>");
	ck_assert_ptr_nonnull(end);
	while ((p = strstr(p, "<tr ")) != NULL && p < end && n < max) {
		const char *tag_end = strchr(p, '>');
		const char *a = strstr(p, "<a href=\"#case-");
		const char *text, *close;
		const char *h = strstr(p, " hidden");

		ck_assert_ptr_nonnull(a);
		text = strchr(a, '>') + 1;
		close = strstr(text, "</a>");
		ck_assert_ptr_nonnull(close);
		ck_assert_uint_lt((size_t)(close - text), sizeof(rows[n].case_id));
		memcpy(rows[n].case_id, text, (size_t)(close - text));
		rows[n].case_id[close - text] = '\0';
		rows[n].hidden = h != NULL && h < tag_end;
		n++;
		p = tag_end;
	}
	return n;
}

static size_t count(const char *hay, const char *needle)
{
	return html_fx_count(hay, needle);
}

/* The visible rows' case ids joined with spaces (caller frees). */
static char *visible_ids(const char *dom)
{
	dom_row rows[HTML_FX_CASES + 1];
	size_t n = table_rows(dom, rows, HTML_FX_CASES + 1), i;
	char *out = cc_xstrdup("");

	ck_assert_uint_eq(n, HTML_FX_CASES);
	for (i = 0; i < n; i++) {
		char *next;

		if (rows[i].hidden)
			continue;
		next = cc_xasprintf("%s%s%s", out, *out ? " " : "", rows[i].case_id);
		free(out);
		out = next;
	}
	return out;
}

START_TEST(page_initialises_in_the_browser)
{
	char *dom = dump_dom(NULL);
	char *ids = visible_ids(dom);
	const char *form = strstr(dom, "<form id=\"filters\"");

	ck_assert_ptr_nonnull(strstr(dom, "data-cc-ready=\"12\""));
	ck_assert_ptr_nonnull(form);
	ck_assert_ptr_nonnull(strchr(form, '>'));
	{
		char *tag = cc_xstrndup(form, (size_t)(strchr(form, '>') - form));

		ck_assert_ptr_null(strstr(tag, "hidden"));
		free(tag);
	}
	ck_assert_ptr_nonnull(strstr(dom, ">Showing 12 of 12 cases</p>"));
	ck_assert_uint_eq(count(dom, "<td class=\"verdict-cell\""), HTML_FX_CASES);
	ck_assert_uint_eq(count(dom, "\xE2\x9C\x96 NOT READY</span></td>"), HTML_FX_CASES - HTML_FX_READY);
	ck_assert_uint_eq(count(dom, "\xE2\x9C\x94 READY</span></td>"), HTML_FX_READY);
	ck_assert_uint_eq(count(dom, "<svg class=\"tl\""), HTML_FX_CASES);
	ck_assert_uint_eq(count(dom, "<section class=\"case\""), HTML_FX_CASES);
	ck_assert_uint_eq(count(dom, " hidden=\"\""), 0);
	ck_assert_ptr_nonnull(strstr(dom, "<span id=\"sort-hint\"> Select a column heading"));
	ck_assert_str_eq(ids, "LCS-100008 LCS-100002 LCS-100006 LCS-100003 X&lt;b&gt;&amp;\"'\xEF\xBF\xBD\xEF\xBF\xBD-9 "
	                      "LCS-100010 LCS-100011 LCS-100012 LCS-100001 LCS-100005 LCS-100007 LCS-100009");
	free(ids);
	free(dom);
}
END_TEST

START_TEST(filter_by_verdict_and_sort_by_case_id)
{
	char *dom = dump_dom("verdict=ready&sort=0&dir=descending");
	char *ids = visible_ids(dom);

	ck_assert_str_eq(ids, "LCS-100009 LCS-100007 LCS-100005 LCS-100001");
	ck_assert_ptr_nonnull(strstr(dom, ">Showing 4 of 12 cases</p>"));
	/* the case sections follow the filter */
	ck_assert_uint_eq(count(dom, "<section class=\"case\""), HTML_FX_CASES);
	ck_assert_uint_eq(count(dom, "\" hidden=\"\">\n<h3 id=\"h-"), HTML_FX_CASES - HTML_FX_READY);
	ck_assert_ptr_nonnull(strstr(dom, "<section class=\"case\" id=\"case-LCS-100001\" aria-labelledby=\"h-LCS-100001\">\n<h3"));
	ck_assert_ptr_nonnull(strstr(dom, "<section class=\"case\" id=\"case-LCS-100002\" aria-labelledby=\"h-LCS-100002\" hidden=\"\">\n<h3"));
	ck_assert_ptr_nonnull(strstr(dom, "<th scope=\"col\" data-type=\"text\" aria-sort=\"descending\"><button "
	                                  "type=\"button\">Case</button>"));
	ck_assert_uint_eq(count(dom, " aria-sort=\""), 1);
	free(ids);
	free(dom);
}
END_TEST

START_TEST(filter_by_rule_and_team_and_sort_by_count)
{
	char *dom = dump_dom("rule=" HTML_FX_TOP_RULE);
	char *ids = visible_ids(dom);

	ck_assert_str_eq(ids, "LCS-100008 LCS-100002 LCS-100006 LCS-100003 LCS-100011");
	free(ids);
	free(dom);
	dom = dump_dom("team=t:team-east&sort=6&dir=ascending");
	ids = visible_ids(dom);
	ck_assert_str_eq(ids, "LCS-100007 LCS-100012 LCS-100008");
	ck_assert_ptr_nonnull(strstr(dom, ">Showing 3 of 12 cases</p>"));
	free(ids);
	free(dom);
	/* an unknown filter value shows everything rather than nothing */
	dom = dump_dom("verdict=maybe");
	ck_assert_ptr_nonnull(strstr(dom, ">Showing 12 of 12 cases</p>"));
	free(dom);
}
END_TEST

/* The page's width in the browser at a window width (in CSS px): at 1280,
 * and at 640 (a 1280 px screen at 200% zoom), nothing may stick out
 * sideways but inside the table's and the timelines' own scroll boxes. */
static void check_reflow(int width)
{
	static const char probe[] =
		"<script>(function () {\n"
		"  var d = document.documentElement, wide = [];\n"
		"  Array.prototype.forEach.call(document.querySelectorAll('body *'), function (e) {\n"
		"    if (e.closest('.table-wrap, .tl-scroll')) return;\n"
		"    var r = e.getBoundingClientRect();\n"
		"    if (r.right > d.clientWidth + 1) wide.push(e.tagName + '.' + e.className);\n"
		"  });\n"
		"  d.setAttribute('data-probe', d.scrollWidth + ' ' + d.clientWidth + ' ' + wide.slice(0, 5).join(','));\n"
		"})();</script>\n";
	char *html = html_fx_render_caseload(false);
	const char *body_end = strstr(html, "</body>");
	char *path = cc_xasprintf("%s/probe-%d.html", tmpdir, width);
	char *url = cc_xasprintf("file://%s", path);
	char *size = cc_xasprintf("--window-size=%d,900", width);
	const char *why = NULL, *attr;
	char *dom;
	FILE *f = fopen(path, "w");
	int scroll_w = 0, client_w = 0;

	ck_assert_ptr_nonnull(body_end);
	ck_assert_ptr_nonnull(f);
	fprintf(f, "%.*s%s%s", (int)(body_end - html), html, probe, body_end);
	ck_assert_int_eq(fclose(f), 0);
	dom = chromium_dump_dom(chromium, tmpdir, url, 0, size, BROWSER_TIMEOUT_S, &why);
	ck_assert_msg(dom != NULL, "%s", why ? why : "?");
	attr = strstr(dom, "data-probe=\"");
	ck_assert_ptr_nonnull(attr);
	ck_assert_int_eq(sscanf(attr + 12, "%d %d", &scroll_w, &client_w), 2);
	ck_assert_msg(client_w > 0 && client_w <= width, "viewport %d at window %d", client_w, width);
	ck_assert_msg(scroll_w <= client_w, "page %d px wide in a %d px window: %.200s", scroll_w, client_w, attr);
	free(dom);
	free(size);
	free(url);
	free(path);
	free(html);
}

START_TEST(page_reflows_at_200_percent_zoom)
{
	check_reflow(1280);
	check_reflow(640);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc;
	FILE *f;
	char *html;
	int failed;

	chromium = chromium_find();
	if (!chromium) {
		printf("SKIPPED: no chromium found (install Debian's chromium, e.g. scripts/install-deps --ci, or "
		       "set CASECHECK_CHROMIUM): the HTML report was NOT checked in a browser\n");
		return CHROMIUM_SKIP;
	}
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return EXIT_FAILURE;
	}
	report_path = cc_xasprintf("%s/report.html", tmpdir);
	html = html_fx_render_caseload(false);
	f = fopen(report_path, "w");
	if (!f || fputs(html, f) < 0 || fclose(f) != 0) {
		perror(report_path);
		return EXIT_FAILURE;
	}
	free(html);

	s = suite_create("html_browser");
	tc = tcase_create("chromium");
	tcase_set_timeout(tc, 3 * BROWSER_TIMEOUT_S);
	tcase_add_test(tc, page_initialises_in_the_browser);
	tcase_add_test(tc, filter_by_verdict_and_sort_by_case_id);
	tcase_add_test(tc, filter_by_rule_and_team_and_sort_by_count);
	tcase_add_test(tc, page_reflows_at_200_percent_zoom);
	suite_add_tcase(s, tc);
	failed = cc_test_main(s) != EXIT_SUCCESS;
	chromium_remove_tree(tmpdir);
	free(report_path);
	free(chromium);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
