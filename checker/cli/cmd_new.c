/* cmd_new.c: `casecheck new case|note|entry|assessment`: records started
 * from templates (casecheck/workflow.h), so nobody hand-writes JSON. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "commands.h"
#include "casecheck/workflow.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: casecheck new case ID --born YYYY-MM-DD|--expected YYYY-MM-DD [--child CHILD-ID]\n"
	        "                             [--team TEAM] [--worker STAFF-ID] [--manager STAFF-ID]\n"
	        "                             [--service SERVICE] [common options]\n"
	        "       casecheck new note CASE TYPE [common options]\n"
	        "       casecheck new entry CASE [--category CATEGORY] [common options]\n"
	        "       casecheck new assessment CASE [--type TYPE] [common options]\n"
	        "common options: [--author STAFF-ID] [--repo DIR] [--as-of YYYY-MM-DD]\n"
	        "\n"
	        "Writes a new record in the working tree that is valid, has every required field,\n"
	        "is dated today and is authored by --author (default: git config casecheck.staffId):\n"
	        "  case        <cases>/ID/case.json, chronology.json and genogram.json (one child)\n"
	        "  note        <cases>/CASE/notes/<date>-TYPE.json, a draft\n"
	        "  entry       a chronology entry added at the end of <cases>/CASE/chronology.json,\n"
	        "              every other entry left byte for byte as it was\n"
	        "  assessment  <cases>/CASE/assessments/TYPE-<date>.json, open, for every child\n"
	        "Free-text fields hold a placeholder, \"" CC_PLACEHOLDER_MARK ": ...]\", to replace;\n"
	        "the audit refuses a final note that still has one (notes.placeholder). Nothing\n"
	        "is committed, and nothing existing is overwritten.\n"
	        "\n"
	        "Options:\n"
	        "  --author STAFF-ID  who writes the record (default: git config casecheck.staffId)\n"
	        "  --repo DIR         the repository (default: the current folder's)\n"
	        "  --as-of DATE       the date written instead of today\n"
	        "  --team TEAM        (case) the team holding it (default: the author's, staff.json)\n"
	        "  --worker STAFF-ID  (case) the allocated worker (default: the author)\n"
	        "  --manager STAFF-ID  (case) the allocated manager (default: the team's manager)\n"
	        "  --service SERVICE  (case) the service (default: the team's service)\n"
	        "  --child CHILD-ID   (case) the first child's id (default child-1)\n"
	        "  --born DATE        (case) the child's date of birth\n"
	        "  --expected DATE    (case) an unborn child's expected date of birth\n"
	        "  --category C       (entry) the chronology category (default other)\n"
	        "  --type TYPE        (assessment) single (default), initial, core, section-47,\n"
	        "                     viability, parenting or other\n"
	        "  --help             this help\n"
	        "\n"
	        "Exit codes: 0 written, 2 refused (nothing written).\n");
}

int cc_cmd_new(int argc, char **argv)
{
	static const struct option opts[] = {
		{"author", required_argument, NULL, 'a'}, {"repo", required_argument, NULL, 'r'},
		{"as-of", required_argument, NULL, 'd'},  {"team", required_argument, NULL, 't'},
		{"worker", required_argument, NULL, 'w'}, {"manager", required_argument, NULL, 'm'},
		{"service", required_argument, NULL, 's'}, {"child", required_argument, NULL, 'c'},
		{"category", required_argument, NULL, 'C'}, {"type", required_argument, NULL, 'T'},
		{"born", required_argument, NULL, 'b'},   {"expected", required_argument, NULL, 'e'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	static const struct {
		const char *name;
		cc_new_kind kind;
		int args; /* positional arguments after the kind */
	} kinds[] = {
		{"case", CC_NEW_CASE, 1}, {"note", CC_NEW_NOTE, 2}, {"entry", CC_NEW_ENTRY, 1},
		{"assessment", CC_NEW_ASSESSMENT, 1},
	};
	cc_new_options o;
	char *written = NULL, *msg = NULL;
	int c;
	memset(&o, 0, sizeof o);
	o.today = cc_date_today();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'a': o.author = optarg; break;
		case 'r': o.repo_dir = optarg; break;
		case 'd':
			if (cc_date_parse(&o.today, optarg, strlen(optarg)) < 0) {
				fprintf(stderr, "casecheck new: --as-of wants a real date YYYY-MM-DD\n");
				return CC_EXIT_USAGE;
			}
			break;
		case 't': o.team = optarg; break;
		case 'w': o.worker = optarg; break;
		case 'm': o.manager = optarg; break;
		case 's': o.service = optarg; break;
		case 'c': o.child = optarg; break;
		case 'C': o.category = optarg; break;
		case 'T': o.type = optarg; break;
		case 'b': o.born = optarg; break;
		case 'e': o.expected = optarg; break;
		case 'h': usage(stdout); return CC_EXIT_READY;
		default:
			fprintf(stderr, "casecheck new: unknown or incomplete option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return CC_EXIT_USAGE;
		}
	}
	int npos = argc - optind;
	size_t k = 0;
	while (npos > 0 && k < sizeof kinds / sizeof kinds[0] && strcmp(argv[optind], kinds[k].name))
		k++;
	if (npos == 0 || k == sizeof kinds / sizeof kinds[0] || npos - 1 != kinds[k].args) {
		fprintf(stderr, "casecheck new: %s\n",
		        npos == 0 || k == sizeof kinds / sizeof kinds[0] ? "say what to start: case, note, entry or assessment"
		                                                        : "wrong number of arguments");
		usage(stderr);
		return CC_EXIT_USAGE;
	}
	const char *case_id = argv[optind + 1];
	if (kinds[k].kind == CC_NEW_NOTE)
		o.type = argv[optind + 2];
	if (cc_new_record(&written, kinds[k].kind, case_id, &o, &msg) < 0) {
		fprintf(stderr, "casecheck new %s: %s\n", kinds[k].name, msg ? msg : "failed");
		free(msg);
		return CC_EXIT_USAGE;
	}
	for (char *line = strtok(written, "\n"); line; line = strtok(NULL, "\n"))
		printf("wrote %s\n", line);
	free(written);
	return CC_EXIT_READY;
}
