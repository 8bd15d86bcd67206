/* source_cli: the source flags every command that reads case folders takes
 * (--repo DIR, --rev REV | --staged | --worktree), their defaults (HEAD
 * of the repository around the current folder) and their messages, in one
 * place: `audit` and `chronology` read a case the same way. */
#ifndef CC_CLI_SOURCE_CLI_H
#define CC_CLI_SOURCE_CLI_H

#include <getopt.h>
#include <stdbool.h>

#include "casecheck/source.h"

enum { CC_CLI_OPT_REPO = 1000, CC_CLI_OPT_REV, CC_CLI_OPT_STAGED, CC_CLI_OPT_WORKTREE };

/* The four entries of a getopt_long option table. */
#define CC_CLI_SOURCE_OPTIONS \
	{"repo", required_argument, NULL, CC_CLI_OPT_REPO}, \
	{"rev", required_argument, NULL, CC_CLI_OPT_REV}, \
	{"staged", no_argument, NULL, CC_CLI_OPT_STAGED}, \
	{"worktree", no_argument, NULL, CC_CLI_OPT_WORKTREE}

typedef struct cc_cli_source {
	cc_source_options so;
	int given;  /* how many of --rev, --staged, --worktree */
} cc_cli_source;

#define CC_CLI_SOURCE_INIT {CC_SOURCE_OPTIONS_INIT, 0}

/* Takes opt (a getopt_long result) when it is a source flag; true then. */
bool cc_cli_source_opt(cc_cli_source *s, int opt, const char *arg);
/* Opens the source chosen. On error prints "casecheck CMD: why" to stderr
 * and returns -1. When no source flag was given and the working tree has
 * uncommitted changes, a note says HEAD is still read (verb: "audit",
 * "read", as the messages say it). */
int cc_cli_source_open(cc_source **out, const cc_cli_source *s, const char *cmd, const char *verb);

#endif
