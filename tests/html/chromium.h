/* chromium: headless Chromium for the HTML tests (loads a page and prints
 * its DOM after the page's scripts ran). */
#ifndef CC_TESTS_HTML_CHROMIUM_H
#define CC_TESTS_HTML_CHROMIUM_H

/* Exit code that ctest reports as SKIPPED (SKIP_RETURN_CODE). */
#define CHROMIUM_SKIP 77

/* The browser: $CASECHECK_CHROMIUM, else chromium or chromium-browser on
 * PATH; NULL when there is none. Caller frees. */
char *chromium_find(void);
/* Loads url with a fresh profile in a new folder under workdir and returns
 * what --dump-dom printed (caller frees), or NULL with *why set to a static
 * reason. virtual_time_ms > 0 lets timers and promises run that long
 * (--virtual-time-budget); extra_arg (or NULL) is one more switch, e.g.
 * "--window-size=640,900". Kills the browser after timeout_s seconds. */
char *chromium_dump_dom(const char *chromium, const char *workdir, const char *url, int virtual_time_ms,
                        const char *extra_arg, int timeout_s, const char **why);
/* Saves a PNG of url at png, the window width x height CSS pixels at
 * device scale factor scale (so the image is scale times larger). 0, or -1
 * with *why set to a static reason. */
int chromium_screenshot(const char *chromium, const char *workdir, const char *url, const char *png, int width,
                        int height, int scale, int timeout_s, const char **why);
/* rm -rf dir. */
void chromium_remove_tree(const char *dir);

#endif
