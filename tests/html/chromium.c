/* chromium: headless Chromium for the HTML tests. */
#include "chromium.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/fileio.h"
#include "util/xalloc.h"

char *chromium_find(void)
{
	static const char *const names[] = { "chromium", "chromium-browser" };
	const char *env = getenv("CASECHECK_CHROMIUM");
	const char *path = getenv("PATH");
	size_t i;

	if (env && *env)
		return access(env, X_OK) == 0 ? cc_xstrdup(env) : NULL;
	if (!path)
		path = "/usr/bin:/bin";
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *p = path;

		while (*p) {
			size_t len = strcspn(p, ":");
			char *cand = cc_xasprintf("%.*s/%s", (int)len, p, names[i]);

			if (len > 0 && access(cand, X_OK) == 0)
				return cand;
			free(cand);
			p += len;
			if (*p == ':')
				p++;
		}
	}
	return NULL;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Runs the browser with stdout to dom_path and the switches extra (up to
 * 8, NULL-terminated); returns its wait status or -1. */
static int run_browser(const char *chromium, const char *profile, const char *dom_path, const char *url,
                       int virtual_time_ms, const char *const *extra, int timeout_s, const char **why)
{
	char *udd = cc_xasprintf("--user-data-dir=%s", profile);
	char *budget = cc_xasprintf("--virtual-time-budget=%d", virtual_time_ms);
	char *argv[24] = { (char *)chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
	                   "--no-first-run", "--disable-background-networking", "--disable-component-update",
	                   "--disable-sync", udd };
	int argc = 10;
	int status = -1, waited_ms = 0;
	pid_t pid;

	if (virtual_time_ms > 0)
		argv[argc++] = budget;
	for (size_t i = 0; extra && extra[i] && i < 8; i++)
		argv[argc++] = (char *)extra[i];
	argv[argc++] = (char *)url;
	argv[argc] = NULL;
	pid = fork();

	if (pid == 0) {
		int out = open(dom_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		int null = open("/dev/null", O_WRONLY);

		if (out < 0 || null < 0)
			_exit(126);
		dup2(out, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
		execv(chromium, argv);
		_exit(127);
	}
	free(udd);
	free(budget);
	if (pid < 0) {
		*why = "fork failed";
		return -1;
	}
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (waited_ms >= timeout_s * 1000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			*why = "chromium timed out";
			return -1;
		}
		sleep_ms(100);
		waited_ms += 100;
	}
	return status;
}

char *chromium_dump_dom(const char *chromium, const char *workdir, const char *url, int virtual_time_ms,
                        const char *extra_arg, int timeout_s, const char **why)
{
	char *run = cc_xasprintf("%s/run-XXXXXX", workdir);
	char *profile = NULL, *dom_path = NULL, *dom = NULL;
	size_t len = 0;
	int status;

	*why = NULL;
	if (!mkdtemp(run)) {
		*why = "mkdtemp failed";
		goto done;
	}
	profile = cc_xasprintf("%s/profile", run);
	dom_path = cc_xasprintf("%s/dom.html", run);
	if (mkdir(profile, 0700) != 0) {
		*why = "mkdir failed";
		goto done;
	}
	const char *extra[] = { "--dump-dom", extra_arg, NULL };
	status = run_browser(chromium, profile, dom_path, url, virtual_time_ms, extra, timeout_s, why);
	if (status == -1)
		goto done;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*why = "chromium failed";
		goto done;
	}
	if (cc_read_file(dom_path, 64u << 20, &dom, &len) != 0 || len == 0) {
		free(dom);
		dom = NULL;
		*why = "chromium printed nothing";
	}
done:
	free(run);
	free(profile);
	free(dom_path);
	return dom;
}

int chromium_screenshot(const char *chromium, const char *workdir, const char *url, const char *png, int width,
                        int height, int scale, int timeout_s, const char **why)
{
	char *run = cc_xasprintf("%s/shot-XXXXXX", workdir);
	char *profile = NULL, *out_path = NULL, *shot = cc_xasprintf("--screenshot=%s", png);
	char *size = cc_xasprintf("--window-size=%d,%d", width, height);
	char *dsf = cc_xasprintf("--force-device-scale-factor=%d", scale);
	const char *extra[] = { shot, size, dsf, "--hide-scrollbars", NULL };
	int rc = -1, status;

	*why = NULL;
	if (!mkdtemp(run)) {
		*why = "mkdtemp failed";
		goto done;
	}
	profile = cc_xasprintf("%s/profile", run);
	out_path = cc_xasprintf("%s/out.txt", run);
	if (mkdir(profile, 0700) != 0) {
		*why = "mkdir failed";
		goto done;
	}
	status = run_browser(chromium, profile, out_path, url, 5000, extra, timeout_s, why);
	if (status == -1)
		goto done;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*why = "chromium failed";
		goto done;
	}
	rc = 0;
done:
	free(run);
	free(profile);
	free(out_path);
	free(shot);
	free(size);
	free(dsf);
	return rc;
}

void chromium_remove_tree(const char *dir)
{
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		execlp("rm", "rm", "-rf", dir, (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
}
