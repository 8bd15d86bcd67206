/* zipdir.c: a zip archive's central directory, and small entries read
 * from it.
 *
 * Reads only what is in the buffer, never past it: every offset and length
 * taken from the archive is checked before use. The directory is found
 * from its end record and its own size (it ends where the record starts),
 * so an archive with other data before it (a polyglot, a self-extracting
 * archive) is found whether or not its offsets were adjusted. */
#define _GNU_SOURCE /* memrchr */
#include "zipdir.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/xalloc.h"

#define EOCD_SIZE 22
#define CDH_SIZE 46
#define LFH_SIZE 30

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

bool cc_zipdir_locate(const void *data, size_t len, cc_zip_info *out)
{
	const unsigned char *d = data;
	if (len < EOCD_SIZE)
		return false;
	size_t lowest = len - EOCD_SIZE > 65535 ? len - EOCD_SIZE - 65535 : 0;
	/* From the end back: each 'P' found by memrchr, the one at i - 1 next. */
	for (size_t top = len - EOCD_SIZE + 1; top > lowest;) {
		const unsigned char *pk = memrchr(d + lowest, 'P', top - lowest);
		if (!pk)
			break;
		size_t i = (size_t)(pk - d);
		top = i;
		if (memcmp(d + i, "PK\x05\x06", 4) != 0)
			continue;
		const unsigned char *e = d + i;
		uint32_t count = le16(e + 10), cd_size = le32(e + 12), cd_off = le32(e + 16);
		size_t comment = le16(e + 20);
		if (cd_size > i || (count > 0 && cd_size < CDH_SIZE))
			continue; /* includes zip64's 0xFFFFFFFF markers */
		size_t start = i - cd_size;
		if (count > 0 && memcmp(d + start, "PK\x01\x02", 4) != 0)
			continue;
		if (cd_off > start)
			continue;
		out->eocd = i;
		out->cd_start = start;
		out->cd_size = cd_size;
		out->base = start - cd_off;
		out->count = count;
		out->trailing = len - i - EOCD_SIZE > comment ? len - i - EOCD_SIZE - comment : 0;
		return true;
	}
	return false;
}

int cc_zipdir_walk(const void *data, size_t len, cc_zipdir_cb cb, void *payload)
{
	const unsigned char *d = data;
	cc_zip_info zi;
	if (!cc_zipdir_locate(data, len, &zi))
		return -1;
	const unsigned char *p = d + zi.cd_start, *end = p + zi.cd_size;
	for (uint32_t i = 0; i < zi.count; i++) {
		if ((size_t)(end - p) < CDH_SIZE || memcmp(p, "PK\x01\x02", 4) != 0)
			return -1;
		size_t name_len = le16(p + 28), extra = le16(p + 30), comment = le16(p + 32);
		if ((size_t)(end - p) - CDH_SIZE < name_len + extra + comment)
			return -1;
		cc_zip_entry e = {
			.name = (const char *)p + CDH_SIZE,
			.name_len = name_len,
			.method = (uint16_t)le16(p + 10),
			.csize = le32(p + 20),
			.usize = le32(p + 24),
			.local = zi.base + le32(p + 42),
		};
		int r = cb(&e, payload);
		if (r != 0)
			return r;
		p += CDH_SIZE + name_len + extra + comment;
	}
	return 0;
}

char *cc_zipdir_read(const void *data, size_t len, const cc_zip_entry *e, size_t max, size_t *out_len)
{
	const unsigned char *d = data;
	if (e->local > len || len - e->local < LFH_SIZE || memcmp(d + e->local, "PK\x03\x04", 4) != 0)
		return NULL;
	size_t skip = LFH_SIZE + le16(d + e->local + 26) + le16(d + e->local + 28);
	if (len - e->local < skip || len - e->local - skip < e->csize)
		return NULL;
	const unsigned char *src = d + e->local + skip;
	char *out = cc_xmalloc(max + 1);
	size_t n = 0;
	if (e->method == 0) {
		n = e->csize < max ? e->csize : max;
		memcpy(out, src, n);
	} else if (e->method == 8) {
		z_stream zs;
		memset(&zs, 0, sizeof zs);
		if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
			free(out);
			return NULL;
		}
		zs.next_in = (unsigned char *)(uintptr_t)src;
		zs.avail_in = e->csize;
		zs.next_out = (unsigned char *)out;
		zs.avail_out = (uInt)max;
		int rc = inflate(&zs, Z_FINISH);
		n = max - zs.avail_out;
		inflateEnd(&zs);
		if (rc != Z_STREAM_END && rc != Z_BUF_ERROR && rc != Z_OK) {
			free(out);
			return NULL;
		}
	} else {
		free(out);
		return NULL;
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}
