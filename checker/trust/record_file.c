/* record_file.c: cc_record_signed_parts (casecheck/trust.h): a kept
 * record on disk, read as JSON, and what OpenSSH needs to check it. */
#include <stdlib.h>

#include "casecheck/error.h"
#include "json/json.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "util/fileio.h"
#include "util/xalloc.h"

/* Kept records are small: a sign-off, a removal record or a waiver. */
#define MAX_RECORD_BYTES ((size_t)1 << 20)

int cc_record_signed_parts(char **payload, char **signature, cc_record_kind kind, const char *case_id,
                           const char *path, char **errmsg)
{
	char *text = NULL;
	size_t len;
	cJSON *doc = NULL;
	*payload = *signature = NULL;
	if (cc_read_file(path, MAX_RECORD_BYTES, &text, &len) < 0 || cc_json_parse(&doc, text, len, NULL, NULL) < 0) {
		free(text);
		*errmsg = cc_xasprintf("%s is not a readable JSON record", path);
		return CC_ERROR;
	}
	switch (kind) {
	case CC_RECORD_SIGNOFF: *payload = cc_signoff_payload(case_id, doc); break;
	case CC_RECORD_REMOVAL: *payload = cc_removal_payload(doc); break;
	case CC_RECORD_WAIVER: *payload = cc_waiver_payload(case_id, doc); break;
	}
	const cJSON *sig = cJSON_GetObjectItemCaseSensitive(doc, "signature");
	if (cJSON_IsString(sig))
		*signature = cc_xstrdup(sig->valuestring);
	cJSON_Delete(doc);
	free(text);
	return 0;
}
