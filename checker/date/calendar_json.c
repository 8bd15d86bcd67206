/* calendar_json.c: a calendar from a gov.uk bank-holidays.json document.
 *
 * Accepted shapes:
 *   {"england-and-wales": {"division": ..., "events": [EVENT, ...]}, ...}
 *   {"events": [EVENT, ...]}
 * where EVENT is an object whose "date" is a YYYY-MM-DD string ("title",
 * "notes" and "bunting" are read by nobody and may be anything). Other
 * divisions (scotland, northern-ireland) are ignored. At least one event is
 * required; the calendar covers the years from the earliest event's to the
 * latest's. Duplicate dates count once. Error messages name the JSON
 * pointer of the offending value and never quote its content. */
#include "calendar_impl.h"
#include "date/calendar_json.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static int fail(char **errmsg, char *msg)
{
	if (errmsg)
		*errmsg = msg;
	else
		free(msg);
	return -1;
}

static int cmp_key(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* Finds the events array and the JSON pointer it sits at. */
static int find_events(const cJSON **out, const char **ptr, const cJSON *doc, char **errmsg)
{
	if (!cJSON_IsObject(doc))
		return fail(errmsg, cc_xstrdup("(root): expected an object with \"england-and-wales\" or \"events\""));
	const cJSON *div = cJSON_GetObjectItemCaseSensitive(doc, "england-and-wales");
	if (div) {
		if (!cJSON_IsObject(div))
			return fail(errmsg, cc_xstrdup("/england-and-wales: expected an object"));
		*out = cJSON_GetObjectItemCaseSensitive(div, "events");
		*ptr = "/england-and-wales/events";
	} else {
		*out = cJSON_GetObjectItemCaseSensitive(doc, "events");
		*ptr = "/events";
		if (!*out)
			return fail(errmsg, cc_xstrdup("(root): no \"england-and-wales\" division and no \"events\" array"));
	}
	if (!cJSON_IsArray(*out))
		return fail(errmsg, cc_xasprintf("%s: expected an array of events", *ptr));
	if (cJSON_GetArraySize(*out) == 0)
		return fail(errmsg, cc_xasprintf("%s: no events", *ptr));
	return 0;
}

int cc_calendar_from_json(cc_calendar **out, const cJSON *doc, char **errmsg)
{
	const cJSON *events = NULL, *ev;
	const char *ptr = NULL;
	int32_t *keys = NULL;
	size_t n = 0, i = 0;
	int error = -1;

	*out = NULL;
	if (errmsg)
		*errmsg = NULL;
	if (find_events(&events, &ptr, doc, errmsg) < 0)
		return -1;

	keys = cc_xcalloc((size_t)cJSON_GetArraySize(events), sizeof *keys);
	cJSON_ArrayForEach(ev, events) {
		const cJSON *date;
		cc_date d;
		if (!cJSON_IsObject(ev)) {
			fail(errmsg, cc_xasprintf("%s/%zu: expected an object", ptr, i));
			goto done;
		}
		date = cJSON_GetObjectItemCaseSensitive(ev, "date");
		if (!date) {
			fail(errmsg, cc_xasprintf("%s/%zu: missing \"date\"", ptr, i));
			goto done;
		}
		if (!cJSON_IsString(date) ||
		    cc_date_parse(&d, date->valuestring, strlen(date->valuestring)) < 0) {
			fail(errmsg, cc_xasprintf("%s/%zu/date: not a YYYY-MM-DD date", ptr, i));
			goto done;
		}
		keys[n++] = cc_calendar_key(d);
		i++;
	}

	qsort(keys, n, sizeof *keys, cmp_key);
	size_t u = 0;
	for (i = 0; i < n; i++)
		if (u == 0 || keys[u - 1] != keys[i])
			keys[u++] = keys[i];

	cc_calendar *cal = cc_xcalloc(1, sizeof *cal);
	cal->days = cal->owned = keys;
	cal->count = u;
	cal->first_year = keys[0] / 10000;
	cal->last_year = keys[u - 1] / 10000;
	keys = NULL;
	*out = cal;
	error = 0;
done:
	free(keys);
	return error;
}
