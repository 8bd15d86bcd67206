/* signed_record: what `casecheck signoff`, `removal` and `waive` share
 * about the kept records they write and sign. */
#ifndef CC_CLI_SIGNED_RECORD_H
#define CC_CLI_SIGNED_RECORD_H

#include <stdbool.h>

#include <cjson/cJSON.h>

/* --payload FILE / --signature FILE: prints what OpenSSH needs to check
 * the record at path (JSON): its signed payload (payload_of(doc, ctx),
 * NULL when the record lacks a field of it; caller of the callback frees)
 * or its "signature". cmd names the command in messages ("signoff"),
 * what the record ("sign-off"). Returns the exit code: 0 printed, 1 not
 * signed or no payload, 2 unreadable. */
int cc_cli_show_signed(const char *cmd, const char *what, const char *path, bool payload,
                       char *(*payload_of)(const cJSON *doc, const void *ctx), const void *ctx);

/* Says on stderr that the record (what) was written without a signature,
 * and where it still counts. */
void cc_cli_warn_unsigned(const char *cmd, const char *what);

#endif
