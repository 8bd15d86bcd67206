/* rules_doc.h: the rule table written out for people (casecheck rules). */
#ifndef CC_CLI_RULES_DOC_H
#define CC_CLI_RULES_DOC_H

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/rules.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* Appends the names of the profile (profiles) or purpose bits set in bits, joined by sep. */
void cc_rules_doc_names(cc_strbuf *sb, unsigned bits, bool profiles, const char *sep);
/* Appends a row's severity and its exceptions: "warning; error under derbyshire (...)". */
void cc_rules_doc_severity(cc_strbuf *sb, const cc_rule_info *r);
/* Writes docs/rules.md to out; 0, or -1 when writing failed. */
int cc_rules_doc_markdown(FILE *out);

#endif
