/* rules_signoff_receiving.c: Derbyshire's receiving manager's quality
 * audit (003 §3: "The receiving manager will complete a quality audit to
 * confirm all tasks have been undertaken"), recorded with `casecheck
 * signoff --role receiving-manager`: required at receive once the
 * transfer date has passed, and for a move to the children in care team
 * dated before the transfer (003 §4: "the LAC Team Manager will complete
 * a quality file audit prior to case transfer"). The audit is a record
 * that it took place: the case changes after it (the current worker
 * completes the outstanding tasks, the new worker starts), so its content
 * is not compared with the case as audited. Who may sign, and the
 * signature when allowed signers are configured, are judged as for the
 * transferring sign-off (signoff_chain.c: cc_signer_problem and
 * cc_trust_check_signoff). */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "signoff_chain.h"
#include "transfer_util.h"
#include "transfer_window.h"
#include "trust/records.h"

static const char *const RULE = "signoff.receiving-manager";
static const char *const CIC_KINDS[] = {"to-children-in-care", "to-permanence", NULL};

void cc_check_signoff_receiving(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json;
	cc_date on = 0, signed_on;
	bool has_date = cc_jdate(t, "transfer_on", &on) == 0;
	bool before = cc_transfer_kind_in(ac->c, CIC_KINDS);
	if (!t || !(before || (has_date && on <= ac->run->as_of)))
		return;
	/* The audit of this transfer: on or after its decision (an older one
	 * was made for an earlier transfer); without a window, during the
	 * current allocation. A late audit still counts: the window's end is
	 * not applied. */
	cc_transfer_window w;
	bool has_window = cc_transfer_window_get(ac, &w);
	cc_date since = has_window ? w.from : cc_transfer_anchor(ac->c);
	const cc_signoff_entry *refused = NULL, *older = NULL;
	cc_date older_on = 0;
	cc_signoff_chain(ac);
	for (size_t i = 0; i < ac->result->n_signoffs; i++) {
		const cc_signoff_entry *e = &ac->result->signoffs[i];
		if (!e->role || strcmp(e->role, "receiving-manager") || !e->date ||
		    cc_date_parse(&signed_on, e->date, strlen(e->date)) < 0 || (before && has_date && signed_on > on))
			continue;
		if (signed_on < since) {
			if (signed_on >= older_on) {
				older = e;
				older_on = signed_on;
			}
			continue;
		}
		/* who may sign and the signature: cc_signer_problem and
		 * cc_trust_check_signoff, judged once in the chain; the content
		 * is not compared (see above) */
		if (!e->problem)
			return;
		if (!refused)
			refused = e;
	}
	char *dir = cc_ptr("%s/signoffs", ac->c->dir), *stale = NULL;
	if (older && has_window)
		stale = cc_ptr("; %s of %s is older than this transfer's window (%s) and was made for an earlier transfer",
		               older->path, older->date, w.text);
	cc_audit_add(ac, RULE, dir, "", "%s (casecheck signoff --role receiving-manager)%s%s%s%s%s",
	             before ? "no quality audit by the receiving (children in care) team manager dated before the transfer"
	                    : "the transfer date has passed and the receiving manager's quality audit is not recorded",
	             refused ? "; " : "", refused ? refused->path : "", refused ? " does not count: " : "",
	             refused ? refused->problem : "", stale ? stale : "");
	free(stale);
	free(dir);
}
