/* nftw() needs the X/Open extensions */
#define _XOPEN_SOURCE 700

#include "gitfixture.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define GF_MAX_ARGS 64

static unsigned gf_commit_counter;

static void *gf_alloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "gitfixture: out of memory\n");
		abort();
	}
	return p;
}

char *gf_path(const char *dir, const char *rel)
{
	size_t a = strlen(dir), b = strlen(rel);
	char *p = gf_alloc(a + b + 2);
	memcpy(p, dir, a);
	p[a] = '/';
	memcpy(p + a + 1, rel, b + 1);
	return p;
}

char *gf_mkdtemp(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	char *templ = gf_path(tmp, "casecheck-test-XXXXXX");
	if (!mkdtemp(templ)) {
		fprintf(stderr, "gitfixture: mkdtemp in %s: %s\n", tmp, strerror(errno));
		free(templ);
		return NULL;
	}
	char *real = realpath(templ, NULL);
	free(templ);
	return real;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	int rc = (flag == FTW_DP) ? rmdir(path) : unlink(path);
	if (rc != 0 && errno != ENOENT) {
		fprintf(stderr, "gitfixture: cannot remove %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

int gf_rm_rf(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path) == 0 ? 0 : -1;
	return nftw(path, rm_one, 32, FTW_DEPTH | FTW_PHYS) == 0 ? 0 : -1;
}

static int mkdirs_abs(const char *path)
{
	char *p = strdup(path);
	if (!p)
		abort();
	int rc = 0;
	for (char *s = p + 1;; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				fprintf(stderr, "gitfixture: mkdir %s: %s\n", p, strerror(errno));
				rc = -1;
				break;
			}
			*s = c;
			if (!c)
				break;
		}
	}
	free(p);
	return rc;
}

int gf_mkdirs(const char *dir, const char *rel)
{
	char *full = gf_path(dir, rel);
	int rc = mkdirs_abs(full);
	free(full);
	return rc;
}

/* Creates the parent folders of full (an absolute path). */
static int mkparents(const char *full)
{
	char *p = strdup(full);
	if (!p)
		abort();
	char *slash = strrchr(p, '/');
	int rc = 0;
	if (slash && slash != p) {
		*slash = '\0';
		rc = mkdirs_abs(p);
	}
	free(p);
	return rc;
}

int gf_write_bytes(const char *dir, const char *rel, const void *data, size_t len)
{
	char *full = gf_path(dir, rel);
	int rc = -1;
	if (mkparents(full) != 0)
		goto done;
	int fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0666);
	if (fd < 0) {
		fprintf(stderr, "gitfixture: open %s: %s\n", full, strerror(errno));
		goto done;
	}
	const char *p = data;
	size_t left = len;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "gitfixture: write %s: %s\n", full, strerror(errno));
			close(fd);
			goto done;
		}
		p += w;
		left -= (size_t)w;
	}
	rc = close(fd) == 0 ? 0 : -1;
done:
	free(full);
	return rc;
}

int gf_write(const char *dir, const char *rel, const char *text)
{
	return gf_write_bytes(dir, rel, text, strlen(text));
}

int gf_symlink(const char *dir, const char *rel, const char *target)
{
	char *full = gf_path(dir, rel);
	int rc = mkparents(full);
	if (rc == 0 && symlink(target, full) != 0) {
		fprintf(stderr, "gitfixture: symlink %s: %s\n", full, strerror(errno));
		rc = -1;
	}
	free(full);
	return rc;
}

int gf_chmod_x(const char *dir, const char *rel, int executable)
{
	char *full = gf_path(dir, rel);
	int rc = chmod(full, executable ? 0755 : 0644);
	if (rc != 0)
		fprintf(stderr, "gitfixture: chmod %s: %s\n", full, strerror(errno));
	free(full);
	return rc == 0 ? 0 : -1;
}

static int copy_file(const char *src, const char *dst, mode_t mode)
{
	int in = open(src, O_RDONLY | O_NOFOLLOW);
	if (in < 0)
		return -1;
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, mode & 0777);
	if (out < 0) {
		close(in);
		return -1;
	}
	char buf[65536];
	ssize_t n;
	int rc = 0;
	while ((n = read(in, buf, sizeof buf)) > 0) {
		if (write(out, buf, (size_t)n) != n) {
			rc = -1;
			break;
		}
	}
	if (n < 0)
		rc = -1;
	close(in);
	if (close(out) != 0)
		rc = -1;
	return rc;
}

int gf_copy_tree(const char *src, const char *dst)
{
	if (mkdirs_abs(dst) != 0)
		return -1;
	DIR *d = opendir(src);
	if (!d) {
		fprintf(stderr, "gitfixture: opendir %s: %s\n", src, strerror(errno));
		return -1;
	}
	int rc = 0;
	struct dirent *e;
	while (rc == 0 && (e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *s = gf_path(src, e->d_name), *t = gf_path(dst, e->d_name);
		struct stat st;
		if (lstat(s, &st) != 0) {
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			rc = gf_copy_tree(s, t);
		} else if (S_ISLNK(st.st_mode)) {
			char target[4096];
			ssize_t n = readlink(s, target, sizeof target - 1);
			if (n < 0) {
				rc = -1;
			} else {
				target[n] = '\0';
				rc = symlink(target, t) == 0 ? 0 : -1;
			}
		} else if (S_ISREG(st.st_mode)) {
			rc = copy_file(s, t, st.st_mode);
		}
		if (rc != 0)
			fprintf(stderr, "gitfixture: cannot copy %s to %s\n", s, t);
		free(s);
		free(t);
	}
	closedir(d);
	return rc;
}

/* The child side of gf_gitv: a clean environment, then exec git. */
static void exec_git(const char *dir, const char *const *argv, int out_fd)
{
	static const char *const config[] = {
		"-c", "user.name=Casecheck Test", "-c", "user.email=test@casecheck.invalid",
		"-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false",
		"-c", "core.autocrlf=false", "-c", "advice.detachedHead=false",
		"-c", "protocol.file.allow=always", "-c", "advice.addEmbeddedRepo=false",
	};
	const char *args[GF_MAX_ARGS + sizeof config / sizeof config[0] + 2];
	size_t n = 0;
	args[n++] = "git";
	for (size_t i = 0; i < sizeof config / sizeof config[0]; i++)
		args[n++] = config[i];
	for (size_t i = 0; argv[i] && i < GF_MAX_ARGS; i++)
		args[n++] = argv[i];
	args[n] = NULL;

	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	unsetenv("GIT_INDEX_FILE");
	unsetenv("GIT_OBJECT_DIRECTORY");
	unsetenv("GIT_ALTERNATE_OBJECT_DIRECTORIES");
	unsetenv("GIT_CEILING_DIRECTORIES");
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	setenv("GIT_TERMINAL_PROMPT", "0", 1);
	char date[64];
	unsigned minutes = gf_commit_counter;
	snprintf(date, sizeof date, "%u +0000", 1704067200u + minutes * 60u);
	setenv("GIT_AUTHOR_DATE", date, 1);
	setenv("GIT_COMMITTER_DATE", date, 1);

	if (chdir(dir) != 0) {
		fprintf(stderr, "gitfixture: chdir %s: %s\n", dir, strerror(errno));
		_exit(127);
	}
	if (out_fd >= 0) {
		dup2(out_fd, STDOUT_FILENO);
		close(out_fd);
	} else {
		int devnull = open("/dev/null", O_WRONLY);
		if (devnull >= 0) {
			dup2(devnull, STDOUT_FILENO);
			close(devnull);
		}
	}
	execvp("git", (char *const *)args);
	fprintf(stderr, "gitfixture: exec git: %s\n", strerror(errno));
	_exit(127);
}

static int run_git(char **out, const char *dir, const char *const *argv, int quiet)
{
	int pipefd[2] = { -1, -1 };
	if (out) {
		*out = NULL;
		if (pipe(pipefd) != 0)
			return -1;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		if (out) {
			close(pipefd[0]);
			close(pipefd[1]);
		}
		return -1;
	}
	if (pid == 0) {
		if (out)
			close(pipefd[0]);
		exec_git(dir, argv, out ? pipefd[1] : -1);
	}
	char *buf = NULL;
	size_t len = 0, cap = 0;
	if (out) {
		close(pipefd[1]);
		for (;;) {
			if (len + 4096 + 1 > cap) {
				cap = (len + 4096 + 1) * 2;
				char *nb = realloc(buf, cap);
				if (!nb)
					abort();
				buf = nb;
			}
			ssize_t r = read(pipefd[0], buf + len, 4096);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			len += (size_t)r;
		}
		close(pipefd[0]);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			free(buf);
			return -1;
		}
	}
	int ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (!ok) {
		if (quiet) {
			free(buf);
			return -1;
		}
		fprintf(stderr, "gitfixture: git");
		for (size_t i = 0; argv[i]; i++)
			fprintf(stderr, " %s", argv[i]);
		fprintf(stderr, " (in %s) failed\n", dir);
		free(buf);
		return -1;
	}
	if (out) {
		if (!buf)
			buf = gf_alloc(1);
		buf[len] = '\0';
		*out = buf;
	}
	return 0;
}

int gf_gitv(char **out, const char *dir, const char *const *argv)
{
	return run_git(out, dir, argv, 0);
}

static int gf_git_va(char **out, const char *dir, va_list ap)
{
	const char *argv[GF_MAX_ARGS + 1];
	size_t n = 0;
	const char *a;
	while ((a = va_arg(ap, const char *)) != NULL) {
		if (n == GF_MAX_ARGS) {
			fprintf(stderr, "gitfixture: too many git arguments\n");
			return -1;
		}
		argv[n++] = a;
	}
	argv[n] = NULL;
	return gf_gitv(out, dir, argv);
}

int gf_git(const char *dir, ...)
{
	va_list ap;
	va_start(ap, dir);
	int rc = gf_git_va(NULL, dir, ap);
	va_end(ap);
	return rc;
}

int gf_git_out(char **out, const char *dir, ...)
{
	va_list ap;
	va_start(ap, dir);
	int rc = gf_git_va(out, dir, ap);
	va_end(ap);
	return rc;
}

int gf_init(const char *dir)
{
	return gf_git(dir, "init", "-q", "-b", "main", NULL);
}

int gf_commit_staged(const char *dir, const char *msg)
{
	gf_commit_counter++;
	return gf_git(dir, "commit", "-q", "--allow-empty", "--no-verify", "-m", msg, NULL);
}

int gf_commit_all(const char *dir, const char *msg)
{
	if (gf_git(dir, "add", "-A", NULL) != 0)
		return -1;
	return gf_commit_staged(dir, msg);
}

int gf_rev_parse(const char *dir, const char *spec, char out[41])
{
	char *text = NULL;
	const char *argv[] = { "rev-parse", "--verify", "--quiet", spec, NULL };
	if (run_git(&text, dir, argv, 1) != 0)
		return -1;
	int rc = -1;
	if (strlen(text) >= 40 && (text[40] == '\n' || text[40] == '\0')) {
		memcpy(out, text, 40);
		out[40] = '\0';
		rc = 0;
	}
	free(text);
	return rc;
}
