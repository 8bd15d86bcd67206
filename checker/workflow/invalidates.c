/* invalidates.c: see invalidates.h. */
#include "workflow/invalidates.h"
#include "source/git.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "audit/jget.h"
#include "json/json.h"
#include "source/treehash.h"
#include "util/xalloc.h"

/* The first base's tree: HEAD's for the index, the first parent's for a
 * commit; NULL when there is none. */
static git_tree *base_tree(git_repository *repo, cc_source *src)
{
	const char *hex = cc_source_commit(src);
	git_oid id;
	git_commit *c = NULL, *parent = NULL;
	git_tree *t = NULL;
	if (!hex || git_oid_fromstr(&id, hex) < 0 || git_commit_lookup(&c, repo, &id) < 0)
		return NULL;
	if (cc_source_kind_of(src) == CC_SOURCE_REV) {
		if (git_commit_parentcount(c) == 0 || git_commit_parent(&parent, c, 0) < 0)
			goto done;
		(void)git_commit_tree(&t, parent);
	} else {
		(void)git_commit_tree(&t, c);
	}
done:
	git_commit_free(parent);
	git_commit_free(c);
	return t;
}

static void case_invalidated(char ***lines, size_t *n, size_t *cap, cc_source *src, git_repository *repo,
                             const git_tree *base, const char *cases_dir, const char *id)
{
	char *dir = cc_xasprintf("%s/%s", cases_dir, id), *signoffs = cc_xasprintf("%s/signoffs", dir);
	char was_hex[41], now_hex[41];
	git_tree_entry *e = NULL;
	git_tree *sub = NULL;
	git_oid was;
	cc_dirlist list = CC_DIRLIST_INIT;
	if (git_tree_entry_bypath(&e, base, dir) < 0 || git_tree_entry_type(e) != GIT_OBJECT_TREE ||
	    git_tree_lookup(&sub, repo, git_tree_entry_id(e)) < 0 || cc_tree_id_without(&was, sub, "signoffs") < 0 ||
	    cc_source_tree_id(src, dir, "signoffs", now_hex, NULL) < 0)
		goto done;
	git_oid_tostr(was_hex, sizeof was_hex, &was);
	if (!strcmp(was_hex, now_hex) || cc_source_list(src, signoffs, &list, NULL) < 0)
		goto done;
	for (size_t i = 0; i < list.count; i++) {
		char *path = cc_xasprintf("%s/%s", signoffs, list.items[i].name), *buf = NULL;
		size_t len = 0;
		cJSON *so = NULL;
		if (list.items[i].type == CC_ENTRY_FILE && cc_source_read(src, path, (size_t)1 << 20, &buf, &len, NULL) == 0 &&
		    cc_json_parse(&so, buf, len, NULL, NULL) == 0 && cc_jstr(so, "content") &&
		    !strcmp(cc_jstr(so, "content"), was_hex)) {
			*lines = cc_xgrow(*lines, cap, *n + 1, sizeof **lines);
			(*lines)[(*n)++] = cc_xasprintf("%s %s's sign-off on %s (%s)", cc_jstr(so, "role") ? cc_jstr(so, "role") : "?",
			                                cc_jstr(so, "by") ? cc_jstr(so, "by") : "?", id, path);
		}
		cJSON_Delete(so);
		free(buf);
		free(path);
	}
done:
	cc_dirlist_clear(&list);
	git_tree_free(sub);
	git_tree_entry_free(e);
	free(signoffs);
	free(dir);
}

void cc_change_invalidated(char ***lines, size_t *n, cc_source *src, const cc_staged_cases *cases)
{
	git_repository *repo = cc_source_git_repository(src);
	size_t cap = 0;
	*lines = NULL;
	*n = 0;
	git_tree *base = repo ? base_tree(repo, src) : NULL;
	if (!base)
		return;
	for (size_t i = 0; i < cases->count; i++)
		case_invalidated(lines, n, &cap, src, repo, base, cases->cases_dir, cases->ids[i]);
	git_tree_free(base);
}
