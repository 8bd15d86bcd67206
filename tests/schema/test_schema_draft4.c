/* test_schema_draft4: the draft-04 dialect ("$schema":
 * "http://json-schema.org/draft-04/schema#"), which the official suite copy
 * in shared/ does not cover: the built-in metaschema, `id` as the base-URI
 * keyword, boolean exclusiveMaximum/exclusiveMinimum, `$ref` hiding its
 * siblings, items arrays, `dependencies`, no boolean schemas, keywords of
 * later drafts ignored, and remote documents read in the referrer's
 * dialect. The cases follow the draft-04 tests of JSON-Schema-Test-Suite. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "embedded/embedded.h"
#include "util/xalloc.h"

#include "schema_support.h"
#include "support/runner.h"

#define D4 "\"$schema\": \"http://json-schema.org/draft-04/schema#\", "

static const cc_embedded_file *embedded(const char *path)
{
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++)
		if (!strcmp(f->path, path))
			return f;
	return NULL;
}

START_TEST(metaschema_is_built_in)
{
	cc_schema_set *set;
	cc_schema *meta = NULL, *again = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_get(&meta, set, "http://json-schema.org/draft-04/schema#", &msg), 0);
	ck_assert_int_eq(cc_schema_set_get(&again, set, "http://json-schema.org/draft-04/schema", &msg), 0);
	ck_assert_ptr_eq(meta, again);
	VALID(meta, "{\"type\": \"string\", \"minLength\": 1}");
	VALID(meta, "{\"maximum\": 3, \"exclusiveMaximum\": true, \"additionalProperties\": false}");
	VALID(meta, "{\"items\": [{}, {\"type\": [\"string\", \"null\"]}], \"additionalItems\": false}");
	VALID(meta, "{\"dependencies\": {\"a\": [\"b\"], \"c\": {\"required\": [\"d\"]}}}");
	INVALID(meta, "{\"minLength\": -1}");
	/* exclusiveMaximum is a boolean, and only beside maximum */
	INVALID(meta, "{\"maximum\": 3, \"exclusiveMaximum\": 3}");
	INVALID(meta, "{\"exclusiveMinimum\": true}");
	/* no boolean schemas (but additionalProperties/Items may be false) */
	INVALID(meta, "{\"properties\": {\"a\": true}}");
	INVALID(meta, "{\"items\": false}");
	INVALID(meta, "{\"type\": \"any\"}");
	INVALID(meta, "{\"required\": []}");
	INVALID(meta, "{\"multipleOf\": 0}");
	/* the metaschema is valid against itself */
	const cc_embedded_file *f = embedded("metaschemas/draft4/metaschema.json");
	ck_assert_ptr_nonnull(f);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, (const char *)f->data, f->len, NULL, NULL), 0);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(cc_schema_validate(meta, doc, NULL, &rep), 1);
	cJSON_Delete(doc);
	cc_schema_set_free(set);
}
END_TEST

START_TEST(schemas_are_checked_against_it)
{
	char *msg = compile_error("{" D4 "\"properties\": {\"a\": false}}");
	ck_assert_msg(strstr(msg, "is not a valid schema"), "%s", msg);
	free(msg);
	msg = compile_error("{" D4 "\"maximum\": 3, \"exclusiveMaximum\": 2}");
	ck_assert_msg(strstr(msg, "is not a valid schema"), "%s", msg);
	free(msg);
	/* the same keyword is right in 2020-12 and wrong there as a boolean */
	cc_schema *s;
	cc_schema_set_free(compile("{\"maximum\": 3, \"exclusiveMaximum\": 2}", &s));
	msg = compile_error("{\"maximum\": 3, \"exclusiveMaximum\": true}");
	free(msg);
}
END_TEST

START_TEST(exclusive_bounds_are_booleans)
{
	cc_schema *s;
	cc_schema_set *set = compile("{" D4 "\"maximum\": 3.0, \"exclusiveMaximum\": true}", &s);
	VALID(s, "2.2");
	INVALID(s, "3.0");
	INVALID(s, "3");
	VALID(s, "\"x\"");
	cJSON *three = json("3");
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(cc_schema_validate(s, three, NULL, &rep), 0);
	ck_assert_uint_eq(rep.count, 1);
	ck_assert_str_eq(rep.errors[0].message, "must be less than 3.0");
	ck_assert_str_eq(rep.errors[0].keyword_location, URI "#/exclusiveMaximum");
	cc_schema_report_clear(&rep);
	cJSON_Delete(three);
	cc_schema_set_free(set);

	set = compile("{" D4 "\"maximum\": 3.0, \"exclusiveMaximum\": false}", &s);
	VALID(s, "3.0");
	INVALID(s, "3.5");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"maximum\": 3.0}", &s);
	VALID(s, "3.0");
	cc_schema_set_free(set);

	set = compile("{" D4 "\"minimum\": 1.1, \"exclusiveMinimum\": true}", &s);
	VALID(s, "1.2");
	INVALID(s, "1.1");
	INVALID(s, "0.6");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"minimum\": 1.1}", &s);
	VALID(s, "1.1");
	INVALID(s, "0.6");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"minimum\": -2, \"exclusiveMinimum\": false}", &s);
	VALID(s, "-2");
	INVALID(s, "-2.0001");
	cc_schema_set_free(set);
}
END_TEST

START_TEST(id_sets_the_base_uri)
{
	cc_schema *s;
	/* recursive references between two resources named by `id` */
	cc_schema_set *set = compile(
		"{" D4 "\"id\": \"http://localhost:1234/tree\", \"type\": \"object\","
		" \"properties\": {\"meta\": {\"type\": \"string\"},"
		"  \"nodes\": {\"type\": \"array\", \"items\": {\"$ref\": \"node\"}}},"
		" \"required\": [\"meta\", \"nodes\"],"
		" \"definitions\": {\"node\": {\"id\": \"http://localhost:1234/node\", \"type\": \"object\","
		"  \"properties\": {\"value\": {\"type\": \"number\"}, \"subtree\": {\"$ref\": \"tree\"}},"
		"  \"required\": [\"value\"]}}}",
		&s);
	VALID(s, "{\"meta\": \"root\", \"nodes\": [{\"value\": 1, \"subtree\": {\"meta\": \"child\","
	         " \"nodes\": [{\"value\": 1.1}, {\"value\": 1.2}]}}]}");
	INVALID(s, "{\"meta\": \"root\", \"nodes\": [{\"value\": 1, \"subtree\": {\"meta\": \"child\","
	           " \"nodes\": [{\"value\": \"no\"}, {\"value\": 1.2}]}}]}");
	cJSON *bad = json("{\"meta\": \"root\", \"nodes\": [{\"value\": \"no\"}]}");
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	ck_assert_int_eq(cc_schema_validate(s, bad, NULL, &rep), 0);
	ck_assert_str_eq(rep.errors[0].instance_location, "/nodes/0/value");
	ck_assert_str_eq(rep.errors[0].keyword_location, "http://localhost:1234/node#/properties/value/type");
	cc_schema_report_clear(&rep);
	cJSON_Delete(bad);
	cc_schema_set_free(set);

	/* location-independent identifiers: "#foo", absolute, and below a
	 * base change */
	set = compile("{" D4 "\"allOf\": [{\"$ref\": \"#foo\"}],"
	              " \"definitions\": {\"A\": {\"id\": \"#foo\", \"type\": \"integer\"}}}",
	              &s);
	VALID(s, "1");
	INVALID(s, "\"a\"");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"allOf\": [{\"$ref\": \"http://localhost:1234/bar#foo\"}],"
	              " \"definitions\": {\"A\": {\"id\": \"http://localhost:1234/bar#foo\", \"type\": \"integer\"}}}",
	              &s);
	VALID(s, "1");
	INVALID(s, "\"a\"");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"id\": \"http://localhost:1234/root\","
	              " \"allOf\": [{\"$ref\": \"http://localhost:1234/nested.json#foo\"}],"
	              " \"definitions\": {\"A\": {\"id\": \"nested.json\","
	              "  \"definitions\": {\"B\": {\"id\": \"#foo\", \"type\": \"integer\"}}}}}",
	              &s);
	VALID(s, "1");
	INVALID(s, "\"a\"");
	cc_schema_set_free(set);

	/* `$id` names nothing in draft-04, and `id` nothing in 2020-12 */
	char *msg = compile_error("{" D4 "\"definitions\": {\"a\": {\"$id\": \"http://localhost:1234/a.json\","
	                          " \"type\": \"integer\"}}, \"allOf\": [{\"$ref\": \"http://localhost:1234/a.json\"}]}");
	ck_assert_msg(strstr(msg, "cannot resolve the reference http://localhost:1234/a.json"), "%s", msg);
	free(msg);
	msg = compile_error("{\"$defs\": {\"a\": {\"id\": \"http://localhost:1234/a.json\", \"type\": \"integer\"}},"
	                    " \"$ref\": \"http://localhost:1234/a.json\"}");
	ck_assert_msg(strstr(msg, "cannot resolve the reference http://localhost:1234/a.json"), "%s", msg);
	free(msg);
}
END_TEST

START_TEST(ref_hides_its_siblings)
{
	cc_schema *s;
	cc_schema_set *set = compile("{" D4 "\"definitions\": {\"reffed\": {\"type\": \"array\"}},"
	                             " \"properties\": {\"foo\": {\"$ref\": \"#/definitions/reffed\", \"maxItems\": 2}}}",
	                             &s);
	VALID(s, "{\"foo\": []}");
	VALID(s, "{\"foo\": [1, 2, 3]}");
	INVALID(s, "{\"foo\": \"string\"}");
	cc_schema_set_free(set);
	/* an `id` beside $ref does not change the base the $ref resolves against */
	set = compile("{" D4 "\"id\": \"http://localhost:1234/sibling_id/base/\","
	              " \"definitions\": {"
	              "  \"foo\": {\"id\": \"http://localhost:1234/sibling_id/foo.json\", \"type\": \"string\"},"
	              "  \"base_foo\": {\"id\": \"foo.json\", \"type\": \"number\"}},"
	              " \"allOf\": [{\"id\": \"http://localhost:1234/sibling_id/\", \"$ref\": \"foo.json\"}]}",
	              &s);
	VALID(s, "1");
	INVALID(s, "\"a\"");
	cc_schema_set_free(set);
	/* nested references, and the metaschema reached by $ref */
	set = compile("{" D4 "\"definitions\": {\"a\": {\"type\": \"integer\"}, \"b\": {\"$ref\": \"#/definitions/a\"},"
	              " \"c\": {\"$ref\": \"#/definitions/b\"}}, \"$ref\": \"#/definitions/c\"}",
	              &s);
	VALID(s, "5");
	INVALID(s, "\"a\"");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"$ref\": \"http://json-schema.org/draft-04/schema#\"}", &s);
	VALID(s, "{\"minLength\": 1}");
	INVALID(s, "{\"minLength\": -1}");
	cc_schema_set_free(set);
}
END_TEST

START_TEST(items_array_and_dependencies)
{
	cc_schema *s;
	cc_schema_set *set = compile("{" D4 "\"items\": [{\"type\": \"integer\"}, {\"$ref\": \"#/items/0\"}]}", &s);
	VALID(s, "[1, 2]");
	INVALID(s, "[1, \"foo\"]");
	VALID(s, "[1, 2, \"more\"]");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"items\": [{}, {}, {}], \"additionalItems\": false}", &s);
	VALID(s, "[1, 2, 3]");
	INVALID(s, "[1, 2, 3, 4]");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"items\": [{}], \"additionalItems\": {\"type\": \"integer\"}}", &s);
	VALID(s, "[null, 2, 3]");
	INVALID(s, "[null, 2, \"3\"]");
	cc_schema_set_free(set);
	/* additionalItems means nothing without an items array */
	set = compile("{" D4 "\"items\": {}, \"additionalItems\": false}", &s);
	VALID(s, "[1, 2, 3]");
	cc_schema_set_free(set);
	set = compile("{" D4 "\"additionalItems\": false}", &s);
	VALID(s, "[1, 2, 3]");
	cc_schema_set_free(set);

	set = compile("{" D4 "\"dependencies\": {\"bar\": [\"foo\"],"
	              " \"quux\": {\"properties\": {\"foo\": {\"type\": \"integer\"}}}}}",
	              &s);
	VALID(s, "{\"foo\": 1, \"bar\": 2}");
	INVALID(s, "{\"bar\": 2}");
	VALID(s, "{\"quux\": 1, \"foo\": 2}");
	INVALID(s, "{\"quux\": 1, \"foo\": \"x\"}");
	VALID(s, "[\"bar\"]");
	cc_schema_set_free(set);
}
END_TEST

START_TEST(later_keywords_are_ignored)
{
	static const struct {
		const char *schema, *instance;
	} cases[] = {
		{"\"const\": 2", "5"},
		{"\"contains\": {\"type\": \"integer\"}", "[\"a\"]"},
		{"\"propertyNames\": {\"maxLength\": 1}", "{\"long\": 1}"},
		{"\"if\": {\"type\": \"string\"}, \"then\": {\"minLength\": 5}, \"else\": {\"type\": \"null\"}", "\"ab\""},
		{"\"if\": {\"type\": \"string\"}, \"then\": {\"minLength\": 5}, \"else\": {\"type\": \"null\"}", "3"},
		{"\"dependentRequired\": {\"bar\": [\"foo\"]}", "{\"bar\": 2}"},
		{"\"dependentSchemas\": {\"bar\": {\"properties\": {\"foo\": {\"type\": \"integer\"}}}}",
		 "{\"bar\": 2, \"foo\": \"x\"}"},
		{"\"prefixItems\": [{\"type\": \"integer\"}]", "[\"foo\"]"},
		{"\"type\": \"array\", \"unevaluatedItems\": false", "[\"foo\"]"},
		{"\"type\": \"object\", \"unevaluatedProperties\": false", "{\"foo\": 1}"},
		{"\"items\": [{}], \"maxContains\": 0, \"contains\": {}", "[1]"},
		{"\"properties\": {\"foo\": {\"$dynamicRef\": \"#\"}}, \"additionalProperties\": false",
		 "{\"foo\": {\"bar\": false}}"},
		{"\"type\": \"integer\", \"$defs\": {\"a\": {\"$anchor\": \"x\"}}", "3"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		cc_schema *s;
		char *text = cc_xasprintf("{" D4 "%s}", cases[i].schema);
		cc_schema_set *set = compile(text, &s);
		ck_assert_msg(validates(s, cases[i].instance) == 1, "draft-04 applied %s to %s", cases[i].schema,
		              cases[i].instance);
		cc_schema_set_free(set);
		/* the same schema in 2020-12 does reject the instance (cases
		 * whose keyword 2020-12 also ignores are left out) */
		free(text);
		if (strstr(cases[i].schema, "\"items\": [") || strstr(cases[i].schema, "$anchor"))
			continue;
		text = cc_xasprintf("{%s}", cases[i].schema);
		set = compile(text, &s);
		ck_assert_msg(validates(s, cases[i].instance) == 0, "2020-12 ignored %s", cases[i].schema);
		cc_schema_set_free(set);
		free(text);
	}
	/* a $anchor is no anchor in draft-04 */
	char *msg = compile_error("{" D4 "\"definitions\": {\"a\": {\"$anchor\": \"x\"}}, \"allOf\": [{\"$ref\": \"#x\"}]}");
	ck_assert_msg(strstr(msg, "cannot resolve"), "%s", msg);
	free(msg);
}
END_TEST

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

START_TEST(remote_documents_take_the_referrer_dialect)
{
	const char *shared = getenv("CASECHECK_SHARED_DIR");
	char *remotes = cc_xasprintf("%s/json-schema-test-suite/remotes", shared ? shared : "../shared");
	char dir[] = "/tmp/cc-draft4-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *file = cc_xasprintf("%s/bound.json", dir);
	write_file(file, "{\"maximum\": 3, \"exclusiveMaximum\": true}");

	cc_schema_set *set;
	cc_schema *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "http://localhost:1234/", remotes, &msg), 0);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "https://casecheck.invalid/d4/", dir, &msg), 0);
	int rc = try_compile(set,
	                     "{" D4 "\"properties\": {"
	                     " \"a\": {\"$ref\": \"http://localhost:1234/draft4/locationIndependentIdentifier.json"
	                     "#/definitions/refToInteger\"},"
	                     " \"b\": {\"$ref\": \"http://localhost:1234/draft4/subSchemas.json#/definitions/refToInteger\"},"
	                     " \"c\": {\"$ref\": \"https://casecheck.invalid/d4/bound.json\"}}}",
	                     &s, &msg);
	ck_assert_msg(rc == 0, "%s", msg ? msg : "?");
	VALID(s, "{\"a\": 1, \"b\": 2, \"c\": 2.5}");
	INVALID(s, "{\"a\": \"x\"}");
	INVALID(s, "{\"b\": \"x\"}");
	INVALID(s, "{\"c\": 3}");
	cc_schema_set_free(set);

	/* `id` changes the base of remote references (suite: refRemote.json) */
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "http://localhost:1234/", remotes, &msg), 0);
	rc = try_compile(set,
	                 "{" D4 "\"id\": \"http://localhost:1234/\", \"items\": {\"id\": \"baseUriChange/\","
	                 " \"items\": {\"$ref\": \"folderInteger.json\"}}}",
	                 &s, &msg);
	ck_assert_msg(rc == 0, "%s", msg ? msg : "?");
	VALID(s, "[[1]]");
	INVALID(s, "[[\"a\"]]");
	cc_schema_set_free(set);
	/* a root ref inside a remote document stays in that document */
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "http://localhost:1234/", remotes, &msg), 0);
	rc = try_compile(set,
	                 "{" D4 "\"id\": \"http://localhost:1234/object\", \"type\": \"object\","
	                 " \"properties\": {\"name\": {\"$ref\": \"draft4/name.json#/definitions/orNull\"}}}",
	                 &s, &msg);
	ck_assert_msg(rc == 0, "%s", msg ? msg : "?");
	VALID(s, "{\"name\": \"foo\"}");
	VALID(s, "{\"name\": null}");
	INVALID(s, "{\"name\": {\"name\": null}}");
	cc_schema_set_free(set);

	/* read as 2020-12, the same file is not a valid schema */
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_map_dir(set, "https://casecheck.invalid/d4/", dir, &msg), 0);
	ck_assert_int_eq(try_compile(set, "{\"$ref\": \"https://casecheck.invalid/d4/bound.json\"}", &s, &msg), -1);
	ck_assert_msg(strstr(msg, "is not a valid schema"), "%s", msg);
	free(msg);
	cc_schema_set_free(set);

	remove(file);
	rmdir(dir);
	free(file);
	free(remotes);
}
END_TEST

START_TEST(added_documents_are_named_by_id)
{
	cc_schema_set *set;
	cc_schema *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	/* no URI given: the draft-04 `id` names the document */
	ck_assert_int_eq(cc_schema_set_add(set, NULL,
	                                   json("{" D4 "\"id\": \"https://casecheck.invalid/d4/named.json#\","
	                                        " \"type\": \"string\"}"),
	                                   &msg),
	                 0);
	ck_assert_int_eq(cc_schema_set_get(&s, set, "https://casecheck.invalid/d4/named.json", &msg), 0);
	VALID(s, "\"x\"");
	INVALID(s, "1");
	/* a 2020-12 document is not named by `id` */
	ck_assert_int_eq(cc_schema_set_add(set, NULL, json("{\"id\": \"https://casecheck.invalid/d4/other.json\"}"), &msg),
	                 -1);
	ck_assert_ptr_nonnull(msg);
	free(msg);
	cc_schema_set_free(set);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schema_draft4");
	TCase *tc = tcase_create("draft4");
	tcase_add_test(tc, metaschema_is_built_in);
	tcase_add_test(tc, schemas_are_checked_against_it);
	tcase_add_test(tc, exclusive_bounds_are_booleans);
	tcase_add_test(tc, id_sets_the_base_uri);
	tcase_add_test(tc, ref_hides_its_siblings);
	tcase_add_test(tc, items_array_and_dependencies);
	tcase_add_test(tc, later_keywords_are_ignored);
	tcase_add_test(tc, remote_documents_take_the_referrer_dialect);
	tcase_add_test(tc, added_documents_are_named_by_id);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
