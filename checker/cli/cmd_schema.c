/* cmd_schema.c: `casecheck schema [KIND] [--export DIR]`: the schemas
 * casecheck validates records against, as shipped in the binary.
 *
 *   casecheck schema               lists the kinds
 *   casecheck schema KIND          prints KIND's schema (case, note, defs, ...)
 *   casecheck schema --export DIR  writes every schema into DIR as KIND.json
 *
 * The schemas' `$id`s all start https://casecheck.example/schemas/v1/ and
 * refer to each other by relative names (defs.json#/$defs/date), so an
 * editor that maps that prefix to DIR completes and checks records
 * offline (docs/format.md, "Editor support"). Exported files never replace
 * a file and are never written through a symbolic link below DIR. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "casecheck/error.h"
#include "casecheck/schema.h"
#include "commands.h"

/* The length of the kind in a shipped schema's name ("case" of "case.json"). */
static int kind_len(const char *name)
{
	return (int)(strlen(name) - 5);
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck schema [KIND]\n"
	        "       casecheck schema --export DIR\n"
	        "\n"
	        "Prints the JSON Schema (2020-12) that casecheck validates a record of KIND\n"
	        "against; without KIND, lists the kinds. Schema findings of the audit name\n"
	        "the kind to look up here.\n"
	        "\n"
	        "Options:\n"
	        "  KIND           print the schema of this kind (case, note, defs, ...)\n"
	        "  --export DIR   write every schema into DIR (created if missing) as KIND.json;\n"
	        "                 an existing file is never replaced. Map the schemas' $id prefix\n"
	        "                 https://casecheck.example/schemas/v1/ to DIR in an editor for\n"
	        "                 completion and checking as you type.\n"
	        "  --help         this help (also -h)\n"
	        "\n"
	        "Exit codes: 0 done, 2 unknown kind, bad flags or a file that cannot be written.\n");
}

/* One kind a line, each after indent. */
static void list_kinds(FILE *out, const char *indent)
{
	const char *name;
	for (size_t i = 0; (name = cc_schema_shipped(i, NULL, NULL)); i++)
		fprintf(out, "%s%.*s\n", indent, kind_len(name), name);
}

static int export_all(const char *dir)
{
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		fprintf(stderr, "casecheck schema: cannot create %s: %s\n", dir, strerror(errno));
		return CC_EXIT_USAGE;
	}
	const char *name;
	for (size_t i = 0; (name = cc_schema_shipped(i, NULL, NULL)); i++) {
		char *msg = NULL;
		if (cc_schema_write_shipped(dir, name, &msg) < 0) {
			fprintf(stderr, "casecheck schema: %s/%s: %s\n", dir, name, msg ? msg : "cannot be written");
			free(msg);
			return CC_EXIT_USAGE;
		}
		printf("%s/%s\n", dir, name);
	}
	return CC_EXIT_READY;
}

int cc_cmd_schema(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		usage(stdout);
		return CC_EXIT_READY;
	}
	if (argc == 1) {
		list_kinds(stdout, "");
		return CC_EXIT_READY;
	}
	if (argc == 3 && !strcmp(argv[1], "--export"))
		return export_all(argv[2]);
	if (argc != 2 || argv[1][0] == '-') {
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	const char *name, *text;
	size_t len;
	for (size_t i = 0; (name = cc_schema_shipped(i, &text, &len)); i++) {
		int n = kind_len(name);
		if (strlen(argv[1]) == (size_t)n && !strncmp(name, argv[1], (size_t)n)) {
			fwrite(text, 1, len, stdout);
			return fflush(stdout) == 0 ? CC_EXIT_READY : CC_EXIT_USAGE;
		}
	}
	fprintf(stderr, "casecheck schema: unknown kind '%s'; the kinds are:\n", argv[1]);
	list_kinds(stderr, "  ");
	return CC_EXIT_USAGE;
}
