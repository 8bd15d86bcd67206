/* test_rules_show: `casecheck rules ID` shows one rule in full (title,
 * what to do, severity, purposes, profiles, the seed's words, parameters
 * with the repository's values) and `rules --purpose P` filters the list
 * (issue 20 item 5). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "clirun.h"
#include "support/gitfixture.h"
#include "support/runner.h"

START_TEST(one_rule_in_full)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(cli_run(dir, "rules", "chronology.gap", NULL), 0);
	ck_assert(cli_said("chronology.gap\n  no gap longer than chronology_gap_days"));
	ck_assert(cli_said("what to do: Add the events of the gap period"));
	ck_assert(cli_said("severity:   error"));
	ck_assert(cli_said("purposes:   signoff, transfer, receive"));
	ck_assert(cli_said("profiles:   core"));
	/* No repository here: the defaults, and it says so. */
	ck_assert(cli_said("parameters (the defaults: no case repository here"));
	ck_assert(cli_said("chronology_gap_days = 90 days (the default)"));
	/* The seed section's own words, from its heading to the next. */
	ck_assert(cli_said("seeds/004_30e24df8ee2621c8.txt §1\n    > 1. Social Work Principles\n"));
	ck_assert(cli_said("historic gaps which pre-date the allocation"));
	ck_assert(!cli_said("> 2. Good Practice Standards"));
	/* A rule of the format itself cites no seed. */
	ck_assert_int_eq(cli_run(dir, "rules", "schema.valid", NULL), 0);
	ck_assert(cli_said("not of a council protocol"));
	ck_assert_int_eq(cli_run(dir, "rules", "no.such-rule", NULL), 2);
	ck_assert(cli_said("no rule 'no.such-rule'"));
	ck_assert_int_eq(cli_run(dir, "rules", "chronology.gap", "notes.final", NULL), 2);
	gf_rm_rf(dir);
	free(dir);
	cli_reset();
}
END_TEST

START_TEST(parameters_with_the_repository_values)
{
	char *dir = gf_mkdtemp();
	gf_git(dir, "init", "-q", NULL);
	gf_write(dir, "casecheck.json",
	         "{\"format\": \"casecheck/config@1\", \"parameters\": {\"chronology_gap_days\": 60}}");
	gf_git(dir, "add", "-A", NULL);
	gf_git(dir, "commit", "-qm", "policy", NULL);
	ck_assert_int_eq(cli_run(dir, "rules", "chronology.gap", NULL), 0);
	ck_assert(cli_said("this repository's values, from "));
	ck_assert(cli_said("chronology_gap_days = 60 days: "));
	ck_assert(cli_said("(the default is 90)"));
	char *sub = gf_path(dir, "cases");
	gf_mkdirs(dir, "cases");
	ck_assert_int_eq(cli_run(sub, "rules", "chronology.gap", "--repo", dir, NULL), 0);
	ck_assert(cli_said("chronology_gap_days = 60 days: "));
	free(sub);
	gf_rm_rf(dir);
	free(dir);
	cli_reset();
}
END_TEST

START_TEST(purpose_filters_the_list)
{
	ck_assert_int_eq(cli_run(".", "rules", "--purpose", "receive", "--format", "json", NULL), 0);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, cli_out, strlen(cli_out), NULL, NULL), 0);
	const cJSON *r;
	int n = 0, receive_only = 0;
	cJSON_ArrayForEach(r, cJSON_GetObjectItem(doc, "rules")) {
		bool has = false;
		const cJSON *p;
		cJSON_ArrayForEach(p, cJSON_GetObjectItem(r, "purposes"))
			has |= !strcmp(p->valuestring, "receive");
		ck_assert_msg(has, "%s listed for receive", cJSON_GetObjectItem(r, "id")->valuestring);
		receive_only += !strcmp(cJSON_GetObjectItem(r, "id")->valuestring, "transfer.allocation-updated");
		n++;
	}
	ck_assert_int_eq(receive_only, 1);
	cJSON_Delete(doc);
	ck_assert_int_eq(cli_run(".", "rules", "--purpose", "transfer", NULL), 0);
	ck_assert(!cli_said("transfer.allocation-updated  ["));
	ck_assert(cli_said("transfer.head-of-service  ["));
	ck_assert(cli_said("for purpose transfer."));
	ck_assert_int_eq(cli_run(".", "rules", "--purpose", "check", NULL), 0);
	ck_assert(!cli_said("transfer.head-of-service  ["));
	ck_assert_int_eq(cli_run(".", "rules", "--purpose", "holiday", NULL), 2);
	ck_assert(cli_said("receive, court)")); /* every purpose named, court too */
	ck_assert_int_eq(cli_run(".", "rules", "--purpose", "court", NULL), 0);
	ck_assert(cli_said("for purpose court."));
	ck_assert_int_eq(cli_run(".", "rules", "--profile", "holiday", NULL), 2);
	ck_assert(cli_said("(core, ")); /* the profiles there are, as audit and init name them */
	ck_assert_int_gt(n, 10);
	cli_reset();
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {one_rule_in_full, parameters_with_the_repository_values, purpose_filters_the_list,
	                              NULL};
	return cc_test_list_main("rules_show", tests, 60, NULL, NULL);
}
