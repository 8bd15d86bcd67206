/* signed_record.c: see signed_record.h. */
#include "signed_record.h"

#include <stdio.h>
#include <stdlib.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"

int cc_cli_show_signed(const char *cmd, const char *what, const char *path, bool payload, cc_record_kind kind,
                       const char *case_id)
{
	char *signed_text = NULL, *signature = NULL, *msg = NULL;
	int rc = CC_EXIT_NOT_READY;
	if (cc_record_signed_parts(&signed_text, &signature, kind, case_id, path, &msg) < 0) {
		fprintf(stderr, "casecheck %s: %s is not a readable JSON %s\n", cmd, path, what);
		free(msg);
		return CC_EXIT_USAGE;
	}
	if (payload && !signed_text)
		fprintf(stderr, "casecheck %s: %s lacks a field of the signed payload\n", cmd, path);
	else if (!payload && !signature)
		fprintf(stderr, "casecheck %s: %s is not signed\n", cmd, path);
	else {
		fputs(payload ? signed_text : signature, stdout);
		rc = CC_EXIT_READY;
	}
	free(signed_text);
	free(signature);
	return rc;
}

void cc_cli_warn_unsigned(const char *cmd, const char *what)
{
	fprintf(stderr,
	        "casecheck %s: the %s is NOT signed: no key given (--key) or configured (git user.signingKey with "
	        "gpg.format ssh); it counts only where the auditor has no allowed-signers file\n",
	        cmd, what);
}
