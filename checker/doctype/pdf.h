/* pdf.h: what a PDF's objects hold, read structurally (pdf.c). */
#ifndef CC_DOCTYPE_PDF_H
#define CC_DOCTYPE_PDF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cc_pdf_scan {
	bool js_tree;       /* a /JavaScript name tree (the catalog's /Names) */
	bool js_action;     /* an action with /S /JavaScript, or a /JS entry */
	bool launch;        /* an action with /S /Launch */
	bool ef_tree;       /* an /EmbeddedFiles name tree */
	unsigned filespecs; /* file specifications holding an embedded file (/EF) */
	unsigned streams;   /* embedded file streams (/Type /EmbeddedFile) */
	char exec[96];      /* "" or what makes an embedded file a program */
} cc_pdf_scan;

/* Reads the PDF in data: the dictionaries of its objects, outside stream
 * bodies and strings (names decoded from #xx escapes), and the objects in
 * its object streams (inflated, at most 16 MiB each, 64 MiB in all).
 * Embedded file streams are inflated up to their first 4 KiB to tell a
 * program by its header. Never reads past len; never fails. */
void cc_pdf_scan_doc(const void *data, size_t len, cc_pdf_scan *out);

#endif
