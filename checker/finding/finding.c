#include "casecheck/finding.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

/* The cap of a list (cc_findings_set_limit). cursor[s] bounds the search
 * for a kept finding of severity s to displace: slots at or above it hold
 * none (a displaced slot only ever becomes more severe, and nothing is
 * appended once the list is full), so each severity is scanned once. */
struct cc_findings_limit {
	size_t max;
	size_t dropped[3]; /* not kept, by severity */
	size_t kept[3];    /* kept, by severity (the summary note not included) */
	size_t cursor[3];
	const char *rule;
	char *path;
	char *summary;     /* message of the summary note once added; identifies it */
};

static size_t sev_index(cc_severity s)
{
	return (unsigned)s <= CC_SEVERITY_NOTE ? (size_t)s : CC_SEVERITY_NOTE;
}

static void finding_free(cc_finding *f)
{
	free(f->path);
	free(f->pointer);
	free(f->message);
	free(f->value);
	free(f->record);
	free(f->record_id);
	cc_finding_waiver_free(f->waived);
}

void cc_finding_waiver_free(cc_finding_waiver *w)
{
	if (!w)
		return;
	free(w->path);
	free(w->by);
	free(w->date);
	free(w->expires);
	free(w->reason_code);
	free(w->reason);
	free(w);
}

static void reset_cursors(struct cc_findings_limit *lim)
{
	for (size_t i = 0; i < 3; i++)
		lim->cursor[i] = SIZE_MAX;
}

/* The slot for a new finding of severity sev: appended, or (on a full
 * list) the last kept finding of the least severe kind below sev, which is
 * freed and counted as dropped. NULL when the new finding is not kept. */
static cc_finding *slot_for(cc_findings *list, cc_severity sev)
{
	struct cc_findings_limit *lim = list->limit;
	size_t s = sev_index(sev);
	if (!lim || lim->kept[0] + lim->kept[1] + lim->kept[2] < lim->max) {
		list->items = cc_xgrow(list->items, &list->cap, list->count + 1, sizeof *list->items);
		if (lim)
			lim->kept[s]++;
		return &list->items[list->count++];
	}
	for (size_t w = CC_SEVERITY_NOTE; w > s; w--) {
		if (!lim->kept[w])
			continue;
		size_t i = lim->cursor[w] < list->count ? lim->cursor[w] : list->count;
		while (i-- > 0) {
			cc_finding *f = &list->items[i];
			if (sev_index(f->severity) != w || f->message == lim->summary)
				continue;
			lim->cursor[w] = i;
			finding_free(f);
			lim->kept[w]--;
			lim->dropped[w]++;
			lim->kept[s]++;
			return f;
		}
		lim->cursor[w] = 0; /* none left below: the counts were off (items edited directly) */
	}
	lim->dropped[s]++;
	return NULL;
}

static void fill(cc_finding *f, const char *rule, cc_severity severity, const char *path,
                 const char *pointer, char *message)
{
	f->rule = rule;
	f->severity = severity;
	f->path = cc_xstrdup(path ? path : "");
	f->pointer = cc_xstrdup(pointer ? pointer : "");
	f->message = message;
	f->value = NULL;
	f->record = NULL;
	f->record_id = NULL;
	f->record_id_personal = false;
	f->waived = NULL;
}

cc_finding *cc_findings_add(cc_findings *list, const char *rule, cc_severity severity,
                            const char *path, const char *pointer, const char *fmt, ...)
{
	cc_finding *f = slot_for(list, severity);
	if (!f)
		return NULL;
	cc_strbuf msg = CC_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	cc_strbuf_vprintf(&msg, fmt, ap);
	va_end(ap);
	fill(f, rule, severity, path, pointer, cc_strbuf_detach(&msg));
	return f;
}

void cc_finding_set_record(cc_finding *f, const char *record, const char *id, bool id_personal)
{
	if (!f)
		return;
	free(f->record);
	free(f->record_id);
	f->record = record ? cc_xstrdup(record) : NULL;
	f->record_id = id ? cc_xstrdup(id) : NULL;
	f->record_id_personal = id_personal;
}

void cc_findings_set_limit(cc_findings *list, size_t max, const char *rule, const char *path)
{
	struct cc_findings_limit *lim = list->limit;
	if (!max) {
		if (lim)
			free(lim->path);
		free(lim);
		list->limit = NULL;
		return;
	}
	if (!lim) {
		lim = cc_xcalloc(1, sizeof *lim);
		for (size_t i = 0; i < list->count; i++)
			lim->kept[sev_index(list->items[i].severity)]++;
		list->limit = lim;
	}
	free(lim->path);
	lim->max = max;
	lim->rule = rule;
	lim->path = cc_xstrdup(path ? path : "");
	reset_cursors(lim);
}

void cc_finding_set_value(cc_finding *f, const char *value, size_t len)
{
	if (!f)
		return;
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

static size_t plural(cc_strbuf *sb, size_t n, const char *what, size_t parts)
{
	if (!n)
		return parts;
	cc_strbuf_printf(sb, "%s%zu %s%s", parts ? ", " : "", n, what, n == 1 ? "" : "s");
	return parts + 1;
}

/* Adds the summary note, or brings its message up to date. */
static void summarise(cc_findings *list)
{
	struct cc_findings_limit *lim = list->limit;
	size_t total = lim ? lim->dropped[0] + lim->dropped[1] + lim->dropped[2] : 0;
	if (!total)
		return;
	cc_strbuf sb = CC_STRBUF_INIT;
	size_t parts = 0;
	cc_strbuf_printf(&sb, "%zu more finding%s not shown (at most %zu are kept, the most severe first): ",
	                 total, total == 1 ? "" : "s", lim->max);
	parts = plural(&sb, lim->dropped[CC_SEVERITY_ERROR], "error", parts);
	parts = plural(&sb, lim->dropped[CC_SEVERITY_WARNING], "warning", parts);
	plural(&sb, lim->dropped[CC_SEVERITY_NOTE], "note", parts);
	cc_strbuf_puts(&sb, "; they are counted in the totals");
	char *msg = cc_strbuf_detach(&sb);
	cc_finding *f = NULL;
	for (size_t i = 0; lim->summary && i < list->count && !f; i++)
		if (list->items[i].message == lim->summary)
			f = &list->items[i];
	if (f) {
		free(f->message);
		f->message = msg;
	} else {
		list->items = cc_xgrow(list->items, &list->cap, list->count + 1, sizeof *list->items);
		f = &list->items[list->count++];
		fill(f, lim->rule ? lim->rule : "findings.limit", CC_SEVERITY_NOTE, lim->path, "", msg);
	}
	lim->summary = msg;
}

void cc_findings_sort(cc_findings *list)
{
	summarise(list);
	if (list->count > 1)
		qsort(list->items, list->count, sizeof *list->items, compare);
	if (list->limit)
		reset_cursors(list->limit);
}

size_t cc_findings_count(const cc_findings *list, cc_severity severity)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++)
		n += list->items[i].severity == severity;
	if (list->limit)
		n += list->limit->dropped[sev_index(severity)];
	return n;
}

void cc_findings_move(cc_findings *dst, cc_findings *src)
{
	struct cc_findings_limit *from = src->limit;
	for (size_t i = 0; i < src->count; i++) {
		cc_finding *f = &src->items[i];
		cc_finding *to = from && f->message == from->summary ? NULL : slot_for(dst, f->severity);
		if (to)
			*to = *f;
		else
			finding_free(f);
	}
	if (from) {
		for (size_t s = 0; s < 3; s++)
			if (from->dropped[s]) {
				if (!dst->limit) /* keep the count: dst takes src's cap */
					cc_findings_set_limit(dst, from->max, from->rule, from->path);
				dst->limit->dropped[s] += from->dropped[s];
			}
		free(from->path);
		free(from);
	}
	free(src->items);
	src->items = NULL;
	src->count = src->cap = 0;
	src->limit = NULL;
}

void cc_findings_clear(cc_findings *list)
{
	for (size_t i = 0; i < list->count; i++)
		finding_free(&list->items[i]);
	free(list->items);
	if (list->limit)
		free(list->limit->path);
	free(list->limit);
	list->items = NULL;
	list->count = list->cap = 0;
	list->limit = NULL;
}

const char *cc_severity_name(cc_severity severity)
{
	switch (severity) {
	case CC_SEVERITY_ERROR: return "error";
	case CC_SEVERITY_WARNING: return "warning";
	default: return "note";
	}
}
