/* audit_int.h: what the pieces of lib cc_audit share (internal).
 *
 * One audit run has one cc_audit_ctx (read-only while workers run): the
 * policy from casecheck.json, staff.json, the calendar, the compiled
 * schemas and which rules are on. Each worker thread audits one case at a
 * time into a cc_audit_case: the loaded cc_case, its own cc_source and
 * cc_doctype, and the findings so far. Rules are functions of a
 * cc_audit_case that add findings; they never print. */
#ifndef CC_AUDIT_INT_H
#define CC_AUDIT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "casecheck/audit.h"
#include "casecheck/date.h"
#include "casecheck/doctype.h"
#include "json/json.h"
#include "casecheck/policy.h"
#include "casecheck/rules.h"
#include "casecheck/schema.h"
#include "trust/signer.h"
#include "casecheck/source.h"
#include "chronidx.h"
#include "casecheck/trust.h"
#include "idindex.h"
#include "params.h"
#include "util/arena.h"

/* The kinds of JSON document (spec §2), each with its own schema. */
typedef enum cc_doc_kind_id {
	CC_KIND_CONFIG = 0,
	CC_KIND_STAFF,
	CC_KIND_CASE,
	CC_KIND_CHRONOLOGY,
	CC_KIND_GENOGRAM,
	CC_KIND_NOTE,
	CC_KIND_ASSESSMENT,
	CC_KIND_TRANSFER,
	CC_KIND_SIGNOFF,
	CC_KIND_WAIVER,
	CC_KIND_COUNT
} cc_doc_kind_id;

const char *cc_kind_name(cc_doc_kind_id kind); /* "case", ... */

/* One JSON document of a case. json is set only when the document parsed
 * and is valid against its schema: rules read json and skip documents
 * without it. */
typedef struct cc_doc {
	char *path;    /* repository-relative; owned */
	char *rel;     /* relative to the case folder, "notes/n1.json"; owned */
	bool present;  /* a regular file was found (even if broken) */
	cJSON *json;   /* owned; NULL unless parsed and valid */
	cJSON *invalid;/* owned; parsed but not valid (only path safety checks read it) */
} cc_doc;

/* A regular file under a case's documents/ folder. */
typedef struct cc_attachment {
	char *rel;        /* "documents/x.pdf" (raw bytes; owned) */
	bool listed;      /* referenced by case.json documents[] or an assessment */
} cc_attachment;

typedef struct cc_case {
	char *id;   /* folder name (a valid case id) */
	char *dir;  /* "cases/<id>" */
	cc_doc case_doc, chronology, genogram, transfer;
	/* The transfer's kind as the rules apply it under the run's profile
	 * (transfer_util.c cc_transfer_kind_resolve), borrowed from the
	 * transfer tree or a static string; NULL without a valid transfer.json. */
	const char *kind;
	/* The kind the record shows when it contradicts kind (transfer_kind.c),
	 * whose checks run as well; NULL when they agree. Static. */
	const char *shown_kind;
	cc_doc *notes; size_t n_notes;
	cc_doc *assessments; size_t n_assessments;
	cc_doc *signoffs; size_t n_signoffs;
	cc_doc *waivers; size_t n_waivers;
	cc_attachment *files; size_t n_files;
	/* Where the documents' trees were parsed (the worker's arena, borrowed:
	 * cc_case_free leaves them to it), or NULL: each tree is owned. */
	cc_arena *arena;
	cc_id_index children_ix; /* case.json children[] by id (cc_case_child) */
	cc_id_index people_ix;   /* genogram.json people[] by id; built once at load for every rule */
	cc_chron_ix chron_ix;    /* chronology entries by day; built by the first rule that asks (cc_case_chron_ix) */
	bool chron_ix_built;
	/* The transfer's window and the transfer each note names
	 * (transfer_window.c); worked out by the first rule that asks. Owned. */
	struct cc_transfer_facts *transfer_facts;
} cc_case;

void cc_case_free(cc_case *c);
/* The case's JSON document at repository path, or NULL. Borrowed. */
const cc_doc *cc_case_doc_at(const cc_case *c, const char *path);

typedef struct cc_audit_ctx {
	cc_purpose purpose;
	char *profile;          /* owned; "core", ..., "all" */
	cc_date as_of;
	bool history;
	char *cases_dir;        /* owned */
	bool cases_dir_configured; /* set by casecheck.json */
	long params[CC_PARAM_COUNT];
	cc_calendar *own_cal;   /* the repository's calendar when the run read it; owned, or NULL */
	const cc_calendar *cal; /* the repository's calendar (own_cal, or the options' policy's)
	                         * or the built-in one */
	cJSON *staff;           /* valid staff.json, or NULL */
	bool staff_present;     /* staff.json exists (valid or not) */
	cc_staff_state staff_state; /* how staff.json stands for checking signers */
	const cc_trust *trust;  /* borrowed from the options; NULL: not authenticated */
	cc_id_index staff_ix;   /* staff[] and teams[] by id, built with staff, */
	cc_id_index team_ix;    /* so rules look up a member in O(log n) */
	cc_schema_set *schemas;
	const cc_schema *schema[CC_KIND_COUNT];
	cc_json_limits limits;
	const char *skip_rule;  /* borrowed from the options */
	bool *enabled;          /* per rule (cc_rules_at index); owned */
	/* --history: the run's one walk over the commits, shared by the cases;
	 * NULL until the first case needs it, then set once under a lock by
	 * history_events.c (the only member written while workers run); owned,
	 * freed by cc_history_run_free. */
	struct cc_history_run *history_run;
	/* Stale sign-offs: the run's one first-parent walk naming the commits
	 * that changed each case (stale.c), created like history_run; owned,
	 * freed by cc_stale_run_free. */
	struct cc_stale_run *stale_run;
	/* The case ids --case selected, sorted (strcmp); NULL when every case
	 * is audited. Borrowed from the engine's case list; the history walk
	 * opens only these folders. */
	char *const *selected;
	size_t n_selected;
} cc_audit_ctx;

void cc_history_run_free(struct cc_history_run *h);

/* --history: history.removal-records (and history.restored) for each
 * removal record changed or deleted after it was committed, walking the
 * history of removals/ from src's commit; added to out (the repository's
 * findings). Nothing when the rule is off (no --history). history_removals.c. */
void cc_history_removal_records(const cc_audit_ctx *run, cc_source *src, cc_findings *out);
void cc_stale_run_free(struct cc_stale_run *s);

/* integrity.case-folder for each case folder (a folder named by a valid
 * case id holding a case.json) left outside the cases folder, within three
 * levels of the root: a moved cases_dir must not leave cases unaudited. */
void cc_audit_cases_outside(const cc_audit_ctx *run, cc_source *src, cc_findings *repo);

typedef struct cc_audit_case {
	const cc_audit_ctx *run;
	cc_source *src;
	cc_doctype *dt;
	cc_arena *arena;        /* the case's documents are parsed into it, or NULL (borrowed) */
	cc_case *c;
	cc_case_result *result;
	cc_findings findings;
	bool chain_done;        /* result->signoffs filled (signoff_chain.c) */
	unsigned broken;        /* documents that failed to parse or validate (skipped.c) */
	unsigned char *withheld;/* per rule: a finding was held back (skipped.c); owned */
} cc_audit_case;

/* skipped.c: the rules that read a document that cannot be parsed or is
 * not valid are skipped for the case. cc_audit_skip_begin (after loading)
 * finds such documents; cc_audit_skip_holds tells cc_audit_add to hold a
 * finding of rule index `rule` back; cc_audit_skip_end (after the rules)
 * adds the one audit.rules-skipped note and frees what begin took. */
void cc_audit_skip_begin(cc_audit_case *ac);
bool cc_audit_skip_holds(cc_audit_case *ac, size_t rule, const char *path);
void cc_audit_skip_end(cc_audit_case *ac);

/* Adds a finding under rule id (which must be in the catalogue: an unknown
 * id aborts) with the severity its row gives for this run, when the rule is
 * on for this run; returns it (to set a value) or NULL when the rule is off. */
cc_finding *cc_audit_add(cc_audit_case *ac, const char *rule_id, const char *path,
                         const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* The same for a finding of a variant the row names in .severity_when
 * (e.g. "late"), which may have its own severity. */
cc_finding *cc_audit_add_variant(cc_audit_case *ac, const char *rule_id, const char *variant,
                                 const char *path, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* A finding with message (copied) on path (variant may be NULL), added
 * even when the rule is off for the run: for what leaves a case unchecked,
 * which is never READY. */
cc_finding *cc_audit_add_always(cc_audit_case *ac, const char *rule_id, const char *variant,
                                const char *path, const char *message);
/* The severity of rule_id's plain findings in this run (its row decides). */
int cc_audit_severity(const cc_audit_case *ac, const char *rule_id);
/* The same into any list (repository findings), with the rule's severity. */
cc_finding *cc_audit_add_to(const cc_audit_ctx *run, cc_findings *list, const char *rule_id,
                            const char *path, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
bool cc_audit_rule_on(const cc_audit_ctx *run, const char *rule_id);
/* Sets run->enabled from purpose, profile, history and skip_rule. */
void cc_audit_compute_enabled(cc_audit_ctx *run);
long cc_audit_param(const cc_audit_case *ac, cc_param_id p);

/* The catalogue's check functions (one per rule; NULL for rules whose
 * findings the loader gives). */
typedef void (*cc_rule_check_fn)(cc_audit_case *ac);
cc_rule_check_fn cc_rules_check_at(size_t i);
/* Whether row i's findings come from the loader or the engine (it has no check). */
bool cc_rules_loader_at(size_t i);

/* Loads casecheck.json, staff.json and the calendar into run (engine
 * options already set); casecheck.json and the calendar are taken from
 * loaded (src's policy, borrowed) when it is not NULL. Returns 0 or -1 with *errmsg; repository findings
 * (staff.json invalid, ...) go to repo. */
int cc_audit_load_policy(cc_audit_ctx *run, cc_source *src, const char *profile_opt,
                         const cc_policy *loaded, cc_findings *repo, char **errmsg);
void cc_audit_ctx_clear(cc_audit_ctx *run);
/* Sets run->staff_state from what was loaded (staff.json missing, a link
 * or folder, invalid, an id listed twice) and reports the link and the
 * duplicate ids to repo (staff_state.c). */
void cc_audit_staff_state(cc_audit_ctx *run, cc_source *src, cc_findings *repo);

/* Reads, parses and validates a document of kind at path. Findings
 * (schema.parse, schema.valid) go to findings when findings is not NULL.
 * Returns the valid tree (owned), or NULL; *present says whether a regular
 * file was there. A tree that parsed but is not valid goes to *invalid_out
 * when that is not NULL (owned by the caller), else it is freed. */
cJSON *cc_audit_load_json(const cc_audit_ctx *run, cc_source *src, cc_doc_kind_id kind,
                          const char *path, cc_findings *findings, bool *present,
                          cJSON **invalid_out);
/* The same with the trees parsed into arena (json/internal.h
 * cc_json_parse_in: they live as long as the arena's allocations and are
 * never given to cJSON_Delete); arena NULL: as cc_audit_load_json. */
cJSON *cc_audit_load_json_in(const cc_audit_ctx *run, cc_source *src, cc_arena *arena, cc_doc_kind_id kind,
                             const char *path, cc_findings *findings, bool *present, cJSON **invalid_out);
/* Compiles the schema of every kind into run->schema. 0, or -1 (*errmsg). */
int cc_audit_compile_schemas(cc_audit_ctx *run, char **errmsg);

/* Loads the case folder dir/<id> into a new cc_case, adding loader
 * findings (schema.*, integrity.links, integrity.unexpected-file) to ac. */
cc_case *cc_case_load(cc_audit_case *ac, const char *id);

/* Escapes a name for messages and paths: bytes that are not printable
 * UTF-8 (and backslash) become \xHH. Owned by the caller. */
char *cc_audit_printable(const char *s, size_t len);

/* Sets f's value (f may be NULL) to real_pointer (when not NULL: the
 * pointer a redacted one stands for) and the text of v when v is a scalar
 * (annotate.c). Shown only with --show-values. */
void cc_audit_set_value(cc_finding *f, const char *real_pointer, const cJSON *v);
/* Gives each finding of the case its record and, where no rule set one,
 * its value (annotate.c): once, after the rules ran. */
void cc_audit_annotate(cc_audit_case *ac);
/* select.c: whether --team, --worker or --service is given, and keeping of
 * ids[0..*n) only the cases whose case.json matches them (the others are
 * freed); with none matching, -1 and *errmsg naming the filters. */
bool cc_audit_filter_active(const cc_audit_options *opts);
int cc_audit_select_cases(const cc_audit_ctx *run, cc_source *src, const cc_audit_options *opts, char **ids,
                          size_t *n, char **errmsg);

/* Fills result->timeline from the case's chronology. */
void cc_audit_timeline(cc_audit_case *ac);

#endif
