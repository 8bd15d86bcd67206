/* casesdir.c: see casesdir.h. */
#include "workflow/casesdir.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/json.h"
#include "util/xalloc.h"

char *cc_workflow_cases_dir(cc_source *src)
{
	char *buf = NULL, *dir = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	if (cc_source_read(src, "casecheck.json", (size_t)1 << 20, &buf, &len, NULL) == 0 &&
	    cc_json_parse(&doc, buf, len, NULL, NULL) == 0) {
		const cJSON *d = cJSON_GetObjectItemCaseSensitive(doc, "cases_dir");
		if (cJSON_IsString(d) && d->valuestring[0] && !strchr(d->valuestring, '\\'))
			dir = cc_xstrdup(d->valuestring);
	}
	cJSON_Delete(doc);
	free(buf);
	if (dir) {
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			dir[--n] = '\0';
	}
	return dir ? dir : cc_xstrdup("cases");
}
