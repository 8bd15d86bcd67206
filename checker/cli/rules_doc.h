/* rules_doc.h: the rule table written out for people (casecheck rules). */
#ifndef CC_CLI_RULES_DOC_H
#define CC_CLI_RULES_DOC_H

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/rules.h"
#include "cli_util.h"

/* Appends the names of the profile (profiles) or purpose bits set in bits, joined by sep. */
void cc_rules_doc_names(cc_cli_buf *sb, unsigned bits, bool profiles, const char *sep);
/* Appends a row's severity and its exceptions: "warning; error under derbyshire (...)". */
void cc_rules_doc_severity(cc_cli_buf *sb, const cc_rule_info *r);
/* The hand-written section of docs/rules.md on a transfer's evidence
 * (rules_doc_evidence.c). */
extern const char cc_rules_doc_evidence[];
/* Writes docs/rules.md to out; 0, or -1 when writing failed. */
int cc_rules_doc_markdown(FILE *out);
/* Writes text (NUL-terminated: docs/format.md) to out with every block
 * between a line "<!-- audit-requires: DOC -->" and "<!-- /audit-requires -->"
 * refilled: DOC's fields and the rules that read each (the rows' .fields).
 * Returns 0, or -1 with *errmsg (caller frees) when a document the rules
 * read has no block, a block names a document no rule reads, a block is not
 * closed or writing failed. */
int cc_rules_doc_fill(FILE *out, const char *text, char **errmsg);

#endif
