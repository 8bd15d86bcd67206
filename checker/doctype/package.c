/* package.c: Office Open XML and OpenDocument packages (zip archives).
 *
 * A package must be a whole zip archive: its end-of-central-directory
 * record found and its directory readable (a truncated file has lost
 * them, though libmagic still names the type from the first entry),
 * starting at byte 0 with a local header and ending with the record and
 * its comment (anything before or after is another file joined to it).
 *
 * Macros, by any of three signs, names compared in any case:
 *  - a part named vbaProject.bin, vbaProjectSignature.bin or vbaData.xml
 *    in any folder (Word writes word/vbaProject.bin; any other name or
 *    case is the same part to Office, which goes by the relationship);
 *  - [Content_Types].xml declaring the VBA project content type
 *    (application/vnd.ms-office.vbaProject) or a macro-enabled main part
 *    (...macroEnabled...), whatever the part is called; the part list is
 *    read inflated (at most 1 MiB), once: a package listing that part
 *    more than once is damaged (INVALID), as a part name names one part,
 *    and reading every copy would let a small file cost minutes of
 *    inflating (thousands of entries naming one compressed 1 MiB part);
 *  - OpenDocument: Basic/ modules (other than the library indexes
 *    script-lc.xml and script-lb.xml) or anything under Scripts/. */
#define _GNU_SOURCE /* strcasestr */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inspect.h"
#include "zipdir.h"

#define CONTENT_TYPES_MAX ((size_t)1 << 20)

struct pkg_scan {
	const void *data;
	size_t len;
	char macro_part[64]; /* "" or the first macro part's name, printable */
	bool macro_type;     /* a VBA / macro-enabled content type declared */
	unsigned n_content_types; /* [Content_Types].xml entries seen */
	const char *macro_type_name;
};

static bool ends_with_ci(const char *name, size_t len, const char *tail)
{
	size_t n = strlen(tail);
	return len >= n && strncasecmp(name + len - n, tail, n) == 0 && (len == n || name[len - n - 1] == '/');
}

static bool starts_with_ci(const char *name, size_t len, const char *head)
{
	size_t n = strlen(head);
	return len > n && strncasecmp(name, head, n) == 0;
}

/* The part name as shown: printable ASCII, others '?', cut at 60. */
static void shown_name(char out[64], const char *name, size_t len)
{
	size_t k = 0;
	for (size_t i = 0; i < len && k < 60; i++)
		out[k++] = (name[i] >= 0x20 && name[i] < 0x7f) ? name[i] : '?';
	if (len > 60) {
		out[k - 3] = out[k - 2] = out[k - 1] = '.';
	}
	out[k] = '\0';
}

static bool is_macro_part(const char *name, size_t len)
{
	if (ends_with_ci(name, len, "vbaProject.bin") || ends_with_ci(name, len, "vbaProjectSignature.bin") ||
	    ends_with_ci(name, len, "vbaData.xml"))
		return true;
	if (starts_with_ci(name, len, "Scripts/") && name[len - 1] != '/')
		return true;
	return starts_with_ci(name, len, "Basic/") && name[len - 1] != '/' &&
	       !ends_with_ci(name, len, "script-lc.xml") && !ends_with_ci(name, len, "script-lb.xml") &&
	       !ends_with_ci(name, len, "dialog-lc.xml") && !ends_with_ci(name, len, "dialog-lb.xml");
}

static int pkg_entry(const cc_zip_entry *e, void *payload)
{
	struct pkg_scan *s = payload;
	if (!s->macro_part[0] && is_macro_part(e->name, e->name_len))
		shown_name(s->macro_part, e->name, e->name_len);
	if (e->name_len == 19 && !strncasecmp(e->name, "[Content_Types].xml", 19) && !s->n_content_types++) {
		size_t n = 0;
		char *xml = cc_zipdir_read(s->data, s->len, e, CONTENT_TYPES_MAX, &n);
		if (xml) {
			/* NUL bytes would hide the rest from strcasestr */
			for (size_t i = 0; i < n; i++)
				if (!xml[i])
					xml[i] = ' ';
			if (strcasestr(xml, "application/vnd.ms-office.vbaProject")) {
				s->macro_type = true;
				s->macro_type_name = "application/vnd.ms-office.vbaProject (a VBA macro project)";
			} else if (strcasestr(xml, "macroEnabled")) {
				s->macro_type = true;
				s->macro_type_name = "a macro-enabled main part (...macroEnabled...)";
			}
			free(xml);
		}
	}
	return 0;
}

void cc_doc_inspect_package(const void *data, size_t len, cc_doc_inspection *in)
{
	const char *what = cc_doc_kind_name(in->kind);
	cc_zip_info zi;
	if (!cc_zipdir_locate(data, len, &zi)) {
		cc_doc_issue_add(in, CC_DOC_RISK_INVALID,
		                 "a %s package without its zip central directory (the file is truncated or damaged)",
		                 what);
		return;
	}
	if (zi.base > 0)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE,
		                 "%zu bytes of another file before the zip package (a polyglot)", zi.base);
	else if (len < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE,
		                 "another file before the zip package, which does not start at byte 0 (a polyglot)");
	if (zi.trailing > 0)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE,
		                 "%zu bytes of another file after the zip package's end record (a polyglot)",
		                 zi.trailing);
	struct pkg_scan s = { .data = data, .len = len };
	if (cc_zipdir_walk(data, len, pkg_entry, &s) != 0) {
		cc_doc_issue_add(in, CC_DOC_RISK_INVALID,
		                 "a %s package whose zip central directory cannot be read (damaged)", what);
		return;
	}
	if (s.n_content_types > 1)
		cc_doc_issue_add(in, CC_DOC_RISK_INVALID,
		                 "a %s package listing [Content_Types].xml %u times (damaged or crafted: a part name "
		                 "names one part)", what, s.n_content_types);
	if (s.macro_part[0])
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE, "macros: the part %s", s.macro_part);
	else if (s.macro_type)
		cc_doc_issue_add(in, CC_DOC_RISK_REFUSE, "macros: a part of content type %s", s.macro_type_name);
}
