/* source_cli.c: --repo, --rev, --staged, --worktree for every command. */
#include "source_cli.h"

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
	if (!s->given && cc_source_worktree_dirty(*out))
		fprintf(stderr, "casecheck %s: note: the working tree has uncommitted changes; %sing HEAD "
		                "(use --worktree or --staged to %s them)\n", cmd, verb, verb);
	return 0;
}
