/* cmd_hook.c: `casecheck hook install | run`: the git pre-commit hook.
 *
 * run judges the staged change (judge.h): the records it changes against
 * HEAD and, while a merge is being committed, each MERGE_HEAD
 * (workflow/integrity.h), the sign-offs it adds (with allowed signers
 * configured), and the check audit of the case folders it touches (all
 * of them when a policy file changed: casecheck.json, staff.json or the
 * calendar in force, as cc_policy_load names them), reading the index and
 * never the working tree. The text report goes to stderr (git shows it to
 * the committer); exit 1 refuses the commit, 2 is an environment error
 * (which refuses it too), such as a staged policy that cannot be read. A
 * commit that touches no case and no policy file passes once the policy
 * is read, before any case is loaded. */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "commands.h"
#include "cli_util.h"
#include "casecheck/trust.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: casecheck hook install [--repo DIR] [--force]\n"
		"       casecheck hook run [--repo DIR] [--allowed-signers FILE]\n\n"
		"install  writes the repository's pre-commit and pre-merge-commit hooks\n"
		"         (core.hooksPath honoured);\n"
		"         refuses to replace a different hook unless --force\n"
		"run      refuses changes to kept records (a final note, a chronology entry,\n"
		"         a sign-off, a removal record, a case's core files) that no correction\n"
		"         or removal record covers and that do not restore the record, against\n"
		"         HEAD and each MERGE_HEAD, and audits the cases the\n"
		"         staged change touches (purpose check), reading the index only;\n"
		"         exit 1 refuses the commit; with allowed signers configured, a new\n"
		"         sign-off must verify for a permitted signer\n"
		"\n"
		"Options:\n"
		"  --repo DIR  the repository (default: the one containing the current folder)\n"
		"  --force     (install) replace a hook that is not casecheck's\n"
		"  --allowed-signers FILE  (run) the allowed-signers file (see below)\n"
		"  --help      this help ('casecheck hook install --help', 'casecheck hook run --help')\n"
		"\n"
		"With --repo, run reads that repository's own index (not GIT_INDEX_FILE);\n"
		"without it the repository and index are found as git finds them.\n"
		"The allowed-signers file is --allowed-signers, else git config\n"
		"casecheck.allowedSignersFile, else gpg.ssh.allowedSignersFile (the installed\n"
		"hook reads git config); one inside the work tree is refused (exit 2).\n");
}

static void usage_install(FILE *out)
{
	fprintf(out,
		"usage: casecheck hook install [--repo DIR] [--force]\n\n"
		"Writes the repository's pre-commit and pre-merge-commit hooks, which run\n"
		"'casecheck hook run' (core.hooksPath honoured). A hook that is already\n"
		"casecheck's is updated; a different one is left alone (exit 1) unless --force.\n"
		"\n"
		"Options:\n"
		"  --repo DIR  the repository (default: the one containing the current folder)\n"
		"  --force     replace a hook that is not casecheck's\n"
		"  --help      this help\n");
}

static void usage_run(FILE *out)
{
	fprintf(out,
		"usage: casecheck hook run [--repo DIR] [--allowed-signers FILE]\n\n"
		"What the hooks run: judges the staged change (the index only, never the\n"
		"working tree) against HEAD and each MERGE_HEAD. Refuses changes to kept\n"
		"records that no correction or removal record covers, and audits the cases\n"
		"the change touches (purpose check). The report goes to stderr.\n"
		"\n"
		"Options:\n"
		"  --repo DIR  read that repository's own index (not GIT_INDEX_FILE)\n"
		"  --allowed-signers FILE  the allowed-signers file; else git config\n"
		"              casecheck.allowedSignersFile, else gpg.ssh.allowedSignersFile\n"
		"              (one inside the work tree is refused)\n"
		"  --help      this help\n"
		"\n"
		"Exit codes: 0 the commit may go ahead, 1 refused, 2 environment error (refused too).\n");
}

/* The absolute path of this executable, for the installed hook. */
static char *self_path(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = '\0';
		return cc_cli_xstrdup(buf);
	}
	return cc_cli_xstrdup("casecheck");
}

int cc_cli_hook_install(const char *repo, bool force)
{
	static const char *const said[] = {"", "installed", "already installed", "updated",
	                                   "installed (the previous hook was replaced)"};
	char *self = self_path(), *err = NULL;
	cc_hook_install_result res;
	int rc = cc_hook_install(&res, repo, self, force, &err);
	free(self);
	if (rc < 0) {
		fprintf(stderr, "casecheck: the pre-commit hook was not installed: %s\n", err ? err : "failed");
		free(err);
		return rc == CC_EEXISTS_HOOK ? CC_EXIT_NOT_READY : CC_EXIT_USAGE;
	}
	printf("casecheck pre-commit hook %s: %s\n", said[res.state], res.path);
	printf("casecheck pre-merge-commit hook %s: %s\n", said[res.merge_state], res.merge_path);
	free(res.path);
	free(res.merge_path);
	return CC_EXIT_READY;
}

static int hook_run(const char *repo, const char *allowed)
{
	int exit_code = CC_EXIT_USAGE;
	char *err = NULL;
	cc_source *src = NULL;
	cc_source_options sopts = CC_SOURCE_OPTIONS_INIT;
	bool blocked = false;
	cc_trust trust = CC_TRUST_INIT;

	sopts.kind = CC_SOURCE_INDEX;
	sopts.repo_dir = repo;
	if (cc_source_open(&src, &sopts, &err) < 0 || cc_trust_load(&trust, repo, allowed, &err) < 0 ||
	    cc_judge_change(&blocked, src, &trust, stderr, isatty(STDERR_FILENO) && !getenv("NO_COLOR"), &err) < 0) {
		fprintf(stderr, "casecheck hook run: %s; commit refused\n", err ? err : "failed");
		goto done;
	}
	if (blocked) {
		fprintf(stderr, "casecheck: commit refused: fix the problems above, stage the fixes (git add) "
		                "and commit again.\n");
		exit_code = CC_EXIT_NOT_READY;
	} else {
		exit_code = CC_EXIT_READY;
	}
done:
	free(err);
	cc_source_free(src);
	cc_trust_clear(&trust);
	return exit_code;
}

int cc_cmd_hook(int argc, char **argv)
{
	const char *repo = NULL, *allowed = NULL;
	bool force = false;
	if (argc < 2) {
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	const char *action = argv[1];
	if (!strcmp(action, "--help") || !strcmp(action, "-h")) {
		usage(stdout);
		return CC_EXIT_READY;
	}
	bool install = !strcmp(action, "install"), run = !strcmp(action, "run");
	for (int i = 2; i < argc; i++) {
		if ((install || run) && (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))) {
			(install ? usage_install : usage_run)(stdout);
			return CC_EXIT_READY;
		}
	}
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--repo") && i + 1 < argc)
			repo = argv[++i];
		else if (!strcmp(argv[i], "--allowed-signers") && i + 1 < argc && !strcmp(action, "run"))
			allowed = argv[++i];
		else if (!strcmp(argv[i], "--force") && !strcmp(action, "install"))
			force = true;
		else {
			fprintf(stderr, "casecheck hook: unknown option '%s'\n", argv[i]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (install)
		return cc_cli_hook_install(repo, force);
	if (run)
		return hook_run(repo, allowed);
	fprintf(stderr, "casecheck hook: unknown action '%s'\n", action);
	usage(stderr);
	return CC_EXIT_USAGE;
}
