/* tests/doctype/test_doctype.c: document typing with the real libmagic.
 *
 * Every sample is built here from bytes: a minimal PDF, a 1x1 PNG with
 * correct CRCs (stored deflate block, no zlib needed), JPEG and TIFF
 * headers, zip packages (DOCX in both entry orders, macro-enabled DOCX,
 * ODT, ODS, XLSX, a plain zip) written by a small stored-entry zip writer,
 * compound files (DOC, XLS, a bare one), text, scripts, mail, and programs
 * (this test's own ELF image, Mach-O and MZ headers). */
#include <check.h>
#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "casecheck/doctype.h"
#include "util/fileio.h"
#include "support/runner.h"

static cc_doctype *dt;

static void setup(void)
{
	char *err = NULL;
	ck_assert_int_eq(cc_doctype_open(&dt, &err), 0);
	ck_assert_ptr_null(err);
}

static void teardown(void)
{
	cc_doctype_close(dt);
	dt = NULL;
}

/* ---- a byte buffer ---- */

typedef struct {
	unsigned char *p;
	size_t len, cap;
} buf_t;

static void put(buf_t *b, const void *data, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		ck_assert_ptr_nonnull(b->p);
	}
	if (n)
		memcpy(b->p + b->len, data, n);
	b->len += n;
}

static void put_le(buf_t *b, uint32_t v, int bytes)
{
	for (int i = 0; i < bytes; i++) {
		unsigned char c = (unsigned char)(v >> (8 * i));
		put(b, &c, 1);
	}
}

static void put_be32(buf_t *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)(v >> 24), (unsigned char)(v >> 16), (unsigned char)(v >> 8),
			       (unsigned char)v };
	put(b, c, 4);
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
	}
	return c ^ 0xFFFFFFFFu;
}

/* ---- samples ---- */

static const char pdf[] = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			  "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

static void png_chunk(buf_t *b, const char *type, const unsigned char *data, size_t n)
{
	buf_t t = { 0 };
	put(&t, type, 4);
	put(&t, data, n);
	put_be32(b, (uint32_t)n);
	put(b, t.p, t.len);
	put_be32(b, crc32_of(t.p, t.len));
	free(t.p);
}

static buf_t make_png(void)
{
	buf_t b = { 0 };
	put(&b, "\x89PNG\r\n\x1a\n", 8);
	/* 1x1, 8-bit greyscale */
	static const unsigned char ihdr[13] = { 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0 };
	png_chunk(&b, "IHDR", ihdr, sizeof ihdr);
	/* zlib: header 78 01, one stored block of the 2 bytes "filter 0, pixel 0",
	 * Adler-32 of two zero bytes = 0x00020001 */
	static const unsigned char idat[] = { 0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0x00, 0x00,
					      0x00, 0x02, 0x00, 0x01 };
	png_chunk(&b, "IDAT", idat, sizeof idat);
	png_chunk(&b, "IEND", NULL, 0);
	return b;
}

static const unsigned char jpeg[] = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01,
				      0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9 };
static const unsigned char tiff_le[] = { 'I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 };
static const unsigned char tiff_be[] = { 'M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00 };

/* A zip of stored entries: names[i] with contents[i], in that order. */
static buf_t make_zip(const char *const *names, const char *const *contents, int n)
{
	buf_t b = { 0 }, cd = { 0 };
	for (int i = 0; i < n; i++) {
		uint32_t off = (uint32_t)b.len, size = (uint32_t)strlen(contents[i]);
		uint32_t crc = crc32_of((const unsigned char *)contents[i], size);
		uint16_t nlen = (uint16_t)strlen(names[i]);
		put(&b, "PK\x03\x04", 4);
		put_le(&b, 20, 2); put_le(&b, 0, 2); put_le(&b, 0, 2); /* version, flags, stored */
		put_le(&b, 0, 2); put_le(&b, 0x21, 2);                 /* time, date 1980-01-01 */
		put_le(&b, crc, 4); put_le(&b, size, 4); put_le(&b, size, 4);
		put_le(&b, nlen, 2); put_le(&b, 0, 2);
		put(&b, names[i], nlen);
		put(&b, contents[i], size);

		put(&cd, "PK\x01\x02", 4);
		put_le(&cd, 20, 2); put_le(&cd, 20, 2); put_le(&cd, 0, 2); put_le(&cd, 0, 2);
		put_le(&cd, 0, 2); put_le(&cd, 0x21, 2);
		put_le(&cd, crc, 4); put_le(&cd, size, 4); put_le(&cd, size, 4);
		put_le(&cd, nlen, 2); put_le(&cd, 0, 2); put_le(&cd, 0, 2); /* name, extra, comment */
		put_le(&cd, 0, 2); put_le(&cd, 0, 2); put_le(&cd, 0, 4);    /* disk, attrs */
		put_le(&cd, off, 4);
		put(&cd, names[i], nlen);
	}
	uint32_t cd_off = (uint32_t)b.len;
	put(&b, cd.p, cd.len);
	put(&b, "PK\x05\x06", 4);
	put_le(&b, 0, 2); put_le(&b, 0, 2);
	put_le(&b, (uint32_t)n, 2); put_le(&b, (uint32_t)n, 2);
	put_le(&b, (uint32_t)cd.len, 4); put_le(&b, cd_off, 4);
	put_le(&b, 0, 2);
	free(cd.p);
	return b;
}

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
static const char rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
static const char document[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
	"<w:body><w:p><w:r><w:t>Visit</w:t></w:r></w:p></w:body></w:document>";

static buf_t docx_ct_first(void)
{
	const char *names[] = { "[Content_Types].xml", "_rels/.rels", "word/document.xml" };
	const char *data[] = { content_types, rels, document };
	return make_zip(names, data, 3);
}

static buf_t docx_rels_first(void)
{
	const char *names[] = { "_rels/.rels", "[Content_Types].xml", "word/document.xml" };
	const char *data[] = { rels, content_types, document };
	return make_zip(names, data, 3);
}

static buf_t docx_with_macros(void)
{
	const char *names[] = { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin" };
	const char *data[] = { content_types, rels, document, "\xD0\xCF\x11\xE0 not really" };
	return make_zip(names, data, 4);
}

static buf_t opendocument(const char *mimetype)
{
	const char *names[] = { "mimetype", "content.xml", "META-INF/manifest.xml" };
	const char *data[] = { mimetype, "<office:document-content/>", "<manifest:manifest/>" };
	return make_zip(names, data, 3);
}

static buf_t plain_zip(void)
{
	const char *names[] = { "notes.txt" };
	const char *data[] = { "hello" };
	return make_zip(names, data, 1);
}

static buf_t xlsx(void)
{
	const char *names[] = { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml" };
	const char *data[] = { "<Types><Override PartName=\"/xl/workbook.xml\"/></Types>", rels, "<workbook/>" };
	return make_zip(names, data, 3);
}

/* A compound file (CDF v3, 512-byte sectors): header, one FAT sector,
 * one directory sector holding the root and one empty stream. */
static void cdf_entry(buf_t *b, const char *name, int type, uint32_t child)
{
	size_t start = b->len;
	size_t n = name ? strlen(name) : 0;
	for (size_t i = 0; i < 32; i++)
		put_le(b, i < n ? (unsigned char)name[i] : 0, 2);
	put_le(b, n ? (uint32_t)(n + 1) * 2 : 0, 2);
	unsigned char tc[2] = { (unsigned char)type, 1 };
	put(b, tc, 2);
	put_le(b, 0xFFFFFFFF, 4); put_le(b, 0xFFFFFFFF, 4); put_le(b, child, 4);
	for (int i = 0; i < 16 + 4 + 16; i++) /* CLSID, state, times */
		put(b, "", 1);
	put_le(b, 0xFFFFFFFE, 4); put_le(b, 0, 4); put_le(b, 0, 4);
	ck_assert_uint_eq(b->len - start, 128);
}

static buf_t make_cdf(const char *stream)
{
	buf_t b = { 0 };
	put(&b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	for (int i = 0; i < 16; i++)
		put(&b, "", 1);
	put_le(&b, 0x3E, 2); put_le(&b, 3, 2); put_le(&b, 0xFFFE, 2); put_le(&b, 9, 2); put_le(&b, 6, 2);
	for (int i = 0; i < 6; i++)
		put(&b, "", 1);
	put_le(&b, 0, 4);          /* directory sectors (v3: 0) */
	put_le(&b, 1, 4);          /* FAT sectors */
	put_le(&b, 1, 4);          /* first directory sector */
	put_le(&b, 0, 4);          /* transaction */
	put_le(&b, 4096, 4);       /* mini stream cutoff */
	put_le(&b, 0xFFFFFFFE, 4); /* first mini FAT sector: none */
	put_le(&b, 0, 4);
	put_le(&b, 0xFFFFFFFE, 4); /* first DIFAT sector: none */
	put_le(&b, 0, 4);
	put_le(&b, 0, 4);          /* DIFAT[0]: the FAT is sector 0 */
	for (int i = 1; i < 109; i++)
		put_le(&b, 0xFFFFFFFF, 4);
	ck_assert_uint_eq(b.len, 512);
	put_le(&b, 0xFFFFFFFD, 4); /* sector 0: FAT */
	put_le(&b, 0xFFFFFFFE, 4); /* sector 1: directory, end of chain */
	for (int i = 2; i < 128; i++)
		put_le(&b, 0xFFFFFFFF, 4);
	cdf_entry(&b, "Root Entry", 5, stream ? 1 : 0xFFFFFFFF);
	cdf_entry(&b, stream, stream ? 2 : 0, 0xFFFFFFFF);
	cdf_entry(&b, NULL, 0, 0xFFFFFFFF);
	cdf_entry(&b, NULL, 0, 0xFFFFFFFF);
	ck_assert_uint_eq(b.len, 1536);
	return b;
}

static cc_doc_kind detect(const void *data, size_t len)
{
	const char *mime = NULL;
	cc_doc_kind k = cc_doctype_detect(dt, data, len, &mime);
	ck_assert_ptr_nonnull(mime);
	return k;
}

static cc_doc_kind detect_buf(buf_t b)
{
	cc_doc_kind k = detect(b.p, b.len);
	free(b.p);
	return k;
}

#define DETECT_STR(s) detect((s), sizeof(s) - 1)

static void expect_mime(const void *data, size_t len, const char *want)
{
	const char *mime = NULL;
	cc_doctype_detect(dt, data, len, &mime);
	ck_assert_ptr_nonnull(mime);
	ck_assert_str_eq(mime, want);
}

/* ---- tests ---- */

START_TEST(allowed_kinds_from_bytes)
{
	ck_assert_int_eq(DETECT_STR(pdf), CC_DOC_PDF);
	expect_mime(pdf, sizeof pdf - 1, "application/pdf");
	buf_t png = make_png();
	ck_assert_int_eq(detect(png.p, png.len), CC_DOC_PNG);
	expect_mime(png.p, png.len, "image/png");
	free(png.p);
	ck_assert_int_eq(detect(jpeg, sizeof jpeg), CC_DOC_JPEG);
	ck_assert_int_eq(detect(tiff_le, sizeof tiff_le), CC_DOC_TIFF);
	ck_assert_int_eq(detect(tiff_be, sizeof tiff_be), CC_DOC_TIFF);
	ck_assert_int_eq(DETECT_STR("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Visit\\par}\n"), CC_DOC_RTF);
	ck_assert_int_eq(DETECT_STR("Home visit.\nAll children seen.\n"), CC_DOC_TEXT);
	ck_assert_int_eq(DETECT_STR("Caf\xc3\xa9 \xe2\x80\x93 visit notes\n"), CC_DOC_TEXT);
	ck_assert_int_eq(DETECT_STR("Line one\r\nLine two\r\n"), CC_DOC_TEXT);
}
END_TEST

START_TEST(word_and_opendocument)
{
	buf_t d = docx_ct_first();
	expect_mime(d.p, d.len, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	ck_assert_int_eq(detect_buf(d), CC_DOC_DOCX);

	/* libmagic calls this one application/zip: the central directory decides. */
	d = docx_rels_first();
	expect_mime(d.p, d.len, "application/zip");
	ck_assert_int_eq(detect_buf(d), CC_DOC_DOCX);

	/* Macro-enabled: libmagic says DOCX, casecheck does not accept it. */
	d = docx_with_macros();
	expect_mime(d.p, d.len, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	ck_assert_int_eq(detect_buf(d), CC_DOC_UNKNOWN);

	d = opendocument("application/vnd.oasis.opendocument.text");
	expect_mime(d.p, d.len, "application/vnd.oasis.opendocument.text");
	ck_assert_int_eq(detect_buf(d), CC_DOC_ODT);
	ck_assert_int_eq(detect_buf(opendocument("application/vnd.oasis.opendocument.spreadsheet")), CC_DOC_UNKNOWN);
	ck_assert_int_eq(detect_buf(plain_zip()), CC_DOC_UNKNOWN);
	ck_assert_int_eq(detect_buf(xlsx()), CC_DOC_UNKNOWN);

	d = make_cdf("WordDocument");
	expect_mime(d.p, d.len, "application/msword");
	ck_assert_int_eq(detect_buf(d), CC_DOC_DOC);
	d = make_cdf("Workbook");
	expect_mime(d.p, d.len, "application/vnd.ms-excel");
	ck_assert_int_eq(detect_buf(d), CC_DOC_UNKNOWN);
	ck_assert_int_eq(detect_buf(make_cdf(NULL)), CC_DOC_UNKNOWN);
}
END_TEST

START_TEST(email)
{
	ck_assert_int_eq(DETECT_STR("From: a@example.org\nTo: b@example.org\nSubject: visit\n"
				    "Date: Mon, 1 Jan 2024 10:00:00 +0000\n\nbody\n"), CC_DOC_EMAIL);
	ck_assert_int_eq(DETECT_STR("Return-Path: <a@example.org>\nReceived: from x\nFrom: a@example.org\n\nbody\n"),
			 CC_DOC_EMAIL);
	/* libmagic says text/plain for these; the header block makes them mail. */
	expect_mime("Subject: visit\nTo: b@example.org\n\nbody\n", strlen("Subject: visit\nTo: b@example.org\n\nbody\n"), "text/plain");
	ck_assert_int_eq(DETECT_STR("Subject: visit\nTo: b@example.org\n\nbody\n"), CC_DOC_EMAIL);
	ck_assert_int_eq(DETECT_STR("MIME-Version: 1.0\r\nContent-Type: text/plain;\r\n charset=utf-8\r\n"
				    "Subject: visit\r\n\r\nbody\r\n"), CC_DOC_EMAIL);
	/* ... but not text that merely starts with a colon line. */
	ck_assert_int_eq(DETECT_STR("Subject: visit on Monday\nThe family were at home.\n"), CC_DOC_TEXT);
	ck_assert_int_eq(DETECT_STR("Subject: visit\nOutcome: good\n\nnotes\n"), CC_DOC_TEXT); /* one mail field */
	ck_assert_int_eq(DETECT_STR("Subject: visit\nTo: b@example.org\n"), CC_DOC_TEXT);       /* no blank line */
	ck_assert_int_eq(DETECT_STR(" To: x\nSubject: y\n\nz\n"), CC_DOC_TEXT);
}
END_TEST

START_TEST(programs_and_scripts_are_executable)
{
	/* This test's own executable: a real ELF. */
	char *self = NULL;
	size_t len = 0;
	ck_assert_int_eq(cc_read_file("/proc/self/exe", 64u << 20, &self, &len), 0);
	ck_assert_int_eq(detect(self, len), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(detect(self, 64), CC_DOC_EXECUTABLE); /* just the header */
	free(self);

	static const unsigned char macho[] = { 0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00, 0x00, 0x01,
					       0x03, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00 };
	ck_assert_int_eq(detect(macho, sizeof macho), CC_DOC_EXECUTABLE);

	/* A DOS header pointing at a PE header. */
	unsigned char mz[128] = { 'M', 'Z', 0x90, 0x00, 0x03 };
	mz[0x3C] = 0x40;
	memcpy(mz + 0x40, "PE\0\0\x4c\x01", 6);
	ck_assert_int_eq(detect(mz, sizeof mz), CC_DOC_EXECUTABLE);
	/* Text that happens to start with the letters MZ is text. */
	ck_assert_int_eq(DETECT_STR("MZ visited the family home today.\n"), CC_DOC_TEXT);

	ck_assert_int_eq(DETECT_STR("#!/bin/sh\necho hi\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("#!/usr/bin/env python3\nprint(1)\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("#!/usr/bin/perl\nprint \"x\";\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("#!/usr/bin/env node\nconsole.log(1)\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("#! anything at all\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("import os\n\ndef f():\n    return os.getcwd()\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("@echo off\r\necho hi\r\n"), CC_DOC_EXECUTABLE);
	ck_assert_int_eq(DETECT_STR("<?php echo 1; ?>\n"), CC_DOC_EXECUTABLE);
}
END_TEST

START_TEST(empty_and_not_allowed)
{
	const char *mime = NULL;
	ck_assert_int_eq(cc_doctype_detect(dt, "", 0, &mime), CC_DOC_EMPTY);
	ck_assert_ptr_nonnull(mime);
	ck_assert_int_eq(cc_doctype_detect(dt, NULL, 0, NULL), CC_DOC_EMPTY);
	ck_assert_int_eq(DETECT_STR("<!DOCTYPE html><html><body>x</body></html>\n"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(DETECT_STR("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n"),
			 CC_DOC_UNKNOWN);
	ck_assert_int_eq(DETECT_STR("{\"a\": 1}\n"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(DETECT_STR("name,date\nA,2024-01-01\nB,2024-01-02\n"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(DETECT_STR("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcb\x48\xcd\xc9\xc9\x07\x00\x86\xa6\x10\x36\x05\x00\x00\x00"),
			 CC_DOC_UNKNOWN); /* gzip */
	static const unsigned char zeros[64] = { 0 };
	ck_assert_int_eq(detect(zeros, sizeof zeros), CC_DOC_UNKNOWN);
	ck_assert_int_eq(DETECT_STR("%PDF"), CC_DOC_TEXT); /* too short for libmagic's PDF: text */
}
END_TEST

START_TEST(broken_zips_are_read_safely)
{
	/* Every truncation and many single-byte changes of a zip: no reads past
	 * the buffer (ASan would say), and never DOCX unless the directory says so. */
	buf_t d = docx_rels_first();
	for (size_t n = 0; n <= d.len; n++) {
		unsigned char *copy = malloc(n ? n : 1);
		memcpy(copy, d.p, n);
		cc_doc_kind k = cc_doctype_detect(dt, copy, n, NULL);
		ck_assert_msg(k == CC_DOC_UNKNOWN || k == CC_DOC_EMPTY || k == CC_DOC_DOCX || (n < 4 && k == CC_DOC_TEXT),
			      "%zu bytes: %d", n, (int)k); /* "P", "PK", "PK\3" are text */
		ck_assert(k != CC_DOC_DOCX || n == d.len); /* only the whole archive has its directory */
		free(copy);
	}
	for (size_t i = 0; i < d.len; i++) {
		unsigned char *copy = malloc(d.len);
		memcpy(copy, d.p, d.len);
		copy[i] ^= 0xFF;
		cc_doc_kind k = cc_doctype_detect(dt, copy, d.len, NULL);
		ck_assert(k != CC_DOC_PDF && k != CC_DOC_ODT);
		free(copy);
	}
	/* an end record alone, pointing far outside */
	static const unsigned char eocd[] = { 'P', 'K', 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 0xFF, 0xFF, 0xFF, 0x7F,
					      0xFF, 0xFF, 0xFF, 0x7F, 0, 0 };
	ck_assert_int_eq(detect(eocd, sizeof eocd), CC_DOC_UNKNOWN);
	free(d.p);
}
END_TEST


/* ---- documents are what they claim (issue 11 item 6) ---- */

static cc_doc_inspection inspect(const void *data, size_t len)
{
	cc_doc_inspection in;
	cc_doctype_inspect(dt, data, len, &in);
	return in;
}

/* The one issue of risk found (ck fails when there is none), its text. */
static const char *issue_of(const cc_doc_inspection *in, cc_doc_risk risk)
{
	for (size_t i = 0; i < in->n_issues && i < CC_DOC_MAX_ISSUES; i++)
		if (in->issues[i].risk == risk)
			return in->issues[i].what;
	return NULL;
}

static void expect_issue(const void *data, size_t len, cc_doc_kind kind, cc_doc_risk risk, const char *needle)
{
	cc_doc_inspection in = inspect(data, len);
	ck_assert_int_eq(in.kind, kind);
	const char *what = issue_of(&in, risk);
	ck_assert_msg(what != NULL, "no issue of risk %d (%zu issues)", (int)risk, in.n_issues);
	ck_assert_msg(strstr(what, needle) != NULL, "'%s' does not say '%s'", what, needle);
}

static void expect_clean(const void *data, size_t len, cc_doc_kind kind)
{
	cc_doc_inspection in = inspect(data, len);
	ck_assert_int_eq(in.kind, kind);
	ck_assert_msg(in.n_issues == 0, "unexpected issue: %s", in.n_issues ? in.issues[0].what : "");
}

START_TEST(zip_packages_by_structure)
{
	/* A truncated DOCX: libmagic still says DOCX from the first entry. */
	buf_t d = docx_ct_first();
	expect_clean(d.p, d.len, CC_DOC_DOCX);
	size_t cut = d.len - 30; /* the end record and part of the directory gone */
	expect_issue(d.p, cut, CC_DOC_DOCX, CC_DOC_RISK_INVALID, "without its zip central directory");
	ck_assert_int_eq(cc_doctype_detect(dt, d.p, cut, NULL), CC_DOC_UNKNOWN);
	free(d.p);

	/* Macros under another name or case, or known only by content type. */
	const char *names[] = { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/VBAProject.bin" };
	const char *data[] = { content_types, rels, document, "\xD0\xCF\x11\xE0" };
	d = make_zip(names, data, 4);
	expect_issue(d.p, d.len, CC_DOC_DOCX, CC_DOC_RISK_REFUSE, "macros: the part word/VBAProject.bin");
	free(d.p);
	names[3] = "word/media/image9.bin";
	char ct[2048];
	snprintf(ct, sizeof ct, "%.*s<Override PartName=\"/word/media/image9.bin\" "
		 "ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>",
		 (int)(strlen(content_types) - strlen("</Types>")), content_types);
	data[0] = ct;
	d = make_zip(names, data, 4);
	expect_issue(d.p, d.len, CC_DOC_DOCX, CC_DOC_RISK_REFUSE, "vbaProject");
	free(d.p);
	d = docx_with_macros();
	expect_issue(d.p, d.len, CC_DOC_DOCX, CC_DOC_RISK_REFUSE, "macros: the part word/vbaProject.bin");
	free(d.p);

	/* The part list twice: read once, and the package is damaged. */
	const char *twice[] = { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "[content_types].xml" };
	const char *twice_data[] = { content_types, rels, document, content_types };
	d = make_zip(twice, twice_data, 4);
	expect_issue(d.p, d.len, CC_DOC_DOCX, CC_DOC_RISK_INVALID, "listing [Content_Types].xml 2 times");
	ck_assert_int_eq(cc_doctype_detect(dt, d.p, d.len, NULL), CC_DOC_UNKNOWN);
	free(d.p);

	/* Another file joined after the package's end record. */
	d = docx_ct_first();
	put(&d, pdf, sizeof pdf - 1);
	expect_issue(d.p, d.len, CC_DOC_DOCX, CC_DOC_RISK_REFUSE, "after the zip package");
	free(d.p);
}
END_TEST

START_TEST(polyglots)
{
	buf_t jar = plain_zip();
	/* PDF + ZIP */
	buf_t b = { 0 };
	put(&b, pdf, sizeof pdf - 1);
	put(&b, jar.p, jar.len);
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "zip archive joined");
	ck_assert_int_eq(cc_doctype_detect(dt, b.p, b.len, NULL), CC_DOC_UNKNOWN);
	free(b.p);
	/* PNG + JAR */
	b = make_png();
	put(&b, jar.p, jar.len);
	expect_issue(b.p, b.len, CC_DOC_PNG, CC_DOC_RISK_REFUSE, "end-of-central-directory record at byte");
	free(b.p);
	free(jar.p);
	/* PDF + ELF: this test's own program after the PDF */
	char *self = NULL;
	size_t len = 0;
	ck_assert_int_eq(cc_read_file("/proc/self/exe", 64u << 20, &self, &len), 0);
	b = (buf_t){ 0 };
	put(&b, pdf, sizeof pdf - 1);
	put(&b, self, len < 65536 ? len : 65536);
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "an ELF program inside it at byte");
	free(b.p);
	free(self);
	/* A PE program inside a PNG */
	b = make_png();
	unsigned char mz[128] = { 'M', 'Z', 0x90, 0x00, 0x03 };
	mz[0x3C] = 0x40;
	memcpy(mz + 0x40, "PE\0\0\x4c\x01", 6);
	put(&b, mz, sizeof mz);
	expect_issue(b.p, b.len, CC_DOC_PNG, CC_DOC_RISK_REFUSE, "Windows program");
	free(b.p);
	/* A damaged end record without its directory is no zip: no polyglot. */
	static const unsigned char eocd[] = { 'P', 'K', 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	b = (buf_t){ 0 };
	put(&b, pdf, sizeof pdf - 1);
	put(&b, eocd, sizeof eocd);
	expect_clean(b.p, b.len, CC_DOC_PDF);
	free(b.p);
}
END_TEST

static buf_t pdf_of(const char *objects)
{
	buf_t b = { 0 };
	put(&b, "%PDF-1.7\n", 9);
	put(&b, objects, strlen(objects));
	put(&b, "trailer\n<< /Root 1 0 R >>\n%%EOF\n", 32);
	return b;
}

#define CATALOG "1 0 obj\n<< /Type /Catalog /Pages 2 0 R %s>>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"

static buf_t pdf_catalog(const char *catalog_extra, const char *more)
{
	char *objs = NULL;
	size_t n = (size_t)snprintf(NULL, 0, CATALOG "%s", catalog_extra, more) + 1;
	objs = malloc(n);
	snprintf(objs, n, CATALOG "%s", catalog_extra, more);
	buf_t b = pdf_of(objs);
	free(objs);
	return b;
}

START_TEST(pdf_by_its_objects)
{
	buf_t b = pdf_catalog("/Names << /JavaScript 3 0 R >> ",
			      "3 0 obj\n<< /Names [(a) 4 0 R] >>\nendobj\n4 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n");
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_ACTIVE, "a /JavaScript name tree in the catalog");
	ck_assert_int_eq(cc_doctype_detect(dt, b.p, b.len, NULL), CC_DOC_PDF); /* a warning, kind kept */
	free(b.p);
	/* obfuscated names are decoded */
	b = pdf_catalog("/OpenAction 3 0 R ", "3 0 obj\n<< /S /L#61unch /F (x) >>\nendobj\n");
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "/Launch");
	free(b.p);
	b = pdf_catalog("/Names << /EmbeddedFiles 3 0 R >> ",
			"3 0 obj\n<< /Names [(data.xml) 4 0 R] >>\nendobj\n"
			"4 0 obj\n<< /Type /Filespec /F (data.xml) /UF (data.xml) /EF << /F 5 0 R >> >>\nendobj\n"
			"5 0 obj\n<< /Type /EmbeddedFile /Length 6 >>\nstream\n<a/>\n\nendstream\nendobj\n");
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_ACTIVE, "1 embedded file");
	free(b.p);
	/* an embedded program: by its name, or by its first bytes */
	b = pdf_catalog("", "4 0 obj\n<< /Type /Filespec /F (setup.exe) /EF << /F 5 0 R >> >>\nendobj\n");
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "*.exe");
	free(b.p);
	b = pdf_catalog("", "5 0 obj\n<< /Type /EmbeddedFile /Length 10 >>\nstream\n#!/bin/sh\n\nendstream\nendobj\n");
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "script");
	free(b.p);

	/* The same words in a stream's bytes, a string or a comment are not structure. */
	b = pdf_catalog("", "3 0 obj\n<< /Length 38 >>\nstream\n<< /S /Launch /JS (x) /EF 1 0 R >>\n\nendstream\nendobj\n"
			"4 0 obj\n(<< /S /JavaScript >>)\nendobj\n% << /S /Launch >>\n");
	expect_clean(b.p, b.len, CC_DOC_PDF);
	free(b.p);

	/* Nesting deeper than the reader keeps does not hide what follows. */
	char deep[1024] = "3 0 obj\n";
	for (int i = 0; i < 100; i++)
		strcat(deep, "[");
	for (int i = 0; i < 100; i++)
		strcat(deep, "]");
	strcat(deep, "\nendobj\n4 0 obj\n<< /S /Launch /F (x) >>\nendobj\n");
	b = pdf_catalog("", deep);
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_REFUSE, "/Launch");
	free(b.p);

	/* An object stream (PDF 1.5): the action inside is found once inflated. */
	const char inner[] = "5 0 << /S /JavaScript /JS 6 0 R >>";
	unsigned char z[256];
	uLongf zn = sizeof z;
	ck_assert_int_eq(compress2(z, &zn, (const unsigned char *)inner, sizeof inner - 1, 9), Z_OK);
	char head[128];
	int hn = snprintf(head, sizeof head, "7 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %lu >>\nstream\n",
			  (unsigned long)zn);
	buf_t objs = { 0 };
	put(&objs, head, (size_t)hn);
	put(&objs, z, zn);
	put(&objs, "\nendstream\nendobj\n", 18);
	put(&objs, "", 1);
	b = pdf_catalog("", (const char *)objs.p);
	expect_issue(b.p, b.len, CC_DOC_PDF, CC_DOC_RISK_ACTIVE, "/JavaScript actions");
	free(b.p);
	free(objs.p);
}
END_TEST

START_TEST(lfs_pointer)
{
	static const char ptr[] = "version https://git-lfs.github.com/spec/v1\n"
				  "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
				  "size 12345\n";
	expect_issue(ptr, sizeof ptr - 1, CC_DOC_TEXT, CC_DOC_RISK_INVALID, "git LFS pointer");
	ck_assert_int_eq(cc_doctype_detect(dt, ptr, sizeof ptr - 1, NULL), CC_DOC_UNKNOWN);
	expect_clean("version 2 of the plan\n", 22, CC_DOC_TEXT);
}
END_TEST


/* The issue 11 documents of the bad-input corpus: each file's name says
 * what must be found (invalid-, refuse-, active-, clean-). */
START_TEST(bad_input_corpus)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	ck_assert_ptr_nonnull(src);
	char dirpath[4096];
	snprintf(dirpath, sizeof dirpath, "%s/fixtures/bad-input/fuzz/doctype", src);
	DIR *d = opendir(dirpath);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	size_t n = 0, seen[4] = { 0 };
	static const struct {
		const char *prefix;
		int risk; /* 0: no issue */
	} expect[] = { { "invalid-", CC_DOC_RISK_INVALID }, { "refuse-", CC_DOC_RISK_REFUSE },
		       { "active-", CC_DOC_RISK_ACTIVE }, { "clean-", 0 } };
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[8192], *data = NULL;
		size_t len = 0;
		snprintf(path, sizeof path, "%s/%s", dirpath, e->d_name);
		ck_assert_int_eq(cc_read_file(path, 16u << 20, &data, &len), 0);
		cc_doc_inspection in = inspect(data, len);
		size_t k = 0;
		while (k < 4 && strncmp(e->d_name, expect[k].prefix, strlen(expect[k].prefix)))
			k++;
		ck_assert_msg(k < 4, "%s: name does not say what to expect", e->d_name);
		if (expect[k].risk == 0) {
			ck_assert_msg(in.n_issues == 0, "%s: %s", e->d_name, in.n_issues ? in.issues[0].what : "");
			ck_assert_int_eq(cc_doctype_judge(in.kind, e->d_name), CC_DOC_OK);
		} else {
			ck_assert_msg(issue_of(&in, (cc_doc_risk)expect[k].risk) != NULL, "%s: not found (%zu issues%s%s)",
				      e->d_name, in.n_issues, in.n_issues ? ": " : "", in.n_issues ? in.issues[0].what : "");
			/* the kind is what the name claims: the issue is what gives it away */
			ck_assert_msg(cc_doctype_judge(in.kind, e->d_name) == CC_DOC_OK || expect[k].risk == CC_DOC_RISK_INVALID,
				      "%s: kind %s", e->d_name, cc_doc_kind_name(in.kind));
		}
		seen[k]++;
		n++;
		free(data);
	}
	closedir(d);
	ck_assert_uint_ge(n, 15);
	for (size_t k = 0; k < 4; k++)
		ck_assert_uint_gt(seen[k], 0);
}
END_TEST

START_TEST(extensions)
{
	ck_assert_int_eq(cc_doctype_for_name("a.pdf"), CC_DOC_PDF);
	ck_assert_int_eq(cc_doctype_for_name("A.PDF"), CC_DOC_PDF);
	ck_assert_int_eq(cc_doctype_for_name(".pdf"), CC_DOC_PDF);
	ck_assert_int_eq(cc_doctype_for_name("cases/X1/documents/plan.v2.DocX"), CC_DOC_DOCX);
	ck_assert_int_eq(cc_doctype_for_name("a.odt"), CC_DOC_ODT);
	ck_assert_int_eq(cc_doctype_for_name("a.doc"), CC_DOC_DOC);
	ck_assert_int_eq(cc_doctype_for_name("a.rtf"), CC_DOC_RTF);
	ck_assert_int_eq(cc_doctype_for_name("a.txt"), CC_DOC_TEXT);
	ck_assert_int_eq(cc_doctype_for_name("a.png"), CC_DOC_PNG);
	ck_assert_int_eq(cc_doctype_for_name("a.jpg"), CC_DOC_JPEG);
	ck_assert_int_eq(cc_doctype_for_name("a.JPEG"), CC_DOC_JPEG);
	ck_assert_int_eq(cc_doctype_for_name("a.tif"), CC_DOC_TIFF);
	ck_assert_int_eq(cc_doctype_for_name("a.tiff"), CC_DOC_TIFF);
	ck_assert_int_eq(cc_doctype_for_name("a.eml"), CC_DOC_EMAIL);
	ck_assert_int_eq(cc_doctype_for_name("a.zip"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name("a.docm"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name("a.pdf.exe"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name("a.exe.pdf"), CC_DOC_PDF);
	ck_assert_int_eq(cc_doctype_for_name("pdf"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name("a."), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name("dir.pdf/file"), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name(""), CC_DOC_UNKNOWN);
	ck_assert_int_eq(cc_doctype_for_name(NULL), CC_DOC_UNKNOWN);
}
END_TEST

START_TEST(verdicts)
{
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_PDF, "a.pdf"), CC_DOC_OK);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_JPEG, "photo.JPG"), CC_DOC_OK);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_EXECUTABLE, "a.pdf"), CC_DOC_REFUSED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_EXECUTABLE, "a.exe"), CC_DOC_REFUSED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_EXECUTABLE, "run.sh"), CC_DOC_REFUSED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_UNKNOWN, "a.zip"), CC_DOC_NOT_ALLOWED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_UNKNOWN, "a.pdf"), CC_DOC_NOT_ALLOWED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_PDF, "a.docx"), CC_DOC_MISMATCH);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_TEXT, "a.zip"), CC_DOC_MISMATCH);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_TEXT, "notes"), CC_DOC_MISMATCH);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_EMPTY, "a.txt"), CC_DOC_NOT_ALLOWED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_EMPTY, "a.pdf"), CC_DOC_NOT_ALLOWED);
	ck_assert_int_eq(cc_doctype_judge(CC_DOC_PNG, "a.jpg"), CC_DOC_MISMATCH);

	/* End to end: a PNG named .pdf, a script named .txt, a DOCX named .docx. */
	buf_t png = make_png();
	ck_assert_int_eq(cc_doctype_judge(detect(png.p, png.len), "scan.pdf"), CC_DOC_MISMATCH);
	free(png.p);
	ck_assert_int_eq(cc_doctype_judge(DETECT_STR("#!/bin/sh\nrm -rf ~\n"), "notes.txt"), CC_DOC_REFUSED);
	buf_t d = docx_rels_first();
	ck_assert_int_eq(cc_doctype_judge(detect(d.p, d.len), "plan.docx"), CC_DOC_OK);
	free(d.p);
}
END_TEST

START_TEST(kind_names)
{
	ck_assert_str_eq(cc_doc_kind_name(CC_DOC_PDF), "PDF");
	ck_assert_str_eq(cc_doc_kind_name(CC_DOC_DOCX), "Word (DOCX)");
	for (int k = CC_DOC_UNKNOWN; k <= CC_DOC_EMPTY; k++) {
		const char *n = cc_doc_kind_name((cc_doc_kind)k);
		ck_assert_ptr_nonnull(n);
		ck_assert_uint_gt(strlen(n), 2);
		for (int j = CC_DOC_UNKNOWN; j < k; j++)
			ck_assert_str_ne(n, cc_doc_kind_name((cc_doc_kind)j));
	}
	ck_assert_str_eq(cc_doc_kind_name((cc_doc_kind)99), "unknown type");
}
END_TEST

/* One cc_doctype per thread: two threads, each with its own, agree. */
static void *thread_main(void *arg)
{
	(void)arg;
	cc_doctype *mine = NULL;
	if (cc_doctype_open(&mine, NULL) != 0)
		return (void *)1;
	buf_t png = make_png();
	intptr_t bad = 0;
	for (int i = 0; i < 200; i++) {
		bad += cc_doctype_detect(mine, pdf, sizeof pdf - 1, NULL) != CC_DOC_PDF;
		bad += cc_doctype_detect(mine, png.p, png.len, NULL) != CC_DOC_PNG;
	}
	free(png.p);
	cc_doctype_close(mine);
	return (void *)bad;
}

START_TEST(one_per_thread)
{
	pthread_t t[2];
	for (int i = 0; i < 2; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, thread_main, NULL), 0);
	for (int i = 0; i < 2; i++) {
		void *r;
		ck_assert_int_eq(pthread_join(t[i], &r), 0);
		ck_assert_ptr_null(r);
	}
	cc_doctype_close(NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("doctype");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, allowed_kinds_from_bytes);
	tcase_add_test(tc, word_and_opendocument);
	tcase_add_test(tc, email);
	tcase_add_test(tc, programs_and_scripts_are_executable);
	tcase_add_test(tc, empty_and_not_allowed);
	tcase_add_test(tc, broken_zips_are_read_safely);
	tcase_add_test(tc, zip_packages_by_structure);
	tcase_add_test(tc, polyglots);
	tcase_add_test(tc, pdf_by_its_objects);
	tcase_add_test(tc, lfs_pointer);
	tcase_add_test(tc, bad_input_corpus);
	tcase_add_test(tc, extensions);
	tcase_add_test(tc, verdicts);
	tcase_add_test(tc, kind_names);
	tcase_add_test(tc, one_per_thread);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
