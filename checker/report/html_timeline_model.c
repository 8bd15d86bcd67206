/* html_timeline_model: the layout of a case's timeline (see
 * html_timeline.h); html_timeline.c draws it. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "html_internal.h"
#include "html_timeline.h"
#include "util/xalloc.h"

const char *const cc_html_tl_unit_names[] = { "day", "week", "month", "quarter", "year" };

const cc_timeline_entry *cc_html_tl_entry(const cc_html_tl *c, size_t sorted_i)
{
	return &c->tl->entries[c->order[sorted_i]];
}

bool cc_html_tl_historic(const cc_html_tl *c, const cc_timeline_entry *e)
{
	return e->historic || (c->allocation != 0 && e->date.first < c->allocation);
}

/* The axis is linear, or when split, linear on each side of the
 * allocation: [lo, allocation) on [PLOT_X0, split_x), the rest after. */
double cc_html_tl_x(const cc_html_tl *c, cc_date d)
{
	if (d < c->lo)
		d = c->lo;
	if (d > c->hi)
		d = c->hi;
	if (!c->split)
		return PLOT_X0 + (double)(d - c->lo) * (PLOT_X1 - PLOT_X0) / (double)(c->hi - c->lo);
	if (d < c->allocation)
		return PLOT_X0 + (double)(d - c->lo) * (c->split_x - PLOT_X0) / (double)(c->allocation - c->lo);
	return c->split_x + (double)(d - c->allocation) * (PLOT_X1 - c->split_x) / (double)(c->hi - c->allocation);
}

double cc_html_tl_px_per_day(const cc_html_tl *c, cc_date d)
{
	if (!c->split)
		return (PLOT_X1 - PLOT_X0) / (double)(c->hi - c->lo);
	if (d < c->allocation)
		return (c->split_x - PLOT_X0) / (double)(c->allocation - c->lo);
	return (PLOT_X1 - c->split_x) / (double)(c->hi - c->allocation);
}

/* Whether d lies in the compressed part before the allocation. */
bool cc_html_tl_old_part(const cc_html_tl *c, cc_date d)
{
	return c->split && d < c->allocation;
}

void cc_html_tl_write_partial(FILE *out, const cc_partial_date *p)
{
	char buf[11];

	cc_date_format(p->first, buf);
	if (p->precision == CC_DATE_YEAR)
		buf[4] = '\0';
	else if (p->precision == CC_DATE_MONTH)
		buf[7] = '\0';
	fputs(buf, out);
}

/* ---- ordering and range ------------------------------------------------ */

typedef struct sort_key {
	cc_date first;
	size_t index;
} sort_key;

static int sort_key_cmp(const void *a, const void *b)
{
	const sort_key *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	/* keep file order among equal dates */
	return x->index < y->index ? -1 : (x->index > y->index);
}

static void sort_entries(cc_html_tl *c)
{
	size_t i, n = c->tl->n_entries;
	sort_key *keys = cc_xmalloc((n ? n : 1) * sizeof(*keys));

	for (i = 0; i < n; i++) {
		keys[i].first = c->tl->entries[i].date.first;
		keys[i].index = i;
	}
	if (n > 1)
		qsort(keys, n, sizeof(*keys), sort_key_cmp);
	c->order = cc_xmalloc((n ? n : 1) * sizeof(*c->order));
	for (i = 0; i < n; i++)
		c->order[i] = keys[i].index;
	free(keys);
}

static void widen(cc_date *lo, cc_date *hi, bool *any, cc_date d)
{
	if (!*any || d < *lo)
		*lo = d;
	if (!*any || d > *hi)
		*hi = d;
	*any = true;
}

static void compute_range(cc_html_tl *c)
{
	const cc_timeline *tl = c->tl;
	cc_date lo = 0, hi = 0, pad;
	bool any = false;
	size_t i;

	for (i = 0; i < tl->n_entries; i++)
		widen(&lo, &hi, &any, tl->entries[i].date.first);
	for (i = 0; i < tl->n_marks; i++)
		if (tl->marks[i].date != 0)
			widen(&lo, &hi, &any, tl->marks[i].date);
	if (c->allocation != 0)
		widen(&lo, &hi, &any, c->allocation);
	if (c->as_of != 0)
		widen(&lo, &hi, &any, c->as_of);
	if (!any)
		lo = hi = cc_date_today();
	if (hi - lo < 60) {
		lo -= (60 - (hi - lo)) / 2 + 1;
		hi = lo + 61;
	}
	/* a margin on each side; on the right in proportion to the time since
	 * the allocation, which may get most of the width (choose_scale) */
	pad = (hi - lo) / 40 + 2;
	c->lo = lo - pad;
	if (c->allocation > lo && c->allocation < hi)
		pad = (hi - c->allocation) / 40 + 2;
	c->hi = hi + pad;
}

static bin_unit unit_for(double px_day)
{
	if (px_day >= MIN_BIN_PX)
		return BIN_DAY;
	if (px_day * 7 >= MIN_BIN_PX)
		return BIN_WEEK;
	if (px_day * 28 >= MIN_BIN_PX)
		return BIN_MONTH;
	if (px_day * 90 >= MIN_BIN_PX)
		return BIN_QUARTER;
	return BIN_YEAR;
}

/* Splits the axis when the time before the allocation would take more
 * than MAX_OLD_SHARE of it, and picks the column lengths. */
static void choose_scale(cc_html_tl *c)
{
	if (c->allocation > c->lo && c->allocation < c->hi &&
	    (double)(c->allocation - c->lo) / (double)(c->hi - c->lo) > MAX_OLD_SHARE) {
		c->split = true;
		c->split_x = PLOT_X0 + MAX_OLD_SHARE * (PLOT_X1 - PLOT_X0);
	}
	c->unit = unit_for(cc_html_tl_px_per_day(c, c->hi));
	c->unit_old = c->split ? unit_for(cc_html_tl_px_per_day(c, c->lo)) : c->unit;
}

static bin_unit unit_at(const cc_html_tl *c, cc_date d)
{
	return cc_html_tl_old_part(c, d) ? c->unit_old : c->unit;
}

static cc_date bin_start(const cc_html_tl *c, cc_date d)
{
	bin_unit unit = unit_at(c, d);
	int y, m, dd;

	switch (unit) {
	case BIN_DAY: return d;
	case BIN_WEEK: return d - cc_date_weekday(d);
	default: break;
	}
	cc_date_to_ymd(d, &y, &m, &dd);
	if (unit == BIN_MONTH)
		return cc_date_from_ymd(y, m, 1);
	if (unit == BIN_QUARTER)
		return cc_date_from_ymd(y, ((m - 1) / 3) * 3 + 1, 1);
	return cc_date_from_ymd(y, 1, 1);
}

cc_date cc_html_tl_bin_end(bin_unit unit, cc_date start)
{
	switch (unit) {
	case BIN_DAY: return start + 1;
	case BIN_WEEK: return start + 7;
	case BIN_MONTH: return cc_date_add_months(start, 1);
	case BIN_QUARTER: return cc_date_add_months(start, 3);
	default: return cc_date_add_months(start, 12);
	}
}

/* The x of the middle of the column that starts at start, for entries on
 * the old side of the allocation or not; a column never crosses it. */
double cc_html_tl_column_x(const cc_html_tl *c, cc_date start, bool old)
{
	cc_date end = cc_html_tl_bin_end(old ? c->unit_old : c->unit, start);

	if (c->split && old && end > c->allocation)
		end = c->allocation;
	if (c->split && !old && start < c->allocation)
		start = c->allocation;
	return (cc_html_tl_x(c, start) + cc_html_tl_x(c, end)) / 2;
}

/* ---- gaps --------------------------------------------------------------- */

static void add_gap(cc_html_tl *c, cc_date from, cc_date to, bool trailing)
{
	gap *g;

	c->gaps = cc_xgrow(c->gaps, &c->gaps_cap, c->n_gaps + 1, sizeof(*c->gaps));
	g = &c->gaps[c->n_gaps++];
	g->from = from;
	g->to = to;
	g->trailing = trailing;
	/* since the allocation when the part after it is itself too long */
	g->since_allocation = c->allocation == 0 ||
	                      to - (from > c->allocation ? from : c->allocation) > c->gap_days;
}

/* A gap is a stretch of more than gap_days between the last day an entry
 * covers and the first day of the next entry (or as-of, after the newest
 * entry). Entries dated after as-of do not close a gap. */
static void compute_gaps(cc_html_tl *c)
{
	cc_date covered = 0;
	bool any = false;
	size_t i;

	for (i = 0; i < c->tl->n_entries; i++) {
		const cc_timeline_entry *e = cc_html_tl_entry(c, i);

		if (c->as_of != 0 && e->date.first > c->as_of)
			break;
		if (any && e->date.first - covered > c->gap_days)
			add_gap(c, covered, e->date.first, false);
		if (!any || e->date.last > covered)
			covered = e->date.last;
		any = true;
	}
	if (any && c->as_of != 0 && c->as_of - covered > c->gap_days)
		add_gap(c, covered, c->as_of, true);
}

static void count_kinds(cc_html_tl *c)
{
	size_t i;

	for (i = 0; i < c->tl->n_entries; i++) {
		const cc_timeline_entry *e = &c->tl->entries[i];

		if (cc_html_tl_historic(c, e))
			c->n_historic++;
		if (e->out_of_order)
			c->n_ooo++;
		if (e->future)
			c->n_future++;
		if (e->date.precision != CC_DATE_DAY)
			c->n_partial++;
	}
}

/* ---- the text alternative ------------------------------------------------ */

bool cc_html_tl_is_allocation(const cc_timeline_mark *m)
{
	return m->kind && strcmp(m->kind, "allocation") == 0;
}

void cc_html_tl_summary(const cc_html_tl *c)
{
	FILE *out = c->out;
	const cc_timeline *tl = c->tl;
	size_t i, n_marks = 0;

	if (tl->n_entries == 0) {
		fputs("No chronology entries. ", out);
	} else {
		fprintf(out, "%zu chronology entr%s dated ", tl->n_entries, tl->n_entries == 1 ? "y" : "ies");
		cc_html_tl_write_partial(out, &cc_html_tl_entry(c, 0)->date);
		fputs(" to ", out);
		cc_html_tl_write_partial(out, &cc_html_tl_entry(c, tl->n_entries - 1)->date);
		fprintf(out, "; %zu before the allocation (historic, drawn hollow). ", c->n_historic);
	}
	if (c->allocation != 0) {
		fputs("Allocated ", out);
		cc_html_date(out, c->allocation);
		fputs(". ", out);
	} else {
		fputs("Allocation date unknown. ", out);
	}
	fprintf(out, "%zu gap%s longer than %d days", c->n_gaps, c->n_gaps == 1 ? "" : "s", c->gap_days);
	for (i = 0; i < c->n_gaps && i < MAX_LISTED; i++) {
		const gap *g = &c->gaps[i];

		fputs(i == 0 ? ": " : "; ", out);
		cc_html_date(out, g->from);
		fputs(g->trailing ? " to as-of " : " to ", out);
		cc_html_date(out, g->to);
		fprintf(out, " (%d days%s)", (int)(g->to - g->from), g->since_allocation ? "" : ", before allocation");
	}
	if (c->n_gaps > MAX_LISTED)
		fprintf(out, "; and %zu more", c->n_gaps - MAX_LISTED);
	fprintf(out, ". %zu entr%s out of date order; %zu dated after the as-of date",
	        c->n_ooo, c->n_ooo == 1 ? "y" : "ies", c->n_future);
	if (c->as_of != 0) {
		fputs(" (", out);
		cc_html_date(out, c->as_of);
		fputs(")", out);
	}
	fputs(".", out);
	for (i = 0; i < tl->n_marks; i++) {
		const cc_timeline_mark *m = &tl->marks[i];

		if (cc_html_tl_is_allocation(m))
			continue;
		fputs(n_marks == 0 ? " Key dates: " : "; ", out);
		cc_html_text(out, m->kind ? m->kind : "key date");
		fputs(" ", out);
		cc_html_date(out, m->date);
		if (m->past)
			fputs(" (passed)", out);
		n_marks++;
	}
	if (n_marks > 0)
		fputs(".", out);
	if (c->n_partial > 0)
		fprintf(out, " %zu entr%s known only to the month or year, placed at the start of that period.",
		        c->n_partial, c->n_partial == 1 ? "y is" : "ies are");
	if (tl->n_entries > 0) {
		fprintf(out, " Each column is one %s", cc_html_tl_unit_names[c->unit]);
		if (c->split)
			fprintf(out, "; the time before the allocation is compressed, one %s a column",
			        cc_html_tl_unit_names[c->unit_old]);
		fputs(".", out);
	}
}

/* The column that starts with sorted entry i: its start, side of the
 * allocation, counts; returns the index after its last entry. */
size_t cc_html_tl_next_column(const cc_html_tl *c, size_t i, cc_date *start, bool *old_part, bin_counts *bc)
{
	cc_date first = cc_html_tl_entry(c, i)->date.first;
	size_t j;

	*start = bin_start(c, first);
	*old_part = cc_html_tl_old_part(c, first);
	memset(bc, 0, sizeof(*bc));
	for (j = i; j < c->tl->n_entries; j++) {
		const cc_timeline_entry *e = cc_html_tl_entry(c, j);

		if (cc_html_tl_old_part(c, e->date.first) != *old_part || bin_start(c, e->date.first) != *start)
			break;
		if (e->out_of_order)
			bc->ooo++;
		if (e->future)
			bc->future++;
		if (e->out_of_order || e->future)
			continue;
		if (cc_html_tl_historic(c, e))
			bc->old++;
		else
			bc->current++;
	}
	return j;
}

/* Decides between dots and bars. */
static void measure_columns(cc_html_tl *c)
{
	size_t i = 0;
	cc_date start;
	bool old_part;
	bin_counts bc;

	while (i < c->tl->n_entries) {
		i = cc_html_tl_next_column(c, i, &start, &old_part, &bc);
		if (bc.current + bc.old > c->max_column)
			c->max_column = bc.current + bc.old;
	}
	c->bars = c->max_column > STACK_CAP;
}

void cc_html_tl_init(cc_html_tl *c, FILE *out, const cc_case_result *r, cc_date as_of)
{
	size_t i;

	memset(c, 0, sizeof(*c));
	c->out = out;
	c->tl = &r->timeline;
	c->case_id = r->case_id;
	c->as_of = as_of;
	c->allocation = r->timeline.allocation_since;
	for (i = 0; c->allocation == 0 && i < r->timeline.n_marks; i++)
		if (cc_html_tl_is_allocation(&r->timeline.marks[i]))
			c->allocation = r->timeline.marks[i].date;
	c->gap_days = r->timeline.gap_days > 0 ? r->timeline.gap_days : DEFAULT_GAP_DAYS;
	c->row_end[0] = c->row_end[1] = -1e9;
	sort_entries(c);
	compute_range(c);
	choose_scale(c);
	measure_columns(c);
	compute_gaps(c);
	count_kinds(c);
}

void cc_html_tl_clear(cc_html_tl *c)
{
	free(c->order);
	free(c->gaps);
	memset(c, 0, sizeof(*c));
}
