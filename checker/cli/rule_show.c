/* rule_show.c: see rule_show.h. */
#include "rule_show.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/params.h"
#include "casecheck/rules.h"
#include "rules_doc.h"
#include "cli_util.h"

/* Longest quote of one section, in lines: the seed is the authority, the
 * quote a reminder of it. */
#define MAX_QUOTE_LINES 40
/* ... and of a protocol cited whole: its opening. */
#define MAX_WHOLE_LINES 12

/* Whether the line at p is a section heading: "N. " at the start of the
 * line, or "Appendix". Numbered lines of a contents list are indented. */
static bool is_heading(const char *p)
{
	if (!strncmp(p, "Appendix ", 9))
		return true;
	if (!isdigit((unsigned char)*p))
		return false;
	while (isdigit((unsigned char)*p))
		p++;
	return p[0] == '.' && p[1] == ' ';
}

static bool heading_is(const char *line, const char *section)
{
	if (!strncmp(section, "§", strlen("§"))) {
		const char *num = section + strlen("§");
		size_t n = strlen(num);
		return !strncmp(line, num, n) && line[n] == '.' && line[n + 1] == ' ';
	}
	size_t n = strlen(section);
	return !strncmp(line, section, n) && (line[n] == ' ' || line[n] == '\n' || line[n] == '\0');
}

int cc_seed_section(const char *text, const char *section, const char **start, size_t *len)
{
	const char *line = text, *from = NULL;
	for (; *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : line + strlen(line)) {
		if (!from && heading_is(line, section))
			from = line;
		else if (from && is_heading(line))
			break;
	}
	if (!from)
		return -1;
	*start = from;
	*len = (size_t)(line - from);
	return 0;
}

/* Writes text's lines (at most MAX_QUOTE_LINES, blank ones left out),
 * each indented as a quote. */
static void quote(FILE *out, const char *text, size_t len, size_t max_lines)
{
	size_t lines = 0;
	const char *end = text + len;
	while (text < end) {
		const char *nl = memchr(text, '\n', (size_t)(end - text));
		size_t n = nl ? (size_t)(nl - text) : (size_t)(end - text);
		bool blank = true;
		for (size_t i = 0; i < n; i++)
			blank &= isspace((unsigned char)text[i]) != 0;
		if (!blank) {
			if (++lines > max_lines) {
				fputs("    > [...]\n", out);
				return;
			}
			fprintf(out, "    > %.*s\n", (int)n, text);
		}
		text += n + (nl != NULL);
	}
}

/* One "seeds/FILE.txt §1, §4" citation: each section's words. */
static void put_citation(FILE *out, char *cite)
{
	char *space = strchr(cite, ' ');
	char *sections = space ? space + 1 : NULL;
	if (space)
		*space = '\0';
	size_t seed_len = 0;
	const char *seed = cc_rule_seed_text(cite, &seed_len);
	fprintf(out, "  %s %s\n", cite, sections ? sections : "(the whole protocol; its opening)");
	if (!seed) {
		fputs("    (this build has no copy of the seed: read it in the seeds folder)\n", out);
		return;
	}
	if (!sections) {
		quote(out, seed, seed_len, MAX_WHOLE_LINES);
		return;
	}
	for (char *s = strtok(sections, ","); s; s = strtok(NULL, ",")) {
		while (*s == ' ')
			s++;
		const char *from;
		size_t len;
		if (cc_seed_section(seed, s, &from, &len) == 0)
			quote(out, from, len, MAX_QUOTE_LINES);
		else
			fprintf(out, "    (%s has no heading of its own in the seed: read the file)\n", s);
	}
}

int cc_rule_show(FILE *out, const cc_rule_info *r, const long *params, const char *where)
{
	cc_cli_buf sev = CC_CLI_BUF_INIT, purposes = CC_CLI_BUF_INIT, profiles = CC_CLI_BUF_INIT;
	cc_rules_doc_severity(&sev, r);
	cc_rules_doc_names(&purposes, r->purposes, false, ", ");
	cc_rules_doc_names(&profiles, r->profiles, true, ", ");
	fprintf(out, "%s\n  %s\n\nwhat to do: %s\nseverity:   %s\npurposes:   %s\nprofiles:   %s\n", r->id, r->title,
	        r->help, cc_cli_buf_cstr(&sev), cc_cli_buf_cstr(&purposes), cc_cli_buf_cstr(&profiles));
	if (r->fields)
		fprintf(out, "reads:      %s\n", r->fields);
	cc_cli_buf_free(&sev);
	cc_cli_buf_free(&purposes);
	cc_cli_buf_free(&profiles);

	if (r->params) {
		char *list = cc_cli_xstrdup(r->params);
		fprintf(out, "\nparameters (%s):\n", where);
		for (char *name = strtok(list, ", "); name; name = strtok(NULL, ", ")) {
			int id = cc_param_find(name);
			if (id < 0)
				continue;
			const cc_param_info *pi = cc_param_at((cc_param_id)id);
			long v = params ? params[id] : pi->def;
			fprintf(out, "  %s = %ld %s%s: %s\n", pi->name, v, pi->unit, v == pi->def ? " (the default)" : "",
			        pi->help);
			if (v != pi->def)
				fprintf(out, "    (the default is %ld)\n", pi->def);
		}
		free(list);
	}

	fprintf(out, "\nsource: %s\n", r->source);
	if (strcmp(r->seed_files, "—")) {
		char *all = cc_cli_xstrdup(r->seed_files), *save = NULL;
		for (char *cite = strtok_r(all, ";", &save); cite; cite = strtok_r(NULL, ";", &save)) {
			while (*cite == ' ')
				cite++;
			put_citation(out, cite);
		}
		free(all);
	} else {
		fputs("  (a rule of the format itself, not of a council protocol)\n", out);
	}
	return ferror(out) ? -1 : 0;
}
