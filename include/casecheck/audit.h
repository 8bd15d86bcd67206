/* casecheck/audit.h: audit case folders for a purpose and give each case a
 * verdict (spec §4-§5).
 *
 * cc_audit_run() reads the cases from a cc_source, applies the rules of the
 * purpose and profile, and hands each case's result to a sink in case-id
 * order, one case at a time, so memory does not grow with the caseload.
 * One broken case never stops the others. */
#ifndef CASECHECK_AUDIT_H
#define CASECHECK_AUDIT_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>

#include "casecheck/date.h"
#include "casecheck/finding.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"

typedef enum cc_purpose {
	CC_PURPOSE_CHECK = 0,
	CC_PURPOSE_SIGNOFF,
	CC_PURPOSE_TRANSFER,
	CC_PURPOSE_RECEIVE,
	CC_PURPOSE_COURT     /* signoff plus a chronology complete enough for court
	                      * proceedings; selected explicitly, never implied by
	                      * another purpose; nothing is signed off for it */
} cc_purpose;

#define CC_PURPOSE_LAST CC_PURPOSE_COURT

CC_EXTERN const char *cc_purpose_name(cc_purpose p); /* "check", ... */
CC_EXTERN int cc_purpose_parse(cc_purpose *out, const char *name); /* 0 or -1 */
/* Whether findings of an audit for purpose p may be waived: false for
 * court (what a court will read cannot be excused by a waiver), true
 * otherwise. The one answer for anything that waives findings. */
CC_EXTERN bool cc_purpose_waivable(cc_purpose p);
/* Whether p is the court purpose. */
CC_EXTERN bool cc_purpose_is_court(cc_purpose p);

/* Which cases' results reach the sink (the summary counts every case). */
typedef enum cc_audit_show {
	CC_AUDIT_SHOW_ALL = 0,
	CC_AUDIT_SHOW_READY,
	CC_AUDIT_SHOW_NOT_READY
} cc_audit_show;

typedef struct cc_audit_options {
	cc_purpose purpose;
	const char *profile;     /* NULL: casecheck.json's, else "core" */
	cc_date as_of;           /* "today" for every time-based rule */
	const char *const *cases;/* case ids to audit; NULL/0: every case */
	size_t n_cases;
	const char *team;        /* audit only the cases of this team (case.json team), or NULL */
	const char *worker;      /* ... allocated to this staff id (allocation.worker), or NULL */
	const char *service;     /* ... of this service (case.json service), or NULL; a
	                          * selection matching no case is an error (nothing audited) */
	bool history;            /* also walk the history (signoff+) */
	const char *skip_rule;   /* a rule id left out (casecheck signoff uses it), or NULL */
	int jobs;                /* worker threads; 0: number of cores (max 2 by default) */
	bool progress;           /* progress line on stderr */
	const cc_trust *trust;   /* the auditor's allowed signers (cc_trust_load), or NULL:
	                          * sign-offs are then not authenticated, and reports say so */
	bool timeline;           /* fill each result's chronology timeline (the
	                          * HTML view needs it; other formats do not, and
	                          * leaving it out saves an allocation per entry) */
	bool cases_dir_optional; /* a missing cases folder is no case rather than an
	                          * error (the hook: a repository being set up) */
	const struct cc_policy *policy; /* src's policy already read (cc_policy_load: the
	                          * hook and `casecheck signoff` read it first), borrowed
	                          * for the run; NULL: the audit reads it */
	cc_audit_show show;      /* the cases whose results the sink gets (--verdict) */
} cc_audit_options;

/* The check purpose, the repository's profile, every case, no history,
 * one job a core: set as_of (today) and what else the audit needs. */
#define CC_AUDIT_OPTIONS_INIT { 0 }

typedef enum cc_signoff_state {
	CC_SIGNOFF_NOT_REQUIRED = 0, /* the purpose does not look at sign-offs */
	CC_SIGNOFF_MISSING,
	CC_SIGNOFF_CURRENT,
	CC_SIGNOFF_STALE,            /* records changed after the manager signed */
	CC_SIGNOFF_UNVERIFIABLE      /* no git: tree ids cannot be computed */
} cc_signoff_state;

CC_EXTERN const char *cc_signoff_state_name(cc_signoff_state s);

/* Whether a sign-off was made on exactly the content audited. */
typedef enum cc_content_state {
	CC_CONTENT_CURRENT = 0,
	CC_CONTENT_STALE,          /* the case changed after it was signed */
	CC_CONTENT_UNKNOWN         /* cannot be compared (no git, tree id unreadable, or for
	                            * receive the signed content in no commit): not current */
} cc_content_state;

CC_EXTERN const char *cc_content_state_name(cc_content_state s); /* "current", "stale", "cannot-compare" */

/* One sign-off of a case that the purpose looks at, as reports show it:
 * ids and dates only (no comment). */
typedef struct cc_signoff_entry {
	char *path;               /* repository-relative file */
	char *role, *by, *date, *purpose; /* as written; owned */
	cc_content_state content;
	cc_sig_state signature;
	bool signer_ok;           /* a permitted signer (casecheck/signer.h) */
	bool counts;              /* a permitted signer, signature accepted, current content */
	char *problem;            /* why it does not count (signer or signature), or NULL; owned */
	char *content_note;       /* receive: why a transferring sign-off that differs from the
	                           * case is still current (only the receiving side's changes
	                           * since the transfer), or why not; else NULL; owned */
} cc_signoff_entry;

/* One chronology entry on a case's timeline (for the HTML view). */
typedef struct cc_timeline_entry {
	cc_partial_date date;
	char *category;   /* chronology category, e.g. "visit" */
	char *pointer;    /* "/entries/12" */
	bool out_of_order;/* earlier than the entry before it */
	bool future;      /* after as-of */
	bool historic;
} cc_timeline_entry;

typedef struct cc_timeline_mark {
	cc_date date;
	char *kind;       /* key date kind ("review", ...) or "allocation", "transfer" */
	bool past;        /* a key date before the as-of date (what the chronology must show) */
} cc_timeline_mark;

typedef struct cc_timeline {
	cc_timeline_entry *entries; size_t n_entries;
	cc_timeline_mark *marks; size_t n_marks; /* allocation date, transfer, key dates (past and ahead) */
	cc_date allocation_since;  /* 0 when unknown */
	int gap_days;              /* the chronology_gap_days threshold in force */
} cc_timeline;

typedef struct cc_case_result {
	char *case_id;
	char *path;              /* "cases/<id>" */
	bool ready;              /* no error findings */
	size_t n_errors, n_warnings;
	cc_findings findings;    /* sorted: errors first */
	char *team, *worker, *service; /* ids/codes from case.json, or NULL */
	char *team_name;         /* the team's name from staff.json teams[], or NULL */
	cc_signoff_state signoff;
	char **stale_commits;    /* for STALE: commit ids that changed the case since */
	size_t n_stale_commits;
	cc_signoff_entry *signoffs; /* the sign-offs the purpose looks at, oldest first */
	size_t n_signoffs;
	cc_timeline timeline;    /* empty unless cc_audit_options.timeline */
} cc_case_result;

CC_EXTERN void cc_case_result_free(cc_case_result *r); /* frees r itself too */

typedef struct cc_audit_meta {
	const char *tool_version;
	cc_purpose purpose;
	const char *profile;
	cc_date as_of;
	cc_source_kind source_kind;
	const char *rev;      /* the revision read as asked for (cc_source_rev: "HEAD" by
	                       * default), or NULL for the index and the work tree */
	const char *commit;   /* commit id read (or HEAD), or NULL */
	const char *root;     /* repository root */
	const cc_trust *trust;/* the options' trust (allowed signers), or NULL */
	bool history;         /* --history: the history was walked */
	const long *params;   /* the parameter values in force (indexed by cc_param_id, casecheck/params.h), or NULL */
} cc_audit_meta;

typedef struct cc_audit_summary {
	size_t cases, ready, not_ready;
	cc_findings repo_findings; /* findings about the repository itself (casecheck.json, staff.json, calendar) */
} cc_audit_summary;

/* Where results go. Every callback may be NULL. on_case takes ownership of
 * the result (free it with cc_case_result_free). */
typedef struct cc_audit_sink {
	void (*begin)(void *ctx, const cc_audit_meta *meta);
	void (*on_case)(void *ctx, cc_case_result *result);
	void (*end)(void *ctx, const cc_audit_summary *summary);
	void *ctx;
} cc_audit_sink;

/* Runs the audit. Returns 0 when it ran (whatever the verdicts; see
 * *summary), or a negative code with *errmsg for an environment error
 * (unreadable repository, a policy that cannot be read, unknown profile or
 * case, no cases folder unless cases_dir_optional: nothing audited is never
 * success).
 * summary may be NULL. */
CC_EXTERN int cc_audit_run(cc_source *src, const cc_audit_options *opts, const cc_audit_sink *sink,
                 cc_audit_summary *summary, char **errmsg);
CC_EXTERN void cc_audit_summary_clear(cc_audit_summary *summary);

#endif
