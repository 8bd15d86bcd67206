/* test_html_sample: `casecheck audit --format html` on the sample
 * repository (fixtures/sample, committed to a temporary git repository):
 * one row, section and timeline per case folder, nothing loaded from
 * outside, and none of the sample's personal values (names, addresses,
 * phone numbers, note text...) anywhere in the page unless --show-values. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <check.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "html_fixture.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/xalloc.h"

/* Keys whose string values are personal or free text in the sample. */
static const char *const personal_keys[] = {
	"name", "given_name", "family_name", "address", "postcode", "phone", "email", "text", "event",
	"significance", "action", "heading", "who", "venue", "organisation", "reason_detail",
	"impact_on_child", "current_plan", "comment", "detail", "court_recommendations", "unallocated_reason",
	"no_handover_reason", "remedial_action", "by", "nhs_number", "upn", "religion", "title",
};
#define MIN_VALUE_LEN 5

static char *repo;
static char *outdir;
static bool by_is_staff_id; /* the file being collected is a sign-off or removal record: its "by" is a staff id */
static char **values;
static size_t n_values, values_cap;

static bool is_personal_key(const char *key)
{
	size_t i;

	for (i = 0; key && i < sizeof(personal_keys) / sizeof(personal_keys[0]); i++)
		if (strcmp(key, personal_keys[i]) == 0)
			return true;
	return false;
}

static void collect(const cJSON *node)
{
	const cJSON *child;

	cJSON_ArrayForEach(child, node) {
		if (cJSON_IsString(child) && is_personal_key(child->string) &&
		    !(by_is_staff_id && !strcmp(child->string, "by")) && strlen(child->valuestring) >= MIN_VALUE_LEN) {
			values = cc_xgrow(values, &values_cap, n_values + 1, sizeof(*values));
			values[n_values++] = cc_xstrdup(child->valuestring);
		}
		collect(child);
	}
}

static int collect_file(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	size_t len = strlen(path), n = 0;
	char *text = NULL;
	cJSON *doc;

	(void)sb;
	(void)ftw;
	if (type != FTW_F || len < 5 || strcmp(path + len - 5, ".json") != 0)
		return 0;
	if (cc_read_file(path, 16u << 20, &text, &n) != 0)
		return -1;
	doc = cJSON_Parse(text);
	free(text);
	if (!doc)
		return -1;
	/* a sign-off's, removal record's or waiver's "by" is a staff id, which reports
	 * name; the rest (a sign-off's comment) is checked like any record */
	by_is_staff_id = strstr(path, "/signoffs/") != NULL || strstr(path, "/removals/") != NULL ||
	                 strstr(path, "/waivers/") != NULL;
	/* a team's name names a part of the service, not a person: the page
	 * shows it (tested below) */
	if (len >= 11 && !strcmp(path + len - 11, "/staff.json"))
		cJSON_DeleteItemFromObjectCaseSensitive(doc, "teams");
	collect(doc);
	cJSON_Delete(doc);
	return 0;
}

static size_t count_case_folders(const char *sample)
{
	char *cases = cc_xasprintf("%s/cases", sample);
	DIR *d = opendir(cases);
	struct dirent *e;
	size_t n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	free(cases);
	return n;
}

/* Runs casecheck audit on the sample repository into a new HTML file and
 * returns the page (caller frees); *status gets the exit code. */
static char *audit_html(bool show_values, int *status)
{
	char *out = cc_xasprintf("%s/report-%d.html", outdir, show_values);
	const char *argv[] = { "audit", "--repo", repo, "--purpose", "transfer", "--as-of", "2026-03-02",
	                       "--format", "html", "--output", out, show_values ? "--show-values" : NULL, NULL };
	char *html = NULL;
	size_t len = 0;
	cc_proc p;

	ck_assert_int_eq(cc_proc_run(&p, NULL, 0, argv), 0);
	ck_assert_int_eq(p.signal, 0);
	*status = p.exit_code;
	cc_proc_clear(&p);
	ck_assert_int_eq(cc_read_file(out, 256u << 20, &html, &len), 0);
	free(out);
	return html;
}

/* Whether every occurrence of s in html lies inside a <details> element. */
static bool only_in_details(const char *html, const char *s)
{
	for (const char *p = strstr(html, s); p; p = strstr(p + 1, s)) {
		const char *open = NULL, *close = NULL;
		for (const char *q = strstr(html, "<details"); q && q < p; q = strstr(q + 1, "<details"))
			open = q;
		for (const char *q = strstr(html, "</details>"); q && q < p; q = strstr(q + 1, "</details>"))
			close = q;
		if (!open || (close && close > open))
			return false;
	}
	return true;
}

/* Issue 20 item 7: what a manager reads. */
static void check_for_managers(const char *html)
{
	/* team names from staff.json, beside the ids the filters use */
	ck_assert_ptr_nonnull(strstr(html, "<td>North Locality Social Work Team</td>"));
	ck_assert_ptr_nonnull(strstr(html, "North Locality Social Work Team (north-locality)"));
	ck_assert_ptr_nonnull(strstr(html, "<option value=\"t:north-locality\">North Locality Social Work Team</option>"));
	/* whether the history was walked */
	ck_assert_ptr_nonnull(strstr(html, "<dt>History</dt><dd>not walked"));
	/* parameter names and seed file names only in the details */
	ck_assert_ptr_nonnull(strstr(html, "<details class=\"f-details\"><summary>Details</summary>"));
	ck_assert(only_in_details(html, "seeds/0"));
	ck_assert(only_in_details(html, "chronology_gap_days"));
	ck_assert(only_in_details(html, "_working_days"));
	ck_assert(only_in_details(html, "chronology_max_age_days"));
}

START_TEST(sample_report_has_every_case_and_no_personal_data)
{
	char *sample = cc_xasprintf("%s/fixtures/sample", getenv("CASECHECK_SOURCE_DIR"));
	size_t n_cases = count_case_folders(sample), i;
	int status = -1;
	char *html = audit_html(false, &status);

	ck_assert_msg(status == 0 || status == 1, "exit status %d", status);
	ck_assert_uint_gt(n_cases, 10);
	ck_assert_uint_eq(html_fx_count(html, "<tr data-order="), n_cases);
	ck_assert_uint_eq(html_fx_count(html, "<section class=\"case\""), n_cases);
	ck_assert_uint_eq(html_fx_count(html, "<svg class=\"tl\""), n_cases);
	ck_assert_ptr_null(strstr(html, "http://"));
	ck_assert_ptr_null(strstr(html, "https://"));
	ck_assert_ptr_nonnull(strstr(html, ">Personal data hidden"));
	/* the timelines were filled in by the audit */
	ck_assert_ptr_nonnull(strstr(html, " chronology entries dated "));
	ck_assert_uint_gt(n_values, 100);
	for (i = 0; i < n_values; i++) {
		char *esc = html_fx_escaped(values[i]);

		ck_assert_msg(strstr(html, values[i]) == NULL && strstr(html, esc) == NULL,
		              "a personal value from the sample is in the page (value %zu, %zu bytes)", i,
		              strlen(values[i]));
		free(esc);
	}
	check_for_managers(html);
	free(html);
	html = audit_html(true, &status);
	ck_assert_ptr_nonnull(strstr(html, ">Personal values shown (--show-values)"));
	free(html);
	free(sample);
}
END_TEST

int main(void)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *sample;
	Suite *s;
	TCase *tc;
	int failed;

	if (!src) {
		fprintf(stderr, "CASECHECK_SOURCE_DIR is not set\n");
		return EXIT_FAILURE;
	}
	sample = cc_xasprintf("%s/fixtures/sample", src);
	repo = gf_mkdtemp();
	outdir = gf_mkdtemp();
	if (!repo || !outdir || gf_copy_tree(sample, repo) != 0 || gf_init(repo) != 0 ||
	    gf_commit_all(repo, "Sample caseload") != 0 || nftw(sample, collect_file, 16, FTW_PHYS) != 0) {
		fprintf(stderr, "could not set up the sample repository\n");
		return EXIT_FAILURE;
	}
	s = suite_create("html_sample");
	tc = tcase_create("sample");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, sample_report_has_every_case_and_no_personal_data);
	suite_add_tcase(s, tc);
	failed = cc_test_main(s) != EXIT_SUCCESS;
	gf_rm_rf(repo);
	gf_rm_rf(outdir);
	free(repo);
	free(outdir);
	while (n_values > 0)
		free(values[--n_values]);
	free(values);
	free(sample);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
