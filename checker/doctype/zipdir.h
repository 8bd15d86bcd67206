/* zipdir.h: walking the entry names of a zip archive held in memory. */
#ifndef CC_DOCTYPE_ZIPDIR_H
#define CC_DOCTYPE_ZIPDIR_H

#include <stddef.h>
#include <stdint.h>

/* Called once per entry with its name (name_len bytes, not NUL-terminated,
 * borrowed). Return 0 to go on; anything else stops the walk and is
 * returned by cc_zipdir_walk. */
typedef int (*cc_zipdir_cb)(const char *name, size_t name_len, void *payload);

/* Calls cb for each name in the central directory of the zip archive in
 * data. Returns 0 when all were walked, -1 when data is not a readable zip
 * archive (no end record, zip64, or a directory running past the buffer),
 * or what cb returned to stop. */
int cc_zipdir_walk(const void *data, size_t len, cc_zipdir_cb cb, void *payload);

#endif
