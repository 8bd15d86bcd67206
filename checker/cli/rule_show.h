/* rule_show.h: `casecheck rules ID`: one rule written out in full, with the
 * words of the protocol sections it comes from and the values this
 * repository gives its parameters. */
#ifndef CC_CLI_RULE_SHOW_H
#define CC_CLI_RULE_SHOW_H

#include <stdio.h>

#include "casecheck/rules.h"

/* Writes rule r to out. params: the repository's parameter values (indexed
 * by cc_param_id) or NULL for the defaults; where names where they came
 * from ("casecheck.json of /repo", "the defaults: no repository here").
 * Returns 0, or -1 when writing failed. */
int cc_rule_show(FILE *out, const cc_rule_info *r, const long *params, const char *where);

/* The lines of seed text (NUL-terminated) under section ("§3", "Appendix 1"):
 * from its heading, a line beginning "3. " or "Appendix 1", to the next
 * heading. Sets *start and *len; returns 0, or -1 when no such heading. */
int cc_seed_section(const char *text, const char *section, const char **start, size_t *len);

#endif
