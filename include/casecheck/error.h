/* casecheck/error.h: return codes shared by the library, and the exit codes
 * of the casecheck command. Functions return 0 on success and a negative
 * code on failure, with a message through an `char **errmsg` out-parameter
 * (owned by the caller) where the function has one. */
#ifndef CASECHECK_ERROR_H
#define CASECHECK_ERROR_H

enum {
	CC_OK = 0,
	CC_ERROR = -1,     /* anything else; see the message */
	CC_ENOTFOUND = -3, /* no such file, folder, revision or URI */
	CC_ETOOBIG = -4,   /* over a configured limit */
	CC_ENOTFILE = -5,  /* a symlink, submodule or folder where a file was wanted */
	CC_ENOTJSON = -6   /* a document that is not well-formed JSON */
};

/* Exit codes of the casecheck command (spec §1). */
typedef enum cc_exit {
	CC_EXIT_READY = 0,     /* every audited case ready / every file valid */
	CC_EXIT_NOT_READY = 1, /* at least one case not ready / file invalid */
	CC_EXIT_USAGE = 2      /* bad flags, not a repository, unreadable schema */
} cc_exit;

#endif
