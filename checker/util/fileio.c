#include "util/fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/strbuf.h"

int cc_read_file(const char *path, size_t max_len, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	cc_strbuf sb = CC_STRBUF_INIT;
	char chunk[65536];
	size_t n;
	int err = 0;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (sb.len + n > max_len) {
			err = EFBIG;
			break;
		}
		cc_strbuf_add(&sb, chunk, n);
	}
	if (!err && ferror(f))
		err = errno ? errno : EIO;
	fclose(f);
	if (err) {
		cc_strbuf_free(&sb);
		errno = err;
		return -1;
	}
	*len = sb.len;
	*out = cc_strbuf_detach(&sb);
	return 0;
}
