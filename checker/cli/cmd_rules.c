/* cmd_rules.c: `casecheck rules [--profile P] [--purpose P] [--format
 * text|json|markdown]`: the rule catalogue (spec §5) and the named
 * parameters, from the table in checker/audit/catalogue.c; `casecheck rules
 * ID` shows one rule in full (rule_show.c). */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/params.h"
#include "casecheck/significance.h"
#include "casecheck/error.h"
#include "casecheck/policy.h"
#include "casecheck/rules.h"
#include "commands.h"
#include "rule_show.h"
#include "rules_doc.h"
#include "cli_util.h"

static cJSON *names_array(unsigned bits, bool profiles)
{
	cc_cli_buf sb = CC_CLI_BUF_INIT;
	cc_rules_doc_names(&sb, bits, profiles, ",");
	cJSON *a = cJSON_CreateArray();
	for (char *name = sb.len ? strtok(sb.buf, ",") : NULL; name; name = strtok(NULL, ","))
		cJSON_AddItemToArray(a, cJSON_CreateString(name));
	cc_cli_buf_free(&sb);
	return a;
}

/* A row's severity exceptions as JSON, or NULL when it has none. */
static cJSON *severity_when(const cc_rule_info *r)
{
	cJSON *a = NULL;
	for (const cc_rule_severity *e = r->severity_when; e && (e->variant || e->profiles || e->purposes); e++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "severity", cc_severity_name(e->severity));
		if (e->variant)
			cJSON_AddStringToObject(o, "variant", e->variant);
		if (e->profiles)
			cJSON_AddItemToObject(o, "profiles", names_array(e->profiles, true));
		if (e->purposes)
			cJSON_AddItemToObject(o, "purposes", names_array(e->purposes, false));
		if (e->means)
			cJSON_AddStringToObject(o, "means", e->means);
		if (!a)
			a = cJSON_CreateArray();
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

/* Whether the listing shows r: in the profile, and run for the purpose
 * (purposes 0: any). */
static bool listed(const cc_rule_info *r, const char *profile, unsigned purposes)
{
	return cc_rule_in_profile(r, profile) && (!purposes || (r->purposes & purposes));
}

static void print_text(const char *profile, unsigned purposes, const char *purpose)
{
	size_t n = cc_rules_count(), shown = 0;
	for (size_t i = 0; i < n; i++) {
		const cc_rule_info *r = cc_rules_at(i);
		if (!listed(r, profile, purposes))
			continue;
		cc_cli_buf sev = CC_CLI_BUF_INIT, purposes = CC_CLI_BUF_INIT, profiles = CC_CLI_BUF_INIT;
		cc_rules_doc_severity(&sev, r);
		cc_rules_doc_names(&purposes, r->purposes, false, ",");
		cc_rules_doc_names(&profiles, r->profiles, true, ",");
		printf("%s  [%s]\n  %s\n  fix: %s\n  purposes: %s; profiles: %s; source: %s\n", r->id,
		       cc_cli_buf_cstr(&sev), r->title, r->help, cc_cli_buf_cstr(&purposes), cc_cli_buf_cstr(&profiles),
		       r->source);
		if (strcmp(r->seed_files, "—"))
			printf("  seeds: %s\n", r->seed_files);
		if (r->params)
			printf("  parameters: %s\n", r->params);
		if (r->fields)
			printf("  reads: %s\n", r->fields);
		putchar('\n');
		cc_cli_buf_free(&sev);
		cc_cli_buf_free(&purposes);
		cc_cli_buf_free(&profiles);
		shown++;
	}
	printf("%zu rules in profile %s%s%s.\n\nParameters (override in casecheck.json \"parameters\"):\n", shown, profile,
	       purpose ? " for purpose " : "", purpose ? purpose : "");
	for (int p = 0; p < CC_PARAM_COUNT; p++) {
		const cc_param_info *pi = cc_param_at((cc_param_id)p);
		printf("  %-36s %ld %s: %s\n", pi->name, pi->def, pi->unit, pi->help);
	}
}

/* The significant-event table (audit/significance.c) that the chronology
 * and plan rules read, so docs/rules.md prints the table the code uses. */
static cJSON *significant_json(void)
{
	size_t n;
	const cc_significant_event *t = cc_significant_table(&n);
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < n; i++) {
		cJSON *o = cJSON_CreateObject(), *notes = cJSON_CreateArray();
		char *cats = cc_chron_cat_names(t[i].entry_cats);
		cJSON_AddStringToObject(o, "source", cc_event_source_name(t[i].source));
		if (t[i].type)
			cJSON_AddStringToObject(o, "type", t[i].type);
		cJSON_AddStringToObject(o, "event", t[i].what);
		cJSON_AddStringToObject(o, "entry_categories", cats);
		for (size_t k = 0; t[i].kept_by_notes && t[i].kept_by_notes[k]; k++)
			cJSON_AddItemToArray(notes, cJSON_CreateString(t[i].kept_by_notes[k]));
		cJSON_AddItemToObject(o, "kept_by_notes", notes);
		cJSON_AddStringToObject(o, "rule", t[i].rule);
		cJSON_AddItemToArray(arr, o);
		free(cats);
	}
	return arr;
}

static int print_json(const char *profile, unsigned purposes)
{
	cJSON *root = cJSON_CreateObject(), *rules = cJSON_CreateArray(), *params = cJSON_CreateArray();
	cJSON_AddStringToObject(root, "profile", profile);
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		if (!listed(r, profile, purposes))
			continue;
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "id", r->id);
		cJSON_AddStringToObject(o, "area", r->area);
		cJSON_AddStringToObject(o, "title", r->title);
		cJSON_AddStringToObject(o, "help", r->help);
		cJSON_AddStringToObject(o, "severity", cc_severity_name(r->severity));
		cJSON *when = severity_when(r);
		if (when)
			cJSON_AddItemToObject(o, "severity_when", when);
		cJSON_AddItemToObject(o, "purposes", names_array(r->purposes, false));
		cJSON_AddItemToObject(o, "profiles", names_array(r->profiles, true));
		cJSON_AddStringToObject(o, "source", r->source);
		cJSON_AddStringToObject(o, "seed_files", r->seed_files);
		if (r->params)
			cJSON_AddStringToObject(o, "parameters", r->params);
		if (r->fields)
			cJSON_AddStringToObject(o, "fields", r->fields);
		cJSON_AddItemToArray(rules, o);
	}
	for (int p = 0; p < CC_PARAM_COUNT; p++) {
		const cc_param_info *pi = cc_param_at((cc_param_id)p);
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "name", pi->name);
		cJSON_AddNumberToObject(o, "default", (double)pi->def);
		cJSON_AddNumberToObject(o, "min", (double)pi->min);
		cJSON_AddNumberToObject(o, "max", (double)pi->max);
		cJSON_AddStringToObject(o, "unit", pi->unit);
		cJSON_AddStringToObject(o, "help", pi->help);
		cJSON_AddItemToArray(params, o);
	}
	cJSON_AddItemToObject(root, "rules", rules);
	cJSON_AddItemToObject(root, "parameters", params);
	cJSON_AddItemToObject(root, "significant_events", significant_json());
	char *text = cJSON_Print(root);
	int rc = text && puts(text) >= 0 ? 0 : -1;
	free(text);
	cJSON_Delete(root);
	return rc;
}

/* Writes the file at path to stdout with its generated blocks refilled. */
static int fill_file(const char *path)
{
	char *text = NULL, *msg = NULL;
	size_t len = 0;
	if (cc_cli_read_file(path, (size_t)1 << 24, &text, &len) < 0) {
		fprintf(stderr, "casecheck rules: cannot read %s\n", path);
		return CC_EXIT_USAGE;
	}
	int rc = cc_rules_doc_fill(stdout, text, &msg);
	if (rc < 0)
		fprintf(stderr, "casecheck rules: %s: %s\n", path, msg);
	free(msg);
	free(text);
	return rc < 0 ? CC_EXIT_USAGE : CC_EXIT_READY;
}

/* The parameter values of the repository at repo_dir (NULL: the current
 * folder's), read as the audit reads them (HEAD, else the files on disk);
 * NULL, with *where saying so, when there is none. *where is owned. */
static long *repo_params(const char *repo_dir, char **where)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	cc_policy pol = CC_POLICY_INIT;
	char *msg = NULL;
	long *params = NULL;
	so.repo_dir = repo_dir;
	if (cc_source_open(&src, &so, &msg) < 0) {
		free(msg);
		msg = NULL;
		so.kind = CC_SOURCE_WORKTREE;
		if (!repo_dir || cc_source_open(&src, &so, &msg) < 0) {
			*where = cc_cli_xstrdup("the defaults: no case repository here (--repo DIR)");
			goto done;
		}
	}
	if (cc_policy_load(&pol, src, &msg) < 0) {
		*where = cc_cli_xasprintf("the defaults: %s", msg ? msg : "the policy cannot be read");
		goto done;
	}
	*where = pol.present ? cc_cli_xasprintf("this repository's values, from %s/%s", cc_source_root(src), CC_POLICY_CONFIG)
	                     : cc_cli_xasprintf("the defaults: %s has no %s", cc_source_root(src), CC_POLICY_CONFIG);
	params = pol.params;
	pol.params = NULL;
done:
	cc_policy_clear(&pol);
	cc_source_free(src);
	free(msg);
	return params;
}

static int show_rule(const char *id, const char *repo_dir)
{
	const cc_rule_info *r = cc_rules_find(id);
	if (!r) {
		fprintf(stderr, "casecheck rules: no rule '%s' ('casecheck rules' lists them)\n", id);
		return CC_EXIT_USAGE;
	}
	char *where = NULL;
	long *params = r->params ? repo_params(repo_dir, &where) : NULL;
	int rc = cc_rule_show(stdout, r, params, where ? where : "");
	free(params);
	free(where);
	return rc == 0 && fflush(stdout) == 0 ? CC_EXIT_READY : CC_EXIT_USAGE;
}

static void usage(FILE *out)
{
	char *names = cc_profile_names_joined("|");
	fprintf(out,
	        "usage: casecheck rules [--profile %s]\n"
	        "                       [--purpose check|signoff|transfer|receive|court] [--format text|json|markdown]\n"
	        "       casecheck rules RULE-ID [--repo DIR]\n"
	        "       casecheck rules --fill FILE\n"
	        "\n"
	        "Lists the audit rules and the parameters, or shows one rule in full.\n"
	        "\n"
	        "Options:\n"
	        "  --profile NAME  list the rules of this profile (default all)\n"
	        "  --purpose P     list only the rules that run for this purpose\n"
	        "  --format F      text (default), json, or markdown (writes docs/rules.md, every profile)\n"
	        "  RULE-ID         show one rule: title, what to do, severity, purposes, profiles,\n"
	        "                  the fields it reads, its parameters with the values the repository\n"
	        "                  uses, and the words of the protocol sections it comes from\n"
	        "  --repo DIR      the repository whose parameter values RULE-ID shows (default: here)\n"
	        "  --fill FILE     write FILE (docs/format.md) with its audit-requires blocks refilled\n"
	        "  --help          this help\n",
	        names);
	free(names);
}

int cc_cmd_rules(int argc, char **argv)
{
	static const struct option opts[] = {
		{"profile", required_argument, NULL, 'p'},
		{"purpose", required_argument, NULL, 'P'},
		{"format", required_argument, NULL, 'f'},
		{"fill", required_argument, NULL, 'F'},
		{"repo", required_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *profile = "all", *format = "text", *fill = NULL, *purpose = NULL, *repo = NULL;
	unsigned purposes = 0;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'p': profile = optarg; break;
		case 'f': format = optarg; break;
		case 'F': fill = optarg; break;
		case 'r': repo = optarg; break;
		case 'P': {
			cc_purpose p;
			if (cc_purpose_parse(&p, optarg) < 0) {
				fprintf(stderr, "casecheck rules: unknown purpose '%s' (check, signoff, transfer, receive, court)\n", optarg);
				return CC_EXIT_USAGE;
			}
			purpose = optarg;
			purposes = CC_PURPOSE_BIT(p);
			break;
		}
		case 'h': usage(stdout); return CC_EXIT_READY;
		default:
			fprintf(stderr, "casecheck rules: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	if (optind + 1 == argc)
		return show_rule(argv[optind], repo);
	if (optind < argc) {
		fprintf(stderr, "casecheck rules: unexpected argument '%s'\n", argv[optind + 1]);
		return CC_EXIT_USAGE;
	}
	if (fill)
		return fill_file(fill);
	if (cc_profile_parse(profile) < 0) {
		char *names = cc_profile_names_joined(", ");
		fprintf(stderr, "casecheck rules: unknown profile '%s' (%s)\n", profile, names);
		free(names);
		return CC_EXIT_USAGE;
	}
	if (!strcmp(format, "text"))
		print_text(profile, purposes, purpose);
	else if (!strcmp(format, "json")) {
		if (print_json(profile, purposes) < 0)
			return CC_EXIT_USAGE;
	} else if (!strcmp(format, "markdown")) {
		if (cc_rules_doc_markdown(stdout) < 0)
			return CC_EXIT_USAGE;
	} else {
		fprintf(stderr, "casecheck rules: unknown format '%s' (text, json, markdown)\n", format);
		return CC_EXIT_USAGE;
	}
	return fflush(stdout) == 0 ? CC_EXIT_READY : CC_EXIT_USAGE;
}
