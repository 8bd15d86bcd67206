#include "embedded/embedded.h"

#include <string.h>

const cc_embedded_file *cc_embedded_find(const char *path)
{
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++)
		if (strcmp(f->path, path) == 0)
			return f;
	return NULL;
}
