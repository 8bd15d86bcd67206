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
	CC_SNIFF_ZIP_WORD,       /* [Content_Types].xml and word/document.xml */
	CC_SNIFF_ZIP_WORD_MACROS /* the same with word/vbaProject.bin (a .docm) */
} cc_sniff_zip;

/* Looks for an Office Open XML word-processing package by entry names. */
cc_sniff_zip cc_sniff_word_zip(const void *data, size_t len);

/* An RFC 5322 header block: from the first byte, lines "Name: value" (or
 * continuation lines starting with a space or tab) up to a blank line,
 * naming at least two distinct mail fields (From, To, Cc, Subject, Date,
 * MIME-Version, Message-ID, Received, Return-Path, Reply-To, Sender,
 * Delivered-To; any case). */
bool cc_sniff_mail_headers(const void *data, size_t len);

#endif
