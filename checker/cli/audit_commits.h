/* audit_commits.h: `casecheck audit --commits OLD..NEW`: every commit of a
 * range judged as the hooks would have judged it (judge.h), for a
 * server's pre-receive hook or a CI job. */
#ifndef CC_CLI_AUDIT_COMMITS_H
#define CC_CLI_AUDIT_COMMITS_H

#include <stdbool.h>
#include <stdio.h>

/* Judges every commit reachable from NEW and not from OLD (OLD all
 * zeros: not from any ref, as for a branch being created in a pre-receive
 * hook; NEW all zeros: a deletion, nothing to judge), oldest first, each
 * against every parent. The repository is repo_dir, or found as git finds
 * it (GIT_DIR, and in a pre-receive hook git's quarantine through
 * GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES). Prints each
 * refused commit's problems and a summary line to out. The allowed
 * signers are read as every command reads them (cc_trust_load: allowed,
 * else git config): with a file, each sign-off a commit adds must count
 * for a permitted signer, as the pre-commit hook requires (which
 * `git commit --no-verify` skips; a pre-receive hook cannot be skipped). Returns a cc_exit
 * code: 0 every commit passes, 1 one at least is refused, 2 usage or
 * environment error (message on stderr). */
int cc_audit_commits(const char *range, const char *repo_dir, const char *allowed, FILE *out, bool color);

#endif
