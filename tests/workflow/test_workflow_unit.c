/* test_workflow_unit.c: the small pure functions of lib cc_workflow. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "trust/signer.h"
#include "util/xalloc.h"
#include "casecheck/workflow.h"
#include "workflow/signoff.h"
#include "workflow/staged.h"
#include "wf_run.h"

START_TEST(signer_roles)
{
	ck_assert(cc_signer_role_may_sign("team-manager"));
	ck_assert(cc_signer_role_may_sign("head-of-service"));
	ck_assert(cc_signer_role_may_sign("practice-supervisor"));
	ck_assert(!cc_signer_role_may_sign("senior-practitioner"));
	ck_assert(!cc_signer_role_may_sign("social-worker"));
	ck_assert(!cc_signer_role_may_sign(NULL));
}
END_TEST

/* The hook script runs the path given, quoted for sh whatever it holds:
 * run it with a stand-in "casecheck" at a path with a quote and a space. */
START_TEST(hook_script_quotes_path)
{
	char *dir = gf_mkdtemp();
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(gf_write(dir, "it's here/casecheck", "#!/bin/sh\necho \"ran with: $*\"\n"), 0);
	ck_assert_int_eq(gf_chmod_x(dir, "it's here/casecheck", 1), 0);
	char *bin = gf_path(dir, "it's here/casecheck");
	char *script = cc_hook_script(bin);
	ck_assert(cc_hook_is_casecheck(script));
	ck_assert(!cc_hook_is_casecheck("#!/bin/sh\nexit 0\n"));
	/* Only the exact script is casecheck's: the marker line in a foreign
	 * hook, or anything added before or after, is somebody else's. */
	char *plain = cc_hook_script("/usr/bin/casecheck");
	ck_assert(cc_hook_is_casecheck(plain));
	char *foreign = cc_xasprintf("#!/bin/sh\n# installed by: casecheck hook install\nrun-team-checks || exit 1\n");
	ck_assert(!cc_hook_is_casecheck(foreign));
	char *appended = cc_xasprintf("%snpm test\n", plain);
	ck_assert(!cc_hook_is_casecheck(appended));
	char *prefixed = cc_xasprintf("#!/bin/sh\nrm -rf x\n%s", plain + strlen("#!/bin/sh\n"));
	ck_assert(!cc_hook_is_casecheck(prefixed));
	char *injected = cc_hook_script("/usr/bin/casecheck");
	char *q = strstr(injected, "/usr/bin");
	memcpy(q, "x'; rm", 6); /* a bare quote in the path: not what the script writes */
	ck_assert(!cc_hook_is_casecheck(injected));
	free(plain), free(foreign), free(appended), free(prefixed), free(injected);
	ck_assert_int_eq(gf_write(dir, "hook", script), 0);
	char *hook = gf_path(dir, "hook");
	const char *argv[] = {"/bin/sh", hook, NULL};
	char *out = NULL;
	ck_assert_int_eq(wf_run(&out, dir, argv), 0);
	ck_assert_str_eq(out, "ran with: hook run\n");
	free(out);
	free(hook);
	free(script);
	free(bin);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("workflow-unit");
	TCase *tc = tcase_create("unit");
	tcase_add_test(tc, signer_roles);
	tcase_add_test(tc, hook_script_quotes_path);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
