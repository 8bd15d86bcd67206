/* schema/internal.h: the schema set, its resource index and the compiled
 * form of schemas, shared by the files of the schema module.
 *
 * Life cycle: documents are added to the set (registry.c), scanned for
 * `$id`, `$anchor` and `$dynamicAnchor` (scan.c), compiled on first use into
 * cnode graphs (compile.c), and the graphs are then read, never written, by
 * any number of validating threads (validate.c). Everything belongs to the
 * set and is freed by cc_schema_set_free(). */
#ifndef CC_SCHEMA_INTERNAL_H
#define CC_SCHEMA_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "casecheck/schema.h"
#include "formats/format.h"
#include "json/number.h"
#include "schema/map.h"

/* Vocabularies (bits of a dialect). */
enum {
	VOC_CORE = 1 << 0,
	VOC_APPLICATOR = 1 << 1,
	VOC_UNEVALUATED = 1 << 2,
	VOC_VALIDATION = 1 << 3,
	VOC_METADATA = 1 << 4,
	VOC_FORMAT_ANNOTATION = 1 << 5,
	VOC_FORMAT_ASSERTION = 1 << 6,
	VOC_CONTENT = 1 << 7,
	DIALECT_DRAFT7 = 1 << 8, /* draft-07 keyword semantics (draft-04 too) */
	DIALECT_DRAFT4 = 1 << 9, /* draft-04: boolean exclusiveMaximum/Minimum,
	                          * no const, contains, propertyNames, if */
	DIALECT_2019 = 1 << 10,  /* 2019-09: items arrays with additionalItems,
	                          * $recursiveRef/$recursiveAnchor, no $dynamic* */
	DIALECT_2020 = VOC_CORE | VOC_APPLICATOR | VOC_UNEVALUATED | VOC_VALIDATION | VOC_METADATA |
	               VOC_FORMAT_ANNOTATION | VOC_CONTENT
};

#define META_2020 "https://json-schema.org/draft/2020-12/schema"
#define META_DRAFT7 "http://json-schema.org/draft-07/schema"
#define META_DRAFT4 "http://json-schema.org/draft-04/schema"
#define META_2019 "https://json-schema.org/draft/2019-09/schema"

/* A document held by the set. */
typedef struct sdoc {
	char *uri;        /* retrieval URI, no fragment */
	cJSON *doc;       /* owned */
	bool builtin;     /* embedded: trusted, not checked against a metaschema */
	int meta_state;   /* 0 unchecked, 1 checking, 2 valid */
	const char *dialect; /* the root's $schema, or the default (interned) */
	struct sdoc *next;
} sdoc;

typedef struct cnode cnode;

typedef struct cdyn {
	const char *name; /* interned */
	cnode *node;
} cdyn;

/* What the scan learned about one schema object or boolean. */
typedef struct sinfo {
	const char *base;   /* absolute base URI without fragment (interned) */
	char *loc;          /* base "#" pointer-from-resource-root, owned */
	const char *dialect_uri; /* the $schema in effect (interned) */
	sdoc *doc;
	bool resource;      /* a resource root: has $id or is a document root */
	struct sinfo *res;  /* the info of its resource root */
	const cJSON **dyn_anchors; /* resource roots: nodes with $dynamicAnchor
	                            * (2019-09: with "$recursiveAnchor": true) */
	size_t n_dyn_anchors;
	cdyn *dyn;          /* resource roots: the same, compiled */
	size_t n_dyn;
	bool dyn_done;
} sinfo;

typedef struct cprop {
	const char *key; /* borrowed from the schema document */
	size_t len;
	uint64_t hash;
	cnode *schema;
} cprop;

typedef struct cpattern {
	cc_regex *re; /* owned */
	cnode *schema;
} cpattern;

typedef struct cdepreq {
	const char *key;
	size_t len;
	const cJSON *names; /* array of strings, borrowed */
} cdepreq;

/* Instance types as a bit set. */
enum {
	T_NULL = 1, T_BOOLEAN = 2, T_OBJECT = 4, T_ARRAY = 8, T_NUMBER = 16, T_STRING = 32, T_INTEGER = 64
};

/* Which optional numeric/size keywords are present. */
enum {
	H_MULTIPLE = 1 << 0, H_MAXIMUM = 1 << 1, H_XMAXIMUM = 1 << 2, H_MINIMUM = 1 << 3,
	H_XMINIMUM = 1 << 4, H_MAXLEN = 1 << 5, H_MINLEN = 1 << 6, H_MAXITEMS = 1 << 7,
	H_MINITEMS = 1 << 8, H_MAXCONTAINS = 1 << 9, H_MINCONTAINS = 1 << 10,
	H_MAXPROPS = 1 << 11, H_MINPROPS = 1 << 12, H_CONST = 1 << 13, H_UNIQUE = 1 << 14,
	H_TYPE = 1 << 15
};

/* A cheap hash of a property name (length and three bytes, mixed): the
 * property table resolves collisions by comparing the names. */
static inline uint64_t prop_hash(const char *key, size_t len)
{
	uint64_t h = len;
	if (len) {
		h = h * 131 + (unsigned char)key[0];
		h = h * 131 + (unsigned char)key[len - 1];
		h = h * 131 + (unsigned char)key[len / 2];
	}
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
}

/* Which groups of keywords a node has (cnode.groups), to skip the rest. */
enum { G_NUMBER = 1, G_STRING = 2, G_ARRAY = 4, G_OBJECT = 8, G_LOGIC = 16 };

/* A compiled schema. Read-only once compiled. */
struct cnode {
	int boolean;      /* 1 true, 0 false, -1 an object schema */
	bool done;        /* compiled completely */
	bool failed;      /* compiling it failed */
	const sinfo *info;
	const char *loc;  /* absolute location, from info */

	cnode *ref;
	cnode *dynref;
	const char *dynref_anchor; /* dynamic when set ("" for $recursiveRef) */
	bool recursive_ref;        /* dynref is a 2019-09 $recursiveRef */
	bool ref_only;             /* draft-07: $ref ignores its siblings */

	cnode **all_of, **any_of, **one_of;
	size_t n_all_of, n_any_of, n_one_of;
	cnode *not_, *if_, *then_, *else_;
	cprop *props;
	size_t n_props;
	uint32_t *prop_tab; /* open addressing: index + 1, 0 empty */
	size_t prop_tabcap;
	cpattern *pprops;
	size_t n_pprops;
	cnode *addl_props, *prop_names, *uneval_props;
	cprop *dep_schemas;
	size_t n_dep_schemas;
	cdepreq *dep_req;
	size_t n_dep_req;
	cnode **prefix;
	size_t n_prefix;
	cnode *items, *contains, *uneval_items;

	unsigned has;
	unsigned groups;
	unsigned types;
	const cJSON *const_, *enum_, *required;
	/* When every required name is one of at most 64 `properties`, the
	 * member loop checks them: req_idx[i] is the property index of the i-th
	 * required name and req_mask has those bits set. */
	uint8_t *req_idx;
	uint64_t req_mask;
	cc_number multiple, maximum, xmaximum, minimum, xminimum;
	size_t max_len, min_len, max_items, min_items, max_contains, min_contains, max_props, min_props;
	cc_regex *pattern;
	const char *format;
	bool format_asserts; /* the dialect has the format-assertion vocabulary */
};

struct cc_schema_set {
	sdoc *docs;
	cc_map resources;  /* absolute URI -> const cJSON * (resource root) */
	cc_map anchors;    /* URI "#" name -> const cJSON * */
	cc_map infos;      /* const cJSON * -> sinfo * (owned) */
	cc_map nodes;      /* const cJSON * -> cnode * (owned) */
	cc_map dialects;   /* metaschema URI -> (uintptr_t) dialect bits + 1 */
	cc_map strings;    /* interned strings: key owned, value unused */
	struct mapping {
		char *prefix, *dir;
	} *maps;
	size_t n_maps;
	cnode **extra;     /* nodes not keyed by a document node (owned) */
	size_t n_extra;
};

/* registry.c */
const char *set_intern(cc_schema_set *set, const char *s);
/* Finds the resource root for an absolute URI without fragment, loading
 * mapped files on demand. NULL when unknown. */
const cJSON *set_find_resource(cc_schema_set *set, const char *uri);
/* The same, reading a mapped file without `$schema` in dialect (the
 * referring schema's), as a draft-04 or draft-07 remote reference is. */
const cJSON *set_find_resource_in(cc_schema_set *set, const char *uri, const char *dialect);
/* Adds doc (taken); a root without `$schema` is read in dialect (a
 * metaschema URI; NULL for 2020-12). */
sdoc *set_add_doc(cc_schema_set *set, const char *uri, cJSON *doc, bool builtin, const char *dialect,
                  char **errmsg);

/* scan.c: indexes a document's resources and anchors. */
int scan_document(cc_schema_set *set, sdoc *d, const char *dialect, char **errmsg);
/* The info for a schema node, or NULL if the scan never saw it. */
const sinfo *set_info(cc_schema_set *set, const cJSON *node);

/* dialect.c: the vocabulary bits for a $schema URI. */
int dialect_bits(cc_schema_set *set, const char *metaschema, unsigned *out, char **errmsg);
/* The keyword naming a schema's base URI in a dialect: "id" in draft-04,
 * "$id" otherwise. */
const char *dialect_id_keyword(const char *metaschema);
/* A document's own URI keyword value (by its root `$schema`), or NULL. */
const cJSON *dialect_doc_id(const cJSON *doc);

/* compile.c */
int compile_uri(cnode **out, cc_schema_set *set, const char *uri, char **errmsg);
void cnode_free(cnode *n);

/* uri.c */
/* RFC 3986 §5.2 reference resolution; result owned by the caller. */
char *uri_resolve(const char *base, const char *ref);
/* Splits at '#': returns a copy of the part before, *frag points into uri
 * after '#' (or to "" when none). */
char *uri_split(const char *uri, const char **frag);
/* Percent-decodes s into a new string (invalid escapes kept as they are). */
char *uri_percent_decode(const char *s);

#endif
