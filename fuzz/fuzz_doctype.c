/* fuzz_doctype: libFuzzer target for document typing and inspection
 * (cc_doctype_inspect: libmagic, the zip directory and package checks,
 * the polyglot scans, the PDF object reader with its inflating). The input
 * is copied into an exact-size heap buffer, so ASan sees any read past it.
 * Invariants: at most CC_DOC_MAX_ISSUES issues kept, each with a known risk
 * and a non-empty message; cc_doctype_detect agrees with the inspection
 * (UNKNOWN when an INVALID or REFUSE issue was found, else the same kind). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/doctype.h"

static cc_doctype *dt;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dt && cc_doctype_open(&dt, NULL) < 0)
		abort();
	char *copy = malloc(size ? size : 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	cc_doc_inspection in;
	cc_doctype_inspect(dt, copy, size, &in);
	bool blocked = false;
	for (size_t i = 0; i < in.n_issues && i < CC_DOC_MAX_ISSUES; i++) {
		const cc_doc_issue *is = &in.issues[i];
		if (is->risk != CC_DOC_RISK_INVALID && is->risk != CC_DOC_RISK_REFUSE && is->risk != CC_DOC_RISK_ACTIVE)
			abort();
		if (!is->what[0] || memchr(is->what, '\0', sizeof is->what) == NULL)
			abort();
		blocked |= is->risk != CC_DOC_RISK_ACTIVE;
	}
	cc_doc_kind k = cc_doctype_detect(dt, copy, size, NULL);
	if (k != (blocked ? CC_DOC_UNKNOWN : in.kind))
		abort();
	if (size == 0 && in.kind != CC_DOC_EMPTY)
		abort();
	free(copy);
	return 0;
}
