/* cmd_hook.c: `casecheck hook install | run`: the git pre-commit hook.
 *
 * run audits, with purpose check, only the case folders the staged change
 * touches (all of them when a policy file changed: casecheck.json,
 * staff.json or the calendar in force, as cc_policy_load names them),
 * reading the index and never the working tree. The text report goes to
 * stderr (git shows it to the committer); exit 1 refuses the commit, 2 is
 * an environment error (which refuses it too), such as a staged policy that
 * cannot be read. A commit that touches no case and no policy file passes
 * once the policy is read, before any case is loaded. */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casecheck/audit.h"
#include "casecheck/error.h"
#include "casecheck/report.h"
#include "casecheck/rules.h"
#include "casecheck/source.h"
#include "commands.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "casecheck/trust.h"
#include "workflow/hook_install.h"
#include "workflow/signoff.h"
#include "workflow/staged.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: casecheck hook install [--repo DIR] [--force]\n"
		"       casecheck hook run [--repo DIR]\n\n"
		"install  writes the repository's pre-commit hook (core.hooksPath honoured);\n"
		"         refuses to replace a different hook unless --force\n"
		"run      audits the cases the staged change touches (purpose check), reading\n"
		"         the index only; exit 1 refuses the commit\n"
		"With --repo, run reads that repository's own index (not GIT_INDEX_FILE);\n"
		"without it the repository and index are found as git finds them.\n");
}

/* The absolute path of this executable, for the installed hook. */
static char *self_path(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = '\0';
		return cc_xstrdup(buf);
	}
	return cc_xstrdup("casecheck");
}

static int hook_install(const char *repo, bool force)
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
	free(res.path);
	return CC_EXIT_READY;
}

/* A name from the repository, with control bytes shown as \xNN. */
static char *printable(const char *s)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7F || c == '\\')
			cc_strbuf_printf(&sb, "\\x%02X", c);
		else
			cc_strbuf_putc(&sb, (char)c);
	}
	return cc_strbuf_detach(&sb);
}

/* Staged entries under the cases folder that are not case folders: the
 * full audit's integrity.case-folder finding, which a per-case audit does
 * not make. Returns how many were printed. */
static size_t report_strays(const cc_staged_cases *st)
{
	const cc_rule_info *rule = cc_rules_find("integrity.case-folder"); /* a row: test_rule_table */
	for (size_t i = 0; i < st->n_strays; i++) {
		char *name = printable(st->strays[i]);
		fprintf(stderr, "%s/%s: %s [%s]: only case folders named by a valid case id belong in the cases folder\n",
		        st->cases_dir, name, cc_severity_name(rule->severity), rule->id);
		fprintf(stderr, "    what to do: %s\n", rule->help);
		free(name);
	}
	return st->n_strays;
}

/* With allowed signers configured, each sign-off the commit adds must
 * count for a permitted signer (cc_hook_new_signoffs); true when one does
 * not (the commit is refused; the reasons are on stderr). */
static bool report_new_signoffs(cc_source *src, const cc_trust *trust)
{
	char **problems = NULL, *err = NULL;
	size_t n = 0;
	if (cc_hook_new_signoffs(&problems, &n, src, trust, &err) < 0) {
		fprintf(stderr, "casecheck: the new sign-offs cannot be checked: %s\n", err ? err : "error");
		free(err);
		return true;
	}
	for (size_t i = 0; i < n; i++) {
		fprintf(stderr, "casecheck: new sign-off refused: %s\n", problems[i]);
		free(problems[i]);
	}
	free(problems);
	return n > 0;
}

static int hook_run(const char *repo)
{
	int exit_code = CC_EXIT_USAGE;
	char *err = NULL;
	cc_source *src = NULL;
	cc_report *report = NULL;
	cc_staged_cases staged = CC_STAGED_CASES_INIT;
	cc_audit_summary summary;
	cc_source_options sopts = CC_SOURCE_OPTIONS_INIT;
	bool blocked = false;
	cc_trust trust = CC_TRUST_INIT;

	memset(&summary, 0, sizeof summary);
	sopts.kind = CC_SOURCE_INDEX;
	sopts.repo_dir = repo;
	if (cc_source_open(&src, &sopts, &err) < 0)
		goto fail;
	if (cc_staged_cases_find(&staged, src, &err) < 0)
		goto fail;
	if (!staged.repo_files)
		blocked = report_strays(&staged) > 0;
	if (cc_trust_load(&trust, repo, NULL, &err) < 0)
		goto fail;
	blocked = report_new_signoffs(src, &trust) || blocked;
	if (staged.count > 0 || staged.repo_files) {
		cc_audit_options opts;
		memset(&opts, 0, sizeof opts);
		opts.purpose = CC_PURPOSE_CHECK;
		opts.as_of = cc_date_today();
		opts.cases_dir_optional = true; /* a repository being set up has no case yet */
		if (!staged.repo_files) {
			opts.cases = (const char *const *)staged.ids;
			opts.n_cases = staged.count;
		}
		cc_report_options ropts = CC_REPORT_OPTIONS_INIT;
		ropts.color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
		report = cc_report_new(stderr, &ropts);
		if (cc_audit_run(src, &opts, cc_report_sink(report), &summary, &err) < 0)
			goto fail;
		cc_report_finish(report);
		blocked = blocked || summary.not_ready > 0 ||
		          cc_findings_count(&summary.repo_findings, CC_SEVERITY_ERROR) > 0;
	}
	if (blocked) {
		fprintf(stderr, "casecheck: commit refused: fix the problems above, stage the fixes (git add) "
		                "and commit again.\n");
		exit_code = CC_EXIT_NOT_READY;
	} else {
		exit_code = CC_EXIT_READY;
	}
	goto done;
fail:
	fprintf(stderr, "casecheck hook run: %s; commit refused\n", err ? err : "failed");
	exit_code = CC_EXIT_USAGE;
done:
	free(err);
	cc_audit_summary_clear(&summary);
	cc_report_free(report);
	cc_staged_cases_clear(&staged);
	cc_source_free(src);
	cc_trust_clear(&trust);
	return exit_code;
}

int cc_cmd_hook(int argc, char **argv)
{
	const char *repo = NULL;
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
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--repo") && i + 1 < argc)
			repo = argv[++i];
		else if (!strcmp(argv[i], "--force") && !strcmp(action, "install"))
			force = true;
		else {
			fprintf(stderr, "casecheck hook: unknown option '%s'\n", argv[i]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (!strcmp(action, "install"))
		return hook_install(repo, force);
	if (!strcmp(action, "run"))
		return hook_run(repo);
	fprintf(stderr, "casecheck hook: unknown action '%s'\n", action);
	usage(stderr);
	return CC_EXIT_USAGE;
}
