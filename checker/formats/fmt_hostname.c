/* Host names: RFC 1123 labels, A-labels checked by decoding them (RFC
 * 5890-5893), and for idn-hostname U-labels with any of the four IDNA
 * full stops as separators. A-labels in any case ("XN--BCHER-KVA");
 * U-labels, and what A-labels decode to, in NFC (RFC 5891 §5.3-5.4). */
#include <stdlib.h>

#include "formats_internal.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define MAX_LABEL 63
#define MAX_NAME 253

static bool is_separator(uint32_t cp, bool idn)
{
	return cp == '.' || (idn && (cp == 0x3002 || cp == 0xFF0E || cp == 0xFF61));
}

static bool is_ldh(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

static uint32_t lower(uint32_t c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* An A-label "xn--...": its U-label goes to *ulabel (room for n code
 * points), its length to *ulen. */
static bool a_label_ok(const uint32_t *cps, size_t n, bool nfc, uint32_t *ulabel, size_t *ulen)
{
	char ascii[MAX_LABEL], again[MAX_LABEL];
	long got, enc;
	bool non_ascii = false;

	/* A-labels are compared without regard to case (RFC 5890 §2.3.2.1):
	 * "XN--BCHER-KVA" is "xn--bcher-kva", whose basic code points decode
	 * in lower case. */
	for (size_t i = 4; i < n; i++)
		ascii[i - 4] = (char)lower(cps[i]);
	got = cc_punycode_decode(ascii, n - 4, ulabel, n);
	if (got <= 0)
		return false;
	for (long i = 0; i < got; i++)
		non_ascii |= ulabel[i] >= 0x80;
	if (!non_ascii)
		return false;
	/* canonical: encoding the U-label gives the A-label back */
	enc = cc_punycode_encode(ulabel, (size_t)got, again, sizeof again);
	if (enc != (long)(n - 4))
		return false;
	for (long i = 0; i < enc; i++)
		if (lower((uint32_t)(unsigned char)again[i]) != lower(cps[4 + i]))
			return false;
	*ulen = (size_t)got;
	return cc_idna_ulabel_ok(ulabel, *ulen) && (!nfc || cc_idna_nfc(ulabel, *ulen));
}

/* One label at cps[0..n); its Unicode form goes to out and *outlen (out has
 * room for n code points) and its ASCII length to *alen. */
static bool label_ok(const uint32_t *cps, size_t n, bool idn, bool nfc, uint32_t *out, size_t *outlen,
		     size_t *alen)
{
	bool ascii = true;

	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		ascii &= cps[i] < 0x80;
	if (ascii) {
		if (n > MAX_LABEL || cps[0] == '-' || cps[n - 1] == '-')
			return false;
		for (size_t i = 0; i < n; i++)
			if (!is_ldh(cps[i]))
				return false;
		*alen = n;
		if (n >= 4 && cps[2] == '-' && cps[3] == '-') {
			if (lower(cps[0]) == 'x' && lower(cps[1]) == 'n')
				return a_label_ok(cps, n, nfc, out, outlen);
			if (idn)
				return false; /* other R-LDH labels are reserved (RFC 5890 §2.3.1) */
		}
		for (size_t i = 0; i < n; i++)
			out[i] = cps[i];
		*outlen = n;
		return true;
	}
	if (!idn || !cc_idna_ulabel_ok(cps, n) || (nfc && !cc_idna_nfc(cps, n)))
		return false;
	char enc[MAX_LABEL];
	long got = cc_punycode_encode(cps, n, enc, sizeof enc - 4);
	if (got < 0)
		return false;
	*alen = 4 + (size_t)got;
	for (size_t i = 0; i < n; i++)
		out[i] = cps[i];
	*outlen = n;
	return true;
}

static bool name_ok(const uint32_t *cps, size_t n, bool idn, bool nfc)
{
	uint32_t *store = cc_xmalloc((n + 1) * sizeof *store);
	const uint32_t **labels = cc_xmalloc((n + 1) * sizeof *labels);
	size_t *lens = cc_xmalloc((n + 1) * sizeof *lens);
	size_t count = 0, used = 0, total = 0, start = 0;
	bool ok = false;

	if (n == 0)
		goto done;
	for (size_t i = 0; i <= n; i++) {
		size_t alen;
		if (i < n && !is_separator(cps[i], idn))
			continue;
		if (!label_ok(cps + start, i - start, idn, nfc, store + used, &lens[count], &alen))
			goto done;
		labels[count] = store + used;
		used += lens[count];
		count++;
		total += alen + (i < n ? 1 : 0);
		start = i + 1;
	}
	ok = total <= MAX_NAME && cc_idna_bidi_ok(labels, lens, count);
done:
	free(store);
	free(labels);
	free(lens);
	return ok;
}

bool cc_fmt_hostname(const char *s, size_t len)
{
	uint32_t *cps = cc_xmalloc((len + 1) * sizeof *cps);
	bool ok = true;
	for (size_t i = 0; i < len && ok; i++) {
		cps[i] = (unsigned char)s[i];
		ok = cps[i] < 0x80;
	}
	ok = ok && name_ok(cps, len, false, true);
	free(cps);
	return ok;
}

static bool idn_name(const char *s, size_t len, bool nfc)
{
	uint32_t *cps;
	size_t n;
	bool ok;
	if (cc_utf8_to_cps(&cps, &n, s, len) < 0)
		return false;
	ok = name_ok(cps, n, true, nfc);
	free(cps);
	return ok;
}

bool cc_fmt_idn_hostname(const char *s, size_t len)
{
	return idn_name(s, len, true);
}

bool cc_fmt_idn_email_domain(const char *s, size_t len)
{
	return idn_name(s, len, false);
}
