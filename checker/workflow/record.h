/* record: what every command writing a new kept record shares (a sign-off,
 * a waiver, a removal record): the key that signs it and a free name for
 * it. */
#ifndef CC_WORKFLOW_RECORD_H
#define CC_WORKFLOW_RECORD_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "casecheck/date.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"

/* The key that signs the record: given (--key), else git's user.signingKey
 * with gpg.format ssh (cc_trust_signing_key) for the repository at
 * repo_dir, into *key (NULL: none; caller frees) and *literal. When there
 * is none and trust has an allowed-signers file, *refused (caller frees)
 * says why the record (what: "sign-off", "waiver", ...) is not written: it
 * must be signed. Returns 0, or CC_ERROR with *errmsg. */
int cc_workflow_signing_key(char **key, bool *literal, char **refused, const char *given, const char *repo_dir,
                            const cc_trust *trust, const char *what, char **errmsg);

/* A new record's name: "<dir>[/<sub>]/<date>-<name>.json" (sub NULL: none;
 * date as YYYY-MM-DD), else the first of "...-<name>-2.json" ... "-999"
 * that is not taken (cc_workflow_path_taken). Caller frees. */
char *cc_workflow_record_path(cc_source *src, const char *dir, const char *sub, cc_date date, const char *name);

/* Writes doc (cJSON_Print, then a newline) as the new file rel under src's
 * work tree, only into real folders inside it (cc_write_new_beneath).
 * Returns 0, or CC_ERROR with *errmsg. */
int cc_workflow_write_record(cc_source *src, const char *rel, const cJSON *doc, char **errmsg);

#endif
