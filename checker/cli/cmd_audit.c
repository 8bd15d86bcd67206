/* cmd_audit.c: `casecheck audit`: parse the flags, open the source, run
 * the audit into the chosen report, and turn the verdicts into the exit
 * code (0 every case ready, 1 any not ready, 2 usage or environment). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casecheck/audit.h"
#include "casecheck/error.h"
#include "casecheck/report.h"
#include "casecheck/rules.h"
#include "casecheck/workflow.h"
#include "commands.h"
#include "source_cli.h"
#include "cli_util.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck audit [--repo DIR] [--rev REV | --staged | --worktree]\n"
	        "                       [--purpose check|signoff|transfer|receive|court]\n"
	        "                       [--profile NAME]\n"
	        "                       [--as-of YYYY-MM-DD] [--case ID]... [--history]\n"
	        "                       [--team TEAM] [--worker STAFF-ID] [--service CODE]\n"
	        "                       [--verdict ready|not-ready]\n"
	        "                       [--format text|json|sarif|junit|html|csv] [--output FILE]\n"
	        "                       [--show-values] [--jobs N] [--no-color]\n"
	        "                       [--allowed-signers FILE]\n"
	        "       casecheck audit --commits OLD..NEW [--repo DIR] [--allowed-signers FILE] [--no-color]\n"
	        "\n"
	        "Audits the case folders and gives each case a verdict (READY / NOT READY).\n"
	        "\n"
	        "Options:\n"
	        "  --repo DIR           the repository (default: the current folder)\n"
	        "  --rev REV            audit a commit (default HEAD)\n"
	        "  --staged             audit the index (what the next commit would hold)\n"
	        "  --worktree           audit the files on disk (also a plain folder)\n"
	        "  --purpose P          check (default), signoff, transfer, receive or court\n"
	        "  --profile NAME       a council's profile (default: casecheck.json's, else core)\n"
	        "  --as-of DATE         the day time-based rules count to (default today)\n"
	        "  --case ID            audit only this case (repeatable)\n"
	        "  --team TEAM          audit only the cases of this team (case.json team)\n"
	        "  --worker STAFF-ID    audit only the cases allocated to this worker\n"
	        "  --service CODE       audit only the cases of this service (case.json service)\n"
	        "                       (a selection matching no case is exit 2)\n"
	        "  --verdict V          show only the ready or not-ready cases (the exit code and\n"
	        "                       summary still count every case audited)\n"
	        "  --history            also judge the history: deletions, rewritten records\n"
	        "  --format F           text (default), json, sarif, junit, html or csv (the fix\n"
	        "                       list, one row per finding)\n"
	        "  --output FILE        write the report to FILE instead of stdout (created or replaced)\n"
	        "  --show-values        include personal values in findings (never by default)\n"
	        "  --jobs N             audit N cases at a time (1-64)\n"
	        "  --no-color           no colour (also NO_COLOR set)\n"
	        "  --allowed-signers F  the allowed-signers file that authenticates sign-offs\n"
	        "  --commits OLD..NEW   judge every commit of the range as the hooks would\n"
	        "  --help               this help\n"
	        "\n"
	        "Source: --rev REV reads a commit (default HEAD; if the working tree has\n"
	        "uncommitted changes a note says so on stderr and HEAD is still audited),\n"
	        "--staged reads the index, --worktree the files on disk (also a plain folder).\n"
	        "--commits judges every commit of the range as the hooks would have (records\n"
	        "integrity and purpose check), each against its parents; OLD all zeros for a\n"
	        "new branch; with allowed signers, each sign-off a commit adds must verify.\n"
	        "For a server's pre-receive hook or a CI job.\n"
	        "Sign-offs are authenticated against the allowed-signers file (OpenSSH's format, principals\n"
	        "are staff ids) from --allowed-signers, else git config casecheck.allowedSignersFile, else\n"
	        "gpg.ssh.allowedSignersFile; never one inside the audited work tree.\n"
	        "Exit codes: 0 every case ready, 1 any case not ready, 2 usage or environment error.\n");
}

enum { OPT_PURPOSE = 256, OPT_PROFILE, OPT_AS_OF, OPT_CASE,
       OPT_HISTORY, OPT_FORMAT, OPT_OUTPUT, OPT_SHOW_VALUES, OPT_JOBS, OPT_NO_COLOR, OPT_HELP, OPT_COMMITS,
       OPT_ALLOWED, OPT_TEAM, OPT_WORKER, OPT_SERVICE, OPT_VERDICT };

static const struct option long_opts[] = {
	CC_CLI_SOURCE_OPTIONS,
	{"purpose", required_argument, NULL, OPT_PURPOSE},
	{"profile", required_argument, NULL, OPT_PROFILE},
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"case", required_argument, NULL, OPT_CASE},
	{"history", no_argument, NULL, OPT_HISTORY},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"output", required_argument, NULL, OPT_OUTPUT},
	{"show-values", no_argument, NULL, OPT_SHOW_VALUES},
	{"jobs", required_argument, NULL, OPT_JOBS},
	{"no-color", no_argument, NULL, OPT_NO_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"commits", required_argument, NULL, OPT_COMMITS},
	{"allowed-signers", required_argument, NULL, OPT_ALLOWED},
	{"team", required_argument, NULL, OPT_TEAM},
	{"worker", required_argument, NULL, OPT_WORKER},
	{"service", required_argument, NULL, OPT_SERVICE},
	{"verdict", required_argument, NULL, OPT_VERDICT},
	{NULL, 0, NULL, 0},
};

int cc_cmd_audit(int argc, char **argv)
{
	cc_cli_source cs = CC_CLI_SOURCE_INIT;
	cc_audit_options ao = CC_AUDIT_OPTIONS_INIT;
	cc_report_options ro = CC_REPORT_OPTIONS_INIT;
	const char **cases = NULL;
	size_t n_cases = 0, cap = 0;
	const char *output = NULL, *commits = NULL, *allowed = NULL;
	cc_trust trust = CC_TRUST_INIT;
	bool no_color = false;
	cc_audit_show show = CC_AUDIT_SHOW_ALL;
	int c, rc = CC_EXIT_USAGE;
	cc_source *src = NULL;
	cc_report *report = NULL;
	FILE *out = stdout;
	char *msg = NULL;
	cc_audit_summary summary;

	memset(&summary, 0, sizeof summary);
	ao.as_of = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_opts, NULL)) != -1) {
		if (cc_cli_source_opt(&cs, c, optarg))
			continue;
		switch (c) {
		case OPT_PURPOSE:
			if (cc_purpose_parse(&ao.purpose, optarg) < 0) {
				fprintf(stderr, "casecheck audit: unknown purpose '%s' (check, signoff, transfer, receive, court)\n", optarg);
				goto done;
			}
			break;
		case OPT_PROFILE: ao.profile = optarg; break;
		case OPT_AS_OF:
			if (cc_date_parse(&ao.as_of, optarg, strlen(optarg)) < 0) {
				fprintf(stderr, "casecheck audit: --as-of wants a real date YYYY-MM-DD\n");
				goto done;
			}
			break;
		case OPT_CASE:
			cases = cc_cli_xgrow(cases, &cap, n_cases + 1, sizeof *cases);
			cases[n_cases++] = optarg;
			break;
		case OPT_HISTORY: ao.history = true; break;
		case OPT_FORMAT:
			if (cc_report_format_parse(&ro.format, optarg) < 0) {
				fprintf(stderr, "casecheck audit: unknown format '%s' (text, json, sarif, junit, html, csv)\n", optarg);
				goto done;
			}
			break;
		case OPT_OUTPUT: output = optarg; break;
		case OPT_SHOW_VALUES: ro.show_values = true; break;
		case OPT_JOBS: {
			char *end;
			long j = strtol(optarg, &end, 10);
			if (*end || j < 1 || j > 64) {
				fprintf(stderr, "casecheck audit: --jobs wants a number from 1 to 64\n");
				goto done;
			}
			ao.jobs = (int)j;
			break;
		}
		case OPT_NO_COLOR: no_color = true; break;
		case OPT_COMMITS: commits = optarg; break;
		case OPT_ALLOWED: allowed = optarg; break;
		case OPT_TEAM: ao.team = optarg; break;
		case OPT_WORKER: ao.worker = optarg; break;
		case OPT_SERVICE: ao.service = optarg; break;
		case OPT_VERDICT:
			if (!strcmp(optarg, "ready"))
				show = CC_AUDIT_SHOW_READY;
			else if (!strcmp(optarg, "not-ready"))
				show = CC_AUDIT_SHOW_NOT_READY;
			else {
				fprintf(stderr, "casecheck audit: --verdict is ready or not-ready\n");
				goto done;
			}
			break;
		case OPT_HELP: usage(stdout); rc = CC_EXIT_READY; goto done;
		default:
			fprintf(stderr, "casecheck audit: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			goto done;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "casecheck audit: unexpected argument '%s'\n", argv[optind]);
		usage(stderr);
		goto done;
	}
	if (commits) {
		if (cs.given || n_cases || ao.history || ao.team || ao.worker || ao.service || show || output ||
		    ro.format != CC_REPORT_TEXT) {
			fprintf(stderr, "casecheck audit: --commits judges each commit as the hooks do and prints text on "
			                "stdout; it takes only --repo, --allowed-signers and --no-color\n");
			goto done;
		}
		const char *nc = getenv("NO_COLOR");
		size_t refused = 0;
		if (cc_audit_commits(&refused, commits, cs.so.repo_dir, allowed, stdout,
		                     !no_color && isatty(STDOUT_FILENO) && !(nc && *nc), &msg) < 0) {
			fprintf(stderr, "casecheck audit: %s\n", msg ? msg : "cannot judge the commits");
			goto done;
		}
		rc = refused ? CC_EXIT_NOT_READY : CC_EXIT_READY;
		goto done;
	}
	if (ao.profile && cc_profile_parse(ao.profile) < 0) {
		char *names = cc_profile_names_joined(", ");
		fprintf(stderr, "casecheck audit: unknown profile '%s' (%s)\n", ao.profile, names);
		free(names);
		goto done;
	}
	ao.cases = cases;
	ao.n_cases = n_cases;
	ao.progress = isatty(STDERR_FILENO);
	ao.timeline = ro.format == CC_REPORT_HTML; /* only the HTML view draws timelines */

	if (cc_cli_source_open(&src, &cs, "audit", "audit") < 0)
		goto done;
	if (cc_trust_load(&trust, cc_source_root(src), allowed, &msg) < 0) {
		fprintf(stderr, "casecheck audit: %s\n", msg);
		goto done;
	}
	ao.trust = &trust;
	if (output && cc_outfile_open(&out, output, src, &msg) < 0) {
		fprintf(stderr, "casecheck audit: %s\n", msg);
		out = stdout;
		goto done;
	}
	const char *no_color_env = getenv("NO_COLOR"); /* no-color.org: set and not empty */
	ro.color = !output && !no_color && isatty(STDOUT_FILENO) && !(no_color_env && *no_color_env);
	report = cc_report_new(out, &ro);
	ao.show = show;
	if (cc_audit_run(src, &ao, cc_report_sink(report), &summary, &msg) < 0) {
		fprintf(stderr, "casecheck audit: %s\n", msg ? msg : "the audit failed");
		goto done;
	}
	if (cc_report_finish(report) < 0 || fflush(out) != 0) {
		fprintf(stderr, "casecheck audit: error writing the report\n");
		goto done;
	}
	if (show != CC_AUDIT_SHOW_ALL && summary.cases)
		fprintf(stderr, "casecheck audit: --verdict %s: the report shows %zu of the %zu cases audited "
		                "(%zu ready, %zu not ready)\n", show == CC_AUDIT_SHOW_READY ? "ready" : "not-ready",
		        show == CC_AUDIT_SHOW_READY ? summary.ready : summary.not_ready, summary.cases, summary.ready,
		        summary.not_ready);
	if (summary.cases == 0)
		fprintf(stderr, "casecheck audit: the cases folder holds no case yet; nothing to audit\n");
	rc = summary.not_ready > 0 || cc_findings_count(&summary.repo_findings, CC_SEVERITY_ERROR) > 0
	     ? CC_EXIT_NOT_READY : CC_EXIT_READY;
done:
	cc_audit_summary_clear(&summary);
	cc_report_free(report);
	if (out != stdout && fclose(out) != 0 && rc != CC_EXIT_USAGE) {
		fprintf(stderr, "casecheck audit: error writing %s\n", output);
		rc = CC_EXIT_USAGE;
	}
	cc_source_free(src);
	cc_trust_clear(&trust);
	free(cases);
	free(msg);
	return rc;
}
