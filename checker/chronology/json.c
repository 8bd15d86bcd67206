/* json.c: the chronology as JSON, valid against
 * schemas/chronology-export.json ("casecheck/chronology-export@1"). */
#include <stdio.h>

#include "chron_int.h"
#include "report/common.h"
#include "report/jsonw.h"

static void row(cc_jw *w, const cc_chron_row *r)
{
	char label[32];
	cc_chron_date_label(label, &r->when);
	cc_jw_begin_object(w);
	cc_jw_member_string(w, "case_id", r->case_id);
	cc_jw_member_string(w, "id", r->id);
	cc_jw_member_string(w, "date", r->date);
	cc_jw_member_string(w, "date_label", label);
	cc_jw_member_string(w, "category", r->category);
	cc_jw_member_string(w, "event", r->event);
	cc_jw_member_string(w, "source", r->source);
	cc_jw_member_string(w, "significance", r->significance);
	cc_jw_member_string(w, "action", r->action);
	cc_jw_key(w, "children");
	cc_jw_begin_array(w);
	for (size_t k = 0; k < r->n_children; k++)
		cc_jw_string(w, r->children[k]);
	cc_jw_end_array(w);
	cc_jw_member_string(w, "recorded_by", r->recorded_by);
	cc_jw_member_string(w, "recorded_on", r->recorded_on);
	cc_jw_member_bool(w, "historic", r->historic);
	cc_jw_key(w, "amends");
	if (r->amends) {
		cc_jw_begin_object(w);
		cc_jw_member_string(w, "id", r->amends);
		cc_jw_member_string(w, "date", r->amended_date);
		cc_jw_member_bool(w, "shown", r->amended >= 0);
		cc_jw_end_object(w);
	} else {
		cc_jw_null(w);
	}
	cc_jw_member_string(w, "entered_in_error_on", r->in_error_on);
	cc_jw_end_object(w);
}

int cc_chron_write_json(FILE *out, const cc_chronology *c)
{
	cc_jw w;
	char asof[11];
	cc_date_format(c->as_of, asof);
	cc_jw_init(&w, out);
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "format", "casecheck/chronology-export@1");
	cc_jw_member_string(&w, "tool_version", CASECHECK_VERSION);
	cc_jw_key(&w, "cases");
	cc_jw_begin_array(&w);
	for (size_t i = 0; i < c->n_cases; i++)
		cc_jw_string(&w, c->cases[i]);
	cc_jw_end_array(&w);
	cc_jw_member_string(&w, "as_of", asof);
	cc_jw_key(&w, "source");
	cc_jw_begin_object(&w);
	cc_jw_member_string(&w, "kind", cc_report_source_kind_name(c->source_kind));
	cc_jw_member_string(&w, "commit", c->commit);
	cc_jw_end_object(&w);
	cc_jw_member_bool(&w, "anonymised", c->anonymised);
	cc_jw_member_bool(&w, "entered_in_error_shown", c->all);
	cc_jw_key(&w, "labels");
	cc_jw_begin_array(&w);
	for (size_t i = 0; i < c->n_labels; i++)
		cc_jw_string(&w, c->labels[i]);
	cc_jw_end_array(&w);
	cc_jw_key(&w, "entries");
	cc_jw_begin_array(&w);
	for (size_t i = 0; i < c->n_rows; i++)
		row(&w, &c->rows[i]);
	cc_jw_end_array(&w);
	cc_jw_end_object(&w);
	fputc('\n', out);
	return ferror(out) ? -1 : 0;
}
