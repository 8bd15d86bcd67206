/* hook_install.c: writing casecheck's pre-commit and pre-merge-commit
 * hooks (the same script). The hook is a short sh script that execs this casecheck binary with `hook run`;
 * only a hook whose whole text is such a script (possibly for another
 * casecheck path) is casecheck's: anybody else's, even one holding the
 * marker line, is never replaced without --force. The file is written beside the hook and renamed over it, so a
 * hook that is a symlink (husky, a shared hooks folder) is replaced
 * itself, never written through. */
#include "casecheck/workflow.h"

#include <errno.h>
#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "source/git.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define HOOK_MARKER "# installed by: casecheck hook install"

/* The script around the quoted path: exactly what cc_hook_script writes. */
#define HOOK_HEAD "#!/bin/sh\n" HOOK_MARKER "\n" \
                  "# Refuses a commit that would put a broken case folder into the repository:\n" \
                  "# audits the staged cases (purpose check), reading the index only.\n" \
                  "exec '"
#define HOOK_TAIL "' hook run\n"

char *cc_hook_script(const char *casecheck_path)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_puts(&sb, HOOK_HEAD);
	/* Single-quote the path for sh: ' becomes '\'' */
	for (const char *p = casecheck_path; *p; p++) {
		if (*p == '\'')
			cc_strbuf_puts(&sb, "'\\''");
		else
			cc_strbuf_putc(&sb, *p);
	}
	cc_strbuf_puts(&sb, HOOK_TAIL);
	return cc_strbuf_detach(&sb);
}

/* Exactly cc_hook_script(P) for some path P: the head, a single-quoted
 * path in which a quote appears only as '\'' (as the script writes it),
 * the tail, nothing else. A hook that merely contains the marker line (a
 * team's own hook that copied it, or chains casecheck) is somebody else's. */
bool cc_hook_is_casecheck(const char *text)
{
	size_t hl = strlen(HOOK_HEAD), tl = strlen(HOOK_TAIL), n = text ? strlen(text) : 0;
	if (n < hl + tl || strncmp(text, HOOK_HEAD, hl) != 0 || strcmp(text + n - tl, HOOK_TAIL) != 0)
		return false;
	for (const char *p = text + hl, *end = text + n - tl; p < end; p++) {
		if (*p != '\'')
			continue;
		if (end - p < 4 || strncmp(p, "'\\''", 4) != 0)
			return false;
		p += 3;
	}
	return true;
}

/* The hooks folder git uses: core.hooksPath (relative to the top of the
 * working tree, where git runs hooks) or the common git dir's hooks/ (so
 * a linked worktree shares its main repository's hooks). Caller frees. */
static char *hooks_dir(git_repository *repo)
{
	git_config *cfg = NULL;
	git_buf buf = GIT_BUF_INIT;
	char *dir = NULL;
	if (git_repository_config_snapshot(&cfg, repo) == 0 &&
	    git_config_get_path(&buf, cfg, "core.hooksPath") == 0 && buf.size) {
		const char *wd = git_repository_workdir(repo);
		if (buf.ptr[0] == '/' || !wd)
			dir = cc_xstrdup(buf.ptr);
		else
			dir = cc_xasprintf("%s%s", wd, buf.ptr);
	}
	git_buf_dispose(&buf);
	git_config_free(cfg);
	if (!dir && git_repository_item_path(&buf, repo, GIT_REPOSITORY_ITEM_HOOKS) == 0)
		dir = cc_xstrdup(buf.ptr);
	git_buf_dispose(&buf);
	if (!dir)
		dir = cc_xasprintf("%shooks", git_repository_commondir(repo));
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	return dir;
}

/* mkdir -p. Returns 0 or -1 with errno. */
static int mkdirs(const char *dir)
{
	char *p = cc_xstrdup(dir);
	int rc = 0;
	for (char *s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) < 0 && errno != EEXIST)
			rc = -1;
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return rc;
}

/* Writes text to path.tmp (mode 0755) and renames it over path. */
static int write_hook(const char *path, const char *text, char **errmsg)
{
	char *tmp = cc_xasprintf("%s.casecheck-tmp", path);
	int rc = CC_ERROR;
	FILE *f = fopen(tmp, "w");
	if (!f) {
		*errmsg = cc_xasprintf("%s: %s", tmp, strerror(errno));
		goto done;
	}
	int werr = fputs(text, f) < 0;
	if (fclose(f) != 0 || werr) {
		*errmsg = cc_xasprintf("%s: could not write the hook", tmp);
		unlink(tmp);
		goto done;
	}
	if (chmod(tmp, 0755) < 0 || rename(tmp, path) < 0) {
		*errmsg = cc_xasprintf("%s: %s", path, strerror(errno));
		unlink(tmp);
		goto done;
	}
	rc = 0;
done:
	free(tmp);
	return rc;
}

/* Writes one hook (name: "pre-commit", ...) into dir. Returns 0 with
 * *state set, CC_EEXISTS_HOOK or CC_ERROR with *errmsg. */
static int install_one(cc_hook_state *state, char **out_path, const char *dir, const char *name, const char *script,
                       bool force, char **errmsg)
{
	int error = CC_ERROR;
	char *path = cc_xasprintf("%s/%s", dir, name), *existing = NULL;
	size_t existing_len = 0;
	struct stat st;

	if (lstat(path, &st) == 0) {
		bool readable = S_ISREG(st.st_mode) &&
		                cc_read_file(path, (size_t)1 << 20, &existing, &existing_len) == 0;
		if (readable && existing_len == strlen(script) && !memcmp(existing, script, existing_len)) {
			*state = CC_HOOK_UNCHANGED;
			error = 0;
			goto done;
		}
		bool ours = readable && strlen(existing) == existing_len && cc_hook_is_casecheck(existing);
		if (!force && !ours) {
			*errmsg = cc_xasprintf(
				"%s already exists and is not casecheck's; not replaced.\n"
				"Use --force to replace it, or chain casecheck from it by adding the line\n"
				"  casecheck hook run || exit 1\n"
				"to that hook (see docs/workflow.md).", path);
			error = CC_EEXISTS_HOOK;
			goto done;
		}
		*state = ours ? CC_HOOK_UPDATED : CC_HOOK_REPLACED;
	} else if (errno != ENOENT) {
		*errmsg = cc_xasprintf("%s: %s", path, strerror(errno));
		goto done;
	} else {
		*state = CC_HOOK_CREATED;
	}

	if (mkdirs(dir) < 0) {
		*errmsg = cc_xasprintf("%s: %s", dir, strerror(errno));
		goto done;
	}
	if (write_hook(path, script, errmsg) < 0)
		goto done;
	error = 0;
done:
	if (error == 0) {
		*out_path = path;
		path = NULL;
	}
	free(existing);
	free(path);
	return error;
}

int cc_hook_install(cc_hook_install_result *result, const char *repo_dir, const char *casecheck_path,
                    bool force, char **errmsg)
{
	int error = CC_ERROR;
	git_repository *repo = NULL;
	char *dir = NULL, *script = NULL;

	memset(result, 0, sizeof *result);
	git_libgit2_init();
	char *why = NULL;
	int rc = cc_source_open_git(&repo, repo_dir, &why);
	if (rc < 0) {
		*errmsg = rc == CC_ENOTFOUND ? cc_xasprintf("%s is not a git repository",
		                                            repo_dir ? repo_dir : "the current directory")
		                             : why;
		if (rc == CC_ENOTFOUND)
			free(why);
		goto done;
	}
	free(why);
	dir = hooks_dir(repo);
	script = cc_hook_script(casecheck_path);
	/* pre-commit for git commit; pre-merge-commit for a merge that git
	 * commits itself (git merge without conflicts), which runs no
	 * pre-commit hook */
	error = install_one(&result->state, &result->path, dir, "pre-commit", script, force, errmsg);
	if (error == 0)
		error = install_one(&result->merge_state, &result->merge_path, dir, "pre-merge-commit", script, force,
		                    errmsg);
done:
	if (error) {
		free(result->path);
		free(result->merge_path);
		result->path = result->merge_path = NULL;
	}
	free(script);
	free(dir);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return error;
}
