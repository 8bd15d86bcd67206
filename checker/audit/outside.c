/* outside.c: case folders left outside the cases folder (see audit_int.h).
 * A commit that moves cases_dir, or a case copied to the wrong level,
 * would otherwise leave those cases unaudited and unreported. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "util/xalloc.h"

#define MAX_DEPTH 3 /* path components below the root that are looked at */

static bool has_case_file(cc_source *src, const char *dir)
{
	char *path = cc_xasprintf("%s/case.json", dir), *buf = NULL, *msg = NULL;
	size_t len = 0;
	int rc = cc_source_read(src, path, 1, &buf, &len, &msg); /* only whether it is there */
	free(path);
	free(buf);
	free(msg);
	return rc == 0 || rc == CC_ETOOBIG;
}

static bool is_cases_dir_or_parent(const cc_audit_ctx *run, const char *path, bool *parent)
{
	size_t n = strlen(path), d = strlen(run->cases_dir);
	*parent = n < d && !strncmp(run->cases_dir, path, n) && run->cases_dir[n] == '/';
	return !strcmp(path, run->cases_dir);
}

static void scan(const cc_audit_ctx *run, cc_source *src, const char *dir, int depth, cc_findings *repo)
{
	cc_dirlist list = CC_DIRLIST_INIT;
	if (cc_source_list(src, dir, &list, NULL) < 0)
		goto done;
	for (size_t i = 0; i < list.count; i++) {
		const cc_dirent *e = &list.items[i];
		bool parent;
		if (e->type != CC_ENTRY_DIR || e->name[0] == '.')
			continue;
		char *path = dir[0] ? cc_xasprintf("%s/%s", dir, e->name) : cc_xstrdup(e->name);
		if (is_cases_dir_or_parent(run, path, &parent)) {
			free(path);
			continue;
		}
		if (!parent && cc_case_id_valid(e->name, strlen(e->name)) && has_case_file(src, path)) {
			char *p = cc_audit_printable(path, strlen(path));
			cc_audit_add_to(run, repo, "integrity.case-folder", p, "",
			                "a case folder outside the cases folder %s/, so it is not audited; move it "
			                "into %s/ (casecheck.json cases_dir names the cases folder)",
			                run->cases_dir, run->cases_dir);
			free(p);
		} else if (depth + 1 < MAX_DEPTH) {
			scan(run, src, path, depth + 1, repo);
		}
		free(path);
	}
done:
	cc_dirlist_clear(&list);
}

void cc_audit_cases_outside(const cc_audit_ctx *run, cc_source *src, cc_findings *repo)
{
	scan(run, src, "", 0, repo);
}
