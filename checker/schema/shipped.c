/* shipped.c: the schemas of casecheck's own records, as built into the
 * library (casecheck/schema.h: cc_schema_shipped, cc_schema_write_shipped). */
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/schema.h"
#include "embedded/embedded.h"
#include "util/safewrite.h"
#include "util/xalloc.h"

/* Whether f is the schema of a kind of record ("case.json"): at the top
 * of schemas/, not a metaschema or anything under a folder. */
static bool is_kind(const cc_embedded_file *f)
{
	size_t n = strlen(f->path);
	return !strchr(f->path, '/') && n > 5 && !strcmp(f->path + n - 5, ".json");
}

const char *cc_schema_shipped(size_t i, const char **text, size_t *len)
{
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		if (!is_kind(f) || i--)
			continue;
		if (text)
			*text = (const char *)f->data;
		if (len)
			*len = f->len;
		return f->path;
	}
	return NULL;
}

int cc_schema_write_shipped(const char *dir, const char *name, char **errmsg)
{
	const char *text;
	size_t len;
	for (size_t i = 0; cc_schema_shipped(i, &text, &len); i++)
		if (!strcmp(cc_schema_shipped(i, NULL, NULL), name))
			return cc_write_new_beneath(dir, name, text, len, errmsg);
	*errmsg = cc_xstrdup("casecheck ships no such schema");
	return CC_ENOTFOUND;
}
