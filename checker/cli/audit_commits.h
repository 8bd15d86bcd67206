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
 * GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES). The allowed
 * signers are allowed (NULL: git config casecheck.allowedSignersFile or
 * gpg.ssh.allowedSignersFile, as cc_trust_load reads them): with them, a
 * sign-off a commit adds must verify for a permitted signer, and a
 * removal record counts only when its signature verifies. Prints each
 * refused commit's problems and a summary line to out. Returns a cc_exit
 * code: 0 every commit passes, 1 one at least is refused, 2 usage or
 * environment error (message on stderr). */
int cc_audit_commits(const char *range, const char *repo_dir, const char *allowed, FILE *out, bool color);

#endif
