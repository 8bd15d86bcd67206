/* findings_add.c: adding findings under a rule id, honouring which rules
 * are on for the run. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static int rule_index(const char *id)
{
	size_t n = cc_rules_count();
	for (size_t i = 0; i < n; i++)
		if (!strcmp(cc_rules_at(i)->id, id))
			return (int)i;
	return -1;
}

bool cc_audit_rule_on(const cc_audit_ctx *run, const char *rule_id)
{
	int i = rule_index(rule_id);
	return i >= 0 && run->enabled && run->enabled[i];
}

static cc_finding *vadd(const cc_audit_ctx *run, cc_findings *list, const char *rule_id, int sev,
                        const char *path, const char *pointer, const char *fmt, va_list ap)
{
	int i = rule_index(rule_id);
	if (i < 0 || !run->enabled || !run->enabled[i])
		return NULL;
	const cc_rule_info *rule = cc_rules_at((size_t)i);
	cc_strbuf msg = CC_STRBUF_INIT;
	cc_strbuf_vprintf(&msg, fmt, ap);
	cc_finding *f = cc_findings_add(list, rule->id, sev < 0 ? rule->severity : (cc_severity)sev,
	                                path, pointer, "%s", cc_strbuf_cstr(&msg));
	cc_strbuf_free(&msg);
	return f;
}

cc_finding *cc_audit_add(cc_audit_case *ac, const char *rule_id, const char *path,
                         const char *pointer, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cc_finding *f = vadd(ac->run, &ac->findings, rule_id, -1, path, pointer, fmt, ap);
	va_end(ap);
	return f;
}

cc_finding *cc_audit_add_sev(cc_audit_case *ac, const char *rule_id, cc_severity sev,
                             const char *path, const char *pointer, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cc_finding *f = vadd(ac->run, &ac->findings, rule_id, (int)sev, path, pointer, fmt, ap);
	va_end(ap);
	return f;
}

cc_finding *cc_audit_add_to(const cc_audit_ctx *run, cc_findings *list, const char *rule_id,
                            const char *path, const char *pointer, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cc_finding *f = vadd(run, list, rule_id, -1, path, pointer, fmt, ap);
	va_end(ap);
	return f;
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
