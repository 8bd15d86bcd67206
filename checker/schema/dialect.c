/* dialect.c: which vocabularies a metaschema turns on (`$vocabulary`). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/xalloc.h"

#define VOCAB_2020 "https://json-schema.org/draft/2020-12/vocab/"

static unsigned vocab_bit(const char *uri)
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
				unsigned b = vocab_bit(m->string);
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
