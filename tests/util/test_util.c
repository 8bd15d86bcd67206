#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/strset.h"
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

int main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, strbuf_holds_nul_bytes_and_formats);
	tcase_add_test(tc, xgrow_doubles_capacity);
	tcase_add_test(tc, strset_adds_each_key_once);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
