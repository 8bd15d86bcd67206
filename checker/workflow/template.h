/* template: records started from templates, so nobody hand-writes JSON
 * (`casecheck new case|note|entry|assessment`, `casecheck init`).
 *
 * Every document written is valid against its schema (checked before it is
 * written), has every required field, is dated today and authored by the
 * staff id given; a note starts as a draft. Only free-text fields hold a
 * placeholder, which begins with CC_PLACEHOLDER_MARK, and the audit refuses
 * to let a note be finalised with one left in it (notes.placeholder).
 * Writes go only inside the work tree, never through a symbolic link
 * (util/safewrite.h), never into .git, never over an existing file; a
 * chronology entry is added to chronology.json without changing one byte
 * of the entries already there. */
#ifndef CC_WORKFLOW_TEMPLATE_H
#define CC_WORKFLOW_TEMPLATE_H

#include "casecheck/date.h"
#include "casecheck/placeholder.h"

typedef enum cc_new_kind { CC_NEW_CASE, CC_NEW_NOTE, CC_NEW_ENTRY, CC_NEW_ASSESSMENT } cc_new_kind;

typedef struct cc_new_options {
	const char *repo_dir;  /* the repository (NULL: the current folder's) */
	const char *author;    /* staff id, or NULL: git config casecheck.staffId */
	cc_date today;
	const char *type;      /* note type (required) or assessment type (default "single") */
	const char *category;  /* chronology entry category (default "other") */
	/* new case: who holds it; by default the author is the worker, and the
	 * team, its manager and its service come from staff.json */
	const char *team, *worker, *manager, *service, *child;
	const char *born, *expected; /* new case: the child's date of birth, or expected date of birth (one is needed) */
} cc_new_options;

/* Writes the new record(s) of kind for case_id. Returns 0 with *written (caller
 * frees) listing the repository-relative files written, one a line, or
 * CC_ERROR with *errmsg (an unknown case, type or staff id, a record already
 * there, a refused write). Nothing is written on failure. */
int cc_new_record(char **written, cc_new_kind kind, const char *case_id, const cc_new_options *o, char **errmsg);

/* casecheck init: makes dir (created when missing) a case repository: git
 * init when it is not one, casecheck.json (profile, cases_dir "cases",
 * min_casecheck_version this version), a staff.json skeleton and a short
 * guide for workers (CASE-RECORDS.md). Refuses when any of these files
 * exists. Returns 0 with *written as above, or CC_ERROR with *errmsg. The hooks are installed by the caller (hook_install.h). */
int cc_init_repository(char **written, const char *dir, const char *profile, char **errmsg);

#endif
