/* signoff_chain.c: the sign-offs of a case as a purpose sees them. The
 * signer is judged by cc_signer_problem and the signature by
 * cc_trust_check_signoff — the same functions `casecheck signoff` and the
 * hooks call — so the three never disagree. */
#include "signoff_chain.h"
#include "trust/records.h"

#include <stdlib.h>
#include <string.h>

#include "carried.h"
#include "jget.h"
#include "util/xalloc.h"

static void newer_until(cc_date *best, const cJSON *o, const char *key, cc_date until)
{
	cc_date d;
	if (cc_jdate(o, key, &d) == 0 && d > *best && (!until || d <= until))
		*best = d;
}

cc_date cc_case_newest_record(const cc_case *c)
{
	return cc_case_newest_record_until(c, 0);
}

cc_date cc_case_newest_record_until(const cc_case *c, cc_date until)
{
	cc_date best = 0;
	const cJSON *e;
	for (size_t i = 0; i < c->n_notes; i++) {
		newer_until(&best, c->notes[i].json, "date", until);
		newer_until(&best, c->notes[i].json, "finalised_on", until);
	}
	cJSON_ArrayForEach(e, cc_jarr(c->chronology.json, "entries"))
		newer_until(&best, e, "recorded_on", until);
	for (size_t i = 0; i < c->n_assessments; i++)
		newer_until(&best, c->assessments[i].json, "completed_on", until);
	newer_until(&best, c->genogram.json, "updated_on", until);
	return best;
}

static bool looks_at(cc_purpose p, const char *role, const char *purpose)
{
	if (!role || !purpose)
		return false;
	switch (p) {
	case CC_PURPOSE_SIGNOFF:
		return !strcmp(purpose, "signoff");
	case CC_PURPOSE_TRANSFER:
		return !strcmp(purpose, "transfer") && !strcmp(role, "transferring-manager");
	case CC_PURPOSE_RECEIVE:
		return !strcmp(purpose, "transfer");
	case CC_PURPOSE_CHECK:
	case CC_PURPOSE_COURT: /* nothing is signed off for court */
		break;
	}
	return false;
}

/* For receive: a transferring sign-off the case no longer matches is
 * still current when every change since is the receiving side's after
 * the transfer (carried.h); cannot be compared when the signed content is
 * in no commit. Sets e->content and e->content_note. */
static void judge_carried(cc_audit_case *ac, cc_signoff_entry *e, const char *signed_tree)
{
	char *why = NULL;
	switch (cc_signoff_carried(ac, signed_tree, &why)) {
	case CC_CARRIED_YES:
		e->content = CC_CONTENT_CURRENT;
		e->content_note = cc_xstrdup("current for receive: the changes since are the receiving side's after the "
		                             "transfer date (allocation, new notes and chronology entries)");
		break;
	case CC_CARRIED_NO:
		e->content_note = cc_xasprintf("stale for receive: %s", why ? why : "the case changed");
		break;
	case CC_CARRIED_CANNOT_COMPARE:
		e->content = CC_CONTENT_UNKNOWN;
		e->content_note = cc_xstrdup("the content signed is in no commit of the history read, so it cannot be "
		                             "compared with the case: not current");
		break;
	}
	free(why);
}

/* The newest record the current content covers; for a carried sign-off,
 * the newest dated on or before the transfer (the receiving side's later
 * records were not signed). */
static cc_date covered(const cc_case *c, const cc_signoff_entry *e, cc_date newest)
{
	cc_date on;
	if (e->content != CC_CONTENT_CURRENT)
		return 0;
	if (!e->content_note || cc_jdate(c->transfer.json, "transfer_on", &on) < 0)
		return newest;
	return cc_case_newest_record_until(c, on);
}

static char *dup_or_null(const char *s)
{
	return s ? cc_xstrdup(s) : NULL;
}

const cc_doc *cc_signoff_chain_doc(const cc_audit_case *ac, const cc_signoff_entry *e)
{
	for (size_t i = 0; i < ac->c->n_signoffs; i++)
		if (!strcmp(ac->c->signoffs[i].path, e->path))
			return &ac->c->signoffs[i];
	return NULL;
}

void cc_signoff_chain(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	cc_case_result *r = ac->result;
	char tree[41] = "", *msg = NULL;
	if (ac->chain_done)
		return;
	ac->chain_done = true;
	bool have_tree = cc_source_has_git(ac->src) && cc_source_tree_id(ac->src, c->dir, "signoffs", tree, &msg) == 0;
	free(msg);
	cc_date newest = cc_case_newest_record(c);
	if (newest > ac->run->as_of)
		newest = 0; /* a record dated after as-of is integrity.future-dates' to report */
	size_t cap = 0;
	for (size_t i = 0; i < c->n_signoffs; i++) {
		const cJSON *so = c->signoffs[i].json;
		const char *role = cc_jstr(so, "role"), *purpose = cc_jstr(so, "purpose");
		if (!so || !looks_at(ac->run->purpose, role, purpose))
			continue;
		r->signoffs = cc_xgrow(r->signoffs, &cap, r->n_signoffs + 1, sizeof *r->signoffs);
		cc_signoff_entry *e = &r->signoffs[r->n_signoffs++];
		memset(e, 0, sizeof *e);
		e->path = cc_xstrdup(c->signoffs[i].path);
		e->role = dup_or_null(role);
		e->by = dup_or_null(cc_jstr(so, "by"));
		e->date = dup_or_null(cc_jstr(so, "date"));
		e->purpose = dup_or_null(purpose);
		const char *content = cc_jstr(so, "content");
		e->content = !have_tree ? CC_CONTENT_UNKNOWN
		             : content && !strcmp(content, tree) ? CC_CONTENT_CURRENT : CC_CONTENT_STALE;
		if (e->content == CC_CONTENT_STALE && ac->run->purpose == CC_PURPOSE_RECEIVE &&
		    !strcmp(role, "transferring-manager"))
			judge_carried(ac, e, content);
		/* The records a current sign-off covers are the case as audited;
		 * a stale one covered an older tree, whose dates are not read here. */
		cc_signer_query q = {ac->run->staff, ac->run->staff_state, c->case_doc.json, c->transfer.json,
		                     role, e->by, 0, covered(c, e, newest)};
		cc_jdate(so, "date", &q.on);
		bool sig_counts = false;
		char *sig_why = NULL;
		e->problem = cc_signer_problem(&q);
		e->signer_ok = !e->problem;
		e->signature = cc_trust_check_signoff(ac->run->trust, c->id, so, &sig_counts, &sig_why);
		if (!e->problem && !sig_counts)
			e->problem = sig_why;
		else
			free(sig_why);
		e->counts = !e->problem && e->content == CC_CONTENT_CURRENT;
	}
}
