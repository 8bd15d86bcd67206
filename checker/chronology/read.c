/* read.c: cc_chronology_read(): the cases' chronology.json documents,
 * loaded and validated as the audit loads them (its policy, cases folder
 * and schemas), filtered, merged and sorted by date, each addendum linked
 * to the entry it amends. */
#include <stdlib.h>
#include <string.h>

#include "audit/audit_int.h"
#include "audit/casemodel.h"
#include "audit/idindex.h"
#include "audit/jget.h"
#include "casecheck/identifiers.h"
#include "chron_int.h"
#include "util/xalloc.h"

typedef struct reader {
	cc_audit_ctx run;
	cc_source *src;
	const cc_chron_options *o;
	unsigned cats;       /* o->categories as bits (cc_chron_cat_bit); 0: all */
	cc_chronology *c;
	size_t cap;
	size_t *order;       /* per row: case index << 32 | position, the tie-break */
	size_t order_cap;
} reader;

static char *dup_or_null(const char *s)
{
	return s ? cc_xstrdup(s) : NULL;
}

/* The document of kind at <cases_dir>/<id>/<name>, valid, or NULL; *present
 * whether a file was there. */
static cJSON *load(reader *r, const char *id, const char *name, cc_doc_kind_id kind, bool *present)
{
	char *path = cc_xasprintf("%s/%s/%s", r->run.cases_dir, id, name);
	cJSON *doc = cc_audit_load_json(&r->run, r->src, kind, path, NULL, present, NULL);
	free(path);
	return doc;
}

static bool wanted(const reader *r, const cJSON *e, const cc_partial_date *when)
{
	const cc_chron_options *o = r->o;
	if (cc_entry_in_error(e) && !o->all)
		return false;
	if (o->child && !cc_jarr_has_str(cc_jarr(e, "children"), o->child))
		return false;
	if ((o->from && when->last < o->from) || (o->to && when->first > o->to))
		return false;
	return !r->cats || (cc_chron_cat_bit(cc_jstr(e, "category")) & r->cats);
}

static void add_row(reader *r, const cJSON *e, const cc_partial_date *when, size_t case_ix, size_t pos,
                    const cc_id_index *ids)
{
	cc_chronology *c = r->c;
	c->rows = cc_xgrow(c->rows, &r->cap, c->n_rows + 1, sizeof *c->rows);
	r->order = cc_xgrow(r->order, &r->order_cap, c->n_rows + 1, sizeof *r->order);
	r->order[c->n_rows] = case_ix << 32 | pos;
	cc_chron_row *row = &c->rows[c->n_rows++];
	memset(row, 0, sizeof *row);
	row->case_id = c->cases[case_ix];
	row->id = dup_or_null(cc_jstr(e, "id"));
	row->date = dup_or_null(cc_jstr(e, "date"));
	row->when = *when;
	row->category = dup_or_null(cc_jstr(e, "category"));
	row->event = dup_or_null(cc_jstr(e, "event"));
	row->source = dup_or_null(cc_jstr(e, "source"));
	row->significance = dup_or_null(cc_jstr(e, "significance"));
	row->action = dup_or_null(cc_jstr(e, "action"));
	row->recorded_by = dup_or_null(cc_jstr(e, "recorded_by"));
	row->recorded_on = dup_or_null(cc_jstr(e, "recorded_on"));
	row->historic = cc_jbool(e, "historic") == 1;
	if (cc_entry_in_error(e))
		row->in_error_on = dup_or_null(cc_jstr(cc_jobj(e, "entered_in_error"), "on"));
	const cJSON *ch;
	int n = cJSON_GetArraySize(cc_jarr(e, "children"));
	row->children = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *row->children);
	cJSON_ArrayForEach(ch, cc_jarr(e, "children"))
		if (cc_jtext(ch))
			row->children[row->n_children++] = cc_xstrdup(cc_jtext(ch));
	row->amends = dup_or_null(cc_jstr(e, "amends"));
	row->amended = -1;
	if (row->amends)
		row->amended_date = dup_or_null(cc_jstr(cc_id_index_get(ids, row->amends), "date"));
}

static int read_case(reader *r, size_t case_ix, cc_chron_names *names, char **errmsg)
{
	const char *id = r->c->cases[case_ix];
	bool present = false;
	int rc = -1;
	if (!cc_case_id_valid(id, strlen(id))) {
		*errmsg = cc_xasprintf("'%s' is not a case id", id);
		return -1;
	}
	cJSON *cj = load(r, id, "case.json", CC_KIND_CASE, &present);
	if (!present) {
		*errmsg = cc_xasprintf("no case %s: %s/%s/case.json is not there", id, r->run.cases_dir, id);
		goto done_case;
	}
	cJSON *chron = load(r, id, "chronology.json", CC_KIND_CHRONOLOGY, &present);
	if (!chron) {
		*errmsg = present ? cc_xasprintf("%s/%s/chronology.json is not valid; 'casecheck audit --case %s' says why",
		                                 r->run.cases_dir, id, id)
		                  : cc_xasprintf("case %s has no chronology.json", id);
		goto done_case;
	}
	const cJSON *arr = cc_jarr(chron, "entries"), *e;
	size_t pos = 0;
	cc_id_index ids = CC_ID_INDEX_INIT;
	cc_id_index_build(&ids, arr, "id");
	cJSON_ArrayForEach(e, arr) {
		cc_partial_date when;
		if (cc_jpdate(e, "date", &when) == 0 && wanted(r, e, &when))
			add_row(r, e, &when, case_ix, pos, &ids);
		pos++;
	}
	cc_id_index_free(&ids);
	if (names) {
		cJSON *gen = load(r, id, "genogram.json", CC_KIND_GENOGRAM, &present);
		cc_chron_names_add_case(names, cj, gen);
		cJSON_Delete(gen);
	}
	cJSON_Delete(chron);
	rc = 0;
done_case:
	cJSON_Delete(cj);
	return rc;
}

/* Sorting: by first possible day, a broader date (a year, a month) before
 * the days it holds, then case, then position in the file. */
typedef struct sort_key {
	cc_date first;
	int precision;
	size_t order;
	size_t row;
} sort_key;

static int cmp_key(const void *a, const void *b)
{
	const sort_key *x = a, *y = b;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->precision != y->precision)
		return x->precision > y->precision ? -1 : 1; /* CC_DATE_YEAR is the broadest */
	return x->order < y->order ? -1 : x->order > y->order;
}

static void sort_rows(reader *r)
{
	cc_chronology *c = r->c;
	sort_key *k = cc_xcalloc(c->n_rows ? c->n_rows : 1, sizeof *k);
	for (size_t i = 0; i < c->n_rows; i++)
		k[i] = (sort_key){c->rows[i].when.first, (int)c->rows[i].when.precision, r->order[i], i};
	qsort(k, c->n_rows, sizeof *k, cmp_key);
	cc_chron_row *sorted = cc_xcalloc(c->n_rows ? c->n_rows : 1, sizeof *sorted);
	for (size_t i = 0; i < c->n_rows; i++)
		sorted[i] = c->rows[k[i].row];
	free(c->rows);
	c->rows = sorted;
	r->cap = c->n_rows;
	free(k);
}

typedef struct row_ref {
	const char *case_id, *id;
	size_t row;
} row_ref;

static int cmp_ref(const void *a, const void *b)
{
	const row_ref *x = a, *y = b;
	int d = strcmp(x->case_id, y->case_id);
	return d ? d : strcmp(x->id, y->id);
}

/* Each addendum's amended row, once the rows are in their order. */
static void link_addenda(cc_chronology *c)
{
	row_ref *refs = cc_xcalloc(c->n_rows ? c->n_rows : 1, sizeof *refs);
	size_t m = 0;
	for (size_t i = 0; i < c->n_rows; i++)
		if (c->rows[i].id)
			refs[m++] = (row_ref){c->rows[i].case_id, c->rows[i].id, i};
	qsort(refs, m, sizeof *refs, cmp_ref);
	for (size_t i = 0; i < c->n_rows; i++) {
		cc_chron_row *row = &c->rows[i];
		if (!row->amends)
			continue;
		row_ref key = {row->case_id, row->amends, 0};
		const row_ref *hit = bsearch(&key, refs, m, sizeof *refs, cmp_ref);
		row->amended = hit ? (long)hit->row : -1;
	}
	free(refs);
}

int cc_chronology_read(cc_chronology **out, cc_source *src, const cc_chron_options *o, char **errmsg)
{
	reader r;
	cc_findings repo = CC_FINDINGS_INIT;
	cc_chron_names *names = o->anonymise ? cc_chron_names_new() : NULL;
	int rc = -1;
	memset(&r, 0, sizeof r);
	*out = NULL;
	*errmsg = NULL;
	r.src = src;
	r.o = o;
	r.run.purpose = CC_PURPOSE_CHECK;
	r.run.as_of = o->as_of;
	r.c = cc_xcalloc(1, sizeof *r.c);
	r.c->as_of = o->as_of;
	r.c->anonymised = o->anonymise;
	r.c->all = o->all;
	r.c->source_kind = cc_source_kind_of(src);
	r.c->commit = dup_or_null(cc_source_commit(src));
	if (!o->n_cases) {
		*errmsg = cc_xstrdup("name the case (--case ID)");
		goto done;
	}
	r.c->cases = cc_xcalloc(o->n_cases, sizeof *r.c->cases);
	for (size_t i = 0; i < o->n_cases; i++) {
		bool seen = false;
		for (size_t j = 0; j < r.c->n_cases; j++)
			seen |= !strcmp(r.c->cases[j], o->cases[i]);
		if (!seen)
			r.c->cases[r.c->n_cases++] = cc_xstrdup(o->cases[i]);
	}
	for (size_t i = 0; i < o->n_categories; i++) {
		unsigned bit = cc_chron_cat_bit(o->categories[i]);
		if (!bit) {
			*errmsg = cc_xasprintf("unknown category '%s' (the categories are those of chronology.json: "
			                       "referral, visit, meeting, court, ...; docs/format.md section 6)", o->categories[i]);
			goto done;
		}
		r.cats |= bit;
	}
	if (cc_audit_compile_schemas(&r.run, errmsg) < 0 || cc_audit_load_policy(&r.run, src, NULL, NULL, &repo, errmsg) < 0)
		goto done;
	for (size_t i = 0; i < r.c->n_cases; i++)
		if (read_case(&r, i, names, errmsg) < 0)
			goto done;
	sort_rows(&r);
	link_addenda(r.c);
	if (names) {
		cc_chron_names_add_staff(names, r.run.staff);
		cc_chron_names_apply(names, r.c);
	}
	*out = r.c;
	r.c = NULL;
	rc = 0;
done:
	cc_chron_names_free(names);
	cc_chronology_free(r.c);
	free(r.order);
	cc_findings_clear(&repo);
	cc_audit_ctx_clear(&r.run);
	return rc;
}

void cc_chronology_free(cc_chronology *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_rows; i++) {
		cc_chron_row *row = &c->rows[i];
		free(row->id);
		free(row->date);
		free(row->category);
		free(row->event);
		free(row->source);
		free(row->significance);
		free(row->action);
		for (size_t k = 0; k < row->n_children; k++)
			free(row->children[k]);
		free(row->children);
		free(row->recorded_by);
		free(row->recorded_on);
		free(row->in_error_on);
		free(row->amends);
		free(row->amended_date);
	}
	free(c->rows);
	for (size_t i = 0; i < c->n_unmatched; i++) {
		free(c->unmatched[i].word);
		free(c->unmatched[i].entry_id);
		free(c->unmatched[i].replaced_by);
	}
	free(c->unmatched);
	for (size_t i = 0; i < c->n_labels; i++)
		free(c->labels[i]);
	free(c->labels);
	for (size_t i = 0; i < c->n_cases; i++)
		free(c->cases[i]);
	free(c->cases);
	free(c->commit);
	free(c);
}
