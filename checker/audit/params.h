/* params.h: what the engine alone needs of the parameters (the table and
 * its lookups are public: casecheck/params.h). */
#ifndef CC_AUDIT_PARAMS_H
#define CC_AUDIT_PARAMS_H

#include <stddef.h>

#include "casecheck/params.h"

/* The guard of max_cases: 0 when n cases are within limit (the value in
 * use), else -1 with *errmsg (owned by the caller) naming the parameter and
 * casecheck.json. A run is refused whole, never cut short. */
int cc_param_check_max_cases(long limit, size_t n, char **errmsg);

#endif
