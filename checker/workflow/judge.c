/* judge.c: cc_judge_change (casecheck/workflow.h). */
#include "casecheck/workflow.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/audit.h"
#include "casecheck/error.h"
#include "casecheck/report.h"
#include "casecheck/rules.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "workflow/change.h"
#include "workflow/invalidates.h"
#include "workflow/signoff.h"

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
 * not make. */
static void add_strays(cc_findings *out, const cc_staged_cases *st)
{
	const cc_rule_info *rule = cc_rules_find("integrity.case-folder");
	for (size_t i = 0; rule && i < st->n_strays; i++) {
		char *name = printable(st->strays[i]);
		char *path = cc_xasprintf("%s/%s", st->cases_dir, name);
		cc_findings_add(out, rule->id, rule->severity, path, "",
		                "only case folders named by a valid case id belong in the cases folder");
		free(path);
		free(name);
	}
}

static void print_findings(FILE *out, const cc_findings *list)
{
	for (size_t i = 0; i < list->count; i++) {
		const cc_finding *f = &list->items[i];
		const cc_rule_info *rule = cc_rules_find(f->rule);
		char *path = printable(f->path);
		fprintf(out, "%s%s%s: %s [%s]: %s\n", path, *f->pointer ? " " : "", f->pointer,
		        cc_severity_name(f->severity), f->rule, f->message);
		if (rule && rule->help)
			fprintf(out, "    what to do: %s\n", rule->help);
		free(path);
	}
}

/* Prints each of lines[0..n) as "casecheck: <before><line><after>", the
 * line with control bytes shown, and frees them; returns n. */
static size_t print_lines(FILE *out, const char *before, const char *after, char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *line = printable(lines[i]);
		fprintf(out, "casecheck: %s%s%s\n", before, line, after);
		free(line);
		free(lines[i]);
	}
	free(lines);
	return n;
}

typedef void kept_lister(char ***problems, size_t *n, cc_source *src, const cc_trust *trust, const char *cases_dir,
                         const cc_deltas *change);

/* The kept records the change adds or edits that list (cc_hook_new_signoffs:
 * with allowed signers configured, each sign-off the change adds must count
 * for a permitted signer; cc_hook_waivers: waivers edited, or added without
 * counting) refuses, printed as "<before><path>: <why>"; true when
 * any. The change is the staged change against HEAD, or a commit against
 * its first parent. */
static bool report_refused(kept_lister *list, const char *before, cc_source *src, const cc_change *ch,
                           const cc_trust *trust, FILE *out)
{
	char **problems = NULL;
	size_t n = 0;
	list(&problems, &n, src, trust, ch->cases.cases_dir, &ch->first);
	return print_lines(out, before, "", problems, n) > 0;
}

/* The current sign-offs the change makes stale: it goes through, and
 * says whose sign-off on which case the manager must make again. */
static void report_invalidated(cc_source *src, const cc_change *ch, FILE *out)
{
	char **lines = NULL;
	size_t n = 0;
	cc_change_invalidated(&lines, &n, src, &ch->cases);
	print_lines(out, "note: this change makes ", " stale: the manager must audit and sign again", lines, n);
}

int cc_judge_change(bool *blocked, cc_source *src, const cc_trust *trust, FILE *out, bool color, char **errmsg)
{
	cc_change ch = CC_CHANGE_INIT;
	cc_report *report = NULL;
	cc_audit_summary summary;
	int rc;
	memset(&summary, 0, sizeof summary);
	*blocked = false;
	if ((rc = cc_change_inspect(&ch, src, trust, errmsg)) < 0)
		return rc;
	if (!ch.cases.repo_files)
		add_strays(&ch.integrity, &ch.cases);
	cc_findings_sort(&ch.integrity);
	print_findings(out, &ch.integrity);
	*blocked = cc_findings_count(&ch.integrity, CC_SEVERITY_ERROR) > 0;
	if (trust)
		*blocked = report_refused(cc_hook_new_signoffs, "new sign-off refused: ", src, &ch, trust, out) || *blocked;
	*blocked = report_refused(cc_hook_waivers, "waiver refused: ", src, &ch, trust, out) || *blocked;
	report_invalidated(src, &ch, out);
	if (ch.cases.count > 0 || ch.cases.repo_files) {
		cc_audit_options opts;
		memset(&opts, 0, sizeof opts);
		opts.purpose = CC_PURPOSE_CHECK;
		opts.as_of = cc_date_today();
		opts.cases_dir_optional = true; /* a repository being set up has no case yet */
		opts.policy = &ch.policy;       /* read once for the change and its audit */
		if (!ch.cases.repo_files) {
			opts.cases = (const char *const *)ch.cases.ids;
			opts.n_cases = ch.cases.count;
			/* a commit touches a case or two: a second worker would cost
			 * more to start (its own repository and libmagic) than it saves */
			opts.jobs = ch.cases.count < 8 ? 1 : 0;
		}
		cc_report_options ropts = CC_REPORT_OPTIONS_INIT;
		ropts.color = color;
		report = cc_report_new(out, &ropts);
		if ((rc = cc_audit_run(src, &opts, cc_report_sink(report), &summary, errmsg)) < 0)
			goto done;
		cc_report_finish(report);
		*blocked = *blocked || summary.not_ready > 0 ||
		           cc_findings_count(&summary.repo_findings, CC_SEVERITY_ERROR) > 0;
	}
	rc = 0;
done:
	cc_audit_summary_clear(&summary);
	cc_report_free(report);
	cc_change_clear(&ch);
	return rc;
}
