/* path: small helpers for path strings. */
#ifndef CC_UTIL_PATH_H
#define CC_UTIL_PATH_H

/* A copy of path without its trailing slashes ("a/b//" is "a/b"; "/"
 * stays "/"). Owned by the caller. */
char *cc_path_dup_trimmed(const char *path);

#endif
