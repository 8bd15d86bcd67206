/* sign.c: a signature made by OpenSSH's ssh-keygen, as git makes its SSH
 * signatures, so that keys held by an agent or behind a passphrase work
 * the same way. The payload and (for a key:: literal) the public key go
 * through files in a private temporary folder that is removed afterwards. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"
#include "util/fileio.h"
#include "util/xalloc.h"

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	size_t n = strlen(text);
	if (fd < 0)
		return -1;
	bool ok = write(fd, text, n) == (ssize_t)n;
	return close(fd) == 0 && ok ? 0 : -1;
}

/* Runs argv with stdout and stderr into errpath; the exit status, or -1. */
static int run(char *const argv[], const char *errpath)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int cc_trust_sign(char **armored, const char *key, bool literal, const char *payload, char **errmsg)
{
	return cc_trust_sign_ns(armored, key, literal, CC_SIGNOFF_NAMESPACE, payload, errmsg);
}

int cc_trust_sign_ns(char **armored, const char *key, bool literal, const char *ns, const char *payload,
                     char **errmsg)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = cc_xasprintf("%s/casecheck-sign-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *pay = NULL, *sig = NULL, *err = NULL, *keyfile = NULL, *text = NULL;
	size_t len;
	int rc = CC_ERROR;
	*armored = NULL;
	if (!mkdtemp(dir)) {
		*errmsg = cc_xasprintf("cannot make a temporary folder to sign in: %s", strerror(errno));
		free(dir);
		return CC_ERROR;
	}
	pay = cc_xasprintf("%s/payload", dir);
	sig = cc_xasprintf("%s/payload.sig", dir);
	err = cc_xasprintf("%s/ssh-keygen.out", dir);
	keyfile = literal ? cc_xasprintf("%s/key.pub", dir) : cc_xstrdup(key);
	if (write_file(pay, payload) < 0 || (literal && write_file(keyfile, key) < 0)) {
		*errmsg = cc_xasprintf("cannot write the payload to sign: %s", strerror(errno));
		goto done;
	}
	char *argv[] = {"ssh-keygen", "-Y", "sign", "-n", (char *)ns, "-f", keyfile, pay, NULL, NULL};
	if (literal) { /* the key is in an agent: as git does */
		argv[7] = "-U";
		argv[8] = pay;
	}
	int st = run(argv, err);
	if (st != 0 || cc_read_file(sig, 1 << 20, &text, &len) < 0) {
		char *out = NULL;
		size_t olen;
		cc_read_file(err, 4096, &out, &olen);
		*errmsg = st == 127 ? cc_xstrdup("ssh-keygen (OpenSSH) is not installed; it signs sign-offs")
		                    : cc_xasprintf("ssh-keygen could not sign: %s", out && *out ? out : "no reason given");
		free(out);
		goto done;
	}
	*armored = text;
	text = NULL;
	rc = 0;
done:
	unlink(pay);
	unlink(sig);
	unlink(err);
	if (literal)
		unlink(keyfile);
	rmdir(dir);
	free(text);
	free(keyfile);
	free(err);
	free(sig);
	free(pay);
	free(dir);
	return rc;
}
