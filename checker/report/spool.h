/* spool: a temporary holding place for report output that must come after
 * something only known at the end (SARIF's rule list, JUnit's totals).
 * It is a temporary file, so memory does not grow with the caseload; when
 * no temporary file can be made it falls back to memory. */
#ifndef CC_REPORT_SPOOL_H
#define CC_REPORT_SPOOL_H

#include <stddef.h>
#include <stdio.h>

typedef struct cc_spool {
	FILE *fp;     /* write here */
	char *mem;    /* open_memstream buffer, when not a file */
	size_t mem_len;
	int is_mem;
} cc_spool;

/* Opens the spool. Returns 0, or -1 when neither a temporary file nor a
 * memory stream could be opened. */
int cc_spool_open(cc_spool *sp);
/* Appends everything written so far to out. Returns 0 or -1. */
int cc_spool_copy(cc_spool *sp, FILE *out);
void cc_spool_close(cc_spool *sp);

#endif
