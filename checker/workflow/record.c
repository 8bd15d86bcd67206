/* record.c: see record.h. */
#include "workflow/record.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "util/safewrite.h"
#include "util/xalloc.h"
#include "workflow/signoff.h"

int cc_workflow_signing_key(char **key, bool *literal, char **refused, const char *given, const char *repo_dir,
                            const cc_trust *trust, const char *what, char **errmsg)
{
	*key = NULL;
	*literal = false;
	*refused = NULL;
	if (given)
		*key = cc_xstrdup(given);
	else if (cc_trust_signing_key(key, literal, repo_dir, errmsg) < 0)
		return CC_ERROR;
	if (!*key && trust && trust->signers)
		*refused = cc_xasprintf("allowed signers are configured (%s), so the %s must be signed: give --key or set "
		                        "git's user.signingKey with gpg.format ssh",
		                        trust->setting, what);
	return 0;
}

char *cc_workflow_record_path(cc_source *src, const char *dir, const char *sub, cc_date date, const char *name)
{
	char day[11];
	cc_date_format(date, day);
	const char *sep = sub ? "/" : "", *folder = sub ? sub : "";
	char *rel = cc_xasprintf("%s%s%s/%s-%s.json", dir, sep, folder, day, name);
	for (int k = 2; cc_workflow_path_taken(src, rel) && k < 1000; k++) {
		free(rel);
		rel = cc_xasprintf("%s%s%s/%s-%s-%d.json", dir, sep, folder, day, name, k);
	}
	return rel;
}

int cc_workflow_write_record(cc_source *src, const char *rel, const cJSON *doc, char **errmsg)
{
	char *text = cJSON_Print(doc);
	if (!text)
		abort(); /* cJSON could not allocate: as cc_x* do */
	char *line = cc_xasprintf("%s\n", text);
	cJSON_free(text);
	int rc = cc_write_new_beneath(cc_source_root(src), rel, line, strlen(line), errmsg);
	free(line);
	return rc;
}
