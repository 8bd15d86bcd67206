/* sniff.c: what the bytes say where libmagic's answer needs help. */
#include "sniff.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "zipdir.h"

static bool starts_with(const unsigned char *d, size_t len, const void *magic, size_t n)
{
	return len >= n && memcmp(d, magic, n) == 0;
}

bool cc_sniff_shebang(const void *data, size_t len)
{
	return starts_with(data, len, "#!", 2);
}

bool cc_sniff_native_binary(const void *data, size_t len)
{
	static const unsigned char macho[][4] = {
		{ 0xFE, 0xED, 0xFA, 0xCE }, { 0xCE, 0xFA, 0xED, 0xFE }, /* Mach-O 32 */
		{ 0xFE, 0xED, 0xFA, 0xCF }, { 0xCF, 0xFA, 0xED, 0xFE }, /* Mach-O 64 */
		{ 0xCA, 0xFE, 0xBA, 0xBE },                             /* universal / Java class */
	};
	const unsigned char *d = data;
	if (starts_with(d, len, "\x7f" "ELF", 4))
		return true;
	for (size_t i = 0; i < sizeof macho / sizeof macho[0]; i++)
		if (starts_with(d, len, macho[i], 4))
			return true;
	return false;
}

bool cc_sniff_mz(const void *data, size_t len)
{
	return starts_with(data, len, "MZ", 2);
}

/* ---- zip: Word documents libmagic calls application/zip ---- */

struct docx_scan {
	bool content_types, document, macros;
};

static bool name_is(const char *name, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(name, want, len) == 0;
}

static int docx_entry(const char *name, size_t len, void *payload)
{
	struct docx_scan *s = payload;
	if (name_is(name, len, "[Content_Types].xml"))
		s->content_types = true;
	else if (name_is(name, len, "word/document.xml"))
		s->document = true;
	else if (name_is(name, len, "word/vbaProject.bin"))
		s->macros = true;
	return 0;
}

cc_sniff_zip cc_sniff_word_zip(const void *data, size_t len)
{
	struct docx_scan s = { false, false, false };
	if (cc_zipdir_walk(data, len, docx_entry, &s) != 0)
		return CC_SNIFF_ZIP_UNREADABLE;
	if (s.content_types && s.document)
		return s.macros ? CC_SNIFF_ZIP_WORD_MACROS : CC_SNIFF_ZIP_WORD;
	return CC_SNIFF_ZIP_OTHER;
}

/* ---- email: a header block that libmagic reads as plain text ---- */

static const char *const mail_fields[] = {
	"from", "to", "cc", "subject", "date", "mime-version", "message-id",
	"received", "return-path", "reply-to", "sender", "delivered-to",
};

/* The length of a field name ending in ':' at p, or 0. RFC 5322: printable
 * ASCII except ':'. */
static size_t field_name(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q = p;
	while (q < end && *q > ' ' && *q < 0x7f && *q != ':')
		q++;
	return (q > p && q < end && *q == ':') ? (size_t)(q - p) : 0;
}

bool cc_sniff_mail_headers(const void *data, size_t len)
{
	const unsigned char *p = data, *end = p + len;
	unsigned known = 0; /* bit i: mail_fields[i] seen */
	bool any = false;
	while (p < end) {
		const unsigned char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			return false; /* the header block must end */
		size_t line = (size_t)(eol - p);
		if (line > 0 && p[line - 1] == '\r')
			line--;
		if (line == 0)
			break; /* the blank line that ends the headers */
		if (*p == ' ' || *p == '\t') {
			if (!any)
				return false; /* a continuation before any field */
		} else {
			size_t n = field_name(p, p + line);
			if (n == 0)
				return false;
			any = true;
			for (size_t i = 0; i < sizeof mail_fields / sizeof mail_fields[0]; i++)
				if (n == strlen(mail_fields[i]) && strncasecmp((const char *)p, mail_fields[i], n) == 0)
					known |= 1u << i;
		}
		p = eol + 1;
	}
	if (p >= end)
		return false;
	int distinct = 0;
	for (unsigned b = known; b; b &= b - 1)
		distinct++;
	return distinct >= 2;
}
