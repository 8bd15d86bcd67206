/* What every format shares: format names, the sink protocol kept whole
 * when a caller skips a step, write errors reported, the same findings in
 * every format, the JSON and XML writers on every awkward character, the
 * SARIF rule list, and a large caseload streamed through. */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "fixture.h"
#include "report/common.h"
#include "report/csvw.h"
#include "report/jsonw.h"
#include "report/xmlesc.h"
#include "xml_check.h"

/* The formats these tests own; the HTML view has its own tests. */
static const cc_report_format all_formats[] = {
	CC_REPORT_TEXT, CC_REPORT_JSON, CC_REPORT_SARIF, CC_REPORT_JUNIT
};
#define N_ALL (sizeof(all_formats) / sizeof(all_formats[0]))

START_TEST(format_names)
{
	static const char *const names[] = { "text", "json", "sarif", "junit", "html" };
	static const cc_report_format formats[] = {
		CC_REPORT_TEXT, CC_REPORT_JSON, CC_REPORT_SARIF, CC_REPORT_JUNIT, CC_REPORT_HTML
	};
	cc_report_format f;
	for (size_t i = 0; i < 5; i++) {
		f = (cc_report_format)-1;
		ck_assert_int_eq(cc_report_format_parse(&f, names[i]), 0);
		ck_assert_int_eq(f, formats[i]);
	}
	ck_assert_int_eq(cc_report_format_parse(&f, "xml"), -1);
	ck_assert_int_eq(cc_report_format_parse(&f, "JSON"), -1);
	ck_assert_int_eq(cc_report_format_parse(&f, ""), -1);
	ck_assert_int_eq(cc_report_format_parse(&f, NULL), -1);

	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	opts.format = (cc_report_format)42;
	ck_assert_ptr_null(cc_report_new(stdout, &opts));
}
END_TEST

/* No begin and no end: the report still completes, and its totals are the
 * cases it listed. */
START_TEST(protocol_kept_whole)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_case_result *cases[2] = { fx_case(0), fx_case(1) };
	size_t len;
	int rc;
	opts.format = CC_REPORT_JSON;
	char *out = fx_run_cases(&opts, NULL, cases, 2, NULL, &len, &rc);
	ck_assert_int_eq(rc, 0);
	cJSON *doc = cJSON_Parse(out);
	ck_assert_msg(doc != NULL, "%s", out);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "cases")), 2);
	cJSON *sum = cJSON_GetObjectItem(doc, "summary");
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "cases")->valueint, 2);
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "ready")->valueint, 1);
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "not_ready")->valueint, 1);
	cJSON_Delete(doc);
	free(out);

	/* A summary that disagrees with the cases sent is corrected. */
	cc_audit_meta meta;
	cc_audit_summary wrong = { 10, 10, 0, CC_FINDINGS_INIT };
	cc_case_result *one = fx_case(3);
	fx_meta(&meta);
	opts.format = CC_REPORT_TEXT;
	out = fx_run_cases(&opts, &meta, &one, 1, &wrong, &len, &rc);
	ck_assert_ptr_nonnull(strstr(out, "\n1 case: 0 ready, 1 not ready\n"));
	free(out);

	/* Every format copes with no begin and no end. */
	for (size_t i = 0; i < N_ALL; i++) {
		cc_case_result *c = fx_case(0);
		opts.format = all_formats[i];
		out = fx_run_cases(&opts, NULL, &c, 1, NULL, &len, &rc);
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_gt(len, 0);
		free(out);
	}
}
END_TEST

START_TEST(finish_twice_and_free_unfinished)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	for (size_t i = 0; i < N_ALL; i++) {
		opts.format = all_formats[i];
		cc_report *rep = cc_report_new(out, &opts);
		const cc_audit_sink *sink = cc_report_sink(rep);
		sink->on_case(sink->ctx, fx_case(2));
		ck_assert_int_eq(cc_report_finish(rep), 0);
		ck_assert_int_eq(cc_report_finish(rep), 0);
		/* Cases after the end are freed, not written. */
		sink->on_case(sink->ctx, fx_case(0));
		cc_report_free(rep);
		/* Never finished: freeing must not leak. */
		rep = cc_report_new(out, &opts);
		sink = cc_report_sink(rep);
		sink->on_case(sink->ctx, fx_case(0));
		cc_report_free(rep);
	}
	cc_report_free(NULL);
	fclose(out);
	free(buf);
}
END_TEST

START_TEST(write_errors_reported)
{
	for (size_t i = 0; i < N_ALL; i++) {
		FILE *out = fopen("/dev/full", "w");
		ck_assert_ptr_nonnull(out);
		cc_report_options opts = CC_REPORT_OPTIONS_INIT;
		cc_audit_meta meta;
		cc_audit_summary sum;
		opts.format = all_formats[i];
		cc_report *rep = cc_report_new(out, &opts);
		const cc_audit_sink *sink = cc_report_sink(rep);
		fx_meta(&meta);
		fx_summary(&sum);
		sink->begin(sink->ctx, &meta);
		for (int c = 0; c < FX_N_CASES; c++)
			sink->on_case(sink->ctx, fx_case(c));
		sink->end(sink->ctx, &sum);
		cc_findings_clear(&sum.repo_findings);
		ck_assert_msg(cc_report_finish(rep) == -1, "format %zu hid a write error", i);
		cc_report_free(rep);
		fclose(out);
	}
}
END_TEST

/* JSON and SARIF list the same findings, in the same order; text names
 * every finding's file and pointer. */
START_TEST(same_findings_everywhere)
{
	size_t len;
	int rc;
	char *json = fx_run(CC_REPORT_JSON, false, false, &len, &rc);
	char *sarif = fx_run(CC_REPORT_SARIF, false, false, &len, &rc);
	char *text = fx_run(CC_REPORT_TEXT, false, false, &len, &rc);
	cJSON *j = cJSON_Parse(json), *s = cJSON_Parse(sarif);
	cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(s, "runs"), 0), "results");
	int k = 0;
	cJSON *c, *f;

	ck_assert_ptr_nonnull(j);
	ck_assert_ptr_nonnull(s);
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(j, "cases")) {
		cJSON_ArrayForEach(f, cJSON_GetObjectItem(c, "findings")) {
			cJSON *r = cJSON_GetArrayItem(results, k++);
			cJSON *props = cJSON_GetObjectItem(r, "properties");
			ck_assert_ptr_nonnull(r);
			ck_assert_str_eq(cJSON_GetObjectItem(r, "ruleId")->valuestring,
			                 cJSON_GetObjectItem(f, "rule")->valuestring);
			ck_assert_str_eq(cJSON_GetObjectItem(r, "level")->valuestring,
			                 cJSON_GetObjectItem(f, "severity")->valuestring);
			ck_assert_str_eq(cJSON_GetObjectItem(props, "pointer")->valuestring,
			                 cJSON_GetObjectItem(f, "pointer")->valuestring);
			ck_assert_str_eq(cJSON_GetObjectItem(props, "case_id")->valuestring,
			                 cJSON_GetObjectItem(c, "case_id")->valuestring);
			ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(r, "message"), "text")->valuestring,
			                 cJSON_GetObjectItem(f, "message")->valuestring);
			if (cJSON_GetObjectItem(f, "pointer")->valuestring[0])
				ck_assert_ptr_nonnull(strstr(text, cJSON_GetObjectItem(f, "pointer")->valuestring));
		}
	}
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(j, "repository_findings")) {
		cJSON *r = cJSON_GetArrayItem(results, k++);
		ck_assert_ptr_nonnull(r);
		ck_assert_str_eq(cJSON_GetObjectItem(r, "ruleId")->valuestring,
		                 cJSON_GetObjectItem(f, "rule")->valuestring);
	}
	ck_assert_int_eq(cJSON_GetArraySize(results), k);
	ck_assert_msg(k > 0, "no findings compared: the fixture's findings are missing from the JSON report");
	cJSON_Delete(j);
	cJSON_Delete(s);
	free(json);
	free(sarif);
	free(text);
}
END_TEST

START_TEST(values_only_with_show_values_in_every_format)
{
	for (size_t i = 0; i < N_ALL; i++) {
		size_t len;
		int rc;
		char *out = fx_run(all_formats[i], false, false, &len, &rc);
		ck_assert_int_eq(rc, 0);
		ck_assert_msg(!fx_contains(out, len, FX_VALUE_1), "format %zu shows a value", i);
		ck_assert_msg(!fx_contains(out, len, FX_VALUE_2), "format %zu shows a value", i);
		ck_assert_msg(!fx_contains(out, len, FX_VALUE_REPO), "format %zu shows a value", i);
		free(out);
		out = fx_run(all_formats[i], true, false, &len, &rc);
		ck_assert_msg(fx_contains(out, len, FX_VALUE_1), "format %zu hides a value", i);
		ck_assert_msg(fx_contains(out, len, FX_VALUE_REPO), "format %zu hides a value", i);
		free(out);
	}
}
END_TEST

START_TEST(deterministic_output)
{
	for (size_t i = 0; i < N_ALL; i++) {
		size_t len1, len2;
		int rc;
		char *a = fx_run(all_formats[i], true, true, &len1, &rc);
		char *b = fx_run(all_formats[i], true, true, &len2, &rc);
		ck_assert_uint_eq(len1, len2);
		ck_assert_msg(memcmp(a, b, len1) == 0, "format %zu differs between two runs", i);
		free(a);
		free(b);
	}
}
END_TEST

/* Every code point class through the JSON writer and back. */
START_TEST(jsonw_round_trip)
{
	char in[300];
	size_t n = 0;
	for (int c = 1; c < 0x80; c++)
		in[n++] = (char)c;
	memcpy(in + n, "\xE2\x80\xA8\xF0\x9F\x98\x80\xC3\xA9", 10); /* U+2028, emoji, é */
	n += 10;
	in[n] = 0;
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);
	cc_jw w;
	cc_jw_init(&w, out);
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, in, in);
	cc_jw_key(&w, "bad");
	cc_jw_string(&w, "a\xC0\xAF" "b\xED\xA0\x80" "c\xF4\x90\x80\x80" "d\xE2\x82");
	cc_jw_key(&w, "empty");
	cc_jw_begin_array(&w);
	cc_jw_begin_object(&w);
	cc_jw_end_object(&w);
	cc_jw_begin_array(&w);
	cc_jw_end_array(&w);
	cc_jw_null(&w);
	cc_jw_uint(&w, 18446744073709551615ull);
	cc_jw_end_array(&w);
	cc_jw_end_object(&w);
	fclose(out);
	ck_assert_ptr_null(strstr(buf, "\xE2\x80\xA8")); /* escaped */
	cJSON *doc = cJSON_Parse(buf);
	ck_assert_msg(doc != NULL, "%s", buf);
	ck_assert_str_eq(cJSON_GetObjectItem(doc, in)->valuestring, in);
	/* Overlong, surrogate, above U+10FFFF, truncated: each byte U+FFFD. */
	ck_assert_str_eq(cJSON_GetObjectItem(doc, "bad")->valuestring,
	                 "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
	                 "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD");
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "empty")), 4);
	ck_assert_ptr_nonnull(strstr(buf, "18446744073709551615"));
	cJSON_Delete(doc);
	free(buf);
}
END_TEST

START_TEST(xml_escape_every_byte)
{
	char in[256];
	for (int c = 1; c < 256; c++)
		in[c - 1] = (char)c;
	in[255] = 0;
	for (int attr = 0; attr < 2; attr++) {
		char *buf = NULL;
		size_t size = 0;
		FILE *out = open_memstream(&buf, &size);
		const char *err = NULL;
		fputs(attr ? "<a v=\"" : "<a>", out);
		cc_xml_escape(out, in, attr);
		fputs(attr ? "\"/>" : "</a>", out);
		fclose(out);
		xml_node *n = xml_parse(buf, size, &err);
		ck_assert_msg(n != NULL, "%s: %s", err, buf);
		const char *got = attr ? xml_attr(n, "v") : n->text;
		/* Tab, newline, CR and printable ASCII survive exactly; the
		 * forbidden 0x0B and 0x0C between them become U+FFFD. */
		ck_assert_ptr_nonnull(strstr(got, "\t\n\xEF\xBF\xBD\xEF\xBF\xBD\r"));
		ck_assert_ptr_nonnull(strstr(got, " !\"#$%&'()*+,-./0123456789:;<=>?@A"));
		xml_free(n);
		free(buf);
	}
}
END_TEST

/* CSV: a byte-order mark, quoting, and formula-like cells defused. */
START_TEST(csv_cells_for_spreadsheets)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);
	cc_csvw w;
	cc_csvw_begin(&w, out);
	static const char *const row[] = { "plain", "a,b", "say \"hi\"", "=SUM(A1)", "+1", "-2",
					   "@x", "\tt", "line\nbreak", NULL, "caf\xC3\xA9", "bad\xFF" };
	cc_csvw_row(&w, row, sizeof row / sizeof row[0]);
	cc_csvw_cell_uint(&w, 42);
	cc_csvw_end_row(&w);
	fclose(out);
	ck_assert_str_eq(buf, "\xEF\xBB\xBFplain,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),'+1,'-2,'@x,'\tt,"
			      "\"line\nbreak\",,caf\xC3\xA9,bad\xEF\xBF\xBD\r\n42\r\n");
	free(buf);
}
END_TEST

/* The record members JSON and SARIF share: a personal id (a child's) only
 * with show_values, a record's own id always, nothing without a record. */
static char *record_members(const cc_finding *f, bool show_values)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);
	cc_jw w;
	cc_jw_init(&w, out);
	cc_jw_begin_object(&w);
	cc_report_jw_record(&w, f, show_values);
	cc_jw_end_object(&w);
	fclose(out);
	return buf;
}

START_TEST(record_members_hide_a_personal_id)
{
	cc_findings list = CC_FINDINGS_INIT;
	cc_finding *child = cc_findings_add(&list, "core.schema", CC_SEVERITY_ERROR, "c/case.json", "/children/0", "m");
	cc_finding_set_record(child, "child 1 of 2", "amy", true);
	cc_finding *entry = cc_findings_add(&list, "core.schema", CC_SEVERITY_ERROR, "c/chronology.json", "/entries/4", "m");
	cc_finding_set_record(entry, "entry 5 of 7 (e5)", "e5", false);
	cc_finding *none = cc_findings_add(&list, "core.schema", CC_SEVERITY_ERROR, "c/case.json", "", "m");
	char *hidden = record_members(child, false), *shown = record_members(child, true);
	char *own = record_members(entry, false), *empty = record_members(none, true);
	cJSON *h = cJSON_Parse(hidden), *s = cJSON_Parse(shown), *o = cJSON_Parse(own), *e = cJSON_Parse(empty);
	ck_assert_str_eq(cJSON_GetObjectItem(h, "record")->valuestring, "child 1 of 2");
	ck_assert_ptr_null(cJSON_GetObjectItem(h, "record_id"));
	ck_assert_ptr_null(strstr(hidden, "amy"));
	ck_assert_str_eq(cJSON_GetObjectItem(s, "record")->valuestring, "child 1 of 2 (amy)");
	ck_assert_str_eq(cJSON_GetObjectItem(s, "record_id")->valuestring, "amy");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "record")->valuestring, "entry 5 of 7 (e5)");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "record_id")->valuestring, "e5");
	ck_assert_int_eq(cJSON_GetArraySize(e), 0);
	cJSON_Delete(h);
	cJSON_Delete(s);
	cJSON_Delete(o);
	cJSON_Delete(e);
	free(hidden);
	free(shown);
	free(own);
	free(empty);
	cc_findings_clear(&list);
}
END_TEST

/* SARIF lists the rules that run for the purpose and profile, and any
 * other rule that produced a result. */
START_TEST(sarif_rule_list)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary sum = { 0, 0, 0, CC_FINDINGS_INIT };
	cc_case_result *c = fx_case(3); /* one allocation.record-read error */
	size_t len;
	int rc;
	opts.format = CC_REPORT_SARIF;
	fx_meta(&meta);
	meta.purpose = CC_PURPOSE_CHECK;
	char *out = fx_run_cases(&opts, &meta, &c, 1, &sum, &len, &rc);
	cJSON *doc = cJSON_Parse(out);
	cJSON *rules = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(
		cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "tool"), "driver"), "rules");
	ck_assert(cJSON_IsArray(rules));
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		bool expected = ((r->purposes & CC_PURPOSE_BIT(CC_PURPOSE_CHECK)) && cc_rule_in_profile(r, "core")) ||
		                !strcmp(r->id, "allocation.record-read");
		bool found = false;
		cJSON *rd;
		cJSON_ArrayForEach(rd, rules)
			found |= !strcmp(cJSON_GetObjectItem(rd, "id")->valuestring, r->id);
		ck_assert_msg(found == expected, "rule %s listed: %d", r->id, found);
	}
	cJSON_Delete(doc);
	free(out);
}
END_TEST

/* Many cases stream through every format; the machine formats stay
 * well-formed and count right. */
START_TEST(large_caseload)
{
	enum { N = 3000 };
	for (size_t f = 0; f < N_ALL; f++) {
		cc_report_options opts = CC_REPORT_OPTIONS_INIT;
		cc_audit_meta meta;
		cc_audit_summary sum = { 0, 0, 0, CC_FINDINGS_INIT };
		cc_case_result **cases = malloc(N * sizeof(*cases));
		size_t len;
		int rc;
		for (int i = 0; i < N; i++) {
			cases[i] = fx_case(i % FX_N_CASES);
			free(cases[i]->case_id);
			cases[i]->case_id = malloc(16);
			snprintf(cases[i]->case_id, 16, "LCS-%06d", i);
		}
		opts.format = all_formats[f];
		fx_meta(&meta);
		char *out = fx_run_cases(&opts, &meta, cases, N, &sum, &len, &rc);
		free(cases);
		ck_assert_int_eq(rc, 0);
		if (all_formats[f] == CC_REPORT_JSON) {
			cJSON *doc = cJSON_ParseWithLength(out, len);
			ck_assert_ptr_nonnull(doc);
			ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "cases")), N);
			ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "summary"), "ready")->valueint, N / 4);
			cJSON_Delete(doc);
		} else if (all_formats[f] == CC_REPORT_SARIF) {
			cJSON *doc = cJSON_ParseWithLength(out, len);
			ck_assert_ptr_nonnull(doc);
			cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0);
			ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(run, "results")), N / 4 * 9);
			cJSON_Delete(doc);
		} else if (all_formats[f] == CC_REPORT_JUNIT) {
			const char *err;
			xml_node *root = xml_parse(out, len, &err);
			ck_assert_msg(root != NULL, "%s", err);
			ck_assert_uint_eq(xml_count(root, "testsuite"), N);
			xml_free(root);
		} else if (all_formats[f] == CC_REPORT_TEXT) {
			ck_assert(fx_contains(out, len, "3000 cases: 750 ready, 2250 not ready\n"));
		}
		free(out);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_common");
	TCase *tc = tcase_create("common");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, format_names);
	tcase_add_test(tc, protocol_kept_whole);
	tcase_add_test(tc, finish_twice_and_free_unfinished);
	tcase_add_test(tc, write_errors_reported);
	tcase_add_test(tc, same_findings_everywhere);
	tcase_add_test(tc, values_only_with_show_values_in_every_format);
	tcase_add_test(tc, deterministic_output);
	tcase_add_test(tc, jsonw_round_trip);
	tcase_add_test(tc, xml_escape_every_byte);
	tcase_add_test(tc, csv_cells_for_spreadsheets);
	tcase_add_test(tc, record_members_hide_a_personal_id);
	tcase_add_test(tc, sarif_rule_list);
	tcase_add_test(tc, large_caseload);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
