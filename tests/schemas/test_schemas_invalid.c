/* test_schemas_invalid: every kind's schema rejects what it must, where it
 * must.
 *
 * fixtures/invalid/<kind>/manifest.json lists a valid base document and
 * invalid variants of it, each with one thing wrong: the JSON pointer into
 * the instance where the error must be reported and the keyword that must
 * report it (see fixtures/invalid/README.md). Validation uses casecheck's
 * embedded schemas with format assertion on, as the audit does. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "schemas/schemas_common.h"
#include "support/runner.h"

/* The last token of an RFC 6901 pointer or URI fragment ("" when none). */
static const char *last_token(const char *pointer)
{
	const char *slash = strrchr(pointer, '/');
	return slash ? slash + 1 : "";
}

/* Does the report hold an error at pointer, reported by keyword? keyword
 * "false" means a `false` subschema (a property that is not allowed there),
 * whose keyword location ends in /properties/<name>. */
static int has_error(const cc_schema_report *rep, const char *pointer, const char *keyword)
{
	for (size_t i = 0; i < rep->count; i++) {
		const cc_schema_error *e = &rep->errors[i];
		if (strcmp(e->instance_location, pointer) != 0)
			continue;
		const char *kl = e->keyword_location;
		if (!strcmp(keyword, "false")) {
			char *tail = cc_xasprintf("/properties/%s", last_token(pointer));
			size_t kl_len = strlen(kl), t_len = strlen(tail);
			int match = kl_len >= t_len && !strcmp(kl + kl_len - t_len, tail);
			free(tail);
			if (match)
				return 1;
		} else if (!strcmp(last_token(kl), keyword)) {
			return 1;
		}
	}
	return 0;
}

static const char *member_str(const cJSON *obj, const char *name)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
	ck_assert_msg(cJSON_IsString(v), "manifest: \"%s\" missing or not a string", name);
	return v->valuestring;
}

/* Checks one kind's folder; appends problems to out; returns the number of
 * invalid documents checked. */
static size_t check_kind(kind_schemas *ks, const char *kind, cc_strbuf *out)
{
	char *rel = cc_xasprintf("fixtures/invalid/%s", kind);
	char *dir = source_path(rel);
	char *mpath = cc_xasprintf("%s/manifest.json", dir);
	cJSON *manifest = load_json_file(mpath);
	const cc_schema *schema = ks->by_kind[kind_index(kind)];
	size_t checked = 0;

	ck_assert_str_eq(member_str(manifest, "kind"), kind);

	/* the base document is valid: each variant fails for its one reason */
	const char *valid = member_str(manifest, "valid");
	char *vpath = cc_xasprintf("%s/%s", dir, valid);
	cJSON *vdoc = load_json_file(vpath);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	if (validate_doc(schema, vdoc, 1, &rep) != 1) {
		char *text = report_text(&rep);
		cc_strbuf_printf(out, "\n  %s/%s: the valid base document is rejected:%s", rel, valid, text);
		free(text);
	}
	cc_schema_report_clear(&rep);
	cJSON_Delete(vdoc);
	free(vpath);

	cc_strbuf listed = CC_STRBUF_INIT;
	cc_strbuf_printf(&listed, "|manifest.json|%s|", valid);
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(manifest, "cases")) {
		const char *file = member_str(c, "file"), *pointer = member_str(c, "pointer"),
		           *keyword = member_str(c, "keyword");
		cc_strbuf_printf(&listed, "%s|", file);
		char *path = cc_xasprintf("%s/%s", dir, file);
		cJSON *doc = load_json_file(path);
		int rc = validate_doc(schema, doc, 1, &rep);
		if (rc == 1) {
			cc_strbuf_printf(out, "\n  %s/%s: accepted, expected %s at \"%s\"", rel, file, keyword, pointer);
		} else if (!has_error(&rep, pointer, keyword)) {
			char *text = report_text(&rep);
			cc_strbuf_printf(out, "\n  %s/%s: no %s error at \"%s\"; got:%s", rel, file, keyword, pointer, text);
			free(text);
		}
		cc_schema_report_clear(&rep);
		cJSON_Delete(doc);
		free(path);
		checked++;
	}

	/* no fixture file left out of the manifest */
	size_t n;
	char **names = list_dir(dir, &n);
	for (size_t i = 0; i < n; i++) {
		char *needle = cc_xasprintf("|%s|", names[i]);
		if (!strstr(cc_strbuf_cstr(&listed), needle))
			cc_strbuf_printf(out, "\n  %s/%s: not in the manifest", rel, names[i]);
		free(needle);
	}
	free_names(names);
	cc_strbuf_free(&listed);
	cJSON_Delete(manifest);
	free(mpath);
	free(dir);
	free(rel);
	return checked;
}

START_TEST(every_kind_rejects_its_invalid_documents_at_the_expected_pointer)
{
	kind_schemas ks;
	kind_schemas_load(&ks);
	cc_strbuf problems = CC_STRBUF_INIT;
	size_t total = 0;
	for (size_t i = 0; i < N_SCHEMA_KINDS; i++) {
		size_t n = check_kind(&ks, schema_kinds[i], &problems);
		ck_assert_msg(n >= 5, "only %zu invalid %s documents", n, schema_kinds[i]);
		total += n;
	}
	ck_assert_msg(problems.len == 0, "invalid fixtures:%s", cc_strbuf_cstr(&problems));
	ck_assert_uint_ge(total, 100);
	cc_strbuf_free(&problems);
	kind_schemas_free(&ks);
}
END_TEST

/* Dates that match YYYY-MM-DD but do not exist are caught by format
 * assertion only: this is why casecheck always validates its own documents
 * with format assertion on. */
START_TEST(impossible_dates_need_format_assertion)
{
	static const char *const files[][2] = {
		{"note", "date-not-real.json"},
		{"staff", "absence-bad-date.json"},
		{"case", "date-of-birth-not-real.json"},
		{"transfer", "transfer-on-not-real.json"},
	};
	kind_schemas ks;
	kind_schemas_load(&ks);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *rel = cc_xasprintf("fixtures/invalid/%s/%s", files[i][0], files[i][1]);
		char *path = source_path(rel);
		cJSON *doc = load_json_file(path);
		const cc_schema *s = ks.by_kind[kind_index(files[i][0])];
		cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
		ck_assert_msg(validate_doc(s, doc, 0, &rep) == 1, "%s: rejected without format assertion", rel);
		cc_schema_report_clear(&rep);
		ck_assert_msg(validate_doc(s, doc, 1, &rep) == 0, "%s: accepted with format assertion", rel);
		cc_schema_report_clear(&rep);
		cJSON_Delete(doc);
		free(path);
		free(rel);
	}
	kind_schemas_free(&ks);
}
END_TEST

/* A chronology accepts YYYY-MM-DD, YYYY-MM and YYYY, and nothing else,
 * exactly what the date module reads (cc_partial_date_parse): year 0000
 * passed the schema but was no date to the rules, so an allocation "since
 * 0000-01-03" silently turned every allocation rule off. */
START_TEST(partial_dates_in_chronology)
{
	static const struct { const char *date; int valid; } cases[] = {
		{"2019", 1}, {"2019-03", 1}, {"2019-03-31", 1}, {"2024-02-29", 1},
		{"2023-02-29", 0}, {"2019-3", 0}, {"19", 0}, {"2019-00", 0}, {"2019-03-00", 0},
		{"2019-03-31T10:00", 0}, {"2019/03/31", 0}, {"", 0},
		{"0000", 0}, {"0000-05", 0}, {"0000-01-03", 0}, {"0001", 1}, {"0001-01-01", 1}, {"9999-12-31", 1},
	};
	kind_schemas ks;
	kind_schemas_load(&ks);
	const cc_schema *s = ks.by_kind[kind_index("chronology")];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *text = cc_xasprintf("{\"format\": \"casecheck/chronology@1\", \"case_id\": \"LCS-1\","
		                          " \"entries\": [{\"id\": \"e-1\", \"date\": \"%s\", \"event\": \"x\","
		                          " \"category\": \"other\"}]}", cases[i].date);
		cJSON *doc = NULL;
		ck_assert_int_eq(cc_json_parse(&doc, text, strlen(text), NULL, NULL), 0);
		cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
		int rc = validate_doc(s, doc, 1, &rep);
		ck_assert_msg(rc == cases[i].valid, "date \"%s\": expected %s", cases[i].date,
		              cases[i].valid ? "valid" : "invalid");
		cc_partial_date pd;
		ck_assert_msg((cc_partial_date_parse(&pd, cases[i].date, strlen(cases[i].date)) == 0) == cases[i].valid,
		              "date \"%s\": the schema and the date module disagree", cases[i].date);
		if (!cases[i].valid)
			ck_assert_msg(has_error(&rep, "/entries/0/date", "anyOf"), "date \"%s\": not reported at the date",
			              cases[i].date);
		cc_schema_report_clear(&rep);
		cJSON_Delete(doc);
		free(text);
	}
	kind_schemas_free(&ks);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schemas_invalid");
	TCase *tc = tcase_create("invalid");
	tcase_add_test(tc, every_kind_rejects_its_invalid_documents_at_the_expected_pointer);
	tcase_add_test(tc, impossible_dates_need_format_assertion);
	tcase_add_test(tc, partial_dates_in_chronology);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
