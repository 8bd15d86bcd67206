/* casecheck/doctype.h: what an attachment really is, by its bytes.
 *
 * Uses libmagic on the content (never the name) and compares the result
 * with the file's extension. One cc_doctype per thread: libmagic cookies
 * are not thread-safe. */
#ifndef CASECHECK_DOCTYPE_H
#define CASECHECK_DOCTYPE_H

#include "casecheck/common.h"

#include <stddef.h>

typedef enum cc_doc_kind {
	CC_DOC_UNKNOWN = 0, /* not an allowed kind */
	CC_DOC_PDF,
	CC_DOC_DOCX,
	CC_DOC_ODT,
	CC_DOC_DOC,
	CC_DOC_RTF,
	CC_DOC_TEXT,
	CC_DOC_PNG,
	CC_DOC_JPEG,
	CC_DOC_TIFF,
	CC_DOC_EMAIL,
	CC_DOC_EXECUTABLE, /* ELF, PE, Mach-O, scripts with #!, shell, batch: always refused */
	CC_DOC_EMPTY
} cc_doc_kind;

typedef enum cc_doc_verdict {
	CC_DOC_OK = 0,
	CC_DOC_MISMATCH,   /* an allowed kind, but not the one its extension says */
	CC_DOC_NOT_ALLOWED,/* a kind casecheck does not accept (zip, html, ...), or empty */
	CC_DOC_REFUSED     /* executable or script, whatever the name */
} cc_doc_verdict;

typedef struct cc_doctype cc_doctype;

/* Opens libmagic with the system database. Returns 0, or -1 with a message
 * in *errmsg (caller frees). */
CC_EXTERN int cc_doctype_open(cc_doctype **out, char **errmsg);
CC_EXTERN void cc_doctype_close(cc_doctype *dt);

/* The kind of len bytes of data, and libmagic's MIME type for messages
 * (*mime borrowed until the next call; may be NULL). A document with an
 * INVALID or REFUSE issue (cc_doctype_inspect) is CC_DOC_UNKNOWN here. */
CC_EXTERN cc_doc_kind cc_doctype_detect(cc_doctype *dt, const void *data, size_t len, const char **mime);

/* What a closer look at the structure found, beyond the kind. */
typedef enum cc_doc_risk {
	CC_DOC_RISK_INVALID = 1, /* not a whole document of its kind: a truncated zip package, a git LFS pointer */
	CC_DOC_RISK_REFUSE,      /* refused like a program: macros, a PDF /Launch action, an executable
	                          * embedded file, another file format joined to it (a polyglot) */
	CC_DOC_RISK_ACTIVE       /* active content some real documents carry (PDF JavaScript, embedded
	                          * files): a warning, an error by the repository's choice */
} cc_doc_risk;

typedef struct cc_doc_issue {
	cc_doc_risk risk;
	char what[160]; /* what was found, in plain words (never document text or file names) */
} cc_doc_issue;

#define CC_DOC_MAX_ISSUES 8

typedef struct cc_doc_inspection {
	cc_doc_kind kind;   /* as cc_doctype_detect, except that a document with issues keeps its kind */
	const char *mime;   /* libmagic's MIME type; borrowed until the next call; may be NULL */
	size_t n_issues;    /* the first CC_DOC_MAX_ISSUES are kept */
	cc_doc_issue issues[CC_DOC_MAX_ISSUES];
} cc_doc_inspection;

/* The kind of the bytes and what their structure holds (docs/hardening.md
 * "Documents are what they claim"): zip packages by their central
 * directory (macro parts by name in any case or by content type, a
 * missing directory), polyglots by a zip end record or an ELF / PE header
 * anywhere in a document that is not a zip, PDFs by their objects
 * (catalog, name trees, actions, file specifications; object streams
 * inflated), never by searching compressed bytes. Never fails. */
CC_EXTERN void cc_doctype_inspect(cc_doctype *dt, const void *data, size_t len, cc_doc_inspection *out);

/* The kind an extension names (".pdf" -> CC_DOC_PDF; case-insensitive), or
 * CC_DOC_UNKNOWN. name is a file name or path. */
CC_EXTERN cc_doc_kind cc_doctype_for_name(const char *name);

/* Judges a file: what it is against what its name says. */
CC_EXTERN cc_doc_verdict cc_doctype_judge(cc_doc_kind actual, const char *name);

/* "PDF", "Word (DOCX)", ... for messages. */
CC_EXTERN const char *cc_doc_kind_name(cc_doc_kind kind);

#endif
