/* judge.h: one change judged as the hooks judge it, printed as text: the
 * records it changes unlawfully (workflow/integrity.h), stray entries in
 * the cases folder, the sign-offs a staged change adds that would not
 * count (with allowed signers configured), and the check audit of the cases it touches (all of
 * them when casecheck.json, staff.json or the calendar changed). Shared
 * by `hook run` (the index) and `audit --commits` (each commit). */
#ifndef CC_CLI_JUDGE_H
#define CC_CLI_JUDGE_H

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/source.h"
#include "casecheck/trust.h"

/* Judges the change src makes (an INDEX source: the staged change; a REV
 * source: the commit against its parents) and prints the problems to out
 * (colour when color). With trust holding allowed signers, each sign-off
 * file the change adds (against its first base) must count for a permitted
 * signer (cc_hook_new_signoffs); trust may be NULL. *blocked: something
 * that refuses it. Returns 0, or a negative code with *errmsg (caller
 * frees). */
int cc_judge_change(bool *blocked, cc_source *src, const cc_trust *trust, FILE *out, bool color, char **errmsg);

#endif
