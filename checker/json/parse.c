/* parse.c: the strict, iterative JSON parser (see json/json.h).
 *
 * The parser keeps an explicit stack of open containers instead of
 * recursing, so nesting depth is limited only by limits->max_depth. Every
 * node is attached to its parent as soon as it is created, so on any error
 * deleting the root frees everything. */
#include "json/json.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/internal.h"
#include "util/chars.h"
#include "util/arena.h"
#include "util/hash.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Objects with more members than this get a hash table for duplicate
 * detection; smaller ones are scanned. */
#define HASH_AFTER 16

typedef struct frame {
	cJSON *node;  /* the open container */
	cJSON *last;  /* its last child */
	size_t count; /* children so far */
	cJSON **tab;  /* open-addressing table of members, or NULL */
	size_t tabcap;
} frame;

typedef struct parser {
	const unsigned char *buf;
	size_t len, pos;
	const cc_json_limits *lim;
	frame *stack;
	size_t depth, cap;
	cJSON *root;
	char *key; /* key of the member whose value comes next (owned) */
	size_t key_len;
	int at_value; /* the error is about the next value, not the container */
	cc_json_error *err;
	cc_arena *arena; /* nodes and strings come from here, or (NULL) from malloc */
} parser;

/* n bytes for a string of the tree being built. */
static char *str_alloc(parser *p, size_t n)
{
	return p->arena ? cc_arena_alloc(p->arena, n) : cc_xmalloc(n);
}

/* Gives back a string from str_alloc that did not make it into the tree. */
static void str_free(parser *p, char *s)
{
	if (!p->arena)
		free(s);
}

size_t cc_json_key_len(const cJSON *member)
{
	if (!member || !member->string)
		return 0;
	if (member->type & CC_JSON_KEY_HAS_NUL)
		return (size_t)((unsigned)member->type >> CC_JSON_KEY_LEN_SHIFT);
	return strlen(member->string);
}

size_t cc_json_string_len(const cJSON *node)
{
	if (!node || !node->valuestring)
		return 0;
	if (node->valuedouble > 0)
		return (size_t)node->valuedouble;
	return strlen(node->valuestring);
}

const char *cc_json_number_text(const cJSON *node)
{
	if (!node || !cJSON_IsNumber(node))
		return NULL;
	return node->valuestring;
}

/* Builds the pointer of the error position from the stack. */
static void error_pointer(parser *p, cc_strbuf *ptr)
{
	for (size_t i = 0; i < p->depth; i++) {
		frame *f = &p->stack[i];
		int top = i + 1 == p->depth;
		if (top && !p->at_value)
			break;
		if (cJSON_IsObject(f->node)) {
			if (top)
				cc_json_pointer_push(ptr, p->key ? p->key : "", p->key ? p->key_len : 0);
			else
				cc_json_pointer_push(ptr, f->last->string, cc_json_key_len(f->last));
		} else {
			cc_json_pointer_push_index(ptr, top ? f->count : f->count - 1);
		}
	}
}

static int fail_at(parser *p, size_t offset, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail_at(parser *p, size_t offset, const char *fmt, ...)
{
	if (!p->err)
		return -1;
	cc_json_error *e = p->err;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof e->message, fmt, ap);
	va_end(ap);
	cc_strbuf ptr = CC_STRBUF_INIT;
	error_pointer(p, &ptr);
	snprintf(e->pointer, sizeof e->pointer, "%s", cc_strbuf_cstr(&ptr));
	cc_strbuf_free(&ptr);
	if (offset > p->len)
		offset = p->len;
	e->offset = offset;
	e->line = 1;
	e->column = 1;
	for (size_t i = 0; i < offset; i++) {
		if (p->buf[i] == '\n') {
			e->line++;
			e->column = 1;
		} else if ((p->buf[i] & 0xC0) != 0x80) {
			e->column++;
		}
	}
	return -1;
}

static void skip_ws(parser *p)
{
	while (p->pos < p->len) {
		unsigned char c = p->buf[p->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

/* Length of the valid UTF-8 sequence at s (n bytes available), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	uint32_t cp;
	return cc_utf8_decode(s, n, &cp);
}

static int hex4(const unsigned char *s, unsigned *out)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		int d = cc_hexval(s[i]);
		if (d < 0)
			return -1;
		v = v << 4 | (unsigned)d;
	}
	*out = v;
	return 0;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The offset of the '"' that closes the string whose text starts at
 * start, or len when none does: the first '"' after an even number of
 * backslashes (each pair an escaped backslash). */
static size_t string_end(const unsigned char *b, size_t start, size_t len)
{
	size_t at = start;
	for (;;) {
		const unsigned char *q = memchr(b + at, '"', len - at);
		if (!q)
			return len;
		size_t end = (size_t)(q - b), k = end;
		while (k > start && b[k - 1] == '\\')
			k--;
		if ((end - k) % 2 == 0)
			return end;
		at = end + 1;
	}
}

/* Whether the 8 bytes at s are all printable ASCII other than '\\' (so
 * copied as they are), tested a word at a time. */
static bool plain8(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t x;
	memcpy(&x, s, 8);
	uint64_t bs = x ^ (ones * '\\');
	uint64_t bad = (x & highs) | ((x - ones * 0x20) & ~x & highs) | ((bs - ones) & ~bs & highs);
	return bad == 0;
}

/* Parses the string at p->pos (which is '"') into a new buffer
 * (str_alloc: the arena's when the parser has one). */
static int parse_string(parser *p, char **out, size_t *out_len)
{
	const unsigned char *b = p->buf;
	size_t start = ++p->pos, end = string_end(b, start, p->len);
	if (end >= p->len)
		return fail_at(p, start - 1, "unterminated string");
	char *s = str_alloc(p, end - start + 1);
	size_t o = 0, i = start;
	while (i < end) {
		unsigned char c = b[i];
		if (c == '\\') {
			unsigned char e = b[i + 1];
			const char *simple = strchr("\"\\/bfnrt", e);
			if (e && simple) {
				static const char map[] = "\"\\/\b\f\n\r\t";
				s[o++] = map[simple - "\"\\/bfnrt"];
				i += 2;
				continue;
			}
			unsigned cp, lo;
			if (e != 'u' || i + 6 > end || hex4(b + i + 2, &cp) < 0) {
				str_free(p, s);
				return fail_at(p, i, "invalid escape sequence in string");
			}
			if (cp >= 0xDC00 && cp <= 0xDFFF) {
				str_free(p, s);
				return fail_at(p, i, "unpaired UTF-16 surrogate in string");
			}
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (i + 12 > end || b[i + 6] != '\\' || b[i + 7] != 'u' || hex4(b + i + 8, &lo) < 0 ||
				    lo < 0xDC00 || lo > 0xDFFF) {
					str_free(p, s);
					return fail_at(p, i, "unpaired UTF-16 surrogate in string");
				}
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			}
			o += put_utf8(s + o, cp);
			i += 6;
			continue;
		}
		if (c >= 0x20 && c < 0x80) {
			size_t j = i + 1;
			while (j + 8 <= end && plain8(b + j))
				j += 8;
			while (j < end && b[j] >= 0x20 && b[j] < 0x80 && b[j] != '\\')
				j++;
			memcpy(s + o, b + i, j - i);
			o += j - i;
			i = j;
			continue;
		}
		if (c < 0x20) {
			str_free(p, s);
			return fail_at(p, i, "control character in string must be escaped");
		}
		size_t n = utf8_seq(b + i, end - i);
		if (!n) {
			str_free(p, s);
			return fail_at(p, i, "invalid UTF-8 in string");
		}
		memcpy(s + o, b + i, n);
		o += n;
		i += n;
	}
	s[o] = '\0';
	p->pos = end + 1;
	*out = s;
	*out_len = o;
	return 0;
}

static cJSON *new_node(parser *p, int type)
{
	if (p->arena) {
		cJSON *n = cc_arena_calloc(p->arena, sizeof *n);
		n->type = type;
		return n;
	}
	cJSON *n = cJSON_CreateNull();
	if (!n) {
		fprintf(stderr, "casecheck: out of memory\n");
		abort();
	}
	n->type = type;
	return n;
}

static int parse_number(parser *p, cJSON **out)
{
	const unsigned char *b = p->buf;
	size_t i = p->pos, n = p->len;
	if (i < n && b[i] == '-')
		i++;
	if (i < n && b[i] == '0') {
		i++;
	} else if (i < n && b[i] >= '1' && b[i] <= '9') {
		while (i < n && b[i] >= '0' && b[i] <= '9')
			i++;
	} else {
		return fail_at(p, p->pos, "invalid number");
	}
	if (i < n && b[i] == '.') {
		i++;
		if (i >= n || b[i] < '0' || b[i] > '9')
			return fail_at(p, p->pos, "invalid number");
		while (i < n && b[i] >= '0' && b[i] <= '9')
			i++;
	}
	if (i < n && (b[i] == 'e' || b[i] == 'E')) {
		i++;
		if (i < n && (b[i] == '+' || b[i] == '-'))
			i++;
		if (i >= n || b[i] < '0' || b[i] > '9')
			return fail_at(p, p->pos, "invalid number");
		while (i < n && b[i] >= '0' && b[i] <= '9')
			i++;
	}
	char *text = str_alloc(p, i - p->pos + 1);
	memcpy(text, b + p->pos, i - p->pos);
	text[i - p->pos] = '\0';
	double d = strtod(text, NULL);
	if (isinf(d)) {
		str_free(p, text);
		return fail_at(p, p->pos, "number is too large");
	}
	cJSON *node = new_node(p, cJSON_Number);
	node->valuestring = text;
	node->valuedouble = d;
	node->valueint = d >= INT_MAX ? INT_MAX : d <= (double)INT_MIN ? INT_MIN : (int)d;
	p->pos = i;
	*out = node;
	return 0;
}

static int key_equal(const cJSON *m, const char *key, size_t len)
{
	return cc_json_key_is(m, key, len);
}

static void tab_insert(frame *f, cJSON *m)
{
	size_t mask = f->tabcap - 1;
	size_t h = (size_t)cc_hash_add(CC_HASH_INIT, m->string, cc_json_key_len(m)) & mask;
	while (f->tab[h])
		h = (h + 1) & mask;
	f->tab[h] = m;
}

static void tab_rebuild(frame *f)
{
	free(f->tab);
	f->tabcap = 64;
	while (f->tabcap < f->count * 2 + 2)
		f->tabcap *= 2;
	f->tab = cc_xcalloc(f->tabcap, sizeof *f->tab);
	for (cJSON *m = f->node->child; m; m = m->next)
		tab_insert(f, m);
}

static int has_key(frame *f, const char *key, size_t len)
{
	if (!f->tab) {
		for (cJSON *m = f->node->child; m; m = m->next)
			if (key_equal(m, key, len))
				return 1;
		return 0;
	}
	size_t mask = f->tabcap - 1;
	for (size_t h = (size_t)cc_hash_add(CC_HASH_INIT, key, len) & mask; f->tab[h]; h = (h + 1) & mask)
		if (key_equal(f->tab[h], key, len))
			return 1;
	return 0;
}

/* Parses `"key" :` of the next member of the top object into p->key. */
static int parse_key(parser *p)
{
	frame *f = &p->stack[p->depth - 1];
	skip_ws(p);
	if (p->pos >= p->len || p->buf[p->pos] != '"')
		return fail_at(p, p->pos, "expected a member name in double quotes");
	size_t at = p->pos;
	if (parse_string(p, &p->key, &p->key_len) < 0)
		return -1;
	if (memchr(p->key, '\0', p->key_len) && p->key_len > CC_JSON_KEY_LEN_MAX)
		return fail_at(p, at, "member name with a NUL character is too long");
	p->at_value = 1;
	if (has_key(f, p->key, p->key_len))
		return fail_at(p, at, "duplicate member name");
	p->at_value = 0;
	skip_ws(p);
	if (p->pos >= p->len || p->buf[p->pos] != ':')
		return fail_at(p, p->pos, "expected ':' after a member name");
	p->pos++;
	p->at_value = 1;
	return 0;
}

/* Attaches node as the next child of the top container (or as the root). */
static void attach(parser *p, cJSON *node)
{
	if (!p->depth) {
		p->root = node;
		return;
	}
	frame *f = &p->stack[p->depth - 1];
	if (cJSON_IsObject(f->node)) {
		node->string = p->key;
		if (memchr(p->key, '\0', p->key_len))
			node->type |= CC_JSON_KEY_HAS_NUL | (int)((unsigned)p->key_len << CC_JSON_KEY_LEN_SHIFT);
		p->key = NULL;
	}
	if (!f->node->child) {
		f->node->child = node;
		node->prev = node;
	} else {
		f->last->next = node;
		node->prev = f->last;
		f->node->child->prev = node;
	}
	f->last = node;
	f->count++;
	if (cJSON_IsObject(f->node)) {
		if (f->tab && f->count * 2 + 2 <= f->tabcap)
			tab_insert(f, node);
		else if (f->tab || f->count > HASH_AFTER)
			tab_rebuild(f);
	}
	p->at_value = 0;
}

static int push(parser *p, cJSON *node)
{
	if (p->depth >= p->lim->max_depth) {
		if (!p->arena)
			cJSON_Delete(node);
		return fail_at(p, p->pos, "nesting deeper than %zu levels", p->lim->max_depth);
	}
	attach(p, node);
	p->stack = cc_xgrow(p->stack, &p->cap, p->depth + 1, sizeof *p->stack);
	frame *f = &p->stack[p->depth++];
	memset(f, 0, sizeof *f);
	f->node = node;
	return 0;
}

static void pop(parser *p)
{
	frame *f = &p->stack[--p->depth];
	free(f->tab);
	f->tab = NULL;
}

/* Parses a scalar at p->pos into *out. */
static int parse_scalar(parser *p, cJSON **out)
{
	const unsigned char *b = p->buf + p->pos;
	size_t left = p->len - p->pos;
	static const struct {
		const char *word;
		size_t len;
		int type;
	} words[] = {{"true", 4, cJSON_True}, {"false", 5, cJSON_False}, {"null", 4, cJSON_NULL}};
	if (*b == '"') {
		char *s;
		size_t len;
		if (parse_string(p, &s, &len) < 0)
			return -1;
		cJSON *node = new_node(p, cJSON_String);
		node->valuestring = s;
		node->valuedouble = (double)len;
		node->valueint = len > INT_MAX ? INT_MAX : (int)len;
		*out = node;
		return 0;
	}
	if (*b == '-' || (*b >= '0' && *b <= '9'))
		return parse_number(p, out);
	for (size_t i = 0; i < 3; i++) {
		if (left >= words[i].len && !memcmp(b, words[i].word, words[i].len)) {
			cJSON *node = new_node(p, words[i].type);
			if (words[i].type == cJSON_True)
				node->valueint = 1;
			p->pos += words[i].len;
			*out = node;
			return 0;
		}
	}
	if (*b >= 0x80 && !utf8_seq(b, left))
		return fail_at(p, p->pos, "invalid UTF-8");
	return fail_at(p, p->pos, "unexpected character");
}

/* After a value: handles ',' and closing brackets. Returns 1 when the
 * parser should read another value, 0 when the document is complete. */
static int after_value(parser *p)
{
	while (p->depth) {
		frame *f = &p->stack[p->depth - 1];
		int obj = cJSON_IsObject(f->node);
		skip_ws(p);
		if (p->pos >= p->len)
			return fail_at(p, p->pos, "unexpected end of document");
		unsigned char c = p->buf[p->pos];
		if (c == ',') {
			p->pos++;
			if (obj && parse_key(p) < 0)
				return -1;
			p->at_value = 1;
			return 1;
		}
		if (c == (obj ? '}' : ']')) {
			p->pos++;
			pop(p);
			continue;
		}
		return fail_at(p, p->pos, obj ? "expected ',' or '}' after a member" : "expected ',' or ']' after an element");
	}
	return 0;
}

static int parse_document(parser *p)
{
	for (;;) {
		skip_ws(p);
		if (p->pos >= p->len)
			return fail_at(p, p->pos, "unexpected end of document");
		unsigned char c = p->buf[p->pos];
		if (c == '{' || c == '[') {
			if (push(p, new_node(p, c == '{' ? cJSON_Object : cJSON_Array)) < 0)
				return -1;
			p->pos++;
			skip_ws(p);
			if (p->pos < p->len && p->buf[p->pos] == (c == '{' ? '}' : ']')) {
				p->pos++;
				pop(p);
			} else {
				if (c == '{' && parse_key(p) < 0)
					return -1;
				p->at_value = 1;
				continue;
			}
		} else {
			cJSON *node = NULL;
			if (parse_scalar(p, &node) < 0)
				return -1;
			attach(p, node);
		}
		int more = after_value(p);
		if (more < 0)
			return -1;
		if (!more)
			return 0;
	}
}

/* A UTF-16 or UTF-32 document, with or without a byte-order mark, is
 * named as such: JSON text starts with an ASCII character, so a NUL among
 * its first two bytes means 16 or 32-bit code units (RFC 4627 §3). The
 * UTF-32 marks are tested first: FF FE 00 00 also starts like UTF-16's. */
static bool utf16(parser *p)
{
	const unsigned char *b = p->buf;
	const char *what = NULL;
	if (p->len >= 4 && b[0] == 0xFF && b[1] == 0xFE && !b[2] && !b[3])
		what = "UTF-32 (little-endian, with a byte-order mark)";
	else if (p->len >= 4 && !b[0] && !b[1] && b[2] == 0xFE && b[3] == 0xFF)
		what = "UTF-32 (big-endian, with a byte-order mark)";
	else if (p->len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		what = "UTF-16 (little-endian, with a byte-order mark)";
	else if (p->len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		what = "UTF-16 (big-endian, with a byte-order mark)";
	else if (p->len >= 4 && b[0] && !b[1] && !b[2] && !b[3])
		what = "UTF-32 (little-endian, without a byte-order mark)";
	else if (p->len >= 4 && !b[0] && !b[1] && !b[2] && b[3])
		what = "UTF-32 (big-endian, without a byte-order mark)";
	else if (p->len >= 2 && b[0] && !b[1])
		what = "UTF-16 (little-endian, without a byte-order mark)";
	else if (p->len >= 2 && !b[0] && b[1])
		what = "UTF-16 (big-endian, without a byte-order mark)";
	if (!what)
		return false;
	fail_at(p, 0, "the document is %s; JSON documents must be UTF-8: save it as UTF-8", what);
	return true;
}

static int parse(cJSON **out, cc_arena *arena, const char *buf, size_t len, const cc_json_limits *limits,
                 cc_json_error *err)
{
	static const cc_json_limits defaults = CC_JSON_LIMITS_INIT;
	parser p;
	int error = -1;
	memset(&p, 0, sizeof p);
	p.arena = arena;
	p.buf = (const unsigned char *)buf;
	p.len = len;
	p.lim = limits ? limits : &defaults;
	p.err = err;
	*out = NULL;
	if (err)
		memset(err, 0, sizeof *err);
	if (len > p.lim->max_bytes) {
		fail_at(&p, 0, "document is larger than %zu bytes", p.lim->max_bytes);
		goto done;
	}
	if (utf16(&p))
		goto done;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
		if (!p.lim->allow_bom) {
			fail_at(&p, 0, "byte-order mark not allowed");
			goto done;
		}
		p.pos = 3;
	}
	if (parse_document(&p) < 0)
		goto done;
	skip_ws(&p);
	if (p.pos != p.len) {
		fail_at(&p, p.pos, "unexpected data after the document");
		goto done;
	}
	*out = p.root;
	p.root = NULL;
	error = 0;
done:
	while (p.depth)
		pop(&p);
	free(p.stack);
	if (p.key)
		str_free(&p, p.key);
	if (!arena)
		cJSON_Delete(p.root);
	return error;
}

int cc_json_parse(cJSON **out, const char *buf, size_t len, const cc_json_limits *limits,
                  cc_json_error *err)
{
	return parse(out, NULL, buf, len, limits, err);
}

int cc_json_parse_in(cJSON **out, cc_arena *arena, const char *buf, size_t len,
                     const cc_json_limits *limits, cc_json_error *err)
{
	return parse(out, arena, buf, len, limits, err);
}
