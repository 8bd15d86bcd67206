/* cmd_validate.c: `casecheck validate`, the bare JSON Schema validator.
 *
 *   casecheck validate --schema S.json [--map-uri PREFIX=DIR]... [--format-assert]
 *                      [--max-errors N] FILE...
 *
 * The schema is compiled once, then every FILE is validated with it. One
 * line per problem on stdout: `FILE: /pointer: message [keyword location]`.
 * Exit 0 when every FILE is valid, 1 when any is invalid or not well-formed
 * JSON, 2 on bad flags, a bad or unreadable schema, or an unreadable FILE. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/schema.h"
#include "commands.h"
#include "cli_util.h"

typedef struct vopts {
	const char *schema;
	char **maps; /* PREFIX=DIR strings, borrowed from argv */
	size_t n_maps;
	bool format_assert;
	size_t max_errors;
	char **files;
	size_t n_files;
} vopts;

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck validate --schema SCHEMA.json [--map-uri PREFIX=DIR]...\n"
	        "                          [--format-assert] [--max-errors N] FILE...\n"
	        "\n"
	        "Validates each FILE against a JSON Schema (draft 2020-12; draft-07 too).\n"
	        "Options:\n"
	        "  --schema FILE        the schema; $refs to files beside it resolve locally\n"
	        "  --map-uri P=DIR      serve $refs to URIs starting with P from files under DIR\n"
	        "  --format-assert      treat `format` as an assertion, not an annotation\n"
	        "  --max-errors N       report at most N errors per file (default 100)\n"
	        "  --help               this help\n"
	        "Nothing is ever fetched from a network.\n"
	        "Output: one line per error, FILE: /pointer: message [keyword location]\n"
	        "Exit codes: 0 all valid, 1 any invalid or not well-formed, 2 usage error,\n"
	        "bad or unreadable schema, or unreadable FILE.\n");
}

/* The value of --name VALUE or --name=VALUE at argv[*i], or NULL. */
static const char *flag_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n))
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] || *i + 1 >= argc)
		return NULL;
	return argv[++*i];
}

static int parse_args(vopts *o, int argc, char **argv)
{
	bool only_files = false;
	o->max_errors = 100;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val;
		if (only_files || a[0] != '-' || !strcmp(a, "-")) {
			o->files[o->n_files++] = argv[i];
		} else if (!strcmp(a, "--")) {
			only_files = true;
		} else if (!strcmp(a, "--format-assert")) {
			o->format_assert = true;
		} else if ((val = flag_value(argc, argv, &i, "--schema"))) {
			o->schema = val;
		} else if ((val = flag_value(argc, argv, &i, "--map-uri"))) {
			if (!strchr(val, '=') || val[0] == '=') {
				fprintf(stderr, "casecheck validate: --map-uri needs PREFIX=DIR\n");
				return -1;
			}
			o->maps[o->n_maps++] = (char *)val;
		} else if ((val = flag_value(argc, argv, &i, "--max-errors"))) {
			char *end;
			errno = 0;
			unsigned long n = strtoul(val, &end, 10);
			if (errno || *end || !*val || n == 0 || val[0] == '-') {
				fprintf(stderr, "casecheck validate: --max-errors needs a positive number\n");
				return -1;
			}
			o->max_errors = n;
		} else {
			fprintf(stderr, "casecheck validate: unknown or incomplete option '%s'\n", a);
			return -1;
		}
	}
	if (!o->schema) {
		fprintf(stderr, "casecheck validate: --schema is required\n");
		return -1;
	}
	if (!o->n_files) {
		fprintf(stderr, "casecheck validate: no FILE to validate\n");
		return -1;
	}
	return 0;
}

/* Builds the set with the schema and returns the compiled schema; prints
 * why not (exit code 2). */
static int load_schema(cc_schema **out, cc_schema_set *set, const vopts *o)
{
	char *msg = NULL;
	int rc = 0;
	for (size_t i = 0; i < o->n_maps && rc == 0; i++) {
		char *prefix = cc_cli_xstrndup(o->maps[i], (size_t)(strchr(o->maps[i], '=') - o->maps[i]));
		if ((rc = cc_schema_set_map_dir(set, prefix, strchr(o->maps[i], '=') + 1, &msg)) < 0) {
			char *why = cc_cli_xasprintf("bad schema %s: %s", o->schema, msg);
			free(msg);
			msg = why;
		}
		free(prefix);
	}
	if (rc == 0)
		rc = cc_schema_set_add_file(out, set, o->schema, &msg);
	if (rc == CC_ENOTJSON)
		fprintf(stderr, "%s\n", msg);
	else if (rc < 0)
		fprintf(stderr, "casecheck validate: %s\n", msg);
	free(msg);
	return rc < 0 ? CC_EXIT_USAGE : 0;
}

/* Validates one file; returns its exit code (0, 1 or 2). */
static int validate_file(const cc_schema *schema, const char *path, const vopts *o)
{
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	char *msg = NULL;
	int code = CC_EXIT_READY;
	opts.format_assert = o->format_assert;
	opts.max_errors = o->max_errors;
	int rc = cc_schema_validate_file(schema, path, &opts, &rep, &msg);
	if (rc == CC_ENOTJSON) {
		printf("%s\n", msg);
		code = CC_EXIT_NOT_READY;
	} else if (rc < 0) {
		fprintf(stderr, "casecheck validate: %s\n", msg);
		code = CC_EXIT_USAGE;
	} else if (rc == 0) {
		code = CC_EXIT_NOT_READY;
		for (size_t i = 0; i < rep.count; i++)
			printf("%s: %s: %s [%s]\n", path, rep.errors[i].instance_location, rep.errors[i].message,
			       rep.errors[i].keyword_location);
		if (rep.truncated)
			printf("%s: more errors not shown (limit %zu)\n", path, opts.max_errors);
	}
	free(msg);
	cc_schema_report_clear(&rep);
	return code;
}

int cc_cmd_validate(int argc, char **argv)
{
	vopts o;
	cc_schema_set *set = NULL;
	cc_schema *schema = NULL;
	int code = CC_EXIT_READY;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return CC_EXIT_READY;
		}
	}
	memset(&o, 0, sizeof o);
	o.files = cc_cli_xcalloc((size_t)argc, sizeof *o.files);
	o.maps = cc_cli_xcalloc((size_t)argc, sizeof *o.maps);
	if (parse_args(&o, argc, argv) < 0) {
		usage(stderr);
		code = CC_EXIT_USAGE;
		goto done;
	}
	cc_schema_set_new(&set);
	if ((code = load_schema(&schema, set, &o)) != 0)
		goto done;
	for (size_t i = 0; i < o.n_files; i++) {
		int rc = validate_file(schema, o.files[i], &o);
		if (rc > code)
			code = rc;
	}
done:
	fflush(stdout);
	cc_schema_set_free(set);
	free(o.files);
	free(o.maps);
	return code;
}
