/*
 * bench/common/gen.h: small helpers shared by the benchmark generators
 * (bench/validate/gen_notes.c, bench/audit/gen_caseload.c): a seeded PRNG,
 * calendar dates, synthetic free text and a growable output buffer.
 *
 * Header-only (static functions) so each generator is one `cc` command.
 * Nothing here is personal data: names and text are made of a fixed word
 * list. Allocation failure aborts (a benchmark has nothing better to do).
 */
#ifndef CASECHECK_BENCH_GEN_H
#define CASECHECK_BENCH_GEN_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* every helper may go unused in one generator */
#pragma GCC diagnostic ignored "-Wunused-function"

/* ---- PRNG: splitmix64, deterministic for a given seed ---- */

static uint64_t gen_state = 0x9e3779b97f4a7c15ULL;

static void gen_seed(uint64_t seed) { gen_state = seed * 0x9e3779b97f4a7c15ULL + 1; }

static uint64_t gen_next(void)
{
	uint64_t z = (gen_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A number in [0, n); n > 0. */
static unsigned gen_below(unsigned n) { return (unsigned)(gen_next() % n); }

/* True with probability per_mille / 1000. */
static int gen_chance(unsigned per_mille) { return gen_below(1000) < per_mille; }

#define GEN_PICK(arr) ((arr)[gen_below((unsigned)(sizeof(arr) / sizeof((arr)[0])))])

/* ---- dates: days since 1970-01-01 <-> YYYY-MM-DD ---- */

/* Writes "YYYY-MM-DD" (out holds 16 bytes) for day number `days`
 * (Howard Hinnant's civil_from_days). */
static void gen_date(char out[16], long days)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(out, 16, "%04u-%02u-%02u", (unsigned)(y + (m <= 2)) % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

/* Day number of y-m-d (days_from_civil). */
static long gen_days(long y, long m, long d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* ---- growable buffer ---- */

typedef struct {
	char *ptr;
	size_t len, cap;
} gen_buf;

static void gen_grow(gen_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->ptr = realloc(b->ptr, cap);
	if (!b->ptr) {
		perror("realloc");
		abort();
	}
	b->cap = cap;
}

static void gen_puts(gen_buf *b, const char *s)
{
	size_t n = strlen(s);
	gen_grow(b, n);
	memcpy(b->ptr + b->len, s, n + 1);
	b->len += n;
}

__attribute__((format(printf, 2, 3))) static void gen_printf(gen_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	gen_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void gen_clear(gen_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

/* ---- synthetic free text (JSON-safe: letters, spaces, punctuation) ---- */

static const char *const gen_words[] = {
	"child", "mother", "father", "school", "visit", "home", "worker", "plan",
	"review", "health", "contact", "family", "agreed", "reported", "seen",
	"alone", "bedroom", "clean", "attendance", "improved", "concerns", "about",
	"sleep", "routine", "nursery", "support", "referral", "meeting", "professionals",
	"discussed", "safety", "wishes", "feelings", "said", "happy", "worried",
	"grandmother", "weekend", "appointment", "dentist", "missed", "attended",
	"the", "and", "with", "was", "were", "has", "been", "will", "for", "to",
	"of", "at", "in", "on", "by", "after", "before", "during", "next", "week",
	"today", "recently", "again", "housing", "benefits", "rent", "arrears",
	"police", "incident", "neighbour", "letter", "sent", "phone", "call",
	"stepfather", "sibling", "brother", "sister", "baby", "weight", "gp",
	"health-visitor", "teacher", "progress", "behaviour", "calm", "settled",
};

/* Appends a sentence-like text of about `words` words to b. */
static void gen_text(gen_buf *b, unsigned words)
{
	int start = 1;
	for (unsigned i = 0; i < words; i++) {
		const char *w = GEN_PICK(gen_words);
		if (i > 0)
			gen_puts(b, " ");
		if (start) {
			char first[2] = { (char)(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0]), 0 };
			gen_puts(b, first);
			gen_puts(b, w + 1);
		} else {
			gen_puts(b, w);
		}
		start = 0;
		if (i + 1 == words || gen_chance(90)) {
			gen_puts(b, gen_chance(100) ? ", \\\"quoted\\\"." : ".");
			start = 1;
		}
	}
}

/* Writes buffer b to path (truncating); aborts on error. */
static void gen_write_file(const char *path, const gen_buf *b)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(b->ptr, 1, b->len, f) != b->len || fclose(f) != 0) {
		perror(path);
		exit(2);
	}
}

#endif
