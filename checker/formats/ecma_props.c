/* The Unicode property names ECMA-262 accepts in \p{...}, mapped to PCRE2. */
#include <stdbool.h>
#include <string.h>

#include "ecma_translate.h"

/* General_Category values: long name, short name, other alias (or NULL). */
static const char *const gc_values[][3] = {
	{ "Cased_Letter", "LC", NULL },
	{ "Close_Punctuation", "Pe", NULL },
	{ "Connector_Punctuation", "Pc", NULL },
	{ "Control", "Cc", "cntrl" },
	{ "Currency_Symbol", "Sc", NULL },
	{ "Dash_Punctuation", "Pd", NULL },
	{ "Decimal_Number", "Nd", "digit" },
	{ "Enclosing_Mark", "Me", NULL },
	{ "Final_Punctuation", "Pf", NULL },
	{ "Format", "Cf", NULL },
	{ "Initial_Punctuation", "Pi", NULL },
	{ "Letter", "L", NULL },
	{ "Letter_Number", "Nl", NULL },
	{ "Line_Separator", "Zl", NULL },
	{ "Lowercase_Letter", "Ll", NULL },
	{ "Mark", "M", "Combining_Mark" },
	{ "Math_Symbol", "Sm", NULL },
	{ "Modifier_Letter", "Lm", NULL },
	{ "Modifier_Symbol", "Sk", NULL },
	{ "Nonspacing_Mark", "Mn", NULL },
	{ "Number", "N", NULL },
	{ "Open_Punctuation", "Ps", NULL },
	{ "Other", "C", NULL },
	{ "Other_Letter", "Lo", NULL },
	{ "Other_Number", "No", NULL },
	{ "Other_Punctuation", "Po", NULL },
	{ "Other_Symbol", "So", NULL },
	{ "Paragraph_Separator", "Zp", NULL },
	{ "Private_Use", "Co", NULL },
	{ "Punctuation", "P", "punct" },
	{ "Separator", "Z", NULL },
	{ "Space_Separator", "Zs", NULL },
	{ "Spacing_Mark", "Mc", NULL },
	{ "Surrogate", "Cs", NULL },
	{ "Symbol", "S", NULL },
	{ "Titlecase_Letter", "Lt", NULL },
	{ "Unassigned", "Cn", NULL },
	{ "Uppercase_Letter", "Lu", NULL },
};

/* Binary properties: canonical name (which PCRE2 knows too), alias. */
static const char *const binary_props[][2] = {
	{ "ASCII_Hex_Digit", "AHex" },
	{ "Alphabetic", "Alpha" },
	{ "Bidi_Control", "Bidi_C" },
	{ "Bidi_Mirrored", "Bidi_M" },
	{ "Case_Ignorable", "CI" },
	{ "Cased", NULL },
	{ "Changes_When_Casefolded", "CWCF" },
	{ "Changes_When_Casemapped", "CWCM" },
	{ "Changes_When_Lowercased", "CWL" },
	{ "Changes_When_Titlecased", "CWT" },
	{ "Changes_When_Uppercased", "CWU" },
	{ "Dash", NULL },
	{ "Default_Ignorable_Code_Point", "DI" },
	{ "Deprecated", "Dep" },
	{ "Diacritic", "Dia" },
	{ "Emoji", NULL },
	{ "Emoji_Component", "EComp" },
	{ "Emoji_Modifier", "EMod" },
	{ "Emoji_Modifier_Base", "EBase" },
	{ "Emoji_Presentation", "EPres" },
	{ "Extended_Pictographic", "ExtPict" },
	{ "Extender", "Ext" },
	{ "Grapheme_Base", "Gr_Base" },
	{ "Grapheme_Extend", "Gr_Ext" },
	{ "Hex_Digit", "Hex" },
	{ "IDS_Binary_Operator", "IDSB" },
	{ "IDS_Trinary_Operator", "IDST" },
	{ "ID_Continue", "IDC" },
	{ "ID_Start", "IDS" },
	{ "Ideographic", "Ideo" },
	{ "Join_Control", "Join_C" },
	{ "Logical_Order_Exception", "LOE" },
	{ "Lowercase", "Lower" },
	{ "Math", NULL },
	{ "Noncharacter_Code_Point", "NChar" },
	{ "Pattern_Syntax", "Pat_Syn" },
	{ "Pattern_White_Space", "Pat_WS" },
	{ "Quotation_Mark", "QMark" },
	{ "Radical", NULL },
	{ "Regional_Indicator", "RI" },
	{ "Sentence_Terminal", "STerm" },
	{ "Soft_Dotted", "SD" },
	{ "Terminal_Punctuation", "Term" },
	{ "Unified_Ideograph", "UIdeo" },
	{ "Uppercase", "Upper" },
	{ "Variation_Selector", "VS" },
	{ "White_Space", "space" },
	{ "XID_Continue", "XIDC" },
	{ "XID_Start", "XIDS" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int eq(const char *a, size_t alen, const char *b)
{
	return b && strlen(b) == alen && memcmp(a, b, alen) == 0;
}

static const char *find_gc(const char *v, size_t len)
{
	for (size_t i = 0; i < COUNT(gc_values); i++)
		for (int j = 0; j < 3; j++)
			if (eq(v, len, gc_values[i][j]))
				return gc_values[i][1];
	return NULL;
}

static const char *find_binary(const char *v, size_t len)
{
	for (size_t i = 0; i < COUNT(binary_props); i++)
		if (eq(v, len, binary_props[i][0]) || eq(v, len, binary_props[i][1]))
			return binary_props[i][0];
	return NULL;
}

/* A Script value spelled exactly as Unicode names it, as its long name
 * (which PCRE2 knows), or NULL. */
static const char *find_script(const char *v, size_t len)
{
	size_t lo = 0, hi = cc_ecma_n_scripts;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *name = cc_ecma_scripts[mid].name;
		int c = strncmp(name, v, len);
		if (!c)
			c = name[len] != '\0';
		if (!c)
			return memchr(v, '\0', len) ? NULL : cc_ecma_scripts[mid].long_name;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void put_prop(cc_strbuf *out, int negate, const char *prefix, const char *v, size_t len)
{
	cc_strbuf_puts(out, negate ? "\\P{" : "\\p{");
	cc_strbuf_puts(out, prefix);
	cc_strbuf_add(out, v, len);
	cc_strbuf_putc(out, '}');
}

int cc_ecma_property(cc_strbuf *out, const char *name, size_t len, int negate)
{
	const char *eqsign = memchr(name, '=', len);
	const char *found;

	if (eqsign) {
		size_t klen = (size_t)(eqsign - name);
		const char *v = eqsign + 1;
		size_t vlen = len - klen - 1;
		if (eq(name, klen, "General_Category") || eq(name, klen, "gc")) {
			if (!(found = find_gc(v, vlen)))
				return -1;
			put_prop(out, negate, "", found, strlen(found));
			return 0;
		}
		bool scx = eq(name, klen, "Script_Extensions") || eq(name, klen, "scx");
		if (scx || eq(name, klen, "Script") || eq(name, klen, "sc")) {
			if (!(found = find_script(v, vlen)))
				return -1;
			if (!strcmp(found, "Katakana_Or_Hiragana"))
				return 1; /* valid ECMA-262, but PCRE2 has no such script */
			put_prop(out, negate, scx ? "scx:" : "sc:", found, strlen(found));
			return 0;
		}
		return -1;
	}
	if ((found = find_gc(name, len))) {
		put_prop(out, negate, "", found, strlen(found));
	} else if ((found = find_binary(name, len))) {
		put_prop(out, negate, "", found, strlen(found));
	} else if (eq(name, len, "Any")) {
		if (!negate)
			cc_strbuf_puts(out, "\\x{0}-\\x{d7ff}\\x{e000}-\\x{10ffff}");
	} else if (eq(name, len, "ASCII")) {
		cc_strbuf_puts(out, negate ? "\\x{80}-\\x{d7ff}\\x{e000}-\\x{10ffff}" : "\\x{0}-\\x{7f}");
	} else if (eq(name, len, "Changes_When_NFKC_Casefolded") || eq(name, len, "CWKCF")) {
		return 1; /* valid ECMA-262, but PCRE2 has no data for it */
	} else if (eq(name, len, "Assigned")) {
		cc_strbuf_puts(out, negate ? "\\p{Cn}" : "\\P{Cn}");
	} else {
		return -1;
	}
	return 0;
}
