#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "embedded/embedded.h"
#include "support/runner.h"

START_TEST(metaschema_is_embedded_byte_for_byte)
{
	const cc_embedded_file *f = cc_embedded_find("metaschemas/draft202012/metaschema.json");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_gt(f->len, 100);
	ck_assert_uint_eq(f->data[f->len], 0);
	ck_assert_ptr_nonnull(strstr((const char *)f->data, "\"$id\": \"https://json-schema.org/draft/2020-12/schema\""));
	ck_assert_ptr_null(cc_embedded_find("no/such/file.json"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("embedded");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, metaschema_is_embedded_byte_for_byte);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
