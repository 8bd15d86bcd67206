/* sshsig.c: parsing an armored SSHSIG and checking it with libcrypto.
 *
 * The blob is "SSHSIG", uint32 version 1, then the strings publickey,
 * namespace, reserved, hash_algorithm and signature. What the key signs is
 * "SSHSIG" followed by the strings namespace, reserved, hash_algorithm and
 * H(message). Keys: ssh-ed25519 (string key), ecdsa-sha2-nistp256 (string
 * "nistp256", string Q), ssh-rsa (mpint e, mpint n); signatures: string
 * algorithm, string bytes (for ECDSA the bytes are mpint r, mpint s). */
#include "sshsig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include "sshbuf.h"
#include "util/xalloc.h"

#define MAGIC "SSHSIG"
#define MAGIC_LEN 6
#define ARMOR_BEGIN "-----BEGIN SSH SIGNATURE-----"
#define ARMOR_END "-----END SSH SIGNATURE-----"
#define RSA_MIN_BITS 1024

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

int cc_base64_decode(unsigned char **out, size_t *len, const char *text, size_t n)
{
	unsigned char *buf = cc_xmalloc(n / 4 * 3 + 3);
	size_t o = 0, chars = 0, pad = 0;
	uint32_t acc = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
			continue;
		int v = c == '=' ? 0 : b64_value(c);
		if (v < 0 || (pad && c != '='))
			goto bad;
		if (c == '=')
			pad++;
		acc = acc << 6 | (uint32_t)v;
		if (++chars % 4 == 0) {
			buf[o++] = (unsigned char)(acc >> 16);
			buf[o++] = (unsigned char)(acc >> 8);
			buf[o++] = (unsigned char)acc;
			acc = 0;
		}
	}
	if (chars % 4 || pad > 2)
		goto bad;
	*out = buf;
	*len = o - pad;
	return 0;
bad:
	free(buf);
	return -1;
}

int cc_sshsig_parse(cc_sshsig *out, unsigned char **blob, size_t *blob_len, const char *armored, const char **why)
{
	const char *b = armored ? strstr(armored, ARMOR_BEGIN) : NULL;
	const char *e = b ? strstr(b, ARMOR_END) : NULL;
	*blob = NULL;
	if (!b || !e) {
		*why = "the signature is not an armored SSH signature";
		return -1;
	}
	b += strlen(ARMOR_BEGIN);
	if (cc_base64_decode(blob, blob_len, b, (size_t)(e - b)) < 0) {
		*why = "the signature's base64 is damaged";
		return -1;
	}
	cc_sshbuf r = {*blob, *blob_len, false};
	memset(out, 0, sizeof *out);
	if (r.left < MAGIC_LEN || memcmp(r.p, MAGIC, MAGIC_LEN)) {
		*why = "the signature is not an SSHSIG";
		goto bad;
	}
	r.p += MAGIC_LEN;
	r.left -= MAGIC_LEN;
	if (cc_sshbuf_u32(&r) != 1) {
		*why = "the signature is of an unknown SSHSIG version";
		goto bad;
	}
	out->pubkey = cc_sshbuf_str(&r, &out->pubkey_len);
	out->ns = cc_sshbuf_str(&r, &out->ns_len);
	out->reserved = cc_sshbuf_str(&r, &out->reserved_len);
	out->hashalg = cc_sshbuf_str(&r, &out->hashalg_len);
	out->sig = cc_sshbuf_str(&r, &out->sig_len);
	if (!cc_sshbuf_done(&r)) {
		*why = "the signature's SSHSIG structure is damaged";
		goto bad;
	}
	return 0;
bad:
	free(*blob);
	*blob = NULL;
	return -1;
}

static bool has_suffix(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	return len >= n && !memcmp(s + len - n, suffix, n);
}

const char *cc_sshkey_refused(const char *type, size_t len)
{
	if (len >= 3 && !memcmp(type, "sk-", 3))
		return "FIDO security-key (sk-) keys are not supported";
	if (has_suffix(type, len, "-cert-v01@openssh.com"))
		return "certificate keys are not supported";
	return NULL;
}

/* Appends an SSH string to a growing buffer. */
static void put_str(unsigned char **buf, size_t *len, size_t *cap, const void *s, size_t n)
{
	*buf = cc_xgrow(*buf, cap, *len + 4 + n, 1);
	unsigned char *p = *buf + *len;
	p[0] = (unsigned char)(n >> 24);
	p[1] = (unsigned char)(n >> 16);
	p[2] = (unsigned char)(n >> 8);
	p[3] = (unsigned char)n;
	memcpy(p + 4, s, n);
	*len += 4 + n;
}

/* EVP_DigestVerify of data with pkey and md (NULL for Ed25519). */
static bool digest_verify(EVP_PKEY *pkey, const EVP_MD *md, const unsigned char *sig, size_t sig_len,
                          const unsigned char *data, size_t len)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	bool ok = ctx && EVP_DigestVerifyInit(ctx, NULL, md, NULL, pkey) == 1 &&
	          EVP_DigestVerify(ctx, sig, sig_len, data, len) == 1;
	EVP_MD_CTX_free(ctx);
	return ok;
}

/* A key from OSSL_PARAMs (EC and RSA public keys). */
static EVP_PKEY *key_from_params(const char *type, OSSL_PARAM *params)
{
	EVP_PKEY *pkey = NULL;
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
	if (!ctx || EVP_PKEY_fromdata_init(ctx) != 1 || EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) != 1)
		pkey = NULL;
	EVP_PKEY_CTX_free(ctx);
	return pkey;
}

static int check_ed25519(cc_sshbuf *key, cc_sshbuf *sig, const unsigned char *data, size_t len, const char **why)
{
	size_t klen, slen;
	const unsigned char *k = cc_sshbuf_str(key, &klen);
	const unsigned char *s;
	if (!cc_sshbuf_done(key) || klen != 32) {
		*why = "the signer's ssh-ed25519 key is malformed";
		return -1;
	}
	if (!cc_sshbuf_str_is(sig, "ssh-ed25519") || !(s = cc_sshbuf_str(sig, &slen)) || slen != 64 ||
	    !cc_sshbuf_done(sig)) {
		*why = "the ssh-ed25519 signature is malformed";
		return -1;
	}
	EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, k, klen);
	bool ok = pkey && digest_verify(pkey, NULL, s, slen, data, len);
	EVP_PKEY_free(pkey);
	if (!ok)
		*why = "the signature does not verify over this sign-off's payload";
	return ok ? 0 : -1;
}

/* An SSH mpint (positive) as a BIGNUM, or NULL. */
static BIGNUM *read_mpint(cc_sshbuf *b)
{
	size_t n;
	const unsigned char *p = cc_sshbuf_str(b, &n);
	if (!p || (n > 0 && (p[0] & 0x80)) || n > 2048)
		return NULL;
	return BN_bin2bn(p, (int)n, NULL);
}

static int check_ecdsa(cc_sshbuf *key, cc_sshbuf *sig, const unsigned char *data, size_t len, const char **why)
{
	size_t qlen, slen, der_len = 0;
	const unsigned char *q, *s;
	unsigned char *der = NULL;
	EVP_PKEY *pkey = NULL;
	ECDSA_SIG *es = NULL;
	BIGNUM *r = NULL, *sv = NULL;
	int rc = -1;
	if (!cc_sshbuf_str_is(key, "nistp256") || !(q = cc_sshbuf_str(key, &qlen)) || qlen != 65 || q[0] != 4 ||
	    !cc_sshbuf_done(key)) {
		*why = "the signer's ecdsa-sha2-nistp256 key is malformed";
		return -1;
	}
	if (!cc_sshbuf_str_is(sig, "ecdsa-sha2-nistp256") || !(s = cc_sshbuf_str(sig, &slen)) || !cc_sshbuf_done(sig)) {
		*why = "the ecdsa-sha2-nistp256 signature is malformed";
		return -1;
	}
	cc_sshbuf rs = {s, slen, false};
	r = read_mpint(&rs);
	sv = read_mpint(&rs);
	if (!r || !sv || !cc_sshbuf_done(&rs) || !(es = ECDSA_SIG_new()) || ECDSA_SIG_set0(es, r, sv) != 1) {
		*why = "the ecdsa-sha2-nistp256 signature is malformed";
		goto done;
	}
	r = sv = NULL; /* es owns them */
	int n = i2d_ECDSA_SIG(es, &der);
	if (n <= 0) {
		*why = "the ecdsa-sha2-nistp256 signature is malformed";
		goto done;
	}
	der_len = (size_t)n;
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)"prime256v1", 0),
		OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, (void *)q, qlen),
		OSSL_PARAM_construct_end(),
	};
	if (!(pkey = key_from_params("EC", params))) {
		*why = "the signer's ecdsa-sha2-nistp256 key is not a point on the curve";
		goto done;
	}
	if (!digest_verify(pkey, EVP_sha256(), der, der_len, data, len)) {
		*why = "the signature does not verify over this sign-off's payload";
		goto done;
	}
	rc = 0;
done:
	BN_free(r);
	BN_free(sv);
	ECDSA_SIG_free(es);
	OPENSSL_free(der);
	EVP_PKEY_free(pkey);
	return rc;
}

static int check_rsa(cc_sshbuf *key, cc_sshbuf *sig, const unsigned char *data, size_t len, const char **why)
{
	BIGNUM *e = read_mpint(key), *n = read_mpint(key);
	OSSL_PARAM_BLD *bld = NULL;
	OSSL_PARAM *params = NULL;
	EVP_PKEY *pkey = NULL;
	unsigned char *padded = NULL;
	size_t slen, nlen;
	const unsigned char *s;
	const EVP_MD *md = NULL;
	int rc = -1;
	if (!e || !n || !cc_sshbuf_done(key)) {
		*why = "the signer's ssh-rsa key is malformed";
		goto done;
	}
	if (BN_num_bits(n) < RSA_MIN_BITS) {
		*why = "the signer's ssh-rsa key is shorter than 1024 bits";
		goto done;
	}
	size_t alen;
	const unsigned char *alg = cc_sshbuf_str(sig, &alen);
	if (alg && alen == 12 && !memcmp(alg, "rsa-sha2-256", 12))
		md = EVP_sha256();
	else if (alg && alen == 12 && !memcmp(alg, "rsa-sha2-512", 12))
		md = EVP_sha512();
	s = cc_sshbuf_str(sig, &slen);
	nlen = (size_t)BN_num_bytes(n);
	if (!md || !s || !cc_sshbuf_done(sig) || slen > nlen) {
		*why = "the RSA signature is malformed or not rsa-sha2-256/512 (ssh-rsa SHA-1 signatures are refused)";
		goto done;
	}
	padded = cc_xcalloc(nlen, 1); /* a short signature is left-padded with zeros, as OpenSSH does */
	memcpy(padded + nlen - slen, s, slen);
	if (!(bld = OSSL_PARAM_BLD_new()) || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) ||
	    !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e) || !(params = OSSL_PARAM_BLD_to_param(bld)) ||
	    !(pkey = key_from_params("RSA", params))) {
		*why = "the signer's ssh-rsa key is malformed";
		goto done;
	}
	if (!digest_verify(pkey, md, padded, nlen, data, len)) {
		*why = "the signature does not verify over this sign-off's payload";
		goto done;
	}
	rc = 0;
done:
	BN_free(e);
	BN_free(n);
	OSSL_PARAM_free(params);
	OSSL_PARAM_BLD_free(bld);
	EVP_PKEY_free(pkey);
	free(padded);
	return rc;
}

int cc_sshsig_check(const cc_sshsig *sg, const void *msg, size_t len, const char **why)
{
	const EVP_MD *md;
	unsigned char h[EVP_MAX_MD_SIZE], *data = NULL;
	unsigned int hlen = 0;
	size_t dlen = 0, dcap = 0, tlen;
	int rc = -1;
	if (sg->hashalg_len == 6 && !memcmp(sg->hashalg, "sha512", 6))
		md = EVP_sha512();
	else if (sg->hashalg_len == 6 && !memcmp(sg->hashalg, "sha256", 6))
		md = EVP_sha256();
	else {
		*why = "the signature's hash algorithm is not sha256 or sha512";
		return -1;
	}
	if (EVP_Digest(msg, len, h, &hlen, md, NULL) != 1) {
		*why = "the payload could not be hashed";
		return -1;
	}
	data = cc_xmalloc(MAGIC_LEN);
	dcap = MAGIC_LEN;
	memcpy(data, MAGIC, MAGIC_LEN);
	dlen = MAGIC_LEN;
	put_str(&data, &dlen, &dcap, sg->ns, sg->ns_len);
	put_str(&data, &dlen, &dcap, sg->reserved, sg->reserved_len);
	put_str(&data, &dlen, &dcap, sg->hashalg, sg->hashalg_len);
	put_str(&data, &dlen, &dcap, h, hlen);

	cc_sshbuf key = {sg->pubkey, sg->pubkey_len, false}, sig = {sg->sig, sg->sig_len, false};
	const char *type = (const char *)cc_sshbuf_str(&key, &tlen);
	const char *refused = type ? cc_sshkey_refused(type, tlen) : NULL;
	if (!type)
		*why = "the signer's key is malformed";
	else if (refused)
		*why = refused;
	else if (tlen == 11 && !memcmp(type, "ssh-ed25519", 11))
		rc = check_ed25519(&key, &sig, data, dlen, why);
	else if (tlen == 19 && !memcmp(type, "ecdsa-sha2-nistp256", 19))
		rc = check_ecdsa(&key, &sig, data, dlen, why);
	else if (tlen == 7 && !memcmp(type, "ssh-rsa", 7))
		rc = check_rsa(&key, &sig, data, dlen, why);
	else
		*why = "the signer's key type is not supported (ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa)";
	free(data);
	return rc;
}
