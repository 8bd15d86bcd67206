/* cmd_changes.c: `casecheck changes --case ID`: what changed in a case
 * since each sign-off that matters (casecheck/workflow.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "commands.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck changes --case ID [--purpose transfer|signoff|receive] [--repo DIR]\n"
	        "                         [--rev REV] [--as-of YYYY-MM-DD] [--show-values]\n"
	        "                         [--allowed-signers FILE]\n"
	        "\n"
	        "For each sign-off of the case that the purpose looks at: the first commit whose\n"
	        "case folder (signoffs/ left out) holds the content signed, the commits since that\n"
	        "changed the case (ids and dates), the files changed since, and the findings the\n"
	        "case has now that it did not have then (both audited as of the same day, so time\n"
	        "alone never makes a finding new).\n"
	        "\n"
	        "Options:\n"
	        "  --case ID               the case (required)\n"
	        "  --purpose P             transfer (default), signoff or receive: which sign-offs matter\n"
	        "  --repo DIR              the repository (default: the current folder's)\n"
	        "  --rev REV               the commit to compare with (default HEAD)\n"
	        "  --as-of DATE            the day both audits count to (default today)\n"
	        "  --show-values           also the commits' authors and messages (they can name people)\n"
	        "  --allowed-signers FILE  the allowed-signers file that authenticates sign-offs\n"
	        "  --help                  this help\n"
	        "\n"
	        "Exit codes: 0 reported, 2 usage or environment error.\n");
}

int cc_cmd_changes(int argc, char **argv)
{
	static const struct option opts[] = {
		{"case", required_argument, NULL, 'c'},  {"purpose", required_argument, NULL, 'p'},
		{"repo", required_argument, NULL, 'r'},  {"rev", required_argument, NULL, 'R'},
		{"as-of", required_argument, NULL, 'd'}, {"show-values", no_argument, NULL, 'v'},
		{"allowed-signers", required_argument, NULL, 'a'}, {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	cc_changes_options o;
	char *msg = NULL;
	int c;
	memset(&o, 0, sizeof o);
	o.purpose = CC_PURPOSE_TRANSFER;
	o.as_of = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'c': o.case_id = optarg; break;
		case 'p':
			if (cc_purpose_parse(&o.purpose, optarg) < 0 || o.purpose == CC_PURPOSE_CHECK) {
				fprintf(stderr, "casecheck changes: --purpose is transfer, signoff or receive\n");
				return CC_EXIT_USAGE;
			}
			break;
		case 'r': o.repo_dir = optarg; break;
		case 'R': o.rev = optarg; break;
		case 'd':
			if (cc_date_parse(&o.as_of, optarg, strlen(optarg)) < 0) {
				fprintf(stderr, "casecheck changes: --as-of wants a real date YYYY-MM-DD\n");
				return CC_EXIT_USAGE;
			}
			break;
		case 'v': o.show_values = true; break;
		case 'a': o.allowed_signers = optarg; break;
		case 'h': usage(stdout); return CC_EXIT_READY;
		default:
			fprintf(stderr, "casecheck changes: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (optind < argc || !o.case_id) {
		fprintf(stderr, "casecheck changes: %s\n", o.case_id ? "unexpected argument" : "give --case ID");
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	if (cc_changes_report(stdout, &o, &msg) < 0) {
		fprintf(stderr, "casecheck changes: %s\n", msg ? msg : "failed");
		free(msg);
		return CC_EXIT_USAGE;
	}
	return fflush(stdout) == 0 ? CC_EXIT_READY : CC_EXIT_USAGE;
}
