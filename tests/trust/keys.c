/* keys.c: ssh-keygen from the tests. */
#include "keys.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "support/gitfixture.h"

char *tk_read(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	if (!f)
		return NULL;
	buf = calloc(1, 65536);
	if (buf)
		buf[fread(buf, 1, 65535, f)] = '\0';
	fclose(f);
	return buf;
}

/* tk_read without the trailing line ends. */
static char *slurp(const char *path)
{
	char *buf = tk_read(path);
	size_t len = buf ? strlen(buf) : 0;
	while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	return buf;
}

char *tk_keygen(const char *dir, const char *name, const char *type, int bits)
{
	char cmd[4096];
	if (bits)
		snprintf(cmd, sizeof cmd, "ssh-keygen -q -t %s -b %d -N '' -C test -f '%s/%s' </dev/null >/dev/null 2>&1",
		         type, bits, dir, name);
	else
		snprintf(cmd, sizeof cmd, "ssh-keygen -q -t %s -N '' -C test -f '%s/%s' </dev/null >/dev/null 2>&1", type,
		         dir, name);
	if (system(cmd) != 0) {
		fprintf(stderr, "ssh-keygen -t %s failed\n", type);
		return NULL;
	}
	snprintf(cmd, sizeof cmd, "%s/%s", dir, name);
	chmod(cmd, 0600);
	snprintf(cmd, sizeof cmd, "%s/%s.pub", dir, name);
	char *pub = slurp(cmd);
	char *sp = pub ? strchr(pub, ' ') : NULL;
	sp = sp ? strchr(sp + 1, ' ') : NULL;
	if (sp)
		*sp = '\0'; /* drop the comment */
	return pub;
}

char *tk_key_args(const char **argv, int *n, const char *dir, const char *key)
{
	if (!key)
		return NULL;
	char *path = gf_path(dir, key);
	argv[(*n)++] = "--key";
	argv[(*n)++] = path;
	return path;
}

char *tk_sign(const char *dir, const char *key, const char *ns, const char *payload)
{
	char cmd[8192];
	if (gf_write(dir, "tk-to-sign", payload) < 0)
		return NULL;
	snprintf(cmd, sizeof cmd, "ssh-keygen -Y sign -n '%s' -f '%s/%s' '%s/tk-to-sign' >/dev/null 2>&1", ns, dir,
	         key, dir);
	if (system(cmd) != 0) {
		fprintf(stderr, "ssh-keygen -Y sign -n %s with %s failed\n", ns, key);
		return NULL;
	}
	snprintf(cmd, sizeof cmd, "%s/tk-to-sign.sig", dir);
	char *sig = tk_read(cmd);
	remove(cmd);
	return sig;
}

bool tk_openssh_verifies(const char *dir, const char *allowed_path, const char *principal, const char *sig,
                         const char *payload, const char *date)
{
	return tk_openssh_verifies_ns(dir, allowed_path, principal, "casecheck-signoff", sig, payload, date);
}

bool tk_openssh_verifies_ns(const char *dir, const char *allowed_path, const char *principal, const char *ns,
                            const char *sig, const char *payload, const char *date)
{
	char cmd[8192], day[9];
	if (gf_write(dir, "tk-sig", sig) < 0 || gf_write(dir, "tk-payload", payload) < 0)
		return false;
	snprintf(day, sizeof day, "%.4s%.2s%.2s", date, date + 5, date + 8);
	snprintf(cmd, sizeof cmd,
	         "ssh-keygen -Y verify -f '%s' -I '%s' -n '%s' -s '%s/tk-sig' -Overify-time=%sZ "
	         "< '%s/tk-payload' >/dev/null 2>&1",
	         allowed_path, principal, ns, dir, day, dir);
	return system(cmd) == 0;
}

char *tk_make_signers(const char *dir, const tk_signer *signers, size_t n, const char *header, char **pubs)
{
	size_t cap = header ? strlen(header) + 2 : 1;
	char *text = calloc(1, cap);
	ck_assert_ptr_nonnull(text);
	if (header)
		snprintf(text, cap, "%s\n", header);
	for (size_t i = 0; i < n; i++) {
		char *pub = tk_keygen(dir, signers[i].name, signers[i].type, signers[i].bits);
		ck_assert_msg(pub != NULL, "ssh-keygen could not make %s's key", signers[i].principal);
		size_t len = strlen(text);
		cap = len + strlen(signers[i].principal) + strlen(pub) + 3;
		ck_assert_ptr_nonnull(text = realloc(text, cap));
		snprintf(text + len, cap - len, "%s %s\n", signers[i].principal, pub);
		if (pubs)
			pubs[i] = pub;
		else
			free(pub);
	}
	ck_assert_int_eq(gf_write(dir, "allowed_signers", text), 0);
	free(text);
	return gf_path(dir, "allowed_signers");
}
