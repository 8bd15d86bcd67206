/* test_rule_table: the rule table (checker/audit/catalogue.c) and the code
 * cannot drift apart.
 *  - every rule id written in the code (a string literal "<area>.<name>",
 *    or a `quoted` one in a markdown table row the code writes, such as
 *    docs/rules.md's spec §5 table) is a row of the table, and every row's
 *    id is used somewhere in the code;
 *  - every row has a check, or is marked .loader (fed by the loader);
 *  - every row's area is one of the table's areas; a seeded area's rows, and
 *    every row of a council's own profile, cite a seed file that exists, and
 *    .source and .seed_files name the same seeds;
 *  - every variant a row gives a severity is written in a file that names
 *    the row's id (not merely somewhere in the code);
 *  - every row with a check says which fields it reads (.fields), and every
 *    parameter a row names (.params) is one of params.c;
 *  - a finding added under an id the table does not have stops the program;
 *  - severities come from the row (cc_rule_severity_in).
 * The fixture pair of each rule is checked by test_rules_fixtures. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <check.h>
#include <ctype.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "audit/audit_int.h"
#include "casecheck/rules.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* A string literal of the code: its text and where it is. */
typedef struct literal {
	char *text;
	char *where; /* "checker/audit/rules_transfer.c:169" */
	size_t file; /* which file: literals of one file share it */
} literal;

static literal *lits;
static size_t n_lits, cap_lits, n_files;
static const char *source_dir;

static void add_literal(const char *text, size_t len, const char *file, unsigned line)
{
	lits = cc_xgrow(lits, &cap_lits, n_lits + 1, sizeof *lits);
	lits[n_lits].text = cc_xstrndup(text, len);
	lits[n_lits].file = n_files;
	lits[n_lits++].where = cc_xasprintf("%s:%u", file + strlen(source_dir) + 1, line);
}

/* Collects the string literals of C text s (comments and character
 * constants skipped; escapes kept as written). */
static void scan_text(const char *s, size_t n, const char *file)
{
	unsigned line = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			line++;
		else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
			while (i < n && s[i] != '\n')
				i++;
			line++;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			for (i += 2; i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'); i++)
				line += s[i] == '\n';
			i++;
		} else if (s[i] == '"' || s[i] == '\'') {
			char q = s[i];
			size_t start = ++i;
			while (i < n && s[i] != q)
				i += s[i] == '\\' ? 2 : 1;
			if (q == '"')
				add_literal(s + start, i - start, file, line);
		}
	}
}

static int scan_file(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	size_t len = strlen(path);
	if (flag != FTW_F || len < 2 || strcmp(path + len - 2, ".c") * strcmp(path + len - 2, ".h") != 0)
		return 0;
	if (strstr(path, "/checker/audit/catalogue.c"))
		return 0; /* the table itself */
	char *text = NULL;
	size_t n = 0;
	if (cc_read_file(path, (size_t)1 << 24, &text, &n) < 0)
		return -1;
	scan_text(text, n, path);
	n_files++;
	free(text);
	return 0;
}

static void scan_sources(void)
{
	source_dir = getenv("CASECHECK_SOURCE_DIR");
	if (!source_dir)
		source_dir = ".";
	char *checker = cc_xasprintf("%s/checker", source_dir);
	ck_assert_msg(nftw(checker, scan_file, 16, FTW_PHYS) == 0, "cannot read %s", checker);
	free(checker);
	ck_assert_msg(n_lits > 1000, "only %zu string literals under checker/", n_lits);
}

static void free_literals(void)
{
	for (size_t i = 0; i < n_lits; i++) {
		free(lits[i].text);
		free(lits[i].where);
	}
	free(lits);
	lits = NULL;
	n_lits = cap_lits = n_files = 0;
}

/* Whether literal s is written like a rule id: "<area>.<name>", lower case
 * letters, digits and '-', with a known area or a '-' in its name (so a
 * mistyped area is caught too), and not a file name ("transfer.json"). */
static bool looks_like_rule_id(const char *s)
{
	static const char *const file_exts[] = {"json", "c", "h", "txt", "md", "html", NULL};
	const char *dot = strchr(s, '.');
	if (!dot || dot == s || !dot[1] || strchr(dot + 1, '.'))
		return false;
	for (const char *p = s; *p; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-' || p == dot))
			return false;
	for (size_t i = 0; file_exts[i]; i++)
		if (!strcmp(dot + 1, file_exts[i]))
			return false;
	char *area = cc_xstrndup(s, (size_t)(dot - s));
	bool known = cc_rule_area_find(area) != NULL;
	free(area);
	return known || strchr(dot + 1, '-');
}

static bool used_in_code(const char *text)
{
	for (size_t i = 0; i < n_lits; i++)
		if (!strcmp(lits[i].text, text))
			return true;
	return false;
}

/* Whether variant is written in a file that also names rule id: the code
 * that adds a finding of a variant names its rule there (directly, or
 * through a helper of that file), so a variant used only under another
 * rule, or only in a comment, does not count. */
static bool variant_used_with(const char *id, const char *variant)
{
	for (size_t i = 0; i < n_lits; i++) {
		if (strcmp(lits[i].text, variant))
			continue;
		for (size_t j = 0; j < n_lits; j++)
			if (lits[j].file == lits[i].file && !strcmp(lits[j].text, id))
				return true;
	}
	return false;
}

/* The `quoted` rule ids of a markdown table row the code writes ("| ... |",
 * e.g. the spec §5 table of checker/cli/rules_doc.c) that are not rows of
 * the table, added to bad. */
static void table_row_ids(const literal *l, cc_strbuf *bad)
{
	if (strncmp(l->text, "| ", 2))
		return;
	for (const char *p = strchr(l->text, '`'); p; p = strchr(p, '`')) {
		const char *end = strchr(p + 1, '`');
		if (!end)
			break;
		char *span = cc_xstrndup(p + 1, (size_t)(end - p - 1));
		if (looks_like_rule_id(span) && !cc_rules_find(span))
			cc_strbuf_printf(bad, "\n  %s: `%s` (in a table row)", l->where, span);
		free(span);
		p = end + 1;
	}
}

START_TEST(every_rule_id_in_the_code_is_in_the_table)
{
	cc_strbuf bad = CC_STRBUF_INIT;
	size_t ids = 0;
	for (size_t i = 0; i < n_lits; i++) {
		table_row_ids(&lits[i], &bad);
		if (!looks_like_rule_id(lits[i].text))
			continue;
		ids++;
		if (!cc_rules_find(lits[i].text))
			cc_strbuf_printf(&bad, "\n  %s: \"%s\"", lits[i].where, lits[i].text);
	}
	ck_assert_msg(bad.len == 0, "rule ids not in checker/audit/catalogue.c:%s", cc_strbuf_cstr(&bad));
	ck_assert_msg(ids >= cc_rules_count(), "only %zu rule ids found in the code", ids);
	cc_strbuf_free(&bad);
}
END_TEST

START_TEST(every_row_is_fed)
{
	cc_strbuf bad = CC_STRBUF_INIT;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const char *id = cc_rules_at(i)->id;
		bool check = cc_rules_check_at(i) != NULL, loader = cc_rules_loader_at(i);
		if (check == loader)
			cc_strbuf_printf(&bad, "\n  %s: %s", id,
			                 check ? "has a check and .loader" : "has no check (mark it .loader if the loader feeds it)");
		if (!used_in_code(id))
			cc_strbuf_printf(&bad, "\n  %s: no code adds a finding under this id", id);
	}
	ck_assert_msg(bad.len == 0, "rows with nothing giving their findings:%s", cc_strbuf_cstr(&bad));
	cc_strbuf_free(&bad);
}
END_TEST

/* The seed numbers a text names, as bits: in a .source ("001 §2, 004 §1"),
 * each three-digit number standing alone; in .seed_files, each
 * "seeds/NNN_". A number past 63 sets bit 63. */
static unsigned long long seed_numbers(const char *s, bool files)
{
	unsigned long long bits = 0;
	for (const char *p = s; *p; p++) {
		if (files ? strncmp(p, "seeds/", 6) : (p > s && isalnum((unsigned char)p[-1])))
			continue;
		const char *d = files ? p + 6 : p;
		if (!isdigit((unsigned char)d[0]) || !isdigit((unsigned char)d[1]) || !isdigit((unsigned char)d[2]) ||
		    (files ? d[3] != '_' : isalnum((unsigned char)d[3])))
			continue;
		int n = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
		bits |= 1ULL << (n < 63 ? n : 63);
	}
	return bits;
}

START_TEST(every_row_well_formed)
{
	cc_strbuf bad = CC_STRBUF_INIT;
	const char *shared = getenv("CASECHECK_SHARED_DIR");
	ck_assert_msg(shared != NULL, "CASECHECK_SHARED_DIR is not set");
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		const cc_rule_area *area = cc_rule_area_find(r->area);
		size_t al = strlen(r->area);
		if (!area)
			cc_strbuf_printf(&bad, "\n  %s: area '%s' is not in the areas table", r->id, r->area);
		if (strncmp(r->id, r->area, al) || r->id[al] != '.' || !looks_like_rule_id(r->id))
			cc_strbuf_printf(&bad, "\n  %s: the id is not '%s.<name>' (lower case, digits, '-')", r->id, r->area);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(cc_rules_at(j)->id, r->id))
				cc_strbuf_printf(&bad, "\n  %s: two rows", r->id);
		if (!r->title || !*r->title || !r->help || !*r->help || !r->purposes || !r->profiles)
			cc_strbuf_printf(&bad, "\n  %s: title, help, purposes and profiles are required", r->id);
		if (cc_rules_check_at(i) && !r->fields)
			cc_strbuf_printf(&bad, "\n  %s: .fields (what it reads, for docs/format.md) is required of a check", r->id);
		bool cites = strcmp(r->source, "—") != 0;
		bool needs = (area && area->seeded) || !(r->profiles & CC_PROFILE_CORE);
		if (cites != (strcmp(r->seed_files, "—") != 0) ||
		    seed_numbers(r->source, false) != seed_numbers(r->seed_files, true))
			cc_strbuf_printf(&bad, "\n  %s: .source and .seed_files cite different seeds", r->id);
		if (needs && !cites)
			cc_strbuf_printf(&bad, "\n  %s: its area or profile comes from the seeds: cite the seed file and section",
			                 r->id);
		/* Each "seeds/<file> §n" part names a seed file that exists. */
		const char *p = r->seed_files;
		while (cites && (p = strstr(p, "seeds/"))) {
			size_t len = strcspn(p, " ;");
			char *file = cc_xasprintf("%s/%.*s", shared, (int)len, p);
			struct stat st;
			if (stat(file, &st) != 0)
				cc_strbuf_printf(&bad, "\n  %s: no seed file %.*s", r->id, (int)len, p);
			free(file);
			p += len;
		}
		/* Each name in .params is a parameter of checker/audit/params.c. */
		for (const char *q = r->params; q && *q;) {
			size_t len = strcspn(q, ",");
			char *name = cc_xstrndup(q, len);
			if (cc_param_find(name) < 0)
				cc_strbuf_printf(&bad, "\n  %s: .params names '%s', which is not a parameter", r->id, name);
			free(name);
			q += len + (q[len] == ',');
		}
		for (const cc_rule_severity *e = r->severity_when; e && (e->variant || e->profiles || e->purposes); e++)
			if (e->variant && !variant_used_with(r->id, e->variant))
				cc_strbuf_printf(&bad, "\n  %s: no file that names the rule adds a finding of variant '%s'",
				                 r->id, e->variant);
	}
	ck_assert_msg(bad.len == 0, "rows of checker/audit/catalogue.c:%s", cc_strbuf_cstr(&bad));
	cc_strbuf_free(&bad);
}
END_TEST

/* The variant check can fail: a variant the code uses only under another
 * rule is not counted as used for this one. */
START_TEST(variant_check_can_fail)
{
	ck_assert(variant_used_with("allocation.record-read", "late"));
	ck_assert(variant_used_with("integrity.unexpected-file", "hides-record"));
	ck_assert(variant_used_with("documents.active-content", "by-policy"));
	ck_assert(!variant_used_with("transfer.joint-visit", "late"));
	ck_assert(!variant_used_with("integrity.unexpected-file", "by-policy"));
	ck_assert(!variant_used_with("allocation.record-read", "no-such-variant"));
}
END_TEST

START_TEST(severity_from_the_row)
{
	const cc_rule_info *jv = cc_rules_find("transfer.joint-visit");
	const cc_rule_info *rr = cc_rules_find("allocation.record-read");
	ck_assert_ptr_nonnull(jv);
	ck_assert_ptr_nonnull(rr);
	/* Stricter under Derbyshire, and under "all" (every profile at its strictest). */
	ck_assert_int_eq(cc_rule_severity_in(jv, NULL, CC_PURPOSE_TRANSFER, cc_profile_parse("core")),
	                 CC_SEVERITY_WARNING);
	ck_assert_int_eq(cc_rule_severity_in(jv, NULL, CC_PURPOSE_TRANSFER, cc_profile_parse("stockport")),
	                 CC_SEVERITY_WARNING);
	ck_assert_int_eq(cc_rule_severity_in(jv, NULL, CC_PURPOSE_TRANSFER, cc_profile_parse("derbyshire")),
	                 CC_SEVERITY_ERROR);
	ck_assert_int_eq(cc_rule_severity_in(jv, NULL, CC_PURPOSE_TRANSFER, cc_profile_parse("all")),
	                 CC_SEVERITY_ERROR);
	/* A variant with its own severity; one the row does not name. */
	ck_assert_int_eq(cc_rule_severity_in(rr, NULL, CC_PURPOSE_SIGNOFF, 0), CC_SEVERITY_ERROR);
	ck_assert_int_eq(cc_rule_severity_in(rr, "late", CC_PURPOSE_SIGNOFF, 0), CC_SEVERITY_WARNING);
	ck_assert_int_eq(cc_rule_severity_in(rr, "lat", CC_PURPOSE_SIGNOFF, 0), -1);
	ck_assert_int_eq(cc_rule_severity_in(jv, "late", CC_PURPOSE_SIGNOFF, 0), -1);
	/* A purpose condition. */
	static const cc_rule_severity court[] = {
		{.purposes = CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE), .severity = CC_SEVERITY_ERROR},
		{0},
	};
	cc_rule_info r = *jv;
	r.severity_when = court;
	ck_assert_int_eq(cc_rule_severity_in(&r, NULL, CC_PURPOSE_RECEIVE, 0), CC_SEVERITY_ERROR);
	ck_assert_int_eq(cc_rule_severity_in(&r, NULL, CC_PURPOSE_SIGNOFF, 0), CC_SEVERITY_WARNING);
}
END_TEST

START_TEST(profile_names_in_one_place)
{
	ck_assert_int_eq(cc_profile_parse("all"), 0);
	ck_assert_int_eq(cc_profile_parse("Derbyshire"), -1);
	ck_assert_ptr_null(cc_profile_name(CC_PROFILE_COUNT));
	for (unsigned i = 0; i < CC_PROFILE_COUNT; i++)
		ck_assert_int_eq(cc_profile_parse(cc_profile_name(i)), 1L << i);
	ck_assert_int_eq(cc_profile_parse("derbyshire"), CC_PROFILE_DERBYSHIRE);
	ck_assert_int_eq(cc_profile_parse("devon"), CC_PROFILE_DEVON);
	/* casecheck.json's schema offers exactly these, then "all". */
	size_t len;
	char *text = cc_test_read_source("schemas/config.json", &len);
	cJSON *schema = cJSON_ParseWithLength(text, len);
	const cJSON *names = cJSON_GetObjectItemCaseSensitive(
		cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(schema, "properties"), "profile"), "enum");
	ck_assert_int_eq(cJSON_GetArraySize(names), CC_PROFILE_COUNT + 1);
	for (unsigned i = 0; i <= CC_PROFILE_COUNT; i++)
		ck_assert_str_eq(cJSON_GetArrayItem(names, (int)i)->valuestring,
		                 i < CC_PROFILE_COUNT ? cc_profile_name(i) : "all");
	cJSON_Delete(schema);
	free(text);
}
END_TEST

/* Whether adding a finding of rule (and variant) stops the program, run
 * in a child process. */
static bool add_aborts(const char *rule, const char *variant)
{
	fflush(NULL);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		cc_audit_ctx run;
		memset(&run, 0, sizeof run);
		run.profile = (char *)"core";
		cc_audit_case ac;
		memset(&ac, 0, sizeof ac);
		ac.run = &run;
		cc_audit_add_variant(&ac, rule, variant, "cases/X/case.json", "", "%s", "off: not added");
		_exit(0);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

/* A mistyped id or variant stops the program instead of dropping the finding. */
START_TEST(unknown_rule_id_aborts)
{
	ck_assert(add_aborts("transfer.joint-vist", NULL));
	ck_assert(add_aborts("allocation.record-read", "lat"));
	ck_assert(!add_aborts("allocation.record-read", "late"));
	ck_assert(!add_aborts("transfer.joint-visit", NULL));
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		every_rule_id_in_the_code_is_in_the_table,
		every_row_is_fed,
		every_row_well_formed,
		variant_check_can_fail,
		severity_from_the_row,
		profile_names_in_one_place,
		unknown_rule_id_aborts,
		NULL,
	};
	return cc_test_list_main("rule_table", tests, 60, scan_sources, free_literals);
}
