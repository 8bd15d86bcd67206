/* write.c: the export formats by name, and how a date prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chron_int.h"

static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};

void cc_chron_date_label(char out[32], const cc_partial_date *d)
{
	int y, m, day;
	cc_date_to_ymd(d->first, &y, &m, &day);
	switch (d->precision) {
	case CC_DATE_YEAR: snprintf(out, 32, "%d", y); break;
	case CC_DATE_MONTH: snprintf(out, 32, "%s %d", months[m - 1], y); break;
	default: snprintf(out, 32, "%d %s %d", day, months[m - 1], y); break;
	}
}

int cc_chron_format_parse(cc_chron_format *out, const char *name)
{
	static const char *const names[] = {"text", "csv", "json", "html"};
	for (int i = 0; name && i < 4; i++)
		if (!strcmp(name, names[i])) {
			*out = (cc_chron_format)i;
			return 0;
		}
	return -1;
}

int cc_chronology_write(FILE *out, const cc_chronology *c, cc_chron_format format)
{
	switch (format) {
	case CC_CHRON_TEXT: return cc_chron_write_text(out, c);
	case CC_CHRON_CSV: return cc_chron_write_csv(out, c);
	case CC_CHRON_JSON: return cc_chron_write_json(out, c);
	case CC_CHRON_HTML: return cc_chron_write_html(out, c);
	}
	return -1;
}
