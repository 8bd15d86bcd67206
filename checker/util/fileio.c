#include "util/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/strbuf.h"

int cc_read_file(const char *path, size_t max_len, char **out, size_t *len)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; only a
	 * regular file is read (a FIFO or device could block or never end). */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	int flags = fcntl(fd, F_GETFL);
	if (flags >= 0)
		fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
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
