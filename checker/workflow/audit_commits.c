/* audit_commits.c: cc_audit_commits (casecheck/workflow.h). Each commit
 * is read as its own REV source and judged against its parents: what it
 * costs is what it changed (unchanged case folders are skipped by tree
 * id), never the whole caseload. */
#define _GNU_SOURCE /* open_memstream */
#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"
#include "casecheck/workflow.h"
#include "source/git.h"
#include "util/xalloc.h"

static bool all_zeros(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s != '0')
			return false;
	return true;
}

/* Splits "OLD..NEW" into *old and *new (owned). */
static int parse_range(char **old, char **new_, const char *range)
{
	const char *dots = strstr(range, "..");
	if (!dots || dots == range || !dots[2] || strstr(dots + 2, ".."))
		return -1;
	*old = cc_xstrndup(range, (size_t)(dots - range));
	*new_ = cc_xstrdup(dots + 2);
	return 0;
}

typedef struct commit_list {
	git_oid *ids;
	size_t n, cap;
} commit_list;

/* The commits of the range, oldest first (parents before children). */
static int list_commits(commit_list *out, git_repository *repo, const char *old, const char *new_, char **errmsg)
{
	git_revwalk *walk = NULL;
	git_object *obj = NULL;
	git_oid id;
	int rc = -1;
	if (git_revwalk_new(&walk, repo) < 0 ||
	    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE) < 0)
		goto git_fail;
	if (git_revparse_single(&obj, repo, new_) < 0 || git_revwalk_push(walk, git_object_id(obj)) < 0)
		goto git_fail;
	git_object_free(obj);
	obj = NULL;
	if (all_zeros(old)) {
		/* a new branch: the commits no ref reaches yet (in a pre-receive
		 * hook the refs are still the old ones) */
		if (git_revwalk_hide_glob(walk, "refs/*") < 0)
			goto git_fail;
	} else if (git_revparse_single(&obj, repo, old) < 0 || git_revwalk_hide(walk, git_object_id(obj)) < 0) {
		goto git_fail;
	}
	int err;
	while ((err = git_revwalk_next(&id, walk)) == 0) {
		out->ids = cc_xgrow(out->ids, &out->cap, out->n + 1, sizeof *out->ids);
		git_oid_cpy(&out->ids[out->n++], &id);
	}
	if (err != GIT_ITEROVER)
		goto git_fail;
	rc = 0;
	goto done;
git_fail:
	*errmsg = cc_xasprintf("reading the commits %s..%s: %s", old, new_,
	                       git_error_last() ? git_error_last()->message : "error");
done:
	git_object_free(obj);
	git_revwalk_free(walk);
	return rc;
}

/* Judges one commit; its problems go to out under a heading when it is
 * refused. Returns 0 (judged) or a negative code with *errmsg. */
static int judge_commit(bool *blocked, const git_oid *id, const char *repo_dir, const cc_trust *trust, FILE *out,
                        bool color, char **errmsg)
{
	char hex[41], *text = NULL;
	size_t len = 0;
	cc_source *src = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	git_oid_tostr(hex, sizeof hex, id);
	so.kind = CC_SOURCE_REV;
	so.rev = hex;
	so.repo_dir = repo_dir;
	FILE *mem = open_memstream(&text, &len);
	if (!mem) {
		*errmsg = cc_xstrdup("out of memory");
		return CC_ERROR;
	}
	int rc = cc_source_open(&src, &so, errmsg);
	if (rc == 0)
		rc = cc_judge_change(blocked, src, trust, mem, color, errmsg);
	fclose(mem);
	if (rc == 0 && *blocked)
		fprintf(out, "commit %.12s refused:\n%s\n", hex, text ? text : "");
	free(text);
	cc_source_free(src);
	return rc;
}

int cc_audit_commits(size_t *refused, const char *range, const char *repo_dir, const char *allowed, FILE *out,
                     bool color, char **errmsg)
{
	char *old = NULL, *new_ = NULL, *msg = NULL;
	cc_source *src = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	commit_list commits = {NULL, 0, 0};
	cc_trust trust = CC_TRUST_INIT;
	char first[13] = "";
	int rc = CC_ERROR;
	*refused = 0;
	if (parse_range(&old, &new_, range) < 0) {
		*errmsg = cc_xstrdup("--commits wants OLD..NEW (OLD all zeros for a new branch)");
		goto done;
	}
	if (all_zeros(new_)) {
		fprintf(out, "casecheck audit --commits: a deletion; no commit to judge\n");
		rc = 0;
		goto done;
	}
	so.rev = new_;
	so.repo_dir = repo_dir;
	if (cc_source_open(&src, &so, &msg) < 0 || cc_trust_load(&trust, repo_dir, allowed, &msg) < 0 ||
	    list_commits(&commits, cc_source_git_repository(src), old, new_, &msg) < 0) {
		*errmsg = msg ? msg : cc_xstrdup("cannot read the commits");
		msg = NULL;
		goto done;
	}
	for (size_t i = 0; i < commits.n; i++) {
		bool blocked = false;
		if (judge_commit(&blocked, &commits.ids[i], repo_dir, &trust, out, color, &msg) < 0) {
			char hex[41];
			git_oid_tostr(hex, sizeof hex, &commits.ids[i]);
			*errmsg = cc_xasprintf("commit %.12s: %s", hex, msg ? msg : "cannot be judged");
			goto done;
		}
		if (blocked && (*refused)++ == 0)
			git_oid_tostr(first, sizeof first, &commits.ids[i]);
	}
	if (*refused)
		fprintf(out, "casecheck audit --commits: %zu commit%s judged, %zu refused (the first: %s)\n", commits.n,
		        commits.n == 1 ? "" : "s", *refused, first);
	else
		fprintf(out, "casecheck audit --commits: %zu commit%s judged, none refused\n", commits.n,
		        commits.n == 1 ? "" : "s");
	rc = 0;
done:
	cc_trust_clear(&trust);
	free(commits.ids);
	cc_source_free(src);
	free(old);
	free(new_);
	free(msg);
	return rc;
}
