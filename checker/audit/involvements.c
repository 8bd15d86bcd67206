#include "involvements.h"

#include <string.h>

#include "jget.h"

static const struct {
	const char *role;
	cc_who who;
} ROLES[] = {
	{"gp", CC_WHO_PROFESSIONAL},      {"health-visitor", CC_WHO_PROFESSIONAL}, {"school", CC_WHO_PROFESSIONAL},
	{"iro", CC_WHO_PROFESSIONAL},     {"legal", CC_WHO_PROFESSIONAL},          {"police", CC_WHO_PROFESSIONAL},
	{"yot", CC_WHO_PROFESSIONAL},     {"contact-team", CC_WHO_PROFESSIONAL},   {"other", CC_WHO_PROFESSIONAL},
	{"fostering", CC_WHO_CARER},      {"residential", CC_WHO_CARER},           {"family-member", CC_WHO_FAMILY},
	{"referrer", CC_WHO_REFERRER},
};

cc_who cc_involvement_who(const char *role)
{
	for (size_t r = 0; role && r < sizeof ROLES / sizeof ROLES[0]; r++)
		if (!strcmp(ROLES[r].role, role))
			return ROLES[r].who;
	return CC_WHO_UNKNOWN;
}

bool cc_involvement_concerns(const cJSON *inv, const cJSON *children)
{
	const cJSON *kids = cc_jarr(inv, "children"), *k;
	if (!kids)
		return true;
	cJSON_ArrayForEach(k, kids)
		if (cc_jarr_has_str(children, cc_jtext(k)))
			return true;
	return false;
}
