/* runner.c: see runner.h. */
#include "runner.h"

#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS 64

int cc_test_main(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

int cc_test_list_main(const char *name, const TTest *const *tests, double timeout, void (*setup)(void),
                      void (*teardown)(void))
{
	Suite *suite = suite_create(name);
	TCase *tc = tcase_create(name);
	tcase_set_timeout(tc, timeout);
	if (setup || teardown)
		tcase_add_checked_fixture(tc, setup, teardown);
	for (size_t i = 0; tests[i]; i++)
		tcase_add_test(tc, tests[i]);
	suite_add_tcase(suite, tc);
	return cc_test_main(suite);
}

static int slurp(int fd, char **out, size_t *len);

char *cc_test_read_source(const char *rel, size_t *len)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", src ? src : ".", rel);
	int fd = open(path, O_RDONLY);
	char *text = NULL;
	size_t n = 0;
	int rc = fd < 0 ? -1 : slurp(fd, &text, &n);
	if (fd >= 0)
		close(fd);
	ck_assert_msg(rc == 0, "cannot read %s", path);
	if (len)
		*len = n;
	return text;
}

char *cc_test_shell_output(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	ck_assert_msg(p != NULL, "cannot run %s", cmd);
	size_t cap = 4096, n = 0, got;
	char *buf = malloc(cap);
	ck_assert_ptr_nonnull(buf);
	while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0) {
		n += got;
		if (cap - n - 1 == 0) {
			char *more = realloc(buf, cap * 2);
			ck_assert_ptr_nonnull(more);
			buf = more;
			cap *= 2;
		}
	}
	buf[n] = '\0';
	int status = pclose(p);
	ck_assert_msg(status == 0, "%s: exit status %d; it printed: %s", cmd, status, buf);
	return buf;
}

/* Reads all of fd from its start into a NUL-terminated buffer. */
static int slurp(int fd, char **out, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	if (!buf || lseek(fd, 0, SEEK_SET) < 0) {
		free(buf);
		return -1;
	}
	for (;;) {
		if (n + 1 >= cap) {
			char *bigger = realloc(buf, cap * 2);
			if (!bigger) {
				free(buf);
				return -1;
			}
			buf = bigger;
			cap *= 2;
		}
		ssize_t got = read(fd, buf + n, cap - n - 1);
		if (got < 0) {
			free(buf);
			return -1;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* An unlinked temporary file: nothing is left behind whatever happens. */
static int temp_fd(void)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/cc-proc-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	int fd = mkstemp(path);
	if (fd >= 0)
		unlink(path);
	return fd;
}

int cc_proc_run(cc_proc *r, const char *dir, unsigned flags, const char *const *argv)
{
	const char *bin = getenv("CASECHECK_BINARY");
	const char *args[MAX_ARGS + 1];
	size_t n = 0;
	int rc = -1;
	memset(r, 0, sizeof *r);
	r->exit_code = -1;
	if (!bin || access(bin, X_OK) != 0) {
		fprintf(stderr, "runner: CASECHECK_BINARY is not an executable: %s\n", bin ? bin : "unset");
		return -1;
	}
	args[n++] = bin;
	for (size_t i = 0; argv[i]; i++) {
		if (n == MAX_ARGS) {
			fprintf(stderr, "runner: more than %d arguments\n", MAX_ARGS - 1);
			return -1;
		}
		args[n++] = argv[i];
	}
	args[n] = NULL;
	int of = temp_fd(), ef = temp_fd();
	if (of < 0 || ef < 0) {
		fprintf(stderr, "runner: cannot create a temporary file\n");
		goto done;
	}
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "runner: fork failed\n");
		goto done;
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull < 0 || (dir && chdir(dir) < 0))
			_exit(127);
		dup2(devnull, 0);
		dup2(of, 1);
		dup2(ef, 2);
		if (flags & CC_PROC_NO_COLOR)
			setenv("NO_COLOR", "1", 1);
		if (flags & CC_PROC_COLOR)
			unsetenv("NO_COLOR");
		unsetenv("GIT_DIR");
		unsetenv("GIT_INDEX_FILE");
		unsetenv("GIT_WORK_TREE");
		/* A pending alarm survives exec: a hang ends in SIGALRM. */
		alarm(CC_PROC_TIMEOUT_SECONDS);
		execv(bin, (char *const *)args);
		_exit(127);
	}
	int status = 0;
	if (waitpid(pid, &status, 0) < 0) {
		fprintf(stderr, "runner: waitpid failed\n");
		goto done;
	}
	if (WIFEXITED(status))
		r->exit_code = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		r->signal = WTERMSIG(status);
	if (slurp(of, &r->out, &r->out_len) < 0 || slurp(ef, &r->err, &r->err_len) < 0) {
		fprintf(stderr, "runner: cannot read the output of %s\n", bin);
		cc_proc_clear(r);
		goto done;
	}
	rc = 0;
done:
	if (of >= 0)
		close(of);
	if (ef >= 0)
		close(ef);
	return rc;
}

int cc_proc_runl(cc_proc *r, const char *dir, unsigned flags, ...)
{
	const char *argv[MAX_ARGS + 1];
	size_t n = 0;
	va_list ap;
	va_start(ap, flags);
	for (const char *a; (a = va_arg(ap, const char *));) {
		if (n == MAX_ARGS) {
			va_end(ap);
			memset(r, 0, sizeof *r);
			fprintf(stderr, "runner: more than %d arguments\n", MAX_ARGS);
			return -1;
		}
		argv[n++] = a;
	}
	va_end(ap);
	argv[n] = NULL;
	return cc_proc_run(r, dir, flags, argv);
}

void cc_proc_clear(cc_proc *r)
{
	free(r->out);
	free(r->err);
	memset(r, 0, sizeof *r);
	r->exit_code = -1;
}
