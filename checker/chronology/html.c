/* html.c: the printable chronology, in the layout family courts and case
 * reviews use: date, event, source, significance to the child, action.
 * One self-contained page, no scripts: A4, the case and the as-of date in
 * the top margin and "Page N of M" in the bottom one (CSS page margin
 * boxes, so the browser's own header and footer, with a local path and the
 * time, are not needed: print with --no-pdf-header-footer). */
#include <stdio.h>
#include <string.h>

#include "chron_int.h"
#include "report/xmlesc.h"

static void esc(FILE *out, const char *s)
{
	cc_xml_escape(out, s ? s : "", false);
}

/* The cases for the page margin, as a CSS string: case ids are letters,
 * digits and '-' (checked when read), so nothing needs escaping. */
static void css_cases(FILE *out, const cc_chronology *c)
{
	for (size_t i = 0; i < c->n_cases && i < 6; i++)
		fprintf(out, "%s%s", i ? ", " : "", c->cases[i]);
	if (c->n_cases > 6)
		fprintf(out, " and %zu more", c->n_cases - 6);
}

static const char style[] =
	"body { font: 10pt/1.35 \"DejaVu Sans\", Arial, sans-serif; color: #000; margin: 0; }\n"
	"h1 { font-size: 15pt; margin: 0 0 4pt; }\n"
	"p.meta { margin: 0 0 8pt; font-size: 9pt; }\n"
	"table { width: 100%; border-collapse: collapse; table-layout: fixed; }\n"
	"thead { display: table-header-group; }\n"
	"th, td { border: 0.6pt solid #555; padding: 3pt 4pt; vertical-align: top; text-align: left;\n"
	"  overflow-wrap: anywhere; }\n"
	"th { background: #e6e6e6; font-size: 9pt; }\n"
	"tr { break-inside: avoid; }\n"
	"col.date { width: 14%; } col.event { width: 30%; } col.source { width: 14%; }\n"
	"col.sig { width: 26%; } col.action { width: 16%; }\n"
	"col.case { width: 11%; }\n"
	".cat, .id { display: block; font-size: 8pt; color: #333; }\n"
	".addendum { display: block; font-size: 8.5pt; font-style: italic; }\n"
	"tr.error td { color: #555; }\n"
	"tr.error del { text-decoration: line-through; }\n"
	".note { font-size: 8.5pt; }\n"
	"@media screen { body { max-width: 190mm; margin: 12mm auto; } }\n";

static void write_head(FILE *out, const cc_chronology *c, const char *asof)
{
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
	             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
	             "<title>Chronology ");
	for (size_t i = 0; i < c->n_cases; i++) {
		fputs(i ? ", " : "", out);
		esc(out, c->cases[i]);
	}
	fprintf(out, "</title>\n<style>\n@page { size: A4; margin: 22mm 14mm 18mm 14mm;\n"
	             "  @top-left { content: \"Chronology: ");
	css_cases(out, c);
	fprintf(out, "%s\"; font: 9pt sans-serif; }\n"
	             "  @top-right { content: \"As of %s\"; font: 9pt sans-serif; }\n"
	             "  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt sans-serif; } }\n"
	             "%s</style>\n</head>\n",
	        c->anonymised ? " (anonymised)" : "", asof, style);
}

static void write_row(FILE *out, const cc_chronology *c, const cc_chron_row *r)
{
	char label[32];
	cc_chron_date_label(label, &r->when);
	fprintf(out, "<tr%s>", r->in_error_on ? " class=\"error\"" : "");
	if (c->n_cases > 1) {
		fputs("<td>", out);
		esc(out, r->case_id);
		fputs("</td>", out);
	}
	fputs("<td>", out);
	esc(out, label);
	fputs("<span class=\"cat\">", out);
	esc(out, r->category);
	fputs("</span><span class=\"id\">", out);
	esc(out, r->id);
	fputs(r->historic ? " (historic)" : "", out);
	fputs("</span></td><td>", out);
	if (r->in_error_on) {
		fputs("<del>", out);
		esc(out, r->event);
		fputs("</del> <span class=\"note\">(entered in error, marked ", out);
		esc(out, r->in_error_on);
		fputs(")</span>", out);
	} else {
		esc(out, r->event);
	}
	if (r->amends) {
		fputs("<span class=\"addendum\">Addendum to ", out);
		esc(out, r->amends);
		if (r->amended_date) {
			fputs(" (", out);
			esc(out, r->amended_date);
			fputs(")", out);
		}
		fputs("</span>", out);
	}
	fputs("</td><td>", out);
	esc(out, r->source);
	fputs("</td><td>", out);
	esc(out, r->significance);
	fputs("</td><td>", out);
	esc(out, r->action);
	fputs("</td></tr>\n", out);
}

int cc_chron_write_html(FILE *out, const cc_chronology *c)
{
	char asof[11];
	cc_date_format(c->as_of, asof);
	write_head(out, c, asof);
	fputs("<body>\n<h1>Chronology", out);
	fputs(c->n_cases > 1 ? " of the family: " : ": ", out);
	for (size_t i = 0; i < c->n_cases; i++) {
		fputs(i ? ", " : "", out);
		esc(out, c->cases[i]);
	}
	fprintf(out, "</h1>\n<p class=\"meta\">As of %s. %zu entr%s in date order (a date known only to the month or "
	             "year is placed at its start).%s%s</p>\n",
	        asof, c->n_rows, c->n_rows == 1 ? "y" : "ies",
	        c->anonymised ? " Anonymised: the names the record knows are replaced by labels." : " Personal data: "
	                                                                                              "handle as the case record.",
	        c->all ? " Entries entered in error are shown struck through." : "");
	fputs("<table>\n<colgroup>", out);
	if (c->n_cases > 1)
		fputs("<col class=\"case\">", out);
	fputs("<col class=\"date\"><col class=\"event\"><col class=\"source\"><col class=\"sig\"><col class=\"action\">"
	      "</colgroup>\n<thead><tr>",
	      out);
	if (c->n_cases > 1)
		fputs("<th scope=\"col\">Case</th>", out);
	fputs("<th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">Source</th>"
	      "<th scope=\"col\">Significance to the child</th><th scope=\"col\">Action</th></tr></thead>\n<tbody>\n",
	      out);
	for (size_t i = 0; i < c->n_rows; i++)
		write_row(out, c, &c->rows[i]);
	fputs("</tbody>\n</table>\n</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}
