/* casecheck/policy.h: a repository's policy, read in one place.
 *
 * The policy is casecheck.json (profile, cases_dir, parameters,
 * bank_holidays, min_casecheck_version) and every file it points at: the
 * bank-holiday calendar in force, and staff.json beside it. The audit, the
 * pre-commit hook, `casecheck signoff` and the --output guard all read it
 * through cc_policy_load(), so they never disagree about which files are
 * policy or where the cases are.
 *
 * A policy that cannot be read is an error, never a silent default:
 * casecheck.json or staff.json committed as a symbolic link, folder or
 * submodule, a casecheck.json that is not valid, a bank_holidays file that
 * is missing or not a calendar, or a min_casecheck_version newer than this
 * casecheck. Only an absent casecheck.json (or calendar at the default
 * path) means the defaults. */
#ifndef CASECHECK_POLICY_H
#define CASECHECK_POLICY_H

#include "casecheck/common.h"

#include <stdbool.h>

#include "casecheck/date.h"
#include "casecheck/source.h"

#define CC_POLICY_CONFIG "casecheck.json"
#define CC_POLICY_STAFF "staff.json"
#define CC_POLICY_CALENDAR_DEFAULT "calendar/bank-holidays.json"

typedef struct cc_policy {
	bool present;             /* casecheck.json is in the source */
	char *profile;            /* casecheck.json's profile, or NULL */
	char *cases_dir;          /* "cases" unless cases_dir is set; no trailing '/' */
	bool cases_dir_configured;
	char *calendar_path;      /* the bank-holiday file: bank_holidays, or the default path */
	bool calendar_configured; /* set by bank_holidays (then it must exist) */
	cc_calendar *calendar;    /* the repository's calendar, or NULL for the built-in one */
	char *min_version;        /* min_casecheck_version, or NULL */
	long *params;             /* every named parameter (spec §5), defaults filled in */
} cc_policy;

#define CC_POLICY_INIT { false, NULL, NULL, false, NULL, false, NULL, NULL, NULL }

/* Reads the policy of src. Returns 0, or CC_ERROR with *errmsg (caller
 * frees) naming the file and what is wrong; *out is then cleared. Call
 * cc_policy_clear() after success. */
CC_EXTERN int cc_policy_load(cc_policy *out, cc_source *src, char **errmsg);

/* Whether path (repository-relative) is one of the policy's files:
 * casecheck.json, staff.json or the calendar in force. Cannot fail. */
CC_EXTERN bool cc_policy_has_file(const cc_policy *p, const char *path);

/* Whether path is the cases folder or lies under it. Cannot fail. */
CC_EXTERN bool cc_policy_in_cases_dir(const cc_policy *p, const char *path);

/* Whether version ("X.Y.Z") is at least min ("X.Y.Z"); a string that is
 * not X.Y.Z compares as 0.0.0. Cannot fail. */
CC_EXTERN bool cc_policy_version_at_least(const char *version, const char *min);

CC_EXTERN void cc_policy_clear(cc_policy *p);

#endif
