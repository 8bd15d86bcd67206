/* date/calendar_json.h: a calendar from a document held in memory (the
 * policy loader reads the repository's bank-holiday file). Not API. */
#ifndef CC_DATE_CALENDAR_JSON_H
#define CC_DATE_CALENDAR_JSON_H

#include <cjson/cJSON.h>

#include "casecheck/date.h"

/* A calendar from a gov.uk bank-holidays.json document (uses the
 * "england-and-wales" division, or a top-level "events" array). Returns
 * 0, or -1 with a message naming the JSON pointer in *errmsg. */
int cc_calendar_from_json(cc_calendar **out, const cJSON *doc, char **errmsg);

#endif
