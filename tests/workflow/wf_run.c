/* wf_run.c: see wf_run.h. */
#include "wf_run.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/gitfixture.h"

static void clean_env(void)
{
	static const char *const drop[] = {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
	                                   "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
	                                   "GIT_CEILING_DIRECTORIES", "GIT_PREFIX", NULL};
	for (size_t i = 0; drop[i]; i++)
		unsetenv(drop[i]);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	setenv("GIT_TERMINAL_PROMPT", "0", 1);
	setenv("GIT_AUTHOR_NAME", "Casecheck Test", 1);
	setenv("GIT_AUTHOR_EMAIL", "test@casecheck.invalid", 1);
	setenv("GIT_COMMITTER_NAME", "Casecheck Test", 1);
	setenv("GIT_COMMITTER_EMAIL", "test@casecheck.invalid", 1);
	setenv("NO_COLOR", "1", 1);
	/* libgit2 (inside casecheck) reads $HOME/.gitconfig and ignores
	 * GIT_CONFIG_GLOBAL: no home, so no user config reaches the tests. */
	setenv("HOME", "/nonexistent/casecheck-test-home", 1);
	setenv("XDG_CONFIG_HOME", "/nonexistent/casecheck-test-home", 1);
}

int wf_run(char **out, const char *dir, const char *const *argv)
{
	int fd[2];
	if (out)
		*out = NULL;
	if (pipe(fd) != 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		close(fd[0]);
		clean_env();
		if (chdir(dir) != 0)
			_exit(127);
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull >= 0)
			dup2(devnull, STDIN_FILENO);
		dup2(fd[1], STDOUT_FILENO);
		dup2(fd[1], STDERR_FILENO);
		close(fd[1]);
		execvp(argv[0], (char *const *)argv);
		fprintf(stderr, "wf_run: exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	char *buf = malloc(4096);
	size_t len = 0, cap = 4096;
	for (;;) {
		if (len + 1024 > cap)
			buf = realloc(buf, cap *= 2);
		ssize_t n = read(fd[0], buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	close(fd[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (out)
		*out = buf;
	else
		free(buf);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const char *wf_casecheck(void)
{
	const char *b = getenv("CASECHECK_BINARY");
	return b && *b ? b : "casecheck";
}

char *wf_base_repo(void)
{
	const char *srcdir = getenv("CASECHECK_SOURCE_DIR");
	char *dir = gf_mkdtemp();
	if (!dir || !srcdir)
		goto fail;
	char *base = gf_path(srcdir, "fixtures/rules/_base");
	int rc = gf_init(dir) || gf_copy_tree(base, dir) || gf_commit_all(dir, "base");
	free(base);
	if (rc)
		goto fail;
	return dir;
fail:
	if (dir)
		gf_rm_rf(dir);
	free(dir);
	return NULL;
}

int wf_set_identity(const char *dir)
{
	int rc = gf_git(dir, "config", "user.name", "Casecheck Test", NULL);
	return rc ? rc : gf_git(dir, "config", "user.email", "test@casecheck.invalid", NULL);
}

char *wf_unsigned_repo(void)
{
	char *dir = wf_base_repo();
	if (!dir)
		return NULL;
	if (gf_git(dir, "rm", "-q", "-r", "cases/BASE-001/signoffs", NULL) || gf_commit_staged(dir, "no sign-off yet") ||
	    wf_set_identity(dir)) {
		gf_rm_rf(dir);
		free(dir);
		return NULL;
	}
	return dir;
}

char *wf_repo;

void wf_setup_base_repo(void)
{
	wf_repo = wf_base_repo();
	ck_assert_ptr_nonnull(wf_repo);
}

void wf_teardown_repo(void)
{
	if (wf_repo)
		gf_rm_rf(wf_repo);
	free(wf_repo);
	wf_repo = NULL;
}

void wf_refused(const char *file, const char *needle)
{
	char before[41], after[41], *out = NULL;
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", before), 0);
	ck_assert_int_eq(gf_git(wf_repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "refused"), 1);
	ck_assert_msg(wf_has(out, file) && wf_has(out, needle) && wf_has(out, "commit refused"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", after), 0);
	ck_assert_str_eq(before, after);
	ck_assert_int_eq(gf_git(wf_repo, "reset", "-q", "--hard", NULL), 0);
	ck_assert_int_eq(gf_git(wf_repo, "clean", "-q", "-fd", NULL), 0);
}

void wf_accepted(const char *msg)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(wf_repo, "add", "-A", NULL), 0);
	int rc = wf_commit(&out, wf_repo, msg);
	if (rc != 0)
		fprintf(stderr, "%s\n", out ? out : "");
	ck_assert_msg(rc == 0, "commit '%s' refused (output above)", msg);
	free(out);
}

void wf_install_hooks(const char *dir)
{
	char *out = NULL;
	const char *argv[] = {wf_casecheck(), "hook", "install", "--repo", dir, NULL};
	ck_assert_msg(wf_run(&out, dir, argv) == 0, "hook install: %s", out);
	ck_assert_msg(wf_has(out, "pre-commit hook installed") && wf_has(out, "pre-merge-commit hook installed"), "%s",
	              out);
	free(out);
}

int wf_audit_history(char **out, const char *dir, const char *as_of)
{
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", as_of, NULL};
	return wf_run(out, dir, argv);
}

int wf_commit(char **out, const char *dir, const char *msg)
{
	const char *argv[] = {"git", "commit", "-q", "-m", msg, NULL};
	return wf_run(out, dir, argv);
}

bool wf_has(const char *s, const char *needle)
{
	return s && strstr(s, needle);
}

int wf_edit(const char *dir, const char *rel, const char *from, const char *to)
{
	char *path = gf_path(dir, rel);
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0;
	int rc = -1;
	if (f) {
		buf = malloc(1 << 20);
		len = fread(buf, 1, (1 << 20) - 1, f);
		buf[len] = '\0';
		fclose(f);
	}
	char *at = buf ? strstr(buf, from) : NULL;
	if (!at) {
		fprintf(stderr, "wf_edit: '%s' not found in %s\n", from, rel);
		goto done;
	}
	size_t fl = strlen(from), tl = strlen(to);
	char *res = malloc(len - fl + tl + 1);
	memcpy(res, buf, (size_t)(at - buf));
	memcpy(res + (at - buf), to, tl);
	strcpy(res + (at - buf) + tl, at + fl);
	rc = gf_write(dir, rel, res);
	free(res);
done:
	free(buf);
	free(path);
	return rc;
}
