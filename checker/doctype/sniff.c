/* sniff.c: what the bytes say where libmagic's answer needs help. */
#define _GNU_SOURCE /* memmem */
#include "sniff.h"

#include <stdbool.h>
#include <stdint.h>
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
	bool content_types, document;
};

static bool name_is(const char *name, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(name, want, len) == 0;
}

static int docx_entry(const cc_zip_entry *e, void *payload)
{
	struct docx_scan *s = payload;
	if (name_is(e->name, e->name_len, "[Content_Types].xml"))
		s->content_types = true;
	else if (name_is(e->name, e->name_len, "word/document.xml"))
		s->document = true;
	return 0;
}

cc_sniff_zip cc_sniff_word_zip(const void *data, size_t len)
{
	struct docx_scan s = { false, false };
	if (cc_zipdir_walk(data, len, docx_entry, &s) != 0)
		return CC_SNIFF_ZIP_UNREADABLE;
	return s.content_types && s.document ? CC_SNIFF_ZIP_WORD : CC_SNIFF_ZIP_OTHER;
}

/* ---- programs inside other files ---- */

static uint32_t rd16(const unsigned char *p, bool be)
{
	return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static uint32_t rd32(const unsigned char *p, bool be)
{
	return be ? rd16(p, true) << 16 | rd16(p + 2, true) : rd16(p + 2, false) << 16 | rd16(p, false);
}

/* An ELF header at d (n bytes left): the identification bytes, the version
 * and the header size must all agree (about 80 bits that chance does not
 * produce). */
static bool elf_header(const unsigned char *d, size_t n)
{
	if (n < 52 || memcmp(d, "\x7f" "ELF", 4) != 0)
		return false;
	int cls = d[4], enc = d[5];
	if ((cls != 1 && cls != 2) || (enc != 1 && enc != 2) || d[6] != 1)
		return false;
	bool be = enc == 2;
	uint32_t type = rd16(d + 16, be), version = rd32(d + 20, be);
	size_t ehsize_off = cls == 1 ? 40 : 52;
	if (n < ehsize_off + 2)
		return false;
	uint32_t ehsize = rd16(d + ehsize_off, be);
	return type >= 1 && type <= 4 && version == 1 && ehsize == (cls == 1 ? 52u : 64u);
}

bool cc_sniff_pe(const void *data, size_t len)
{
	const unsigned char *d = data;
	if (len < 0x40 || d[0] != 'M' || d[1] != 'Z')
		return false;
	uint32_t off = rd32(d + 0x3C, false);
	return off >= 0x40 && off < 0x10000 && off <= len - 4 && memcmp(d + off, "PE\0\0", 4) == 0;
}

const char *cc_sniff_program_inside(const void *data, size_t len, size_t *at)
{
	const unsigned char *d = data, *p;
	for (size_t i = 1; i < len && (p = memchr(d + i, 0x7f, len - i)) != NULL; i = (size_t)(p - d) + 1)
		if (elf_header(p, len - (size_t)(p - d))) {
			*at = (size_t)(p - d);
			return "an ELF program";
		}
	for (size_t i = 1; i < len && (p = memchr(d + i, 'M', len - i)) != NULL; i = (size_t)(p - d) + 1)
		if (cc_sniff_pe(p, len - (size_t)(p - d))) {
			*at = (size_t)(p - d);
			return "a Windows program (MZ/PE header)";
		}
	return NULL;
}

bool cc_sniff_lfs_pointer(const void *data, size_t len)
{
	static const char head[] = "version https://git-lfs.github.com/spec/v1\n";
	return len < 1024 && starts_with(data, len, head, sizeof head - 1) &&
	       memmem(data, len, "\noid sha256:", 12) != NULL && memmem(data, len, "\nsize ", 6) != NULL;
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
