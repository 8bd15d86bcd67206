/* csvw: CSV for spreadsheets (RFC 4180), one place for its rules.
 *
 * Used by every command that writes CSV (the fix list, the chronology
 * export), so each writes it the same way:
 *  - UTF-8 with a byte-order mark first, so spreadsheet programs show
 *    names in the right characters;
 *  - every cell quoted when it holds a comma, quote, CR or LF (quotes
 *    doubled), rows ended with CRLF;
 *  - a cell whose first character is =, +, -, @, tab or carriage return
 *    is prefixed with an apostrophe, so no spreadsheet runs it as a
 *    formula (OWASP's advice on CSV injection);
 *  - invalid UTF-8 becomes U+FFFD. */
#ifndef CC_REPORT_CSVW_H
#define CC_REPORT_CSVW_H

#include <stdbool.h>
#include <stdio.h>

typedef struct cc_csvw {
	FILE *out;
	bool row_open; /* a cell has been written in the current row */
} cc_csvw;

/* Starts a CSV document on out: writes the byte-order mark. */
void cc_csvw_begin(cc_csvw *w, FILE *out);
/* One cell of the current row; NULL is an empty cell. */
void cc_csvw_cell(cc_csvw *w, const char *s);
void cc_csvw_cell_uint(cc_csvw *w, unsigned long long v);
/* Ends the current row. */
void cc_csvw_end_row(cc_csvw *w);
/* A whole row of n cells. */
void cc_csvw_row(cc_csvw *w, const char *const *cells, size_t n);

#endif
