/* safewrite: writing inside a folder without following a symbolic link.
 * Every folder below the root is opened one component at a time with
 * O_NOFOLLOW, and the file itself too, so a link anywhere on the way (a
 * symlinked signoffs/, case folder or cases folder) refuses the write
 * instead of sending it outside the repository. */
#ifndef CC_UTIL_SAFEWRITE_H
#define CC_UTIL_SAFEWRITE_H

#include <stdbool.h>
#include <stddef.h>

/* Opens root/dir (dir relative, '/'-separated, may be "") as a folder,
 * refusing any component of dir that is a symbolic link or not a folder;
 * when create_last, a missing last component is created (mode 0777 less
 * the umask). Returns an O_DIRECTORY descriptor (caller closes) or -1 with
 * errno set (ELOOP for a link, ENOTDIR, ENOENT) and *bad_len, when not
 * NULL, the length of the prefix of dir that failed. */
int cc_open_dir_beneath(const char *root, const char *dir, bool create_last, size_t *bad_len);

/* Creates root/rel as a new file (never replacing one) holding len bytes
 * of data, through cc_open_dir_beneath(root, dirname(rel), true). Returns
 * 0, or -1 with *errmsg (caller frees) naming the part of rel refused and
 * why; nothing is left behind on failure. */
int cc_write_new_beneath(const char *root, const char *rel, const void *data, size_t len, char **errmsg);

/* Replaces the regular file root/rel (never a symbolic link; its folders
 * real ones, none created) with len bytes of data: written to a new file
 * beside it, then renamed over it, keeping its permissions. Returns 0, or
 * -1 with *errmsg (caller frees); the file is unchanged on failure. */
int cc_replace_beneath(const char *root, const char *rel, const void *data, size_t len, char **errmsg);

#endif
