/* fuzz_identifiers: libFuzzer target for the small parsers: dates (full,
 * partial, times), UPN, NHS number, UK postcode and phone. Each reads only
 * the len bytes it is given (the input is copied into an exact-size heap
 * buffer, so ASan sees any read past it), and what it accepts must be
 * consistent: a parsed date formats back to the same text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "casecheck/identifiers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size ? size : 1);
	if (!s)
		return 0;
	memcpy(s, data, size);

	cc_date d;
	if (cc_date_parse(&d, s, size) == 0) {
		char buf[11];
		cc_date_format(d, buf);
		if (size != 10 || memcmp(buf, s, 10))
			abort();
		int y, m, dd;
		cc_date_to_ymd(d, &y, &m, &dd);
		if (cc_date_from_ymd(y, m, dd) != d || cc_date_weekday(d) < 0 || cc_date_weekday(d) > 6)
			abort();
		const cc_calendar *cal = cc_calendar_builtin();
		cc_date w = cc_calendar_add_working_days(cal, d, (int)(size * 37) - 200);
		(void)cc_calendar_working_days_between(cal, d, w);
		(void)cc_date_add_months(d, (int)size - 12);
	}
	cc_partial_date p;
	if (cc_partial_date_parse(&p, s, size) == 0 && p.first > p.last)
		abort();
	int minutes;
	if (cc_time_parse(&minutes, s, size) == 0 && (minutes < 0 || minutes >= 24 * 60))
		abort();
	bool upn = cc_upn_valid(s, size);
	if (upn && size != 13)
		abort();
	(void)cc_nhs_number_valid(s, size);
	(void)cc_postcode_valid(s, size);
	(void)cc_phone_valid(s, size);
	free(s);
	return 0;
}
