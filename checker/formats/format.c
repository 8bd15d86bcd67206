/* cc_format_check: the table of known formats. */
#include "format.h"

#include <string.h>

#include "formats_internal.h"

typedef struct format_entry {
	const char *name;
	bool (*check)(const char *s, size_t len);
} format_entry;

static bool check_regex(const char *s, size_t len)
{
	return cc_regex_valid(s, len);
}

static const format_entry formats[] = {
	{ "date", cc_fmt_date },
	{ "date-time", cc_fmt_date_time },
	{ "duration", cc_fmt_duration },
	{ "email", cc_fmt_email },
	{ "hostname", cc_fmt_hostname },
	{ "idn-email", cc_fmt_idn_email },
	{ "idn-hostname", cc_fmt_idn_hostname },
	{ "ipv4", cc_fmt_ipv4 },
	{ "ipv6", cc_fmt_ipv6 },
	{ "iri", cc_fmt_iri },
	{ "iri-reference", cc_fmt_iri_reference },
	{ "json-pointer", cc_fmt_json_pointer },
	{ "regex", check_regex },
	{ "relative-json-pointer", cc_fmt_relative_json_pointer },
	{ "time", cc_fmt_time },
	{ "uri", cc_fmt_uri },
	{ "uri-reference", cc_fmt_uri_reference },
	{ "uri-template", cc_fmt_uri_template },
	{ "uuid", cc_fmt_uuid },
};

static const format_entry *find(const char *format)
{
	if (!format)
		return NULL;
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(formats[i].name, format) == 0)
			return &formats[i];
	return NULL;
}

bool cc_format_known(const char *format)
{
	return find(format) != NULL;
}

bool cc_format_check(const char *format, const char *s, size_t len)
{
	const format_entry *f = find(format);
	if (!f)
		return true;
	if (!s)
		return len == 0 ? f->check("", 0) : false;
	return f->check(s, len);
}
