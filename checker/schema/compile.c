/* compile.c: turns schema JSON into cnode graphs, once per schema node.
 *
 * Every `$ref` is resolved here, regexes are compiled here, and property
 * names are hashed here, so validation does none of that. A node is put in
 * the memo before its children are compiled, so reference cycles simply
 * link back to it. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "schema/compile.h"
#include "schema/internal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "schema/tree.h"

static cnode *compile_node(comp *c, const cJSON *json, const sinfo *fallback);

void cnode_free(cnode *n)
{
	if (!n)
		return;
	free(n->all_of);
	free(n->any_of);
	free(n->one_of);
	free(n->props);
	free(n->prop_tab);
	for (size_t i = 0; i < n->n_pprops; i++)
		cc_regex_free(n->pprops[i].re);
	free(n->pprops);
	free(n->dep_schemas);
	free(n->dep_req);
	free(n->prefix);
	free(n->req_idx);
	cc_regex_free(n->pattern);
	free(n);
}

int compile_fail(comp *c, cnode *n, const char *kw, const char *fmt, const char *arg)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	if (n || kw)
		cc_strbuf_printf(&sb, "%s%s%s: ", n && n->loc ? n->loc : "", kw ? "/" : "", kw ? kw : "");
	cc_strbuf_printf(&sb, fmt, arg ? arg : "");
	if (!*c->errmsg)
		*c->errmsg = cc_strbuf_detach(&sb);
	cc_strbuf_free(&sb);
	if (n)
		n->failed = true;
	return -1;
}

/* An info for a node the scan did not see (reached by a JSON pointer into
 * an unknown keyword, say): kept in the set's info map. */
static const sinfo *make_info(comp *c, const cJSON *json, const sinfo *like, const char *loc)
{
	sinfo *i = cc_xcalloc(1, sizeof *i);
	i->base = like->base;
	i->loc = cc_xstrdup(loc);
	i->dialect_uri = like->dialect_uri;
	i->doc = like->doc;
	i->res = like->res;
	cc_map_put(&c->set->infos, json, i);
	return i;
}

/* Resolves an absolute URI (with optional fragment) to a schema node. */
static int resolve(comp *c, const char *uri, const cJSON **out, const sinfo **info, cnode *from,
                   const char *kw)
{
	const char *frag;
	char *res = uri_split(uri, &frag);
	char *dec = NULL;
	int error = -1;
	/* a document loaded now without $schema is read in the referrer's dialect */
	const cJSON *root = set_find_resource_in(c->set, res, from ? from->info->dialect_uri : NULL), *node = NULL;
	if (!root) {
		compile_fail(c, from, kw, "cannot resolve the reference %s", uri);
		goto done;
	}
	if (!*frag) {
		node = root;
	} else if (*frag == '/') {
		dec = uri_percent_decode(frag);
		node = cc_json_pointer_get(root, dec);
	} else {
		char *key = cc_xasprintf("%s#%s", res, frag);
		node = cc_map_get(&c->set->anchors, key);
		free(key);
	}
	if (!node) {
		compile_fail(c, from, kw, "cannot resolve the reference %s", uri);
		goto done;
	}
	*info = set_info(c->set, node);
	if (!*info) {
		const sinfo *ri = set_info(c->set, root);
		char *loc = cc_xasprintf("%s#%s", ri->base, dec ? frag : "");
		*info = make_info(c, node, ri, loc);
		free(loc);
	}
	*out = node;
	error = 0;
done:
	free(dec);
	free(res);
	return error;
}

/* Checks a document against its metaschema, once. */
static int check_doc(comp *c, sdoc *d)
{
	if (d->builtin || d->meta_state)
		return 0;
	d->meta_state = 1;
	const char *meta = d->dialect;
	cnode *m = NULL;
	char *msg = NULL;
	if (compile_uri(&m, c->set, meta, &msg) < 0) {
		*c->errmsg = cc_xasprintf("%s: cannot load its metaschema: %s", d->uri, msg);
		free(msg);
		return -1;
	}
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.max_errors = 1;
	if (cc_schema_validate((cc_schema *)m, d->doc, &opts, &rep) != 1) {
		*c->errmsg = cc_xasprintf("%s is not a valid schema: %s: %s [%s]", d->uri,
		                          rep.count ? rep.errors[0].instance_location : "",
		                          rep.count ? rep.errors[0].message : "invalid",
		                          rep.count ? rep.errors[0].keyword_location : meta);
		cc_schema_report_clear(&rep);
		return -1;
	}
	d->meta_state = 2;
	return 0;
}

/* A document without $schema, first referenced from another dialect's
 * schema, is read in that dialect (a draft-07 schema's remote refs). */
static void inherit_dialect(comp *c, sdoc *d, const char *dialect)
{
	if (d->meta_state || d->dialect == dialect || !cJSON_IsObject(d->doc) ||
	    cJSON_GetObjectItemCaseSensitive(d->doc, "$schema"))
		return;
	for (size_t i = 0; i < c->set->infos.cap; i++) {
		sinfo *info = c->set->infos.slots[i].value;
		if (c->set->infos.slots[i].key && info->doc == d && info->dialect_uri == d->dialect) {
			if (cc_map_get(&c->set->nodes, c->set->infos.slots[i].key))
				return; /* already compiled in its own dialect */
		}
	}
	for (size_t i = 0; i < c->set->infos.cap; i++) {
		sinfo *info = c->set->infos.slots[i].value;
		if (c->set->infos.slots[i].key && info->doc == d && info->dialect_uri == d->dialect)
			info->dialect_uri = dialect;
	}
	d->dialect = dialect;
}

cnode *compile_child(comp *c, cnode *parent, const cJSON *json, const char *kw, const char *key, long index)
{
	const sinfo *info = set_info(c->set, json);
	if (!info) {
		cc_strbuf sb = CC_STRBUF_INIT;
		cc_strbuf_puts(&sb, parent->loc);
		cc_json_pointer_push(&sb, kw, strlen(kw));
		if (key)
			cc_json_pointer_push(&sb, key, strlen(key));
		if (index >= 0)
			cc_json_pointer_push_index(&sb, (size_t)index);
		info = make_info(c, json, parent->info, sb.buf);
		cc_strbuf_free(&sb);
	}
	cnode *n = compile_node(c, json, info);
	if (!n)
		parent->failed = true;
	return n;
}

int compile_child_array(comp *c, cnode *n, const cJSON *arr, const char *kw, cnode ***out, size_t *count)
{
	size_t k = (size_t)cJSON_GetArraySize(arr), i = 0;
	*out = cc_xcalloc(k ? k : 1, sizeof **out);
	*count = k;
	for (const cJSON *e = arr->child; e; e = e->next, i++)
		if (!((*out)[i] = compile_child(c, n, e, kw, NULL, (long)i)))
			return -1;
	return 0;
}

static int ref_target(comp *c, cnode *n, const char *kw, const char *ref, cnode **out, const cJSON **json_out)
{
	char *abs = uri_resolve(n->info->base, ref);
	const cJSON *json = NULL;
	const sinfo *info = NULL;
	int error = resolve(c, abs, &json, &info, n, kw);
	free(abs);
	if (error < 0)
		return -1;
	if (info->doc != n->info->doc)
		inherit_dialect(c, info->doc, n->info->dialect_uri);
	if (info->doc != n->info->doc && check_doc(c, info->doc) < 0)
		return compile_fail(c, n, kw, "%s", "the referenced schema is not valid");
	if (!(*out = compile_node(c, json, info)))
		return -1;
	if (json_out)
		*json_out = json;
	return 0;
}

/* $dynamicRef, or 2019-09's $recursiveRef (a dynamic reference to the
 * anchor named "" that "$recursiveAnchor": true sets), and the dynamic
 * anchors of n's resource. */
static int compile_dynamic(comp *c, cnode *n, const cJSON *j, unsigned bits)
{
	bool recursive = bits & DIALECT_2019;
	const char *kw = recursive ? "$recursiveRef" : "$dynamicRef";
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, kw);
	const cJSON *target = NULL;
	if (cJSON_IsString(v)) {
		if (ref_target(c, n, kw, v->valuestring, &n->dynref, &target) < 0)
			return -1;
		n->recursive_ref = recursive;
		const char *hash = strchr(v->valuestring, '#');
		const cJSON *anchor = cJSON_IsObject(target) ? cJSON_GetObjectItemCaseSensitive(target, "$dynamicAnchor")
		                                            : NULL;
		if (recursive) {
			if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(target, "$recursiveAnchor")))
				n->dynref_anchor = set_intern(c->set, "");
		} else if (hash && hash[1] && hash[1] != '/' && cJSON_IsString(anchor) &&
		           !strcmp(anchor->valuestring, hash + 1)) {
			n->dynref_anchor = set_intern(c->set, hash + 1);
		}
	}
	sinfo *res = n->info->res;
	if (res && !res->dyn_done && res->n_dyn_anchors) {
		res->dyn_done = true;
		res->dyn = cc_xcalloc(res->n_dyn_anchors, sizeof *res->dyn);
		for (size_t i = 0; i < res->n_dyn_anchors; i++) {
			const cJSON *a = res->dyn_anchors[i];
			const sinfo *ai = set_info(c->set, a);
			const cJSON *name = cJSON_GetObjectItemCaseSensitive(a, "$dynamicAnchor");
			res->dyn[i].name = set_intern(c->set, strcmp(ai->dialect_uri, META_2019) ? name->valuestring : "");
			if (!(res->dyn[i].node = compile_node(c, a, ai)))
				return -1;
			res->n_dyn++;
		}
	}
	return 0;
}

/* Precomputes req_idx/req_mask when every required name is a property. */
static void index_required(cnode *n)
{
	size_t count = (size_t)cJSON_GetArraySize(n->required), i = 0;
	if (!count || !n->n_props || n->n_props > 64)
		return;
	uint8_t *idx = cc_xcalloc(count, 1);
	uint64_t mask = 0;
	for (const cJSON *r = n->required->child; r; r = r->next, i++) {
		size_t k = 0, len = cJSON_IsString(r) ? cc_json_string_len(r) : 0;
		while (k < n->n_props && !(cJSON_IsString(r) && n->props[k].len == len && !memcmp(n->props[k].key, r->valuestring, len)))
			k++;
		if (k == n->n_props) {
			free(idx);
			return;
		}
		idx[i] = (uint8_t)k;
		mask |= (uint64_t)1 << k;
	}
	n->req_idx = idx;
	n->req_mask = mask;
}

static unsigned keyword_groups(const cnode *n)
{
	unsigned g = 0;
	if (n->has & (H_MULTIPLE | H_MAXIMUM | H_XMAXIMUM | H_MINIMUM | H_XMINIMUM))
		g |= G_NUMBER;
	if ((n->has & (H_MAXLEN | H_MINLEN)) || n->pattern || n->format)
		g |= G_STRING;
	if ((n->has & (H_MAXITEMS | H_MINITEMS | H_UNIQUE)) || n->n_prefix || n->items || n->contains)
		g |= G_ARRAY;
	if ((n->has & (H_MAXPROPS | H_MINPROPS)) || n->required || n->n_dep_req || n->n_props || n->n_pprops ||
	    n->addl_props || n->prop_names || n->n_dep_schemas)
		g |= G_OBJECT;
	if (n->n_all_of || n->n_any_of || n->n_one_of || n->not_ || n->if_)
		g |= G_LOGIC;
	return g;
}

static int compile_object(comp *c, cnode *n, const cJSON *j)
{
	unsigned bits = 0;
	const cJSON *v;
	if (dialect_bits(c->set, n->info->dialect_uri, &bits, c->errmsg) < 0)
		return compile_fail(c, n, "$schema", "%s", "unsupported metaschema");
	if ((v = cJSON_GetObjectItemCaseSensitive(j, "$ref")) && cJSON_IsString(v)) {
		if (ref_target(c, n, "$ref", v->valuestring, &n->ref, NULL) < 0)
			return -1;
		if (bits & DIALECT_DRAFT7) {
			n->ref_only = true;
			return 0;
		}
	}
	if (!(bits & DIALECT_DRAFT7) && compile_dynamic(c, n, j, bits) < 0)
		return -1;
	if ((bits & VOC_APPLICATOR) && compile_kw_applicators(c, n, j, bits) < 0)
		return -1;
	if ((bits & VOC_UNEVALUATED) && !(bits & DIALECT_DRAFT7)) {
		if ((v = cJSON_GetObjectItemCaseSensitive(j, "unevaluatedProperties")) &&
		    !(n->uneval_props = compile_child(c, n, v, "unevaluatedProperties", NULL, -1)))
			return -1;
		if ((v = cJSON_GetObjectItemCaseSensitive(j, "unevaluatedItems")) &&
		    !(n->uneval_items = compile_child(c, n, v, "unevaluatedItems", NULL, -1)))
			return -1;
	}
	if ((bits & VOC_VALIDATION) && compile_kw_validation(c, n, j, bits) < 0)
		return -1;
	if (n->required)
		index_required(n);
	if ((bits & (VOC_FORMAT_ANNOTATION | VOC_FORMAT_ASSERTION)) &&
	    (v = cJSON_GetObjectItemCaseSensitive(j, "format")) && cJSON_IsString(v)) {
		n->format = v->valuestring;
		n->format_asserts = bits & VOC_FORMAT_ASSERTION;
	}
	return 0;
}

static cnode *compile_node(comp *c, const cJSON *json, const sinfo *info)
{
	cnode *n = cc_map_get(&c->set->nodes, json);
	if (n) {
		if (n->failed) {
			compile_fail(c, NULL, NULL, "%s", "schema failed to compile");
			return NULL;
		}
		return n;
	}
	if (!cJSON_IsObject(json) && !cJSON_IsBool(json)) {
		compile_fail(c, NULL, NULL, "%s", "a schema must be an object or a boolean");
		return NULL;
	}
	n = cc_xcalloc(1, sizeof *n);
	n->info = info;
	n->loc = info->loc;
	cc_map_put(&c->set->nodes, json, n);
	if (cJSON_IsBool(json)) {
		n->boolean = cJSON_IsTrue(json);
		n->done = true;
		return n;
	}
	n->boolean = -1;
	if (compile_object(c, n, json) < 0) {
		n->failed = true;
		return NULL;
	}
	if (n->failed)
		return NULL;
	n->groups = keyword_groups(n);
	n->done = true;
	return n;
}

int compile_uri(cnode **out, cc_schema_set *set, const char *uri, char **errmsg)
{
	comp c = {set, errmsg};
	const cJSON *json = NULL;
	const sinfo *info = NULL;
	*errmsg = NULL;
	*out = NULL;
	char *norm = uri_resolve(uri, uri); /* an absolute URI, dot segments removed */
	int rc = resolve(&c, norm, &json, &info, NULL, NULL);
	free(norm);
	if (rc < 0)
		return -1;
	if (check_doc(&c, info->doc) < 0)
		return -1;
	if (!(*out = compile_node(&c, json, info))) {
		if (!*errmsg)
			*errmsg = cc_xasprintf("%s: the schema could not be compiled", uri);
		return -1;
	}
	return 0;
}
