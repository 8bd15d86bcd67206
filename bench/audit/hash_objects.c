/*
 * hash_objects: hashes every object of a `git cat-file --batch-all-objects
 * --batch` dump exactly as libgit2 verifies an object it reads
 * (git_odb_hash: SHA-1 of "<type> <size>\0" and the content), and checks
 * each id against the dump's. The audit bench times it on a line of its
 * own: the cost of the hash verification casecheck keeps on (libgit2 checks
 * every object it inflates) and `git cat-file` does not do.
 *
 *   hash_objects DUMP      prints "N objects, B bytes hashed"; exit 1 on a mismatch
 */
#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: hash_objects DUMP\n");
		return 2;
	}
	int fd = open(argv[1], O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		perror(argv[1]);
		return 2;
	}
	size_t len = (size_t)st.st_size;
	const char *p = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : "";
	if (p == MAP_FAILED) {
		perror("mmap");
		return 2;
	}
	git_libgit2_init();
	size_t at = 0, n = 0, bytes = 0, bad = 0;
	while (at < len) {
		const char *nl = memchr(p + at, '\n', len - at);
		char hex[64], type[16];
		size_t size;
		if (!nl || sscanf(p + at, "%63s %15s %zu", hex, type, &size) != 3 || (size_t)(nl - p) + 1 + size > len) {
			fprintf(stderr, "hash_objects: bad dump at byte %zu\n", at);
			return 2;
		}
		const char *data = nl + 1;
		git_oid want, got;
		if (git_oid_fromstr(&want, hex) < 0 || git_odb_hash(&got, data, size, git_object_string2type(type)) < 0) {
			fprintf(stderr, "hash_objects: cannot hash %s\n", hex);
			return 2;
		}
		bad += !git_oid_equal(&want, &got);
		n++;
		bytes += size;
		at = (size_t)(data - p) + size + 1; /* the newline after the content */
	}
	printf("%zu objects, %zu bytes hashed%s\n", n, bytes, bad ? ", MISMATCHES" : "");
	git_libgit2_shutdown();
	return bad ? 1 : 0;
}
