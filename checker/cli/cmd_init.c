/* cmd_init.c: `casecheck init [DIR] [--profile NAME]`: a new case
 * repository (casecheck/workflow.h) with the hooks installed. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/rules.h"
#include "commands.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck init [DIR] [--profile NAME]\n"
	        "\n"
	        "Makes DIR (default: the current folder) a case repository: git init when it\n"
	        "is not one, casecheck.json (profile, cases_dir \"cases\", min_casecheck_version\n"
	        "this version), a staff.json skeleton for the records officer to fill, a short\n"
	        "guide for workers (CASE-RECORDS.md), and the pre-commit and pre-merge-commit\n"
	        "hooks. Refuses when casecheck.json, staff.json or the guide is already there.\n"
	        "\n"
	        "Options:\n"
	        "  --profile NAME  the council profile casecheck.json names (default core)\n"
	        "  --help          this help\n"
	        "\n"
	        "Exit codes: 0 made, 2 refused or failed.\n");
}

int cc_cmd_init(int argc, char **argv)
{
	static const struct option opts[] = {
		{"profile", required_argument, NULL, 'p'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *profile = "core", *dir = ".";
	char *written = NULL, *msg = NULL;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'p': profile = optarg; break;
		case 'h': usage(stdout); return CC_EXIT_READY;
		default:
			fprintf(stderr, "casecheck init: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (optind < argc)
		dir = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "casecheck init: unexpected argument '%s'\n", argv[optind]);
		return CC_EXIT_USAGE;
	}
	if (cc_profile_parse(profile) < 0) {
		char *names = cc_profile_names_joined(", ");
		fprintf(stderr, "casecheck init: unknown profile '%s' (%s)\n", profile, names);
		free(names);
		return CC_EXIT_USAGE;
	}
	if (cc_init_repository(&written, dir, profile, &msg) < 0) {
		fprintf(stderr, "casecheck init: %s\n", msg);
		free(msg);
		return CC_EXIT_USAGE;
	}
	printf("casecheck init: wrote in %s:\n", dir);
	for (char *line = strtok(written, "\n"); line; line = strtok(NULL, "\n"))
		printf("  %s\n", line);
	free(written);
	int rc = cc_cli_hook_install(dir, false);
	if (rc == CC_EXIT_READY)
		printf("Next: fill staff.json (staff and teams), then 'casecheck new case ID'.\n");
	return rc == CC_EXIT_READY ? CC_EXIT_READY : CC_EXIT_USAGE;
}
