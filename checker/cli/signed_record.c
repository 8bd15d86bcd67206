/* signed_record.c: see signed_record.h. */
#include "signed_record.h"

#include <stdio.h>
#include <stdlib.h>

#include "casecheck/error.h"
#include "casecheck/json.h"
#include "util/fileio.h"

int cc_cli_show_signed(const char *cmd, const char *what, const char *path, bool payload,
                       char *(*payload_of)(const cJSON *doc, const void *ctx), const void *ctx)
{
	char *text = NULL, *out = NULL;
	size_t len;
	cJSON *doc = NULL;
	int rc = CC_EXIT_USAGE;
	if (cc_read_file(path, (size_t)1 << 20, &text, &len) < 0 || cc_json_parse(&doc, text, len, NULL, NULL) < 0) {
		fprintf(stderr, "casecheck %s: %s is not a readable JSON %s\n", cmd, path, what);
		goto done;
	}
	const cJSON *sig = cJSON_GetObjectItemCaseSensitive(doc, "signature");
	rc = CC_EXIT_NOT_READY;
	if (payload && !(out = payload_of(doc, ctx)))
		fprintf(stderr, "casecheck %s: %s lacks a field of the signed payload\n", cmd, path);
	else if (!payload && !cJSON_IsString(sig))
		fprintf(stderr, "casecheck %s: %s is not signed\n", cmd, path);
	else {
		fputs(payload ? out : sig->valuestring, stdout);
		rc = CC_EXIT_READY;
	}
done:
	cJSON_Delete(doc);
	free(out);
	free(text);
	return rc;
}

void cc_cli_warn_unsigned(const char *cmd, const char *what)
{
	fprintf(stderr,
	        "casecheck %s: the %s is NOT signed: no key given (--key) or configured (git user.signingKey with "
	        "gpg.format ssh); it counts only where the auditor has no allowed-signers file\n",
	        cmd, what);
}
