/* html_fixture: the hand-made caseload of the HTML report tests. */
#include "html_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "casecheck/finding.h"
#include "casecheck/report.h"
#include "report/format_impl.h"
#include "report/html_internal.h"
#include "util/xalloc.h"

const html_fx_expect html_fx_expected[HTML_FX_CASES] = {
	{ "LCS-100001", true, 0, 0 },
	{ "LCS-100002", false, 3, 1 },
	{ "LCS-100003", false, 1, 2 },
	{ HTML_FX_ODD_ID, false, 1, 0 },
	{ "LCS-100005", true, 0, 2 },
	{ "LCS-100006", false, 2, 0 },
	{ "LCS-100007", true, 0, 1 },
	{ "LCS-100008", false, 4, 0 },
	{ "LCS-100009", true, 0, 0 },
	{ "LCS-100010", false, 1, 0 },
	{ "LCS-100011", false, 1, 0 }, /* says ready, holds an error */
	{ "LCS-100012", false, 1, 0 }, /* counts one error, lists none */
};

static cc_date day(const char *s)
{
	cc_date d = 0;

	if (cc_date_parse(&d, s, strlen(s)) != 0)
		abort();
	return d;
}

void html_fx_meta(cc_audit_meta *meta)
{
	memset(meta, 0, sizeof(*meta));
	meta->tool_version = "0.1.0-test";
	meta->purpose = CC_PURPOSE_SIGNOFF;
	meta->profile = "core";
	meta->as_of = day("2026-03-02");
	meta->source_kind = CC_SOURCE_REV;
	meta->rev = "HEAD";
	meta->commit = "0123456789abcdef0123456789abcdef01234567";
	meta->root = "/tmp/somewhere/case-repo";
}

static cc_case_result *new_case(const char *id, const char *team, const char *worker, const char *service,
                                bool ready, cc_signoff_state signoff)
{
	cc_case_result *r = cc_xcalloc(1, sizeof(*r));

	r->case_id = cc_xstrdup(id);
	r->path = cc_xasprintf("cases/%s", id);
	r->ready = ready;
	r->team = team ? cc_xstrdup(team) : NULL;
	r->worker = worker ? cc_xstrdup(worker) : NULL;
	r->service = service ? cc_xstrdup(service) : NULL;
	r->signoff = signoff;
	r->timeline.gap_days = 90;
	return r;
}

static void add(cc_case_result *r, const char *rule, cc_severity sev, const char *file, const char *pointer)
{
	char *path = cc_xasprintf("%s/%s", r->path, file);

	cc_findings_add(&r->findings, rule, sev, path, pointer, "%s at %s", rule, pointer);
	free(path);
	if (sev == CC_SEVERITY_ERROR)
		r->n_errors++;
	else if (sev == CC_SEVERITY_WARNING)
		r->n_warnings++;
}

static cc_timeline_entry *add_entry(cc_case_result *r, const char *date, const char *category)
{
	cc_timeline *tl = &r->timeline;
	cc_timeline_entry *e;

	tl->entries = cc_xrealloc(tl->entries, (tl->n_entries + 1) * sizeof(*tl->entries));
	e = &tl->entries[tl->n_entries];
	memset(e, 0, sizeof(*e));
	if (cc_partial_date_parse(&e->date, date, strlen(date)) != 0)
		abort();
	e->category = cc_xstrdup(category);
	e->pointer = cc_xasprintf("/entries/%zu", tl->n_entries);
	e->historic = r->timeline.allocation_since != 0 && e->date.first < r->timeline.allocation_since;
	tl->n_entries++;
	return e;
}

static cc_timeline_entry *add_entry_day(cc_case_result *r, cc_date d, const char *category)
{
	char buf[11];

	cc_date_format(d, buf);
	return add_entry(r, buf, category);
}

static void add_mark_past(cc_case_result *r, const char *date, const char *kind, bool past)
{
	cc_timeline *tl = &r->timeline;

	tl->marks = cc_xrealloc(tl->marks, (tl->n_marks + 1) * sizeof(*tl->marks));
	tl->marks[tl->n_marks].date = day(date);
	tl->marks[tl->n_marks].kind = cc_xstrdup(kind);
	tl->marks[tl->n_marks].past = past;
	tl->n_marks++;
}

static void add_mark(cc_case_result *r, const char *date, const char *kind)
{
	add_mark_past(r, date, kind, false);
}

static void monthly_entries(cc_case_result *r, const char *from, int months)
{
	static const char *const cats[] = { "visit", "meeting", "review", "health" };
	cc_date d = day(from);
	int i;

	for (i = 0; i < months; i++)
		add_entry_day(r, cc_date_add_months(d, i), cats[i % 4]);
}

static cc_case_result *case_big(void)
{
	static const char *const cats[] = { "visit", "meeting", "health", "education", "family" };
	static const char *const old[] = { "2015", "2016-03", "2017", "2018-06", "2019-01-20" };
	cc_case_result *r = new_case("LCS-100003", "team-south", "sw-003", "child-protection", false,
	                             CC_SIGNOFF_MISSING);
	cc_date d;
	int i;

	r->timeline.allocation_since = day("2024-01-15");
	for (i = 0; i < 40; i++)
		add_entry(r, old[i % 5], "family");
	/* 430 entries every 1.5 days or so, but a gap of 120 days in 2025 */
	d = day("2024-01-16");
	for (i = 0; i < 430; i++) {
		add_entry_day(r, d, cats[i % 5]);
		d += (i % 2) ? 1 : 2;
		if (i == 250)
			d += 120;
	}
	/* a busy week: 30 entries in the week of 2026-02-16 */
	for (i = 0; i < 30; i++)
		add_entry_day(r, day("2026-02-16") + i % 5, "meeting");
	add_mark(r, "2024-01-15", "allocation");
	add_mark(r, "2026-03-09", "cp-conference");
	add_mark(r, "2026-04-20", "core-group");
	add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/291");
	add(r, "chronology.gaps", CC_SEVERITY_WARNING, "chronology.json", "/entries/1");
	add(r, "chronology.gaps", CC_SEVERITY_WARNING, "chronology.json", "/entries/3");
	return r;
}

cc_case_result *html_fx_case(int i)
{
	cc_case_result *r = NULL;
	cc_timeline_entry *e;

	switch (i) {
	case 0:
		r = new_case("LCS-100001", "team-north", "sw-001", "child-in-need", true, CC_SIGNOFF_CURRENT);
		r->timeline.allocation_since = day("2025-06-02");
		monthly_entries(r, "2025-06-05", 9);
		add_mark(r, "2026-03-16", "review");
		break;
	case 1:
		r = new_case("LCS-100002", "team-north", "sw-002", "child-in-need", false, CC_SIGNOFF_STALE);
		r->timeline.allocation_since = day("2025-01-06");
		add_entry(r, "2024-11-20", "referral");
		add_entry(r, "2025-01-10", "allocation");
		add_entry(r, "2025-02-01", "visit");
		add_entry(r, "2025-07-15", "visit");      /* 164 days after the one before */
		e = add_entry(r, "2025-07-01", "meeting"); /* out of order */
		e->out_of_order = true;
		monthly_entries(r, "2025-08-01", 6);
		e = add_entry(r, "2026-05-01", "review");  /* future */
		e->future = true;
		add_mark(r, "2026-03-20", "review");
		add_mark_past(r, "2025-10-14", "cp-conference", true); /* a key date already passed */
		r->stale_commits = cc_xcalloc(2, sizeof(char *));
		r->stale_commits[0] = cc_xstrdup("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678");
		r->stale_commits[1] = cc_xstrdup("fedcba9876543210fedcba9876543210fedcba98");
		r->n_stale_commits = 2;
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/3");
		add(r, "chronology.order", CC_SEVERITY_ERROR, "chronology.json", "/entries/4/date");
		add(r, "integrity.future-date", CC_SEVERITY_ERROR, "chronology.json", "/entries/11/date");
		add(r, "documents.unlisted", CC_SEVERITY_WARNING, "documents/scan 1.pdf", "");
		break;
	case 2:
		r = case_big();
		break;
	case 3: {
		cc_finding *f;

		r = new_case(HTML_FX_ODD_ID, "T&<odd>", NULL, NULL, false, CC_SIGNOFF_UNVERIFIABLE);
		r->timeline.gap_days = 0; /* unknown: the page falls back to 90 */
		f = cc_findings_add(&r->findings, HTML_FX_UNKNOWN_RULE, CC_SEVERITY_ERROR, "cases/odd/<case>.json",
		                    "/a~1b/<c>", "bad \xFF byte in <message> & \"more\"");
		cc_finding_set_value(f, HTML_FX_VALUE, strlen(HTML_FX_VALUE));
		r->n_errors = 1;
		break;
	}
	case 4:
		r = new_case("LCS-100005", "team-south", "sw-004", "early-help", true, CC_SIGNOFF_NOT_REQUIRED);
		r->timeline.allocation_since = day("2025-11-03");
		monthly_entries(r, "2025-11-04", 4);
		add(r, "documents.unlisted", CC_SEVERITY_WARNING, "documents/a.pdf", "");
		add(r, "documents.unlisted", CC_SEVERITY_WARNING, "documents/b.pdf", "");
		break;
	case 5:
		r = new_case("LCS-100006", NULL, "sw-005", "child-in-care", false, CC_SIGNOFF_MISSING);
		r->timeline.allocation_since = day("2024-09-01");
		monthly_entries(r, "2024-09-10", 3);
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/2");
		add(r, "notes.draft", CC_SEVERITY_ERROR, "notes/n-1.json", "/status");
		break;
	case 6:
		r = new_case("LCS-100007", "team-east", "sw-006", "care-leaver", true, CC_SIGNOFF_CURRENT);
		r->timeline.allocation_since = day("2023-04-03");
		monthly_entries(r, "2023-04-10", 36);
		add(r, "integrity.info", CC_SEVERITY_NOTE, "case.json", "/status");
		break;
	case 7:
		r = new_case("LCS-100008", "team-east", "sw-007", "child-protection", false, CC_SIGNOFF_STALE);
		r->timeline.allocation_since = day("2025-03-03");
		add_entry(r, "2025-03-05", "allocation");
		add_entry(r, "2025-08-05", "visit");
		add_entry(r, "2025-12-20", "visit");
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/1");
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/2");
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "");
		add(r, "signoff.current", CC_SEVERITY_ERROR, "signoffs", "");
		break;
	case 8:
		r = new_case("LCS-100009", "team-north", "sw-001", "child-in-need", true, CC_SIGNOFF_CURRENT);
		r->timeline.allocation_since = day("2025-10-01");
		monthly_entries(r, "2025-10-02", 5);
		break;
	case 9:
		r = new_case("LCS-100010", "team-south", "sw-008", "child-in-care", false, CC_SIGNOFF_CURRENT);
		r->timeline.allocation_since = day("2025-05-01");
		monthly_entries(r, "2025-05-02", 10);
		add(r, "transfer.record", CC_SEVERITY_ERROR, "transfer.json", "/family_informed");
		break;
	case 10:
		r = new_case("LCS-100011", "team-north", "sw-002", "child-in-need", true, CC_SIGNOFF_CURRENT);
		r->timeline.allocation_since = day("2025-07-01");
		monthly_entries(r, "2025-07-02", 8);
		add(r, "chronology.gaps", CC_SEVERITY_ERROR, "chronology.json", "/entries/0");
		r->ready = true; /* wrongly: the page must still say NOT READY */
		break;
	case 11:
		r = new_case("LCS-100012", "team-east", "sw-006", "early-help", false, CC_SIGNOFF_MISSING);
		r->n_errors = 1;
		break;
	default:
		break;
	}
	return r;
}

cc_case_result *html_fx_timeline_case(const char *case_id, const char *allocation,
                                      const char *const *dates, size_t n_dates)
{
	cc_case_result *r = new_case(case_id, "team-x", "sw-x", "child-in-need", true, CC_SIGNOFF_NOT_REQUIRED);
	size_t i;

	if (allocation)
		r->timeline.allocation_since = day(allocation);
	for (i = 0; i < n_dates; i++)
		add_entry(r, dates[i], "visit");
	return r;
}

char *html_fx_render(cc_case_result **results, size_t n, bool show_values, bool call_end, int *finish_rc)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary summary;
	char *buf = NULL;
	size_t len = 0, i;
	FILE *out = open_memstream(&buf, &len);
	void *st;

	if (!out)
		abort();
	opts.format = CC_REPORT_HTML;
	opts.show_values = show_values;
	html_fx_meta(&meta);
	memset(&summary, 0, sizeof(summary));
	st = cc_report_html_impl.create(out, &opts);
	cc_report_html_impl.begin(st, &meta);
	for (i = 0; i < n; i++) {
		if (!results[i])
			continue;
		summary.cases++;
		if (results[i]->ready)
			summary.ready++;
		else
			summary.not_ready++;
		cc_report_html_impl.on_case(st, results[i]);
	}
	if (call_end)
		cc_report_html_impl.end(st, &summary);
	*finish_rc = cc_report_html_impl.finish(st);
	cc_report_html_impl.destroy(st);
	fclose(out);
	return buf;
}

char *html_fx_render_caseload(bool show_values)
{
	cc_case_result *results[HTML_FX_CASES];
	int i, rc;
	char *html;

	for (i = 0; i < HTML_FX_CASES; i++)
		results[i] = html_fx_case(i);
	html = html_fx_render(results, HTML_FX_CASES, show_values, true, &rc);
	if (rc != 0)
		abort();
	return html;
}

char *html_fx_escaped(const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		abort();
	cc_html_text(f, s);
	fclose(f);
	return buf;
}

size_t html_fx_count(const char *hay, const char *needle)
{
	size_t n = 0, len = strlen(needle);

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += len;
	}
	return n;
}

char *html_fx_case_section(const char *html, const char *anchor)
{
	char *key = cc_xasprintf("<section class=\"case\" id=\"%s\"", anchor);
	const char *start = strstr(html, key), *end;

	free(key);
	if (!start)
		return cc_xstrdup("");
	end = strstr(start + 1, "</section>");
	return end ? cc_xstrndup(start, (size_t)(end - start)) : cc_xstrdup(start);
}
