/* casecheck/casecheck.h: all of libcasecheck's API in one include.
 *
 * Programs include this (or the one module header they need) and link
 * with `pkg-config --cflags --libs casecheck`. docs/api.md says what is
 * API, who owns what, and what may change between 0.x releases. */
#ifndef CASECHECK_CASECHECK_H
#define CASECHECK_CASECHECK_H

#include "casecheck/common.h"
#include "casecheck/version.h"
#include "casecheck/error.h"
#include "casecheck/date.h"
#include "casecheck/identifiers.h"
#include "casecheck/finding.h"
#include "casecheck/source.h"
#include "casecheck/schema.h"
#include "casecheck/doctype.h"
#include "casecheck/trust.h"
#include "casecheck/policy.h"
#include "casecheck/audit.h"
#include "casecheck/params.h"
#include "casecheck/rules.h"
#include "casecheck/significance.h"
#include "casecheck/report.h"
#include "casecheck/chronology.h"
#include "casecheck/placeholder.h"
#include "casecheck/workflow.h"

#endif
