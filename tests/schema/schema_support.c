#include "schema_support.h"
#include "schema/tree.h"

#include <check.h>
#include <string.h>

#include "json/json.h"

cJSON *json(const char *text)
{
	cJSON *root = NULL;
	cc_json_error err;
	ck_assert_msg(cc_json_parse(&root, text, strlen(text), NULL, &err) == 0, "%s: %s", text, err.message);
	return root;
}

int try_compile(cc_schema_set *set, const char *schema_text, cc_schema **out, char **msg)
{
	*msg = NULL;
	if (cc_schema_set_add(set, URI, json(schema_text), msg) < 0)
		return -1;
	return cc_schema_set_get(out, set, URI, msg);
}

cc_schema_set *compile(const char *schema_text, cc_schema **out)
{
	cc_schema_set *set;
	char *msg = NULL;
	ck_assert_int_eq(cc_schema_set_new(&set), 0);
	int rc = try_compile(set, schema_text, out, &msg);
	ck_assert_msg(rc == 0, "compile failed: %s\n%s", msg ? msg : "?", schema_text);
	return set;
}

char *compile_error(const char *schema_text)
{
	cc_schema_set *set;
	cc_schema *s = NULL;
	char *msg = NULL;
	cc_schema_set_new(&set);
	ck_assert_msg(try_compile(set, schema_text, &s, &msg) == -1, "compiled: %s", schema_text);
	ck_assert_ptr_nonnull(msg);
	cc_schema_set_free(set);
	return msg;
}

int validates(const cc_schema *s, const char *instance)
{
	cJSON *doc = json(instance);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	int rc = cc_schema_validate(s, doc, NULL, &rep);
	ck_assert(rc == 1 ? rep.count == 0 : rep.count > 0);
	cc_schema_report_clear(&rep);
	cJSON_Delete(doc);
	return rc;
}
