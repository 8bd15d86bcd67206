/* findings_add.c: adding findings under a rule id, honouring which rules
 * are on for the run, with the severity the rule's row gives. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* A rule id or variant the table does not have is a mistake in the code
 * that adds it: it stops the program rather than drop a finding (a lost
 * error would make a case READY). The tests reach every such call. */
static void unknown(const char *what, const char *rule_id, const char *variant)
{
	fprintf(stderr, "casecheck: internal error: %s '%s%s%s' is not in the rule table (checker/audit/catalogue.c)\n",
	        what, rule_id, variant ? "/" : "", variant ? variant : "");
	abort();
}

static size_t rule_index(const char *id)
{
	size_t n = cc_rules_count();
	for (size_t i = 0; i < n; i++)
		if (!strcmp(cc_rules_at(i)->id, id))
			return i;
	unknown("rule id", id, NULL);
	return n;
}

bool cc_audit_rule_on(const cc_audit_ctx *run, const char *rule_id)
{
	size_t i = rule_index(rule_id);
	return run->enabled && run->enabled[i];
}

/* The index of rule_id and, in *sev, the severity its row gives findings
 * of variant in this run; stops the program on an id or variant the table
 * does not have (checked whether or not the rule is on). */
static size_t lookup(const cc_audit_ctx *run, const char *rule_id, const char *variant, cc_severity *sev)
{
	size_t i = rule_index(rule_id);
	int s = cc_rule_severity_in(cc_rules_at(i), variant, run->purpose, cc_profile_parse(run->profile));
	if (s < 0)
		unknown("finding variant", rule_id, variant);
	*sev = (cc_severity)s;
	return i;
}

static cc_finding *vadd(const cc_audit_ctx *run, cc_findings *list, const char *rule_id, const char *variant,
                        const char *path, const char *pointer, const char *fmt, va_list ap)
{
	cc_severity sev;
	size_t i = lookup(run, rule_id, variant, &sev);
	if (!run->enabled || !run->enabled[i])
		return NULL;
	cc_strbuf msg = CC_STRBUF_INIT;
	cc_strbuf_vprintf(&msg, fmt, ap);
	cc_finding *f = cc_findings_add(list, cc_rules_at(i)->id, sev, path, pointer, "%s", cc_strbuf_cstr(&msg));
	cc_strbuf_free(&msg);
	return f;
}

/* Whether a finding of rule_id on path is held back because the rule reads
 * a document of the case that is broken (skipped.c). */
static bool held(cc_audit_case *ac, const char *rule_id, const char *path)
{
	return ac->broken && cc_audit_skip_holds(ac, rule_index(rule_id), path);
}

cc_finding *cc_audit_add(cc_audit_case *ac, const char *rule_id, const char *path,
                         const char *pointer, const char *fmt, ...)
{
	va_list ap;
	if (held(ac, rule_id, path))
		return NULL;
	va_start(ap, fmt);
	cc_finding *f = vadd(ac->run, &ac->findings, rule_id, NULL, path, pointer, fmt, ap);
	va_end(ap);
	return f;
}

cc_finding *cc_audit_add_variant(cc_audit_case *ac, const char *rule_id, const char *variant,
                                 const char *path, const char *pointer, const char *fmt, ...)
{
	va_list ap;
	if (held(ac, rule_id, path))
		return NULL;
	va_start(ap, fmt);
	cc_finding *f = vadd(ac->run, &ac->findings, rule_id, variant, path, pointer, fmt, ap);
	va_end(ap);
	return f;
}

cc_finding *cc_audit_add_always(cc_audit_case *ac, const char *rule_id, const char *variant,
                                const char *path, const char *message)
{
	cc_severity sev;
	size_t i = lookup(ac->run, rule_id, variant, &sev);
	return cc_findings_add(&ac->findings, cc_rules_at(i)->id, sev, path, "", "%s", message);
}

cc_finding *cc_audit_add_to(const cc_audit_ctx *run, cc_findings *list, const char *rule_id,
                            const char *path, const char *pointer, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cc_finding *f = vadd(run, list, rule_id, NULL, path, pointer, fmt, ap);
	va_end(ap);
	return f;
}

int cc_audit_severity(const cc_audit_case *ac, const char *rule_id)
{
	return cc_rule_severity_in(cc_rules_at(rule_index(rule_id)), NULL, ac->run->purpose,
	                           cc_profile_parse(ac->run->profile));
}

long cc_audit_param(const cc_audit_case *ac, cc_param_id p)
{
	return ac->run->params[p];
}

void cc_audit_compute_enabled(cc_audit_ctx *run)
{
	size_t n = cc_rules_count();
	free(run->enabled);
	run->enabled = cc_xcalloc(n, sizeof *run->enabled);
	for (size_t i = 0; i < n; i++) {
		const cc_rule_info *r = cc_rules_at(i);
		bool on = (r->purposes & CC_PURPOSE_BIT(run->purpose)) && cc_rule_in_profile(r, run->profile);
		if (run->skip_rule && !strcmp(run->skip_rule, r->id))
			on = false;
		if (!strcmp(r->area, "history") && !run->history)
			on = false;
		run->enabled[i] = on;
	}
}
