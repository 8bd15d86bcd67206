/* files.c: schemas and instances read from files on disk, for programs
 * that hold no document themselves (casecheck/schema.h:
 * cc_schema_set_add_file, cc_schema_validate_file). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The largest document read (the audit's own limit is a parameter). */
#define MAX_DOCUMENT_BYTES ((size_t)64 << 20)

/* Reads and parses path: 0 and *out, CC_ERROR ("cannot read PATH: why")
 * or CC_ENOTJSON ("PATH: POINTER: not well-formed JSON: ... [line L,
 * column C]"), the message in *errmsg. */
static int read_json(cJSON **out, const char *path, char **errmsg)
{
	char *buf = NULL;
	size_t len = 0;
	cc_json_error err;
	*out = NULL;
	if (cc_read_file(path, MAX_DOCUMENT_BYTES, &buf, &len) < 0) {
		*errmsg = cc_xasprintf("cannot read %s: %s", path,
		                       errno == EINVAL ? "not a regular file (a FIFO, socket or device); not read"
		                                       : strerror(errno));
		return CC_ERROR;
	}
	int rc = cc_json_parse(out, buf, len, NULL, &err);
	free(buf);
	if (rc < 0) {
		*errmsg = cc_xasprintf("%s: %s: not well-formed JSON: %s [line %zu, column %zu]", path, err.pointer,
		                       err.message, err.line, err.column);
		return CC_ENOTJSON;
	}
	return 0;
}

/* "file://" URI of an absolute path, percent-encoding what needs it. */
static char *file_uri(const char *abs)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_puts(&sb, "file://");
	for (const unsigned char *p = (const unsigned char *)abs; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-._~!$&'()*+,;=:@", *p))
			cc_strbuf_putc(&sb, (char)*p);
		else
			cc_strbuf_printf(&sb, "%%%02X", *p);
	}
	return cc_strbuf_detach(&sb);
}

int cc_schema_set_add_file(cc_schema **out, cc_schema_set *set, const char *path, char **errmsg)
{
	char *msg = NULL, *abs = NULL, *uri = NULL, *dir_uri = NULL;
	cJSON *doc = NULL;
	int rc;
	*out = NULL;
	if ((rc = read_json(&doc, path, errmsg)) < 0)
		return rc;
	rc = CC_ERROR;
	if (!(abs = realpath(path, NULL))) {
		msg = cc_xasprintf("cannot resolve the path: %s", strerror(errno));
		goto done;
	}
	uri = file_uri(abs);
	*strrchr(abs, '/') = '\0';
	dir_uri = cc_xasprintf("%.*s", (int)(strrchr(uri, '/') + 1 - uri), uri);
	if (cc_schema_set_map_dir(set, dir_uri, *abs ? abs : "/", &msg) < 0)
		goto done;
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(doc, "$id");
	if (cJSON_IsString(id) && strstr(id->valuestring, "://") && strrchr(id->valuestring, '/')) {
		const char *slash = strrchr(id->valuestring, '/');
		char *prefix = cc_xstrndup(id->valuestring, (size_t)(slash + 1 - id->valuestring));
		int mapped = cc_schema_set_map_dir(set, prefix, *abs ? abs : "/", &msg);
		free(prefix);
		if (mapped < 0)
			goto done;
	}
	int added = cc_schema_set_add(set, uri, doc, &msg);
	doc = NULL;
	if (added < 0 || cc_schema_set_get(out, set, uri, &msg) < 0)
		goto done;
	rc = 0;
done:
	if (rc < 0)
		*errmsg = cc_xasprintf("bad schema %s: %s", path, msg ? msg : "cannot be compiled");
	cJSON_Delete(doc);
	free(msg);
	free(abs);
	free(uri);
	free(dir_uri);
	return rc;
}

int cc_schema_validate_file(const cc_schema *schema, const char *path, const cc_validate_options *opts,
                            cc_schema_report *report, char **errmsg)
{
	cJSON *doc = NULL;
	int rc = read_json(&doc, path, errmsg);
	if (rc < 0)
		return rc;
	rc = cc_schema_validate(schema, doc, opts, report);
	cJSON_Delete(doc);
	return rc;
}
