/* payload.c: the text a sign-off's signature covers (version 1).
 *
 *   casecheck-signoff-payload 1
 *   case <case id>
 *   role <role>
 *   by <staff id>
 *   date <YYYY-MM-DD>
 *   purpose <purpose>
 *   content <tree id>
 *   result <result>
 *   comment-sha256 <lower-case hex SHA-256 of the comment's UTF-8 bytes, or "none">
 *
 * Each line ends with one LF; the keys are in this order; values are the
 * sign-off's own strings, unchanged. docs/workflow.md gives a test vector.
 *
 * A waiver's (version 1) is built the same way:
 *
 *   casecheck-waiver-payload 1
 *   case <case id>
 *   rule <rule id>
 *   path <file>
 *   pointer <JSON pointer>
 *   by <staff id>
 *   date <YYYY-MM-DD>
 *   expires <YYYY-MM-DD>
 *   reason-sha256 <lower-case hex SHA-256 of the reason's UTF-8 bytes>
 *   reason-code <reason code>          (only when the waiver has one) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "json/json.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "field.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The string's text, or NULL when it is not a string or holds a NUL byte
 * (cJSON's C string would end there, leaving the rest unsigned). */
static const char *text_of(const cJSON *v)
{
	if (!cJSON_IsString(v) || !v->valuestring || cc_json_string_len(v) != strlen(v->valuestring))
		return NULL;
	return v->valuestring;
}

const char *cc_trust_field(const cJSON *obj, const char *key)
{
	return text_of(cJSON_GetObjectItemCaseSensitive(obj, key));
}

/* A value fit for one payload line: non-empty, no control character. */
static bool line_safe(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

/* The payload of a document: head, "case <id>", a line for each key
 * (in order), and "<hashed>-sha256 <hex or none>" for the free-text
 * member hashed (which may hold line breaks). NULL when a value is
 * missing or unfit for its line (only the member may_be_empty, when not
 * NULL, may be ""). */
static char *payload_of(const char *head, const char *case_id, const cJSON *doc, const char *const *keys,
                        const char *hashed, const char *may_be_empty)
{
	const cJSON *text = cJSON_GetObjectItemCaseSensitive(doc, hashed);
	cc_strbuf sb = CC_STRBUF_INIT;
	if (!line_safe(case_id) || (text && !text_of(text)))
		return NULL;
	cc_strbuf_printf(&sb, "%s\ncase %s\n", head, case_id);
	for (size_t i = 0; keys[i]; i++) {
		const char *v = cc_trust_field(doc, keys[i]);
		bool empty_ok = v && !*v && may_be_empty && !strcmp(keys[i], may_be_empty);
		if (!empty_ok && !line_safe(v)) {
			cc_strbuf_free(&sb);
			return NULL;
		}
		cc_strbuf_printf(&sb, "%s %s\n", keys[i], v);
	}
	if (!text) {
		cc_strbuf_printf(&sb, "%s-sha256 none\n", hashed);
	} else {
		unsigned char h[32];
		unsigned int n = 0;
		const char *c = text->valuestring;
		if (EVP_Digest(c, strlen(c), h, &n, EVP_sha256(), NULL) != 1 || n != 32)
			abort(); /* libcrypto could not allocate: as cc_x* do */
		cc_strbuf_printf(&sb, "%s-sha256 ", hashed);
		for (unsigned i = 0; i < n; i++)
			cc_strbuf_printf(&sb, "%02x", h[i]);
		cc_strbuf_putc(&sb, '\n');
	}
	return cc_strbuf_detach(&sb);
}

/* removal payload (version 1):
 *
 *   casecheck-removal-payload 1
 *   case <case_id>
 *   reason <reason>
 *   moved-to <moved_to, or "none">
 *   by <staff id>
 *   on <YYYY-MM-DD>
 *   removes file <path inside the case folder>     (one line an item, in
 *   removes entry <chronology entry id>             the record's order)
 *   removes case-folder
 */
static bool put_line(cc_strbuf *sb, const char *key, const char *value)
{
	if (!line_safe(value))
		return false;
	cc_strbuf_printf(sb, "%s %s\n", key, value);
	return true;
}

char *cc_removal_payload(const cJSON *rm)
{
	const cJSON *moved = cJSON_GetObjectItemCaseSensitive(rm, "moved_to");
	const cJSON *items = cJSON_GetObjectItemCaseSensitive(rm, "removes"), *it;
	cc_strbuf sb = CC_STRBUF_INIT;
	bool ok = cJSON_IsArray(items) && cJSON_GetArraySize(items) > 0 && (!moved || cc_trust_field(rm, "moved_to"));
	cc_strbuf_printf(&sb, "%s\n", CC_REMOVAL_PAYLOAD_V1);
	ok = ok && put_line(&sb, "case", cc_trust_field(rm, "case_id")) &&
	     put_line(&sb, "reason", cc_trust_field(rm, "reason")) &&
	     put_line(&sb, "moved-to", moved ? cc_trust_field(rm, "moved_to") : "none") &&
	     put_line(&sb, "by", cc_trust_field(rm, "by")) && put_line(&sb, "on", cc_trust_field(rm, "on"));
	cJSON_ArrayForEach(it, items) {
		if (!ok)
			break;
		const cJSON *folder = cJSON_GetObjectItemCaseSensitive(it, "case_folder");
		if (cc_trust_field(it, "file"))
			ok = put_line(&sb, "removes file", cc_trust_field(it, "file"));
		else if (cc_trust_field(it, "entry"))
			ok = put_line(&sb, "removes entry", cc_trust_field(it, "entry"));
		else if (cJSON_IsTrue(folder))
			cc_strbuf_puts(&sb, "removes case-folder\n");
		else
			ok = false;
	}
	if (!ok) {
		cc_strbuf_free(&sb);
		return NULL;
	}
	return cc_strbuf_detach(&sb);
}

char *cc_signoff_payload(const char *case_id, const cJSON *so)
{
	static const char *const keys[] = {"role", "by", "date", "purpose", "content", "result", NULL};
	return payload_of(CC_SIGNOFF_PAYLOAD_V1, case_id, so, keys, "comment", NULL);
}

char *cc_waiver_payload(const char *case_id, const cJSON *w)
{
	static const char *const keys[] = {"rule", "path", "pointer", "by", "date", "expires", NULL};
	char *p = payload_of(CC_WAIVER_PAYLOAD_V1, case_id, w, keys, "reason", "pointer");
	if (!p || !cJSON_GetObjectItemCaseSensitive(w, "reason_code"))
		return p; /* without a reason code: the payload as it always was */
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_puts(&sb, p);
	free(p);
	if (!put_line(&sb, "reason-code", cc_trust_field(w, "reason_code"))) {
		cc_strbuf_free(&sb);
		return NULL;
	}
	return cc_strbuf_detach(&sb);
}
