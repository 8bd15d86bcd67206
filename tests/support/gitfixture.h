/* gitfixture: build real git repositories in temporary folders for tests.
 *
 * Library target `cc_testsupport` (tests/support/); link it and include
 * "support/gitfixture.h". Every function that can fail returns 0 on success
 * and -1 on failure, after printing one line to stderr saying what failed,
 * so a test can simply `ck_assert_int_eq(gf_..., 0)`.
 *
 * git runs as a child process (fork + execvp, no shell, so names with
 * spaces, newlines or any other bytes are passed as they are), with a clean,
 * reproducible environment:
 *   GIT_CONFIG_NOSYSTEM=1, GIT_CONFIG_GLOBAL=/dev/null (no user config),
 *   user.name/user.email set to a fixed test identity, init.defaultBranch=main,
 *   commit.gpgsign=false, core.autocrlf=false, and GIT_DIR, GIT_WORK_TREE,
 *   GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY removed (in case the tests run
 *   inside a git hook).
 * Each commit made through this library gets the next of a series of fixed
 * dates (2024-01-01T00:00:00Z plus one minute per commit), so "newer" means
 * "made later by the test".
 *
 * Typical use:
 *     char *dir = gf_mkdtemp();               // owned: free() it
 *     gf_init(dir);                           // git init (branch main)
 *     gf_write(dir, "cases/C1/case.json", "{}");
 *     gf_commit_all(dir, "first");            // git add -A; git commit
 *     char id[41]; gf_rev_parse(dir, "HEAD:cases/C1", id);
 *     gf_rm_rf(dir); free(dir);
 */
#ifndef CC_TESTS_GITFIXTURE_H
#define CC_TESTS_GITFIXTURE_H

#include <stddef.h>

/* Creates a new empty folder under $TMPDIR (or /tmp); returns its absolute
 * path (owned by the caller), or NULL after printing why. */
char *gf_mkdtemp(void);

/* Removes path and everything under it, never following symlinks. Missing
 * path is not an error. */
int gf_rm_rf(const char *path);

/* Writes data to dir/rel, creating the parent folders of rel. */
int gf_write(const char *dir, const char *rel, const char *text);
int gf_write_bytes(const char *dir, const char *rel, const void *data, size_t len);
/* Creates the folder dir/rel and its parents. */
int gf_mkdirs(const char *dir, const char *rel);
/* Creates a symlink dir/rel pointing at target (parents created). */
int gf_symlink(const char *dir, const char *rel, const char *target);
/* Sets or clears the executable bits of dir/rel. */
int gf_chmod_x(const char *dir, const char *rel, int executable);

/* Copies the folder tree src (regular files, folders, symlinks) into dst,
 * which is created if missing. */
int gf_copy_tree(const char *src, const char *dst);

/* Runs `git ARGS...` in dir; the argument list ends with NULL. Returns 0
 * when git exits 0. gf_git_out also captures stdout (owned by the caller,
 * NUL-terminated; *out is NULL on failure). */
int gf_git(const char *dir, ...);
int gf_git_out(char **out, const char *dir, ...);
/* Same with an argument vector (argv[0] is the first git argument, not
 * "git"; NULL-terminated). */
int gf_gitv(char **out, const char *dir, const char *const *argv);

/* git init (on branch main) in dir. */
int gf_init(const char *dir);
/* git add -A && git commit -m msg (allows an empty commit). */
int gf_commit_all(const char *dir, const char *msg);
/* git commit -m msg of whatever is staged (allows an empty commit). */
int gf_commit_staged(const char *dir, const char *msg);
/* git rev-parse --verify spec into out (40 hex + NUL). Quiet: -1 without a
 * message when spec does not resolve (a probe, not a failure). */
int gf_rev_parse(const char *dir, const char *spec, char out[41]);

/* Joins dir and rel with '/' (owned by the caller). */
char *gf_path(const char *dir, const char *rel);

#endif
