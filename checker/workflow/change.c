/* change.c: the bases of a change, one diff against each, and what the
 * diffs touch and break (see change.h). */
#include "workflow/change.h"
#include "source/git.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "util/xalloc.h"
#include "workflow/integrity.h"

#define MAX_BASES 64

typedef struct bases {
	git_oid ids[MAX_BASES];
	size_t n;
	bool truncated;
} bases;

static int add_mergehead(const git_oid *id, void *ctx)
{
	bases *b = ctx;
	if (b->n == MAX_BASES) {
		b->truncated = true;
		return 0;
	}
	git_oid_cpy(&b->ids[b->n++], id);
	return 0;
}

/* HEAD and each MERGE_HEAD (index), or the commit's parents (rev). */
static int find_bases(bases *b, git_repository *repo, cc_source *src, git_commit *commit)
{
	memset(b, 0, sizeof *b);
	if (commit) {
		unsigned n = git_commit_parentcount(commit);
		for (unsigned i = 0; i < n && b->n < MAX_BASES; i++)
			git_oid_cpy(&b->ids[b->n++], git_commit_parent_id(commit, i));
		b->truncated = n > MAX_BASES;
		return 0;
	}
	const char *head = cc_source_commit(src);
	if (!head)
		return 0;
	if (git_oid_fromstr(&b->ids[b->n++], head) < 0)
		return CC_ERROR;
	int rc = git_repository_mergehead_foreach(repo, add_mergehead, b);
	return rc == 0 || rc == GIT_ENOTFOUND ? 0 : CC_ERROR;
}

static char *base_label(const bases *b, size_t i, bool index)
{
	char hex[41];
	if (b->n < 2)
		return NULL;
	git_oid_tostr(hex, sizeof hex, &b->ids[i]);
	if (index)
		return i == 0 ? cc_xasprintf("HEAD (%.12s)", hex) : cc_xasprintf("MERGE_HEAD %.12s", hex);
	return cc_xasprintf("parent %zu (%.12s)", i + 1, hex);
}

int cc_change_inspect(cc_change *out, cc_source *src, const cc_trust *trust, char **errmsg)
{
	int error = CC_ERROR;
	git_repository *repo = cc_source_git_repository(src);
	git_index *index = NULL;
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	cc_deltas deltas[MAX_BASES];
	size_t n_deltas = 0;
	git_diff_options opts;
	cc_integrity_removals rm = {src, trust, false, 0, NULL, CC_REMOVALS_INIT};
	bases b;
	bool is_index = cc_source_kind_of(src) == CC_SOURCE_INDEX;
	git_oid oid;

	memset(out, 0, sizeof *out);
	if (!repo || cc_source_kind_of(src) == CC_SOURCE_WORKTREE) {
		*errmsg = cc_xstrdup("a change is judged on the index or a commit of a git repository");
		return CC_ERROR;
	}
	if (is_index ? git_repository_index(&index, repo) < 0
	             : (!cc_source_commit(src) || git_oid_fromstr(&oid, cc_source_commit(src)) < 0 ||
	                git_commit_lookup(&commit, repo, &oid) < 0 || git_commit_tree(&tree, commit) < 0))
		goto git_fail;
	if (find_bases(&b, repo, src, commit) < 0 || git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION) < 0)
		goto git_fail;
	if (b.truncated) {
		*errmsg = cc_xasprintf("a merge of more than %d parents is not judged", MAX_BASES);
		goto done;
	}
	opts.flags |= GIT_DIFF_INCLUDE_TYPECHANGE;
	out->n_bases = b.n;
	for (size_t i = 0; i < (b.n ? b.n : 1); i++) {
		git_commit *base = NULL;
		git_tree *base_tree = NULL;
		git_diff *diff = NULL;
		int rc = 0;
		deltas[n_deltas] = (cc_deltas)CC_DELTAS_INIT;
		if (b.n && (git_commit_lookup(&base, repo, &b.ids[i]) < 0 || git_commit_tree(&base_tree, base) < 0))
			rc = -1;
		/* the index has no tree ids to skip unchanged folders by, so
		 * libgit2's diff reads it whole; two trees are compared by
		 * subtree id (delta.h) */
		if (rc == 0 && is_index && (rc = git_diff_tree_to_index(&diff, repo, base_tree, index, &opts)) == 0)
			cc_deltas_from_diff(&deltas[n_deltas], diff);
		git_diff_free(diff);
		n_deltas++;
		if (rc == 0 && !is_index &&
		    cc_deltas_from_trees(&deltas[n_deltas - 1], repo, base_tree, tree, errmsg) < 0) {
			git_tree_free(base_tree);
			git_commit_free(base);
			goto done;
		}
		git_tree_free(base_tree);
		git_commit_free(base);
		if (rc < 0)
			goto git_fail;
	}
	if (cc_policy_load(&out->policy, src, errmsg) < 0 ||
	    cc_staged_cases_from_deltas(&out->cases, src, &out->policy, deltas, n_deltas, errmsg) < 0)
		goto done;
	for (size_t i = 0; i < n_deltas && b.n; i++) {
		char *label = base_label(&b, i, is_index);
		int rc = cc_integrity_check(&out->integrity, repo, &deltas[i], out->cases.cases_dir, &b.ids[i], label, &rm,
		                            errmsg);
		free(label);
		if (rc < 0)
			goto done;
	}
	out->first = deltas[0]; /* taken: the cleanup below clears an empty list */
	deltas[0] = (cc_deltas)CC_DELTAS_INIT;
	error = 0;
	goto done;
git_fail:
	*errmsg = cc_xasprintf("reading the change: %s", git_error_last() ? git_error_last()->message : "unknown git error");
done:
	for (size_t i = 0; i < n_deltas; i++)
		cc_deltas_clear(&deltas[i]);
	cc_integrity_removals_clear(&rm);
	git_tree_free(tree);
	git_commit_free(commit);
	git_index_free(index);
	if (error)
		cc_change_clear(out);
	return error;
}

void cc_change_clear(cc_change *c)
{
	cc_staged_cases_clear(&c->cases);
	cc_findings_clear(&c->integrity);
	cc_deltas_clear(&c->first);
	cc_policy_clear(&c->policy);
	memset(c, 0, sizeof *c);
}
