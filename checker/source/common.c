/* common.c: error messages, directory lists and capped blob reads shared
 * by the three kinds of source. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static int set_error(char **errmsg, int code, bool with_git, const char *fmt, va_list ap)
{
	if (!errmsg)
		return code;
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_vprintf(&sb, fmt, ap);
	if (with_git) {
		const git_error *e = git_error_last();
		cc_strbuf_printf(&sb, ": %s", e && e->message ? e->message : "unknown git error");
	}
	*errmsg = cc_strbuf_detach(&sb); /* the caller passed NULL or freed it */
	return code;
}

int cc_src_error(char **errmsg, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_error(errmsg, code, false, fmt, ap);
	va_end(ap);
	return code;
}

int cc_src_git_error(char **errmsg, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_error(errmsg, code, true, fmt, ap);
	va_end(ap);
	return code;
}

void cc_dirlist_push(cc_dirlist *list, size_t *cap, const char *name, size_t len, cc_entry_type type)
{
	list->items = cc_xgrow(list->items, cap, list->count + 1, sizeof *list->items);
	cc_dirent *d = &list->items[list->count++];
	d->name = cc_xstrndup(name, len);
	d->type = type;
}

static int by_name(const void *a, const void *b)
{
	/* strcmp compares as unsigned char: bytewise order */
	return strcmp(((const cc_dirent *)a)->name, ((const cc_dirent *)b)->name);
}

void cc_dirlist_sort_unique(cc_dirlist *list)
{
	if (list->count < 2)
		return;
	qsort(list->items, list->count, sizeof *list->items, by_name);
	size_t w = 1;
	for (size_t r = 1; r < list->count; r++) {
		if (!strcmp(list->items[r].name, list->items[w - 1].name)) {
			free(list->items[r].name);
			continue;
		}
		list->items[w++] = list->items[r];
	}
	list->count = w;
}

void cc_dirlist_clear(cc_dirlist *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->count; i++)
		free(list->items[i].name);
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

int cc_src_read_blob(cc_source *src, const git_oid *id, const char *path, size_t max_len,
                     char **buf, size_t *len, char **errmsg)
{
	size_t size = 0;
	git_object_t type = GIT_OBJECT_INVALID;
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof hex, id);
	if (git_odb_read_header(&size, &type, src->odb, id) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot read object %s (%s)", hex, path);
	if (type != GIT_OBJECT_BLOB)
		return cc_src_error(errmsg, CC_ERROR, "object %s (%s) is not a blob", hex, path);
	if (size > max_len)
		return cc_src_error(errmsg, CC_ETOOBIG, "%s is %zu bytes, over the limit of %zu", path,
		                    size, max_len);
	git_blob *blob = NULL;
	if (git_blob_lookup(&blob, src->repo, id) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot read object %s (%s)", hex, path);
	size_t n = (size_t)git_blob_rawsize(blob);
	if (n > max_len) {
		git_blob_free(blob);
		return cc_src_error(errmsg, CC_ETOOBIG, "%s is %zu bytes, over the limit of %zu", path, n,
		                    max_len);
	}
	char *out = cc_xmalloc(n + 1);
	if (n)
		memcpy(out, git_blob_rawcontent(blob), n);
	out[n] = '\0';
	git_blob_free(blob);
	*buf = out;
	*len = n;
	return 0;
}
