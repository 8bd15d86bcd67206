/* config.c: the auditor's trust settings, from the command line and git
 * config (never from the content audited), and the signing key from
 * git's own settings (user.signingKey with gpg.format ssh). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <git2.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"
#include "util/fileio.h"
#include "util/xalloc.h"

#define MAX_ALLOWED_SIGNERS ((size_t)16 << 20)

/* Calls git_libgit2_init; the caller calls git_libgit2_shutdown after
 * freeing what it returns. The configuration (with the user's and the system's) of the repository
 * at dir (NULL: found from the current directory and GIT_DIR as git does),
 * or NULL when there is none; *top (when not NULL) gets its working tree
 * (caller frees; NULL for a bare repository). */
static git_config *repo_config(const char *dir, char **top)
{
	git_repository *repo = NULL;
	git_config *cfg = NULL;
	if (top)
		*top = NULL;
	git_libgit2_init();
	int rc = dir ? git_repository_open_ext(&repo, dir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL)
	             : git_repository_open_ext(&repo, NULL, GIT_REPOSITORY_OPEN_FROM_ENV, NULL);
	if (rc == 0) {
		git_repository_config_snapshot(&cfg, repo);
		if (top && git_repository_workdir(repo))
			*top = cc_xstrdup(git_repository_workdir(repo));
	}
	git_repository_free(repo);
	return cfg; /* libgit2 stays initialised until the caller's git_libgit2_shutdown */
}

/* A string setting (paths with ~ expanded), or NULL. Caller frees. */
static char *config_get(git_config *cfg, const char *name, bool path)
{
	git_buf buf = GIT_BUF_INIT;
	const char *s = NULL;
	char *out = NULL;
	if (!cfg)
		return NULL;
	if (path) {
		if (git_config_get_path(&buf, cfg, name) == 0 && buf.size)
			out = cc_xstrdup(buf.ptr);
		git_buf_dispose(&buf);
	} else if (git_config_get_string(&s, cfg, name) == 0 && s && *s) {
		out = cc_xstrdup(s);
	}
	return out;
}

/* Whether the real path of file lies inside the real path of dir. */
static bool inside(const char *file, const char *dir)
{
	char rf[PATH_MAX], rd[PATH_MAX];
	if (!realpath(file, rf) || !realpath(dir, rd))
		return false;
	size_t n = strlen(rd);
	return !strncmp(rf, rd, n) && (rf[n] == '/' || rf[n] == '\0' || (n == 1 && rd[0] == '/'));
}

int cc_trust_load(cc_trust *out, const char *repo_dir, const char *cli_path, char **errmsg)
{
	char *workdir = NULL;
	git_config *cfg = repo_config(repo_dir, &workdir);
	char *path = NULL, *cutoff = NULL, *text = NULL, *perr = NULL;
	size_t len = 0;
	int rc = CC_ERROR;
	memset(out, 0, sizeof *out);
	if (cli_path) {
		path = cc_xstrdup(cli_path);
		out->setting = "--allowed-signers";
	} else if ((path = config_get(cfg, "casecheck.allowedSignersFile", true))) {
		out->setting = "casecheck.allowedSignersFile";
	} else if ((path = config_get(cfg, "gpg.ssh.allowedSignersFile", true))) {
		out->setting = "gpg.ssh.allowedSignersFile";
	}
	if ((cutoff = config_get(cfg, "casecheck.unsignedSignoffsBefore", false)) &&
	    cc_date_parse(&out->unsigned_before, cutoff, strlen(cutoff)) < 0) {
		*errmsg = cc_xstrdup("git config casecheck.unsignedSignoffsBefore is not a date (YYYY-MM-DD)");
		goto done;
	}
	if (!path) {
		rc = 0;
		goto done;
	}
	if ((workdir && inside(path, workdir)) || (repo_dir && inside(path, repo_dir))) {
		*errmsg = cc_xasprintf("the allowed-signers file (%s) is inside the work tree being audited: whoever "
		                       "can commit could add their own key. Keep it outside the repository.",
		                       out->setting);
		goto done;
	}
	if (cc_read_file(path, MAX_ALLOWED_SIGNERS, &text, &len) < 0) {
		*errmsg = cc_xasprintf("the allowed-signers file (%s) cannot be read: %s", out->setting, strerror(errno));
		goto done;
	}
	if (cc_allowed_signers_parse(&out->signers, text, len, &perr) < 0) {
		*errmsg = cc_xasprintf("the allowed-signers file (%s) is refused: %s", out->setting, perr);
		goto done;
	}
	char real[PATH_MAX];
	out->path = cc_xstrdup(realpath(path, real) ? real : path);
	rc = 0;
done:
	if (rc < 0)
		cc_trust_clear(out);
	git_config_free(cfg);
	git_libgit2_shutdown();
	free(workdir);
	free(path);
	free(cutoff);
	free(text);
	free(perr);
	return rc;
}

void cc_trust_clear(cc_trust *t)
{
	free(t->path);
	cc_allowed_signers_free(t->signers);
	memset(t, 0, sizeof *t);
}

int cc_trust_signing_key(char **key, bool *literal, const char *repo_dir, char **errmsg)
{
	git_config *cfg = repo_config(repo_dir, NULL);
	char *format = config_get(cfg, "gpg.format", false);
	char *k = NULL;
	(void)errmsg;
	*key = NULL;
	*literal = false;
	if (format && !strcmp(format, "ssh") && (k = config_get(cfg, "user.signingKey", false))) {
		if (!strncmp(k, "key::", 5) || !strncmp(k, "ssh-", 4)) { /* git takes "ssh-..." literally too */
			*key = cc_xstrdup(k + (k[0] == 'k' ? 5 : 0));
			*literal = true;
		} else {
			free(k);
			k = config_get(cfg, "user.signingKey", true); /* ~ expanded */
			*key = k;
			k = NULL;
		}
	}
	free(k);
	free(format);
	git_config_free(cfg);
	git_libgit2_shutdown();
	return 0;
}
