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
#include "commands.h"
#include "embedded/embedded.h"
#include "util/safewrite.h"

/* The length of the kind of a shipped schema of casecheck's own ("case"
 * of "case.json"); -1 for a metaschema or anything else. */
static int kind_len(const cc_embedded_file *f)
{
	size_t n = strlen(f->path);
	if (strchr(f->path, '/') || n < 6 || strcmp(f->path + n - 5, ".json"))
		return -1;
	return (int)(n - 5);
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
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		int n = kind_len(f);
		if (n > 0)
			fprintf(out, "%s%.*s\n", indent, n, f->path);
	}
}

static int export_all(const char *dir)
{
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		fprintf(stderr, "casecheck schema: cannot create %s: %s\n", dir, strerror(errno));
		return CC_EXIT_USAGE;
	}
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		char *msg = NULL;
		if (kind_len(f) <= 0)
			continue;
		if (cc_write_new_beneath(dir, f->path, f->data, f->len, &msg) < 0) {
			fprintf(stderr, "casecheck schema: %s/%s: %s\n", dir, f->path, msg ? msg : "cannot be written");
			free(msg);
			return CC_EXIT_USAGE;
		}
		printf("%s/%s\n", dir, f->path);
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
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		int n = kind_len(f);
		if (n > 0 && strlen(argv[1]) == (size_t)n && !strncmp(f->path, argv[1], (size_t)n)) {
			fwrite(f->data, 1, f->len, stdout);
			return fflush(stdout) == 0 ? CC_EXIT_READY : CC_EXIT_USAGE;
		}
	}
	fprintf(stderr, "casecheck schema: unknown kind '%s'; the kinds are:\n", argv[1]);
	list_kinds(stderr, "  ");
	return CC_EXIT_USAGE;
}
