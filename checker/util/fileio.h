/* fileio: whole-file reading with a size cap. */
#ifndef CC_UTIL_FILEIO_H
#define CC_UTIL_FILEIO_H

#include <stddef.h>

/* Reads the file at path into a new NUL-terminated buffer (*out, owned by
 * the caller; *len excludes the NUL). Returns 0, or -1 with errno set
 * (EFBIG when the file is larger than max_len, EISDIR for a folder, EINVAL
 * for anything else that is not a regular file: a FIFO or device is never
 * read, and opening one does not block). */
int cc_read_file(const char *path, size_t max_len, char **out, size_t *len);

#endif
