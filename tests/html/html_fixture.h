/* html_fixture: a hand-made caseload of HTML_FX_CASES audit results (one
 * with a 500-entry chronology, one with odd characters everywhere, one
 * marked ready by mistake) and helpers to render it with the HTML format. */
#ifndef CC_TESTS_HTML_FIXTURE_H
#define CC_TESTS_HTML_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "casecheck/audit.h"

#define HTML_FX_CASES 12
#define HTML_FX_READY 4       /* cases shown READY */
#define HTML_FX_VALUE "Jane Secretname, 1 Hidden Street"
#define HTML_FX_ODD_ID "X<b>&\"'\x01\xFF-9"
#define HTML_FX_ODD_ID_HTML "X&lt;b&gt;&amp;&quot;&#39;&#xFFFD;&#xFFFD;-9"
#define HTML_FX_ODD_ANCHOR "case-X_3Cb_3E_26_22_27_01_FF-9"
#define HTML_FX_UNKNOWN_RULE "zz.made-up-rule"
#define HTML_FX_TOP_RULE "chronology.gaps" /* blocks the most cases */
#define HTML_FX_BIG_CASE "LCS-100003"     /* 500 chronology entries */

typedef struct html_fx_expect {
	const char *case_id;
	bool ready;         /* what the page must show */
	size_t errors, others;
} html_fx_expect;

extern const html_fx_expect html_fx_expected[HTML_FX_CASES];

void html_fx_meta(cc_audit_meta *meta);
/* Case i (0 .. HTML_FX_CASES-1), owned by the caller. */
cc_case_result *html_fx_case(int i);
/* A case with no findings and the given timeline pieces (all copied):
 * entries dated dates[i] ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
cc_case_result *html_fx_timeline_case(const char *case_id, const char *allocation,
                                      const char *const *dates, size_t n_dates);

/* Renders results (ownership taken; NULL entries skipped) through the
 * HTML format into a new string (caller frees). *finish_rc gets finish's
 * return; call_end false leaves the end callback out. */
char *html_fx_render(cc_case_result **results, size_t n, bool show_values, bool call_end, int *finish_rc);
/* The whole fixture caseload rendered. */
char *html_fx_render_caseload(bool show_values);

/* s as the page writes it (cc_html_text); caller frees. */
char *html_fx_escaped(const char *s);
/* Occurrences of needle in hay. */
size_t html_fx_count(const char *hay, const char *needle);
/* The part of html from the case's section to the next section (a new
 * string; "" when absent). */
char *html_fx_case_section(const char *html, const char *anchor);

#endif
