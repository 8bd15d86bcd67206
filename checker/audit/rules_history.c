/* rules_history.c: records integrity over the git history (--history):
 * final notes are never changed or deleted, chronology entries never
 * deleted. */
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "history_walk.h"

CC_CHECK(history_final_notes)
{
	cc_history_check_notes(ac);
}

CC_CHECK(history_chronology_entries)
{
	cc_history_check_chronology(ac);
}
