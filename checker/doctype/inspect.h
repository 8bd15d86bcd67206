/* inspect.h: adding what cc_doctype_inspect finds (inspect.c), and the
 * zip-package checks (package.c). */
#ifndef CC_DOCTYPE_INSPECT_H
#define CC_DOCTYPE_INSPECT_H

#include "casecheck/doctype.h"

/* Adds an issue (the message cut to fit; past CC_DOC_MAX_ISSUES only
 * counted). */
void cc_doc_issue_add(cc_doc_inspection *in, cc_doc_risk risk, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The structure of the bytes, for the kind already in in->kind. */
void cc_doc_inspect_structure(const void *data, size_t len, cc_doc_inspection *in);

/* A DOCX or ODT package: its central directory present, nothing joined
 * before or after it, no macro parts. */
void cc_doc_inspect_package(const void *data, size_t len, cc_doc_inspection *in);

#endif
