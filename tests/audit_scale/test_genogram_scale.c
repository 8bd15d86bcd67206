/* test_genogram_scale: a genogram of 50,000 people in one parent chain
 * (about 4.5 MB, so casecheck.json raises max_document_bytes) is audited
 * with exactly the findings a small one would give: the one link that
 * closes a loop, a dangling person reference, a repeated id, a parent too
 * young. The test re-executes itself with the stack limited to the usual
 * 8 MiB (scripts/test --sanitize raises it to 64 MiB), so a search that
 * recursed once per person would crash here under ASan. No timing is
 * asserted (bench/genogram/run.sh measures it). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "casecheck/audit.h"
#include "casecheck/source.h"
#include "audit/fixture_repo.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define N_CHAIN 50000
#define STACK_LIMIT (8UL << 20)
#define GENO "cases/BASE-001/genogram.json"

/* The base family of fixtures/rules/_base (4 people, 5 relationships). */
static const char base_people[] =
	"{\"id\":\"p-c1\",\"name\":\"Child One\",\"born\":\"2018-04-10\",\"child\":\"c1\"},"
	"{\"id\":\"p-c2\",\"name\":\"Child Two\",\"born\":\"2020-09-01\",\"child\":\"c2\"},"
	"{\"id\":\"p-mum\",\"name\":\"Parent M\",\"born\":\"1990-02\"},"
	"{\"id\":\"p-dad\",\"name\":\"Parent D\",\"born\":\"1988\"}";
static const char base_links[] =
	"{\"type\":\"parent\",\"parent\":\"p-mum\",\"child\":\"p-c1\",\"kind\":\"birth\"},"
	"{\"type\":\"parent\",\"parent\":\"p-mum\",\"child\":\"p-c2\",\"kind\":\"birth\"},"
	"{\"type\":\"parent\",\"parent\":\"p-dad\",\"child\":\"p-c1\",\"kind\":\"birth\"},"
	"{\"type\":\"parent\",\"parent\":\"p-dad\",\"child\":\"p-c2\",\"kind\":\"birth\"},"
	"{\"type\":\"couple\",\"people\":[\"p-mum\",\"p-dad\"],\"status\":\"separated\"}";
#define BASE_PEOPLE 4
#define BASE_LINKS 5

typedef struct geno_opts {
	bool loop;        /* q{N-1} is also made a parent of q{N/2} (last link) */
	bool dangling;    /* a link from an unknown person, in the middle */
	bool repeated_id; /* one more person with id q7, at the end of people */
	bool young;       /* q0 and q1 born 5 years apart */
} geno_opts;

static void add_link(cc_strbuf *sb, const char *parent, int child)
{
	cc_strbuf_printf(sb, ",{\"type\":\"parent\",\"parent\":\"%s\",\"child\":\"q%d\",\"kind\":\"birth\"}", parent,
	                 child);
}

/* The genogram: the base family, then q0..q{N-1} with q(i) a parent of
 * q(i+1), the chain's links listed from the last to the first. Returns
 * the text (owned) and the index of each special link in *rel. */
static char *genogram(const geno_opts *o, int *dangling_rel, int *loop_rel, int *first_link_rel)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	int rel = BASE_LINKS;
	cc_strbuf_printf(&sb, "{\"format\":\"casecheck/genogram@1\",\"case_id\":\"BASE-001\","
	                      "\"updated_on\":\"2026-02-20\",\"people\":[%s", base_people);
	for (int i = 0; i < N_CHAIN; i++) {
		cc_strbuf_printf(&sb, ",{\"id\":\"q%d\",\"name\":\"P\"", i);
		if (o->young && i < 2)
			cc_strbuf_puts(&sb, i == 0 ? ",\"born\":\"1950\"" : ",\"born\":\"1955-06-01\"");
		cc_strbuf_putc(&sb, '}');
	}
	if (o->repeated_id)
		cc_strbuf_puts(&sb, ",{\"id\":\"q7\",\"name\":\"P\"}");
	cc_strbuf_printf(&sb, "],\"relationships\":[%s", base_links);
	for (int i = N_CHAIN - 2; i >= 0; i--) {
		if (o->dangling && i == N_CHAIN / 3) {
			add_link(&sb, "q-unknown", 0);
			*dangling_rel = rel++;
		}
		char parent[16];
		snprintf(parent, sizeof parent, "q%d", i);
		add_link(&sb, parent, i + 1);
		if (i == 0)
			*first_link_rel = rel;
		rel++;
	}
	if (o->loop) {
		char parent[16];
		snprintf(parent, sizeof parent, "q%d", N_CHAIN - 1);
		add_link(&sb, parent, N_CHAIN / 2);
		*loop_rel = rel++;
	}
	cc_strbuf_puts(&sb, "]}\n");
	return cc_strbuf_detach(&sb);
}

/* Audits BASE-001 of fixtures/rules/_base with this genogram for purpose
 * signoff (the base case has no finding then) into col. */
static void audit(const geno_opts *o, fx_collect *col, int *dangling_rel, int *loop_rel, int *first_link_rel)
{
	const char *src_dir = getenv("CASECHECK_SOURCE_DIR");
	char *base = cc_xasprintf("%s/fixtures/rules/_base", src_dir ? src_dir : ".");
	char *text = genogram(o, dangling_rel, loop_rel, first_link_rel);
	cJSON *changes = cJSON_CreateObject(), *files = cJSON_AddObjectToObject(changes, "files");
	cJSON_AddStringToObject(files, "casecheck.json",
	                        "{\"format\":\"casecheck/config@1\",\"parameters\":{\"max_document_bytes\":16777216}}\n");
	cJSON_AddStringToObject(files, GENO, text);
	ck_assert_uint_gt(strlen(text), 4u << 20); /* over the default limit: the parameter is needed */
	free(text);
	char *repo = fx_build_repo(base, NULL, changes);
	ck_assert_ptr_nonnull(repo);

	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	char *msg = NULL;
	so.repo_dir = repo;
	ck_assert_msg(cc_source_open(&src, &so, &msg) == 0, "%s", msg ? msg : "");
	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = CC_PURPOSE_SIGNOFF;
	ao.profile = "all";
	ck_assert_int_eq(cc_date_parse(&ao.as_of, "2026-03-02", 10), 0);
	ao.jobs = 1;
	memset(col, 0, sizeof *col);
	cc_audit_sink sink = fx_collect_sink(col);
	cc_audit_summary sum;
	ck_assert_msg(cc_audit_run(src, &ao, &sink, &sum, &msg) == 0, "%s", msg ? msg : "");
	cc_audit_summary_clear(&sum);
	fx_collect_sort(col);
	cc_source_free(src);
	free(msg);
	fx_drop_repo(repo);
	cJSON_Delete(changes);
	free(base);
}

/* The collected lines must be exactly want (sorted), n of them. */
static void expect_lines(const fx_collect *col, char **want, size_t n)
{
	cc_strbuf got = CC_STRBUF_INIT;
	for (size_t i = 0; i < col->n; i++)
		cc_strbuf_printf(&got, "\n  %s", col->lines[i]);
	ck_assert_msg(col->n == n, "%zu findings, %zu expected:%s", col->n, n, cc_strbuf_cstr(&got));
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(!strcmp(col->lines[i], want[i]), "finding %zu: want %s; got:%s", i, want[i],
		              cc_strbuf_cstr(&got));
	cc_strbuf_free(&got);
}

START_TEST(stack_is_the_default_8_mib)
{
	struct rlimit rl;
	ck_assert_int_eq(getrlimit(RLIMIT_STACK, &rl), 0);
	ck_assert(rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= STACK_LIMIT);
}
END_TEST

START_TEST(long_chain_with_a_loop)
{
	geno_opts o = {.loop = true, .dangling = true, .repeated_id = true};
	int dangling = -1, loop = -1, first = -1;
	fx_collect col;
	audit(&o, &col, &dangling, &loop, &first);
	/* Sorted as the collector sorts: rule id first. */
	char *want[] = {
		cc_xasprintf("genogram.acyclic|error|" GENO "|/relationships/%d", loop),
		cc_xasprintf("integrity.references|error|" GENO "|/relationships/%d/parent", dangling),
		cc_xasprintf("integrity.unique-ids|error|" GENO "|/people/%d/id", BASE_PEOPLE + N_CHAIN),
	};
	ck_assert_int_eq(loop, BASE_LINKS + N_CHAIN); /* after N-1 chain links and the dangling one */
	ck_assert_uint_eq(col.ready, 0);
	expect_lines(&col, want, 3);
	for (size_t i = 0; i < 3; i++)
		free(want[i]);
	fx_collect_clear(&col);
}
END_TEST

START_TEST(long_chain_without_a_loop)
{
	geno_opts o = {.young = true};
	int dangling = -1, loop = -1, first = -1;
	fx_collect col;
	audit(&o, &col, &dangling, &loop, &first);
	/* q0 (born 1950) is a parent of q1 (born 1955): the last chain link. */
	char *want[] = {cc_xasprintf("genogram.parent-age|error|" GENO "|/relationships/%d", first)};
	ck_assert_int_eq(first, BASE_LINKS + N_CHAIN - 2);
	expect_lines(&col, want, 1);
	free(want[0]);
	fx_collect_clear(&col);
}
END_TEST

START_TEST(long_chain_clean)
{
	geno_opts o = {0};
	int dangling = -1, loop = -1, first = -1;
	fx_collect col;
	audit(&o, &col, &dangling, &loop, &first);
	expect_lines(&col, NULL, 0);
	ck_assert_uint_eq(col.cases, 1);
	ck_assert_uint_eq(col.ready, 1);
	fx_collect_clear(&col);
}
END_TEST

/* Runs the test again with the soft stack limit at 8 MiB when it is
 * higher (or unlimited): the main thread and the audit's worker threads
 * (whose default stack size glibc takes from the limit at start-up) then
 * have the usual stack. */
static void limit_stack(char **argv)
{
	struct rlimit rl;
	if (getenv("CASECHECK_SCALE_REEXEC") || getrlimit(RLIMIT_STACK, &rl) < 0)
		return;
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= STACK_LIMIT)
		return;
	rl.rlim_cur = STACK_LIMIT;
	if (setrlimit(RLIMIT_STACK, &rl) < 0 || setenv("CASECHECK_SCALE_REEXEC", "1", 1) < 0)
		return; /* stack_is_the_default_8_mib fails */
	execv("/proc/self/exe", argv);
}

int main(int argc, char **argv)
{
	(void)argc;
	limit_stack(argv);
	const TTest *const tests[] = {stack_is_the_default_8_mib, long_chain_with_a_loop, long_chain_without_a_loop,
	                              long_chain_clean, NULL};
	return cc_test_list_main("genogram_scale", tests, 900, NULL, NULL);
}
