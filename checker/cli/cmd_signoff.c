/* cmd_signoff.c: `casecheck signoff`: a manager's quality-audit sign-off
 * on exactly the staged content of one case (see workflow/signoff.h).
 * Exit codes: 0 signed (file written, committed with --commit), 1 refused
 * (the case is not ready, the signer may not sign, or --commit with other
 * changes staged: nothing written), 2 usage or environment error. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/report.h"
#include "casecheck/trust.h"
#include "cli_util.h"
#include "commands.h"
#include "signed_record.h"
#include "casecheck/workflow.h"

/* --payload FILE / --signature FILE of a sign-off on disk: the case id is
 * the name of the folder holding its signoffs/ folder. */
static int cc_signoff_show(const char *path, bool payload)
{
	char real[PATH_MAX];
	char *dir = cc_cli_xstrdup(realpath(path, real) ? real : path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0'; /* .../<ID>/signoffs */
	slash = strrchr(dir, '/');
	const char *base = slash ? slash + 1 : dir;
	int rc = CC_EXIT_USAGE;
	if (strcmp(base, "signoffs") || !slash) {
		fprintf(stderr, "casecheck signoff: %s is not in a case's signoffs/ folder\n", path);
	} else {
		*slash = '\0';
		slash = strrchr(dir, '/');
		rc = cc_cli_show_signed("signoff", "sign-off", path, payload, CC_RECORD_SIGNOFF, slash ? slash + 1 : dir);
	}
	free(dir);
	return rc;
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck signoff --case ID --role transferring-manager|receiving-manager\n"
	        "                         --by STAFF-ID [--purpose transfer|signoff] [--as-of YYYY-MM-DD]\n"
	        "                         [--comment TEXT] [--repo DIR] [--commit] [--key FILE]\n"
	        "                         [--allowed-signers FILE]\n"
	        "       casecheck signoff --payload FILE | --signature FILE\n"
	        "\n"
	        "Audits the case as staged (the index) for the purpose - transfer (or signoff) for the\n"
	        "transferring manager, receive for the receiving manager - leaving out only the sign-off\n"
	        "being made, and writes <cases>/<ID>/signoffs/<date>-<role>.json only when the case is\n"
	        "ready and STAFF-ID is a manager in staff.json in post on the date. Its content is the git\n"
	        "tree id of the case folder (signoffs/ left out). --commit commits that file alone on top\n"
	        "of HEAD; it refuses when other changes are staged.\n"
	        "\n"
	        "Options:\n"
	        "  --case ID               the case signed off\n"
	        "  --role ROLE             transferring-manager or receiving-manager\n"
	        "  --by STAFF-ID           the manager signing (a manager in staff.json, in post)\n"
	        "  --purpose P             transfer (default) or signoff, for the transferring manager\n"
	        "  --as-of DATE            the sign-off's date (default today)\n"
	        "  --comment TEXT          the manager's comment, kept in the sign-off\n"
	        "  --repo DIR              the repository (default: the current folder's)\n"
	        "  --commit                commit the sign-off alone on top of HEAD\n"
	        "  --key FILE              the SSH private key that signs it\n"
	        "  --allowed-signers FILE  the allowed-signers file it must verify against\n"
	        "  --payload FILE          print the signed payload of the sign-off FILE\n"
	        "  --signature FILE        print the signature of the sign-off FILE\n"
	        "  --help                  this help\n"
	        "\n"
	        "The sign-off is signed with ssh-keygen -Y sign -n casecheck-signoff using --key, else git's\n"
	        "user.signingKey when gpg.format is ssh; with neither it is written unsigned (and says so),\n"
	        "unless allowed signers are configured (--allowed-signers, git config\n"
	        "casecheck.allowedSignersFile or gpg.ssh.allowedSignersFile): then it must verify.\n"
	        "--payload FILE and --signature FILE print a sign-off's signed payload and its signature,\n"
	        "for ssh-keygen -Y verify -f allowed_signers -I <by> -n casecheck-signoff -s SIG < PAYLOAD.\n"
	        "Exit codes: 0 signed, 1 refused (nothing written), 2 usage or environment error.\n");
}

enum {
	OPT_CASE = 256, OPT_ROLE, OPT_BY, OPT_PURPOSE, OPT_AS_OF, OPT_COMMENT, OPT_REPO, OPT_COMMIT, OPT_HELP,
	OPT_KEY, OPT_ALLOWED, OPT_PAYLOAD, OPT_SIGNATURE
};

static const struct option long_opts[] = {
	{"case", required_argument, NULL, OPT_CASE},
	{"role", required_argument, NULL, OPT_ROLE},
	{"by", required_argument, NULL, OPT_BY},
	{"purpose", required_argument, NULL, OPT_PURPOSE},
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"comment", required_argument, NULL, OPT_COMMENT},
	{"repo", required_argument, NULL, OPT_REPO},
	{"commit", no_argument, NULL, OPT_COMMIT},
	{"help", no_argument, NULL, OPT_HELP},
	{"key", required_argument, NULL, OPT_KEY},
	{"allowed-signers", required_argument, NULL, OPT_ALLOWED},
	{"payload", required_argument, NULL, OPT_PAYLOAD},
	{"signature", required_argument, NULL, OPT_SIGNATURE},
	{NULL, 0, NULL, 0},
};

int cc_cmd_signoff(int argc, char **argv)
{
	cc_signoff_options o;
	cc_signoff_result res;
	char *err = NULL;
	const char *allowed = NULL, *show = NULL;
	bool show_payload = false;
	cc_trust trust = CC_TRUST_INIT;
	cc_report *report = NULL;
	int c, rc = CC_EXIT_USAGE;

	memset(&o, 0, sizeof o);
	memset(&res, 0, sizeof res);
	o.as_of = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_CASE: o.case_id = optarg; break;
		case OPT_ROLE: o.role = optarg; break;
		case OPT_BY: o.by = optarg; break;
		case OPT_PURPOSE: o.purpose = optarg; break;
		case OPT_AS_OF:
			if (cc_date_parse(&o.as_of, optarg, strlen(optarg)) < 0) {
				fprintf(stderr, "casecheck signoff: --as-of wants a real date YYYY-MM-DD\n");
				return CC_EXIT_USAGE;
			}
			break;
		case OPT_COMMENT: o.comment = optarg; break;
		case OPT_REPO: o.repo_dir = optarg; break;
		case OPT_COMMIT: o.commit = true; break;
		case OPT_HELP: usage(stdout); return CC_EXIT_READY;
		case OPT_KEY: o.key = optarg; break;
		case OPT_ALLOWED: allowed = optarg; break;
		case OPT_PAYLOAD: show = optarg; show_payload = true; break;
		case OPT_SIGNATURE: show = optarg; show_payload = false; break;
		default:
			fprintf(stderr, "casecheck signoff: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (show && optind == argc)
		return cc_signoff_show(show, show_payload);
	if (optind < argc || !o.case_id || !o.role || !o.by) {
		fprintf(stderr, optind < argc ? "casecheck signoff: unexpected argument '%s'\n"
		                              : "casecheck signoff: --case, --role and --by are required%s\n",
		        optind < argc ? argv[optind] : "");
		usage(stderr);
		return CC_EXIT_USAGE;
	}

	/* The audit's report goes to stderr; the outcome line to stdout. */
	cc_report_options ro = CC_REPORT_OPTIONS_INIT;
	ro.color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
	if (cc_trust_load(&trust, o.repo_dir, allowed, &err) < 0) {
		fprintf(stderr, "casecheck signoff: %s\n", err);
		goto done;
	}
	o.trust = &trust;
	report = cc_report_new(stderr, &ro);
	if (cc_signoff_run(&res, &o, cc_report_sink(report), &err) < 0) {
		fprintf(stderr, "casecheck signoff: %s\n", err ? err : "failed");
		goto done;
	}
	if (res.outcome != CC_SIGNOFF_REFUSED) /* refusals come before the audit: no report */
		cc_report_finish(report);
	switch (res.outcome) {
	case CC_SIGNOFF_WRITTEN:
		printf("signed off: %s (content %s%s)%s%s\n", res.path, res.content,
		       res.warnings ? ", ready with warnings" : "", res.commit[0] ? "; committed " : "",
		       res.commit);
		if (!res.signed_off)
			cc_cli_warn_unsigned("signoff", "sign-off");
		rc = CC_EXIT_READY;
		break;
	case CC_SIGNOFF_NOT_READY:
		fprintf(stderr, "casecheck signoff: not signed: the case is not ready (see above); nothing written\n");
		rc = CC_EXIT_NOT_READY;
		break;
	case CC_SIGNOFF_REFUSED:
		fprintf(stderr, "casecheck signoff: not signed: %s; nothing written\n", res.message);
		rc = CC_EXIT_NOT_READY;
		break;
	}
done:
	cc_trust_clear(&trust);
	cc_report_free(report);
	cc_signoff_result_clear(&res);
	free(err);
	return rc;
}
