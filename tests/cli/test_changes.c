/* test_changes: `casecheck changes --case ID` (issue 20 item 4) on the
 * signed base case: current after signing; after a commit that makes a
 * note a draft again, that commit (id and date; its message and author
 * only with --show-values), the file changed and the finding new since
 * the signed content was first committed. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "audit/fixture_repo.h"
#include "clirun.h"
#include "support/gitfixture.h"
#include "support/runner.h"

#define NOTE "cases/BASE-001/notes/n-visit.json"

START_TEST(changes_since_the_signoff)
{
	char *dir = fx_base_repo();
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(cli_run(dir, "changes", "--case", "BASE-001", "--as-of", "2026-03-02", NULL), 0);
	ck_assert(cli_said("signoffs/transferring.json (transferring-manager by tm-carol"));
	ck_assert(cli_said("nothing in the case has changed since: the sign-off is current"));
	ck_assert_int_eq(gf_write(dir, NOTE,
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-visit\", \"date\": \"2026-02-20\","
	                          " \"author\": \"sw-anna\", \"type\": \"home-visit\", \"heading\": \"Home visit\","
	                          " \"status\": \"draft\", \"children\": [\"c1\", \"c2\"], \"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_git(dir, "commit", "-qam", "Visit note reopened by Anna", NULL), 0);
	char *head = NULL;
	ck_assert_int_eq(gf_git_out(&head, dir, "rev-parse", "--short=12", "HEAD", NULL), 0);
	head[strcspn(head, "\n")] = '\0';
	ck_assert_int_eq(cli_run(dir, "changes", "--case", "BASE-001", "--as-of", "2026-03-02", NULL), 0);
	ck_assert(cli_said("1 commit changed the case since:"));
	ck_assert(cli_said(head));
	ck_assert(cli_said("    M notes/n-visit.json\n"));
	ck_assert(cli_said("[notes.final]"));
	ck_assert(!cli_said("reopened by Anna")); /* messages can name people */
	ck_assert_int_eq(cli_run(dir, "changes", "--case", "BASE-001", "--as-of", "2026-03-02", "--show-values", NULL), 0);
	ck_assert(cli_said("Visit note reopened by Anna"));
	/* Both audits as of the same day: a later day makes no finding new
	 * (the chronology is out of date on that day, now as when signed). */
	ck_assert_int_eq(cli_run(dir, "audit", "--purpose", "transfer", "--as-of", "2026-06-30", NULL), 1);
	ck_assert(cli_said("[chronology.up-to-date]"));
	ck_assert_int_eq(cli_run(dir, "changes", "--case", "BASE-001", "--as-of", "2026-06-30", NULL), 0);
	ck_assert(cli_said("findings new since (both audited as of the same day):"));
	ck_assert(cli_said("[notes.final]"));
	ck_assert(!cli_said("chronology.up-to-date"));
	ck_assert_int_eq(cli_run(dir, "changes", "--case", "NOPE-1", NULL), 2);
	ck_assert_int_eq(cli_run(dir, "changes", NULL), 2);
	ck_assert(cli_said("--case"));
	free(head);
	fx_drop_repo(dir);
	cli_reset();
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {changes_since_the_signoff, NULL};
	return cc_test_list_main("changes", tests, 120, NULL, NULL);
}
