/* sarif_check: structural checks of a SARIF report against the fixture,
 * shared by the SARIF tests. */
#ifndef CC_TESTS_REPORT_SARIF_CHECK_H
#define CC_TESTS_REPORT_SARIF_CHECK_H

#include <stdbool.h>
#include <cjson/cJSON.h>

/* Runs the SARIF report of the fixture and parses it (cJSON_Delete it). */
cJSON *sarif_run(bool show_values);
/* Every result has a level that is error, warning or note, equal to
 * its finding's severity; fails the running Check test otherwise. */
void sarif_assert_levels(const cJSON *doc);

/* The official SARIF 2.1.0 schema (CASECHECK_SHARED_DIR), loaded into
 * casecheck's validator exactly as published (draft-04); setup fails the
 * test if it cannot be. A Check fixture: setup and teardown. */
void sarif_schema_setup(void);
void sarif_schema_teardown(void);
/* Validates doc (formats asserted); fails the test with the errors. */
void sarif_assert_valid(const cJSON *doc);
void sarif_assert_invalid(const cJSON *doc);

#endif
