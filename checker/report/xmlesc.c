#include "xmlesc.h"

#include <stdint.h>
#include <string.h>

#include "common.h"

void cc_xml_escape(FILE *out, const char *s, bool in_attribute)
{
	size_t len = s ? strlen(s) : 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = cc_report_utf8_next(&cp, s + i, len - i);
		switch (cp) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs(in_attribute ? "&quot;" : "\"", out); break;
		case '\'': fputs(in_attribute ? "&apos;" : "'", out); break;
		case '\t': fputs(in_attribute ? "&#9;" : "\t", out); break;
		case '\n': fputs(in_attribute ? "&#10;" : "\n", out); break;
		case '\r': fputs("&#13;", out); break;
		default:
			if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || cp == CC_REPORT_REPLACEMENT)
				fputs("\xEF\xBF\xBD", out);
			else if (cp >= 0x7F && cp <= 0x9F)
				fprintf(out, "&#x%02X;", (unsigned)cp);
			else
				fwrite(s + i, 1, n, out);
			break;
		}
		i += n;
	}
}
