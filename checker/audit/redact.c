/* redact.c: the names casecheck's schemas define (collected once from the
 * embedded schema files: every key of a "properties" object and every
 * "required" entry, metaschemas left out), and pointers redacted against
 * them. Suggestions: the known name at the smallest edit distance, when
 * that is at most a third of the name's length (and at most 3). */
#include "redact.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "embedded/embedded.h"
#include "util/editdist.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static char **known;
static size_t n_known;
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static void add_name(size_t *cap, const char *name)
{
	known = cc_xgrow(known, cap, n_known + 1, sizeof *known);
	known[n_known++] = cc_xstrdup(name);
}

static void collect(const cJSON *node, size_t *cap)
{
	const cJSON *it;
	if (!cJSON_IsObject(node) && !cJSON_IsArray(node))
		return;
	cJSON_ArrayForEach(it, node) {
		if (it->string && !strcmp(it->string, "properties") && cJSON_IsObject(it)) {
			const cJSON *p;
			cJSON_ArrayForEach(p, it)
				add_name(cap, p->string);
		} else if (it->string && !strcmp(it->string, "required") && cJSON_IsArray(it)) {
			const cJSON *r;
			cJSON_ArrayForEach(r, it)
				if (cJSON_IsString(r))
					add_name(cap, r->valuestring);
		}
		collect(it, cap);
	}
}

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_known(void)
{
	size_t cap = 0;
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		size_t n = strlen(f->path);
		if (!strncmp(f->path, "metaschemas/", 12) || n < 5 || strcmp(f->path + n - 5, ".json"))
			continue;
		cJSON *doc = cJSON_ParseWithLength((const char *)f->data, f->len);
		collect(doc, &cap);
		cJSON_Delete(doc);
	}
	qsort(known, n_known, sizeof *known, by_str);
	size_t w = 0;
	for (size_t r = 0; r < n_known; r++) {
		if (w && !strcmp(known[w - 1], known[r]))
			free(known[r]);
		else
			known[w++] = known[r];
	}
	n_known = w;
}

int cc_redact_known_name(const char *name, size_t len)
{
	pthread_once(&known_once, load_known);
	size_t lo = 0, hi = n_known;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(known[mid], name, len);
		if (c == 0)
			c = known[mid][len] ? 1 : 0;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static const char *nearest(const char *name, size_t len)
{
	size_t limit = cc_edit_near_limit(len), best = limit + 1;
	const char *found = NULL;
	for (size_t i = 0; i < n_known; i++) {
		size_t d = cc_edit_distance(name, len, known[i], strlen(known[i]));
		if (d < best) {
			best = d;
			found = known[i];
		}
	}
	return found;
}

/* Characters (UTF-8 code points) in a token, escapes (~0, ~1, \xNN) as one. */
static size_t token_chars(const char *t, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i];
		if ((c & 0xC0) == 0x80)
			continue;
		if (c == '~' && i + 1 < len)
			i++;
		else if (c == '\\' && i + 3 < len && t[i + 1] == 'x')
			i += 3;
		n++;
	}
	return n;
}

static bool is_index(const char *t, size_t len)
{
	if (len == 0 || len > 6)
		return false;
	for (size_t i = 0; i < len; i++)
		if (t[i] < '0' || t[i] > '9')
			return false;
	return true;
}

void cc_redact_pointer(cc_redacted *out, const char *pointer)
{
	pthread_once(&known_once, load_known);
	cc_strbuf sb = CC_STRBUF_INIT;
	out->count = 0;
	out->suggest = NULL;
	const char *p = pointer ? pointer : "";
	while (*p == '/') {
		const char *t = p + 1, *end = strchr(t, '/');
		size_t len = end ? (size_t)(end - t) : strlen(t);
		cc_strbuf_putc(&sb, '/');
		if (is_index(t, len) || cc_redact_known_name(t, len)) {
			cc_strbuf_add(&sb, t, len);
		} else {
			size_t n = token_chars(t, len);
			cc_strbuf_printf(&sb, "<name of %zu character%s>", n, n == 1 ? "" : "s");
			out->count++;
			out->suggest = nearest(t, len);
		}
		p = t + len;
	}
	cc_strbuf_puts(&sb, p); /* nothing, for a well-formed pointer */
	out->pointer = cc_strbuf_detach(&sb);
}

void cc_redacted_clear(cc_redacted *r)
{
	free(r->pointer);
	r->pointer = NULL;
}
