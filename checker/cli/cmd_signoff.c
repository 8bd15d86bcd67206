/* PLACEHOLDER until the signoff command lands: replace this whole file. */
#include <stdio.h>

#include "casecheck/error.h"
#include "commands.h"

int cc_cmd_signoff(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "casecheck: 'signoff' is not available in this build yet\n");
	return CC_EXIT_USAGE;
}
