/* cmd_removal.c: `casecheck removal`: a manager's signed removal record
 * (see casecheck/workflow.h). Exit codes: 0 written, 1 refused (nothing
 * written), 2 usage or environment error. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"
#include "commands.h"
#include "signed_record.h"
#include "cli_util.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck removal --case ID --by STAFF-ID --reason misfiled|retention|rename\n"
	        "                         (--file PATH | --entry ID | --case-folder)... [--moved-to ID]\n"
	        "                         [--as-of YYYY-MM-DD] [--key FILE] [--allowed-signers FILE] [--repo DIR]\n"
	        "       casecheck removal --payload FILE | --signature FILE\n"
	        "\n"
	        "Writes removals/<date>-<ID>.json: the record that makes the removal of records of case ID\n"
	        "lawful (a file inside the case folder, a chronology entry, or the whole case folder), by\n"
	        "STAFF-ID, who must be a manager in staff.json (as staged) in post on the date. It is signed\n"
	        "with ssh-keygen -Y sign -n casecheck-removal using --key, else git's user.signingKey when\n"
	        "gpg.format is ssh; with neither it is written unsigned (and says so), unless allowed\n"
	        "signers are configured: then it must verify for STAFF-ID. Nothing is deleted: remove the\n"
	        "files (git rm), then commit them with the record.\n"
	        "\n"
	        "Options:\n"
	        "  --case ID               the case the records are removed from\n"
	        "  --by STAFF-ID           the manager authorising it (a manager in staff.json, in post)\n"
	        "  --reason R              misfiled (on the wrong child's file), retention (the end of its\n"
	        "                          retention period) or rename (the case folder has a new id)\n"
	        "  --file PATH             a file inside the case folder is removed (repeatable)\n"
	        "  --entry ID              a chronology entry is removed (repeatable)\n"
	        "  --case-folder           the whole case folder is removed\n"
	        "  --moved-to ID           with rename: the case id the records now live under\n"
	        "  --as-of DATE            the record's date (default today)\n"
	        "  --key FILE              the SSH private key that signs it\n"
	        "  --allowed-signers FILE  the allowed-signers file it must verify against (else git\n"
	        "                          config casecheck.allowedSignersFile or gpg.ssh.allowedSignersFile)\n"
	        "  --repo DIR              the repository (default: the current folder's)\n"
	        "  --payload FILE          print the signed payload of the removal record FILE\n"
	        "  --signature FILE        print the signature of the removal record FILE\n"
	        "  --help                  this help\n"
	        "\n"
	        "--payload FILE and --signature FILE print a record's signed payload and its signature, for\n"
	        "ssh-keygen -Y verify -f allowed_signers -I <by> -n casecheck-removal -s SIG < PAYLOAD.\n"
	        "Exit codes: 0 written, 1 refused (nothing written), 2 usage or environment error.\n");
}

enum {
	OPT_CASE = 256, OPT_BY, OPT_REASON, OPT_FILE, OPT_ENTRY, OPT_FOLDER, OPT_MOVED, OPT_AS_OF, OPT_KEY, OPT_ALLOWED,
	OPT_REPO, OPT_PAYLOAD, OPT_SIGNATURE, OPT_HELP
};

static const struct option long_opts[] = {
	{"case", required_argument, NULL, OPT_CASE},
	{"by", required_argument, NULL, OPT_BY},
	{"reason", required_argument, NULL, OPT_REASON},
	{"file", required_argument, NULL, OPT_FILE},
	{"entry", required_argument, NULL, OPT_ENTRY},
	{"case-folder", no_argument, NULL, OPT_FOLDER},
	{"moved-to", required_argument, NULL, OPT_MOVED},
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"key", required_argument, NULL, OPT_KEY},
	{"allowed-signers", required_argument, NULL, OPT_ALLOWED},
	{"repo", required_argument, NULL, OPT_REPO},
	{"payload", required_argument, NULL, OPT_PAYLOAD},
	{"signature", required_argument, NULL, OPT_SIGNATURE},
	{"help", no_argument, NULL, OPT_HELP},
	{NULL, 0, NULL, 0},
};

int cc_cmd_removal(int argc, char **argv)
{
	cc_removal_options o;
	cc_removal_result res;
	const char *allowed = NULL, *shown = NULL;
	const char **files = cc_cli_xcalloc((size_t)argc, sizeof *files), **entries = cc_cli_xcalloc((size_t)argc, sizeof *entries);
	bool show_payload = false;
	cc_trust trust = CC_TRUST_INIT;
	char *err = NULL;
	int c, rc = CC_EXIT_USAGE;
	memset(&o, 0, sizeof o);
	memset(&res, 0, sizeof res);
	o.on = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_CASE: o.case_id = optarg; break;
		case OPT_BY: o.by = optarg; break;
		case OPT_REASON: o.reason = optarg; break;
		case OPT_FILE: files[o.n_files++] = optarg; break;
		case OPT_ENTRY: entries[o.n_entries++] = optarg; break;
		case OPT_FOLDER: o.case_folder = true; break;
		case OPT_MOVED: o.moved_to = optarg; break;
		case OPT_AS_OF:
			if (cc_date_parse(&o.on, optarg, strlen(optarg)) < 0) {
				fprintf(stderr, "casecheck removal: --as-of wants a real date YYYY-MM-DD\n");
				goto done;
			}
			break;
		case OPT_KEY: o.key = optarg; break;
		case OPT_ALLOWED: allowed = optarg; break;
		case OPT_REPO: o.repo_dir = optarg; break;
		case OPT_PAYLOAD: shown = optarg; show_payload = true; break;
		case OPT_SIGNATURE: shown = optarg; show_payload = false; break;
		case OPT_HELP: usage(stdout); rc = CC_EXIT_READY; goto done;
		default:
			fprintf(stderr, "casecheck removal: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			goto done;
		}
	}
	if (shown && optind == argc) {
		rc = cc_cli_show_signed("removal", "removal record", shown, show_payload, CC_RECORD_REMOVAL, NULL);
		goto done;
	}
	if (optind < argc || !o.case_id || !o.by || !o.reason) {
		fprintf(stderr, optind < argc ? "casecheck removal: unexpected argument '%s'\n"
		                              : "casecheck removal: --case, --by and --reason are required%s\n",
		        optind < argc ? argv[optind] : "");
		usage(stderr);
		goto done;
	}
	o.files = files;
	o.entries = entries;
	if (cc_trust_load(&trust, o.repo_dir, allowed, &err) < 0 || (o.trust = &trust, cc_removal_write(&res, &o, &err) < 0)) {
		fprintf(stderr, "casecheck removal: %s\n", err ? err : "failed");
		goto done;
	}
	if (!res.written) {
		fprintf(stderr, "casecheck removal: not written: %s; nothing written\n", res.message);
		rc = CC_EXIT_NOT_READY;
		goto done;
	}
	printf("removal record written: %s\n", res.path);
	if (!res.signed_record)
		cc_cli_warn_unsigned("removal", "record");
	rc = CC_EXIT_READY;
done:
	cc_removal_result_clear(&res);
	cc_trust_clear(&trust);
	free(err);
	free(files);
	free(entries);
	return rc;
}
