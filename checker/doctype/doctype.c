/* doctype.c: an attachment's kind from its bytes, with libmagic.
 *
 * The decision, in order:
 *  1. No bytes: CC_DOC_EMPTY.
 *  2. Starts with "#!", or with an ELF / Mach-O magic number: EXECUTABLE,
 *     whatever libmagic says. Starts with "MZ" and libmagic does not call it
 *     text/plain: EXECUTABLE (a DOS or Windows program; libmagic says
 *     application/x-dosexec, vnd.microsoft.portable-executable, or only
 *     application/octet-stream for a stripped-down one).
 *  3. libmagic's MIME type (MAGIC_MIME_TYPE, system database):
 *       application/pdf -> PDF; ...wordprocessingml.document -> DOCX;
 *       application/vnd.oasis.opendocument.text -> ODT; application/msword
 *       -> DOC; text/rtf, application/rtf -> RTF; text/plain -> TEXT;
 *       image/png, image/jpeg, image/tiff; message/rfc822 -> EMAIL;
 *       program and script types (below) -> EXECUTABLE; anything else ->
 *       UNKNOWN (zip, html, svg, xml, json, csv, gzip, other text/x-*).
 *  Where libmagic's answer needs care:
 *   - DOCX: libmagic recognises a Word package only when [Content_Types].xml
 *     is the archive's first entry (as Word and LibreOffice write it);
 *     otherwise it says application/zip (or application/octet-stream). For
 *     those, the zip central directory is read: [Content_Types].xml and
 *     word/document.xml make it DOCX. A macro-enabled, truncated or joined
 *     package keeps its kind; cc_doctype_inspect reports what is wrong
 *     with it (inspect.c, package.c).
 *   - ODT: recognised only with the "mimetype" entry first and stored, as
 *     the OpenDocument standard requires; no second guess.
 *   - DOC: libmagic reads the compound file's directory; a "WordDocument"
 *     stream makes it application/msword. Other compound files (Excel,
 *     Outlook .msg, encrypted) are UNKNOWN.
 *   - Email: libmagic wants the first line to be one of a few headers
 *     (From:, Received:, Return-Path:, Date: ...); a message saved starting
 *     with "Subject:" or "MIME-Version:" comes back text/plain. text/plain
 *     that starts with a mail header block (sniff.h) is EMAIL.
 *   - A shell script without "#!" is text/plain to libmagic and so TEXT
 *     here; Python, batch and others libmagic recognises are EXECUTABLE. */
#include "casecheck/doctype.h"

#include <magic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "inspect.h"
#include "sniff.h"
#include "util/xalloc.h"

struct cc_doctype {
	magic_t cookie; /* MAGIC_MIME_TYPE */
};

int cc_doctype_open(cc_doctype **out, char **errmsg)
{
	*out = NULL;
	if (errmsg)
		*errmsg = NULL;
	magic_t cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!cookie) {
		if (errmsg)
			*errmsg = cc_xstrdup("libmagic: cannot open a cookie");
		return -1;
	}
	if (magic_load(cookie, NULL) != 0) {
		if (errmsg) {
			const char *why = magic_error(cookie);
			*errmsg = cc_xasprintf("libmagic: cannot load its database: %s", why ? why : "unknown error");
		}
		magic_close(cookie);
		return -1;
	}
	cc_doctype *dt = cc_xmalloc(sizeof *dt);
	dt->cookie = cookie;
	*out = dt;
	return 0;
}

void cc_doctype_close(cc_doctype *dt)
{
	if (!dt)
		return;
	magic_close(dt->cookie);
	free(dt);
}

static const struct {
	const char *mime;
	cc_doc_kind kind;
} mime_kinds[] = {
	{ "application/pdf", CC_DOC_PDF },
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml.document", CC_DOC_DOCX },
	{ "application/vnd.oasis.opendocument.text", CC_DOC_ODT },
	{ "application/msword", CC_DOC_DOC },
	{ "text/rtf", CC_DOC_RTF },
	{ "application/rtf", CC_DOC_RTF },
	{ "text/plain", CC_DOC_TEXT },
	{ "image/png", CC_DOC_PNG },
	{ "image/jpeg", CC_DOC_JPEG },
	{ "image/tiff", CC_DOC_TIFF },
	{ "message/rfc822", CC_DOC_EMAIL },
	{ "application/x-empty", CC_DOC_EMPTY },
	{ "inode/x-empty", CC_DOC_EMPTY },
	/* programs */
	{ "application/x-executable", CC_DOC_EXECUTABLE },
	{ "application/x-sharedlib", CC_DOC_EXECUTABLE },
	{ "application/x-pie-executable", CC_DOC_EXECUTABLE },
	{ "application/x-object", CC_DOC_EXECUTABLE },
	{ "application/x-dosexec", CC_DOC_EXECUTABLE },
	{ "application/vnd.microsoft.portable-executable", CC_DOC_EXECUTABLE },
	{ "application/x-msdownload", CC_DOC_EXECUTABLE },
	{ "application/x-mach-binary", CC_DOC_EXECUTABLE },
	{ "application/x-java-applet", CC_DOC_EXECUTABLE },
	{ "application/x-ms-shortcut", CC_DOC_EXECUTABLE },
	{ "application/x-msi", CC_DOC_EXECUTABLE },
	/* scripts */
	{ "text/x-shellscript", CC_DOC_EXECUTABLE },
	{ "application/x-shellscript", CC_DOC_EXECUTABLE },
	{ "text/x-sh", CC_DOC_EXECUTABLE },
	{ "text/x-python", CC_DOC_EXECUTABLE },
	{ "text/x-perl", CC_DOC_EXECUTABLE },
	{ "text/x-ruby", CC_DOC_EXECUTABLE },
	{ "text/x-php", CC_DOC_EXECUTABLE },
	{ "text/x-tcl", CC_DOC_EXECUTABLE },
	{ "text/x-lua", CC_DOC_EXECUTABLE },
	{ "text/x-awk", CC_DOC_EXECUTABLE },
	{ "text/x-nawk", CC_DOC_EXECUTABLE },
	{ "text/x-gawk", CC_DOC_EXECUTABLE },
	{ "text/x-msdos-batch", CC_DOC_EXECUTABLE },
	{ "text/x-powershell", CC_DOC_EXECUTABLE },
	{ "application/x-powershell", CC_DOC_EXECUTABLE },
	{ "text/javascript", CC_DOC_EXECUTABLE },
	{ "application/javascript", CC_DOC_EXECUTABLE },
	{ "application/x-bytecode.python", CC_DOC_EXECUTABLE },
};

static cc_doc_kind kind_of_mime(const char *mime)
{
	if (!mime)
		return CC_DOC_UNKNOWN;
	if (strncmp(mime, "text/x-script.", 14) == 0) /* text/x-script.python, ... */
		return CC_DOC_EXECUTABLE;
	for (size_t i = 0; i < sizeof mime_kinds / sizeof mime_kinds[0]; i++)
		if (strcmp(mime, mime_kinds[i].mime) == 0)
			return mime_kinds[i].kind;
	return CC_DOC_UNKNOWN;
}

/* The kind by libmagic and the sniffers (the decision above). */
static cc_doc_kind base_kind(cc_doctype *dt, const void *data, size_t len, const char **mime)
{
	const char *m = magic_buffer(dt->cookie, data, len);
	*mime = m;
	if (cc_sniff_shebang(data, len) || cc_sniff_native_binary(data, len))
		return CC_DOC_EXECUTABLE;
	if (cc_sniff_mz(data, len) && !(m && strcmp(m, "text/plain") == 0))
		return CC_DOC_EXECUTABLE;

	cc_doc_kind kind = kind_of_mime(m);
	if (kind != CC_DOC_DOCX && m &&
	    (strcmp(m, "application/zip") == 0 || strcmp(m, "application/octet-stream") == 0) &&
	    cc_sniff_word_zip(data, len) == CC_SNIFF_ZIP_WORD)
		return CC_DOC_DOCX;
	if (kind == CC_DOC_TEXT && cc_sniff_mail_headers(data, len))
		return CC_DOC_EMAIL;
	return kind;
}

void cc_doctype_inspect(cc_doctype *dt, const void *data, size_t len, cc_doc_inspection *out)
{
	memset(out, 0, sizeof *out);
	if (len == 0) {
		out->mime = "application/x-empty";
		out->kind = CC_DOC_EMPTY;
		return;
	}
	out->kind = base_kind(dt, data, len, &out->mime);
	if (out->kind != CC_DOC_EXECUTABLE)
		cc_doc_inspect_structure(data, len, out);
}

cc_doc_kind cc_doctype_detect(cc_doctype *dt, const void *data, size_t len, const char **mime)
{
	cc_doc_inspection in;
	cc_doctype_inspect(dt, data, len, &in);
	if (mime)
		*mime = in.mime;
	for (size_t i = 0; i < in.n_issues && i < CC_DOC_MAX_ISSUES; i++)
		if (in.issues[i].risk != CC_DOC_RISK_ACTIVE)
			return CC_DOC_UNKNOWN;
	return in.kind;
}
