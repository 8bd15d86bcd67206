#include "xml_check.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
	const char *s;
	size_t len, pos;
	const char *err;
} parser;

typedef struct buf {
	char *p;
	size_t len, cap;
} buf;

static void buf_add(buf *b, const char *data, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static char *buf_take(buf *b)
{
	if (!b->p)
		buf_add(b, "", 0);
	char *p = b->p;
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}

static bool is_xml_char(uint32_t c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Strict UTF-8: returns the sequence length, 0 when invalid. */
static size_t utf8_seq(const unsigned char *u, size_t avail, uint32_t *cp)
{
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	size_t n = (u[0] & 0xE0) == 0xC0 ? 2 : (u[0] & 0xF0) == 0xE0 ? 3 : (u[0] & 0xF8) == 0xF0 ? 4 : 0;
	if (!n || n > avail)
		return 0;
	uint32_t c = u[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

static bool fail(parser *p, const char *msg)
{
	if (!p->err)
		p->err = msg;
	return false;
}

static bool at(parser *p, const char *lit)
{
	size_t n = strlen(lit);
	return p->pos + n <= p->len && memcmp(p->s + p->pos, lit, n) == 0;
}

static void skip_space(parser *p)
{
	while (p->pos < p->len && strchr(" \t\r\n", p->s[p->pos]) && p->s[p->pos])
		p->pos++;
}

static bool name_start(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}

static bool name_char(char c)
{
	return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static char *parse_name(parser *p)
{
	size_t start = p->pos;
	if (p->pos >= p->len || !name_start(p->s[p->pos])) {
		fail(p, "expected a name");
		return NULL;
	}
	while (p->pos < p->len && name_char(p->s[p->pos]))
		p->pos++;
	return strndup(p->s + start, p->pos - start);
}

static void add_cp(buf *b, uint32_t c)
{
	char tmp[4];
	size_t n;
	if (c < 0x80) { tmp[0] = (char)c; n = 1; }
	else if (c < 0x800) { tmp[0] = (char)(0xC0 | (c >> 6)); tmp[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
	else if (c < 0x10000) { tmp[0] = (char)(0xE0 | (c >> 12)); tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[2] = (char)(0x80 | (c & 0x3F)); n = 3; }
	else { tmp[0] = (char)(0xF0 | (c >> 18)); tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F)); tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[3] = (char)(0x80 | (c & 0x3F)); n = 4; }
	buf_add(b, tmp, n);
}

/* A reference starting at '&'; appends what it stands for. */
static bool parse_ref(parser *p, buf *out)
{
	static const struct { const char *name; char c; } ents[] = {
		{ "&lt;", '<' }, { "&gt;", '>' }, { "&amp;", '&' }, { "&quot;", '"' }, { "&apos;", '\'' }
	};
	for (size_t i = 0; i < 5; i++) {
		if (at(p, ents[i].name)) {
			buf_add(out, &ents[i].c, 1);
			p->pos += strlen(ents[i].name);
			return true;
		}
	}
	if (!at(p, "&#"))
		return fail(p, "bare '&' or unknown entity");
	p->pos += 2;
	bool hex = p->pos < p->len && p->s[p->pos] == 'x';
	if (hex)
		p->pos++;
	uint32_t c = 0;
	size_t digits = 0;
	while (p->pos < p->len && p->s[p->pos] != ';') {
		char d = p->s[p->pos++];
		int v = d >= '0' && d <= '9' ? d - '0'
		      : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
		      : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
		if (v < 0 || ++digits > 8)
			return fail(p, "bad character reference");
		c = c * (hex ? 16 : 10) + (uint32_t)v;
	}
	if (p->pos >= p->len || !digits)
		return fail(p, "unterminated character reference");
	p->pos++;
	if (!is_xml_char(c))
		return fail(p, "character reference to a character XML 1.0 forbids");
	add_cp(out, c);
	return true;
}

/* One raw character of character data or an attribute value. */
static bool take_char(parser *p, buf *out)
{
	uint32_t c;
	size_t n = utf8_seq((const unsigned char *)p->s + p->pos, p->len - p->pos, &c);
	if (!n)
		return fail(p, "invalid UTF-8");
	if (!is_xml_char(c))
		return fail(p, "raw character XML 1.0 forbids");
	buf_add(out, p->s + p->pos, n);
	p->pos += n;
	return true;
}

static bool parse_comment(parser *p)
{
	p->pos += 4;
	while (p->pos < p->len && !at(p, "-->")) {
		if (at(p, "--"))
			return fail(p, "'--' in a comment");
		p->pos++;
	}
	if (p->pos >= p->len)
		return fail(p, "unterminated comment");
	p->pos += 3;
	return true;
}

static xml_node *parse_element(parser *p, int depth);

static bool parse_content(parser *p, xml_node *n, int depth)
{
	buf text = { 0 };
	while (p->pos < p->len) {
		char c = p->s[p->pos];
		if (at(p, "</"))
			break;
		if (at(p, "<!--")) {
			if (!parse_comment(p))
				goto bad;
		} else if (c == '<') {
			xml_node *kid = parse_element(p, depth + 1);
			if (!kid)
				goto bad;
			n->kids = realloc(n->kids, (n->n_kids + 1) * sizeof(*n->kids));
			n->kids[n->n_kids++] = kid;
		} else if (c == '&') {
			if (!parse_ref(p, &text))
				goto bad;
		} else if (at(p, "]]>")) {
			fail(p, "']]>' in character data");
			goto bad;
		} else if (!take_char(p, &text)) {
			goto bad;
		}
	}
	n->text_len = text.len;
	n->text = buf_take(&text);
	return true;
bad:
	free(text.p);
	return false;
}

static xml_node *parse_element(parser *p, int depth)
{
	xml_node *n = calloc(1, sizeof(*n));
	char *end_name = NULL;

	if (depth > 64) {
		fail(p, "too deep");
		goto bad;
	}
	p->pos++; /* '<' */
	if (!(n->name = parse_name(p)))
		goto bad;
	for (;;) {
		size_t before = p->pos;
		skip_space(p);
		if (at(p, "/>")) {
			p->pos += 2;
			n->text = strdup("");
			return n;
		}
		if (at(p, ">")) {
			p->pos++;
			break;
		}
		if (p->pos == before) {
			fail(p, "expected space before an attribute");
			goto bad;
		}
		char *an = parse_name(p);
		if (!an)
			goto bad;
		for (size_t i = 0; i < n->n_attrs; i++)
			if (!strcmp(n->attr_names[i], an)) {
				free(an);
				fail(p, "duplicate attribute");
				goto bad;
			}
		n->attr_names = realloc(n->attr_names, (n->n_attrs + 1) * sizeof(char *));
		n->attr_values = realloc(n->attr_values, (n->n_attrs + 1) * sizeof(char *));
		n->attr_names[n->n_attrs] = an;
		n->attr_values[n->n_attrs] = NULL;
		n->n_attrs++;
		skip_space(p);
		if (!at(p, "=")) {
			fail(p, "expected '='");
			goto bad;
		}
		p->pos++;
		skip_space(p);
		if (p->pos >= p->len || (p->s[p->pos] != '"' && p->s[p->pos] != '\'')) {
			fail(p, "expected a quoted value");
			goto bad;
		}
		char q = p->s[p->pos++];
		buf v = { 0 };
		while (p->pos < p->len && p->s[p->pos] != q) {
			char c = p->s[p->pos];
			bool ok;
			if (c == '<')
				ok = fail(p, "'<' in an attribute value");
			else if (c == '&')
				ok = parse_ref(p, &v);
			else if (c == '\t' || c == '\n' || c == '\r') {
				/* attribute-value normalisation: a space */
				buf_add(&v, " ", 1);
				p->pos++;
				ok = true;
			} else
				ok = take_char(p, &v);
			if (!ok) {
				free(v.p);
				goto bad;
			}
		}
		if (p->pos >= p->len) {
			free(v.p);
			fail(p, "unterminated attribute value");
			goto bad;
		}
		p->pos++;
		n->attr_values[n->n_attrs - 1] = buf_take(&v);
	}
	if (!parse_content(p, n, depth))
		goto bad;
	if (!at(p, "</")) {
		fail(p, "element not closed");
		goto bad;
	}
	p->pos += 2;
	if (!(end_name = parse_name(p)))
		goto bad;
	if (strcmp(end_name, n->name)) {
		fail(p, "mismatched end tag");
		goto bad;
	}
	skip_space(p);
	if (!at(p, ">")) {
		fail(p, "expected '>' after the end tag name");
		goto bad;
	}
	p->pos++;
	free(end_name);
	return n;
bad:
	free(end_name);
	xml_free(n);
	return NULL;
}

xml_node *xml_parse(const char *doc, size_t len, const char **err)
{
	parser p = { doc, len, 0, NULL };
	xml_node *root = NULL;

	if (at(&p, "<?xml")) {
		while (p.pos < p.len && !at(&p, "?>"))
			p.pos++;
		if (p.pos >= p.len) {
			*err = "unterminated XML declaration";
			return NULL;
		}
		p.pos += 2;
	}
	for (;;) {
		skip_space(&p);
		if (at(&p, "<!--")) {
			if (!parse_comment(&p))
				goto bad;
			continue;
		}
		break;
	}
	if (!at(&p, "<") || at(&p, "<!") || at(&p, "<?")) {
		fail(&p, "expected the root element");
		goto bad;
	}
	if (!(root = parse_element(&p, 0)))
		goto bad;
	for (;;) {
		skip_space(&p);
		if (at(&p, "<!--")) {
			if (!parse_comment(&p))
				goto bad;
			continue;
		}
		break;
	}
	if (p.pos != p.len) {
		fail(&p, "content after the root element");
		goto bad;
	}
	return root;
bad:
	xml_free(root);
	*err = p.err ? p.err : "malformed";
	return NULL;
}

void xml_free(xml_node *n)
{
	if (!n)
		return;
	free(n->name);
	for (size_t i = 0; i < n->n_attrs; i++) {
		free(n->attr_names[i]);
		free(n->attr_values[i]);
	}
	free(n->attr_names);
	free(n->attr_values);
	for (size_t i = 0; i < n->n_kids; i++)
		xml_free(n->kids[i]);
	free(n->kids);
	free(n->text);
	free(n);
}

const char *xml_attr(const xml_node *n, const char *name)
{
	for (size_t i = 0; i < n->n_attrs; i++)
		if (!strcmp(n->attr_names[i], name))
			return n->attr_values[i];
	return NULL;
}

size_t xml_count(const xml_node *n, const char *name)
{
	size_t c = 0;
	for (size_t i = 0; i < n->n_kids; i++)
		c += !strcmp(n->kids[i]->name, name);
	return c;
}

const xml_node *xml_child(const xml_node *n, const char *name, size_t i)
{
	for (size_t k = 0; k < n->n_kids; k++)
		if (!strcmp(n->kids[k]->name, name) && i-- == 0)
			return n->kids[k];
	return NULL;
}
