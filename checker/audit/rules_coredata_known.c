/* rules_coredata_known.c: core data that says something (003 §2: "ensure
 * that the child's details fields are complete ... and if not identify
 * what must be completed"; the receiving worker is told of communication
 * needs, religion, gender and sexual orientation). "Not known" is not a
 * detail; under derbyshire a young person's gender identity and sexual
 * orientation have an answer ("not recorded" is one), and every
 * professional involvement records each contact channel or "none". */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "involvements.h"
#include "jget.h"

/* Whether s says nothing: "Not known", "unknown", "N/K", "TBC", ...
 * (case, spaces and a final full stop ignored). */
static bool says_nothing(const char *s)
{
	static const char *const blank[] = {
		"not known", "unknown", "not yet known", "unknown at present", "not known at present", "nk", "n/k",
		"not recorded", "not-recorded", "not stated", "not asked", "not obtained", "tbc", "to be confirmed",
		"n/a", "na", "?", "-", NULL};
	char buf[32];
	size_t n = 0;
	while (*s && isspace((unsigned char)*s))
		s++;
	for (; *s && n < sizeof buf - 1; s++)
		buf[n++] = (char)tolower((unsigned char)*s);
	if (*s)
		return false; /* longer than any of them */
	while (n && (isspace((unsigned char)buf[n - 1]) || buf[n - 1] == '.'))
		n--;
	buf[n] = '\0';
	return cc_str_in(buf, blank);
}

/* Whether the child is unborn or younger than months at day. */
static bool infant(const cJSON *child, long months, cc_date day)
{
	cc_date born;
	if (cc_jdate(child, "date_of_birth", &born) < 0)
		return cc_jget(child, "expected_on") != NULL;
	return cc_date_add_months(born, (int)months) > day;
}

void cc_check_child_details_known(cc_audit_case *ac)
{
	static const char *const fields[] = {"religion", "first_language", "communication_needs"};
	const cJSON *ch;
	long months = cc_audit_param(ac, CC_PARAM_INFANT_MAX_AGE_MONTHS);
	int i = -1;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		i++;
		if (infant(ch, months, ac->run->as_of))
			continue;
		for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) {
			const char *v = cc_jstr(ch, fields[f]);
			if (!v || !says_nothing(v))
				continue;
			char *p = cc_ptr("/children/%d/%s", i, fields[f]);
			cc_audit_add(ac, "core.details-known", ac->c->case_doc.path, p,
			             "recorded as not known: ask the child and family and record the answer "
			             "(\"none\" or \"declined to say\" are answers)");
			free(p);
		}
	}
}

void cc_check_young_person_identity(cc_audit_case *ac)
{
	static const char *const fields[] = {"gender_identity", "sexual_orientation"};
	const cJSON *ch;
	long min_age = cc_audit_param(ac, CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS);
	int i = -1;
	cJSON_ArrayForEach(ch, cc_case_children(ac->c)) {
		cc_date born;
		i++;
		if (cc_jdate(ch, "date_of_birth", &born) < 0 || cc_date_years_between(born, ac->run->as_of) < min_age)
			continue;
		for (size_t f = 0; f < 2; f++) {
			if (cc_jstr_given(ch, fields[f]))
				continue;
			char *p = cc_ptr("/children/%d/%s", i, fields[f]);
			cc_audit_add(ac, "core.young-person-identity", ac->c->case_doc.path, p,
			             "no %s recorded for a young person of %ld or over: record what they tell you, or "
			             "\"not-recorded\" when they have not said (young_person_min_age_years)",
			             f ? "sexual orientation" : "gender identity", min_age);
			free(p);
		}
	}
}

void cc_check_involvement_channels(cc_audit_case *ac)
{
	static const char *const channels[] = {"phone", "email", "address"};
	const cJSON *inv;
	int i = -1;
	cJSON_ArrayForEach(inv, cc_jarr(ac->c->case_doc.json, "involvements")) {
		/* Professionals and agencies, carers' services among them; not a
		 * family member or the referrer (involvements.c's one list). */
		cc_who who = cc_involvement_who(cc_jstr(inv, "role"));
		i++;
		if (who == CC_WHO_FAMILY || who == CC_WHO_REFERRER)
			continue;
		for (size_t k = 0; k < 3; k++) {
			if (cc_jstr_given(inv, channels[k]))
				continue;
			char *p = cc_ptr("/involvements/%d/%s", i, channels[k]);
			cc_audit_add(ac, "core.involvement-channels", ac->c->case_doc.path, p,
			             "no %s recorded for this professional: record it, or \"none\" when they have none",
			             k == 0 ? "telephone number" : k == 1 ? "e-mail address" : "postal address");
			free(p);
		}
	}
}
