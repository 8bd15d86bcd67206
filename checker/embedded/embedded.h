/* embedded: the files under schemas/ compiled into the binary, so that
 * casecheck finds its own schemas and the official metaschemas from any
 * directory, offline, with or without `cmake --install`. */
#ifndef CC_EMBEDDED_H
#define CC_EMBEDDED_H

#include <stddef.h>

typedef struct cc_embedded_file {
	const char *path;          /* relative to schemas/, e.g. "case.json" */
	const unsigned char *data; /* NUL-terminated for convenience */
	size_t len;                /* without the terminating NUL */
} cc_embedded_file;

/* The table ends with an entry whose path is NULL. Static; never freed. */
extern const cc_embedded_file cc_embedded_files[];

/* The file at path relative to schemas/, or NULL. */
const cc_embedded_file *cc_embedded_find(const char *path);

/* The council protocols the rules cite (seeds/<name>.txt, path "<name>.txt"),
 * empty when the build had no seeds folder; ends like cc_embedded_files. */
extern const cc_embedded_file cc_embedded_seeds[];

/* The seed named by a rule's seed_files ("seeds/004_....txt"), or NULL. */
const cc_embedded_file *cc_embedded_seed(const char *seed_path);

#endif
