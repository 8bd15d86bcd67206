/* test_caseload: the caseload by team and worker (issue 20 item 1) on a
 * git copy of the sample: --team, --worker and --service choose the cases
 * audited (exit code from those), --verdict chooses what the report shows,
 * a selection matching nothing is exit 2 naming the filter, and the text
 * summary is grouped by allocated worker. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "clirun.h"
#include "hardening/hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"

#define AS_OF "--as-of", "2026-03-02", "--purpose", "transfer"

static char *repo;

static void setup(void)
{
	repo = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(repo);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	cli_reset();
}

START_TEST(worker_selects_the_cases_audited)
{
	/* sw-ferris has one case, LCS-104233, ready on the sample's day. */
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--worker", "sw-ferris", NULL), 0);
	ck_assert(cli_said("LCS-104233  READY"));
	ck_assert(!cli_said("LCS-104460"));
	ck_assert(cli_said("1 case: 1 ready, 0 not ready"));
	/* sw-hartley's one case is not ready: exit 1 from that case alone. */
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--worker", "sw-hartley", NULL), 1);
	ck_assert(cli_said("LCS-104460  NOT READY"));
	ck_assert(!cli_said("LCS-104233"));
}
END_TEST

START_TEST(team_and_service_combine)
{
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--team", "north-locality", "--service", "child-in-need",
	                         "--format", "json", NULL), 0);
	ck_assert(cli_said("\"LCS-104233\""));
	ck_assert(!cli_said("\"FIN-700045\"")); /* a north-locality case of another service */
	ck_assert(!cli_said("\"LCS-104460\""));
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--team", "north-locality", NULL), 1);
	ck_assert(cli_said("FIN-700045  NOT READY"));
}
END_TEST

START_TEST(selection_matching_nothing_is_exit_2)
{
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--team", "no-such-team", NULL), 2);
	ck_assert(cli_said("matches --team no-such-team"));
	ck_assert(cli_said("nothing was audited"));
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--worker", "sw-ferris", "--service", "finance-only", NULL), 2);
	ck_assert(cli_said("--worker sw-ferris, --service finance-only"));
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--verdict", "maybe", NULL), 2);
}
END_TEST

START_TEST(verdict_filters_the_report_not_the_exit_code)
{
	/* Every case is audited (exit 1: some are not ready); only the ready ones are shown. */
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--verdict", "ready", NULL), 1);
	ck_assert(cli_said("LCS-104233  READY"));
	ck_assert(!cli_said("NOT READY"));
	ck_assert(cli_said("the report shows 9 of the 17 cases audited (9 ready, 8 not ready)"));
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, "--worker", "sw-ferris", "--verdict", "not-ready", NULL), 0);
	ck_assert(!cli_said("LCS-104233  READY"));
	ck_assert(cli_said("the report shows 0 of the 1 cases audited"));
}
END_TEST

START_TEST(text_summary_is_grouped_by_worker)
{
	ck_assert_int_eq(cli_run(repo, "audit", AS_OF, NULL), 1);
	const char *table = strstr(cli_out, "Caseload by allocated worker");
	ck_assert_ptr_nonnull(table);
	const char *baines = strstr(table, "  sw-baines: 3 cases, 1 not ready\n");
	const char *ferris = strstr(table, "  sw-ferris: 1 case, 0 not ready\n");
	const char *none = strstr(table, "  no allocated worker: 1 case, 1 not ready\n");
	ck_assert(baines && ferris && none && baines < ferris && ferris < none);
	/* A worker's cases sit under them, most blocking first. */
	const char *fin = strstr(baines, "FIN-700045  NOT READY");
	const char *lcs = strstr(baines, "LCS-104251  READY");
	ck_assert(fin && lcs && fin < lcs && lcs < ferris);
	ck_assert_ptr_nonnull(strstr(none, "EH-20977"));
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		worker_selects_the_cases_audited, team_and_service_combine, selection_matching_nothing_is_exit_2,
		verdict_filters_the_report_not_the_exit_code, text_summary_is_grouped_by_worker, NULL};
	return cc_test_list_main("caseload", tests, 120, setup, teardown);
}
