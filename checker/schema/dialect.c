/* dialect.c: which vocabularies a metaschema turns on (`$vocabulary`), and
 * the keywords that differ between the dialects before any schema is
 * compiled (draft-04's `id`). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/xalloc.h"

#define VOCAB_2020 "https://json-schema.org/draft/2020-12/vocab/"
#define VOCAB_2019 "https://json-schema.org/draft/2019-09/vocab/"

/* 2019-09's vocabularies: its applicator holds unevaluated*, and its one
 * format vocabulary asserts only when required (true). */
static unsigned vocab_bit_2019(const char *name, bool required)
{
	static const struct {
		const char *name;
		unsigned bit;
	} vocabs[] = {
		{"core", VOC_CORE},
		{"applicator", VOC_APPLICATOR | VOC_UNEVALUATED},
		{"validation", VOC_VALIDATION},
		{"meta-data", VOC_METADATA},
		{"content", VOC_CONTENT},
	};
	if (!strcmp(name, "format"))
		return DIALECT_2019 | (required ? VOC_FORMAT_ASSERTION : VOC_FORMAT_ANNOTATION);
	for (size_t i = 0; i < sizeof vocabs / sizeof vocabs[0]; i++)
		if (!strcmp(name, vocabs[i].name))
			return DIALECT_2019 | vocabs[i].bit;
	return 0;
}

static unsigned vocab_bit(const char *uri, bool required)
{
	static const struct {
		const char *name;
		unsigned bit;
	} vocabs[] = {
		{"core", VOC_CORE},
		{"applicator", VOC_APPLICATOR},
		{"unevaluated", VOC_UNEVALUATED},
		{"validation", VOC_VALIDATION},
		{"meta-data", VOC_METADATA},
		{"format-annotation", VOC_FORMAT_ANNOTATION},
		{"format-assertion", VOC_FORMAT_ASSERTION},
		{"content", VOC_CONTENT},
	};
	size_t n = strlen(VOCAB_2020);
	if (!strncmp(uri, VOCAB_2019, n))
		return vocab_bit_2019(uri + n, required);
	if (strncmp(uri, VOCAB_2020, n))
		return 0;
	for (size_t i = 0; i < sizeof vocabs / sizeof vocabs[0]; i++)
		if (!strcmp(uri + n, vocabs[i].name))
			return vocabs[i].bit;
	return 0;
}

int dialect_bits(cc_schema_set *set, const char *metaschema, unsigned *out, char **errmsg)
{
	uintptr_t cached = (uintptr_t)cc_map_get(&set->dialects, metaschema);
	if (cached) {
		*out = (unsigned)(cached - 1);
		return 0;
	}
	unsigned bits = 0;
	if (!strcmp(metaschema, META_2020)) {
		bits = DIALECT_2020;
	} else if (!strcmp(metaschema, META_DRAFT7)) {
		bits = DIALECT_2020 | DIALECT_DRAFT7;
	} else if (!strcmp(metaschema, META_DRAFT4)) {
		bits = DIALECT_2020 | DIALECT_DRAFT7 | DIALECT_DRAFT4;
	} else {
		const cJSON *meta = set_find_resource(set, metaschema);
		if (!meta) {
			if (!*errmsg)
				*errmsg = cc_xasprintf("unknown metaschema %s", metaschema);
			return -1;
		}
		const cJSON *voc = cJSON_GetObjectItemCaseSensitive(meta, "$vocabulary");
		if (!cJSON_IsObject(voc)) {
			bits = DIALECT_2020;
		} else {
			for (const cJSON *m = voc->child; m; m = m->next) {
				unsigned b = vocab_bit(m->string, cJSON_IsTrue(m));
				if (!b && cJSON_IsTrue(m)) {
					if (!*errmsg)
						*errmsg = cc_xasprintf("metaschema %s requires the unknown vocabulary %s",
						                       metaschema, m->string);
					return -1;
				}
				bits |= b;
			}
			bits |= VOC_CORE;
		}
	}
	cc_map_put(&set->dialects, metaschema, (void *)(uintptr_t)(bits + 1));
	*out = bits;
	return 0;
}

const char *dialect_id_keyword(const char *metaschema)
{
	return !strcmp(metaschema, META_DRAFT4) ? "id" : "$id";
}

const cJSON *dialect_doc_id(const cJSON *doc)
{
	const cJSON *schema = cJSON_GetObjectItemCaseSensitive(doc, "$schema");
	const char *kw = "$id";
	if (cJSON_IsString(schema)) {
		size_t n = strlen(schema->valuestring);
		if (n && schema->valuestring[n - 1] == '#')
			n--;
		if (n == strlen(META_DRAFT4) && !strncmp(schema->valuestring, META_DRAFT4, n))
			kw = "id";
	}
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(doc, kw);
	return cJSON_IsString(id) ? id : NULL;
}
