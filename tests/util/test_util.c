#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/path.h"
#include "util/strbuf.h"
#include "util/strset.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "support/runner.h"

START_TEST(strbuf_holds_nul_bytes_and_formats)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	ck_assert_str_eq(cc_strbuf_cstr(&sb), "");
	cc_strbuf_add(&sb, "a\0b", 3);
	cc_strbuf_printf(&sb, "%d-%s", 42, "x");
	ck_assert_uint_eq(sb.len, 7);
	ck_assert_int_eq(memcmp(sb.buf, "a\0b42-x", 7), 0);
	cc_strbuf_truncate(&sb, 1);
	ck_assert_str_eq(sb.buf, "a");
	char *s = cc_strbuf_detach(&sb);
	ck_assert_ptr_null(sb.buf);
	ck_assert_str_eq(s, "a");
	free(s);
}
END_TEST

START_TEST(path_dup_trimmed_drops_trailing_slashes)
{
	static const char *const cases[][2] = {
		{"cases", "cases"}, {"cases/", "cases"}, {"a/b//", "a/b"}, {"/", "/"}, {"//", "/"}, {"", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = cc_path_dup_trimmed(cases[i][0]);
		ck_assert_str_eq(t, cases[i][1]);
		free(t);
	}
}
END_TEST

START_TEST(xgrow_doubles_capacity)
{
	size_t cap = 0;
	int *v = cc_xgrow(NULL, &cap, 9, sizeof *v);
	ck_assert_uint_ge(cap, 9);
	v[8] = 1;
	free(v);
	char *p = cc_xasprintf("%s/%03d", "dir", 7);
	ck_assert_str_eq(p, "dir/007");
	free(p);
}
END_TEST

/* Each key is new once; growing keeps every key; keys differing only
 * after a common prefix stay apart. */
START_TEST(strset_adds_each_key_once)
{
	cc_strset set = CC_STRSET_INIT;
	char key[32];
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "e:entry-%d", i);
		ck_assert(cc_strset_add(&set, key));
	}
	ck_assert_uint_eq(set.count, 5000);
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "e:entry-%d", i);
		ck_assert(!cc_strset_add(&set, key));
	}
	ck_assert(cc_strset_add(&set, "n:entry-1"));
	ck_assert(cc_strset_add(&set, ""));
	ck_assert(!cc_strset_add(&set, ""));
	ck_assert_uint_eq(set.count, 5002);
	cc_strset_free(&set);
	ck_assert_uint_eq(set.count, 0);
	ck_assert(cc_strset_add(&set, "again")); /* usable after free */
	cc_strset_free(&set);
}
END_TEST

/* FNV-1a 64 from casecheck's starting value; the values are pinned because
 * SARIF fingerprints are made this way (rule, path and pointer, each
 * followed by a 0xFF byte) and must stay the same across versions. */
START_TEST(hash_is_fnv1a_and_stable)
{
	const char *parts[3] = {"transfer.joint-visit", "cases/BASE-001/transfer.json", "/handover_visit/joint"};
	uint64_t h = CC_HASH_INIT;
	for (size_t k = 0; k < 3; k++) {
		h = cc_hash_add(h, parts[k], strlen(parts[k]));
		h = cc_hash_add(h, "\xFF", 1);
	}
	ck_assert_uint_eq(h, 0xf0ce1b2e6f1f7131ULL);
	ck_assert_uint_eq(cc_hash_add(CC_HASH_INIT, "casecheck", 9), 0x3d4fd51f24564031ULL);
	ck_assert_uint_eq(cc_hash_add(cc_hash_add(CC_HASH_INIT, "case", 4), "check", 5),
	                  cc_hash_add(CC_HASH_INIT, "casecheck", 9));
	ck_assert_uint_eq(cc_hash_add(CC_HASH_INIT, "", 0), CC_HASH_INIT);
}
END_TEST

START_TEST(utf8_decodes_only_well_formed)
{
	static const struct {
		const char *s;
		size_t used;
		uint32_t cp;
	} cases[] = {
		{"A", 1, 0x41},
		{"\xC3\xA9", 2, 0xE9},
		{"\xE2\x82\xAC", 3, 0x20AC},
		{"\xF0\x9F\x98\x80", 4, 0x1F600},
		{"\xF4\x8F\xBF\xBF", 4, 0x10FFFF},
		{"\xC0\xAF", 0, 0},         /* overlong */
		{"\xE0\x80\xAF", 0, 0},     /* overlong */
		{"\xED\xA0\x80", 0, 0},     /* surrogate */
		{"\xF4\x90\x80\x80", 0, 0}, /* above U+10FFFF */
		{"\xE2\x82", 0, 0},         /* cut short */
		{"\x80", 0, 0},             /* continuation first */
		{"\xFF", 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		uint32_t cp = 0;
		size_t n = cc_utf8_decode((const unsigned char *)cases[i].s, strlen(cases[i].s), &cp);
		ck_assert_msg(n == cases[i].used, "case %zu: used %zu", i, n);
		if (n)
			ck_assert_uint_eq(cp, cases[i].cp);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, strbuf_holds_nul_bytes_and_formats);
	tcase_add_test(tc, path_dup_trimmed_drops_trailing_slashes);
	tcase_add_test(tc, xgrow_doubles_capacity);
	tcase_add_test(tc, strset_adds_each_key_once);
	tcase_add_test(tc, hash_is_fnv1a_and_stable);
	tcase_add_test(tc, utf8_decodes_only_well_formed);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
