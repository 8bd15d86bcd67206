/* waivers.c: a manager's waiver of one finding (issue 22; docs/format.md,
 * "Waivers").
 *
 * After every rule has run on a case, each waiver in its waivers/ folder
 * is judged: who (cc_waiver_problem, beside the sign-off's in signer.c),
 * its signature when allowed signers are configured
 * (cc_trust_check_waiver, namespace casecheck-waiver), whether the rule
 * may be waived (NOT_WAIVABLE_AREAS below; court: cc_purpose_waivable),
 * and its expiry at as-of. A waiver
 * that counts turns each finding it names (rule, path, pointer) into a
 * note that names the waiver: shown in every report, not blocking. One
 * that does not count, or that matches nothing, is a warning on the
 * waiver file, and the finding it names blocks as before. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "trust/signer.h"
#include "checks.h"
#include "waivers.h"
#include "jget.h"
#include "util/xalloc.h"
#include "trust/records.h"

static const char *const IN_FORCE = "waiver.in-force";
static const char *const MATCHES = "waiver.matches";

/* What cannot be waived: findings of these areas (the format, the
 * records' integrity and history, the audit itself, the waivers) under
 * every purpose, in this one table; and every finding under a purpose
 * that is not waivable (cc_purpose_waivable, names.c: court). */
static const char *const NOT_WAIVABLE_AREAS[] = {"schema", "integrity", "history", "audit", "config", "waiver"};

const char *cc_waiver_not_waivable(const char *rule_id, const cc_purpose *purpose)
{
	const cc_rule_info *rule = cc_rules_find(rule_id);
	if (!rule)
		return "it names no rule of this casecheck";
	for (size_t i = 0; i < sizeof NOT_WAIVABLE_AREAS / sizeof *NOT_WAIVABLE_AREAS; i++)
		if (!strcmp(NOT_WAIVABLE_AREAS[i], rule->area))
			return "findings of its area (schema, integrity, history, audit, config, waiver) cannot be waived";
	if (purpose && !cc_purpose_waivable(*purpose))
		return "nothing can be waived under this purpose";
	return NULL;
}

/* Why the waiver w (valid against its schema) does not count, or NULL. */
static char *why_not(cc_audit_case *ac, const cJSON *w)
{
	const cc_audit_ctx *run = ac->run;
	const char *rule = cc_jstr(w, "rule"), *nw = cc_waiver_not_waivable(rule, &run->purpose);
	cc_date expires = 0;
	if (nw)
		return cc_xasprintf("rule %s cannot be waived: %s", rule, nw);
	cc_signer_query q = {run->staff, run->staff_state, ac->c->case_doc.json, ac->c->transfer.json, NULL,
	                     cc_jstr(w, "by"), 0, 0};
	cc_jdate(w, "date", &q.on);
	char *why = cc_waiver_problem(&q);
	if (why)
		return why;
	bool counts = false;
	cc_sig_state st = cc_trust_check_waiver(run->trust, ac->c->id, w, &counts, &why);
	if (!counts) {
		char *msg = cc_xasprintf("signature %s: %s", cc_sig_state_name(st), why ? why : "");
		free(why);
		return msg;
	}
	free(why);
	if (cc_jdate(w, "expires", &expires) == 0 && expires < run->as_of)
		return cc_xasprintf("it expired on %s: the finding it names blocks again", cc_jstr(w, "expires"));
	return NULL;
}

/* What reports show of the waiver d (cc_finding_waiver). */
static cc_finding_waiver *waiver_of(const cc_doc *d, cc_severity severity)
{
	const cJSON *w = d->json;
	const char *code = cc_jstr(w, "reason_code");
	cc_finding_waiver *fw = cc_xcalloc(1, sizeof *fw);
	fw->path = cc_xstrdup(d->path);
	fw->by = cc_xstrdup(cc_jstr(w, "by"));
	fw->date = cc_xstrdup(cc_jstr(w, "date"));
	fw->expires = cc_xstrdup(cc_jstr(w, "expires"));
	fw->reason_code = code ? cc_xstrdup(code) : NULL;
	fw->reason = cc_xstrdup(cc_jstr(w, "reason"));
	fw->severity = severity;
	return fw;
}

/* Marks each finding the waiver d names as waived; how many. */
static size_t apply(cc_audit_case *ac, const cc_doc *d)
{
	const cJSON *w = d->json;
	const char *rule = cc_jstr(w, "rule"), *path = cc_jstr(w, "path"), *ptr = cc_jstr(w, "pointer");
	size_t n = 0;
	for (size_t i = 0; i < ac->findings.count; i++) {
		cc_finding *f = &ac->findings.items[i];
		if (f->waived || strcmp(f->rule, rule) || strcmp(f->path, path) || strcmp(f->pointer, ptr))
			continue;
		f->waived = waiver_of(d, f->severity);
		f->severity = CC_SEVERITY_NOTE;
		n++;
	}
	return n;
}

void cc_audit_waivers(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	for (size_t i = 0; i < c->n_waivers; i++) {
		const cc_doc *d = &c->waivers[i];
		if (!d->json)
			continue; /* not valid: its schema finding says so */
		char *why = why_not(ac, d->json);
		if (why) {
			cc_audit_add(ac, IN_FORCE, d->path, "", "the waiver does not count: %s", why);
			free(why);
		} else if (!cc_audit_rule_on(ac->run, cc_jstr(d->json, "rule"))) {
			continue; /* its rule does not run in this audit (purpose, profile): nothing to match */
		} else if (apply(ac, d) == 0) {
			cc_audit_add(ac, MATCHES, d->path, "",
			             "the waiver matches no finding (%s at %s %s): the finding was fixed or has moved; "
			             "remove the waiver",
			             cc_jstr(d->json, "rule"), cc_jstr(d->json, "path"),
			             *cc_jstr(d->json, "pointer") ? cc_jstr(d->json, "pointer") : "(the whole file)");
		}
	}
}
