/* inspect.c: what a document's structure holds beyond its kind (see
 * include/casecheck/doctype.h and docs/hardening.md).
 *
 *  - any kind: a git LFS pointer in place of the document (INVALID);
 *  - DOCX, ODT: the package checks (package.c);
 *  - every other kind: a zip archive whose end record and central
 *    directory are found in it (PDF+ZIP, PNG+JAR) is a polyglot (REFUSE);
 *  - every kind: an ELF or PE header after the first byte (PDF+ELF) is a
 *    polyglot (REFUSE); one at byte 0 is already EXECUTABLE;
 *  - PDF: its objects (pdf.c): /Launch and an embedded program REFUSE,
 *    JavaScript and other embedded files ACTIVE. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "pdf.h"
#include "sniff.h"
#include "zipdir.h"

void cc_doc_issue_add(cc_doc_inspection *in, cc_doc_risk risk, const char *fmt, ...)
{
	if (in->n_issues < CC_DOC_MAX_ISSUES) {
		cc_doc_issue *is = &in->issues[in->n_issues];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(is->what, sizeof is->what, fmt, ap);
		va_end(ap);
		is->risk = risk;
	}
	in->n_issues++;
}

static void inspect_pdf(const void *data, size_t len, cc_doc_inspection *in)
{
	cc_pdf_scan s;
	cc_pdf_scan_doc(data, len, &s);
	if (s.launch)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE, "a /Launch action (it starts a program)");
	if (s.exec[0])
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE, "%s", s.exec);
	if (s.js_tree || s.js_action)
		cc_doc_issue_add(in, CC_DOC_RISK_ACTIVE, "JavaScript (%s%s%s)",
		                 s.js_tree ? "a /JavaScript name tree in the catalog" : "",
		                 s.js_tree && s.js_action ? " and " : "",
		                 s.js_action ? "/JavaScript actions" : "");
	unsigned files = s.filespecs > s.streams ? s.filespecs : s.streams;
	if (!s.exec[0] && (files || s.ef_tree)) {
		if (files)
			cc_doc_issue_add(in, CC_DOC_RISK_ACTIVE, "%u embedded file%s%s", files,
			                 files == 1 ? "" : "s", s.ef_tree ? " (an /EmbeddedFiles name tree)" : "");
		else
			cc_doc_issue_add(in, CC_DOC_RISK_ACTIVE, "an /EmbeddedFiles name tree (embedded files)");
	}
}

void cc_doc_inspect_structure(const void *data, size_t len, cc_doc_inspection *in)
{
	if (cc_sniff_lfs_pointer(data, len)) {
		cc_doc_issue_add(in, CC_DOC_RISK_INVALID,
		                 "a git LFS pointer, not the document: the file itself is in LFS storage and "
		                 "was not committed");
		return;
	}
	if (in->kind == CC_DOC_DOCX || in->kind == CC_DOC_ODT) {
		cc_doc_inspect_package(data, len, in);
	} else {
		cc_zip_info zi;
		if (cc_zipdir_locate(data, len, &zi) && zi.count > 0)
			cc_doc_issue_add(in, CC_DOC_RISK_REFUSE,
			                 "a zip archive joined to it (end-of-central-directory record at byte %zu, "
			                 "%u entr%s): a polyglot",
			                 zi.eocd, (unsigned)zi.count, zi.count == 1 ? "y" : "ies");
	}
	size_t at = 0;
	const char *prog = cc_sniff_program_inside(data, len, &at);
	if (prog)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE, "%s inside it at byte %zu (a polyglot)", prog, at);
	if (in->kind == CC_DOC_PDF)
		inspect_pdf(data, len, in);
}
