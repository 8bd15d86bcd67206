/* signoff_git.c: see signoff_git.h. libgit2 only; no hook runs for the
 * sign-off commit (it adds one file under signoffs/, which no check-purpose
 * rule can break that the sign-off's own audit did not already pass). */
#include "workflow/signoff_git.h"
#include "source/git.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "util/xalloc.h"

static int git_fail(char **errmsg, const char *what)
{
	const git_error *e = git_error_last();
	*errmsg = cc_xasprintf("%s: %s", what, e && e->message ? e->message : "unknown git error");
	return CC_ERROR;
}

/* The tree of the source's commit (NULL when there is none). */
static int source_tree(git_tree **out, git_commit **commit, cc_source *src, char **errmsg)
{
	git_repository *repo = cc_source_git_repository(src);
	const char *id = cc_source_commit(src);
	git_oid oid;
	*out = NULL;
	*commit = NULL;
	if (!id)
		return 0;
	if (git_oid_fromstr(&oid, id) < 0 || git_commit_lookup(commit, repo, &oid) < 0 ||
	    git_commit_tree(out, *commit) < 0)
		return git_fail(errmsg, "cannot read HEAD");
	return 0;
}

int cc_signoff_staged_changes(bool *differs, cc_source *src, char **errmsg)
{
	git_repository *repo = cc_source_git_repository(src);
	git_index *index = NULL;
	git_tree *tree = NULL;
	git_commit *commit = NULL;
	git_diff *diff = NULL;
	int rc = CC_ERROR;
	*differs = true;
	if ((rc = source_tree(&tree, &commit, src, errmsg)) < 0)
		goto done;
	rc = CC_ERROR;
	if (git_repository_index(&index, repo) < 0) {
		git_fail(errmsg, "cannot read the index");
		goto done;
	}
	if (git_diff_tree_to_index(&diff, repo, tree, index, NULL) < 0) {
		git_fail(errmsg, "cannot compare the index with HEAD");
		goto done;
	}
	*differs = !tree || git_diff_num_deltas(diff) > 0;
	rc = 0;
done:
	git_diff_free(diff);
	git_index_free(index);
	git_tree_free(tree);
	git_commit_free(commit);
	return rc;
}

int cc_signoff_can_commit(cc_source *src, char **errmsg)
{
	git_signature *sig = NULL;
	if (!cc_source_commit(src)) {
		*errmsg = cc_xstrdup("the repository has no commit yet: commit the case first");
		return CC_ERROR;
	}
	if (git_signature_default(&sig, cc_source_git_repository(src)) < 0) {
		*errmsg = cc_xstrdup("no git identity to commit with: set user.name and user.email "
		                     "(git config user.name ...), or sign off without --commit");
		return CC_ERROR;
	}
	git_signature_free(sig);
	return 0;
}

int cc_signoff_commit_file(char out[41], cc_source *src, const char *rel, const char *data, size_t len,
                           const char *message, char **errmsg)
{
	git_repository *repo = cc_source_git_repository(src);
	git_tree *base = NULL, *tree = NULL;
	git_commit *parent = NULL;
	git_signature *sig = NULL;
	git_index *index = NULL;
	git_oid blob_id, tree_id, commit_id;
	int rc = CC_ERROR;

	if (source_tree(&base, &parent, src, errmsg) < 0)
		goto done;
	if (!base) {
		*errmsg = cc_xstrdup("the repository has no commit yet");
		goto done;
	}
	if (git_signature_default(&sig, repo) < 0) {
		git_fail(errmsg, "no git identity to commit with");
		goto done;
	}
	if (git_blob_create_from_buffer(&blob_id, repo, data, len) < 0) {
		git_fail(errmsg, "cannot store the sign-off");
		goto done;
	}
	git_tree_update upd;
	memset(&upd, 0, sizeof upd);
	upd.action = GIT_TREE_UPDATE_UPSERT;
	upd.id = blob_id;
	upd.filemode = GIT_FILEMODE_BLOB;
	upd.path = rel;
	if (git_tree_create_updated(&tree_id, repo, base, 1, &upd) < 0 || git_tree_lookup(&tree, repo, &tree_id) < 0) {
		git_fail(errmsg, "cannot build the sign-off commit's tree");
		goto done;
	}
	const git_commit *parents[1] = {parent};
	/* With update_ref "HEAD", libgit2 refuses when HEAD has moved on
	 * since parent: then nothing is committed. */
	if (git_commit_create(&commit_id, repo, "HEAD", sig, sig, NULL, message, tree, 1, parents) < 0) {
		git_fail(errmsg, "cannot commit the sign-off");
		goto done;
	}
	git_oid_tostr(out, 41, &commit_id);
	/* The index gets the file too, so git status shows it committed. */
	if (git_repository_index(&index, repo) < 0 || git_index_read(index, 0) < 0 ||
	    git_index_add_bypath(index, rel) < 0 || git_index_write(index) < 0) {
		git_fail(errmsg, "the sign-off was committed but the index could not be updated (run git add on it)");
		goto done;
	}
	rc = 0;
done:
	git_index_free(index);
	git_signature_free(sig);
	git_tree_free(tree);
	git_tree_free(base);
	git_commit_free(parent);
	return rc;
}
