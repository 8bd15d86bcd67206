/* version.c: cc_version() (casecheck/version.h). */
#include "casecheck/version.h"

const char *cc_version(void)
{
	return CC_VERSION;
}
