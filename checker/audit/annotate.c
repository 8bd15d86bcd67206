/* annotate.c: what a finding's pointer is in, said once for every rule.
 *
 * After a case's rules have run, each finding on one of the case's JSON
 * documents gets its record ("entry 12 of 21 (ch-0012)", "involvement 3 of
 * 5 (gp)", "child 2 of 3", "note n-visit") and, when no rule set one, the
 * value at its pointer (shown only with --show-values). Rules name only a
 * file and a pointer; the reports show the record beside them. Children's
 * and genogram people's ids are often names: the record gives their
 * position, and their id only as a personal record_id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "jget.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The text of a scalar (strings as they are, others as JSON); NULL for
 * an object, an array or nothing. Owned by the caller. */
static char *scalar_text(const cJSON *v)
{
	if (!v || cJSON_IsObject(v) || cJSON_IsArray(v))
		return NULL;
	if (cJSON_IsString(v))
		return cc_xstrdup(v->valuestring);
	char *t = cJSON_PrintUnformatted(v);
	return t ? t : NULL;
}

void cc_audit_set_value(cc_finding *f, const char *real_pointer, const cJSON *v)
{
	if (!f)
		return;
	char *text = scalar_text(v);
	if (real_pointer) {
		char *both = text ? cc_xasprintf("%s: %s", real_pointer, text) : cc_xstrdup(real_pointer);
		cc_finding_set_value(f, both, strlen(both));
		free(both);
	} else if (text) {
		cc_finding_set_value(f, text, strlen(text));
	}
	free(text);
}

/* An array of records in a document: which member, what one is called,
 * the member of each record that is its id, whether that id is personal,
 * and a code member the record is told by besides its position. */
typedef struct record_kind {
	const char *doc;    /* the document's name relative to the case folder */
	const char *array;  /* top-level member holding the records */
	const char *noun;
	const char *id;     /* member holding the record's id, or NULL */
	bool personal;      /* the id may be a name */
	const char *code;   /* member told beside the position, or NULL */
} record_kind;

static const record_kind record_kinds[] = {
	{"case.json", "children", "child", "id", true, NULL},
	{"case.json", "involvements", "involvement", "id", false, "role"},
	{"case.json", "key_dates", "key date", "id", false, "kind"},
	{"case.json", "documents", "document", NULL, false, "path"},
	{"chronology.json", "entries", "entry", "id", false, NULL},
	{"genogram.json", "people", "person", "id", true, NULL},
	{"genogram.json", "relationships", "relationship", NULL, false, "type"},
	{"transfer.json", "children", "child", NULL, true, NULL},
};

/* Splits "/name/12..." into name (len) and index; false otherwise. */
static bool first_steps(const char *pointer, const char **name, size_t *len, size_t *index)
{
	if (pointer[0] != '/')
		return false;
	const char *slash = strchr(pointer + 1, '/');
	if (!slash || slash[1] < '0' || slash[1] > '9')
		return false;
	*name = pointer + 1;
	*len = (size_t)(slash - pointer - 1);
	char *end;
	unsigned long long v = strtoull(slash + 1, &end, 10);
	if (*end && *end != '/')
		return false;
	*index = (size_t)v;
	return true;
}

/* Where a walk along one array of records stands, so that the findings of
 * a long chronology (in the order the rules add them, mostly by index)
 * cost one walk, not one walk each. */
typedef struct arr_cursor {
	const cJSON *arr;
	size_t n, idx;
	const cJSON *item;
} arr_cursor;

static const cJSON *item_at(arr_cursor *c, const cJSON *arr, size_t index)
{
	if (c->arr != arr) {
		c->arr = arr;
		c->n = (size_t)cJSON_GetArraySize(arr);
		c->idx = 0;
		c->item = arr ? arr->child : NULL;
	}
	if (index >= c->n)
		return NULL;
	if (index < c->idx) {
		c->idx = 0;
		c->item = arr->child;
	}
	for (; c->idx < index; c->idx++)
		c->item = c->item->next;
	return c->item;
}

/* Sets f's record; returns the record's node when the pointer goes into
 * an array of records (*rest: the pointer from there), else NULL. */
static const cJSON *annotate_record(cc_finding *f, const cc_doc *d, const cJSON *tree, arr_cursor *cursors,
                                    const char **rest)
{
	const char *slash = strchr(d->rel, '/');
	if (slash && !strncmp(d->rel, "signoffs/", 9))
		return NULL; /* a sign-off is told by its path */
	if (slash) { /* notes/, assessments/: one record a file */
		const char *noun = !strncmp(d->rel, "notes/", 6) ? "note" : "assessment";
		const char *id = cc_jstr(tree, "id");
		char *rec = cc_xasprintf("%s %s", noun, id ? id : slash + 1);
		cc_finding_set_record(f, rec, id, false);
		free(rec);
		return NULL;
	}
	const char *name;
	size_t len, index;
	if (!first_steps(f->pointer, &name, &len, &index))
		return NULL;
	for (size_t k = 0; k < sizeof record_kinds / sizeof *record_kinds; k++) {
		const record_kind *rk = &record_kinds[k];
		if (strcmp(rk->doc, d->rel) || strlen(rk->array) != len || strncmp(rk->array, name, len))
			continue;
		const cJSON *item = item_at(&cursors[k], cc_jarr(tree, rk->array), index);
		if (!item)
			return NULL;
		const char *id = rk->id ? cc_jstr(item, rk->id) : NULL;
		if (!rk->id && rk->personal && cJSON_IsString(item))
			id = item->valuestring; /* an array of child ids */
		const char *code = rk->code ? cc_jstr(item, rk->code) : NULL;
		cc_strbuf sb = CC_STRBUF_INIT;
		cc_strbuf_printf(&sb, "%s %zu of %zu", rk->noun, index + 1, cursors[k].n);
		if (code || (id && !rk->personal))
			cc_strbuf_printf(&sb, " (%s)", code ? code : id);
		cc_finding_set_record(f, cc_strbuf_cstr(&sb), id, rk->personal);
		cc_strbuf_free(&sb);
		*rest = strchr(f->pointer + 1 + len + 1, '/');
		if (!*rest)
			*rest = "";
		return item;
	}
	return NULL;
}

void cc_audit_annotate(cc_audit_case *ac)
{
	arr_cursor cursors[sizeof record_kinds / sizeof *record_kinds];
	memset(cursors, 0, sizeof cursors);
	for (size_t i = 0; i < ac->findings.count; i++) {
		cc_finding *f = &ac->findings.items[i];
		const cc_doc *d = cc_case_doc_at(ac->c, f->path);
		const cJSON *tree = d ? (d->json ? d->json : d->invalid) : NULL;
		const char *rest = NULL;
		if (!tree)
			continue;
		const cJSON *item = annotate_record(f, d, tree, cursors, &rest);
		if (!f->value && f->pointer[0])
			cc_audit_set_value(f, NULL, item ? cc_json_pointer_get(item, rest) : cc_json_pointer_get(tree, f->pointer));
	}
}
