/* test_schema: the validator's behaviour beyond the official suite: error
 * reports (locations, plain messages without instance values, the cap),
 * format assertion, resources and mapped folders, vocabularies, loops,
 * exact numbers, NUL-bearing strings, and concurrent validation. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "embedded/embedded.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include "schema_support.h"
#include "support/runner.h"

static int check(const cc_schema *s, const char *instance, cc_validate_options *opts, cc_schema_report *rep)
{
	cJSON *doc = json(instance);
	int rc = cc_schema_validate(s, doc, opts, rep);
	cJSON_Delete(doc);
	return rc;
}

START_TEST(reports_locations_and_plain_messages)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"type\": \"object\", \"required\": [\"name\", \"dob\"],"
	                             " \"properties\": {\"name\": {\"type\": \"string\", \"maxLength\": 10},"
	                             "  \"a/b\": {\"enum\": [1, 2]}, \"dob\": true}, \"additionalProperties\": false}",
	                             &s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "{\"name\": \"Jonathan Smithers\", \"a/b\": 3, \"secret\": \"x\"}", NULL, &rep), 0);
	ck_assert_uint_eq(rep.count, 4);
	/* member errors in document order, then the missing required ones */
	ck_assert_str_eq(rep.errors[0].instance_location, "/name");
	ck_assert_str_eq(rep.errors[0].message, "must be at most 10 characters");
	ck_assert_str_eq(rep.errors[0].keyword_location, URI "#/properties/name/maxLength");
	ck_assert_str_eq(rep.errors[1].instance_location, "/a~1b");
	ck_assert_str_eq(rep.errors[1].message, "is not one of the allowed values");
	ck_assert_str_eq(rep.errors[1].keyword_location, URI "#/properties/a~1b/enum");
	ck_assert_str_eq(rep.errors[2].instance_location, "/secret");
	ck_assert_str_eq(rep.errors[2].message, "is not an allowed property");
	ck_assert_str_eq(rep.errors[2].keyword_location, URI "#/additionalProperties");
	ck_assert_str_eq(rep.errors[3].instance_location, "");
	ck_assert_str_eq(rep.errors[3].message, "property \"dob\" is required");
	ck_assert_str_eq(rep.errors[3].keyword_location, URI "#/required");
	for (size_t i = 0; i < rep.count; i++)
		ck_assert_ptr_null(strstr(rep.errors[i].message, "Jonathan"));
	cc_schema_report_clear(&rep);
	ck_assert_uint_eq(rep.count, 0);
	ck_assert_int_eq(check(s, "{\"name\": \"Jo\", \"dob\": 1}", NULL, &rep), 1);
	ck_assert_uint_eq(rep.count, 0);
	cc_schema_set_free(set);
}
END_TEST

/* cc_schema_explain: each kind of schema error told as what to write,
 * from the schema (allowed values, descriptions, the nearest property),
 * never quoting the instance's values. */
static char *explain_at(cc_schema_set *set, const cc_schema_report *rep, const cJSON *doc, const char *loc)
{
	for (size_t i = 0; i < rep->count; i++)
		if (!strcmp(rep->errors[i].instance_location, loc))
			return cc_schema_explain(set, &rep->errors[i], doc);
	ck_abort_msg("no error at '%s'", loc);
	return NULL;
}

START_TEST(explain_says_what_to_write)
{
	cc_schema *s;
	cc_schema_set *set = compile(
		"{\"type\": \"object\", \"required\": [\"must\"], \"additionalProperties\": false,"
		" \"$defs\": {\"day\": {\"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\","
		"  \"description\": \"a day, YYYY-MM-DD\"}, \"signer\": {\"description\": \"who must sign\"}},"
		" \"properties\": {\"sex\": {\"enum\": [\"M\", \"F\", \"U\"]}, \"kind\": {\"const\": \"case\"},"
		"  \"code\": {\"type\": \"string\", \"pattern\": \"^[A-Z]+$\", \"description\": \"capital letters\"},"
		"  \"dob\": {\"type\": \"string\", \"format\": \"date\"}, \"on\": {\"$ref\": \"#/$defs/day\"},"
		"  \"v\": {\"anyOf\": [{\"type\": \"string\", \"description\": \"a name\"}, {\"type\": \"null\"}]},"
		"  \"ethnicity\": {}, \"must\": {\"$ref\": \"#/$defs/signer\"}}}",
		&s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	cJSON *doc = json("{\"sex\": \"Xq\", \"kind\": \"Jonathan\", \"code\": \"abc\", \"dob\": \"2026-02-30\","
	                  " \"on\": \"Smithers\", \"v\": 3, \"ethnicty\": 1, \"colour\": 2}");
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.format_assert = true;
	ck_assert_int_eq(cc_schema_validate(s, doc, &opts, &rep), 0);
	char *t[9];
	t[0] = explain_at(set, &rep, doc, "/sex");
	ck_assert_str_eq(t[0], "is not one of the allowed values; write one of M, F, U");
	t[1] = explain_at(set, &rep, doc, "/kind");
	ck_assert_str_eq(t[1], "is not the allowed value; write case");
	t[2] = explain_at(set, &rep, doc, "/code");
	ck_assert_str_eq(t[2], "is not written in the required form: capital letters");
	t[3] = explain_at(set, &rep, doc, "/dob"); /* shaped as a date, not a day of the calendar */
	ck_assert_ptr_nonnull(strstr(t[3], "is not a real date"));
	t[4] = explain_at(set, &rep, doc, "/on"); /* the description of the $ref'd schema that failed */
	ck_assert_str_eq(t[4], "is not written in the required form: a day, YYYY-MM-DD");
	t[5] = explain_at(set, &rep, doc, "/v");
	ck_assert_str_eq(t[5], "does not match any of the allowed forms; write a name; or null");
	t[6] = explain_at(set, &rep, doc, "/ethnicty");
	ck_assert_str_eq(t[6], "is not an allowed property; did you mean \"ethnicity\"?");
	t[7] = explain_at(set, &rep, doc, "/colour");
	ck_assert_str_eq(t[7], "is not an allowed property; the ones allowed here are \"sex\", \"kind\", \"code\", "
	                       "\"dob\", \"on\", \"v\", \"ethnicity\", \"must\"");
	t[8] = explain_at(set, &rep, doc, ""); /* the description found through the property's $ref */
	ck_assert_str_eq(t[8], "property \"must\" is required: who must sign");
	for (size_t i = 0; i < 9; i++) {
		ck_assert_ptr_null(strstr(t[i], "Jonathan"));
		ck_assert_ptr_null(strstr(t[i], "Smithers"));
		ck_assert_ptr_null(strstr(t[i], "Xq"));
		free(t[i]);
	}
	cc_schema_report_clear(&rep);
	cJSON_Delete(doc);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(required_with_and_without_properties)
{
	cc_schema *s;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	/* every required name is a property: checked in the member loop */
	cc_schema_set *set = compile("{\"required\": [\"b\", \"a\"], \"properties\": {\"a\": {}, \"b\": {}}}", &s);
	ck_assert_int_eq(check(s, "{\"a\": 1, \"b\": 2}", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "{\"c\": 1}", NULL, &rep), 0);
	ck_assert_uint_eq(rep.count, 2);
	ck_assert_str_eq(rep.errors[0].message, "property \"b\" is required");
	ck_assert_str_eq(rep.errors[1].message, "property \"a\" is required");
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(check(s, "[]", NULL, &rep), 1); /* not an object */
	cc_schema_set_free(set);
	/* one required name is not a property: looked up directly */
	set = compile("{\"required\": [\"a\", \"z\"], \"properties\": {\"a\": {}}}", &s);
	ck_assert_int_eq(check(s, "{\"a\": 1, \"z\": 2}", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "{\"a\": 1}", NULL, &rep), 0);
	ck_assert_uint_eq(rep.count, 1);
	ck_assert_str_eq(rep.errors[0].message, "property \"z\" is required");
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(unique_items_in_long_arrays)
{
	cc_schema *s;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	cc_schema_set *set = compile("{\"uniqueItems\": true}", &s);
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_putc(&sb, '[');
	for (int i = 0; i < 5000; i++)
		cc_strbuf_printf(&sb, "%s{\"k\": %d, \"v\": [%d, \"x\"]}", i ? "," : "", i, i % 7);
	char *text = cc_strbuf_detach(&sb);
	char *unique = cc_xasprintf("%s]", text);
	/* the same value as item 1234, written differently: members swapped, 1234.0, 2e0 */
	char *dup = cc_xasprintf("%s, {\"v\": [2e0, \"x\"], \"k\": 1234.0}]", text);
	ck_assert_int_eq(check(s, unique, NULL, &rep), 1);
	ck_assert_int_eq(check(s, dup, NULL, &rep), 0);
	ck_assert_str_eq(rep.errors[0].message, "must not contain duplicate items");
	cc_schema_report_clear(&rep);
	free(text);
	free(unique);
	free(dup);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(caps_the_number_of_errors)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"items\": {\"type\": \"string\"}}", &s);
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	opts.max_errors = 3;
	ck_assert_int_eq(check(s, "[1, 2, 3, 4, 5, 6]", &opts, &rep), 0);
	ck_assert_uint_eq(rep.count, 3);
	ck_assert(rep.truncated);
	ck_assert_str_eq(rep.errors[2].instance_location, "/2");
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(check(s, "[1, \"a\"]", NULL, &rep), 0);
	ck_assert_uint_eq(rep.count, 1);
	ck_assert(!rep.truncated);
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(format_is_an_annotation_unless_asserted)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"format\": \"date\"}", &s);
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "\"2024-02-30\"", &opts, &rep), 1);
	opts.format_assert = true;
	ck_assert_int_eq(check(s, "\"2024-02-30\"", &opts, &rep), 0);
	ck_assert_str_eq(rep.errors[0].message, "is not a valid date");
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(check(s, "\"2024-02-29\"", &opts, &rep), 1);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(numbers_compare_exactly)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"maximum\": 12345678901234567890, \"multipleOf\": 0.0001}", &s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "12345678901234567890", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "12345678901234567891", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(check(s, "0.0075", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "0.00751", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
	set = compile("{\"type\": \"integer\"}", &s);
	ck_assert_int_eq(check(s, "1.0", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "1.0000000000000000001", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(strings_with_nul_bytes)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"maxLength\": 3, \"const\": \"a\\u0000\\u00e9\"}", &s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "\"a\\u0000\\u00e9\"", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "\"a\\u0000x\"", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(check(s, "\"a\"", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(reference_loops_fail_cleanly)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}},"
	                             " \"$ref\": \"#/$defs/a\"}",
	                             &s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "1", NULL, &rep), 0);
	ck_assert_str_eq(rep.errors[0].message, "leads to an infinite reference loop");
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
	/* recursion through the instance is fine */
	set = compile("{\"properties\": {\"child\": {\"$ref\": \"#\"}}, \"required\": [\"id\"]}", &s);
	ck_assert_int_eq(check(s, "{\"id\": 1, \"child\": {\"id\": 2, \"child\": {\"id\": 3}}}", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "{\"id\": 1, \"child\": {\"child\": {\"id\": 3}}}", NULL, &rep), 0);
	ck_assert_str_eq(rep.errors[0].instance_location, "/child");
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

/* n nested arrays around 1 */
static cJSON *nested(size_t n)
{
	char *text = cc_xmalloc(2 * n + 2);
	memset(text, '[', n);
	text[n] = '1';
	memset(text + n + 1, ']', n);
	text[2 * n + 1] = '\0';
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_depth = n + 1;
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, text, 2 * n + 1, &lim, NULL), 0);
	free(text);
	return doc;
}

START_TEST(deep_instances_are_bounded)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"anyOf\": [{\"type\": \"integer\"}, {\"items\": {\"$ref\": \"#\"}}]}", &s);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	cJSON *ok = nested(500), *deep = nested(5000);
	ck_assert_int_eq(cc_schema_validate(s, ok, NULL, &rep), 1);
	ck_assert_int_eq(cc_schema_validate(s, deep, NULL, &rep), 0); /* refused, without a stack overflow */
	ck_assert_uint_ge(rep.count, 1);
	cc_schema_report_clear(&rep);
	cJSON_Delete(ok);
	cJSON_Delete(deep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(bad_schemas_are_refused)
{
	char *m = compile_error("{\"type\": 5}");
	ck_assert_ptr_nonnull(strstr(m, "is not a valid schema"));
	free(m);
	m = compile_error("{\"$ref\": \"other.json\"}");
	ck_assert_ptr_nonnull(strstr(m, "cannot resolve the reference https://casecheck.invalid/test/other.json"));
	free(m);
	m = compile_error("{\"pattern\": \"(\"}");
	ck_assert_ptr_nonnull(strstr(m, "#/pattern"));
	free(m);
	/* a metaschema requiring a vocabulary we do not know */
	cc_schema_set *set;
	cc_schema *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_add(set, NULL,
	                                   json("{\"$id\": \"https://casecheck.invalid/meta\", \"$vocabulary\": "
	                                        "{\"https://casecheck.invalid/vocab/x\": true}}"),
	                                   &msg),
	                 0);
	ck_assert_int_eq(cc_schema_set_add(set, URI, json("{\"$schema\": \"https://casecheck.invalid/meta\"}"), &msg),
	                 0);
	ck_assert_int_eq(cc_schema_set_get(&s, set, URI, &msg), -1);
	ck_assert_ptr_nonnull(strstr(msg, "unknown vocabulary"));
	free(msg);
	msg = NULL;
	ck_assert_int_eq(cc_schema_set_add(set, NULL, json("{\"type\": \"string\"}"), &msg), -1);
	free(msg);
	cc_schema_set_free(set);
}
END_TEST

/* The empty pattern is valid ECMA-262 (it matches every string): as
 * "pattern" and as a patternProperties key it loads and applies (it made
 * the schema unloadable: "pattern passed as NULL"). */
START_TEST(empty_patterns_load_and_match_everything)
{
	cc_schema *s = NULL;
	cc_schema_set *set = compile("{\"pattern\": \"\"}", &s);
	VALID(s, "\"\"");
	VALID(s, "\"anything\"");
	cc_schema_set_free(set);
	set = compile("{\"patternProperties\": {\"\": {\"type\": \"string\"}}}", &s);
	VALID(s, "{\"a\": \"x\", \"\": \"y\"}");
	INVALID(s, "{\"a\": 1}");
	INVALID(s, "{\"\": 1}");
	cc_schema_set_free(set);
}
END_TEST

START_TEST(builtin_metaschemas_and_mapped_folders)
{
	cc_schema_set *set;
	cc_schema *meta = NULL, *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_get(&meta, set, "https://json-schema.org/draft/2020-12/schema", &msg), 0);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(meta, "{\"type\": \"string\", \"minLength\": 2}", NULL, &rep), 1);
	ck_assert_int_eq(check(meta, "{\"minLength\": -1}", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	ck_assert_int_eq(cc_schema_set_get(&meta, set, "http://json-schema.org/draft-07/schema#", &msg), 0);

	char dir[] = "/tmp/cc-schema-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *sub = cc_xasprintf("%s/defs", dir), *file = cc_xasprintf("%s/defs/age.json", dir);
	mkdir(sub, 0700);
	FILE *f = fopen(file, "w");
	fputs("{\"type\": \"integer\", \"minimum\": 0}", f);
	fclose(f);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "https://casecheck.invalid/m/", dir, &msg), 0);
	ck_assert_int_eq(cc_schema_set_add(set, URI, json("{\"$ref\": \"https://casecheck.invalid/m/defs/age.json\"}"), &msg),
	                 0);
	ck_assert_int_eq(cc_schema_set_get(&s, set, URI, &msg), 0);
	ck_assert_int_eq(check(s, "3", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "-3", NULL, &rep), 0);
	ck_assert_str_eq(rep.errors[0].keyword_location, "https://casecheck.invalid/m/defs/age.json#/minimum");
	cc_schema_report_clear(&rep);
	/* no escaping the mapped folder */
	ck_assert_int_eq(cc_schema_set_get(&s, set, "https://casecheck.invalid/m/defs/../defs/age.json", &msg), 0);
	ck_assert_int_eq(cc_schema_set_get(&s, set, "https://casecheck.invalid/m/../etc/passwd", &msg), -1);
	free(msg);
	remove(file);
	rmdir(sub);
	rmdir(dir);
	free(file);
	free(sub);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(vocabulary_turns_keywords_off)
{
	cc_schema_set *set;
	cc_schema *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(
		cc_schema_set_add(set, NULL,
	                          json("{\"$id\": \"https://casecheck.invalid/meta\", \"$vocabulary\": {"
	                               "\"https://json-schema.org/draft/2020-12/vocab/core\": true,"
	                               "\"https://json-schema.org/draft/2020-12/vocab/applicator\": true}}"),
	                          &msg),
		0);
	ck_assert_int_eq(cc_schema_set_add(set, URI,
	                                   json("{\"$schema\": \"https://casecheck.invalid/meta\","
	                                        " \"properties\": {\"a\": false}, \"minimum\": 10}"),
	                                   &msg),
	                 0);
	ck_assert_int_eq(cc_schema_set_get(&s, set, URI, &msg), 0);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(check(s, "1", NULL, &rep), 1);
	ck_assert_int_eq(check(s, "{\"a\": 1}", NULL, &rep), 0);
	cc_schema_report_clear(&rep);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(every_embedded_schema_compiles)
{
	cc_schema_set *set;
	size_t compiled = 0;
	cc_schema_set_new(&set);
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		cJSON *doc = NULL;
		if (!strstr(f->path, ".json"))
			continue;
		ck_assert_msg(cc_json_parse(&doc, (const char *)f->data, f->len, NULL, NULL) == 0, "%s", f->path);
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(doc, "$id");
		if (!id && strstr(f->path, "metaschemas/draft4/"))
			id = cJSON_GetObjectItemCaseSensitive(doc, "id"); /* draft-04 names itself by `id` */
		if (cJSON_IsString(id)) {
			cc_schema *s = NULL;
			char *msg = NULL;
			int rc = cc_schema_set_get(&s, set, id->valuestring, &msg);
			ck_assert_msg(rc == 0, "%s: %s", f->path, msg ? msg : "?");
			compiled++;
		}
		cJSON_Delete(doc);
	}
	ck_assert_uint_ge(compiled, 11); /* 2020-12 (1 + 8 vocabularies), draft-07 and draft-04 at least */
	cc_schema_set_free(set);
}
END_TEST

typedef struct job {
	const cc_schema *s;
	int good, bad;
} job;

static void *worker(void *arg)
{
	job *j = arg;
	cJSON *ok = json("{\"id\": \"x\", \"n\": [1, 2, 3]}"), *no = json("{\"n\": [1, \"2\", 3]}");
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.format_assert = true;
	for (int i = 0; i < 2000; i++) {
		cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
		j->good += cc_schema_validate(j->s, ok, &opts, &rep) == 1;
		j->bad += cc_schema_validate(j->s, no, &opts, &rep) == 0 && rep.count == 2;
		cc_schema_report_clear(&rep);
	}
	cJSON_Delete(ok);
	cJSON_Delete(no);
	return NULL;
}

START_TEST(concurrent_validation_on_one_schema)
{
	cc_schema *s;
	cc_schema_set *set = compile("{\"required\": [\"id\"], \"unevaluatedProperties\": false, \"properties\": {"
	                             " \"id\": {\"type\": \"string\", \"pattern\": \"^[a-z]+$\", \"format\": \"hostname\"},"
	                             " \"n\": {\"items\": {\"type\": \"integer\"}}}}",
	                             &s);
	pthread_t t[4];
	job jobs[4];
	for (int i = 0; i < 4; i++) {
		jobs[i] = (job){s, 0, 0};
		pthread_create(&t[i], NULL, worker, &jobs[i]);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_int_eq(jobs[i].good, 2000);
		ck_assert_int_eq(jobs[i].bad, 2000);
	}
	cc_schema_set_free(set);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schema");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, reports_locations_and_plain_messages);
	tcase_add_test(tc, required_with_and_without_properties);
	tcase_add_test(tc, unique_items_in_long_arrays);
	tcase_add_test(tc, caps_the_number_of_errors);
	tcase_add_test(tc, format_is_an_annotation_unless_asserted);
	tcase_add_test(tc, numbers_compare_exactly);
	tcase_add_test(tc, strings_with_nul_bytes);
	tcase_add_test(tc, reference_loops_fail_cleanly);
	tcase_add_test(tc, deep_instances_are_bounded);
	tcase_add_test(tc, bad_schemas_are_refused);
	tcase_add_test(tc, empty_patterns_load_and_match_everything);
	tcase_add_test(tc, builtin_metaschemas_and_mapped_folders);
	tcase_add_test(tc, vocabulary_turns_keywords_off);
	tcase_add_test(tc, concurrent_validation_on_one_schema);
	tcase_add_test(tc, every_embedded_schema_compiles);
	tcase_add_test(tc, explain_says_what_to_write);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
