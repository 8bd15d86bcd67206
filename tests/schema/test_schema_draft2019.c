/* test_schema_draft2019: the 2019-09 dialect, as far as casecheck reads it:
 * the built-in metaschema and vocabularies (which check subschemas through
 * $recursiveRef), items arrays with additionalItems and no prefixItems,
 * and $recursiveRef/$recursiveAnchor. The official suite copy in shared/
 * has no 2019-09 folder; its 2020-12 cross-draft test uses this dialect. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/schema.h"

#include "schema_support.h"
#include "support/runner.h"

#define D2019 "\"$schema\": \"https://json-schema.org/draft/2019-09/schema\", "

START_TEST(metaschema_checks_subschemas)
{
	cc_schema_set *set;
	cc_schema *meta = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_int_eq(cc_schema_set_get(&meta, set, "https://json-schema.org/draft/2019-09/schema", &msg), 0);
	VALID(meta, "{\"items\": [{\"type\": \"string\"}], \"additionalItems\": false}");
	VALID(meta, "{\"$recursiveAnchor\": true, \"properties\": {\"a\": {\"$recursiveRef\": \"#\"}}}");
	INVALID(meta, "{\"minLength\": -1}");
	/* reached through applicator's $recursiveRef: the whole metaschema */
	INVALID(meta, "{\"properties\": {\"a\": {\"minLength\": -1}}}");
	INVALID(meta, "{\"items\": [{\"type\": \"nothing\"}]}");
	INVALID(meta, "{\"$recursiveAnchor\": \"yes\"}");
	cc_schema_set_free(set);

	msg = compile_error("{" D2019 "\"properties\": {\"a\": {\"minLength\": -1}}}");
	ck_assert_msg(strstr(msg, "is not a valid schema"), "%s", msg);
	free(msg);
}
END_TEST

START_TEST(items_array_and_additional_items)
{
	cc_schema *s;
	cc_schema_set *set = compile("{" D2019 "\"items\": [{\"type\": \"integer\"}], \"additionalItems\": false}", &s);
	VALID(s, "[1]");
	INVALID(s, "[\"a\"]");
	INVALID(s, "[1, 2]");
	cc_schema_set_free(set);
	set = compile("{" D2019 "\"prefixItems\": [{\"type\": \"string\"}]}", &s);
	VALID(s, "[1, 2, 3]");
	cc_schema_set_free(set);
	set = compile("{" D2019 "\"items\": [{\"type\": \"string\"}], \"unevaluatedItems\": false}", &s);
	VALID(s, "[\"foo\"]");
	INVALID(s, "[\"foo\", \"bar\"]");
	cc_schema_set_free(set);
	/* format is an annotation (the format vocabulary is not required) */
	set = compile("{" D2019 "\"format\": \"email\", \"dependentRequired\": {\"a\": [\"b\"]}}", &s);
	VALID(s, "\"not an address\"");
	INVALID(s, "{\"a\": 1}");
	cc_schema_set_free(set);
}
END_TEST

#define MYOBJECT                                                                                   \
	"\"$defs\": {\"myobject\": {\"$id\": \"myobject.json\", \"$recursiveAnchor\": true,"       \
	" \"anyOf\": [{\"type\": \"string\"},"                                                    \
	"  {\"type\": \"object\", \"additionalProperties\": {\"$recursiveRef\": \"#\"}}]}},"      \
	" \"anyOf\": [{\"type\": \"integer\"}, {\"$ref\": \"#/$defs/myobject\"}]"

START_TEST(recursive_ref_follows_the_dynamic_scope)
{
	cc_schema *s;
	/* the outer resource has no $recursiveAnchor: "#" stays myobject */
	cc_schema_set *set = compile("{" D2019 "\"$id\": \"http://localhost:4242/recursiveRef2/schema.json\", " MYOBJECT
	                             "}",
	                             &s);
	VALID(s, "1");
	VALID(s, "{\"foo\": \"hi\"}");
	INVALID(s, "{\"foo\": 1}");
	VALID(s, "{\"foo\": {\"bar\": \"hi\"}}");
	INVALID(s, "{\"foo\": {\"bar\": 1}}");
	cc_schema_set_free(set);
	/* with "$recursiveAnchor": true outside, "#" is the outer schema */
	set = compile("{" D2019 "\"$id\": \"http://localhost:4242/recursiveRef3/schema.json\","
	              " \"$recursiveAnchor\": true, " MYOBJECT "}",
	              &s);
	VALID(s, "1");
	VALID(s, "{\"foo\": 1}");
	VALID(s, "{\"foo\": {\"bar\": 1}}");
	INVALID(s, "{\"foo\": {\"bar\": null}}");
	cc_schema_set_free(set);
	/* $dynamicRef is not a 2019-09 keyword */
	set = compile("{" D2019 "\"properties\": {\"foo\": {\"$dynamicRef\": \"#\"}}, \"additionalProperties\": false}",
	              &s);
	VALID(s, "{\"foo\": {\"bar\": false}}");
	INVALID(s, "{\"bar\": false}");
	cc_schema_set_free(set);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schema_draft2019");
	TCase *tc = tcase_create("draft2019");
	tcase_add_test(tc, metaschema_checks_subschemas);
	tcase_add_test(tc, items_array_and_additional_items);
	tcase_add_test(tc, recursive_ref_follows_the_dynamic_scope);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
