/* explain.c: cc_schema_explain(), a schema error told as what to write.
 *
 * The validator's own messages stay short and generic (they are what the
 * conformance suite exercises); this reads the failing keyword back out of
 * the schema document (by the error's keyword location) and says what the
 * schema wants there: the allowed values, the schema's description of a
 * pattern, the nearest allowed property, the description of a missing one.
 * It never quotes the instance's values or member names: those may be
 * personal. Read-only on the set once the validation has run. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "schema/internal.h"
#include "util/editdist.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "schema/tree.h"

#define MAX_LISTED 40 /* enum values or properties listed in one message */

/* The schema node at an absolute URI with a JSON-pointer fragment, or NULL. */
static const cJSON *node_at(cc_schema_set *set, const char *uri_ref)
{
	const char *frag;
	char *uri = uri_split(uri_ref, &frag);
	char *ptr = uri_percent_decode(frag);
	const cJSON *root = cc_map_get(&set->resources, uri);
	const cJSON *n = root ? cc_json_pointer_get(root, ptr) : NULL;
	free(ptr);
	free(uri);
	return n;
}

/* The description of schema s (of resource base), following a $ref with no
 * description beside it (twice at most); NULL when there is none. */
static const char *describe(cc_schema_set *set, const char *base, const cJSON *s)
{
	for (int hop = 0; hop < 3 && cJSON_IsObject(s); hop++) {
		const cJSON *d = cJSON_GetObjectItemCaseSensitive(s, "description");
		if (cJSON_IsString(d))
			return d->valuestring;
		const cJSON *ref = cJSON_GetObjectItemCaseSensitive(s, "$ref");
		if (!cJSON_IsString(ref))
			return NULL;
		char *abs = uri_resolve(base, ref->valuestring);
		s = node_at(set, abs);
		free(abs);
	}
	return NULL;
}

static void put_value(cc_strbuf *sb, const cJSON *v)
{
	if (cJSON_IsString(v)) {
		cc_strbuf_puts(sb, v->valuestring);
	} else {
		char *t = cJSON_PrintUnformatted(v);
		cc_strbuf_puts(sb, t ? t : "?");
		free(t);
	}
}

/* "YYYY-MM-DD" by its shape, whatever the numbers. */
static bool date_shaped(const cJSON *inst)
{
	if (!cJSON_IsString(inst) || strlen(inst->valuestring) != 10)
		return false;
	for (int i = 0; i < 10; i++) {
		char c = inst->valuestring[i];
		if ((i == 4 || i == 7) ? c != '-' : (c < '0' || c > '9'))
			return false;
	}
	return true;
}

/* A date written as one but not in the calendar (2026-02-30, 2026-13-01). */
static bool impossible_date(const cJSON *inst)
{
	return date_shaped(inst) && !cc_format_check("date", inst->valuestring, 10);
}

static void say_date(cc_strbuf *sb)
{
	cc_strbuf_puts(sb, "is not a real date: that day does not exist in the calendar "
	                   "(write a day that exists, as YYYY-MM-DD, e.g. 2026-02-28)");
}

static void with_description(cc_strbuf *sb, const char *msg, const char *desc)
{
	cc_strbuf_puts(sb, msg);
	if (desc) {
		cc_strbuf_puts(sb, ": ");
		cc_strbuf_puts(sb, desc);
	}
}

static void explain_enum(cc_strbuf *sb, const cJSON *values, const char *desc)
{
	int n = cJSON_GetArraySize(values), i = 0;
	const cJSON *v;
	cc_strbuf_puts(sb, n == 1 ? "is not the allowed value; write " : "is not one of the allowed values; write one of ");
	cJSON_ArrayForEach(v, values) {
		if (i == MAX_LISTED) {
			cc_strbuf_printf(sb, ", ... (%d in all)", n);
			break;
		}
		if (i++)
			cc_strbuf_puts(sb, ", ");
		put_value(sb, v);
	}
	if (desc) {
		cc_strbuf_puts(sb, " (");
		cc_strbuf_puts(sb, desc);
		cc_strbuf_putc(sb, ')');
	}
}

/* The member's name, from the instance: the error's location names it. */
static void explain_extra(cc_strbuf *sb, const cJSON *parent, const cJSON *member)
{
	const cJSON *props = cJSON_GetObjectItemCaseSensitive(parent, "properties"), *p;
	const char *name = member ? member->string : NULL;
	const char *best = NULL;
	size_t len = name ? strlen(name) : 0, limit = cc_edit_near_limit(len), best_d = limit + 1;
	cJSON_ArrayForEach(p, props) {
		size_t d = name ? cc_edit_distance(name, len, p->string, strlen(p->string)) : SIZE_MAX;
		if (d < best_d) {
			best_d = d;
			best = p->string;
		}
	}
	cc_strbuf_puts(sb, "is not an allowed property");
	if (best) {
		cc_strbuf_printf(sb, "; did you mean \"%s\"?", best);
		return;
	}
	int n = cJSON_GetArraySize(props), i = 0;
	if (n == 0)
		return;
	cc_strbuf_puts(sb, n == 1 ? "; the only one allowed here is " : "; the ones allowed here are ");
	cJSON_ArrayForEach(p, props) {
		if (i == MAX_LISTED) {
			cc_strbuf_printf(sb, ", ... (%d in all)", n);
			break;
		}
		cc_strbuf_printf(sb, "%s\"%s\"", i++ ? ", " : "", p->string);
	}
}

/* 'property "x" is required' (kw_object.c): x, with its description. */
static void explain_required(cc_strbuf *sb, cc_schema_set *set, const char *base, const cJSON *parent,
                             const char *message)
{
	const char *q = strchr(message, '"'), *e = q ? strchr(q + 1, '"') : NULL;
	cc_strbuf_puts(sb, message);
	if (!q || !e)
		return;
	char *name = cc_xstrndup(q + 1, (size_t)(e - q - 1));
	const cJSON *prop = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(parent, "properties"), name);
	const char *desc = describe(set, base, prop);
	if (desc) {
		cc_strbuf_puts(sb, ": ");
		cc_strbuf_puts(sb, desc);
	}
	free(name);
}

/* The alternatives of an anyOf/oneOf, by their descriptions or types. */
static void explain_alternatives(cc_strbuf *sb, cc_schema_set *set, const char *base, const cJSON *alts)
{
	const cJSON *a;
	int i = 0;
	cc_strbuf_puts(sb, "does not match any of the allowed forms; write ");
	cJSON_ArrayForEach(a, alts) {
		if (i++)
			cc_strbuf_puts(sb, "; or ");
		const char *d = describe(set, base, a);
		const cJSON *t = cJSON_GetObjectItemCaseSensitive(a, "type");
		if (d)
			cc_strbuf_puts(sb, d);
		else if (cJSON_IsString(t))
			cc_strbuf_puts(sb, !strcmp(t->valuestring, "null") ? "null" : t->valuestring);
		else
			cc_strbuf_puts(sb, "another form");
	}
}

char *cc_schema_explain(cc_schema_set *set, const cc_schema_error *e, const cJSON *instance)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	const char *loc = e->keyword_location ? e->keyword_location : "";
	const char *hash = strchr(loc, '#'), *slash = strrchr(loc, '/');
	if (!hash || !slash || slash < hash)
		return cc_xstrdup(e->message);
	const char *kw = slash + 1;
	char *parent_loc = cc_xstrndup(loc, (size_t)(slash - loc));
	char *base = cc_xstrndup(loc, (size_t)(hash - loc));
	const cJSON *parent = node_at(set, parent_loc);
	const cJSON *inst = cc_json_pointer_get(instance, e->instance_location);
	const char *desc = describe(set, base, parent);
	if (!cJSON_IsObject(parent)) {
		cc_strbuf_puts(&sb, e->message);
	} else if (!strcmp(kw, "enum")) {
		explain_enum(&sb, cJSON_GetObjectItemCaseSensitive(parent, "enum"), desc);
	} else if (!strcmp(kw, "const")) {
		cc_strbuf_puts(&sb, "is not the allowed value; write ");
		put_value(&sb, cJSON_GetObjectItemCaseSensitive(parent, "const"));
	} else if ((!strcmp(kw, "format") || !strcmp(kw, "pattern") || !strcmp(kw, "anyOf") || !strcmp(kw, "oneOf")) &&
	           impossible_date(inst)) {
		say_date(&sb);
	} else if (!strcmp(kw, "pattern")) {
		with_description(&sb, desc ? "is not written in the required form" : e->message, desc);
	} else if (!strcmp(kw, "not")) {
		with_description(&sb, desc ? "is written in a form that is not allowed" : e->message, desc);
	} else if ((!strcmp(kw, "anyOf") || !strcmp(kw, "oneOf")) && !desc) {
		explain_alternatives(&sb, set, base, cJSON_GetObjectItemCaseSensitive(parent, kw));
	} else if (!strcmp(kw, "additionalProperties") || !strcmp(kw, "unevaluatedProperties")) {
		explain_extra(&sb, parent, inst);
	} else if (!strcmp(kw, "required")) {
		explain_required(&sb, set, base, parent, e->message);
	} else {
		with_description(&sb, e->message, desc);
	}
	free(parent_loc);
	free(base);
	return cc_strbuf_detach(&sb);
}
