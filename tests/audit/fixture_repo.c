#include "fixture_repo.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "json/json.h"
#include "casecheck/source.h"
#include "support/gitfixture.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define PLACEHOLDER "0000000000000000000000000000000000000000"

cJSON *fx_read_json(const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	cc_json_error err;
	if (cc_read_file(path, 16u << 20, &buf, &len) < 0) {
		fprintf(stderr, "fixture: cannot read %s\n", path);
		return NULL;
	}
	if (cc_json_parse(&doc, buf, len, NULL, &err) < 0) {
		fprintf(stderr, "fixture: %s: line %zu: %s\n", path, err.line, err.message);
		doc = NULL;
	}
	free(buf);
	return doc;
}

static int write_json(const char *dir, const char *rel, const cJSON *doc)
{
	char *text = cJSON_Print(doc);
	int rc = text ? gf_write(dir, rel, text) : -1;
	free(text);
	return rc;
}

/* Splits an RFC 6901 pointer's last token off; returns the parent node. */
static cJSON *pointer_parent(cJSON *root, const char *ptr, char **last)
{
	const char *slash = strrchr(ptr, '/');
	if (!slash)
		return NULL;
	char *parent_ptr = cc_xstrndup(ptr, (size_t)(slash - ptr));
	cJSON *parent = (cJSON *)cc_json_pointer_get(root, parent_ptr);
	free(parent_ptr);
	cc_strbuf tok = CC_STRBUF_INIT;
	for (const char *p = slash + 1; *p; p++) {
		if (p[0] == '~' && p[1] == '1') { cc_strbuf_putc(&tok, '/'); p++; }
		else if (p[0] == '~' && p[1] == '0') { cc_strbuf_putc(&tok, '~'); p++; }
		else cc_strbuf_putc(&tok, *p);
	}
	*last = cc_strbuf_detach(&tok);
	return parent;
}

static int patch_op(cJSON *root, const cJSON *op)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(op, "op");
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(op, "path");
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(op, "value");
	char *last = NULL;
	int rc = -1;
	if (!cJSON_IsString(o) || !cJSON_IsString(p))
		return -1;
	cJSON *parent = pointer_parent(root, p->valuestring, &last);
	if (!parent)
		goto done;
	const char *kind = o->valuestring;
	if (cJSON_IsArray(parent)) {
		int n = cJSON_GetArraySize(parent);
		int idx = !strcmp(last, "-") ? n : atoi(last);
		if (!strcmp(kind, "remove") && idx < n) {
			cJSON_DeleteItemFromArray(parent, idx);
			rc = 0;
		} else if (!strcmp(kind, "replace") && v && idx < n) {
			rc = cJSON_ReplaceItemInArray(parent, idx, cJSON_Duplicate(v, 1)) ? 0 : -1;
		} else if (!strcmp(kind, "add") && v && idx <= n) {
			/* Items from idx on are moved behind the new one (the
			 * installed cJSON's InsertItemInArray fails past index 0). */
			cJSON *tail = cJSON_CreateArray();
			while (cJSON_GetArraySize(parent) > idx)
				cJSON_AddItemToArray(tail, cJSON_DetachItemFromArray(parent, idx));
			rc = cJSON_AddItemToArray(parent, cJSON_Duplicate(v, 1)) ? 0 : -1;
			while (tail->child)
				cJSON_AddItemToArray(parent, cJSON_DetachItemFromArray(tail, 0));
			cJSON_Delete(tail);
		}
	} else if (cJSON_IsObject(parent)) {
		bool has = cJSON_GetObjectItemCaseSensitive(parent, last) != NULL;
		if (!strcmp(kind, "remove") && has) {
			cJSON_DeleteItemFromObjectCaseSensitive(parent, last);
			rc = 0;
		} else if ((!strcmp(kind, "replace") && has) || (!strcmp(kind, "add") && v)) {
			if (has)
				cJSON_DeleteItemFromObjectCaseSensitive(parent, last);
			rc = v && cJSON_AddItemToObject(parent, last, cJSON_Duplicate(v, 1)) ? 0 : -1;
		}
	}
done:
	if (rc < 0)
		fprintf(stderr, "fixture: patch op %s %s does not apply\n", cJSON_IsString(o) ? o->valuestring : "?",
		        p->valuestring);
	free(last);
	return rc;
}

static int apply_patch(const char *dir, const char *rel, const cJSON *ops)
{
	char *path = gf_path(dir, rel);
	cJSON *doc = fx_read_json(path), *op;
	int rc = doc ? 0 : -1;
	free(path);
	cJSON_ArrayForEach(op, ops)
		if (rc == 0)
			rc = patch_op(doc, op);
	if (rc == 0)
		rc = write_json(dir, rel, doc);
	cJSON_Delete(doc);
	return rc;
}

int fx_apply(const char *dir, const cJSON *changes)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(changes, "delete")) {
		char *path = gf_path(dir, it->valuestring);
		int rc = gf_rm_rf(path);
		free(path);
		if (rc < 0)
			return -1;
	}
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(changes, "files")) {
		int rc = cJSON_IsString(it) ? gf_write(dir, it->string, it->valuestring) : write_json(dir, it->string, it);
		if (rc < 0)
			return -1;
	}
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(changes, "patch"))
		if (apply_patch(dir, it->string, it) < 0)
			return -1;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(changes, "symlinks"))
		if (gf_symlink(dir, it->string, it->valuestring) < 0)
			return -1;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(changes, "executable"))
		if (gf_chmod_x(dir, it->valuestring, 1) < 0)
			return -1;
	return 0;
}

/* Re-signs the placeholder sign-offs of one case. */
static int resign_case(const char *dir, cc_source *src, const char *case_rel)
{
	char *signoffs = cc_xasprintf("%s/%s/signoffs", dir, case_rel);
	DIR *d = opendir(signoffs);
	struct dirent *e;
	int rc = 0;
	char tree[41];
	if (!d)
		goto done;
	if (cc_source_tree_id(src, case_rel, "signoffs", tree, NULL) < 0) {
		rc = -1;
		goto done;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *rel = cc_xasprintf("%s/signoffs/%s", case_rel, e->d_name);
		char *path = gf_path(dir, rel);
		cJSON *doc = fx_read_json(path);
		cJSON *content = cJSON_GetObjectItemCaseSensitive(doc, "content");
		if (cJSON_IsString(content) && !strcmp(content->valuestring, PLACEHOLDER)) {
			cJSON_ReplaceItemInObjectCaseSensitive(doc, "content", cJSON_CreateString(tree));
			if (write_json(dir, rel, doc) < 0)
				rc = -1;
		}
		cJSON_Delete(doc);
		free(path);
		free(rel);
	}
done:
	if (d)
		closedir(d);
	free(signoffs);
	return rc;
}

/* Re-signs the placeholder sign-offs in the working tree (tree ids as the
 * folders would have once committed). */
static int resign_worktree(const char *dir)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	char *cases = gf_path(dir, "cases");
	DIR *d = NULL;
	struct dirent *e;
	int rc = -1;
	so.kind = CC_SOURCE_WORKTREE;
	so.repo_dir = dir;
	if (cc_source_open(&src, &so, NULL) < 0 || !(d = opendir(cases)))
		goto done;
	rc = 0;
	while ((e = readdir(d))) {
		char *rel = cc_xasprintf("cases/%s", e->d_name);
		char *path = gf_path(dir, rel);
		struct stat st;
		/* Real case folders only: links are what some fixtures test. */
		if (e->d_name[0] != '.' && lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && resign_case(dir, src, rel) < 0)
			rc = -1;
		free(path);
		free(rel);
	}
done:
	if (d)
		closedir(d);
	cc_source_free(src);
	free(cases);
	return rc;
}

char *fx_build_repo(const char *base, const char *fixture_dir, const cJSON *expected)
{
	char *dir = gf_mkdtemp();
	const cJSON *step;
	struct stat st;
	if (!dir)
		return NULL;
	if (base && gf_copy_tree(base, dir) < 0)
		goto fail;
	if (fixture_dir) {
		char *tree = gf_path(fixture_dir, "tree");
		int rc = stat(tree, &st) == 0 ? gf_copy_tree(tree, dir) : 0;
		free(tree);
		if (rc < 0)
			goto fail;
	}
	/* Each state is re-signed before it is committed, so a fixture
	 * costs one commit per state. */
	if (gf_init(dir) < 0 || fx_apply(dir, expected) < 0)
		goto fail;
	cJSON_ArrayForEach(step, cJSON_GetObjectItemCaseSensitive(expected, "then"))
		if (resign_worktree(dir) < 0 || gf_commit_all(dir, "fixture") < 0 || fx_apply(dir, step) < 0)
			goto fail;
	if (resign_worktree(dir) < 0 || gf_commit_all(dir, "fixture") < 0)
		goto fail;
	return dir;
fail:
	gf_rm_rf(dir);
	free(dir);
	return NULL;
}

char *fx_base_repo(void)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *base = cc_xasprintf("%s/fixtures/rules/_base", src ? src : ".");
	cJSON *none = cJSON_CreateObject();
	char *dir = fx_build_repo(base, NULL, none);
	cJSON_Delete(none);
	free(base);
	return dir;
}

void fx_drop_repo(char *dir)
{
	if (dir)
		gf_rm_rf(dir);
	free(dir);
}

static void collect_line(fx_collect *c, const cc_finding *f)
{
	c->lines = cc_xgrow(c->lines, &c->cap, c->n + 1, sizeof *c->lines);
	c->texts = cc_xgrow(c->texts, &c->cap_texts, c->n + 1, sizeof *c->texts);
	c->lines[c->n] = cc_xasprintf("%s|%s|%s|%s", f->rule, cc_severity_name(f->severity), f->path, f->pointer);
	c->texts[c->n] = cc_xasprintf("%s\t%s\t%s", c->lines[c->n], f->record ? f->record : "", f->message);
	c->n++;
}

static void on_case(void *ctx, cc_case_result *r)
{
	fx_collect *c = ctx;
	c->cases++;
	c->ready += r->ready;
	for (size_t i = 0; i < r->findings.count; i++)
		collect_line(c, &r->findings.items[i]);
	if (c->keep_results) {
		c->results = cc_xgrow(c->results, &c->cap_results, c->n_results + 1, sizeof *c->results);
		c->results[c->n_results++] = r;
	} else {
		cc_case_result_free(r);
	}
}

static void on_end(void *ctx, const cc_audit_summary *s)
{
	fx_collect *c = ctx;
	for (size_t i = 0; i < s->repo_findings.count; i++)
		collect_line(c, &s->repo_findings.items[i]);
}

cc_audit_sink fx_collect_sink(fx_collect *c)
{
	cc_audit_sink s = {NULL, on_case, on_end, c};
	return s;
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void fx_collect_sort(fx_collect *c)
{
	if (c->n > 1)
		qsort(c->lines, c->n, sizeof *c->lines, cmp_line);
}

bool fx_collect_has(const fx_collect *c, const char *rule, const char *path)
{
	size_t rl = strlen(rule);
	for (size_t i = 0; i < c->n; i++) {
		if (strncmp(c->lines[i], rule, rl) || c->lines[i][rl] != '|')
			continue;
		if (!path || strstr(c->lines[i], path))
			return true;
	}
	return false;
}

bool fx_collect_says(const fx_collect *c, const char *key, const char *text)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i < c->n; i++)
		if (!strncmp(c->texts[i], key, kl) && c->texts[i][kl] == '\t' && strstr(c->texts[i] + kl, text))
			return true;
	return false;
}

void fx_collect_clear(fx_collect *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->lines[i]);
		free(c->texts[i]);
	}
	free(c->lines);
	free(c->texts);
	for (size_t i = 0; i < c->n_results; i++)
		cc_case_result_free(c->results[i]);
	free(c->results);
	memset(c, 0, sizeof *c);
}
