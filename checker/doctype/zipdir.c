/* zipdir.c: the names in a zip archive's central directory.
 *
 * Reads only what is in the buffer, never past it: every offset and length
 * taken from the archive is checked before use. No decompression. */
#include "zipdir.h"

#include <string.h>

#define EOCD_SIZE 22
#define CDH_SIZE 46

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/* The end of central directory record: the last one within the final
 * 22 + 65535 bytes (a comment may follow it). */
static const unsigned char *find_eocd(const unsigned char *d, size_t len)
{
	if (len < EOCD_SIZE)
		return NULL;
	size_t lowest = len - EOCD_SIZE > 65535 ? len - EOCD_SIZE - 65535 : 0;
	for (size_t i = len - EOCD_SIZE + 1; i-- > lowest;)
		if (memcmp(d + i, "PK\x05\x06", 4) == 0)
			return d + i;
	return NULL;
}

int cc_zipdir_walk(const void *data, size_t len, cc_zipdir_cb cb, void *payload)
{
	const unsigned char *d = data;
	const unsigned char *eocd = find_eocd(d, len);
	if (!eocd)
		return -1;
	uint32_t count = le16(eocd + 10);
	uint32_t cd_size = le32(eocd + 12), cd_off = le32(eocd + 16);
	if (cd_off > len || cd_size > len - cd_off)
		return -1; /* includes zip64's 0xFFFFFFFF markers */
	const unsigned char *p = d + cd_off, *end = d + cd_off + cd_size;
	for (uint32_t i = 0; i < count; i++) {
		if ((size_t)(end - p) < CDH_SIZE || memcmp(p, "PK\x01\x02", 4) != 0)
			return -1;
		size_t name_len = le16(p + 28), extra = le16(p + 30), comment = le16(p + 32);
		if ((size_t)(end - p) - CDH_SIZE < name_len + extra + comment)
			return -1;
		int r = cb((const char *)p + CDH_SIZE, name_len, payload);
		if (r != 0)
			return r;
		p += CDH_SIZE + name_len + extra + comment;
	}
	return 0;
}
