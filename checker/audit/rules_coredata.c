/* rules_coredata.c: the child's details and the involvements' contact
 * details are complete (seed 003 §2, 004 §1). */
#include <stdlib.h>
#include <string.h>

#include "casecheck/identifiers.h"
#include "casemodel.h"
#include "checks.h"
#include "jget.h"

static void missing(cc_audit_case *ac, int child, const char *field, const char *why)
{
	char *p = cc_ptr("/children/%d/%s", child, field);
	cc_audit_add(ac, "core.child-details", ac->c->case_doc.path, p, "%s", why);
	free(p);
}

void cc_check_child_details(cc_audit_case *ac)
{
	static const char *const fields[] = {"sex", "ethnicity", "religion", "first_language", "communication_needs"};
	const cJSON *ch;
	int i = 0;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		bool unborn = !cc_jget(ch, "date_of_birth") && cc_jget(ch, "expected_on");
		for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
			if (!cc_jstr_given(ch, fields[f]) && !(unborn && strcmp(fields[f], "sex")))
				missing(ac, i, fields[f], "not recorded");
		const char *eth = cc_jstr(ch, "ethnicity");
		if (eth && !strcmp(eth, "NOBT") && !unborn)
			missing(ac, i, "ethnicity", "ethnicity not obtained (NOBT): ask the family, or record REFU if they decline");
		if (cJSON_GetArraySize(cc_jarr(ch, "disabilities")) == 0 && !unborn)
			missing(ac, i, "disabilities", "not recorded ([\"NONE\"] when the child has none)");
		i++;
	}
}

static void identifier(cc_audit_case *ac, const cJSON *ch, int i, const char *key, const char *what,
                       bool (*valid)(const char *, size_t))
{
	const char *v = cc_jstr(ch, key);
	if (!v || valid(v, strlen(v)))
		return;
	char *p = cc_ptr("/children/%d/%s", i, key);
	cc_finding *f = cc_audit_add(ac, "core.identifiers", ac->c->case_doc.path, p, "the %s fails its check", what);
	if (f)
		cc_finding_set_value(f, v, strlen(v));
	free(p);
}

void cc_check_identifiers(cc_audit_case *ac)
{
	const cJSON *ch;
	int i = 0;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		identifier(ac, ch, i, "upn", "UPN check letter", cc_upn_valid);
		identifier(ac, ch, i, "nhs_number", "NHS number check digit", cc_nhs_number_valid);
		i++;
	}
}

/* A channel recorded with a value: "none" (core.involvement-channels'
 * explicit answer) is not a way to reach anyone. */
static bool channel(const cJSON *inv, const char *key)
{
	const char *v = cc_jstr(inv, key);
	return cc_jstr_given(inv, key) && strcmp(v, "none");
}

void cc_check_involvement_contacts(cc_audit_case *ac)
{
	const cJSON *inv;
	int i = 0;
	const char *path = ac->c->case_doc.path;
	cJSON_ArrayForEach(inv, cc_jarr(ac->c->case_doc.json, "involvements")) {
		char *p = NULL;
		if (!channel(inv, "phone")) {
			p = cc_ptr("/involvements/%d/phone", i);
			cc_audit_add(ac, "core.involvement-contacts", path, p, "no phone number");
			free(p);
		}
		const char *pc = cc_jstr(inv, "postcode");
		bool address = channel(inv, "address") && pc && cc_postcode_valid(pc, strlen(pc));
		if (!address && !channel(inv, "email")) {
			p = cc_ptr("/involvements/%d", i);
			cc_audit_add(ac, "core.involvement-contacts", path, p,
			             "neither an address with a valid postcode nor an e-mail address");
			free(p);
		}
		i++;
	}
}
