/* kinds.c: names of kinds, the kind an extension names, and the verdict.
 *
 * Extensions (case-insensitive, the text after the last '.' of the last
 * path component): pdf, docx, odt, doc, rtf, txt, png, jpg, jpeg, tif,
 * tiff, eml. Any other extension, or none, names CC_DOC_UNKNOWN.
 *
 * Verdict, in order: EXECUTABLE content is REFUSED whatever the name;
 * UNKNOWN and EMPTY content is NOT_ALLOWED (an empty file is no document of
 * any kind); content of another kind than the extension names (including
 * any content under an extension that names no allowed kind) is a
 * MISMATCH; else OK. */
#include "casecheck/doctype.h"

#include <string.h>
#include <strings.h>

static const struct {
	const char *ext;
	cc_doc_kind kind;
} extensions[] = {
	{ "pdf", CC_DOC_PDF },   { "docx", CC_DOC_DOCX }, { "odt", CC_DOC_ODT },  { "doc", CC_DOC_DOC },
	{ "rtf", CC_DOC_RTF },   { "txt", CC_DOC_TEXT },  { "png", CC_DOC_PNG },  { "jpg", CC_DOC_JPEG },
	{ "jpeg", CC_DOC_JPEG }, { "tif", CC_DOC_TIFF },  { "tiff", CC_DOC_TIFF }, { "eml", CC_DOC_EMAIL },
};

cc_doc_kind cc_doctype_for_name(const char *name)
{
	if (!name)
		return CC_DOC_UNKNOWN;
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	const char *dot = strrchr(base, '.');
	if (!dot)
		return CC_DOC_UNKNOWN;
	for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++)
		if (strcasecmp(dot + 1, extensions[i].ext) == 0)
			return extensions[i].kind;
	return CC_DOC_UNKNOWN;
}

cc_doc_verdict cc_doctype_judge(cc_doc_kind actual, const char *name)
{
	if (actual == CC_DOC_EXECUTABLE)
		return CC_DOC_REFUSED;
	if (actual == CC_DOC_UNKNOWN || actual == CC_DOC_EMPTY)
		return CC_DOC_NOT_ALLOWED;
	if (actual != cc_doctype_for_name(name))
		return CC_DOC_MISMATCH;
	return CC_DOC_OK;
}

const char *cc_doc_kind_name(cc_doc_kind kind)
{
	switch (kind) {
	case CC_DOC_PDF: return "PDF";
	case CC_DOC_DOCX: return "Word (DOCX)";
	case CC_DOC_ODT: return "OpenDocument text (ODT)";
	case CC_DOC_DOC: return "Word 97-2003 (DOC)";
	case CC_DOC_RTF: return "Rich Text (RTF)";
	case CC_DOC_TEXT: return "plain text";
	case CC_DOC_PNG: return "PNG image";
	case CC_DOC_JPEG: return "JPEG image";
	case CC_DOC_TIFF: return "TIFF image";
	case CC_DOC_EMAIL: return "email (EML)";
	case CC_DOC_EXECUTABLE: return "executable or script";
	case CC_DOC_EMPTY: return "empty file";
	case CC_DOC_UNKNOWN: break;
	}
	return "unknown type";
}
