/* scan.c: finds a document's schema resources (`$id`, draft-04 `id`),
 * anchors (`$anchor`, `$dynamicAnchor`, draft-07/04 "#name" ids), and records every schema's base
 * URI and absolute location. Only keywords that hold subschemas are walked,
 * so an "$id" inside `enum`, `const` or an unknown keyword is just data. */
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "schema/internal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct walker {
	cc_schema_set *set;
	sdoc *doc;
	char **errmsg;
} walker;

/* Keywords whose value is one subschema, a map of them, or an array. */
static const char *const single_kw[] = {"additionalProperties", "propertyNames", "unevaluatedProperties",
                                        "items", "contains", "not", "if", "then", "else",
                                        "unevaluatedItems", "additionalItems", "contentSchema", NULL};
static const char *const map_kw[] = {"properties", "patternProperties", "$defs", "definitions",
                                     "dependentSchemas", "dependencies", NULL};
static const char *const array_kw[] = {"allOf", "anyOf", "oneOf", "prefixItems", "items", NULL};

const sinfo *set_info(cc_schema_set *set, const cJSON *node)
{
	return cc_map_get(&set->infos, node);
}

/* draft-07 or draft-04: `$ref` hides its siblings, "#name" ids are anchors,
 * and there is no `$anchor` or `$dynamicAnchor`. */
static bool is_legacy(const char *dialect)
{
	return !strcmp(dialect, META_DRAFT7) || !strcmp(dialect, META_DRAFT4);
}

/* A $schema or $id value without an empty trailing fragment. */
static char *strip_empty_fragment(const char *uri)
{
	size_t n = strlen(uri);
	return cc_xstrndup(uri, n && uri[n - 1] == '#' ? n - 1 : n);
}

static void add_anchor(walker *w, const char *base, const char *name, const cJSON *node)
{
	char *key = cc_xasprintf("%s#%s", base, name);
	cc_map_put(&w->set->anchors, key, (void *)node);
	free(key);
}

/* Lists node among its resource's dynamic anchors. */
static void add_dyn_anchor(sinfo *resource, const cJSON *node)
{
	if (!resource)
		return;
	resource->dyn_anchors =
		cc_xrealloc(resource->dyn_anchors, (resource->n_dyn_anchors + 1) * sizeof *resource->dyn_anchors);
	resource->dyn_anchors[resource->n_dyn_anchors++] = node;
}

static void walk(walker *w, const cJSON *node, const char *base, cc_strbuf *ptr, const char *dialect,
                 sinfo *resource);

static void walk_child(walker *w, const cJSON *child, const char *base, cc_strbuf *ptr, const char *kw,
                       const char *key, size_t key_len, long index, const char *dialect, sinfo *resource)
{
	size_t mark = ptr->len;
	cc_json_pointer_push(ptr, kw, strlen(kw));
	if (key)
		cc_json_pointer_push(ptr, key, key_len);
	else if (index >= 0)
		cc_json_pointer_push_index(ptr, (size_t)index);
	walk(w, child, base, ptr, dialect, resource);
	cc_strbuf_truncate(ptr, mark);
}

static void walk(walker *w, const cJSON *node, const char *base, cc_strbuf *ptr, const char *dialect,
                 sinfo *resource)
{
	cc_schema_set *set = w->set;
	if (!cJSON_IsObject(node) && !cJSON_IsBool(node))
		return;
	if (cc_map_get(&set->infos, node))
		return; /* seen already */
	bool root = node == w->doc->doc;
	const cJSON *schema = cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, "$schema") : NULL;
	cc_strbuf own_ptr = CC_STRBUF_INIT;
	if (cJSON_IsString(schema)) {
		/* $schema counts at the root, or beside the base-URI keyword of
		 * the dialect it names */
		char *s = strip_empty_fragment(schema->valuestring);
		const char *named = set_intern(set, s);
		free(s);
		if (root || cJSON_IsString(cJSON_GetObjectItemCaseSensitive(node, dialect_id_keyword(named))))
			dialect = named;
	}
	bool legacy = is_legacy(dialect);
	const cJSON *id =
		cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, dialect_id_keyword(dialect)) : NULL;
	if (legacy && cJSON_GetObjectItemCaseSensitive(node, "$ref"))
		id = NULL; /* draft-07/04: $ref ignores its siblings, the id included */
	bool is_resource = root;
	if (cJSON_IsString(id) && id->valuestring[0] == '#') {
		/* a plain-name id ("#foo") is a draft-07 anchor; 2020-12 forbids it */
		add_anchor(w, base, id->valuestring + 1, node);
	} else if (cJSON_IsString(id)) {
		char *abs = uri_resolve(base, id->valuestring);
		const char *frag;
		char *nofrag = uri_split(abs, &frag);
		base = set_intern(set, nofrag);
		if (legacy && *frag)
			add_anchor(w, base, frag, node);
		free(nofrag);
		free(abs);
		cc_map_put(&set->resources, base, (void *)node);
		is_resource = true;
		ptr = &own_ptr;
		cc_strbuf_puts(ptr, "");
	}
	if (root)
		cc_map_put(&set->resources, w->doc->uri, (void *)node);
	sinfo *info = cc_xcalloc(1, sizeof *info);
	info->base = base;
	info->loc = cc_xasprintf("%s#%s", base, cc_strbuf_cstr(ptr));
	info->dialect_uri = dialect;
	info->doc = w->doc;
	if (root)
		w->doc->dialect = dialect;
	info->resource = is_resource;
	cc_map_put(&set->infos, node, info);
	if (is_resource)
		resource = info;
	info->res = resource;
	if (!cJSON_IsObject(node))
		goto done;
	const cJSON *anchor = cJSON_GetObjectItemCaseSensitive(node, "$anchor");
	if (cJSON_IsString(anchor) && !legacy)
		add_anchor(w, base, anchor->valuestring, node);
	/* dynamic anchors: 2020-12 $dynamicAnchor, 2019-09 "$recursiveAnchor": true */
	const cJSON *dyn = cJSON_GetObjectItemCaseSensitive(node, "$dynamicAnchor");
	if (!strcmp(dialect, META_2019)) {
		if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(node, "$recursiveAnchor")))
			add_dyn_anchor(resource, node);
	} else if (cJSON_IsString(dyn) && !legacy) {
		add_anchor(w, base, dyn->valuestring, node);
		add_dyn_anchor(resource, node);
	}
	for (size_t k = 0; single_kw[k]; k++) {
		const cJSON *c = cJSON_GetObjectItemCaseSensitive(node, single_kw[k]);
		if (c)
			walk_child(w, c, base, ptr, single_kw[k], NULL, 0, -1, dialect, resource);
	}
	for (size_t k = 0; map_kw[k]; k++) {
		const cJSON *c = cJSON_GetObjectItemCaseSensitive(node, map_kw[k]);
		if (!cJSON_IsObject(c))
			continue;
		for (const cJSON *m = c->child; m; m = m->next)
			walk_child(w, m, base, ptr, map_kw[k], m->string, cc_json_key_len(m), -1, dialect, resource);
	}
	for (size_t k = 0; array_kw[k]; k++) {
		const cJSON *c = cJSON_GetObjectItemCaseSensitive(node, array_kw[k]);
		if (!cJSON_IsArray(c))
			continue;
		long i = 0;
		for (const cJSON *m = c->child; m; m = m->next, i++)
			walk_child(w, m, base, ptr, array_kw[k], NULL, 0, i, dialect, resource);
	}
done:
	cc_strbuf_free(&own_ptr);
}

int scan_document(cc_schema_set *set, sdoc *d, const char *dialect, char **errmsg)
{
	walker w = {set, d, errmsg};
	cc_strbuf ptr = CC_STRBUF_INIT;
	cc_strbuf_puts(&ptr, "");
	walk(&w, d->doc, set_intern(set, d->uri), &ptr, set_intern(set, dialect ? dialect : META_2020), NULL);
	cc_strbuf_free(&ptr);
	return 0;
}
