/* fixture_repo.h: build a test repository from fixtures/rules/_base and a
 * fixture's expected.json (overlay tree/, "files", "patch" (RFC 6902 add,
 * replace, remove), "delete", "symlinks", "then" steps committed in turn),
 * re-sign placeholder sign-offs, and collect an audit's findings. */
#ifndef CC_TESTS_AUDIT_FIXTURE_REPO_H
#define CC_TESTS_AUDIT_FIXTURE_REPO_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "casecheck/audit.h"

/* Reads and strictly parses a JSON file; NULL (after a message) on error. */
cJSON *fx_read_json(const char *path);
/* Applies one change set (files, patch, delete, symlinks) to dir. 0/-1. */
int fx_apply(const char *dir, const cJSON *changes);
/* Copies base (if not NULL) and the fixture folder's tree/ into a new
 * temporary git repository, applies the fixture's changes, commits, applies
 * and commits each "then" step; before each commit, sign-offs whose
 * content is the placeholder (40 zeros) get their case's tree id. Returns the
 * repository folder (owned) or NULL. */
char *fx_build_repo(const char *base, const char *fixture_dir, const cJSON *expected);
/* A committed, signed copy of fixtures/rules/_base (CASECHECK_SOURCE_DIR)
 * in a new temporary folder (owned), or NULL. */
char *fx_base_repo(void);
/* Removes the repository folder and frees dir. */
void fx_drop_repo(char *dir);

/* A sink collecting every finding as "rule|severity|path|pointer" lines,
 * cases and repository findings together; texts[i] is the same line
 * followed by a tab, the record (or nothing), a tab and the message. */
typedef struct fx_collect {
	char **lines;
	char **texts;
	size_t n, cap, cap_texts;
	size_t cases, ready;
	cc_case_result **results; /* kept when keep_results */
	size_t n_results, cap_results;
	bool keep_results;
} fx_collect;

cc_audit_sink fx_collect_sink(fx_collect *c);
void fx_collect_sort(fx_collect *c);
void fx_collect_clear(fx_collect *c);
/* Whether the collected lines hold one with this rule (and path when not NULL). */
bool fx_collect_has(const fx_collect *c, const char *rule, const char *path);
/* Whether a finding collected under key ("rule|severity|path|pointer") has
 * a record and message holding text. */
bool fx_collect_says(const fx_collect *c, const char *key, const char *text);

#endif
