/* select.c: --team, --worker and --service: which of the listed cases are
 * audited. Each case's case.json alone is read (the folders of the cases
 * left out are never loaded); a case whose case.json cannot be read or
 * parsed has no team, worker or service, so a filter leaves it out. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casemodel.h"
#include "jget.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

bool cc_audit_filter_active(const cc_audit_options *opts)
{
	return opts->team || opts->worker || opts->service;
}

static bool same(const char *want, const char *have)
{
	return !want || (have && !strcmp(want, have));
}

/* Whether the case's case.json has the filters' values. */
static bool matches(const cc_audit_ctx *run, cc_source *src, const cc_audit_options *opts, const char *id)
{
	char *path = cc_xasprintf("%s/%s/case.json", run->cases_dir, id);
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	bool ok = false;
	if (cc_source_read(src, path, (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES], &buf, &len, &msg) == 0 &&
	    cc_json_parse(&doc, buf, len, &run->limits, NULL) == 0)
		ok = same(opts->team, cc_jstr(doc, "team")) &&
		     same(opts->worker, cc_jstr(cc_jobj(doc, "allocation"), "worker")) &&
		     same(opts->service, cc_jstr(doc, "service"));
	cJSON_Delete(doc);
	free(buf);
	free(msg);
	free(path);
	return ok;
}

/* "--team north, --worker sw-x" (printable). */
static char *describe(const cc_audit_options *opts)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	const char *names[] = {"--team", "--worker", "--service"};
	const char *vals[] = {opts->team, opts->worker, opts->service};
	for (size_t i = 0; i < 3; i++) {
		if (!vals[i])
			continue;
		char *p = cc_audit_printable(vals[i], strlen(vals[i]));
		cc_strbuf_printf(&sb, "%s%s %s", sb.len ? ", " : "", names[i], p);
		free(p);
	}
	return cc_strbuf_detach(&sb);
}

int cc_audit_select_cases(const cc_audit_ctx *run, cc_source *src, const cc_audit_options *opts, char **ids,
                          size_t *n, char **errmsg)
{
	size_t kept = 0;
	if (!cc_audit_filter_active(opts))
		return 0;
	for (size_t i = 0; i < *n; i++) {
		if (matches(run, src, opts, ids[i]))
			ids[kept++] = ids[i];
		else
			free(ids[i]);
	}
	*n = kept;
	if (kept == 0) {
		char *what = describe(opts);
		*errmsg = cc_xasprintf("no case in %s/ matches %s (the team, allocated worker and service of case.json); "
		                       "nothing was audited", run->cases_dir, what);
		free(what);
		return -1;
	}
	return 0;
}
