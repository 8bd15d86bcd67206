/* casecheck/doctype.h: what an attachment really is, by its bytes.
 *
 * Uses libmagic on the content (never the name) and compares the result
 * with the file's extension. One cc_doctype per thread: libmagic cookies
 * are not thread-safe. */
#ifndef CASECHECK_DOCTYPE_H
#define CASECHECK_DOCTYPE_H

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
int cc_doctype_open(cc_doctype **out, char **errmsg);
void cc_doctype_close(cc_doctype *dt);

/* The kind of len bytes of data, and libmagic's MIME type for messages
 * (*mime borrowed until the next call; may be NULL). */
cc_doc_kind cc_doctype_detect(cc_doctype *dt, const void *data, size_t len, const char **mime);

/* The kind an extension names (".pdf" -> CC_DOC_PDF; case-insensitive), or
 * CC_DOC_UNKNOWN. name is a file name or path. */
cc_doc_kind cc_doctype_for_name(const char *name);

/* Judges a file: what it is against what its name says. */
cc_doc_verdict cc_doctype_judge(cc_doc_kind actual, const char *name);

/* "PDF", "Word (DOCX)", ... for messages. */
const char *cc_doc_kind_name(cc_doc_kind kind);

#endif
