/* casecheck: audit children's social care case folders kept in git. */
#include <stdio.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/version.h"
#include "commands.h"

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{"audit", cc_cmd_audit, "audit case folders and give each case a verdict"},
	{"validate", cc_cmd_validate, "validate JSON files against a JSON Schema (2020-12)"},
	{"signoff", cc_cmd_signoff, "record a manager's quality-audit sign-off for a case"},
	{"removal", cc_cmd_removal, "write a manager's signed removal record (a lawful deletion)"},
	{"waive", cc_cmd_waive, "record a manager's waiver of a finding that cannot be fixed"},
	{"rules", cc_cmd_rules, "list the audit rules, or show one in full"},
	{"hook", cc_cmd_hook, "install or run the git pre-commit and pre-merge-commit hooks"},
	{"chronology", cc_cmd_chronology, "print or export a case's chronology (personal data; --anonymise)"},
	{"schema", cc_cmd_schema, "print the schema of a kind of record, or export them all"},
	{"init", cc_cmd_init, "make a new case repository (policy, staff.json skeleton, guide, hooks)"},
	{"changes", cc_cmd_changes, "what changed in a case since each sign-off that matters"},
	{"new", cc_cmd_new, "start a case, note, chronology entry or assessment from a template"},
};

static void usage(FILE *out)
{
	fprintf(out, "usage: casecheck <command> [options]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\n'casecheck <command> --help' describes a command's options.\n"
	             "Exit codes: 0 ready/valid, 1 not ready/invalid, 2 usage or environment error.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return CC_EXIT_READY;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("casecheck %s\n", cc_version());
		return CC_EXIT_READY;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "casecheck: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return CC_EXIT_USAGE;
}
