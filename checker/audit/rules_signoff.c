/* rules_signoff.c: a current transferring-manager sign-off (001 §2, 003
 * §3, 004 §2). A sign-off is current when its content equals the git tree
 * id of the case folder as audited, signoffs/ left out; otherwise the
 * records changed after the manager signed (stale). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "signoff_chain.h"
#include "stale.h"
#include "transfer_util.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static const char *const RULE = "signoff.transferring-manager";

/* Stale sign-off messages name this many commits; the rest are counted. */
#define SHOWN_COMMITS 5

/* Lists the commits that changed the case since it had the signed content
 * (ac->result->stale_commits) and says which, for the finding's message:
 * "2 commits since: 0123456789ab, ba9876543210", short ids only (no
 * author, no message). Owned by the caller. */
static char *stale_since(cc_audit_case *ac, const char *signed_tree)
{
	bool partial = false;
	size_t total = cc_stale_commits(ac, signed_tree, &partial);
	const cc_case_result *r = ac->result;
	cc_strbuf sb = CC_STRBUF_INIT;
	if (total == 0) {
		cc_strbuf_puts(&sb, partial ? "the commits since cannot be read"
		                            : "no commit since: the change is not committed");
		return cc_strbuf_detach(&sb);
	}
	cc_strbuf_printf(&sb, "%s%zu commit%s since", partial ? "at least " : "", total, total == 1 ? "" : "s");
	for (size_t i = 0; i < r->n_stale_commits && i < SHOWN_COMMITS; i++)
		cc_strbuf_printf(&sb, "%s%.12s", i ? ", " : ": ", r->stale_commits[i]);
	if (total > SHOWN_COMMITS)
		cc_strbuf_printf(&sb, " and %zu more", total - SHOWN_COMMITS);
	return cc_strbuf_detach(&sb);
}

/* Of the stale sign-offs dated newest, the one whose content the case
 * had most recently (fewest commits since): two made the same day are
 * told apart by the history, not by file order. */
static const cc_signoff_entry *latest_stale(cc_audit_case *ac, const cc_signoff_entry **cands, size_t n)
{
	const cc_signoff_entry *best = NULL;
	size_t best_count = 0;
	for (size_t i = 0; i < n; i++) {
		if (best && strcmp(cands[i]->date, best->date) < 0)
			continue;
		bool partial = false;
		const cc_doc *d = cc_signoff_chain_doc(ac, cands[i]);
		size_t count = cc_stale_commits(ac, d ? cc_jstr(d->json, "content") : NULL, &partial);
		cc_stale_commits_clear(ac->result);
		if (!best || strcmp(cands[i]->date, best->date) > 0 || count < best_count) {
			best = cands[i];
			best_count = count;
		}
	}
	return best;
}

void cc_check_signoff_transferring(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	cc_case_result *r = ac->result;
	char *dir = cc_xasprintf("%s/signoffs", c->dir);
	const cc_signoff_entry **stale = cc_xcalloc(r->n_signoffs + 1, sizeof *stale);
	size_t n_stale = 0;
	bool refused = false, current = false, unknown = false;

	cc_signoff_chain(ac);
	/* A Devon movement has no transferring sign-off (004 §4: no "audits"). */
	if (cc_transfer_kind_only(c, "movement")) {
		free(stale);
		free(dir);
		return;
	}
	for (size_t i = 0; i < r->n_signoffs; i++) {
		const cc_signoff_entry *e = &r->signoffs[i];
		if (!e->role || strcmp(e->role, "transferring-manager") || !e->date)
			continue;
		if (e->problem) {
			refused = true;
			if (!e->signer_ok)
				cc_audit_add(ac, RULE, e->path, "/by", "%s", e->problem);
			else
				cc_audit_add(ac, RULE, e->path, e->signature == CC_SIG_UNSIGNED ? "" : "/signature",
				             "signature %s: %s", cc_sig_state_name(e->signature), e->problem);
			continue;
		}
		if (e->content == CC_CONTENT_CURRENT)
			current = true;
		else if (e->content == CC_CONTENT_STALE)
			stale[n_stale++] = e;
		else
			unknown = true;
	}
	if (current) {
		r->signoff = CC_SIGNOFF_CURRENT;
	} else if (unknown || !cc_source_has_git(ac->src)) {
		r->signoff = CC_SIGNOFF_UNVERIFIABLE;
		cc_audit_add(ac, RULE, dir, "",
		             cc_source_has_git(ac->src)
		                 ? "the case folder's tree id cannot be computed, so no sign-off can be compared with it"
		                 : "sign-offs cannot be verified outside git (no tree id); audit the repository with --rev, --staged or --worktree");
	} else if (n_stale) {
		const cc_signoff_entry *e = latest_stale(ac, stale, n_stale);
		const cc_doc *d = cc_signoff_chain_doc(ac, e);
		r->signoff = CC_SIGNOFF_STALE;
		char *since = stale_since(ac, d ? cc_jstr(d->json, "content") : NULL);
		cc_audit_add(ac, RULE, e->path, "/content",
		             "stale: the case changed after the transferring manager signed on %s (%s; the latest sign-off is %s); the manager must audit and sign again",
		             e->date, since, e->path);
		free(since);
	} else {
		r->signoff = CC_SIGNOFF_MISSING;
		if (!refused)
			cc_audit_add(ac, RULE, dir, "", "no transferring-manager sign-off for the transfer");
	}
	free(stale);
	free(dir);
}
