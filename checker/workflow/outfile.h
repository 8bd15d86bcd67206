/* outfile: the one check for a file a command is asked to write
 * (--output of `casecheck audit`, and any later command's --output).
 *
 * A report may go anywhere the user can write except where casecheck must
 * never write: inside a git directory (.git/HEAD, .git/index, ...), over
 * a file of the repository (tracked in the index, or in the revision
 * audited), under the cases folder, over a policy file (casecheck.json,
 * staff.json, the calendar), or through a symbolic link. A new report file
 * elsewhere in the work tree (the README's `--output report.html`) and any
 * path outside the repository stay allowed. */
#ifndef CC_WORKFLOW_OUTFILE_H
#define CC_WORKFLOW_OUTFILE_H

#include <stdio.h>

#include "casecheck/source.h"

/* Checks path against src (its repository, work tree and policy; src may
 * be a plain folder) and opens it for writing, created or truncated,
 * without following a symbolic link. Returns 0 with *out (caller fcloses),
 * or -1 with *errmsg (caller frees) saying why it was refused; nothing is
 * created or truncated then. */
int cc_outfile_open(FILE **out, const char *path, cc_source *src, char **errmsg);

#endif
