#include "casecheck/finding.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

cc_finding *cc_findings_add(cc_findings *list, const char *rule, cc_severity severity,
                            const char *path, const char *pointer, const char *fmt, ...)
{
	list->items = cc_xgrow(list->items, &list->cap, list->count + 1, sizeof *list->items);
	cc_finding *f = &list->items[list->count++];
	cc_strbuf msg = CC_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	cc_strbuf_vprintf(&msg, fmt, ap);
	va_end(ap);
	f->rule = rule;
	f->severity = severity;
	f->path = cc_xstrdup(path ? path : "");
	f->pointer = cc_xstrdup(pointer ? pointer : "");
	f->message = cc_strbuf_detach(&msg);
	f->value = NULL;
	return f;
}

void cc_finding_set_value(cc_finding *f, const char *value, size_t len)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < len; i++) {
		if (value[i] == '\0')
			cc_strbuf_puts(&sb, "\xEF\xBF\xBD");
		else
			cc_strbuf_putc(&sb, value[i]);
	}
	free(f->value);
	f->value = cc_strbuf_detach(&sb);
}

static int compare(const void *pa, const void *pb)
{
	const cc_finding *a = pa, *b = pb;
	if (a->severity != b->severity)
		return (int)a->severity - (int)b->severity;
	int c = strcmp(a->path, b->path);
	if (c)
		return c;
	if ((c = strcmp(a->pointer, b->pointer)))
		return c;
	if ((c = strcmp(a->rule, b->rule)))
		return c;
	return strcmp(a->message, b->message);
}

void cc_findings_sort(cc_findings *list)
{
	if (list->count > 1)
		qsort(list->items, list->count, sizeof *list->items, compare);
}

size_t cc_findings_count(const cc_findings *list, cc_severity severity)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++)
		n += list->items[i].severity == severity;
	return n;
}

void cc_findings_move(cc_findings *dst, cc_findings *src)
{
	dst->items = cc_xgrow(dst->items, &dst->cap, dst->count + src->count, sizeof *dst->items);
	if (src->count)
		memcpy(dst->items + dst->count, src->items, src->count * sizeof *src->items);
	dst->count += src->count;
	free(src->items);
	src->items = NULL;
	src->count = src->cap = 0;
}

void cc_findings_clear(cc_findings *list)
{
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].path);
		free(list->items[i].pointer);
		free(list->items[i].message);
		free(list->items[i].value);
	}
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}

const char *cc_severity_name(cc_severity severity)
{
	switch (severity) {
	case CC_SEVERITY_ERROR: return "error";
	case CC_SEVERITY_WARNING: return "warning";
	default: return "note";
	}
}
