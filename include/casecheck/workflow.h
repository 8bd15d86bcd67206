/* casecheck/workflow.h: what the casecheck commands that change a case
 * repository do, as library calls: start a repository and write records
 * from templates (init, new), sign off, record a lawful removal, waive a
 * finding, say what changed since a sign-off, install the hooks and judge
 * a change as they do (the index, or every commit of a range), and open a
 * report file where it is safe to write one. Each returns 0 or a negative
 * code with a message in *errmsg (caller frees) unless it says otherwise. */
#ifndef CASECHECK_WORKFLOW_H
#define CASECHECK_WORKFLOW_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "casecheck/audit.h"
#include "casecheck/date.h"
#include "casecheck/placeholder.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"

/* ---- template ---- */
/* Records started from templates, so nobody hand-writes JSON
 * (`casecheck new case|note|entry|assessment`, `casecheck init`).
 *
 * Every document written is valid against its schema (checked before it is
 * written), has every required field, is dated today and authored by the
 * staff id given; a note starts as a draft. Only free-text fields hold a
 * placeholder, which begins with CC_PLACEHOLDER_MARK, and the audit refuses
 * to let a note be finalised with one left in it (notes.placeholder).
 * Writes go only inside the work tree, never through a symbolic link,
 * never into .git, never over an existing file; a
 * chronology entry is added to chronology.json without changing one byte
 * of the entries already there. */
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

/* Every field NULL, false or 0: set the ones the call needs. */
#define CC_NEW_OPTIONS_INIT { 0 }

/* Writes the new record(s) of kind for case_id. Returns 0 with *written (caller
 * frees) listing the repository-relative files written, one a line, or
 * CC_ERROR with *errmsg (an unknown case, type or staff id, a record already
 * there, a refused write). Nothing is written on failure. */
CC_EXTERN int cc_new_record(char **written, cc_new_kind kind, const char *case_id, const cc_new_options *o,
                            char **errmsg);

/* casecheck init: makes dir (created when missing) a case repository: git
 * init when it is not one, casecheck.json (profile, cases_dir "cases",
 * min_casecheck_version this version), a staff.json skeleton and a short
 * guide for workers (CASE-RECORDS.md). Refuses when any of these files
 * exists. Returns 0 with *written as above, or CC_ERROR with *errmsg.
 * The hooks are installed by the caller (cc_hook_install). */
CC_EXTERN int cc_init_repository(char **written, const char *dir, const char *profile, char **errmsg);

/* ---- signoff ---- */
/* Record a manager's quality-audit sign-off on exactly the
 * content of a case folder (spec §3 "signoffs", §4, §6).
 *
 * The audit of the sign-off's purpose is run on the index (what is staged
 * is what is signed) with the sign-off rule it is about to satisfy left
 * out; nothing is written unless that audit says the case is ready and the
 * signer is a manager in staff.json who has not left. The sign-off's
 * content is the git tree id of the case folder in the index with
 * signoffs/ left out, computed without writing any object. */
typedef struct cc_signoff_options {
	const char *repo_dir; /* NULL: found from the current directory and GIT_DIR as git does */
	const char *case_id;
	const char *role;     /* "transferring-manager" | "receiving-manager" */
	const char *by;       /* staff id */
	const char *purpose;  /* "transfer" (default) | "signoff" (transferring manager only) */
	cc_date as_of;        /* the audit's "today" and the sign-off's date */
	const char *comment;  /* or NULL */
	bool commit;          /* commit the sign-off file alone on top of HEAD */
	const char *key;      /* the signing key (ssh-keygen -f); NULL: git's user.signingKey
	                       * when gpg.format is ssh, else the sign-off is not signed */
	const cc_trust *trust;/* the auditor's allowed signers, or NULL; when it has a file,
	                       * an unsigned sign-off or one that does not verify is refused */
} cc_signoff_options;

/* Every field NULL, false or 0: set the ones the call needs. */
#define CC_SIGNOFF_OPTIONS_INIT { 0 }

typedef enum cc_signoff_outcome {
	CC_SIGNOFF_WRITTEN = 0,   /* the file was written (and committed with commit) */
	CC_SIGNOFF_NOT_READY,     /* the audit found blocking problems: nothing written */
	CC_SIGNOFF_REFUSED        /* the signer may not sign, or (commit) other changes are staged: see message */
} cc_signoff_outcome;

typedef struct cc_signoff_result {
	cc_signoff_outcome outcome;
	char *message;   /* REFUSED: why, for people (no personal data); else NULL */
	char *path;      /* WRITTEN: repository-relative path of the sign-off file */
	char content[41];/* WRITTEN: the tree id signed */
	char commit[41]; /* WRITTEN with commit: the new commit; else "" */
	bool warnings;   /* WRITTEN: result "ready-with-warnings" */
	bool signed_off; /* WRITTEN: the sign-off carries a signature */
} cc_signoff_result;

/* Runs the audit (its results go to sink, which may be NULL), checks the
 * signer, and writes <cases_dir>/<ID>/signoffs/<date>-<role>.json (with
 * -2, -3... when that name is taken: a sign-off file is never
 * overwritten). Returns 0 with *result filled (free with
 * cc_signoff_result_clear), or a negative code with *errmsg for usage and
 * environment errors (bad options, no repository, unknown case, write
 * failure). */
CC_EXTERN int cc_signoff_run(cc_signoff_result *result, const cc_signoff_options *opts, const cc_audit_sink *sink,
                   char **errmsg);
CC_EXTERN void cc_signoff_result_clear(cc_signoff_result *result);

/* ---- removal ---- */
/* `casecheck removal` as a library call: write a removal record
 * (removals/<date>-<case id>.json, schema removal.json, docs/format.md
 * §12a), signed by the manager's own key, that makes a deletion lawful.
 *
 * Nothing is written unless the record would be in force as the hooks,
 * `audit --commits` and `--history` judge it (cc_removal_problem: valid,
 * by a manager in post in staff.json as staged, and, with allowed
 * signers configured, signed with a key listed for its "by"). The record
 * does not delete anything: the worker removes the files (git rm) and
 * commits both. */
typedef struct cc_removal_options {
	const char *repo_dir;            /* NULL: found as git finds it */
	const char *case_id;
	const char *reason;              /* "misfiled" | "retention" | "rename" */
	const char *moved_to;            /* with rename: the new case id; or NULL */
	const char *by;                  /* the manager's staff id */
	cc_date on;                      /* the record's date */
	const char *const *files;        /* paths inside the case folder */
	size_t n_files;
	const char *const *entries;      /* chronology entry ids */
	size_t n_entries;
	bool case_folder;                /* the whole case folder */
	const char *key;                 /* as for a sign-off: NULL: git's user.signingKey
	                                  * when gpg.format is ssh, else unsigned */
	const cc_trust *trust;           /* the auditor's allowed signers, or NULL */
} cc_removal_options;

/* Every field NULL, false or 0: set the ones the call needs. */
#define CC_REMOVAL_OPTIONS_INIT { 0 }

typedef struct cc_removal_result {
	bool written;
	bool signed_record; /* written with a signature */
	char *path;         /* written: repository-relative path; owned */
	char *message;      /* refused: why (no personal data); owned */
} cc_removal_result;

/* Writes the record, never over an existing file (-2, -3... when the name
 * is taken). Returns 0 with *res filled (written, or refused with its
 * message), or CC_ERROR with *errmsg for usage and environment errors.
 * Clear res with cc_removal_result_clear. */
CC_EXTERN int cc_removal_write(cc_removal_result *res, const cc_removal_options *o, char **errmsg);
CC_EXTERN void cc_removal_result_clear(cc_removal_result *res);

/* ---- waive ---- */
/* `casecheck waive` as a library call: a manager's waiver of one
 * finding (docs/format.md §12b), written into the case's waivers/ folder
 * as a new file and signed like a sign-off (ssh-keygen -Y sign, namespace
 * casecheck-waiver). Who may waive is cc_waiver_problem (signer.c), what
 * may be waived the audit's one table (audit/waivers.h). */
typedef struct cc_waive_options {
	const char *repo_dir; /* NULL: found as git does */
	const char *case_id, *rule, *path, *pointer, *by, *reason;
	const char *reason_code; /* one of cc_waive_reason_codes, or NULL: none (the reason is in the file) */
	cc_date as_of;        /* the waiver's date */
	cc_date expires;      /* the last day it counts */
	const char *key;      /* the signing key; NULL: git's user.signingKey (gpg.format ssh), else unsigned */
	const cc_trust *trust;/* the auditor's allowed signers, or NULL: with a file, the waiver must verify */
} cc_waive_options;

/* Every field NULL, false or 0: set the ones the call needs. */
#define CC_WAIVE_OPTIONS_INIT { 0 }

typedef struct cc_waive_result {
	char *path;      /* written: repository-relative; NULL when refused */
	char *refused;   /* why not written (the signer, the rule, the signature); NULL when written */
	bool signed_off; /* written with a signature */
} cc_waive_result;

/* The reason codes a waiver may give (schemas/waiver.json reason_code,
 * docs/format.md §12b): code and meaning, ending with {NULL, NULL}.
 * Reports show the code; the free-text reason stays in the file. */
typedef struct cc_waive_reason_code {
	const char *code, *meaning;
} cc_waive_reason_code;
CC_EXTERN extern const cc_waive_reason_code cc_waive_reason_codes[];

/* Writes the waiver (never over an existing file). Returns 0 with *res
 * filled (written or refused; free with cc_waive_result_clear), or
 * CC_ERROR with *errmsg for usage and environment errors. */
CC_EXTERN int cc_waive_run(cc_waive_result *res, const cc_waive_options *o, char **errmsg);
CC_EXTERN void cc_waive_result_clear(cc_waive_result *res);

/* ---- changes ---- */
/* What changed in a case since each sign-off that matters
 * (`casecheck changes --case ID`).
 *
 * For each sign-off the purpose looks at (as the audit's sign-off chain
 * lists them), the first commit whose case folder (signoffs/ left out)
 * equals the content signed is found on the first-parent history of the
 * commit read; then come the commits since that changed the case (ids and
 * dates; messages and authors only with show_values: they can name
 * people), the files changed since (added, modified, deleted), and the
 * findings the case has now that it did not have then. Both audits run at
 * the same as-of date, so time passing alone never makes a finding new. */
typedef struct cc_changes_options {
	const char *repo_dir;        /* NULL: the current folder's repository */
	const char *rev;             /* the commit read (NULL: HEAD) */
	const char *case_id;
	cc_purpose purpose;          /* which sign-offs matter (transfer: the transferring manager's) */
	cc_date as_of;               /* both audits' as-of (today) */
	const char *allowed_signers; /* as audit --allowed-signers, or NULL */
	bool show_values;            /* commit messages and authors */
} cc_changes_options;

/* Every field NULL, false or 0: set the ones the call needs. */
#define CC_CHANGES_OPTIONS_INIT { 0 }

/* Writes the report for people to out. Returns 0 when it ran, or CC_ERROR
 * with *errmsg (no repository or commit, an unknown case, an audit that
 * could not run). */
CC_EXTERN int cc_changes_report(FILE *out, const cc_changes_options *o, char **errmsg);

/* ---- hook_install ---- */
/* Write the casecheck pre-commit hook into a repository. */
/* cc_hook_install's code for "a different hook is there" (not --force). */
#define CC_EEXISTS_HOOK (-20)

typedef enum cc_hook_state {
	CC_HOOK_CREATED = 1, /* there was no pre-commit hook */
	CC_HOOK_UNCHANGED,   /* the same hook was already installed: nothing written */
	CC_HOOK_UPDATED,     /* a casecheck hook (another casecheck path) was rewritten */
	CC_HOOK_REPLACED     /* somebody else's hook was replaced (--force) */
} cc_hook_state;

typedef struct cc_hook_install_result {
	cc_hook_state state;       /* of the pre-commit hook */
	char *path;                /* the pre-commit hook file; owned: free() it */
	cc_hook_state merge_state; /* of the pre-merge-commit hook */
	char *merge_path;          /* the pre-merge-commit hook file; owned: free() it */
} cc_hook_install_result;

/* The hook script that runs `<casecheck_path> hook run`. Caller frees.
 * Cannot fail. */
CC_EXTERN char *cc_hook_script(const char *casecheck_path);

/* Whether a hook's text is exactly one casecheck installed (the script
 * cc_hook_script writes, for any casecheck path); a hook that only holds
 * the marker line is not. */
CC_EXTERN bool cc_hook_is_casecheck(const char *text);

/* Writes the pre-commit and pre-merge-commit hooks of the repository at repo_dir (the top of a
 * working tree or a .git folder; NULL: found from the current directory
 * and GIT_DIR as git does), honouring core.hooksPath. Refuses
 * (CC_EEXISTS_HOOK, with a message that shows how to chain) to replace an
 * existing hook casecheck did not write unless force; an identical hook
 * is left as it is. Returns 0 (result filled; free result->path and
 * result->merge_path) or a
 * negative code with *errmsg (caller frees). */
CC_EXTERN int cc_hook_install(cc_hook_install_result *result, const char *repo_dir, const char *casecheck_path,
                    bool force, char **errmsg);

/* ---- outfile ---- */
/* The one check for a file a command is asked to write
 * (--output of `casecheck audit`, and any later command's --output).
 *
 * A report may go anywhere the user can write except where casecheck must
 * never write: inside a git directory (.git/HEAD, .git/index, ...), over
 * a file of the repository (tracked in the index, or in the revision
 * audited), under the cases folder, over a policy file (casecheck.json,
 * staff.json, the calendar), or through a symbolic link. A new report file
 * elsewhere in the work tree (the README's `--output report.html`) and any
 * path outside the repository stay allowed. */
/* Checks path against src (its repository, work tree and policy; src may
 * be a plain folder) and opens it for writing, created or truncated,
 * without following a symbolic link. Returns 0 with *out (caller fcloses),
 * or -1 with *errmsg (caller frees) saying why it was refused; nothing is
 * created or truncated then. */
CC_EXTERN int cc_outfile_open(FILE **out, const char *path, cc_source *src, char **errmsg);

/* ---- judging a change ---- */
/* One change judged as the hooks judge it, printed as text: the records
 * it changes unlawfully, stray entries in the cases folder, the sign-offs
 * a staged change adds that would not count (with allowed signers
 * configured), and the check audit of the cases it touches (all of them
 * when casecheck.json, staff.json or the calendar changed). src is an
 * INDEX source (the staged change) or a REV source (the commit against
 * its parents); problems go to out (colour when color). With trust
 * holding allowed signers, each sign-off file the change adds (against
 * HEAD; a commit: against its first parent) must count for a permitted
 * signer, and a removal record counts only when its signature verifies;
 * trust may be NULL. *blocked: something refuses it. */
CC_EXTERN int cc_judge_change(bool *blocked, cc_source *src, const cc_trust *trust, FILE *out, bool color,
                              char **errmsg);

/* `casecheck audit --commits OLD..NEW`: every commit reachable from NEW
 * and not from OLD (OLD all zeros: not from any ref, as for a branch being
 * created in a pre-receive hook; NEW all zeros: a deletion, nothing to
 * judge), oldest first, each judged against every parent as
 * cc_judge_change does. The repository is repo_dir, or found as git finds
 * it (GIT_DIR, and in a pre-receive hook git's quarantine through
 * GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES). The allowed
 * signers are allowed (NULL: git config casecheck.allowedSignersFile or
 * gpg.ssh.allowedSignersFile, as cc_trust_load reads them). Prints each
 * refused commit's problems and a summary line to out; *refused counts
 * the refused commits. */
CC_EXTERN int cc_audit_commits(size_t *refused, const char *range, const char *repo_dir, const char *allowed,
                               FILE *out, bool color, char **errmsg);

#endif
