/* signoff_chain.c: the sign-offs of a case as a purpose sees them. The
 * signer is judged by cc_signer_problem and the signature by
 * cc_trust_check_signoff — the same functions `casecheck signoff` and the
 * hooks call — so the three never disagree. */
#include "signoff_chain.h"

#include <stdlib.h>
#include <string.h>

#include "jget.h"
#include "util/xalloc.h"

static void newer(cc_date *best, const cJSON *o, const char *key)
{
	cc_date d;
	if (cc_jdate(o, key, &d) == 0 && d > *best)
		*best = d;
}

cc_date cc_case_newest_record(const cc_case *c)
{
	cc_date best = 0;
	const cJSON *e;
	for (size_t i = 0; i < c->n_notes; i++) {
		newer(&best, c->notes[i].json, "date");
		newer(&best, c->notes[i].json, "finalised_on");
	}
	cJSON_ArrayForEach(e, cc_jarr(c->chronology.json, "entries"))
		newer(&best, e, "recorded_on");
	for (size_t i = 0; i < c->n_assessments; i++)
		newer(&best, c->assessments[i].json, "completed_on");
	newer(&best, c->genogram.json, "updated_on");
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
		/* The records a current sign-off covers are the case as audited;
		 * a stale one covered an older tree, whose dates are not read here. */
		cc_signer_query q = {ac->run->staff, ac->run->staff_state, c->case_doc.json, c->transfer.json,
		                     role, e->by, 0, e->content == CC_CONTENT_CURRENT ? newest : 0};
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
