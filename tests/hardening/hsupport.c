/* hsupport.c: see hsupport.h. */
#include "hsupport.h"

#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "json/json.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

bool hs_contains(const char *hay, size_t hay_len, const char *needle, size_t len)
{
	if (!len)
		return true;
	for (size_t i = 0; hay && i + len <= hay_len; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, len))
			return true;
	return false;
}

static bool dir_empty(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool empty = true;
	if (!d)
		return false;
	while (empty && (e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			empty = false;
	closedir(d);
	return empty;
}

int hs_run(hs_result *r, const char *dir, const char *const *argv)
{
	return hs_run_env(r, dir, NULL, argv);
}

int hs_run_env(hs_result *r, const char *dir, const char *const *env, const char *const *argv)
{
	const char *bin = getenv("CASECHECK_BINARY");
	const char *args[64];
	size_t n = 0;
	memset(r, 0, sizeof *r);
	if (!bin)
		return -1;
	args[n++] = bin;
	while (argv[n - 1] && n < 63) {
		args[n] = argv[n - 1];
		n++;
	}
	args[n] = NULL;
	char *tmp = gf_mkdtemp();
	char *out_path = gf_path(tmp, "stdout"), *err_path = gf_path(tmp, "stderr");
	char *tmpdir = gf_path(tmp, "tmp");
	mkdir(tmpdir, 0700);
	int of = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	int ef = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	pid_t pid = fork();
	if (pid == 0) {
		if (chdir(dir) < 0)
			_exit(127);
		dup2(of, 1);
		dup2(ef, 2);
		int devnull = open("/dev/null", O_RDONLY);
		dup2(devnull, 0);
		setenv("TMPDIR", tmpdir, 1);
		setenv("HOME", tmpdir, 1); /* no user config; and nothing may be written there */
		setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
		setenv("NO_COLOR", "1", 1);
		unsetenv("GIT_DIR");
		unsetenv("GIT_INDEX_FILE");
		unsetenv("GIT_WORK_TREE");
		for (size_t i = 0; env && env[i]; i++) {
			const char *eq = strchr(env[i], '=');
			char *k = cc_xstrndup(env[i], (size_t)(eq - env[i]));
			setenv(k, eq + 1, 1);
			free(k);
		}
		/* A pending alarm survives exec: a hang ends in SIGALRM. */
		alarm(HS_TIMEOUT_SECONDS);
		execv(bin, (char *const *)args);
		_exit(127);
	}
	close(of);
	close(ef);
	int status = 0;
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status)) {
		r->exit_code = -1;
		r->signal = WTERMSIG(status);
		r->timed_out = r->signal == SIGALRM;
	} else {
		r->exit_code = WEXITSTATUS(status);
	}
	cc_read_file(out_path, 256u << 20, &r->out, &r->out_len);
	cc_read_file(err_path, 256u << 20, &r->err, &r->err_len);
	if (!r->out)
		r->out = cc_xcalloc(1, 1);
	if (!r->err)
		r->err = cc_xcalloc(1, 1);
	if (!dir_empty(tmpdir)) {
		/* Wrote a temporary file and left it behind: a failure. */
		char *e = cc_xasprintf("%s\nhsupport: the command left files in TMPDIR\n", r->err);
		free(r->err);
		r->err = e;
		r->err_len = strlen(e);
		r->exit_code = -2;
	}
	gf_rm_rf(tmp);
	free(tmp);
	free(out_path);
	free(err_path);
	free(tmpdir);
	return pid > 0 ? 0 : -1;
}

int hs_runl(hs_result *r, const char *dir, ...)
{
	const char *argv[64];
	size_t n = 0;
	va_list ap;
	va_start(ap, dir);
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < 63)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	return hs_run(r, dir, argv);
}

void hs_result_clear(hs_result *r)
{
	free(r->out);
	free(r->err);
	memset(r, 0, sizeof *r);
}

bool hs_clean_exit(const hs_result *r)
{
	return r->signal == 0 && r->exit_code >= 0 && r->exit_code <= 2;
}

char *hs_source_path(const char *rel)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	return cc_xasprintf("%s/%s", src ? src : ".", rel);
}

char *hs_sample_repo(const char *src)
{
	char *from = src ? cc_xstrdup(src) : hs_source_path("fixtures/sample");
	char *dir = gf_mkdtemp();
	if (!dir || gf_copy_tree(from, dir) < 0 || gf_init(dir) < 0 || gf_commit_all(dir, "sample") < 0) {
		if (dir)
			gf_rm_rf(dir);
		free(dir);
		dir = NULL;
	}
	free(from);
	return dir;
}

static uint64_t fnv(const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ull;
	}
	return h;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *root, const char *rel, char ***lines, size_t *n, size_t *cap)
{
	char *path = rel[0] ? cc_xasprintf("%s/%s", root, rel) : cc_xstrdup(root);
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *sub = rel[0] ? cc_xasprintf("%s/%s", rel, e->d_name) : cc_xstrdup(e->d_name);
		char *full = cc_xasprintf("%s/%s", root, sub);
		struct stat st;
		char *line = NULL;
		if (lstat(full, &st) < 0) {
			line = cc_xasprintf("%s\tvanished", sub);
		} else if (S_ISDIR(st.st_mode)) {
			line = cc_xasprintf("%s\tdir\t%o", sub, (unsigned)st.st_mode & 07777);
			walk(root, sub, lines, n, cap);
		} else if (S_ISLNK(st.st_mode)) {
			char target[4096];
			ssize_t l = readlink(full, target, sizeof target);
			line = cc_xasprintf("%s\tlink\t%016llx", sub, (unsigned long long)fnv(target, l > 0 ? (size_t)l : 0));
		} else if (S_ISREG(st.st_mode)) {
			char *buf = NULL;
			size_t len = 0;
			cc_read_file(full, (size_t)1 << 30, &buf, &len);
			line = cc_xasprintf("%s\tfile\t%o\t%lld\t%016llx", sub, (unsigned)st.st_mode & 07777,
			                    (long long)st.st_size, (unsigned long long)fnv(buf, len));
			free(buf);
		} else {
			line = cc_xasprintf("%s\tother\t%o", sub, (unsigned)st.st_mode);
		}
		*lines = cc_xgrow(*lines, cap, *n + 1, sizeof **lines);
		(*lines)[(*n)++] = line;
		free(sub);
		free(full);
	}
	if (d)
		closedir(d);
	free(path);
}

char *hs_snapshot(const char *dir)
{
	char **lines = NULL;
	size_t n = 0, cap = 0;
	walk(dir, "", &lines, &n, &cap);
	if (n > 1) /* qsort(NULL, 0, ...) is undefined */
		qsort(lines, n, sizeof *lines, cmp_str);
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		cc_strbuf_puts(&sb, lines[i]);
		cc_strbuf_putc(&sb, '\n');
		free(lines[i]);
	}
	free(lines);
	cc_strbuf_putc(&sb, 0);
	return cc_strbuf_detach(&sb);
}

/* The next line of a snapshot: its path (up to the tab) and whole length. */
static bool next_line(const char **p, const char **line, size_t *len, size_t *path_len)
{
	if (!**p)
		return false;
	const char *e = strchr(*p, '\n');
	*line = *p;
	*len = e ? (size_t)(e - *p) : strlen(*p);
	const char *tab = memchr(*p, '\t', *len);
	*path_len = tab ? (size_t)(tab - *p) : *len;
	*p += *len + (e ? 1 : 0);
	return true;
}

static int cmp_path(const char *a, size_t al, const char *b, size_t bl)
{
	int c = memcmp(a, b, al < bl ? al : bl);
	return c ? c : (al > bl) - (al < bl);
}

char *hs_snapshot_diff(const char *before, const char *after)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	const char *a = before, *b = after, *al = NULL, *bl = NULL;
	size_t alen = 0, blen = 0, ap = 0, bp = 0;
	bool ha = next_line(&a, &al, &alen, &ap), hb = next_line(&b, &bl, &blen, &bp);
	while (ha || hb) {
		int c = !ha ? 1 : !hb ? -1 : cmp_path(al, ap, bl, bp);
		if (c < 0) {
			cc_strbuf_printf(&sb, "-%.*s\n", (int)ap, al);
			ha = next_line(&a, &al, &alen, &ap);
		} else if (c > 0) {
			cc_strbuf_printf(&sb, "+%.*s\n", (int)bp, bl);
			hb = next_line(&b, &bl, &blen, &bp);
		} else {
			if (alen != blen || memcmp(al, bl, alen))
				cc_strbuf_printf(&sb, "~%.*s\n", (int)ap, al);
			ha = next_line(&a, &al, &alen, &ap);
			hb = next_line(&b, &bl, &blen, &bp);
		}
	}
	return sb.len ? cc_strbuf_detach(&sb) : NULL;
}

cJSON *hs_report(const hs_result *r)
{
	cJSON *doc = NULL;
	if (cc_json_parse(&doc, r->out, r->out_len, NULL, NULL) < 0)
		return NULL;
	return doc;
}

static const cJSON *find_case(const cJSON *report, const char *case_id)
{
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(report, "cases")) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(c, "case_id");
		if (cJSON_IsString(id) && !strcmp(id->valuestring, case_id))
			return c;
	}
	return NULL;
}

bool hs_report_has_case(const cJSON *report, const char *case_id)
{
	return find_case(report, case_id) != NULL;
}

static const cJSON *find_in(const cJSON *findings, const char *rule, const char *path_part)
{
	const cJSON *f;
	cJSON_ArrayForEach(f, findings) {
		const cJSON *ru = cJSON_GetObjectItemCaseSensitive(f, "rule");
		const cJSON *pa = cJSON_GetObjectItemCaseSensitive(f, "path");
		if (!cJSON_IsString(ru) || !cJSON_IsString(pa))
			continue;
		if (rule && strcmp(ru->valuestring, rule))
			continue;
		if (path_part && !strstr(pa->valuestring, path_part))
			continue;
		return f;
	}
	return NULL;
}

const cJSON *hs_report_finding(const cJSON *report, const char *case_id, const char *rule,
                               const char *path_part)
{
	if (case_id) {
		const cJSON *c = find_case(report, case_id);
		return c ? find_in(cJSON_GetObjectItemCaseSensitive(c, "findings"), rule, path_part) : NULL;
	}
	const cJSON *f = find_in(cJSON_GetObjectItemCaseSensitive(report, "repository_findings"), rule, path_part);
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(report, "cases")) {
		if (f)
			break;
		f = find_in(cJSON_GetObjectItemCaseSensitive(c, "findings"), rule, path_part);
	}
	return f;
}

