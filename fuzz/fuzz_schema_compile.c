/* fuzz_schema_compile: libFuzzer target. Arbitrary bytes as a schema
 * document: parse, add to a fresh set, compile it (every $ref must resolve,
 * the schema must be valid against its metaschema), then validate a fixed
 * small instance against it. Nothing is ever fetched: unknown $refs are
 * compile errors. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"

static const char instance_text[] =
	"{\"format\":\"casecheck/note@1\",\"id\":\"n-1\",\"date\":\"2026-02-01\","
	"\"children\":[\"c1\",\"c2\"],\"n\":12.5,\"big\":123456789012345678901234567890,"
	"\"ok\":true,\"none\":null,\"nested\":{\"a\":[1,[2,[3]]],\"b\":\"x\\u0000y\"}}";
static cJSON *instance;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!instance && cc_json_parse(&instance, instance_text, sizeof instance_text - 1, NULL, NULL) < 0)
		abort();
	cJSON *doc = NULL;
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_depth = 64;
	if (cc_json_parse(&doc, (const char *)data, size, &lim, NULL) < 0)
		return 0;
	cc_schema_set *set = NULL;
	cc_schema_set_new(&set);
	char *msg = NULL;
	const char *uri = "https://fuzz.example/schema.json";
	if (cc_schema_set_add(set, uri, doc, &msg) < 0) {
		if (!msg)
			abort();
		free(msg);
		cc_schema_set_free(set);
		return 0;
	}
	cc_schema *s = NULL;
	if (cc_schema_set_get(&s, set, uri, &msg) < 0) {
		if (!msg)
			abort();
		free(msg);
		cc_schema_set_free(set);
		return 0;
	}
	for (int fa = 0; fa < 2; fa++) {
		cc_validate_options vo = CC_VALIDATE_OPTIONS_INIT;
		vo.format_assert = fa;
		vo.max_errors = 10;
		cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
		int r = cc_schema_validate(s, instance, &vo, &rep);
		if ((r != 0 && r != 1) || (r == 1) != (rep.count == 0))
			abort();
		cc_schema_report_clear(&rep);
	}
	cc_schema_set_free(set);
	return 0;
}
