/* path.c: see path.h. */
#include "util/path.h"

#include <string.h>

#include "util/xalloc.h"

char *cc_path_dup_trimmed(const char *path)
{
	char *s = cc_xstrdup(path);
	size_t n = strlen(s);
	while (n > 1 && s[n - 1] == '/')
		s[--n] = '\0';
	return s;
}
