/* html_case: one case's section of the HTML page (facts, sign-off state,
 * timeline, findings grouped by area) and the findings list itself. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "html_internal.h"
#include "audit/params.h"
#include "util/xalloc.h"

/* Areas in the order a manager reads a case; the key is the area name
 * lower-cased with everything but letters and digits left out. */
static const struct area_label {
	const char *key, *label;
} area_labels[] = {
	{ "chronology", "Chronology" },
	{ "genogram", "Genogram" },
	{ "coredata", "Core data" },
	{ "core", "Core data" },
	{ "notes", "Case notes" },
	{ "casenotes", "Case notes" },
	{ "assessments", "Assessments" },
	{ "assessment", "Assessments" },
	{ "allocation", "Allocation" },
	{ "documents", "Documents" },
	{ "transfer", "Transfer" },
	{ "signoff", "Sign-off" },
	{ "receive", "Receiving" },
	{ "history", "History" },
	{ "schema", "Schema" },
	{ "integrity", "Integrity" },
};
#define N_AREA_LABELS (sizeof(area_labels) / sizeof(area_labels[0]))

static void area_key(char *key, size_t size, const char *area)
{
	size_t n = 0;

	for (; *area && n + 1 < size; area++)
		if (isalnum((unsigned char)*area))
			key[n++] = (char)tolower((unsigned char)*area);
	key[n] = '\0';
}

/* Rank of an area in area_labels, or N_AREA_LABELS when unknown. */
static size_t area_rank(const char *area)
{
	char key[64];
	size_t i;

	area_key(key, sizeof(key), area);
	for (i = 0; i < N_AREA_LABELS; i++)
		if (strcmp(key, area_labels[i].key) == 0)
			return i;
	return N_AREA_LABELS;
}

static void write_area_label(FILE *out, const char *area)
{
	size_t rank = area_rank(area);
	char *copy;
	char *p;

	if (rank < N_AREA_LABELS) {
		fputs(area_labels[rank].label, out);
		return;
	}
	copy = cc_xstrdup(area);
	for (p = copy; *p; p++)
		if (*p == '-' || *p == '_' || *p == '.')
			*p = ' ';
	if (copy[0] >= 'a' && copy[0] <= 'z')
		copy[0] = (char)(copy[0] - 'a' + 'A');
	cc_html_text(out, copy);
	free(copy);
}

typedef struct area_group {
	char *area;
	size_t rank, errors, others;
} area_group;

static int area_group_cmp(const void *a, const void *b)
{
	const area_group *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return strcmp(x->area, y->area);
}

static const char *finding_area(const cc_finding *f, char *buf, size_t size)
{
	return cc_html_rule_area(f->rule, buf, size);
}

/* The distinct areas of list, in reading order (caller frees each area and
 * the array). */
static area_group *collect_areas(const cc_findings *list, size_t *n_out)
{
	area_group *groups = NULL;
	size_t n = 0, cap = 0, i, j;
	char buf[64];

	for (i = 0; i < list->count; i++) {
		const cc_finding *f = &list->items[i];
		const char *area = finding_area(f, buf, sizeof(buf));

		for (j = 0; j < n; j++)
			if (strcmp(groups[j].area, area) == 0)
				break;
		if (j == n) {
			groups = cc_xgrow(groups, &cap, n + 1, sizeof(*groups));
			groups[n].area = cc_xstrdup(area);
			groups[n].rank = area_rank(area);
			groups[n].errors = groups[n].others = 0;
			n++;
		}
		if (f->severity == CC_SEVERITY_ERROR)
			groups[j].errors++;
		else
			groups[j].others++;
	}
	if (n > 1)
		qsort(groups, n, sizeof(*groups), area_group_cmp);
	*n_out = n;
	return groups;
}

static const char *severity_label(cc_severity s)
{
	switch (s) {
	case CC_SEVERITY_ERROR: return "&#x2716; Blocking";
	case CC_SEVERITY_WARNING: return "&#x25B2; Warning";
	default: return "&#x2139; Note";
	}
}

/* Help text, with `quoted` commands shown as code. */
static void write_help(FILE *out, const char *help, const long *params)
{
	const char *open, *close;
	char *part;

	while ((open = strchr(help, '`')) != NULL && (close = strchr(open + 1, '`')) != NULL) {
		part = cc_xstrndup(help, (size_t)(open - help));
		cc_html_plain(out, part, params);
		free(part);
		part = cc_xstrndup(open + 1, (size_t)(close - open - 1));
		fputs("<code>", out);
		cc_html_text(out, part);
		fputs("</code>", out);
		free(part);
		help = close + 1;
	}
	cc_html_plain(out, help, params);
}

/* What only a records officer or the developers need: the seed files the
 * check comes from and the parameters it reads, by name. */
static void write_details(FILE *out, const cc_report_rule *rule, const long *params)
{
	const cc_rule_info *info = rule->info;
	bool seeds = info && info->seed_files && *info->seed_files && strcmp(info->seed_files, "\xE2\x80\x94");
	if (!seeds && !(info && info->params))
		return;
	fputs("<details class=\"f-details\"><summary>Details</summary><dl>", out);
	if (seeds) {
		fputs("<div><dt>Seed files</dt><dd>", out);
		cc_html_text(out, info->seed_files);
		fputs("</dd></div>", out);
	}
	if (info && info->params) {
		char *list = cc_xstrdup(info->params), *save = NULL;
		fputs("<div><dt>Parameters</dt><dd>", out);
		for (char *name = strtok_r(list, ", ", &save); name; name = strtok_r(NULL, ", ", &save)) {
			int id = cc_param_find(name);
			if (id < 0)
				continue;
			const cc_param_info *pi = cc_param_at((cc_param_id)id);
			fputs("<code>", out);
			cc_html_text(out, pi->name);
			fprintf(out, "</code> = %ld %s; ", params ? params[id] : pi->def, pi->unit);
		}
		fputs("set in casecheck.json \"parameters\"</dd></div>", out);
		free(list);
	}
	fputs("</dl></details>\n", out);
}

static void write_finding(FILE *out, const cc_finding *f, bool show_values, const long *params)
{
	const char *sev = cc_severity_name(f->severity);
	cc_report_rule rule;

	cc_report_rule_lookup(&rule, f->rule);

	fprintf(out, "<li class=\"finding sev-%s\">\n<p class=\"f-head\"><span class=\"sev sev-%s\">%s</span> "
	        "<span class=\"f-req\">Check:</span> <span class=\"f-title\">", sev, sev, severity_label(f->severity));
	cc_html_plain(out, cc_html_rule_title(f->rule), params);
	fputs("</span></p>\n<dl class=\"f-meta\"><div><dt>Rule</dt><dd><code>", out);
	cc_html_text(out, rule.id);
	fputs("</code></dd></div><div><dt>Protocol</dt><dd>", out);
	cc_html_text(out, rule.source);
	fputs("</dd></div><div><dt>File</dt><dd><code>", out);
	cc_html_text(out, f->path && *f->path ? f->path : "(case folder)");
	fputs("</code></dd></div><div><dt>Pointer</dt><dd>", out);
	if (f->pointer && *f->pointer) {
		fputs("<code>", out);
		cc_html_text(out, f->pointer);
		fputs("</code>", out);
	} else {
		fputs("(whole file)", out);
	}
	fputs("</dd></div>", out);
	char *record = cc_report_record_text(f, show_values);
	if (record) {
		fputs("<div><dt>Record</dt><dd>", out);
		cc_html_text(out, record);
		fputs("</dd></div>", out);
		free(record);
	}
	fputs("</dl>\n<p class=\"f-msg\">", out);
	cc_html_plain(out, f->message, params);
	fputs("</p>\n", out);
	if (f->waived) {
		char *w = cc_report_waiver_text(f->waived, show_values);
		fputs("<p class=\"f-waived\"><span class=\"lbl\">Waived:</span> ", out);
		cc_html_text(out, w);
		fputs("</p>\n", out);
		free(w);
	}
	if (show_values && f->value) {
		fputs("<p class=\"f-value\"><span class=\"lbl\">Value:</span> <code>", out);
		cc_html_text(out, f->value);
		fputs("</code></p>\n", out);
	}
	if (rule.help && *rule.help) {
		fputs("<p class=\"f-help\"><span class=\"lbl\">What to do:</span> ", out);
		write_help(out, rule.help, params);
		fputs("</p>\n", out);
	}
	write_details(out, &rule, params);
	fputs("</li>\n", out);
}

void cc_html_findings(FILE *out, const cc_findings *list, int hlevel, bool show_values, const long *params)
{
	area_group *groups;
	size_t n_groups = 0, g, i;
	char buf[64];

	if (hlevel < 2 || hlevel > 6)
		hlevel = 6;
	if (list->count == 0) {
		fputs("<p class=\"none\">No findings.</p>\n", out);
		return;
	}
	groups = collect_areas(list, &n_groups);
	for (g = 0; g < n_groups; g++) {
		fprintf(out, "<div class=\"area\">\n<h%d class=\"area-h\">", hlevel);
		write_area_label(out, groups[g].area);
		fprintf(out, " <span class=\"area-count\">(%zu blocking, %zu other)</span></h%d>\n<ul class=\"findings\">\n",
		        groups[g].errors, groups[g].others, hlevel);
		for (i = 0; i < list->count; i++) {
			const cc_finding *f = &list->items[i];

			if (strcmp(finding_area(f, buf, sizeof(buf)), groups[g].area) == 0)
				write_finding(out, f, show_values, params);
		}
		fputs("</ul>\n</div>\n", out);
	}
	for (g = 0; g < n_groups; g++)
		free(groups[g].area);
	free(groups);
}

static void write_signoff(FILE *out, const cc_case_result *r)
{
	size_t i;

	switch (r->signoff) {
	case CC_SIGNOFF_CURRENT:
		fputs("<span class=\"so so-current\">&#x2714; Current</span> signed off on exactly the content audited", out);
		break;
	case CC_SIGNOFF_STALE:
		fprintf(out, "<span class=\"so so-stale\">&#x26A0; Stale</span> the records changed after the manager "
		        "signed off (%zu commit%s since)", r->n_stale_commits, r->n_stale_commits == 1 ? "" : "s");
		if (r->n_stale_commits > 0) {
			fputs("<ul class=\"commits\">", out);
			for (i = 0; i < r->n_stale_commits; i++) {
				fputs("<li><code>", out);
				cc_html_text(out, r->stale_commits[i]);
				fputs("</code></li>", out);
			}
			fputs("</ul>", out);
		}
		break;
	case CC_SIGNOFF_MISSING:
		fputs("<span class=\"so so-missing\">&#x2716; Missing</span> no sign-off recorded for this purpose", out);
		break;
	case CC_SIGNOFF_UNVERIFIABLE:
		fputs("<span class=\"so so-unverifiable\">? Unverifiable</span> not read from git, so the signed "
		      "content cannot be compared", out);
		break;
	default:
		fputs("<span class=\"so so-none\">Not required</span> for this purpose", out);
		break;
	}
	if (r->n_signoffs) {
		fputs("<ul class=\"signoffs\">", out);
		for (i = 0; i < r->n_signoffs; i++) {
			char *line = cc_report_signoff_line(&r->signoffs[i]);
			fputs("<li><code>", out);
			cc_html_text(out, r->signoffs[i].path);
			fputs("</code>: ", out);
			cc_html_text(out, line);
			fputs("</li>", out);
			free(line);
		}
		fputs("</ul>", out);
	}
}

static void write_fact(FILE *out, const char *label, const char *value)
{
	fprintf(out, "<div><dt>%s</dt><dd>", label);
	if (value && *value)
		cc_html_text(out, value);
	else
		fputs("<span class=\"muted\">not recorded</span>", out);
	fputs("</dd></div>", out);
}

void cc_html_case_section(FILE *out, const cc_case_result *r, const cc_audit_meta *meta,
                          bool show_values)
{
	bool ready = cc_html_case_ready(r);

	fputs("<section class=\"case\" id=\"", out);
	cc_html_anchor(out, "case-", r->case_id);
	fputs("\" aria-labelledby=\"", out);
	cc_html_anchor(out, "h-", r->case_id);
	fputs("\">\n<h3 id=\"", out);
	cc_html_anchor(out, "h-", r->case_id);
	fputs("\">Case ", out);
	cc_html_text(out, r->case_id);
	fprintf(out, " <span class=\"verdict %s\">%s</span></h3>\n<dl class=\"facts\">",
	        ready ? "v-ready" : "v-not-ready", ready ? "&#x2714; READY" : "&#x2716; NOT READY");
	if (r->team && r->team_name) {
		char *team = cc_xasprintf("%s (%s)", r->team_name, r->team);
		write_fact(out, "Team", team);
		free(team);
	} else {
		write_fact(out, "Team", r->team);
	}
	write_fact(out, "Allocated worker", r->worker);
	write_fact(out, "Service", r->service);
	write_fact(out, "Folder", r->path);
	fprintf(out, "<div><dt>Findings</dt><dd>%zu blocking, %zu other</dd></div>", cc_html_case_errors(r),
	        cc_html_case_others(r));
	fputs("<div class=\"wide\"><dt>Sign-off</dt><dd>", out);
	write_signoff(out, r);
	fputs("</dd></div></dl>\n", out);
	cc_html_timeline(out, r, meta ? meta->as_of : 0);
	fputs("<h4>Findings</h4>\n", out);
	cc_html_findings(out, &r->findings, 5, show_values, meta ? meta->params : NULL);
	fputs("<p class=\"back\"><a href=\"#caseload\">Back to the caseload table</a></p>\n</section>\n", out);
}
