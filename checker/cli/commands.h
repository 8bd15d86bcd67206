/* commands: one function per `casecheck` subcommand, each in its own
 * cmd_<name>.c. Each takes the arguments after the subcommand name
 * (argv[0] is the subcommand) and returns a cc_exit code. */
#ifndef CC_CLI_COMMANDS_H
#define CC_CLI_COMMANDS_H

#include <stdbool.h>

int cc_cmd_audit(int argc, char **argv);
int cc_cmd_validate(int argc, char **argv);
int cc_cmd_signoff(int argc, char **argv);
int cc_cmd_rules(int argc, char **argv);
int cc_cmd_hook(int argc, char **argv);
int cc_cmd_chronology(int argc, char **argv);
int cc_cmd_schema(int argc, char **argv);
int cc_cmd_removal(int argc, char **argv);
int cc_cmd_waive(int argc, char **argv);
int cc_cmd_init(int argc, char **argv);
int cc_cmd_new(int argc, char **argv);
int cc_cmd_changes(int argc, char **argv);

/* Installs the pre-commit and pre-merge-commit hooks of the repository at
 * repo (NULL: the current folder's) running this executable, and says so
 * on stdout; returns a cc_exit code (cmd_hook.c). */
int cc_cli_hook_install(const char *repo, bool force);

#endif
