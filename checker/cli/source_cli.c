/* source_cli.c: --repo, --rev, --staged, --worktree for every command. */
#include "source_cli.h"

#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool cc_cli_source_opt(cc_cli_source *s, int opt, const char *arg)
{
	switch (opt) {
	case CC_CLI_OPT_REPO: s->so.repo_dir = arg; return true;
	case CC_CLI_OPT_REV: s->so.kind = CC_SOURCE_REV; s->so.rev = arg; s->given++; return true;
	case CC_CLI_OPT_STAGED: s->so.kind = CC_SOURCE_INDEX; s->given++; return true;
	case CC_CLI_OPT_WORKTREE: s->so.kind = CC_SOURCE_WORKTREE; s->given++; return true;
	default: return false;
	}
}

/* True when the repository has uncommitted changes (ignored files aside). */
static bool worktree_dirty(cc_source *src)
{
	git_repository *repo = cc_source_git_repository(src);
	git_status_options so;
	git_status_list *list = NULL;
	bool dirty = false;
	if (!repo || git_repository_is_bare(repo) || git_status_options_init(&so, GIT_STATUS_OPTIONS_VERSION) < 0)
		return false;
	so.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
	so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
	if (git_status_list_new(&list, repo, &so) == 0)
		dirty = git_status_list_entrycount(list) > 0;
	git_status_list_free(list);
	return dirty;
}

int cc_cli_source_open(cc_source **out, const cc_cli_source *s, const char *cmd, const char *verb)
{
	char *msg = NULL;
	*out = NULL;
	if (s->given > 1) {
		fprintf(stderr, "casecheck %s: give only one of --rev, --staged, --worktree\n", cmd);
		return -1;
	}
	if (cc_source_open(out, &s->so, &msg) < 0) {
		bool no_repo = msg && !strncmp(msg, "not a git repository", 20);
		fprintf(stderr, "casecheck %s: %s", cmd, msg ? msg : "cannot open the repository");
		if (s->so.kind == CC_SOURCE_REV && no_repo)
			fprintf(stderr, " (use --worktree to %s a plain folder)", verb);
		fputc('\n', stderr);
		free(msg);
		return -1;
	}
	if (!s->given && worktree_dirty(*out))
		fprintf(stderr, "casecheck %s: note: the working tree has uncommitted changes; %sing HEAD "
		                "(use --worktree or --staged to %s them)\n", cmd, verb, verb);
	return 0;
}

const char *cc_cli_source_rev(const cc_cli_source *s)
{
	return s->so.kind == CC_SOURCE_REV ? (s->so.rev ? s->so.rev : "HEAD") : NULL;
}
