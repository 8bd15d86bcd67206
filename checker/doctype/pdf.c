/* pdf.c: a PDF's active content and embedded files, from its objects.
 *
 * A small tokenizer walks the file as PDF syntax: comments, literal and
 * hex strings, names (with #xx escapes decoded, so /J#61vaScript is
 * /JavaScript), numbers, keywords, dictionaries and arrays. The body of a
 * stream is skipped (by its /Length when that is a direct number followed
 * by "endstream", else up to the next "endstream"), never searched, so
 * compressed bytes that happen to read "/JavaScript" mean nothing. Object
 * streams (/Type /ObjStm, /FlateDecode) are inflated and their objects
 * read the same way, since PDF 1.5 files keep the catalog and actions
 * there.
 *
 * Each dictionary is judged when it closes:
 *   /S /JavaScript, or a /JS entry      -> a JavaScript action
 *   /S /Launch                          -> a Launch action
 *   /JavaScript or /EmbeddedFiles whose value is a dictionary or a
 *   reference (only a name dictionary, the catalog's /Names, has these)
 *                                       -> the document-level name trees
 *   /EF (a file specification)          -> an embedded file; its /UF or /F
 *                                          extension may name a program
 *   /Type /EmbeddedFile (a stream)      -> its /Subtype, or its first bytes
 *                                          (ELF, PE, Mach-O, "#!") may name
 *                                          a program */
#define _GNU_SOURCE /* memmem */
#include "pdf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "sniff.h"
#include "util/chars.h"
#include "util/xalloc.h"

#define MAX_DEPTH 64
#define MAX_NAME 40
#define OBJSTM_MAX ((size_t)16 << 20)
#define INFLATE_TOTAL ((size_t)64 << 20)
#define EMBED_PEEK 4096

typedef struct dict {
	bool is_dict;
	char key[MAX_NAME];   /* the current key (dict) or the parent's key (array) */
	int state;            /* 0: key expected, 1: value expected, 2: value seen */
	char type[MAX_NAME], s[MAX_NAME], subtype[MAX_NAME];
	bool js, ef, js_tree, ef_tree, flate, other_filter;
	long length;          /* /Length as a direct number, or -1 */
	char ext[12];         /* extension of /UF or /F */
} dict;

typedef struct scanner {
	cc_pdf_scan *out;
	size_t inflated;
} scanner;

static bool is_ws(unsigned char c)
{
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

static bool is_delim(unsigned char c)
{
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
	       c == '}' || c == '/' || c == '%';
}

/* Inflates up to max bytes of a zlib stream; returns the buffer (caller
 * frees) and its length, or NULL. */
static unsigned char *inflate_some(scanner *sc, const unsigned char *p, size_t n, size_t max,
                                   size_t *out_len)
{
	if (sc->inflated >= INFLATE_TOTAL)
		return NULL;
	if (max > INFLATE_TOTAL - sc->inflated)
		max = INFLATE_TOTAL - sc->inflated;
	z_stream zs;
	memset(&zs, 0, sizeof zs);
	if (inflateInit(&zs) != Z_OK)
		return NULL;
	unsigned char *buf = cc_xmalloc(max + 1);
	zs.next_in = (unsigned char *)(uintptr_t)p;
	zs.avail_in = n > UINT32_MAX ? UINT32_MAX : (uInt)n;
	zs.next_out = buf;
	zs.avail_out = (uInt)max;
	inflate(&zs, Z_SYNC_FLUSH); /* what inflates before an error still counts */
	size_t got = max - zs.avail_out;
	inflateEnd(&zs);
	sc->inflated += got;
	*out_len = got;
	return buf;
}

static const char *const program_exts[] = {
	"exe", "dll", "com", "scr", "pif", "cpl", "msi", "msp", "bat", "cmd", "ps1", "psm1", "vbs",
	"vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "sh", "bash", "elf", "app", "lnk",
	"reg", "docm", "xlsm", "pptm", "dotm", "py", "pl", "rb", "php", "so", "dylib", "apk", "appimage",
};

static bool program_ext(const char *ext)
{
	for (size_t i = 0; i < sizeof program_exts / sizeof program_exts[0]; i++)
		if (!strcasecmp(ext, program_exts[i]))
			return true;
	return false;
}

static bool program_subtype(const char *st)
{
	static const char *const types[] = {
		"application/x-msdownload", "application/x-dosexec", "application/x-executable",
		"application/x-sharedlib", "application/vnd.microsoft.portable-executable",
		"application/x-msdos-program", "application/x-sh", "application/x-shellscript",
		"application/javascript", "text/javascript", "application/java-archive",
		"application/x-mach-binary", "application/x-msi", "application/vnd.ms-word.document.macroEnabled.12",
	};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (!strcasecmp(st, types[i]))
			return true;
	return false;
}

/* The extension of a file name held in a PDF string (bytes, possibly
 * UTF-16BE with a byte-order mark): ASCII letters and digits after the
 * last '.', at most 10. */
static void string_ext(const unsigned char *s, size_t n, char ext[12])
{
	size_t step = 1, start = 0;
	if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		step = 2;
		start = 3; /* the low byte of each code unit */
	}
	ext[0] = '\0';
	size_t k = 0;
	for (size_t i = start; i < n; i += step) {
		unsigned char c = s[i];
		if (step == 2 && s[i - 1] != 0) {
			k = 0;
			ext[0] = '\0';
			continue;
		}
		if (c == '.') {
			k = 0;
			ext[0] = '\0';
		} else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')) {
			if (k < 10) {
				ext[k++] = (char)c;
				ext[k] = '\0';
			}
		} else {
			k = 11; /* not an extension any more */
			ext[0] = '\0';
		}
	}
	if (k > 10)
		ext[0] = '\0';
}

static void note_exec(cc_pdf_scan *out, const char *what)
{
	if (!out->exec[0])
		snprintf(out->exec, sizeof out->exec, "%s", what);
}

static void judge(scanner *sc, const dict *d)
{
	cc_pdf_scan *o = sc->out;
	if (!strcmp(d->s, "JavaScript") || d->js)
		o->js_action = true;
	if (!strcmp(d->s, "Launch"))
		o->launch = true;
	if (d->js_tree)
		o->js_tree = true;
	if (d->ef_tree)
		o->ef_tree = true;
	if (d->ef) {
		o->filespecs++;
		if (d->ext[0] && program_ext(d->ext)) {
			char what[48];
			snprintf(what, sizeof what, "an embedded file named *.%s", d->ext);
			note_exec(o, what);
		}
	}
	if (!strcmp(d->type, "EmbeddedFile") && d->subtype[0] && program_subtype(d->subtype)) {
		char what[80];
		snprintf(what, sizeof what, "an embedded file of type %s", d->subtype);
		note_exec(o, what);
	}
}

static void scan(scanner *sc, const unsigned char *p, const unsigned char *end, int level);

/* A non-negative whole number of n digits at p, or -1. */
static long number(const unsigned char *p, size_t n)
{
	long v = 0;
	if (n == 0 || n > 12)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

/* The stream body after the "stream" keyword at p, for the dictionary d:
 * returns where scanning goes on. */
static const unsigned char *stream_body(scanner *sc, const dict *d, const unsigned char *p,
                                        const unsigned char *end, int level)
{
	if (p < end && *p == '\r')
		p++;
	if (p < end && *p == '\n')
		p++;
	const unsigned char *body_end = NULL;
	if (d->length >= 0 && (size_t)d->length <= (size_t)(end - p)) {
		const unsigned char *q = p + d->length;
		while (q < end && is_ws(*q))
			q++;
		if ((size_t)(end - q) >= 9 && !memcmp(q, "endstream", 9))
			body_end = p + d->length;
	}
	if (!body_end) {
		const unsigned char *q = memmem(p, (size_t)(end - p), "endstream", 9);
		body_end = q ? q : end;
	}
	size_t n = (size_t)(body_end - p);
	if (!strcmp(d->type, "ObjStm") && d->flate && !d->other_filter && level == 0) {
		size_t got = 0;
		unsigned char *objs = inflate_some(sc, p, n, OBJSTM_MAX, &got);
		if (objs) {
			scan(sc, objs, objs + got, level + 1);
			free(objs);
		}
	} else if (!strcmp(d->type, "EmbeddedFile")) {
		sc->out->streams++;
		unsigned char *peek = NULL;
		const unsigned char *head = p;
		size_t hn = n;
		if (d->flate && !d->other_filter) {
			peek = inflate_some(sc, p, n, EMBED_PEEK, &hn);
			head = peek;
		} else if (d->other_filter) {
			head = NULL;
		}
		if (head) {
			if (cc_sniff_native_binary(head, hn))
				note_exec(sc->out, "an embedded file that is a program (ELF or Mach-O)");
			else if (cc_sniff_pe(head, hn))
				note_exec(sc->out, "an embedded file that is a Windows program (PE)");
			else if (cc_sniff_shebang(head, hn))
				note_exec(sc->out, "an embedded file that is a script (#!)");
		}
		free(peek);
	}
	return body_end + (body_end < end ? 9 : 0);
}

/* Reads a name at p (after '/'); writes it decoded (cut at MAX_NAME - 1)
 * and returns the end. */
static const unsigned char *read_name(const unsigned char *p, const unsigned char *end, char *name)
{
	size_t k = 0;
	while (p < end && !is_ws(*p) && !is_delim(*p)) {
		int c = *p++;
		if (c == '#' && end - p >= 2 && cc_hexval(p[0]) >= 0 && cc_hexval(p[1]) >= 0) {
			c = cc_hexval(p[0]) * 16 + cc_hexval(p[1]);
			p += 2;
		}
		if (k < MAX_NAME - 1)
			name[k++] = (char)c;
	}
	name[k] = '\0';
	return p;
}

/* Skips a literal string from after '(' (nested parentheses, backslash
 * escapes); copies up to cap bytes into buf. */
static const unsigned char *read_literal(const unsigned char *p, const unsigned char *end,
                                         unsigned char *buf, size_t cap, size_t *n)
{
	int depth = 1;
	*n = 0;
	while (p < end) {
		unsigned char c = *p++;
		if (c == '\\') {
			if (p < end) {
				c = *p++;
				if (*n < cap)
					buf[(*n)++] = c == 'n' ? '\n' : c;
			}
			continue;
		}
		if (c == '(')
			depth++;
		else if (c == ')' && --depth == 0)
			break;
		if (*n < cap)
			buf[(*n)++] = c;
	}
	return p;
}

static const unsigned char *read_hex(const unsigned char *p, const unsigned char *end,
                                     unsigned char *buf, size_t cap, size_t *n)
{
	int hi = -1;
	*n = 0;
	while (p < end && *p != '>') {
		int v = cc_hexval(*p++);
		if (v < 0)
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			if (*n < cap)
				buf[(*n)++] = (unsigned char)(hi * 16 + v);
			hi = -1;
		}
	}
	return p < end ? p + 1 : p;
}

/* A name as the value of key in dictionary d. */
static void dict_name_value(dict *d, const char *name)
{
	if (!strcmp(d->key, "Type"))
		snprintf(d->type, sizeof d->type, "%s", name);
	else if (!strcmp(d->key, "S"))
		snprintf(d->s, sizeof d->s, "%s", name);
	else if (!strcmp(d->key, "Subtype"))
		snprintf(d->subtype, sizeof d->subtype, "%s", name);
	else if (!strcmp(d->key, "Filter")) {
		if (!strcmp(name, "FlateDecode") || !strcmp(name, "Fl"))
			d->flate = true;
		else
			d->other_filter = true;
	}
}

/* A value that is not a name (a dictionary, array, number, reference,
 * string) for key in d. */
static void dict_other_value(dict *d)
{
	if (d->state != 1)
		return;
	if (!strcmp(d->key, "JavaScript"))
		d->js_tree = true;
	else if (!strcmp(d->key, "EmbeddedFiles"))
		d->ef_tree = true;
	else if (!strcmp(d->key, "JS"))
		d->js = true;
	else if (!strcmp(d->key, "EF"))
		d->ef = true;
}

static void scan(scanner *sc, const unsigned char *p, const unsigned char *end, int level)
{
	dict *stack = cc_xcalloc(MAX_DEPTH, sizeof *stack);
	size_t depth = 0, overflow = 0;
	dict last;
	memset(&last, 0, sizeof last);
	bool have_last = false;
	unsigned char sbuf[256];
	size_t sn;
	while (p < end) {
		unsigned char c = *p;
		dict *top = depth ? &stack[depth - 1] : NULL;
		if (is_ws(c)) {
			p++;
		} else if (c == '%') {
			while (p < end && *p != '\n' && *p != '\r')
				p++;
		} else if (c == '/') {
			char name[MAX_NAME];
			p = read_name(p + 1, end, name);
			if (top && top->is_dict) {
				if (top->state == 1) {
					dict_name_value(top, name);
					top->state = 2;
				} else {
					snprintf(top->key, sizeof top->key, "%s", name);
					top->state = 1;
				}
			} else if (top && depth >= 2 && stack[depth - 2].is_dict) {
				/* a name in an array: /Filter [/FlateDecode] */
				dict *parent = &stack[depth - 2];
				if (!strcmp(top->key, "Filter"))
					dict_name_value(parent, name);
			}
		} else if (c == '(' || (c == '<' && !(end - p >= 2 && p[1] == '<'))) {
			if (c == '(')
				p = read_literal(p + 1, end, sbuf, sizeof sbuf, &sn);
			else
				p = read_hex(p + 1, end, sbuf, sizeof sbuf, &sn);
			if (top && top->is_dict && top->state == 1) {
				if (!strcmp(top->key, "UF") || (!strcmp(top->key, "F") && !top->ext[0]))
					string_ext(sbuf, sn, top->ext);
				dict_other_value(top);
				top->state = 2;
			}
		} else if (c == '<' || c == '[') {
			p += c == '<' ? 2 : 1;
			if (top && top->is_dict)
				dict_other_value(top);
			if (depth == MAX_DEPTH) {
				overflow++; /* deeper than any real PDF: read on, unjudged */
				continue;
			}
			dict *d = &stack[depth++];
			memset(d, 0, sizeof *d);
			d->is_dict = c == '<';
			d->length = -1;
			if (!d->is_dict && top && top->is_dict)
				snprintf(d->key, sizeof d->key, "%s", top->key);
		} else if (c == '>' || c == ']') {
			bool closes_dict = c == '>' && end - p >= 2 && p[1] == '>';
			p += closes_dict ? 2 : 1;
			if (c == '>' && !closes_dict)
				continue; /* a stray '>' */
			if (overflow) {
				overflow--;
				continue;
			}
			if (!top || top->is_dict != closes_dict)
				continue; /* unbalanced: ignore */
			depth--;
			if (top->is_dict) {
				judge(sc, top);
				last = *top;
				have_last = depth == 0;
			}
			if (depth && stack[depth - 1].is_dict)
				stack[depth - 1].state = 2;
		} else {
			/* a number or a keyword */
			const unsigned char *q = p;
			while (q < end && !is_ws(*q) && !is_delim(*q))
				q++;
			size_t n = (size_t)(q - p);
			if (n == 0) {
				p++; /* a stray ')', '{' or '}' */
				continue;
			}
			if (n == 6 && !memcmp(p, "stream", 6) && depth == 0 && have_last) {
				p = stream_body(sc, &last, q, end, level);
				have_last = false;
				continue;
			}
			if (n == 6 && !memcmp(p, "endobj", 6))
				depth = overflow = 0; /* recover from anything left open */
			if (top && top->is_dict) {
				if (n == 1 && *p == 'R' && !strcmp(top->key, "Length"))
					top->length = -1; /* an indirect length */
				else if (top->state == 1 && !strcmp(top->key, "Length"))
					top->length = number(p, n);
				dict_other_value(top);
				if (top->state == 1)
					top->state = 2;
			}
			if (depth == 0)
				have_last = false; /* "stream" follows its dictionary at once */
			p = q;
		}
	}
	free(stack);
}

void cc_pdf_scan_doc(const void *data, size_t len, cc_pdf_scan *out)
{
	memset(out, 0, sizeof *out);
	scanner sc = { out, 0 };
	const unsigned char *p = data;
	scan(&sc, p, p + len, 0);
}
