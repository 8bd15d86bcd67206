/* html_timeline: a case's chronology as an inline SVG time line (the
 * layout comes from html_timeline_model.c).
 *
 * Lanes, top to bottom: key dates (diamonds), entries (stacked dots per
 * day, week, month, quarter or year, whichever keeps a column at least
 * MIN_BIN_PX wide; when some column holds more than STACK_CAP entries,
 * every column is a bar to scale with its count), entries out of order
 * (triangles), entries dated after as-of (squares), then the axis with year
 * and month ticks. The time before the allocation is shaded grey and its
 * entries drawn hollow; gaps longer than the threshold are hatched. Every
 * mark has a <title>; the figure has a text summary (also the SVG's
 * <desc>). */
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "html_internal.h"
#include "html_timeline.h"

#define VIEW_W 960
#define LABEL_ROW1_Y 12
#define LABEL_ROW2_Y 25
#define MARK_Y 38
#define ENTRY_TOP 50
#define STACK_STEP 9
#define ENTRY_BASE (ENTRY_TOP + 14 + STACK_CAP * STACK_STEP)
#define OOO_Y (ENTRY_BASE + 17)
#define FUTURE_Y (OOO_Y + 19)
#define AXIS_Y (FUTURE_Y + 15)
#define VIEW_H (AXIS_Y + 38)

static const char *const month_abbr[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static void write_defs(const cc_html_tl *c)
{
	FILE *out = c->out;

	fputs("<defs><pattern id=\"", out);
	cc_html_anchor(out, "hatch-a-", c->case_id);
	fputs("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
	      "<rect width=\"6\" height=\"6\" fill=\"#fde7e4\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
	      "stroke=\"#b3261e\" stroke-width=\"2\"/></pattern><pattern id=\"", out);
	cc_html_anchor(out, "hatch-h-", c->case_id);
	fputs("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
	      "<rect width=\"6\" height=\"6\" fill=\"#fff4d6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
	      "stroke=\"#8a5a00\" stroke-width=\"1.5\"/></pattern></defs>\n", out);
}

static void write_lane_labels(const cc_html_tl *c)
{
	fprintf(c->out,
	        "<g class=\"lanes\" font-size=\"12\" fill=\"#333\">"
	        "<text x=\"6\" y=\"%d\">Key dates</text>"
	        "<text x=\"6\" y=\"%d\">Entries</text>"
	        "<text x=\"6\" y=\"%d\">Out of order (%zu)</text>"
	        "<text x=\"6\" y=\"%d\">Future (%zu)</text></g>\n"
	        "<g stroke=\"#d0d0d0\" stroke-width=\"1\">"
	        "<line x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" y2=\"%d\"/>"
	        "<line x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" y2=\"%d\"/>"
	        "<line x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" y2=\"%d\"/></g>\n",
	        MARK_Y + 4, ENTRY_BASE - 28, OOO_Y + 4, c->n_ooo, FUTURE_Y + 4, c->n_future,
	        PLOT_X0, MARK_Y, PLOT_X1, MARK_Y, PLOT_X0, OOO_Y, PLOT_X1, OOO_Y,
	        PLOT_X0, FUTURE_Y, PLOT_X1, FUTURE_Y);
	if (c->bars)
		fprintf(c->out, "<text x=\"6\" y=\"%d\" font-size=\"10\" fill=\"#333\">tallest: %zu</text>\n",
		        ENTRY_BASE - 14, c->max_column);
}

static void write_historic_band(const cc_html_tl *c)
{
	double x1;

	if (c->allocation == 0 || c->allocation <= c->lo)
		return;
	x1 = cc_html_tl_x(c, c->allocation);
	fprintf(c->out, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#ececec\">"
	        "<title>Before the allocation (historic)</title></rect>\n",
	        PLOT_X0, ENTRY_TOP - 4, x1 - PLOT_X0, FUTURE_Y + 8 - (ENTRY_TOP - 4));
}

/* Drawn after the gaps, with a white halo, so a gap never hides it. */
static void write_historic_label(const cc_html_tl *c)
{
	if (c->allocation == 0 || c->allocation <= c->lo || cc_html_tl_x(c, c->allocation) - PLOT_X0 < 170)
		return;
	fprintf(c->out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#333\" stroke=\"#fff\" "
	        "stroke-width=\"3\" paint-order=\"stroke\">Before allocation (historic)</text>\n", PLOT_X0 + 4,
	        ENTRY_TOP + 26);
}

/* The longest label that fits inside the gap's width at 11px (about 6.2 px
 * a character, and a margin): "gap 120 days", "120 days", "120d", or none
 * (the title and the text under the picture still give the length). */
static void write_gap_label(const cc_html_tl *c, double x0, double x1, int days)
{
	char label[3][32];
	snprintf(label[0], sizeof label[0], "gap %d days", days);
	snprintf(label[1], sizeof label[1], "%d days", days);
	snprintf(label[2], sizeof label[2], "%dd", days);
	for (size_t i = 0; i < 3; i++) {
		if ((double)strlen(label[i]) * 6.2 + 6 > x1 - x0)
			continue;
		fprintf(c->out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
		        "fill=\"#1a1a1a\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
		        (x0 + x1) / 2, ENTRY_TOP + 12, label[i]);
		return;
	}
}

static void write_gaps(const cc_html_tl *c)
{
	size_t i;

	for (i = 0; i < c->n_gaps; i++) {
		const gap *g = &c->gaps[i];
		double x0 = cc_html_tl_x(c, g->from), x1 = cc_html_tl_x(c, g->to);
		int days = (int)(g->to - g->from);

		if (x1 - x0 < 2)
			x1 = x0 + 2;
		fprintf(c->out, "<g class=\"gap\"><title>Gap of %d days with no chronology entry: ", days);
		cc_html_date(c->out, g->from);
		fputs(" to ", c->out);
		cc_html_date(c->out, g->to);
		fprintf(c->out, "%s (%s; threshold %d days)</title>", g->trailing ? " (as-of)" : "",
		        g->since_allocation ? "since the allocation: blocks readiness" : "before the allocation",
		        c->gap_days);
		fputs("<rect x=\"", c->out);
		fprintf(c->out, "%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"url(#", x0, ENTRY_TOP,
		        x1 - x0, FUTURE_Y + 6 - ENTRY_TOP);
		cc_html_anchor(c->out, g->since_allocation ? "hatch-a-" : "hatch-h-", c->case_id);
		fprintf(c->out, ")\" stroke=\"%s\" stroke-width=\"1\"/>", g->since_allocation ? "#b3261e" : "#8a5a00");
		write_gap_label(c, x0, x1, days);
		fputs("</g>\n", c->out);
	}
}

static void write_bin_title(const cc_html_tl *c, cc_date start, bool old, size_t from, size_t to,
                            size_t count, const char *what)
{
	/* category tallies; categories are fixed codes, so few */
	const char *cats[16];
	size_t tallies[16], n_cats = 0, other = 0, i, k;

	for (i = from; i < to; i++) {
		const cc_timeline_entry *e = cc_html_tl_entry(c, i);
		const char *cat = e->category ? e->category : "other";

		for (k = 0; k < n_cats; k++)
			if (strcmp(cats[k], cat) == 0)
				break;
		if (k < n_cats) {
			tallies[k]++;
		} else if (n_cats < 16) {
			cats[n_cats] = cat;
			tallies[n_cats++] = 1;
		} else {
			other++;
		}
	}
	fputs("<title>", c->out);
	bin_unit unit = old ? c->unit_old : c->unit;

	if (unit == BIN_DAY) {
		cc_html_date(c->out, start);
	} else {
		fprintf(c->out, "%s from ", cc_html_tl_unit_names[unit]);
		cc_html_date(c->out, start);
	}
	fprintf(c->out, ": %zu %s%s", count, what, count == 1 ? "" : "s");
	for (k = 0; k < n_cats; k++) {
		fputs(k == 0 ? " (" : ", ", c->out);
		cc_html_text(c->out, cats[k]);
		fprintf(c->out, " %zu", tallies[k]);
	}
	if (other)
		fprintf(c->out, ", other %zu", other);
	if (n_cats)
		fputs(")", c->out);
	fputs("</title>", c->out);
}

/* One column of ordinary entries: stacked dots (filled since the
 * allocation, hollow before it), or in bar mode a bar whose height is to
 * scale, with its count above when there is room. */
static void write_entry_column(const cc_html_tl *c, cc_date start, bool old_part, size_t from, size_t to,
                               size_t n_current, size_t n_old, size_t column)
{
	double cx = cc_html_tl_column_x(c, start, old_part);
	size_t total = n_current + n_old, k;

	fputs("<g class=\"bin\">", c->out);
	write_bin_title(c, start, old_part, from, to, total, "entry");
	if (!c->bars) {
		for (k = 0; k < total; k++) {
			bool old = k < n_old;

			fprintf(c->out, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.6\" fill=\"%s\" stroke=\"%s\" "
			        "stroke-width=\"1.4\"/>", cx, ENTRY_BASE - 5 - (int)k * STACK_STEP,
			        old ? "#ffffff" : "#1f4e99", old ? "#6b6b6b" : "#1f4e99");
		}
	} else {
		cc_date end = cc_html_tl_bin_end(old_part ? c->unit_old : c->unit, start);
		double colw = cc_html_tl_x(c, end) - cc_html_tl_x(c, start);
		double full = STACK_CAP * STACK_STEP;
		double h = full * (double)total / (double)c->max_column;
		double h_cur, bw = colw - 2;

		if (bw > 14)
			bw = 14;
		if (bw < 3)
			bw = 3;
		if (h < 3)
			h = 3;
		h_cur = h * (double)n_current / (double)total;
		if (n_current)
			fprintf(c->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f4e99\"/>",
			        cx - bw / 2, ENTRY_BASE - h_cur, bw, h_cur);
		if (n_old)
			fprintf(c->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#fff\" "
			        "stroke=\"#6b6b6b\" stroke-width=\"1.2\"/>", cx - bw / 2 + 0.6, ENTRY_BASE - h + 0.6,
			        bw - 1.2, h - h_cur - 1.2 > 1 ? h - h_cur - 1.2 : 1);
		if (colw >= 16 || (colw >= 8 && (column % 2 == 0 || total == c->max_column)))
			fprintf(c->out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" "
			        "fill=\"#1a1a1a\">%zu</text>", cx, ENTRY_BASE - h - 3, total);
	}
	fputs("</g>", c->out);
}

static void write_problem_marker(const cc_html_tl *c, cc_date start, bool old_part, size_t from, size_t to,
                                 size_t count, bool future)
{
	double cx = cc_html_tl_column_x(c, start, old_part);
	size_t i, listed = 0;
	int y = future ? FUTURE_Y : OOO_Y;

	fputs("<g class=\"", c->out);
	fputs(future ? "future\">" : "ooo\">", c->out);
	fprintf(c->out, "<title>%zu entr%s %s:", count, count == 1 ? "y" : "ies",
	        future ? "dated after the as-of date" : "earlier than the entry before it in the file");
	for (i = from; i < to && listed < MAX_LISTED; i++) {
		const cc_timeline_entry *e = cc_html_tl_entry(c, i);

		if (future ? !e->future : !e->out_of_order)
			continue;
		fputs(listed ? ", " : " ", c->out);
		cc_html_text(c->out, e->pointer ? e->pointer : "?");
		fputs(" (", c->out);
		cc_html_tl_write_partial(c->out, &e->date);
		fputs(")", c->out);
		listed++;
	}
	if (count > listed)
		fprintf(c->out, " and %zu more", count - listed);
	fputs("</title>", c->out);
	if (future)
		fprintf(c->out, "<rect x=\"%.1f\" y=\"%d\" width=\"9\" height=\"9\" fill=\"#7b1fa2\" stroke=\"#3d0f51\"/>",
		        cx - 4.5, y - 4);
	else
		fprintf(c->out, "<path d=\"M%.1f %d l5.5 10 h-11 z\" fill=\"#b34700\" stroke=\"#5c2400\"/>",
		        cx, y - 6);
	if (count > 1)
		fprintf(c->out, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#1a1a1a\">%zu</text>", cx + 7,
		        y + 4, count);
	fputs("</g>", c->out);
}

/* Walks the entries by date, one column at a time. */
static void write_entries(const cc_html_tl *c)
{
	size_t n = c->tl->n_entries, i = 0, j, column = 0;
	cc_date start;
	bool old_part;
	bin_counts bc;

	fputs("<g class=\"entries\">", c->out);
	while (i < n) {
		j = cc_html_tl_next_column(c, i, &start, &old_part, &bc);
		if (bc.current + bc.old > 0)
			write_entry_column(c, start, old_part, i, j, bc.current, bc.old, column++);
		if (bc.ooo > 0)
			write_problem_marker(c, start, old_part, i, j, bc.ooo, false);
		if (bc.future > 0)
			write_problem_marker(c, start, old_part, i, j, bc.future, true);
		fputs("\n", c->out);
		i = j;
	}
	fputs("</g>\n", c->out);
	if (n == 0)
		fprintf(c->out, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\" fill=\"#4a4a4a\">"
		        "No chronology entries</text>\n", (PLOT_X0 + PLOT_X1) / 2, ENTRY_BASE - 30);
}

/* Places a label in the first key-date row with room; false if none. */
static bool place_label(cc_html_tl *c, double x, size_t chars, double *lx, int *ly, const char **anchor)
{
	double w = (double)chars * 6.0 + 6;
	double left = x - w / 2;
	int row;

	*anchor = "middle";
	if (left < PLOT_X0 - 8) {
		left = x;
		*anchor = "start";
	} else if (left + w > VIEW_W - 2) {
		left = x - w;
		*anchor = "end";
	}
	for (row = 0; row < 2; row++) {
		if (left >= c->row_end[row]) {
			c->row_end[row] = left + w;
			*lx = x;
			*ly = row == 0 ? LABEL_ROW1_Y : LABEL_ROW2_Y;
			return true;
		}
	}
	return false;
}

static void write_label(cc_html_tl *c, double x, const char *prefix, const char *kind, cc_date d)
{
	char date[11];
	double lx;
	int ly;
	const char *anchor;
	size_t chars = strlen(prefix) + (kind ? strlen(kind) : 0) + 11;

	cc_date_format(d, date);
	if (!place_label(c, x, chars, &lx, &ly, &anchor))
		return;
	fprintf(c->out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"%s\" fill=\"#1a1a1a\">%s",
	        lx, ly, anchor, prefix);
	cc_html_text(c->out, kind);
	fprintf(c->out, " %s</text>", date);
}

static void write_marks(cc_html_tl *c)
{
	const cc_timeline *tl = c->tl;
	size_t i;

	if (c->allocation != 0) {
		double x = cc_html_tl_x(c, c->allocation);

		fprintf(c->out, "<g class=\"allocation\"><title>Allocated ");
		cc_html_date(c->out, c->allocation);
		fprintf(c->out, "</title><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1a1a1a\" "
		        "stroke-width=\"2\" stroke-dasharray=\"6 3\"/>", x, MARK_Y - 8, x, AXIS_Y);
		write_label(c, x, "", "allocated", c->allocation);
		fputs("</g>\n", c->out);
	}
	if (c->as_of != 0) {
		double x = cc_html_tl_x(c, c->as_of);

		fputs("<g class=\"asof\"><title>As-of date ", c->out);
		cc_html_date(c->out, c->as_of);
		fprintf(c->out, "</title><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1a1a1a\" "
		        "stroke-width=\"2\"/>", x, MARK_Y - 8, x, AXIS_Y);
		write_label(c, x, "", "as of", c->as_of);
		fputs("</g>\n", c->out);
	}
	for (i = 0; i < tl->n_marks; i++) {
		const cc_timeline_mark *m = &tl->marks[i];
		double x;

		if (m->date == 0 || (cc_html_tl_is_allocation(m) && m->date == c->allocation))
			continue;
		x = cc_html_tl_x(c, m->date);
		fprintf(c->out, "<g class=\"mark%s\"><title>", m->past ? " past" : "");
		cc_html_text(c->out, m->kind ? m->kind : "key date");
		fputs(" ", c->out);
		cc_html_date(c->out, m->date);
		/* a past key date is drawn hollow: the chronology must show it happened */
		fprintf(c->out, "%s</title><path d=\"M%.1f %d l6 6 l-6 6 l-6 -6 z\" fill=\"%s\" stroke=\"%s\" "
		        "stroke-width=\"%s\"/>", m->past ? " (passed: the chronology should record it)" : "", x, MARK_Y - 6,
		        m->past ? "#fff" : "#00695c", m->past ? "#00695c" : "#00332c", m->past ? "2" : "1");
		write_label(c, x, "", m->kind ? m->kind : "key date", m->date);
		fputs("</g>\n", c->out);
	}
}

static int step_for(double px, const int *steps, size_t n, double min_px)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (px * steps[k] >= min_px)
			return steps[k];
	return 0;
}

static void write_axis(const cc_html_tl *c)
{
	static const int month_steps[] = { 1, 2, 3, 6 };
	static const int year_steps[] = { 1, 2, 5, 10, 20, 50, 100 };
	FILE *out = c->out;
	int y, m, d, y_hi, y_alloc = 0, k, step;
	double last_label = -1000, first_label = -1000, alloc_year_label = -1000;
	cc_date t;

	fprintf(out, "<g class=\"axis\" font-size=\"11\" fill=\"#333\"><line x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" "
	        "y2=\"%d\" stroke=\"#333\"/>", PLOT_X0, AXIS_Y, PLOT_X1, AXIS_Y);
	cc_date_to_ymd(c->lo, &y, &m, &d);
	cc_date_to_ymd(c->hi, &y_hi, &d, &d);
	if (c->split)
		cc_date_to_ymd(c->allocation, &y_alloc, &d, &d);
	/* month ticks where months are at least 5 px apart; labels where 34 */
	for (t = cc_date_from_ymd(y, m, 1); t <= c->hi; t = cc_date_add_months(t, 1)) {
		double pxm = cc_html_tl_px_per_day(c, t) * 30.44, x;
		int ty, tm, td;

		if (t < c->lo || pxm < 5)
			continue;
		cc_date_to_ymd(t, &ty, &tm, &td);
		if (tm == 1)
			continue;
		x = cc_html_tl_x(c, t);
		fprintf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>", x, AXIS_Y, x,
		        AXIS_Y + 4);
		step = step_for(pxm, month_steps, 4, 34);
		if (step && (tm - 1) % step == 0 && x + 12 < PLOT_X1 + 10)
			fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, AXIS_Y + 15,
			        month_abbr[tm - 1]);
	}
	/* 1 January: a grid line and the year, where years are far enough apart */
	for (k = y + 1; k <= y_hi; k++) {
		double pxy, x;

		t = cc_date_from_ymd(k, 1, 1);
		if (t < c->lo || t > c->hi)
			continue;
		pxy = cc_html_tl_px_per_day(c, t) * 365.25;
		step = step_for(pxy, year_steps, 7, 40);
		if (step == 0)
			step = 100;
		if (pxy < 8 && k % step != 0)
			continue;
		x = cc_html_tl_x(c, t);
		fprintf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c8c8c8\"/>"
		        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\" stroke-width=\"1.5\"/>",
		        x, ENTRY_TOP - 4, x, AXIS_Y, x, AXIS_Y, x, AXIS_Y + 10);
		if (k % step == 0 && x - last_label >= 36 && x + 16 < PLOT_X1 + 14) {
			fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-weight=\"bold\" text-anchor=\"middle\">%d</text>",
			        x, AXIS_Y + 29, k);
			if (first_label < 0)
				first_label = x;
			if (k == y_alloc)
				alloc_year_label = x;
			last_label = x;
		}
	}
	/* the first year at the left edge when no label is near it */
	if (first_label < 0 || first_label - PLOT_X0 > 50)
		fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-weight=\"bold\">%d</text>", PLOT_X0, AXIS_Y + 29, y);
	/* after the break, the year the months there belong to */
	if (c->split && c->split_x - alloc_year_label > 60) {
		t = cc_date_from_ymd(y_alloc + 1, 1, 1);
		if (t > c->hi || cc_html_tl_x(c, t) - c->split_x > 60)
			fprintf(out, "<text x=\"%.1f\" y=\"%d\" font-weight=\"bold\">%d</text>", c->split_x + 6,
			        AXIS_Y + 29, y_alloc);
	}
	if (c->split)
		fprintf(out, "<g class=\"break\"><title>The axis changes scale here: the time before the allocation is "
		        "compressed</title><rect x=\"%.1f\" y=\"%d\" width=\"6\" height=\"12\" fill=\"#fff\"/>"
		        "<path d=\"M%.1f %d l4 -12 M%.1f %d l4 -12\" stroke=\"#333\" stroke-width=\"1.5\"/></g>",
		        c->split_x - 3, AXIS_Y - 6, c->split_x - 5, AXIS_Y + 6, c->split_x + 1, AXIS_Y + 6);
	fputs("</g>\n", out);
}

static void write_legend(FILE *out, const cc_html_tl *c)
{
	fputs("<ul class=\"legend\" aria-label=\"Legend\">", out);
	if (c->bars)
		fprintf(out, "<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"5\" width=\"4\" "
		        "height=\"7\" fill=\"#1f4e99\"/><rect x=\"7\" y=\"0\" width=\"4\" height=\"12\" fill=\"#1f4e99\"/>"
		        "</svg>Bars: entries per %s, height to scale, count above</li>", cc_html_tl_unit_names[c->unit]);
	else
		fprintf(out, "<li>One dot per entry, stacked per %s</li>", cc_html_tl_unit_names[c->unit]);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4\" "
	      "fill=\"#1f4e99\"/></svg>Entry since allocation</li>", out);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4\" "
	      "fill=\"#fff\" stroke=\"#6b6b6b\" stroke-width=\"1.5\"/></svg>Entry before allocation (historic, "
	      "grey band)</li>", out);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path d=\"M6 1 l5.5 10 h-11 z\" "
	      "fill=\"#b34700\"/></svg>Out of date order</li>", out);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1.5\" y=\"1.5\" width=\"9\" "
	      "height=\"9\" fill=\"#7b1fa2\"/></svg>Dated after as-of</li>", out);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path d=\"M6 0 l6 6 l-6 6 l-6 -6 z\" "
	      "fill=\"#00695c\"/></svg>Key date ahead</li>", out);
	fputs("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path d=\"M6 1 l5 5 l-5 5 l-5 -5 z\" "
	      "fill=\"#fff\" stroke=\"#00695c\" stroke-width=\"2\"/></svg>Key date passed</li>", out);
	fprintf(out, "<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><rect width=\"14\" height=\"12\" "
	        "fill=\"#fde7e4\" stroke=\"#b3261e\"/><path d=\"M0 12 L12 0 M6 12 L14 4\" stroke=\"#b3261e\" "
	        "stroke-width=\"2\"/></svg>Gap over %d days since allocation (blocks)</li>", c->gap_days);
	fputs("<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><rect width=\"14\" height=\"12\" "
	      "fill=\"#fff4d6\" stroke=\"#8a5a00\"/><path d=\"M0 12 L12 0 M6 12 L14 4\" stroke=\"#8a5a00\" "
	      "stroke-width=\"1.5\"/></svg>Gap before allocation (warning)</li>", out);
	fputs("<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"12\" "
	      "stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/></svg>Allocation</li>", out);
	fputs("<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"12\" "
	      "stroke=\"#1a1a1a\" stroke-width=\"2\"/></svg>As-of date</li>", out);
	fputs("</ul>\n", out);
}

void cc_html_timeline(FILE *out, const cc_case_result *r, cc_date as_of)
{
	cc_html_tl c;

	cc_html_tl_init(&c, out, r, as_of);

	/* the box scrolls sideways when narrow, so it takes the keyboard focus */
	fputs("<figure class=\"timeline\">\n<h4>Chronology timeline</h4>\n<div class=\"tl-scroll\" tabindex=\"0\" "
	      "role=\"group\" aria-labelledby=\"", out);
	cc_html_anchor(out, "tlt-", r->case_id);
	fputs("\"><svg class=\"tl\" role=\"img\" viewBox=\"0 0 ", out);
	fprintf(out, "%d %d\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\" "
	        "aria-labelledby=\"", VIEW_W, VIEW_H);
	cc_html_anchor(out, "tlt-", r->case_id);
	fputs(" ", out);
	cc_html_anchor(out, "tld-", r->case_id);
	fputs("\"><title id=\"", out);
	cc_html_anchor(out, "tlt-", r->case_id);
	fputs("\">Chronology timeline of case ", out);
	cc_html_text(out, r->case_id);
	fputs("</title><desc id=\"", out);
	cc_html_anchor(out, "tld-", r->case_id);
	fputs("\">", out);
	cc_html_tl_summary(&c);
	fputs("</desc>\n", out);
	write_defs(&c);
	write_lane_labels(&c);
	write_historic_band(&c);
	write_gaps(&c);
	write_historic_label(&c);
	write_axis(&c);
	write_entries(&c);
	write_marks(&c);
	fputs("</svg></div>\n<figcaption><p class=\"tl-summary\">", out);
	cc_html_tl_summary(&c);
	fputs("</p>\n", out);
	write_legend(out, &c);
	fputs("</figcaption>\n</figure>\n", out);
	cc_html_tl_clear(&c);
}
