/* seed_text.c: cc_rule_seed_text (casecheck/rules.h). */
#include "casecheck/rules.h"
#include "embedded/embedded.h"

const char *cc_rule_seed_text(const char *seed_path, size_t *len)
{
	const cc_embedded_file *f = cc_embedded_seed(seed_path);
	if (f && len)
		*len = f->len;
	return f ? (const char *)f->data : NULL;
}
