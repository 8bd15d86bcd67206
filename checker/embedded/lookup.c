#include "embedded/embedded.h"

#include <string.h>

const cc_embedded_file *cc_embedded_find(const char *path)
{
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++)
		if (strcmp(f->path, path) == 0)
			return f;
	return NULL;
}

const cc_embedded_file *cc_embedded_seed(const char *seed_path)
{
	const char *name = strncmp(seed_path, "seeds/", 6) ? seed_path : seed_path + 6;
	for (const cc_embedded_file *f = cc_embedded_seeds; f->path; f++)
		if (strcmp(f->path, name) == 0)
			return f;
	return NULL;
}
