/* audit.c: a client of libcasecheck. Audits the case repository in DIR at
 * HEAD for a purpose, as of a date, and prints one line a case: its id and
 * its verdict. Build it against the installed library:
 *
 *   cc -o audit audit.c $(pkg-config --cflags --libs casecheck)
 *   ./audit DIR transfer 2026-03-02
 *
 * Exit codes as casecheck's: 0 every case ready, 1 not, 2 could not run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <casecheck/casecheck.h>

/* The sink gets each case's result in case-id order and owns it. */
static void on_case(void *ctx, cc_case_result *r)
{
	(void)ctx;
	printf("%s %s\n", r->case_id, r->ready ? "ready" : "not-ready");
	cc_case_result_free(r);
}

int main(int argc, char **argv)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_audit_options ao = CC_AUDIT_OPTIONS_INIT;
	cc_audit_sink sink = {NULL, on_case, NULL, NULL};
	cc_audit_summary summary;
	cc_source *src = NULL;
	char *msg = NULL;
	int rc = CC_EXIT_USAGE;
	if (argc != 4 || cc_purpose_parse(&ao.purpose, argv[2]) < 0 ||
	    cc_date_parse(&ao.as_of, argv[3], strlen(argv[3])) < 0) {
		fprintf(stderr, "usage: %s DIR PURPOSE YYYY-MM-DD (libcasecheck %s)\n", argv[0], cc_version());
		return CC_EXIT_USAGE;
	}
	so.repo_dir = argv[1];
	if (cc_source_open(&src, &so, &msg) < 0 || cc_audit_run(src, &ao, &sink, &summary, &msg) < 0) {
		fprintf(stderr, "audit: %s\n", msg ? msg : "cannot run");
		goto done;
	}
	printf("%zu cases, %zu ready\n", summary.cases, summary.ready);
	rc = summary.not_ready ? CC_EXIT_NOT_READY : CC_EXIT_READY;
	cc_audit_summary_clear(&summary);
done:
	free(msg);
	cc_source_free(src);
	return rc;
}
