/* audit_stub: stand-ins for the cc_audit functions the report formats
 * call, used only while lib cc_audit cannot be linked into these tests
 * (see CMakeLists.txt). A three-rule catalogue is enough: the tests read
 * rule metadata back through cc_rules_find(), whatever implements it. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/audit.h"
#include "casecheck/rules.h"

void cc_case_result_free(cc_case_result *r)
{
	if (!r)
		return;
	free(r->case_id);
	free(r->path);
	cc_findings_clear(&r->findings);
	free(r->team);
	free(r->worker);
	free(r->service);
	for (size_t i = 0; i < r->n_stale_commits; i++)
		free(r->stale_commits[i]);
	free(r->stale_commits);
	for (size_t i = 0; i < r->timeline.n_entries; i++) {
		free(r->timeline.entries[i].category);
		free(r->timeline.entries[i].pointer);
	}
	free(r->timeline.entries);
	for (size_t i = 0; i < r->timeline.n_marks; i++)
		free(r->timeline.marks[i].kind);
	free(r->timeline.marks);
	free(r);
}

static const char *const purposes[] = { "check", "signoff", "transfer", "receive" };

const char *cc_purpose_name(cc_purpose p)
{
	return (unsigned)p < 4 ? purposes[p] : "?";
}

#define ALL 0xFu
#define SIGNOFF_UP (CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF) | CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | \
                    CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE))

static const cc_rule_info rules[] = {
	{ "schema.valid", "schema", "every document is valid against its JSON Schema",
	  "Correct the value at the pointer shown.", CC_SEVERITY_ERROR, ALL, CC_PROFILE_CORE,
	  "\xE2\x80\x94", "\xE2\x80\x94", NULL },
	{ "chronology.up-to-date", "chronology", "the chronology is up to date",
	  "Add the missing chronology entries.", CC_SEVERITY_ERROR, SIGNOFF_UP, CC_PROFILE_CORE,
	  "004 \xC2\xA7" "2", "seeds/004_30e24df8ee2621c8.txt \xC2\xA7" "2", "chronology_max_age_days" },
	{ "documents.unlisted", "documents", "files under documents/ are listed in case.json",
	  "List the file in case.json documents[] or remove it.", CC_SEVERITY_WARNING, ALL,
	  CC_PROFILE_CORE, "\xE2\x80\x94", "\xE2\x80\x94", NULL },
	{ "allocation.record-read", "allocation", "record read within 5 working days of allocation",
	  "Add a record-read note.", CC_SEVERITY_ERROR, SIGNOFF_UP, CC_PROFILE_DERBYSHIRE,
	  "003 \xC2\xA7" "2", "seeds/003_4b2b66c110a25fa2.txt \xC2\xA7" "2", NULL },
};

size_t cc_rules_count(void)
{
	return sizeof(rules) / sizeof(rules[0]);
}

const cc_rule_info *cc_rules_at(size_t i)
{
	return i < cc_rules_count() ? &rules[i] : NULL;
}

const cc_rule_info *cc_rules_find(const char *id)
{
	for (size_t i = 0; id && i < cc_rules_count(); i++)
		if (strcmp(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

long cc_profile_parse(const char *name)
{
	static const char *const names[] = { "core", "derbyshire", "stockport", "teams-services", "devon" };
	if (name && strcmp(name, "all") == 0)
		return 0;
	for (size_t i = 0; name && i < 5; i++)
		if (strcmp(names[i], name) == 0)
			return 1L << i;
	return -1;
}

bool cc_rule_in_profile(const cc_rule_info *rule, const char *profile)
{
	long bits = cc_profile_parse(profile);
	if (bits == 0)
		return true;
	if (bits < 0)
		return false;
	return (rule->profiles & CC_PROFILE_CORE) || (rule->profiles & (unsigned)bits);
}
