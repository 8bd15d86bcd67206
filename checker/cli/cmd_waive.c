/* cmd_waive.c: `casecheck waive`: a manager's waiver of one finding that
 * cannot be fixed (casecheck/workflow.h). Exit codes: 0 written, 1 refused
 * (who may waive, a rule that cannot be waived, a signature that would not
 * verify: nothing written), 2 usage or environment error. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"
#include "commands.h"
#include "signed_record.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck waive --case ID --rule RULE --path FILE [--pointer POINTER] --by STAFF-ID\n"
	        "                       --reason TEXT [--reason-code CODE] --expires YYYY-MM-DD [--as-of YYYY-MM-DD]\n"
	        "                       [--repo DIR] [--key FILE] [--allowed-signers FILE]\n"
	        "\n"
	        "Writes <cases>/<ID>/waivers/<date>-<rule>.json: the finding of RULE at FILE and POINTER\n"
	        "(as reports name them; \"\" for the whole file) is waived, for the REASON given, until\n"
	        "--expires (inclusive). Only a manager of the case's team may waive; schema, integrity,\n"
	        "history, audit and config findings cannot be waived. The waiver is signed with\n"
	        "ssh-keygen -Y sign -n casecheck-waiver using --key, else git's user.signingKey when\n"
	        "gpg.format is ssh; with neither it is written unsigned, unless allowed signers are\n"
	        "configured (--allowed-signers, git config casecheck.allowedSignersFile or\n"
	        "gpg.ssh.allowedSignersFile): then it must verify. A waiver is case content: commit it,\n"
	        "then sign the case off again. A waiver is never edited: write a new one.\n"
	        "\n"
	        "Options:\n"
	        "  --case ID               the case whose finding is waived\n"
	        "  --rule RULE             the rule id of the finding\n"
	        "  --path FILE             the file the finding names, as reports name it\n"
	        "  --pointer POINTER       the JSON pointer the finding names (default \"\": the whole file)\n"
	        "  --by STAFF-ID           the manager waiving it (a manager of the case's team)\n"
	        "  --reason TEXT           why the finding cannot be fixed, kept in the waiver (an audit shows\n"
	        "                          it only when asked for personal values: it may name people)\n"
	        "  --reason-code CODE      why, as every report shows it (optional; without it reports say\n"
	        "                          \"reason recorded in\" the waiver's file):\n");
	for (const cc_waive_reason_code *r = cc_waive_reason_codes; r->code; r++)
		fprintf(out, "                            %-20s %s\n", r->code, r->meaning);
	fprintf(out,
	        "  --expires DATE          the last day the waiver counts (on or after its date)\n"
	        "  --as-of DATE            the waiver's date (default today)\n"
	        "  --repo DIR              the repository (default: the current folder's)\n"
	        "  --key FILE              the SSH private key that signs it\n"
	        "  --allowed-signers FILE  the allowed-signers file it must verify against\n"
	        "  --help                  this help\n"
	        "\n"
	        "Exit codes: 0 written, 1 refused (nothing written), 2 usage or environment error.\n");
}

enum { OPT_CASE = 256, OPT_RULE, OPT_PATH, OPT_POINTER, OPT_BY, OPT_REASON, OPT_REASON_CODE, OPT_EXPIRES, OPT_AS_OF,
       OPT_REPO, OPT_KEY, OPT_ALLOWED, OPT_HELP };

static const struct option long_opts[] = {
	{"case", required_argument, NULL, OPT_CASE},       {"rule", required_argument, NULL, OPT_RULE},
	{"path", required_argument, NULL, OPT_PATH},       {"pointer", required_argument, NULL, OPT_POINTER},
	{"by", required_argument, NULL, OPT_BY},           {"reason", required_argument, NULL, OPT_REASON},
	{"reason-code", required_argument, NULL, OPT_REASON_CODE},
	{"expires", required_argument, NULL, OPT_EXPIRES}, {"as-of", required_argument, NULL, OPT_AS_OF},
	{"repo", required_argument, NULL, OPT_REPO},       {"key", required_argument, NULL, OPT_KEY},
	{"allowed-signers", required_argument, NULL, OPT_ALLOWED},
	{"help", no_argument, NULL, OPT_HELP},             {NULL, 0, NULL, 0},
};

int cc_cmd_waive(int argc, char **argv)
{
	cc_waive_options o;
	cc_waive_result res;
	cc_trust trust = CC_TRUST_INIT;
	const char *allowed = NULL;
	char *err = NULL;
	int c, rc = CC_EXIT_USAGE;
	memset(&o, 0, sizeof o);
	memset(&res, 0, sizeof res);
	o.as_of = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_opts, NULL)) != -1) {
		cc_date *d = c == OPT_EXPIRES ? &o.expires : c == OPT_AS_OF ? &o.as_of : NULL;
		if (d && cc_date_parse(d, optarg, strlen(optarg)) < 0) {
			fprintf(stderr, "casecheck waive: --%s wants a real date YYYY-MM-DD\n", c == OPT_EXPIRES ? "expires" : "as-of");
			return CC_EXIT_USAGE;
		}
		switch (c) {
		case OPT_CASE: o.case_id = optarg; break;
		case OPT_RULE: o.rule = optarg; break;
		case OPT_PATH: o.path = optarg; break;
		case OPT_POINTER: o.pointer = optarg; break;
		case OPT_BY: o.by = optarg; break;
		case OPT_REASON: o.reason = optarg; break;
		case OPT_REASON_CODE: o.reason_code = optarg; break;
		case OPT_EXPIRES: case OPT_AS_OF: break;
		case OPT_REPO: o.repo_dir = optarg; break;
		case OPT_KEY: o.key = optarg; break;
		case OPT_ALLOWED: allowed = optarg; break;
		case OPT_HELP: usage(stdout); return CC_EXIT_READY;
		default:
			fprintf(stderr, "casecheck waive: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "casecheck waive: unexpected argument '%s'\n", argv[optind]);
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	if (cc_trust_load(&trust, o.repo_dir, allowed, &err) < 0) {
		fprintf(stderr, "casecheck waive: %s\n", err);
		goto done;
	}
	o.trust = &trust;
	if (cc_waive_run(&res, &o, &err) < 0) {
		fprintf(stderr, "casecheck waive: %s\n", err ? err : "failed");
		goto done;
	}
	if (res.refused) {
		fprintf(stderr, "casecheck waive: not written: %s\n", res.refused);
		rc = CC_EXIT_NOT_READY;
		goto done;
	}
	printf("waived: %s\n", res.path);
	if (!res.signed_off)
		cc_cli_warn_unsigned("waive", "waiver");
	rc = CC_EXIT_READY;
done:
	cc_waive_result_clear(&res);
	cc_trust_clear(&trust);
	free(err);
	return rc;
}
