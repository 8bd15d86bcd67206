/* rules_documents.c: the attachments under documents/: listed paths stay
 * inside the folder and exist, each file's real type is allowed and
 * matches its extension, nothing executable, nothing unlisted. One pass
 * reads each file once and gives integrity.paths and documents.*. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "util/xalloc.h"

/* A listed path must be documents/<segments>, no empty, "." or ".."
 * segment, no backslash, no control character. */
static bool path_ok(const char *p)
{
	if (strncmp(p, "documents/", 10) != 0)
		return false;
	const char *seg = p + 10;
	for (;;) {
		const char *end = strchr(seg, '/');
		size_t n = end ? (size_t)(end - seg) : strlen(seg);
		if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
			return false;
		if (!end)
			break;
		seg = end + 1;
	}
	for (const unsigned char *u = (const unsigned char *)p; *u; u++)
		if (*u < 0x20 || *u == '\\' || *u == 0x7F)
			return false;
	return true;
}

static cc_attachment *find_file(cc_case *c, const char *rel)
{
	for (size_t i = 0; i < c->n_files; i++)
		if (!strcmp(c->files[i].rel, rel))
			return &c->files[i];
	return NULL;
}

static void listed_path(cc_audit_case *ac, const cc_doc *d, const cJSON *node, const char *ptr)
{
	const char *p = cc_jtext(node);
	if (!p)
		return;
	if (!path_ok(p)) {
		cc_finding *f = cc_audit_add(ac, "integrity.paths", d->path, ptr,
		                             "the path must lie under documents/ inside the case folder; it is not read");
		if (f)
			cc_finding_set_value(f, p, strlen(p));
		return;
	}
	cc_attachment *a = find_file(ac->c, p);
	if (a)
		a->listed = true;
	else
		cc_audit_add(ac, "documents.exists", d->path, ptr, "no file at this path in the case folder");
}

/* What the file is against what its name says, and what its structure
 * holds (cc_doctype_inspect): an INVALID issue is documents.type, a
 * REFUSE issue documents.executable, ACTIVE content
 * documents.active-content (an error when active_content_error is 1).
 * Each message says what was found. */
static void judge_file(cc_audit_case *ac, const char *path, const char *rel, const char *buf, size_t len)
{
	cc_doc_inspection in;
	cc_doctype_inspect(ac->dt, buf, len, &in);
	const char *mime = in.mime, *kind = cc_doc_kind_name(in.kind);
	bool blocked = false;
	for (size_t i = 0; i < in.n_issues && i < CC_DOC_MAX_ISSUES; i++) {
		const cc_doc_issue *is = &in.issues[i];
		if (is->risk == CC_DOC_RISK_INVALID) {
			cc_audit_add(ac, "documents.type", path, "", "the file is %s; it is not accepted", is->what);
			blocked = true;
		} else if (is->risk == CC_DOC_RISK_REFUSE) {
			cc_audit_add(ac, "documents.executable", path, "",
			             "the file is %s holding %s; it is refused whatever its name", kind, is->what);
			blocked = true;
		} else {
			bool strict = cc_audit_param(ac, CC_PARAM_ACTIVE_CONTENT_ERROR) != 0;
			cc_audit_add_variant(ac, "documents.active-content", strict ? "by-policy" : NULL, path, "",
			                     "the %s holds %s%s", kind, is->what,
			                     strict ? " (an error: casecheck.json sets active_content_error)" : "");
		}
	}
	if (blocked)
		return;
	cc_doc_verdict v = cc_doctype_judge(in.kind, rel);
	if (v == CC_DOC_REFUSED)
		cc_audit_add(ac, "documents.executable", path, "",
		             "the file is a program or script (%s); it is refused whatever its name", mime ? mime : "executable");
	else if (v == CC_DOC_NOT_ALLOWED)
		cc_audit_add(ac, "documents.type", path, "", "the file is %s, which is not an accepted document type",
		             in.kind == CC_DOC_EMPTY ? "empty" : mime ? mime : "of an unknown type");
	else if (v == CC_DOC_MISMATCH)
		cc_audit_add(ac, "documents.type", path, "", "the file is %s but its extension says %s", kind,
		             cc_doc_kind_name(cc_doctype_for_name(rel)));
}

static void check_file(cc_audit_case *ac, cc_attachment *a)
{
	char *shown = cc_audit_printable(a->rel, strlen(a->rel));
	char *path = cc_xasprintf("%s/%s", ac->c->dir, shown);
	char *raw = cc_xasprintf("%s/%s", ac->c->dir, a->rel);
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	long max = ac->run->params[CC_PARAM_MAX_ATTACHMENT_BYTES];
	int rc = cc_source_read(ac->src, raw, (size_t)max, &buf, &len, &msg);
	if (rc == CC_ETOOBIG) {
		cc_audit_add(ac, "documents.type", path, "", "larger than max_attachment_bytes (%ld); its type is not checked", max);
	} else if (rc < 0) {
		cc_audit_add(ac, "documents.type", path, "", "the file cannot be read");
	} else {
		judge_file(ac, path, a->rel, buf, len);
	}
	if (!a->listed)
		cc_audit_add(ac, "documents.unlisted", path, "", "the file is not listed in case.json documents[]");
	free(buf);
	free(msg);
	free(raw);
	free(path);
	free(shown);
}

void cc_check_documents(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	const cJSON *it;
	int i = 0;
	/* Paths are checked even in a document that failed its schema, so a
	 * path leaving the folder is always named as such. */
	const cJSON *cj = c->case_doc.json ? c->case_doc.json : c->case_doc.invalid;
	cJSON_ArrayForEach(it, cc_jarr(cj, "documents")) {
		char *p = cc_ptr("/documents/%d/path", i++);
		listed_path(ac, &c->case_doc, cc_jget(it, "path"), p);
		free(p);
	}
	for (size_t n = 0; n < c->n_assessments; n++) {
		const cc_doc *d = &c->assessments[n];
		listed_path(ac, d, cc_jget(d->json ? d->json : d->invalid, "document"), "/document");
	}
	for (size_t f = 0; f < c->n_files; f++)
		check_file(ac, &c->files[f]);
}
