/* field.h: how the trust module reads a string member (a sign-off's, a
 * waiver's or removal record's, staff.json's, a case's). */
#ifndef CC_TRUST_FIELD_H
#define CC_TRUST_FIELD_H

#include <cjson/cJSON.h>

/* The string member key of obj, or NULL when absent, not a string, or
 * holding a NUL byte (cJSON's C string would end there: a payload would
 * leave the rest unsigned, a comparison would see only the start), as
 * checker/audit/jget.h's cc_jstr reads it for the rules. */
const char *cc_trust_field(const cJSON *obj, const char *key);

#endif
