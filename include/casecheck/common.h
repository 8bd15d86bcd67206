/* casecheck/common.h: what every public header needs.
 *
 * CC_EXTERN marks a declaration as part of libcasecheck's API: the library
 * is built with -fvisibility=hidden, so only functions declared with it
 * are exported from the shared library (and every one is named cc_...;
 * test_exports checks both). */
#ifndef CASECHECK_COMMON_H
#define CASECHECK_COMMON_H

#if defined(__GNUC__) || defined(__clang__)
#define CC_EXTERN __attribute__((visibility("default")))
#else
#define CC_EXTERN
#endif

#endif
