/* xml_check: a small, strict XML 1.0 well-formedness checker for the
 * JUnit tests, written independently of the report's escaping code.
 *
 * Accepts: an optional XML declaration, comments, one root element,
 * elements with attributes (no duplicates, quoted values), character data
 * and the references &lt; &gt; &amp; &quot; &apos; &#N; &#xH;. Refuses
 * anything else (DTDs, CDATA, processing instructions after the start),
 * invalid UTF-8 and any character outside XML 1.0's Char production, raw
 * or by reference. Builds a tree with decoded attribute values and text. */
#ifndef CC_TESTS_XML_CHECK_H
#define CC_TESTS_XML_CHECK_H

#include <stddef.h>

typedef struct xml_node {
	char *name;
	char **attr_names, **attr_values;
	size_t n_attrs;
	struct xml_node **kids;
	size_t n_kids;
	char *text; /* all character data directly inside, decoded */
	size_t text_len;
} xml_node;

/* Parses doc; returns the root (free with xml_free) or NULL with a message
 * in *err (static). */
xml_node *xml_parse(const char *doc, size_t len, const char **err);
void xml_free(xml_node *n);
/* The attribute's decoded value, or NULL. */
const char *xml_attr(const xml_node *n, const char *name);
/* How many direct children are named name. */
size_t xml_count(const xml_node *n, const char *name);
/* The i-th direct child named name, or NULL. */
const xml_node *xml_child(const xml_node *n, const char *name, size_t i);

#endif
