/* registry.c: the schema set: documents, URIs, mapped folders, and the
 * public set functions. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "embedded/embedded.h"
#include "schema/internal.h"
#include "util/fileio.h"
#include "util/xalloc.h"
#include "schema/tree.h"

#define MAX_SCHEMA_FILE ((size_t)16 << 20)

const char *set_intern(cc_schema_set *set, const char *s)
{
	const char *k = cc_map_key(&set->strings, s);
	if (k)
		return k;
	cc_map_put(&set->strings, s, NULL);
	return cc_map_key(&set->strings, s);
}

sdoc *set_add_doc(cc_schema_set *set, const char *uri, cJSON *doc, bool builtin, const char *dialect,
                  char **errmsg)
{
	const cJSON *id = cJSON_IsObject(doc) ? dialect_doc_id(doc) : NULL;
	const char *frag;
	if (!uri && !id) {
		*errmsg = cc_xstrdup("schema has no $id and no URI was given for it");
		cJSON_Delete(doc);
		return NULL;
	}
	sdoc *d = cc_xcalloc(1, sizeof *d);
	d->uri = uri_split(uri ? uri : id->valuestring, &frag);
	d->doc = doc;
	d->builtin = builtin;
	d->next = set->docs;
	set->docs = d;
	if (scan_document(set, d, dialect, errmsg) < 0)
		return NULL;
	return d;
}

static void add_embedded(cc_schema_set *set)
{
	for (const cc_embedded_file *f = cc_embedded_files; f->path; f++) {
		size_t n = strlen(f->path);
		cJSON *doc = NULL;
		char *msg = NULL;
		if (n < 5 || strcmp(f->path + n - 5, ".json"))
			continue;
		if (cc_json_parse(&doc, (const char *)f->data, f->len, NULL, NULL) < 0)
			continue;
		if (!cJSON_IsObject(doc) || !dialect_doc_id(doc)) {
			cJSON_Delete(doc);
			continue;
		}
		/* the official metaschemas are trusted; casecheck's own schemas are
		 * checked against their metaschema like any other */
		bool trusted = !strncmp(f->path, "metaschemas/", 12);
		if (!set_add_doc(set, NULL, doc, trusted, NULL, &msg))
			free(msg);
	}
}

int cc_schema_set_new(cc_schema_set **out)
{
	cc_schema_set *set = cc_xcalloc(1, sizeof *set);
	cc_map_init(&set->resources, true);
	cc_map_init(&set->anchors, true);
	cc_map_init(&set->infos, false);
	cc_map_init(&set->nodes, false);
	cc_map_init(&set->dialects, true);
	cc_map_init(&set->strings, true);
	add_embedded(set);
	*out = set;
	return 0;
}

static void free_info(void *p)
{
	sinfo *i = p;
	free(i->loc);
	free(i->dyn_anchors);
	free(i->dyn);
	free(i);
}

static void free_node(void *p)
{
	cnode_free(p);
}

void cc_schema_set_free(cc_schema_set *set)
{
	if (!set)
		return;
	cc_map_free(&set->nodes, free_node);
	for (size_t i = 0; i < set->n_extra; i++)
		cnode_free(set->extra[i]);
	free(set->extra);
	cc_map_free(&set->infos, free_info);
	cc_map_free(&set->resources, NULL);
	cc_map_free(&set->anchors, NULL);
	cc_map_free(&set->dialects, NULL);
	cc_map_free(&set->strings, NULL);
	while (set->docs) {
		sdoc *d = set->docs;
		set->docs = d->next;
		cJSON_Delete(d->doc);
		free(d->uri);
		free(d);
	}
	for (size_t i = 0; i < set->n_maps; i++) {
		free(set->maps[i].prefix);
		free(set->maps[i].dir);
	}
	free(set->maps);
	free(set);
}

int cc_schema_set_add(cc_schema_set *set, const char *uri, cJSON *doc, char **errmsg)
{
	return set_add_doc(set, uri, doc, false, NULL, errmsg) ? 0 : -1;
}

int cc_schema_set_map_dir(cc_schema_set *set, const char *prefix, const char *dir, char **errmsg)
{
	if (!prefix || !*prefix || !dir || !*dir) {
		*errmsg = cc_xstrdup("a URI prefix and a folder are both needed");
		return -1;
	}
	set->maps = cc_xrealloc(set->maps, (set->n_maps + 1) * sizeof *set->maps);
	set->maps[set->n_maps].prefix = cc_xstrdup(prefix);
	set->maps[set->n_maps].dir = cc_xstrdup(dir);
	set->n_maps++;
	return 0;
}

/* Whether rest (a URI path below a mapped prefix) is a safe relative path. */
static bool safe_relative(const char *rest)
{
	if (!*rest || *rest == '/' || strchr(rest, '?') || strchr(rest, '\\'))
		return false;
	for (const char *s = rest; *s;) {
		size_t n = strcspn(s, "/");
		if ((n == 2 && !strncmp(s, "..", 2)) || n == 0)
			return false;
		s += n;
		if (*s == '/')
			s++;
	}
	return true;
}

/* Loads uri from a mapped folder. Returns 0 when loaded. */
static int load_mapped(cc_schema_set *set, const char *uri, const char *dialect)
{
	for (size_t i = 0; i < set->n_maps; i++) {
		const struct mapping *m = &set->maps[i];
		size_t plen = strlen(m->prefix);
		if (strncmp(uri, m->prefix, plen) || !safe_relative(uri + plen))
			continue;
		char *path = cc_xasprintf("%s/%s", m->dir, uri + plen);
		char *buf = NULL, *msg = NULL;
		size_t len;
		cJSON *doc = NULL;
		int ok = cc_read_file(path, MAX_SCHEMA_FILE, &buf, &len) == 0 &&
		         cc_json_parse(&doc, buf, len, NULL, NULL) == 0;
		free(buf);
		free(path);
		if (!ok)
			continue;
		if (!set_add_doc(set, uri, doc, false, dialect, &msg)) {
			free(msg);
			continue;
		}
		return 0;
	}
	return -1;
}

const cJSON *set_find_resource_in(cc_schema_set *set, const char *uri, const char *dialect)
{
	const cJSON *r = cc_map_get(&set->resources, uri);
	if (r || load_mapped(set, uri, dialect) < 0)
		return r;
	return cc_map_get(&set->resources, uri);
}

const cJSON *set_find_resource(cc_schema_set *set, const char *uri)
{
	return set_find_resource_in(set, uri, NULL);
}

int cc_schema_set_get(cc_schema **out, cc_schema_set *set, const char *uri, char **errmsg)
{
	cnode *n = NULL;
	*out = NULL;
	if (compile_uri(&n, set, uri, errmsg) < 0)
		return -1;
	*out = (cc_schema *)n;
	return 0;
}
