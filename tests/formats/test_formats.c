/* Unit tests for the format checks and the ECMA-262 regex translation.
 * The JSON Schema Test Suite runs separately (test_format_suite.c); these
 * pin down cases it does not cover and the API's edges. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "formats/format.h"
#include "util/fileio.h"
#include "util/xalloc.h"
#include "support/runner.h"

#define OK(fmt, s) ck_assert_msg(cc_format_check(fmt, s, strlen(s)), "%s should accept \"%s\"", fmt, s)
#define BAD(fmt, s) ck_assert_msg(!cc_format_check(fmt, s, strlen(s)), "%s should reject \"%s\"", fmt, s)

START_TEST(known_and_unknown_formats)
{
	ck_assert(cc_format_known("date-time"));
	ck_assert(cc_format_known("idn-hostname"));
	ck_assert(!cc_format_known("postcode"));
	ck_assert(!cc_format_known(NULL));
	/* unknown formats always pass, whatever the text */
	ck_assert(cc_format_check("postcode", "\0\xff", 2));
}
END_TEST

START_TEST(dates_and_times)
{
	OK("date", "2020-02-29");
	OK("date", "2000-02-29");
	BAD("date", "1900-02-29");
	BAD("date", "2021-02-29");
	BAD("date", "2021-04-31");
	BAD("date", "2021-13-01");
	BAD("date", "2021-00-10");
	BAD("date", "2021-1-10");
	BAD("date", "20210110");
	OK("time", "23:59:60Z");
	OK("time", "00:59:60+01:00");
	BAD("time", "00:59:60-01:00");
	OK("time", "12:00:00.123456789-05:30");
	BAD("time", "12:00:00.Z");
	BAD("time", "12:00:00");
	OK("date-time", "2016-12-31T23:59:60Z");
	OK("date-time", "2020-06-01t10:00:00z");
	BAD("date-time", "2020-06-01 10:00:00Z");
	BAD("date-time", "2020-06-01T10:00:00+0100");
	OK("duration", "P1Y2M3DT4H5M6S");
	OK("duration", "PT0S");
	OK("duration", "P3W");
	BAD("duration", "P1W2D");
	BAD("duration", "P1Y2D");
	BAD("duration", "PT1H2S");
	BAD("duration", "P1.5D");
	BAD("duration", "PT");
}
END_TEST

START_TEST(nul_bytes_are_part_of_the_string)
{
	ck_assert(!cc_format_check("date", "2020-01-01\0", 11));
	ck_assert(!cc_format_check("ipv4", "10.0.0.1\0.x", 11));
	ck_assert(!cc_format_check("hostname", "a\0b", 3));
	ck_assert(!cc_format_check("email", "a@b\0.c", 6));
	ck_assert(!cc_format_check("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380\0", 37));
	/* only len bytes are read */
	ck_assert(cc_format_check("date", "2020-01-01junk", 10));
	ck_assert(cc_format_check("json-pointer", "/a\0b", 4));
}
END_TEST

START_TEST(addresses)
{
	OK("ipv4", "0.0.0.0");
	OK("ipv4", "255.255.255.255");
	BAD("ipv4", "256.0.0.1");
	BAD("ipv4", "01.2.3.4");
	BAD("ipv4", "1.2.3");
	BAD("ipv4", "1.2.3.4.");
	OK("ipv6", "::");
	OK("ipv6", "fe80::1");
	OK("ipv6", "1:2:3:4:5:6:7::");
	OK("ipv6", "::2:3:4:5:6:7:8");
	OK("ipv6", "::ffff:10.0.0.1");
	OK("ipv6", "1:2:3:4:5:6:1.2.3.4");
	BAD("ipv6", "1:2:3:4:5:6:7:1.2.3.4");
	BAD("ipv6", "1:2:3:4:5:6:7:8:9");
	BAD("ipv6", "1::2::3");
	BAD("ipv6", "fe80::1%eth0");
	BAD("ipv6", ":::");
	BAD("ipv6", "::1.2.3.4:5");
}
END_TEST

START_TEST(host_names)
{
	OK("hostname", "example.org");
	OK("hostname", "EXAMPLE.ORG");
	OK("hostname", "xn--bcher-kva.example");
	BAD("hostname", "xn--bcher-kvb.example"); /* decodes, but not canonically */
	BAD("hostname", "bücher.example");
	BAD("hostname", "a_b.example");
	BAD("hostname", "example..org");
	OK("idn-hostname", "bücher.example");
	OK("idn-hostname", "例え.テスト");
	BAD("idn-hostname", "Bücher.example"); /* upper case is not PVALID in a U-label */
	BAD("idn-hostname", "a\xe2\x80\x8d" "b");  /* ZWJ without a virama */
	BAD("idn-hostname", "\xff.example");  /* not UTF-8 */
	OK("idn-hostname", "xn--bcher-kva.example");
	/* ZWNJ: after a virama, or between joining letters (RFC 5892 A.1) */
	OK("idn-hostname", "\xe0\xa4\x95\xe0\xa5\x8d\xe2\x80\x8c\xe0\xa4\xb7");
	OK("idn-hostname", "\xd8\xa8\xe2\x80\x8c\xd8\xa8");       /* beh ZWNJ beh */
	BAD("idn-hostname", "\xd8\xa7\xe2\x80\x8c\xd8\xa8");      /* alef joins right only */
	BAD("idn-hostname", "ab\xe2\x80\x8c" "cd");
	/* Bidi: a right-to-left label may not mix in left-to-right letters */
	OK("idn-hostname", "\xd7\x90\xd7\x91.example");
	BAD("idn-hostname", "\xd7\x90" "a");
	/* A-labels in any case (RFC 5890 §2.3.2.1), as ajv and python-jsonschema */
	OK("hostname", "XN--BCHER-KVA.DE");
	OK("hostname", "Xn--Bcher-Kva.de");
	OK("idn-hostname", "XN--BCHER-KVA.DE");
	BAD("hostname", "XN--BCHER-KVB.DE"); /* still canonical only */
	/* U-labels in NFC (RFC 5891 §5.3-5.4), also what an A-label decodes to */
	OK("idn-hostname", "k\xc3\xa4se.de");           /* k U+00E4 se */
	BAD("idn-hostname", "ka\xcc\x88se.de");         /* k a U+0308 se */
	OK("hostname", "xn--kse-qla.de");                 /* k\u00e4se */
	BAD("hostname", "xn--kase-wwc.de");               /* ka\u0308se */
	BAD("idn-hostname", "xn--kase-wwc.de");
}
END_TEST

START_TEST(email_addresses)
{
	OK("email", "a.b+c@example.org");
	OK("email", "\"a b\\\"c\"@example.org");
	OK("email", "x@[IPv6:2001:db8::1]");
	BAD("email", "x@[IPv6:2001:db8::g]");
	BAD("email", "a@b@example.org");
	BAD("email", "\"unterminated@example.org");
	BAD("email", "ö@example.org");
	BAD("email", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.org");
	/* the address-literal tag is case-insensitive (RFC 5321 §4.1.3) */
	OK("email", "a@[ipv6:::1]");
	OK("email", "a@[IPV6:::1]");
	BAD("email", "a@[ipv7:::1]");
	OK("email", "a@XN--BCHER-KVA.DE");
	BAD("email", "a@xn--kase-wwc.de");
	/* the official suite: an idn-email domain need not be NFC */
	OK("idn-email", "user@cafe\xcc\x81.com");
	OK("idn-email", "a@XN--BCHER-KVA.DE");
	OK("idn-email", "ö@bücher.example");
	BAD("idn-email", "ö@-bücher.example");
}
END_TEST

START_TEST(uris_and_templates)
{
	OK("uri", "https://user:pw@example.org:8080/a/b?c=d#e");
	OK("uri", "urn:isbn:0451450523");
	OK("uri", "http://[v1.x]/");
	BAD("uri", "http://[v1.]/");
	BAD("uri", "//example.org/");
	BAD("uri", "http://example.org/ä");
	OK("uri-reference", "../a/b");
	OK("uri-reference", "?q#f");
	BAD("uri-reference", "a:b:c%");
	OK("iri", "http://例え.テスト/パス?q=値#frag");
	BAD("iri", "http://example.org/\xef\xbf\xbf"); /* U+FFFF is no ucschar */
	OK("iri-reference", "パス");
	OK("uri-template", "/users/{id}{?fields*,limit:10}");
	BAD("uri-template", "/users/{id");
	BAD("uri-template", "/users/{!id}");
	BAD("uri-template", "/users/{i d}");
	/* "'" is outside RFC 6570's literals, but the official suite says valid */
	OK("uri-template", "a'b");
	BAD("uri-template", "a\"b");
	OK("json-pointer", "/a~0b/c~1d/");
	BAD("json-pointer", "/a~");
	OK("relative-json-pointer", "0");
	OK("relative-json-pointer", "3/a/b");
	BAD("relative-json-pointer", "3#/a");
	OK("uuid", "123e4567-e89b-12d3-a456-426614174000");
	BAD("uuid", "123e4567e89b12d3a456426614174000");
}
END_TEST

static bool matches(const char *pattern, const char *s)
{
	char *err = NULL;
	cc_regex *re = cc_regex_compile(pattern, strlen(pattern), &err);
	bool m;
	ck_assert_msg(re != NULL, "%s did not compile: %s", pattern, err ? err : "?");
	m = cc_regex_search(re, s, strlen(s));
	cc_regex_free(re);
	return m;
}

static void rejected(const char *pattern)
{
	char *err = NULL;
	cc_regex *re = cc_regex_compile(pattern, strlen(pattern), &err);
	ck_assert_msg(re == NULL, "%s should not compile", pattern);
	ck_assert_ptr_nonnull(err);
	ck_assert_uint_gt(strlen(err), 0);
	free(err);
	ck_assert(!cc_format_check("regex", pattern, strlen(pattern)));
}

START_TEST(regex_ecma_semantics)
{
	ck_assert(matches("^\\d+$", "0123456789"));
	ck_assert(!matches("^\\d$", "\xd9\xa1"));          /* U+0661 ARABIC-INDIC ONE */
	ck_assert(matches("^\\p{Nd}$", "\xd9\xa1"));
	ck_assert(!matches("\\w", "\xc3\xa9"));            /* é is no \w */
	ck_assert(matches("^\\W$", "\xc3\xa9"));
	ck_assert(matches("^[^\\W\\p{Nd}]$", "a"));
	ck_assert(!matches("^[^\\W\\p{Nd}]$", "\xc3\xa9"));
	ck_assert(matches("^\\s$", "\xef\xbb\xbf"));       /* U+FEFF */
	ck_assert(matches("^\\s$", "\xe2\x80\xa8"));       /* U+2028 */
	ck_assert(!matches("^\\s$", "\xe2\x80\x8b"));      /* U+200B is no space */
	ck_assert(matches("^[\\S]$", "x"));
	ck_assert(!matches("\\bb", "ab"));
	ck_assert(matches("\\bb", "\xc3\xa9" "b"));        /* é is no word char */
	ck_assert(!matches("^abc$", "abc\n"));             /* $ only at the very end */
	ck_assert(!matches("^.$", "\n"));
	ck_assert(!matches("^.$", "\r"));
	ck_assert(!matches("^.$", "\xe2\x80\xa9"));
	ck_assert(matches("^.$", "\xf0\x9f\x90\xb2"));     /* one code point */
	ck_assert(matches("^\\uD83D\\uDC32$", "\xf0\x9f\x90\xb2"));
	ck_assert(matches("^\\u{1F432}{2}$", "\xf0\x9f\x90\xb2\xf0\x9f\x90\xb2"));
	ck_assert(matches("^\\cJ$", "\n"));
	ck_assert(matches("^\\p{Script=Greek}+$", "\xce\xb1\xce\xb2"));
	ck_assert(matches("^\\p{sc=Grek}+$", "\xce\xb1\xce\xb2"));
	ck_assert(matches("^\\p{scx=Grek}+$", "\xce\xb1\xce\xb2"));
	ck_assert(matches("^\\p{sc=Qaac}$", "\xe2\xb2\x80"));  /* U+2C80, Coptic by its other alias */
	ck_assert(matches("^\\p{Script=Old_Italic}$", "\xf0\x90\x8c\x80"));
	/* the empty pattern is valid ECMA-262 and matches everywhere */
	ck_assert(matches("", ""));
	ck_assert(matches("", "anything"));
	ck_assert(cc_format_check("regex", "", 0));
	ck_assert(matches("^\\p{Letter}cole$", "\xc3\xa9" "cole"));
	ck_assert(matches("^[^]$", "\n"));
	ck_assert(!matches("[]", "anything"));
	ck_assert(matches("^(?<y>\\d{4})-\\k<y>$", "2020-2020"));
	ck_assert(matches("^\\1(a)$", "a"));               /* forward reference: empty */
	ck_assert(matches("(?<=\\$)\\d+", "$42"));
	ck_assert(matches("^[\\d-]+$", "1-2"));
	ck_assert(matches("^\\/\\.?$", "/"));
	ck_assert(!matches("^a\\x00b$", "ab"));
	/* captures are cleared at each iteration of a quantified group */
	ck_assert(matches("^(?:(a)|b)+\\1$", "ab"));        /* \1 unset: empty */
	ck_assert(!matches("^(?:(a)|b)+\\1$", "aba"));
	ck_assert(matches("^(?:(a)|b)+\\1$", "aa"));
	ck_assert(matches("^(?:\\1(a))+$", "aa"));
	/* and an empty iteration beyond the minimum fails */
	ck_assert(!matches("^(\\1|.)*\\1$", "a"));
	ck_assert(matches("^(\\1|.)*\\1$", "aa"));
}
END_TEST

START_TEST(regex_nul_in_subject_and_pattern)
{
	char *err = NULL;
	cc_regex *re = cc_regex_compile("^a\0b$", 5, &err);
	ck_assert_ptr_nonnull(re);
	ck_assert(cc_regex_search(re, "a\0b", 3));
	ck_assert(!cc_regex_search(re, "ab", 2));
	cc_regex_free(re);
	re = cc_regex_compile("^a\\u0000b$", 10, &err);
	ck_assert_ptr_nonnull(re);
	ck_assert(cc_regex_search(re, "a\0b", 3));
	cc_regex_free(re);
	/* invalid UTF-8 in the subject is no match for ".", not an error */
	re = cc_regex_compile("^.$", 3, &err);
	ck_assert(!cc_regex_search(re, "\xff", 1));
	cc_regex_free(re);
}
END_TEST

START_TEST(regex_rejects_what_ecma_rejects)
{
	static const char *const bad[] = {
		"\\a", "\\e", "\\z", "\\Z", "\\A", "\\Q", "\\h", "\\R", "\\K", "\\c", "\\c1",
		"\\x4", "\\u12", "\\u{110000}", "\\01", "\\1", "(a)\\2", "\\k<n>", "(?<n>a)\\k<m>",
		"(?<n>a)(?<n>b)", "(?P<n>a)", "(?#x)", "(?i)a", "(?i:a)", "(?>a)", "(?|a)",
		"a{2,1}", "a{", "a{1", "{", "}", "]", "a)", "(a", "*", "a**", "^*", "(?=a)*",
		"(?<=a)+", "\\b{2}", "[b-a]", "[\\d-z]", "[a-\\w]", "[\\B]", "[\\1]", "[", "\\",
		"\\p{Foo}", "\\p{letter}", "\\p{gc=Foo}", "\\p", "\\p{L", "\\-", "\xff",
		/* script names exactly as Unicode spells them: no loose matching */
		"\\p{sc=grek}", "\\p{Script=GREEK}", "\\p{sc=Old Italic}", "\\p{scx=greek}", "\\p{sc=Foo}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		rejected(bad[i]);
}
END_TEST

START_TEST(regex_variable_length_lookbehind)
{
	/* ES2018 lookbehind of any length: PCRE2 10.42 cannot run it natively */
	ck_assert(matches("(?<=a+)b", "aab"));
	ck_assert(!matches("(?<=a+)b", "cb"));
	ck_assert(matches("^x(?<!a+)b", "xb"));
	ck_assert(!matches("(?<!a+)b", "ab"));
	ck_assert(matches("(?<=^\\d{1,3}(?:,\\d{3})*)\\.\\d+$", "1,234.5"));
	ck_assert(!matches("(?<=^\\d{1,3}(?:,\\d{3})*)\\.\\d+$", "1,23.5"));
	/* nested, and lookahead inside the body sees past the lookbehind */
	ck_assert(matches("(?<=(?<=x+)y+)z", "xyyz"));
	ck_assert(!matches("(?<=(?<=x+)y+)z", "yyz"));
	ck_assert(matches("(?<=a+(?=b))b", "aab"));
	/* captures inside that nothing refers to keep later groups numbered */
	ck_assert(matches("(?<=(Mr|Mrs)\\.? +)([A-Z])\\2", "Mrs  XX"));
	ck_assert(!matches("(?<=(Mr|Mrs)\\.? +)([A-Z])\\2", "Mrs XY"));
	OK("regex", "(?<=a+)b");
}
END_TEST

START_TEST(regex_format_accepts_ecma_the_engine_cannot_run)
{
	/* a variable-length lookbehind whose capture a backreference uses
	 * cannot be emulated */
	static const char *const unsupported[] = { "(?<=(a)+)b\\1", "(?<=(a)+\\1)b", "(a)(?<=\\1+)b" };
	for (size_t i = 0; i < sizeof(unsupported) / sizeof(unsupported[0]); i++) {
		char *err = NULL;
		OK("regex", unsupported[i]);
		ck_assert_ptr_null(cc_regex_compile(unsupported[i], strlen(unsupported[i]), &err));
		ck_assert_ptr_nonnull(strstr(err, "lookbehind"));
		free(err);
	}
	OK("regex", "\\p{CWKCF}"); /* PCRE2 has no data for it */
	ck_assert_ptr_null(cc_regex_compile("\\p{CWKCF}", 8, NULL));
	OK("regex", "a{2,100000}");
	OK("regex", "[]");
	OK("regex", "[^]");
	OK("regex", "(?<name>x)\\k<name>");
	OK("regex", "\\p{Script_Extensions=Latin}");
	BAD("regex", "\\p{Script=NoSuchScript}");
}
END_TEST

START_TEST(regex_catastrophic_pattern_is_bounded)
{
	char subject[64];
	cc_regex *re = cc_regex_compile("^(a+)+$", 7, NULL);
	time_t start = time(NULL);
	memset(subject, 'a', sizeof subject - 1);
	subject[sizeof subject - 2] = 'b';
	subject[sizeof subject - 1] = '\0';
	ck_assert_ptr_nonnull(re);
	/* exponential backtracking: the limit ends it, and it counts as no match */
	ck_assert(!cc_regex_search(re, subject, strlen(subject)));
	ck_assert_int_le(time(NULL) - start, 5);
	subject[sizeof subject - 2] = 'a';
	ck_assert(cc_regex_search(re, subject, strlen(subject)));
	cc_regex_free(re);
	cc_regex_free(NULL);
}
END_TEST

/* ecma_regex_cases.json: patterns with what V8 (Node 20) answers for
 * new RegExp(pattern, "u"): whether it compiles and, for a sample of
 * subjects, whether .test() matches. Patterns the engine cannot run
 * (limits above) are left out of it. */
static void check_subjects(const char *pattern, const cc_regex *re, const cJSON *list, bool want)
{
	const cJSON *subject;
	cJSON_ArrayForEach(subject, list) {
		ck_assert_msg(cc_regex_search(re, subject->valuestring, strlen(subject->valuestring)) == want,
			      "%s should %smatch \"%s\"", pattern, want ? "" : "not ", subject->valuestring);
	}
}

START_TEST(regex_cases_agree_with_v8)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *path, *text;
	size_t len, valid = 0, invalid = 0;
	cJSON *cases, *c;

	ck_assert_ptr_nonnull(src);
	path = cc_xasprintf("%s/tests/formats/ecma_regex_cases.json", src);
	ck_assert_int_eq(cc_read_file(path, 1 << 20, &text, &len), 0);
	cases = cJSON_Parse(text);
	ck_assert_ptr_nonnull(cases);
	cJSON_ArrayForEach(c, cases) {
		const char *pattern = cJSON_GetObjectItemCaseSensitive(c, "pattern")->valuestring;
		size_t plen = strlen(pattern);
		char *err = NULL;
		cc_regex *re = cc_regex_compile(pattern, plen, &err);
		if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "valid"))) {
			ck_assert_msg(re != NULL, "%s should compile: %s", pattern, err ? err : "?");
			ck_assert_msg(cc_format_check("regex", pattern, plen), "format regex: %s", pattern);
			check_subjects(pattern, re, cJSON_GetObjectItemCaseSensitive(c, "match"), true);
			check_subjects(pattern, re, cJSON_GetObjectItemCaseSensitive(c, "nomatch"), false);
			valid++;
		} else {
			ck_assert_msg(re == NULL, "%s should not compile", pattern);
			ck_assert_msg(!cc_format_check("regex", pattern, plen), "format regex: %s", pattern);
			invalid++;
		}
		cc_regex_free(re);
		free(err);
	}
	ck_assert_uint_gt(valid, 300);
	ck_assert_uint_gt(invalid, 100);
	cJSON_Delete(cases);
	free(text);
	free(path);
}
END_TEST

typedef struct thread_job {
	const cc_regex *re;
	int failures;
} thread_job;

static void *search_many(void *arg)
{
	thread_job *job = arg;
	for (int i = 0; i < 2000; i++) {
		char buf[32];
		int n = snprintf(buf, sizeof buf, "id-%d", i);
		bool want = i % 2 == 0;
		if (cc_regex_search(job->re, buf, (size_t)n) != want)
			job->failures++;
	}
	return NULL;
}

START_TEST(regex_search_is_thread_safe)
{
	static const char emulated[] = "^id-\\d*(?<=[02468]+)$";
	cc_regex *re = cc_regex_compile("^id-\\d*[02468]$", 15, NULL);
	cc_regex *re2 = cc_regex_compile(emulated, strlen(emulated), NULL);
	pthread_t threads[4];
	thread_job jobs[4];
	ck_assert_ptr_nonnull(re);
	ck_assert_ptr_nonnull(re2);
	for (int t = 0; t < 4; t++) {
		jobs[t].re = t % 2 ? re2 : re;
		jobs[t].failures = 0;
		ck_assert_int_eq(pthread_create(&threads[t], NULL, search_many, &jobs[t]), 0);
	}
	for (int t = 0; t < 4; t++) {
		pthread_join(threads[t], NULL);
		ck_assert_int_eq(jobs[t].failures, 0);
	}
	cc_regex_free(re);
	cc_regex_free(re2);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("formats");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, known_and_unknown_formats);
	tcase_add_test(tc, dates_and_times);
	tcase_add_test(tc, nul_bytes_are_part_of_the_string);
	tcase_add_test(tc, addresses);
	tcase_add_test(tc, host_names);
	tcase_add_test(tc, email_addresses);
	tcase_add_test(tc, uris_and_templates);
	tcase_add_test(tc, regex_ecma_semantics);
	tcase_add_test(tc, regex_nul_in_subject_and_pattern);
	tcase_add_test(tc, regex_rejects_what_ecma_rejects);
	tcase_add_test(tc, regex_variable_length_lookbehind);
	tcase_add_test(tc, regex_format_accepts_ecma_the_engine_cannot_run);
	tcase_add_test(tc, regex_cases_agree_with_v8);
	tcase_add_test(tc, regex_catastrophic_pattern_is_bounded);
	tcase_add_test(tc, regex_search_is_thread_safe);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
