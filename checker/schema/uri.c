/* uri.c: RFC 3986 reference resolution, enough for `$id` and `$ref`. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/chars.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct part {
	const char *s;
	size_t len;
	bool has;
} part;

typedef struct uri_parts {
	part scheme, authority, path, query, fragment;
} uri_parts;

static void parse(const char *u, uri_parts *p)
{
	memset(p, 0, sizeof *p);
	const char *s = u;
	if (isalpha((unsigned char)*s)) {
		const char *t = s + 1;
		while (isalnum((unsigned char)*t) || *t == '+' || *t == '-' || *t == '.')
			t++;
		if (*t == ':') {
			p->scheme = (part){s, (size_t)(t - s), true};
			s = t + 1;
		}
	}
	if (s[0] == '/' && s[1] == '/') {
		s += 2;
		size_t n = strcspn(s, "/?#");
		p->authority = (part){s, n, true};
		s += n;
	}
	size_t n = strcspn(s, "?#");
	p->path = (part){s, n, true};
	s += n;
	if (*s == '?') {
		s++;
		n = strcspn(s, "#");
		p->query = (part){s, n, true};
		s += n;
	}
	if (*s == '#') {
		s++;
		p->fragment = (part){s, strlen(s), true};
	}
}

/* Drops the last segment (and its '/') appended to out after base. */
static void pop_segment(cc_strbuf *out, size_t base)
{
	size_t i = out->len;
	while (i > base && out->buf[i - 1] != '/')
		i--;
	if (i > base)
		i--;
	cc_strbuf_truncate(out, i);
}

/* RFC 3986 §5.2.4 on path (len bytes); result appended to out. */
static void remove_dots(cc_strbuf *out, const char *path, size_t len)
{
	char *in = cc_xstrndup(path, len);
	const char *s = in;
	size_t base = out->len;
	while (*s) {
		if (!strncmp(s, "../", 3)) {
			s += 3;
		} else if (!strncmp(s, "./", 2) || !strncmp(s, "/./", 3)) {
			s += 2;
		} else if (!strcmp(s, "/.")) {
			s = "/";
		} else if (!strncmp(s, "/../", 4)) {
			s += 3;
			pop_segment(out, base);
		} else if (!strcmp(s, "/..")) {
			s = "/";
			pop_segment(out, base);
		} else if (!strcmp(s, ".") || !strcmp(s, "..")) {
			break;
		} else {
			size_t n = (s[0] == '/') + strcspn(s + (s[0] == '/'), "/");
			cc_strbuf_add(out, s, n);
			s += n;
		}
	}
	free(in);
}

static void put(cc_strbuf *sb, part p)
{
	cc_strbuf_add(sb, p.s, p.len);
}

char *uri_resolve(const char *base, const char *ref)
{
	uri_parts b, r;
	cc_strbuf out = CC_STRBUF_INIT;
	if (!base || !*base)
		return cc_xstrdup(ref);
	parse(base, &b);
	parse(ref, &r);
	part scheme = r.scheme.has ? r.scheme : b.scheme;
	if (scheme.has) {
		put(&out, scheme);
		cc_strbuf_putc(&out, ':');
	}
	if (r.scheme.has || r.authority.has) {
		if (r.authority.has) {
			cc_strbuf_puts(&out, "//");
			put(&out, r.authority);
		}
		remove_dots(&out, r.path.s, r.path.len);
		if (r.query.has) {
			cc_strbuf_putc(&out, '?');
			put(&out, r.query);
		}
	} else {
		if (b.authority.has) {
			cc_strbuf_puts(&out, "//");
			put(&out, b.authority);
		}
		if (!r.path.len) {
			put(&out, b.path);
			part q = r.query.has ? r.query : b.query;
			if (q.has) {
				cc_strbuf_putc(&out, '?');
				put(&out, q);
			}
		} else {
			if (r.path.s[0] == '/') {
				remove_dots(&out, r.path.s, r.path.len);
			} else {
				cc_strbuf merged = CC_STRBUF_INIT;
				if (b.authority.has && !b.path.len) {
					cc_strbuf_putc(&merged, '/');
				} else {
					size_t k = b.path.len;
					while (k && b.path.s[k - 1] != '/')
						k--;
					cc_strbuf_add(&merged, b.path.s, k);
				}
				put(&merged, r.path);
				remove_dots(&out, merged.buf, merged.len);
				cc_strbuf_free(&merged);
			}
			if (r.query.has) {
				cc_strbuf_putc(&out, '?');
				put(&out, r.query);
			}
		}
	}
	if (r.fragment.has) {
		cc_strbuf_putc(&out, '#');
		put(&out, r.fragment);
	}
	return cc_strbuf_detach(&out);
}

char *uri_split(const char *uri, const char **frag)
{
	const char *hash = strchr(uri, '#');
	if (!hash) {
		*frag = uri + strlen(uri);
		return cc_xstrdup(uri);
	}
	*frag = hash + 1;
	return cc_xstrndup(uri, (size_t)(hash - uri));
}

char *uri_percent_decode(const char *s)
{
	cc_strbuf out = CC_STRBUF_INIT;
	cc_strbuf_puts(&out, "");
	for (; *s; s++) {
		if (s[0] == '%' && cc_hexval((unsigned char)s[1]) >= 0 && cc_hexval((unsigned char)s[2]) >= 0) {
			cc_strbuf_putc(&out, (char)(cc_hexval((unsigned char)s[1]) * 16 + cc_hexval((unsigned char)s[2])));
			s += 2;
		} else {
			cc_strbuf_putc(&out, *s);
		}
	}
	return cc_strbuf_detach(&out);
}
