/* csv.c: the chronology for spreadsheets, through the one CSV writer
 * (report/csvw.h: byte-order mark, quoting, formula-like cells defused). */
#include <stdio.h>
#include <string.h>

#include "chron_int.h"
#include "report/csvw.h"
#include "util/strbuf.h"

static const char *const header[] = {"case", "id", "date", "date_label", "category", "event", "source",
                                     "significance", "action", "children", "recorded_by", "recorded_on",
                                     "historic", "amends", "amends_date", "entered_in_error_on"};

int cc_chron_write_csv(FILE *out, const cc_chronology *c)
{
	cc_csvw w;
	cc_csvw_begin(&w, out);
	cc_csvw_row(&w, header, sizeof header / sizeof header[0]);
	for (size_t i = 0; i < c->n_rows; i++) {
		const cc_chron_row *r = &c->rows[i];
		char label[32];
		cc_strbuf kids = CC_STRBUF_INIT;
		cc_chron_date_label(label, &r->when);
		for (size_t k = 0; k < r->n_children; k++)
			cc_strbuf_printf(&kids, "%s%s", k ? " " : "", r->children[k]);
		const char *cells[] = {r->case_id, r->id, r->date, label, r->category, r->event, r->source,
		                       r->significance, r->action, kids.buf, r->recorded_by, r->recorded_on,
		                       r->historic ? "yes" : "no", r->amends, r->amended_date, r->in_error_on};
		cc_csvw_row(&w, cells, sizeof cells / sizeof cells[0]);
		cc_strbuf_free(&kids);
	}
	return ferror(out) ? -1 : 0;
}
