/* text.c: the chronology as plain text, for a terminal or a note. */
#include <stdio.h>
#include <string.h>

#include "chron_int.h"

/* "LCS-104233", "LCS-104233, LCS-104251". */
static void case_list(FILE *out, const cc_chronology *c)
{
	for (size_t i = 0; i < c->n_cases; i++)
		fprintf(out, "%s%s", i ? ", " : "", c->cases[i]);
}

static void field(FILE *out, const char *name, const char *value)
{
	if (value && *value)
		fprintf(out, "    %s: %s\n", name, value);
}

int cc_chron_write_text(FILE *out, const cc_chronology *c)
{
	char asof[11];
	cc_date_format(c->as_of, asof);
	fprintf(out, "Chronology of ");
	case_list(out, c);
	fprintf(out, " as of %s (%zu entr%s)\n", asof, c->n_rows, c->n_rows == 1 ? "y" : "ies");
	fprintf(out, c->anonymised ? "Anonymised: the names the record knows are replaced by labels.\n"
	                           : "This is the record itself: it holds personal data.\n");
	for (size_t i = 0; i < c->n_rows; i++) {
		const cc_chron_row *r = &c->rows[i];
		char label[32];
		cc_chron_date_label(label, &r->when);
		fprintf(out, "\n%s  [%s]", label, r->category ? r->category : "");
		if (c->n_cases > 1)
			fprintf(out, "  %s", r->case_id);
		fprintf(out, "  %s%s\n", r->id ? r->id : "", r->historic ? "  (historic)" : "");
		if (r->in_error_on)
			fprintf(out, "    ENTERED IN ERROR (marked %s); struck out: ~~%s~~\n", r->in_error_on,
			        r->event ? r->event : "");
		else
			fprintf(out, "    %s\n", r->event ? r->event : "");
		if (r->amends)
			fprintf(out, "    Addendum to %s%s%s%s\n", r->amends, r->amended_date ? " (" : "",
			        r->amended_date ? r->amended_date : "", r->amended_date ? ")" : " (not in this chronology)");
		field(out, "Source", r->source);
		field(out, "Significance", r->significance);
		field(out, "Action", r->action);
	}
	if (c->anonymised && c->n_labels) {
		fprintf(out, "\nLabels: ");
		for (size_t i = 0; i < c->n_labels; i++)
			fprintf(out, "%s%s", i ? ", " : "", c->labels[i]);
		fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}
