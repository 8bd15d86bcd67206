/* test_json: the strict parser, pointers, equality and exact numbers. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "json/internal.h"
#include "json/json.h"
#include "json/number.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "support/runner.h"

static cJSON *parse_ok(const char *text)
{
	cJSON *root = NULL;
	cc_json_error err;
	int rc = cc_json_parse(&root, text, strlen(text), NULL, &err);
	ck_assert_msg(rc == 0, "parse failed: %s at %s", err.message, err.pointer);
	ck_assert_ptr_nonnull(root);
	return root;
}

/* Parses len bytes expecting failure; returns the error. */
static cc_json_error parse_bad_n(const char *text, size_t len, const cc_json_limits *lim)
{
	cJSON *root = (cJSON *)1;
	cc_json_error err;
	int rc = cc_json_parse(&root, text, len, lim, &err);
	ck_assert_int_eq(rc, -1);
	ck_assert_ptr_null(root);
	ck_assert_str_ne(err.message, "");
	return err;
}

static cc_json_error parse_bad(const char *text)
{
	return parse_bad_n(text, strlen(text), NULL);
}

START_TEST(parses_ordinary_documents)
{
	cJSON *root = parse_ok(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\n\\u00e9\"}} ");
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, "a");
	ck_assert(cJSON_IsArray(a));
	ck_assert_int_eq(cJSON_GetArraySize(a), 5);
	ck_assert_double_eq(cJSON_GetArrayItem(a, 1)->valuedouble, -2500.0);
	ck_assert_str_eq(cc_json_number_text(cJSON_GetArrayItem(a, 1)), "-2.5e3");
	const cJSON *c = cc_json_pointer_get(root, "/b/c");
	ck_assert_str_eq(c->valuestring, "x\n\xc3\xa9");
	ck_assert_uint_eq(cc_json_string_len(c), 4);
	/* cJSON's own helpers still work on the tree */
	char *printed = cJSON_PrintUnformatted(root);
	ck_assert_str_eq(printed, "{\"a\":[1,-2500,true,false,null],\"b\":{\"c\":\"x\\n\xc3\xa9\"}}");
	free(printed);
	cJSON_Delete(root);
}
END_TEST

START_TEST(keeps_nul_in_strings_and_keys)
{
	cJSON *root = parse_ok("{\"k\\u0000ey\": \"a\\u0000b\"}");
	const cJSON *m = root->child;
	ck_assert_uint_eq(cc_json_key_len(m), 4);
	ck_assert_int_eq(memcmp(m->string, "k\0ey", 4), 0);
	ck_assert_uint_eq(cc_json_string_len(m), 3);
	ck_assert_int_eq(memcmp(m->valuestring, "a\0b", 3), 0);
	ck_assert(cJSON_IsString(m));
	cJSON_Delete(root);
	/* keys that differ only after a NUL are different; equal ones are duplicates */
	root = parse_ok("{\"a\\u0000b\": 1, \"a\\u0000c\": 2, \"a\": 3}");
	ck_assert_int_eq(cJSON_GetArraySize(root), 3);
	cJSON_Delete(root);
	cc_json_error e = parse_bad("{\"a\\u0000b\": 1, \"a\\u0000b\": 2}");
	ck_assert_str_eq(e.message, "duplicate member name");
	ck_assert_str_eq(e.pointer, "/a\\x00b"); /* the NUL written \x00 (json/json.h) */
}
END_TEST

START_TEST(keeps_number_literals)
{
	cJSON *root = parse_ok("[12345678901234567890123, 1.0, 0.1e-999]");
	ck_assert_str_eq(cc_json_number_text(root->child), "12345678901234567890123");
	ck_assert_str_eq(cc_json_number_text(root->child->next), "1.0");
	ck_assert_str_eq(cc_json_number_text(root->child->next->next), "0.1e-999");
	cJSON_Delete(root);
}
END_TEST

START_TEST(rejects_duplicate_keys_with_pointer)
{
	cc_json_error e = parse_bad("{\"a\": {\"x\": 1, \"x\": 2}}");
	ck_assert_str_eq(e.message, "duplicate member name");
	ck_assert_str_eq(e.pointer, "/a/x");
	ck_assert_uint_eq(e.line, 1);
	ck_assert_uint_eq(e.column, 16);
	/* a large object uses the hash table path */
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_puts(&sb, "{");
	for (int i = 0; i < 100; i++)
		cc_strbuf_printf(&sb, "\"k%d\": %d,", i, i);
	cc_strbuf_puts(&sb, "\"k7\": 0}");
	e = parse_bad(sb.buf);
	ck_assert_str_eq(e.pointer, "/k7");
	cc_strbuf_truncate(&sb, sb.len - 8);
	cc_strbuf_puts(&sb, "\"k100\": 0}");
	cJSON *ok = parse_ok(sb.buf);
	ck_assert_int_eq(cJSON_GetArraySize(ok), 101);
	cJSON_Delete(ok);
	cc_strbuf_free(&sb);
}
END_TEST

START_TEST(rejects_invalid_utf8)
{
	cc_json_error e = parse_bad("[\"ok\", \"bad\xff\"]");
	ck_assert_str_eq(e.message, "invalid UTF-8 in string");
	ck_assert_str_eq(e.pointer, "/1");
	ck_assert_uint_eq(e.offset, 11);
	e = parse_bad("{\"a\": {\"b\xff\": 1}}"); /* in a member name: the object's pointer */
	ck_assert_str_eq(e.pointer, "/a");
	e = parse_bad("{\"a\": [1 2]}"); /* between values: the container's pointer */
	ck_assert_str_eq(e.message, "expected ',' or ']' after an element");
	ck_assert_str_eq(e.pointer, "/a");
	parse_bad("\"\xc0\xaf\"");         /* overlong */
	parse_bad("\"\xed\xa0\x80\"");     /* encoded surrogate */
	parse_bad("\"\xf4\x90\x80\x80\""); /* above U+10FFFF */
	parse_bad("\"\xe2\x82\"");         /* truncated */
}
END_TEST

START_TEST(rejects_lone_surrogates)
{
	cc_json_error e = parse_bad("{\"a\": [\"\\ud800\"]}");
	ck_assert_str_eq(e.message, "unpaired UTF-16 surrogate in string");
	ck_assert_str_eq(e.pointer, "/a/0");
	parse_bad("\"\\udc00\"");
	parse_bad("\"\\ud800\\u0041\"");
	cJSON *ok = parse_ok("\"\\ud83d\\ude00\"");
	ck_assert_str_eq(ok->valuestring, "\xf0\x9f\x98\x80");
	cJSON_Delete(ok);
}
END_TEST

START_TEST(rejects_bom_unless_allowed)
{
	cc_json_error e = parse_bad("\xEF\xBB\xBF{}");
	ck_assert_str_eq(e.message, "byte-order mark not allowed");
	ck_assert_str_eq(e.pointer, "");
	ck_assert_uint_eq(e.offset, 0);
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.allow_bom = true;
	cJSON *root = NULL;
	ck_assert_int_eq(cc_json_parse(&root, "\xEF\xBB\xBF{}", 5, &lim, NULL), 0);
	cJSON_Delete(root);
}
END_TEST

START_TEST(names_utf16_and_utf32)
{
	/* "{}" in each encoding, with and without a byte-order mark. */
	static const struct {
		const char *bytes;
		size_t len;
		const char *what;
	} cases[] = {
		{"{\0}\0", 4, "UTF-16 (little-endian, without a byte-order mark)"},
		{"\0{\0}", 4, "UTF-16 (big-endian, without a byte-order mark)"},
		{"\xFF\xFE{\0}\0", 6, "UTF-16 (little-endian, with a byte-order mark)"},
		{"\xFE\xFF\0{\0}", 6, "UTF-16 (big-endian, with a byte-order mark)"},
		{"{\0\0\0}\0\0\0", 8, "UTF-32 (little-endian, without a byte-order mark)"},
		{"\0\0\0{\0\0\0}", 8, "UTF-32 (big-endian, without a byte-order mark)"},
		{"\xFF\xFE\0\0{\0\0\0}\0\0\0", 12, "UTF-32 (little-endian, with a byte-order mark)"},
		{"\0\0\xFE\xFF\0\0\0{\0\0\0}", 12, "UTF-32 (big-endian, with a byte-order mark)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		cc_json_error e = parse_bad_n(cases[i].bytes, cases[i].len, NULL);
		char *want = cc_xasprintf("the document is %s; JSON documents must be UTF-8: save it as UTF-8",
		                          cases[i].what);
		ck_assert_str_eq(e.message, want);
		ck_assert_uint_eq(e.offset, 0);
		free(want);
	}
}
END_TEST

START_TEST(rejects_trailing_garbage_and_bad_syntax)
{
	cc_json_error e = parse_bad("{\"a\": 1}\n x");
	ck_assert_str_eq(e.message, "unexpected data after the document");
	ck_assert_str_eq(e.pointer, "");
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 2);
	parse_bad("");
	parse_bad("[1,]");
	parse_bad("{\"a\" 1}");
	parse_bad("[01]");
	parse_bad("[1.]");
	parse_bad("[.5]");
	parse_bad("[+1]");
	parse_bad("[tru]");
	parse_bad("[\"a\tb\"]");
	parse_bad("{\"a\":1 \"b\":2}");
	e = parse_bad_n("[1]\0", 4, NULL);
	ck_assert_str_eq(e.message, "unexpected data after the document");
}
END_TEST

START_TEST(rejects_deep_nesting_without_recursion)
{
	size_t n = 200000;
	char *deep = cc_xmalloc(n);
	memset(deep, '[', n);
	cc_json_error e = parse_bad_n(deep, n, NULL);
	ck_assert_str_eq(e.message, "nesting deeper than 512 levels");
	ck_assert_uint_eq(e.offset, 512);
	ck_assert_uint_eq(strlen(e.pointer), sizeof e.pointer - 1); /* "/0" per level, truncated */
	ck_assert_int_eq(strncmp(e.pointer, "/0/0/0/0", 8), 0);
	/* with a huge limit the parser still does not overflow the stack */
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_depth = n * 2;
	e = parse_bad_n(deep, n, &lim);
	ck_assert_str_eq(e.message, "unexpected end of document");
	free(deep);
}
END_TEST

START_TEST(rejects_overflowing_numbers_and_big_documents)
{
	cc_json_error e = parse_bad("{\"n\": 1e400}");
	ck_assert_str_eq(e.message, "number is too large");
	ck_assert_str_eq(e.pointer, "/n");
	parse_bad("-1e309");
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_bytes = 4;
	e = parse_bad_n("[1, 2]", 6, &lim);
	ck_assert_str_eq(e.message, "document is larger than 4 bytes");
}
END_TEST

START_TEST(pointer_get_and_push)
{
	cJSON *root = parse_ok("{\"a/b\": {\"m~n\": [10, 20]}, \"\": 1}");
	ck_assert_ptr_eq(cc_json_pointer_get(root, ""), root);
	ck_assert_double_eq(cc_json_pointer_get(root, "/a~1b/m~0n/1")->valuedouble, 20);
	ck_assert_double_eq(cc_json_pointer_get(root, "/")->valuedouble, 1);
	ck_assert_ptr_null(cc_json_pointer_get(root, "/a~1b/m~0n/01"));
	ck_assert_ptr_null(cc_json_pointer_get(root, "/a~1b/m~0n/2"));
	ck_assert_ptr_null(cc_json_pointer_get(root, "/a~1b/m~0n/-"));
	ck_assert_ptr_null(cc_json_pointer_get(root, "/a~2b"));
	ck_assert_ptr_null(cc_json_pointer_get(root, "a"));
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_json_pointer_push(&sb, "a/b", 3);
	cc_json_pointer_push(&sb, "m~n", 3);
	cc_json_pointer_push_index(&sb, 12);
	ck_assert_str_eq(sb.buf, "/a~1b/m~0n/12");
	cc_strbuf_free(&sb);
	cJSON_Delete(root);
}
END_TEST

static bool eq(const char *a, const char *b)
{
	cJSON *x = parse_ok(a), *y = parse_ok(b);
	bool r = cc_json_equal(x, y);
	cJSON_Delete(x);
	cJSON_Delete(y);
	return r;
}

START_TEST(equality_is_json_schema_equality)
{
	ck_assert(eq("1.0", "1"));
	ck_assert(eq("1e2", "100"));
	ck_assert(eq("-0", "0"));
	ck_assert(eq("12345678901234567890", "1.234567890123456789e19"));
	ck_assert(!eq("12345678901234567890", "12345678901234567891"));
	ck_assert(!eq("0.30000000000000001", "0.3"));
	ck_assert(eq("{\"a\": 1, \"b\": [true]}", "{\"b\": [true], \"a\": 1.0}"));
	ck_assert(!eq("{\"a\": 1}", "{\"a\": 1, \"b\": 2}"));
	ck_assert(!eq("[1, 2]", "[2, 1]"));
	ck_assert(!eq("\"a\\u0000b\"", "\"a\\u0000c\""));
	ck_assert(!eq("false", "0"));
	ck_assert(!eq("null", "false"));
	ck_assert(!eq("{\"a\\u0000\": 1}", "{\"a\": 1}"));
}
END_TEST

static bool multiple(const char *a, const char *b)
{
	cc_decimal x, y;
	cc_decimal_init(&x, a);
	cc_decimal_init(&y, b);
	bool r = cc_decimal_multiple_of(&x, &y);
	cc_decimal_free(&x);
	cc_decimal_free(&y);
	return r;
}

START_TEST(exact_numbers)
{
	ck_assert(multiple("0.0075", "0.0001"));
	ck_assert(multiple("4.5", "1.5"));
	ck_assert(!multiple("35", "1.5"));
	ck_assert(!multiple("1e308", "0.123456789"));
	ck_assert(multiple("1e308", "0.5"));
	ck_assert(multiple("0", "7"));
	ck_assert(!multiple("0.00751", "0.0001"));
	ck_assert(multiple("1234567890123456789012345000", "1234567890123456789012345"));
	ck_assert(!multiple("1234567890123456789012345001", "1234567890123456789012345"));
	cc_number a = {1.0, "1.0"}, b = {1.0, "1"}, c = {1.0, "1.0000000000000000001"};
	ck_assert_int_eq(cc_number_cmp(a, b), 0);
	ck_assert_int_eq(cc_number_cmp(b, c), -1);
	ck_assert(cc_number_is_integer(a));
	ck_assert(!cc_number_is_integer(c));
}
END_TEST

/* Node for node the same: types, keys and string values byte for byte
 * (NULs included), number texts. */
static bool same_tree(const cJSON *a, const cJSON *b)
{
	if (!a || !b)
		return a == b;
	if (a->type != b->type || cc_json_key_len(a) != cc_json_key_len(b) ||
	    (a->string && memcmp(a->string, b->string, cc_json_key_len(a))) || !a->string != !b->string)
		return false;
	if (cJSON_IsString(a) && (cc_json_string_len(a) != cc_json_string_len(b) ||
	                          memcmp(a->valuestring, b->valuestring, cc_json_string_len(a) + 1)))
		return false;
	if (cJSON_IsNumber(a) && (strcmp(a->valuestring, b->valuestring) || a->valuedouble != b->valuedouble ||
	                          a->valueint != b->valueint))
		return false;
	const cJSON *x = a->child, *y = b->child;
	for (; x && y; x = x->next, y = y->next)
		if (!same_tree(x, y))
			return false;
	return !x && !y;
}

/* The arena parser (json/internal.h) builds the same trees and gives the
 * same errors as cc_json_parse, over strings that test the word-at-a-time
 * scans (escaped quotes after runs of backslashes, bytes that end a plain
 * run at every position of a word) and documents that need several blocks. */
START_TEST(arena_parse_is_cc_json_parse)
{
	static const char *const docs[] = {
		"{\"a\":\"plain ascii text longer than one word of eight bytes\",\"b\":[1,2.50,-3e2,true,false,null]}",
		"[\"\\\\\",\"x\\\"y\",\"\\\\\\\\\\\"z\\\\\",\"ab\\\\\\\\\",\"12345678\\\\\\\"9\"]",
		"{\"k\\u0000ey\":\"v\\u0000al\",\"\\u00e9t\\u00e9\":\"caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBB" "l\xC3\xA9" "e\"}",
		"[\"\\ud83d\\ude00 and \xF0\x9F\x98\x80\",\"tab\\tnew\\nline\\/\",{}]",
		"{\"a\":\"unterminated",
		"[\"12345678\\\"\"",
		"[\"abcdefg\x01\"]",
		"[\"abcdefghijklmn\x7F\"]",
		"[\"abcdefghijk\xFF\"]",
		"{\"a\":1,\"a\":2}",
		"[1,]",
		"\"0123456789abcdef\\\\\\\\\\\\\"",
	};
	cc_arena arena = CC_ARENA_INIT;
	for (size_t pos = 0; pos < 9; pos++) { /* a control byte, a quote, a backslash at each offset */
		for (const char *bad = "\x1f\\\"\x80"; *bad; bad++) {
			char doc[40];
			snprintf(doc, sizeof doc, "[\"%.*s%c%s\"]", (int)pos, "abcdefghijklmnopqrstuvwxyz", *bad,
			         "klmnopqrstuvwx");
			cJSON *m = NULL, *r = NULL;
			cc_json_error em, ea;
			int rm = cc_json_parse(&m, doc, strlen(doc), NULL, &em);
			int ra = cc_json_parse_in(&r, &arena, doc, strlen(doc), NULL, &ea);
			ck_assert_int_eq(rm, ra);
			ck_assert_msg(rm < 0 || same_tree(m, r), "%s", doc);
			ck_assert_msg(rm == 0 || (em.offset == ea.offset && !strcmp(em.message, ea.message)), "%s", doc);
			cJSON_Delete(m);
		}
	}
	for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
		cJSON *m = NULL, *r = NULL;
		cc_json_error em, ea;
		int rm = cc_json_parse(&m, docs[i], strlen(docs[i]), NULL, &em);
		int ra = cc_json_parse_in(&r, &arena, docs[i], strlen(docs[i]), NULL, &ea);
		ck_assert_int_eq(rm, ra);
		if (rm == 0) {
			ck_assert_msg(same_tree(m, r), "trees differ for %s", docs[i]);
		} else {
			ck_assert_ptr_null(r);
			ck_assert_str_eq(em.message, ea.message);
			ck_assert_str_eq(em.pointer, ea.pointer);
			ck_assert_uint_eq(em.offset, ea.offset);
		}
		cJSON_Delete(m);
	}
	cc_arena_reset(&arena);
	/* A document of many blocks, and one string larger than a block. */
	cc_strbuf big = CC_STRBUF_INIT;
	cc_strbuf_puts(&big, "[");
	for (int i = 0; i < 20000; i++)
		cc_strbuf_puts(&big, i ? ",{\"id\":\"entry\\\"one\",\"n\":12.5}" : "{\"id\":\"entry\\\"one\",\"n\":12.5}");
	cc_strbuf_puts(&big, ",\"");
	for (int i = 0; i < 400000; i++)
		cc_strbuf_putc(&big, (char)('a' + i % 26));
	cc_strbuf_puts(&big, "\"]");
	for (int round = 0; round < 2; round++) {
		cJSON *m = NULL, *r = NULL;
		ck_assert_int_eq(cc_json_parse(&m, cc_strbuf_cstr(&big), big.len, NULL, NULL), 0);
		ck_assert_int_eq(cc_json_parse_in(&r, &arena, cc_strbuf_cstr(&big), big.len, NULL, NULL), 0);
		ck_assert(same_tree(m, r));
		ck_assert(cc_json_equal(m, r));
		cJSON_Delete(m);
		cc_arena_reset(&arena);
	}
	cc_strbuf_free(&big);
	cc_arena_free(&arena);
}
END_TEST

/* An allocation too large for a block with its header stops the program
 * (out of memory), never hands back a small block to write past. */
START_TEST(arena_huge_alloc_aborts)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		cc_arena a = CC_ARENA_INIT;
		if (!freopen("/dev/null", "w", stderr)) {
			/* the out-of-memory message shows: no matter */
		}
		cc_arena_alloc(&a, SIZE_MAX - 8);
		_exit(0); /* returned: the bug */
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	/* abort() (xalloc.c), or under AddressSanitizer its allocation-size
	 * error: either way the allocation never returns. */
	ck_assert(WIFSIGNALED(status) ? WTERMSIG(status) == SIGABRT : WEXITSTATUS(status) != 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, parses_ordinary_documents);
	tcase_add_test(tc, names_utf16_and_utf32);
	tcase_add_test(tc, keeps_nul_in_strings_and_keys);
	tcase_add_test(tc, keeps_number_literals);
	tcase_add_test(tc, rejects_duplicate_keys_with_pointer);
	tcase_add_test(tc, rejects_invalid_utf8);
	tcase_add_test(tc, rejects_lone_surrogates);
	tcase_add_test(tc, rejects_bom_unless_allowed);
	tcase_add_test(tc, rejects_trailing_garbage_and_bad_syntax);
	tcase_add_test(tc, rejects_deep_nesting_without_recursion);
	tcase_add_test(tc, rejects_overflowing_numbers_and_big_documents);
	tcase_add_test(tc, pointer_get_and_push);
	tcase_add_test(tc, equality_is_json_schema_equality);
	tcase_add_test(tc, exact_numbers);
	tcase_add_test(tc, arena_parse_is_cc_json_parse);
	tcase_add_test(tc, arena_huge_alloc_aborts);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
