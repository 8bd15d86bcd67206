/* sniff.h: byte checks that back up libmagic (see doctype.c for when each
 * one is used). None of them allocates; each reads at most len bytes. */
#ifndef CC_DOCTYPE_SNIFF_H
#define CC_DOCTYPE_SNIFF_H

#include <stdbool.h>
#include <stddef.h>

/* Starts with "#!": a script for some interpreter. */
bool cc_sniff_shebang(const void *data, size_t len);
/* Starts with the ELF or Mach-O (or universal / Java class) magic number. */
bool cc_sniff_native_binary(const void *data, size_t len);
/* Starts with "MZ", the DOS / Windows executable signature. */
bool cc_sniff_mz(const void *data, size_t len);

typedef enum cc_sniff_zip {
	CC_SNIFF_ZIP_UNREADABLE, /* no zip central directory in the bytes */
	CC_SNIFF_ZIP_OTHER,      /* a zip, not a Word document */
	CC_SNIFF_ZIP_WORD        /* [Content_Types].xml and word/document.xml */
} cc_sniff_zip;

/* Looks for an Office Open XML word-processing package by entry names
 * (macros are package.c's business). */
cc_sniff_zip cc_sniff_word_zip(const void *data, size_t len);

/* A DOS header whose e_lfanew points at a "PE\0\0" header. */
bool cc_sniff_pe(const void *data, size_t len);

/* A program header at an offset after the first byte: an ELF header whose
 * identification, version and header size agree, or a DOS header pointing
 * at a PE header. Returns what it is ("an ELF program", ...) and its
 * offset in *at, or NULL. */
const char *cc_sniff_program_inside(const void *data, size_t len, size_t *at);

/* A git LFS pointer file (the spec's first line, an oid and a size line)
 * committed in place of the document it stands for. */
bool cc_sniff_lfs_pointer(const void *data, size_t len);

/* An RFC 5322 header block: from the first byte, lines "Name: value" (or
 * continuation lines starting with a space or tab) up to a blank line,
 * naming at least two distinct mail fields (From, To, Cc, Subject, Date,
 * MIME-Version, Message-ID, Received, Return-Path, Reply-To, Sender,
 * Delivered-To; any case). */
bool cc_sniff_mail_headers(const void *data, size_t len);

#endif
