/* fuzz_json_schema: libFuzzer target. Strict JSON parsing of arbitrary
 * bytes, then validation of the tree against one of casecheck's own schemas
 * (picked by the first byte), with format assertions on as the audit does.
 * Parse errors must carry a sane position; validation must never fail
 * otherwise (spec: cc_schema_validate returns 0 or 1), and every error's
 * instance location must resolve in the document (keys with a NUL too). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"

static const char *const uris[] = {
	"https://casecheck.example/schemas/v1/config.json",
	"https://casecheck.example/schemas/v1/staff.json",
	"https://casecheck.example/schemas/v1/case.json",
	"https://casecheck.example/schemas/v1/chronology.json",
	"https://casecheck.example/schemas/v1/genogram.json",
	"https://casecheck.example/schemas/v1/note.json",
	"https://casecheck.example/schemas/v1/assessment.json",
	"https://casecheck.example/schemas/v1/transfer.json",
	"https://casecheck.example/schemas/v1/signoff.json",
};
#define N_URIS (sizeof uris / sizeof uris[0])

static cc_schema_set *set;
static cc_schema *schemas[N_URIS];

static void setup(void)
{
	char *msg = NULL;
	cc_schema_set_new(&set);
	for (size_t i = 0; i < N_URIS; i++)
		if (cc_schema_set_get(&schemas[i], set, uris[i], &msg) < 0)
			abort(); /* casecheck's own schemas always compile */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!set)
		setup();
	if (size < 1)
		return 0;
	const cc_schema *s = schemas[data[0] % N_URIS];
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_depth = 64;
	lim.allow_bom = data[0] & 0x80;
	cJSON *doc = NULL;
	cc_json_error err;
	if (cc_json_parse(&doc, (const char *)data + 1, size - 1, &lim, &err) < 0) {
		if (doc || err.offset > size - 1 || err.line < 1 || err.column < 1 ||
		    !memchr(err.message, 0, sizeof err.message) || !memchr(err.pointer, 0, sizeof err.pointer))
			abort();
		return 0;
	}
	cc_validate_options vo = CC_VALIDATE_OPTIONS_INIT;
	vo.format_assert = true;
	vo.max_errors = 20;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	int r = cc_schema_validate(s, doc, &vo, &rep);
	if (r != 0 && r != 1)
		abort();
	if ((r == 1) != (rep.count == 0) || rep.count > 20)
		abort();
	for (size_t i = 0; i < rep.count; i++)
		if (!rep.errors[i].instance_location || !rep.errors[i].message ||
		    !cc_json_pointer_get(doc, rep.errors[i].instance_location))
			abort();
	cc_schema_report_clear(&rep);
	cJSON_Delete(doc);
	return 0;
}
