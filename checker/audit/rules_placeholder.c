/* rules_placeholder.c: notes.placeholder: a note started from a template
 * (`casecheck new note`) is final only once every placeholder in it has
 * been replaced by what happened. A draft may keep them (notes.final
 * reports drafts where a purpose needs final notes). */
#include <string.h>

#include "audit_int.h"
#include "casecheck/placeholder.h"
#include "checks.h"
#include "jget.h"
#include "util/strbuf.h"

/* Adds a finding for each string under v (pointer so far in ptr) holding
 * the placeholder. */
static void scan(cc_audit_case *ac, const char *path, const cJSON *v, cc_strbuf *ptr)
{
	if (cJSON_IsString(v)) {
		if (strstr(v->valuestring, CC_PLACEHOLDER_MARK))
			cc_audit_add(ac, "notes.placeholder", path, cc_strbuf_cstr(ptr),
			             "the note is final but still holds a placeholder ('" CC_PLACEHOLDER_MARK ": ...]')");
		return;
	}
	size_t i = 0;
	for (const cJSON *c = v ? v->child : NULL; c; c = c->next, i++) {
		size_t len = ptr->len;
		if (cJSON_IsObject(v))
			cc_json_pointer_push(ptr, c->string, cc_json_key_len(c));
		else
			cc_json_pointer_push_index(ptr, i);
		scan(ac, path, c, ptr);
		cc_strbuf_truncate(ptr, len);
	}
}

void cc_check_notes_placeholder(cc_audit_case *ac)
{
	for (size_t i = 0; i < ac->c->n_notes; i++) {
		const cJSON *n = ac->c->notes[i].json;
		const char *status = cc_jstr(n, "status");
		if (!status || strcmp(status, "final"))
			continue;
		cc_strbuf ptr = CC_STRBUF_INIT;
		cc_strbuf_puts(&ptr, "");
		scan(ac, ac->c->notes[i].path, n, &ptr);
		cc_strbuf_free(&ptr);
	}
}
