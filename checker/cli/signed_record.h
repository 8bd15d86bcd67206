/* signed_record: what `casecheck signoff`, `removal` and `waive` share
 * about the kept records they write and sign. */
#ifndef CC_CLI_SIGNED_RECORD_H
#define CC_CLI_SIGNED_RECORD_H

#include <stdbool.h>

#include "casecheck/trust.h"

/* --payload FILE / --signature FILE: prints what OpenSSH needs to check
 * the record of kind at path (JSON; case_id: the case of a sign-off or
 * waiver): its signed payload or its "signature" (cc_record_signed_parts).
 * cmd names the command in messages ("signoff"), what the record
 * ("sign-off"). Returns the exit code: 0 printed, 1 not signed or no
 * payload, 2 unreadable. */
int cc_cli_show_signed(const char *cmd, const char *what, const char *path, bool payload, cc_record_kind kind,
                       const char *case_id);

/* Says on stderr that the record (what) was written without a signature,
 * and where it still counts. */
void cc_cli_warn_unsigned(const char *cmd, const char *what);

#endif
