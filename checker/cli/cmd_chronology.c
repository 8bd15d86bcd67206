/* cmd_chronology.c: `casecheck chronology`: a case's chronology (or a
 * family's, several --case merged) as text, CSV, JSON or printable HTML,
 * read from a revision, the index or the work tree as `audit` reads it.
 * It prints the record itself: personal data by design. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/chronology.h"
#include "casecheck/error.h"
#include "commands.h"
#include "source_cli.h"
#include "cli_util.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck chronology --case ID [--case ID]... [--repo DIR]\n"
	        "                            [--rev REV | --staged | --worktree]\n"
	        "                            [--child ID] [--from DATE] [--to DATE] [--category NAME]...\n"
	        "                            [--all] [--anonymise] [--as-of YYYY-MM-DD]\n"
	        "                            [--format text|csv|json|html] [--output FILE]\n"
	        "\n"
	        "Prints the case's chronology in date order: a date known only to the month or\n"
	        "year (\"2019-11\") is placed at its start and printed as \"November 2019\"; entries\n"
	        "marked entered in error are left out (--all shows them struck through); an\n"
	        "addendum (\"amends\") is shown with the entry it amends. Several --case give one\n"
	        "family chronology merged by date, each entry marked with its case.\n"
	        "Filters: --child (entries naming that child id), --from/--to (dates, inclusive),\n"
	        "--category (repeatable). Source: as 'casecheck audit' (default HEAD).\n"
	        "\n"
	        "Options:\n"
	        "  --case ID        the case (repeatable: a family chronology)\n"
	        "  --repo DIR       the repository (default: the current folder)\n"
	        "  --rev REV        read a commit (default HEAD)\n"
	        "  --staged         read the index\n"
	        "  --worktree       read the files on disk\n"
	        "  --child ID       only the entries naming this child\n"
	        "  --from DATE      only entries on or after DATE\n"
	        "  --to DATE        only entries on or before DATE\n"
	        "  --category NAME  only entries of this category (repeatable)\n"
	        "  --all            also the entries entered in error (struck through)\n"
	        "  --anonymise      names replaced by labels from the record (also --anonymize)\n"
	        "  --anonymize      the same as --anonymise\n"
	        "  --as-of DATE     the day the export is made as of (default today)\n"
	        "  --format F       text (default), csv, json or html\n"
	        "  --output FILE    write to FILE instead of stdout (created or replaced)\n"
	        "  --help           this help\n"
	        "\n"
	        "PERSONAL DATA: this command prints the record itself (names, events, what\n"
	        "they meant for the child), unlike 'casecheck audit'. Handle its output as the\n"
	        "case record. --anonymise replaces the names the record knows (children,\n"
	        "genogram, involvements, staff) by labels from the record (Child A, Mother,\n"
	        "GP) and lists on stderr what looked like a name and matched nothing.\n"
	        "--output writes (creates or replaces) a file where 'casecheck audit --output'\n"
	        "may (never into .git, the cases folder, over a file of the repository or\n"
	        "through a link).\n"
	        "Exit codes: 0 written, 2 usage or environment error (unknown case, a\n"
	        "chronology that is missing or not valid).\n");
}

enum { OPT_CASE = 256, OPT_CHILD, OPT_FROM, OPT_TO, OPT_CATEGORY, OPT_ALL, OPT_ANON, OPT_AS_OF, OPT_FORMAT,
       OPT_OUTPUT, OPT_HELP };

static const struct option long_opts[] = {
	CC_CLI_SOURCE_OPTIONS,
	{"case", required_argument, NULL, OPT_CASE},
	{"child", required_argument, NULL, OPT_CHILD},
	{"from", required_argument, NULL, OPT_FROM},
	{"to", required_argument, NULL, OPT_TO},
	{"category", required_argument, NULL, OPT_CATEGORY},
	{"all", no_argument, NULL, OPT_ALL},
	{"anonymise", no_argument, NULL, OPT_ANON},
	{"anonymize", no_argument, NULL, OPT_ANON},
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"output", required_argument, NULL, OPT_OUTPUT},
	{"help", no_argument, NULL, OPT_HELP},
	{NULL, 0, NULL, 0},
};

static int parse_date(cc_date *out, const char *arg, const char *flag)
{
	if (cc_date_parse(out, arg, strlen(arg)) == 0)
		return 0;
	fprintf(stderr, "casecheck chronology: %s wants a real date YYYY-MM-DD\n", flag);
	return -1;
}

static void push(const char ***list, size_t *n, size_t *cap, const char *s)
{
	*list = cc_cli_xgrow(*list, cap, *n + 1, sizeof **list);
	(*list)[(*n)++] = s;
}

/* What --anonymise could not match, for the reviewer (stderr). */
static void list_unmatched(const cc_chronology *c)
{
	if (!c->anonymised)
		return;
	if (!c->n_unmatched) {
		fprintf(stderr, "casecheck chronology: --anonymise: every word that looked like a name was matched\n");
		return;
	}
	fprintf(stderr, "casecheck chronology: --anonymise could not match %zu word%s; check them by hand "
	                "before sharing:\n", c->n_unmatched, c->n_unmatched == 1 ? "" : "s");
	for (size_t i = 0; i < c->n_unmatched; i++) {
		const cc_chron_unmatched *u = &c->unmatched[i];
		if (!u->replaced_by)
			fprintf(stderr, "  %s  (first in %s entry %s, %s)\n", u->word, u->case_id,
			        u->entry_id ? u->entry_id : "?", u->field);
		else
			fprintf(stderr, "  %s  (a name several people share: replaced by %s)\n", u->word, u->replaced_by);
	}
}

int cc_cmd_chronology(int argc, char **argv)
{
	cc_cli_source cs = CC_CLI_SOURCE_INIT;
	cc_chron_options o = CC_CHRON_OPTIONS_INIT;
	cc_chron_format format = CC_CHRON_TEXT;
	const char **cases = NULL, **cats = NULL;
	size_t n_cases = 0, cap_cases = 0, n_cats = 0, cap_cats = 0;
	const char *output = NULL;
	cc_source *src = NULL;
	cc_chronology *chron = NULL;
	FILE *out = stdout;
	char *msg = NULL;
	int c, rc = CC_EXIT_USAGE;

	o.as_of = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_opts, NULL)) != -1) {
		if (cc_cli_source_opt(&cs, c, optarg))
			continue;
		switch (c) {
		case OPT_CASE: push(&cases, &n_cases, &cap_cases, optarg); break;
		case OPT_CHILD: o.child = optarg; break;
		case OPT_FROM:
			if (parse_date(&o.from, optarg, "--from") < 0)
				goto done;
			break;
		case OPT_TO:
			if (parse_date(&o.to, optarg, "--to") < 0)
				goto done;
			break;
		case OPT_CATEGORY: push(&cats, &n_cats, &cap_cats, optarg); break;
		case OPT_ALL: o.all = true; break;
		case OPT_ANON: o.anonymise = true; break;
		case OPT_AS_OF:
			if (parse_date(&o.as_of, optarg, "--as-of") < 0)
				goto done;
			break;
		case OPT_FORMAT:
			if (cc_chron_format_parse(&format, optarg) < 0) {
				fprintf(stderr, "casecheck chronology: unknown format '%s' (text, csv, json, html)\n", optarg);
				goto done;
			}
			break;
		case OPT_OUTPUT: output = optarg; break;
		case OPT_HELP: usage(stdout); rc = CC_EXIT_READY; goto done;
		default:
			fprintf(stderr, "casecheck chronology: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			goto done;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "casecheck chronology: unexpected argument '%s'\n", argv[optind]);
		goto done;
	}
	if (!n_cases) {
		fprintf(stderr, "casecheck chronology: name the case with --case ID\n");
		usage(stderr);
		goto done;
	}
	if (o.from && o.to && o.from > o.to) {
		fprintf(stderr, "casecheck chronology: --from is after --to\n");
		goto done;
	}
	o.cases = cases;
	o.n_cases = n_cases;
	o.categories = cats;
	o.n_categories = n_cats;
	if (cc_cli_source_open(&src, &cs, "chronology", "read") < 0)
		goto done;
	if (cc_chronology_read(&chron, src, &o, &msg) < 0) {
		fprintf(stderr, "casecheck chronology: %s\n", msg ? msg : "cannot read the chronology");
		goto done;
	}
	if (output && cc_outfile_open(&out, output, src, &msg) < 0) {
		fprintf(stderr, "casecheck chronology: %s\n", msg);
		out = stdout;
		goto done;
	}
	if (cc_chronology_write(out, chron, format) < 0 || fflush(out) != 0) {
		fprintf(stderr, "casecheck chronology: error writing the chronology\n");
		goto done;
	}
	list_unmatched(chron);
	rc = CC_EXIT_READY;
done:
	if (out != stdout && fclose(out) != 0 && rc == CC_EXIT_READY) {
		fprintf(stderr, "casecheck chronology: error writing %s\n", output);
		rc = CC_EXIT_USAGE;
	}
	cc_chronology_free(chron);
	cc_source_free(src);
	free(cases);
	free(cats);
	free(msg);
	return rc;
}
