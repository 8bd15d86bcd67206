/* zipdir.h: a zip archive held in memory: where its central directory is,
 * the names in it, and the (small) contents of one entry. */
#ifndef CC_DOCTYPE_ZIPDIR_H
#define CC_DOCTYPE_ZIPDIR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where the archive lies in the buffer, from its end-of-central-directory
 * record (the last "PK\5\6" in the final 22 + 65535 bytes whose central
 * directory starts with a "PK\1\2" header right before it). */
typedef struct cc_zip_info {
	size_t eocd;     /* offset of the end-of-central-directory record */
	size_t cd_start; /* offset of the first central directory header */
	size_t cd_size;
	size_t base;     /* bytes before the archive's offset 0 (data prepended, offsets not adjusted) */
	size_t trailing; /* bytes after the record and its comment */
	uint32_t count;  /* entries */
} cc_zip_info;

/* Finds the archive's directory. Returns false when data holds no readable
 * one (no end record, zip64, a directory running past the buffer or not
 * starting with a central header). */
bool cc_zipdir_locate(const void *data, size_t len, cc_zip_info *out);

/* One entry as the central directory gives it; name borrowed (name_len
 * bytes, not NUL-terminated). */
typedef struct cc_zip_entry {
	const char *name;
	size_t name_len;
	uint16_t method; /* 0 stored, 8 deflated */
	uint32_t csize, usize;
	size_t local; /* offset of the local header in the buffer (base added) */
} cc_zip_entry;

/* Called once per entry. Return 0 to go on; anything else stops the walk
 * and is returned by cc_zipdir_walk. */
typedef int (*cc_zipdir_cb)(const cc_zip_entry *e, void *payload);

/* Calls cb for each entry in the central directory of the zip archive in
 * data. Returns 0 when all were walked, -1 when data is not a readable zip
 * archive, or what cb returned to stop. */
int cc_zipdir_walk(const void *data, size_t len, cc_zipdir_cb cb, void *payload);

/* The uncompressed contents of entry e (stored or deflated), at most max
 * bytes (a longer entry is cut at max). Returns a new buffer (caller
 * frees; NUL-terminated, *out_len excludes the NUL) or NULL when the entry
 * cannot be read. */
char *cc_zipdir_read(const void *data, size_t len, const cc_zip_entry *e, size_t max, size_t *out_len);

#endif
