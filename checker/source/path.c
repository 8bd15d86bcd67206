/* path.c: checking and splitting repository-relative paths. Every public
 * entry point of cc_source goes through cc_path_parse, so no path that
 * could leave the repository reaches any of the three readers. */
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "util/xalloc.h"

bool cc_path_name_ok(const char *name)
{
	return name && *name && !strchr(name, '/') && strcmp(name, ".") != 0 &&
	       strcmp(name, "..") != 0;
}

int cc_path_parse(cc_path *out, const char *path, char **errmsg)
{
	memset(out, 0, sizeof *out);
	if (!path)
		return cc_src_error(errmsg, CC_ERROR, "no path given");
	out->text = path;
	if (*path == '\0')
		return 0; /* the root */
	if (*path == '/')
		return cc_src_error(errmsg, CC_ERROR, "path refused (absolute): %s", path);

	out->buf = cc_xstrdup(path);
	size_t cap = 0;
	char *s = out->buf;
	for (;;) {
		char *slash = strchr(s, '/');
		if (slash)
			*slash = '\0';
		if (*s == '\0' || !strcmp(s, ".") || !strcmp(s, "..") || !strcasecmp(s, ".git")) {
			cc_path_clear(out);
			return cc_src_error(errmsg, CC_ERROR,
			                    "path refused (empty, '.', '..' or '.git' component): %s", path);
		}
		out->comps = cc_xgrow(out->comps, &cap, out->n + 1, sizeof *out->comps);
		out->comps[out->n++] = s;
		if (!slash)
			break;
		s = slash + 1;
	}
	out->text = path;
	return 0;
}

void cc_path_clear(cc_path *p)
{
	free(p->buf);
	free(p->comps);
	memset(p, 0, sizeof *p);
}
