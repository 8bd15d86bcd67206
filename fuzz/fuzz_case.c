/* fuzz_case: libFuzzer target for the case loader and every audit rule.
 *
 * One input is a whole case repository in a simple framing:
 *     first byte: purpose (low 2 bits) and history flag (bit 2, unused in
 *     worktree mode) ... then records, each
 *         "=" PATH "\n" CONTENT
 *     up to the next "\n=" at the start of a line or the end of input.
 * PATH is made safe (bytes other than [A-Za-z0-9._/-] become '_', ".."
 * components and leading '/' dropped) and written under a plain folder
 * that is emptied and reused for every run (no git: WORKTREE on a plain
 * folder, which is the audit's fastest route). Paths not starting with
 * "cases/" or one of the repository files go under cases/FUZZ-001/.
 * The audit then runs over it; it must return 0 or a clean error with a
 * message, and every case it lists must have a verdict consistent with
 * its findings. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/audit.h"
#include "casecheck/date.h"
#include "casecheck/source.h"
#include "support/gitfixture.h"

#define MAX_FILES 48

static char *root;

static void remove_root(void)
{
	gf_rm_rf(root);
	free(root);
	root = NULL;
}

static void clean_root(void)
{
	gf_rm_rf(root);
	mkdir(root, 0700);
}

static void on_case(void *ctx, cc_case_result *r)
{
	size_t *n = ctx;
	size_t errors = 0;
	for (size_t i = 0; i < r->findings.count; i++) {
		const cc_finding *f = &r->findings.items[i];
		if (!f->rule || !f->path || !f->message)
			abort();
		if (f->severity == CC_SEVERITY_ERROR)
			errors++;
	}
	if (errors != r->n_errors || r->ready != (errors == 0))
		abort();
	(*n)++;
	cc_case_result_free(r);
}

/* Makes a record's path safe; returns a new string or NULL to skip. */
static char *safe_path(const char *p, size_t len)
{
	char *s = malloc(len + 32);
	size_t o = 0;
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && p[j] != '/')
			j++;
		size_t cl = j - i;
		if (cl && !(cl == 1 && p[i] == '.') && !(cl == 2 && p[i] == '.' && p[i + 1] == '.')) {
			if (o)
				s[o++] = '/';
			for (size_t k = i; k < j; k++) {
				unsigned char c = (unsigned char)p[k];
				s[o++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
				                 c == '.' || c == '-' || c == '_'
				         ? (char)c : '_';
			}
		}
		i = j + 1;
	}
	s[o] = 0;
	if (!o) {
		free(s);
		return NULL;
	}
	if (strncmp(s, "cases/", 6) && strcmp(s, "casecheck.json") && strcmp(s, "staff.json") &&
	    strncmp(s, "calendar/", 9)) {
		char *t = malloc(o + 32);
		snprintf(t, o + 32, "cases/FUZZ-001/%s", s);
		free(s);
		s = t;
	}
	return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!root) {
		root = gf_mkdtemp();
		if (!root)
			abort();
		atexit(remove_root);
	}
	if (size < 1)
		return 0;
	clean_root();
	unsigned flags = data[0];
	const char *p = (const char *)data + 1, *end = (const char *)data + size;
	int files = 0;
	while (p < end && files < MAX_FILES) {
		if (*p != '=') { /* skip to the next record */
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
			continue;
		}
		p++;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			break;
		char *path = safe_path(p, (size_t)(nl - p));
		const char *body = nl + 1, *stop = body;
		while (stop < end && !(stop[0] == '=' && (stop == body || stop[-1] == '\n')))
			stop++;
		size_t blen = (size_t)(stop - body);
		if (blen && stop < end && body[blen - 1] == '\n')
			blen--;
		if (path) {
			gf_write_bytes(root, path, body, blen); /* fails quietly-ish on file/folder clashes */
			files++;
		}
		free(path);
		p = stop;
	}

	cc_source *src = NULL;
	char *errmsg = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	so.kind = CC_SOURCE_WORKTREE;
	so.repo_dir = root;
	if (cc_source_open(&src, &so, &errmsg) < 0)
		abort(); /* a plain folder always opens */
	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = (cc_purpose)(flags & 3);
	ao.as_of = cc_date_from_ymd(2026, 3, 2);
	ao.jobs = 1;
	ao.history = false;
	size_t n = 0;
	cc_audit_sink sink = {NULL, on_case, NULL, &n};
	cc_audit_summary sum;
	memset(&sum, 0, sizeof sum);
	int rc = cc_audit_run(src, &ao, &sink, &sum, &errmsg);
	if (rc < 0) {
		if (!errmsg)
			abort();
		free(errmsg);
	} else if (sum.cases != n || sum.ready + sum.not_ready != n) {
		abort();
	}
	cc_audit_summary_clear(&sum);
	cc_source_free(src);
	return 0;
}
