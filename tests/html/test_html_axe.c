/* test_html_axe: the HTML caseload page checked by axe-core (its WCAG 2
 * A/AA and best-practice rules, with colour contrast) inside headless
 * Chromium, in both privacy modes; and a screenshot of it at twice the
 * device scale (a high-density screen), kept as report-2x.png in the test's
 * folder for people to look at.
 *
 * Needs chromium and axe-core's axe.min.js: $CASECHECK_AXE, or npm's global
 * folder (npm install -g axe-core). Exits 77 (ctest: SKIPPED) without them. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chromium.h"
#include "html_fixture.h"
#include "util/fileio.h"
#include "util/xalloc.h"
#include "support/runner.h"

#define AXE_TIMEOUT_S 240

static char *chromium;
static char *axe_js;
static char tmpdir[] = "/tmp/cc-html-axe-XXXXXX";

static char *find_axe(void)
{
	static const char *const places[] = { "/usr/local/lib/node_modules/axe-core/axe.min.js",
	                                      "/usr/lib/node_modules/axe-core/axe.min.js",
	                                      "/usr/share/nodejs/axe-core/axe.min.js" };
	const char *env = getenv("CASECHECK_AXE");
	size_t i;

	if (env && *env)
		return access(env, R_OK) == 0 ? cc_xstrdup(env) : NULL;
	for (i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		if (access(places[i], R_OK) == 0)
			return cc_xstrdup(places[i]);
	return NULL;
}

static const char runner[] =
	"<script>axe.run(document, { resultTypes: ['violations'] }).then(function (r) {\n"
	"  var s = r.violations.map(function (v) {\n"
	"    return v.id + ' (' + v.impact + ', ' + v.nodes.length + ': ' + v.nodes.slice(0, 3).map(function (n) {\n"
	"      return n.target.join(' ');\n"
	"    }).join(' | ') + ')';\n"
	"  }).join('; ');\n"
	"  var p = document.createElement('pre');\n"
	"  p.id = 'axe-result';\n"
	"  p.textContent = s;\n"
	"  document.body.appendChild(p);\n"
	"}, function (e) {\n"
	"  var p = document.createElement('pre');\n"
	"  p.id = 'axe-error';\n"
	"  p.textContent = String(e);\n"
	"  document.body.appendChild(p);\n"
	"});</script>\n";

/* The page with axe and its runner added before </body> (caller frees). */
static char *with_axe(const char *html)
{
	const char *body_end = strstr(html, "</body>");
	char *axe = NULL, *page;
	size_t len = 0;

	ck_assert_ptr_nonnull(body_end);
	ck_assert_int_eq(cc_read_file(axe_js, 16u << 20, &axe, &len), 0);
	/* "</script" inside the library would end the inline script early */
	ck_assert_ptr_null(strstr(axe, "</script"));
	page = cc_xasprintf("%.*s<script>%s</script>%s%s", (int)(body_end - html), html, axe, runner, body_end);
	free(axe);
	return page;
}

static void check_page(bool show_values)
{
	char *html = html_fx_render_caseload(show_values);
	char *page = with_axe(html);
	char *path = cc_xasprintf("%s/report-%d.html", tmpdir, show_values);
	char *url = cc_xasprintf("file://%s", path);
	const char *why = NULL, *res, *end;
	char *dom;
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_ge(fputs(page, f), 0);
	ck_assert_int_eq(fclose(f), 0);
	dom = chromium_dump_dom(chromium, tmpdir, url, 60000, NULL, AXE_TIMEOUT_S, &why);
	ck_assert_msg(dom != NULL, "%s", why ? why : "?");
	ck_assert_msg(strstr(dom, "<pre id=\"axe-error\">") == NULL, "axe failed: %.300s",
	              strstr(dom, "<pre id=\"axe-error\">"));
	res = strstr(dom, "<pre id=\"axe-result\">");
	ck_assert_msg(res != NULL, "axe did not finish");
	res += strlen("<pre id=\"axe-result\">");
	end = strstr(res, "</pre>");
	ck_assert_ptr_nonnull(end);
	ck_assert_msg(end == res, "accessibility violations: %.*s", (int)(end - res), res);
	free(dom);
	free(url);
	free(path);
	free(page);
	free(html);
}

/* A PNG's width and height from its IHDR chunk. */
static void png_size(const unsigned char *png, size_t len, unsigned *w, unsigned *h)
{
	ck_assert_uint_ge(len, 24);
	ck_assert_int_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
	ck_assert_int_eq(memcmp(png + 12, "IHDR", 4), 0);
	*w = (unsigned)png[16] << 24 | (unsigned)png[17] << 16 | (unsigned)png[18] << 8 | png[19];
	*h = (unsigned)png[20] << 24 | (unsigned)png[21] << 16 | (unsigned)png[22] << 8 | png[23];
}

START_TEST(screenshot_at_twice_the_device_scale)
{
	char *html = html_fx_render_caseload(false);
	char *path = cc_xasprintf("%s/report-shot.html", tmpdir);
	char *url = cc_xasprintf("file://%s", path);
	char *png = NULL, *kept = cc_xstrdup("report-2x.png");
	const char *why = NULL;
	size_t len = 0;
	unsigned w, h;
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_ge(fputs(html, f), 0);
	ck_assert_int_eq(fclose(f), 0);
	unlink(kept);
	ck_assert_msg(chromium_screenshot(chromium, tmpdir, url, kept, 1024, 1400, 2, AXE_TIMEOUT_S, &why) == 0, "%s",
	              why ? why : "?");
	ck_assert_int_eq(cc_read_file(kept, 64u << 20, &png, &len), 0);
	png_size((const unsigned char *)png, len, &w, &h);
	ck_assert_uint_eq(w, 2048); /* 1024 CSS pixels at twice the device scale */
	ck_assert_uint_eq(h, 2800);
	ck_assert_uint_gt(len, 50000); /* a drawn page, not a blank one */
	free(png);
	free(kept);
	free(url);
	free(path);
	free(html);
}
END_TEST

START_TEST(no_accessibility_violations_personal_data_hidden)
{
	check_page(false);
}
END_TEST

START_TEST(no_accessibility_violations_values_shown)
{
	check_page(true);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc;
	int failed;

	chromium = chromium_find();
	axe_js = find_axe();
	if (!chromium || !axe_js) {
		printf("SKIPPED: %s not found (set CASECHECK_CHROMIUM / CASECHECK_AXE, or install Debian's chromium "
		       "and npm's axe-core): the HTML report was NOT checked for accessibility\n",
		       !chromium ? "chromium" : "axe-core (axe.min.js)");
		free(chromium);
		free(axe_js);
		return CHROMIUM_SKIP;
	}
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return EXIT_FAILURE;
	}
	s = suite_create("html_axe");
	tc = tcase_create("axe");
	tcase_set_timeout(tc, 2 * AXE_TIMEOUT_S);
	tcase_add_test(tc, no_accessibility_violations_personal_data_hidden);
	tcase_add_test(tc, no_accessibility_violations_values_shown);
	tcase_add_test(tc, screenshot_at_twice_the_device_scale);
	suite_add_tcase(s, tc);
	failed = cc_test_main(s) != EXIT_SUCCESS;
	chromium_remove_tree(tmpdir);
	free(chromium);
	free(axe_js);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
