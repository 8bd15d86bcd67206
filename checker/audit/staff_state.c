/* staff_state.c: whether staff.json can answer "who may sign". A missing
 * staff.json is not an error by itself (spec §4: optional), but no
 * sign-off counts without it; one that is a symlink or folder, or lists an
 * id twice, is a repository error: the audit would otherwise have to
 * guess which entry is meant (0.1.0's audit took the first, its signoff
 * command the last). */
#include <stdlib.h>

#include "audit_int.h"
#include "casecheck/error.h"

void cc_audit_staff_state(cc_audit_ctx *run, cc_source *src, cc_findings *repo)
{
	char *buf = NULL, *msg = NULL, *dup = NULL;
	size_t len;
	if (run->staff) {
		run->staff_state = CC_STAFF_OK;
		if ((dup = cc_staff_duplicate(run->staff))) {
			run->staff_state = CC_STAFF_DUPLICATE;
			cc_audit_add_to(run, repo, "integrity.unique-ids", "staff.json", "",
			                "%s: every staff and team id must be unique (no sign-off can be checked until it is)", dup);
			free(dup);
		}
		return;
	}
	if (run->staff_present) {
		run->staff_state = CC_STAFF_INVALID;
		return;
	}
	run->staff_state = CC_STAFF_MISSING;
	if (cc_source_read(src, "staff.json", 1, &buf, &len, &msg) == CC_ENOTFILE) {
		run->staff_state = CC_STAFF_NOT_A_FILE;
		cc_audit_add_to(run, repo, "integrity.links", "staff.json", "",
		                "staff.json is a symlink, folder or submodule, not a file: it is not read, and no sign-off counts");
	}
	free(buf);
	free(msg);
}
