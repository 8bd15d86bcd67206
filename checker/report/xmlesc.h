/* xmlesc: text and attribute values for XML 1.0 (JUnit, and any markup
 * report). Markup characters become entities; characters XML 1.0 forbids
 * (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF) and
 * invalid UTF-8 become U+FFFD, so the document is always well-formed. */
#ifndef CC_REPORT_XMLESC_H
#define CC_REPORT_XMLESC_H

#include <stdbool.h>
#include <stdio.h>

/* Writes s escaped; in_attribute also escapes quotes, tab, newline and
 * carriage return (which attribute normalisation would otherwise turn
 * into spaces). */
void cc_xml_escape(FILE *out, const char *s, bool in_attribute);

#endif
