/* test_rules_fixtures: the data-driven rule tests. Each folder
 * fixtures/rules/<rule-id>/<pass|fail>-<name>/ holds an expected.json:
 *   {"purpose": "transfer", "profile": "all", "as_of": "2026-03-02",
 *    "base": true, "history": false, "cases": ["BASE-001"],
 *    "files": {...}, "patch": {"cases/X/case.json": [RFC 6902 ops]},
 *    "delete": [...], "symlinks": {...}, "then": [change sets],
 *    "findings": [{"rule", "severity", "path", "pointer"[, "says": [text, ...]]}, ...]}
 * and optionally a tree/ overlaid on fixtures/rules/_base. The repository
 * is built in a temporary folder, committed, audited from HEAD, and the
 * findings must equal the expected ones exactly; a finding's "says" lists
 * texts its record and message must hold (what a schema finding tells the
 * writer to write, the record it names). A second test checks that
 * every rule of the catalogue has a pass and a fail fixture, and every
 * fixture folder is named by a rule of the catalogue.
 * CASECHECK_FIXTURE_FILTER=text runs only the rules whose id contains it;
 * CASECHECK_FIXTURE_SHARD=k/n runs every n-th fixture from the k-th (ctest
 * runs the shards in parallel; shard 0 also checks the coverage). */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "casecheck/rules.h"
#include "casecheck/source.h"
#include "fixture_repo.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static char **fixtures; /* "<rule>/<name>" */
static size_t n_fixtures, cap_fixtures;
static size_t first_fixture, fixture_step = 1; /* this shard's */
static char *root;      /* fixtures/rules */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void find_fixtures(void)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	const char *filter = getenv("CASECHECK_FIXTURE_FILTER");
	root = cc_xasprintf("%s/fixtures/rules", src ? src : ".");
	DIR *d = opendir(root);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' || e->d_name[0] == '_')
			continue;
		char *rule_dir = cc_xasprintf("%s/%s", root, e->d_name);
		DIR *r = opendir(rule_dir);
		struct dirent *f;
		while (r && (f = readdir(r))) {
			if (strncmp(f->d_name, "pass-", 5) && strncmp(f->d_name, "fail-", 5))
				continue;
			if (filter && !strstr(e->d_name, filter))
				continue;
			fixtures = cc_xgrow(fixtures, &cap_fixtures, n_fixtures + 1, sizeof *fixtures);
			fixtures[n_fixtures++] = cc_xasprintf("%s/%s", e->d_name, f->d_name);
		}
		if (r)
			closedir(r);
		free(rule_dir);
	}
	if (d)
		closedir(d);
	if (n_fixtures > 1)
		qsort(fixtures, n_fixtures, sizeof *fixtures, cmp_str);
}

static const char *str_or(const cJSON *obj, const char *key, const char *def)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsString(v) ? v->valuestring : def;
}

static char **expected_lines(const cJSON *exp, size_t *n)
{
	const cJSON *f, *arr = cJSON_GetObjectItemCaseSensitive(exp, "findings");
	char **lines = cc_xcalloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *lines);
	*n = 0;
	cJSON_ArrayForEach(f, arr)
		lines[(*n)++] = cc_xasprintf("%s|%s|%s|%s", str_or(f, "rule", "?"), str_or(f, "severity", "error"),
		                             str_or(f, "path", ""), str_or(f, "pointer", ""));
	if (*n > 1)
		qsort(lines, *n, sizeof *lines, cmp_str);
	return lines;
}

START_TEST(fixture)
{
	const char *name = fixtures[first_fixture + (size_t)_i * fixture_step];
	char *dir = cc_xasprintf("%s/%s", root, name);
	char *exp_path = cc_xasprintf("%s/expected.json", dir);
	char *base = cc_xasprintf("%s/_base", root);
	cJSON *exp = fx_read_json(exp_path);
	ck_assert_msg(exp != NULL, "%s: expected.json unreadable", name);

	const cJSON *use_base = cJSON_GetObjectItemCaseSensitive(exp, "base");
	char *repo = fx_build_repo(cJSON_IsFalse(use_base) ? NULL : base, dir, exp);
	ck_assert_msg(repo != NULL, "%s: cannot build the repository", name);

	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ck_assert_int_eq(cc_purpose_parse(&ao.purpose, str_or(exp, "purpose", "transfer")), 0);
	ao.profile = str_or(exp, "profile", "all");
	const char *as_of = str_or(exp, "as_of", "2026-03-02");
	ck_assert_int_eq(cc_date_parse(&ao.as_of, as_of, strlen(as_of)), 0);
	ao.history = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(exp, "history"));
	ao.skip_rule = str_or(exp, "skip_rule", NULL);
	ao.jobs = 2;
	const cJSON *cases = cJSON_GetObjectItemCaseSensitive(exp, "cases"), *c;
	const char *ids[16];
	cJSON_ArrayForEach(c, cases)
		if (ao.n_cases < 16)
			ids[ao.n_cases++] = c->valuestring;
	ao.cases = ao.n_cases ? ids : NULL;

	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	const char *kind = str_or(exp, "source", "rev");
	so.repo_dir = repo;
	so.kind = !strcmp(kind, "worktree") ? CC_SOURCE_WORKTREE : !strcmp(kind, "index") ? CC_SOURCE_INDEX : CC_SOURCE_REV;
	cc_source *src = NULL;
	char *msg = NULL;
	ck_assert_msg(cc_source_open(&src, &so, &msg) == 0, "%s: %s", name, msg ? msg : "");

	fx_collect col;
	memset(&col, 0, sizeof col);
	cc_audit_sink sink = fx_collect_sink(&col);
	cc_audit_summary sum;
	int rc = cc_audit_run(src, &ao, &sink, &sum, &msg);
	ck_assert_msg(rc == 0, "%s: audit failed: %s", name, msg ? msg : "");
	cc_audit_summary_clear(&sum);
	fx_collect_sort(&col);

	size_t n_exp;
	char **want = expected_lines(exp, &n_exp);
	cc_strbuf diff = CC_STRBUF_INIT;
	bool same = n_exp == col.n;
	for (size_t i = 0; same && i < n_exp; i++)
		same = !strcmp(want[i], col.lines[i]);
	if (!same) {
		cc_strbuf_printf(&diff, "%s: findings differ\n  expected:\n", name);
		for (size_t i = 0; i < n_exp; i++)
			cc_strbuf_printf(&diff, "    %s\n", want[i]);
		cc_strbuf_puts(&diff, "  got:\n");
		for (size_t i = 0; i < col.n; i++)
			cc_strbuf_printf(&diff, "    %s\n", col.lines[i]);
	}
	/* What the findings must say. */
	const cJSON *ef;
	cJSON_ArrayForEach(ef, cJSON_GetObjectItemCaseSensitive(exp, "findings")) {
		const cJSON *t;
		char *key = cc_xasprintf("%s|%s|%s|%s", str_or(ef, "rule", "?"), str_or(ef, "severity", "error"),
		                         str_or(ef, "path", ""), str_or(ef, "pointer", ""));
		cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(ef, "says"))
			if (cJSON_IsString(t) && !fx_collect_says(&col, key, t->valuestring))
				cc_strbuf_printf(&diff, "%s: the finding %s does not say \"%s\"\n", name, key, t->valuestring);
		free(key);
	}
	/* A fail fixture must fail on its own rule; a pass fixture must not. */
	char *rule = cc_xstrndup(name, (size_t)(strchr(name, '/') - name));
	bool is_fail = !strncmp(strchr(name, '/') + 1, "fail-", 5);
	bool has_rule = fx_collect_has(&col, rule, NULL);
	for (size_t i = 0; i < n_exp; i++)
		free(want[i]);
	free(want);
	fx_collect_clear(&col);
	cc_source_free(src);
	gf_rm_rf(repo);
	free(repo);
	free(msg);
	cJSON_Delete(exp);
	free(base);
	free(exp_path);
	free(dir);
	ck_assert_msg(same && diff.len == 0, "%s", cc_strbuf_cstr(&diff));
	cc_strbuf_free(&diff);
	ck_assert_msg(has_rule == is_fail, "%s: a %s fixture %s findings of rule %s", name,
	              is_fail ? "fail" : "pass", has_rule ? "has" : "has no", rule);
	free(rule);
}
END_TEST

START_TEST(every_rule_has_pass_and_fail_fixtures)
{
	cc_strbuf missing = CC_STRBUF_INIT;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const char *id = cc_rules_at(i)->id;
		bool pass = false, fail = false;
		size_t len = strlen(id);
		for (size_t f = 0; f < n_fixtures; f++) {
			if (strncmp(fixtures[f], id, len) || fixtures[f][len] != '/')
				continue;
			pass |= !strncmp(fixtures[f] + len + 1, "pass-", 5);
			fail |= !strncmp(fixtures[f] + len + 1, "fail-", 5);
		}
		if (!pass || !fail)
			cc_strbuf_printf(&missing, " %s(%s%s)", id, pass ? "" : "pass", fail ? "" : pass ? "fail" : ",fail");
	}
	/* And every fixture folder is a rule's (a renamed rule leaves none behind). */
	for (size_t f = 0; f < n_fixtures; f++) {
		char *rule = cc_xstrndup(fixtures[f], (size_t)(strchr(fixtures[f], '/') - fixtures[f]));
		if (!cc_rules_find(rule) && (f == 0 || strncmp(fixtures[f - 1], fixtures[f], strlen(rule) + 1)))
			cc_strbuf_printf(&missing, " fixtures/rules/%s/ is no rule's", rule);
		free(rule);
	}
	ck_assert_msg(missing.len == 0, "rules without fixtures:%s", cc_strbuf_cstr(&missing));
	cc_strbuf_free(&missing);
}
END_TEST

int main(void)
{
	find_fixtures();
	const char *shard = getenv("CASECHECK_FIXTURE_SHARD");
	unsigned k = 0, n = 1;
	if (shard && (sscanf(shard, "%u/%u", &k, &n) != 2 || n == 0 || k >= n)) {
		fprintf(stderr, "CASECHECK_FIXTURE_SHARD must be k/n with k < n\n");
		return EXIT_FAILURE;
	}
	first_fixture = k;
	fixture_step = n;
	size_t mine = n_fixtures > k ? (n_fixtures - k + n - 1) / n : 0;
	Suite *s = suite_create("rules_fixtures");
	TCase *tc = tcase_create("fixtures");
	tcase_set_timeout(tc, 600);
	tcase_add_loop_test(tc, fixture, 0, (int)mine);
	if (!getenv("CASECHECK_FIXTURE_FILTER") && k == 0)
		tcase_add_test(tc, every_rule_has_pass_and_fail_fixtures);
	suite_add_tcase(s, tc);
	int rc = cc_test_main(s);
	for (size_t i = 0; i < n_fixtures; i++)
		free(fixtures[i]);
	free(fixtures);
	free(root);
	return rc;
}
