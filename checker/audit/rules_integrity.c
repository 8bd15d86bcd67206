/* rules_integrity.c: structure rules run for every purpose: case ids,
 * unique ids, references, dates in the future and dates out of order. */
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "idindex.h"
#include "jget.h"
#include "repeats.h"
#include "util/strbuf.h"
#include "util/strset.h"
#include "util/xalloc.h"

/* ---- integrity.case-id ---- */

static void case_id_of(cc_audit_case *ac, const cc_doc *d)
{
	const char *id = cc_jstr(d->json, "case_id");
	if (d->json && (!id || strcmp(id, ac->c->id)))
		cc_audit_add(ac, "integrity.case-id", d->path, "/case_id",
		             "case_id does not match the case folder name %s", ac->c->id);
}

void cc_check_case_id(cc_audit_case *ac)
{
	case_id_of(ac, &ac->c->case_doc);
	case_id_of(ac, &ac->c->chronology);
	case_id_of(ac, &ac->c->genogram);
}

/* ---- integrity.unique-ids ---- */

typedef struct unique_ctx {
	cc_audit_case *ac;
	const cc_doc *d;
	const char *member, *what;
} unique_ctx;

static void report_repeated_id(void *ctx, int i, int j)
{
	const unique_ctx *u = ctx;
	char *p = cc_ptr("/%s/%d/id", u->member, i);
	cc_audit_add(u->ac, "integrity.unique-ids", u->d->path, p, "%s id repeats the id of /%s/%d", u->what,
	             u->member, j);
	free(p);
}

/* Reports ids of arr[i].id seen earlier in the same array (sorted, so a
 * large chronology or genogram stays fast). */
static void unique_in(cc_audit_case *ac, const cc_doc *d, const char *member, const char *what)
{
	const cJSON *arr = cc_jarr(d->json, member), *it;
	int n = cJSON_GetArraySize(arr), m = 0, i = 0;
	cc_repeat_key *keys = cc_xcalloc(n > 0 ? (size_t)n : 1, sizeof *keys);
	cJSON_ArrayForEach(it, arr) {
		const char *id = cc_jstr(it, "id");
		if (id)
			keys[m++] = (cc_repeat_key){{id, "", ""}, i};
		i++;
	}
	unique_ctx u = {ac, d, member, what};
	cc_each_repeat(keys, (size_t)m, report_repeated_id, &u);
	free(keys);
}

typedef struct unique_docs_ctx {
	cc_audit_case *ac;
	const cc_doc *docs;
	const char *what;
} unique_docs_ctx;

static void report_repeated_doc(void *ctx, int i, int j)
{
	const unique_docs_ctx *u = ctx;
	cc_audit_add(u->ac, "integrity.unique-ids", u->docs[i].path, "/id", "%s id repeats the id of %s", u->what,
	             u->docs[j].rel);
}

/* Reports documents whose id repeats that of an earlier one (sorted, so a
 * case with thousands of notes stays fast). */
static void unique_docs(cc_audit_case *ac, const cc_doc *docs, size_t n, const char *what)
{
	cc_repeat_key *keys = cc_xcalloc(n ? n : 1, sizeof *keys);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		const char *id = cc_jstr(docs[i].json, "id");
		if (id)
			keys[m++] = (cc_repeat_key){{id, "", ""}, (int)i};
	}
	unique_docs_ctx u = {ac, docs, what};
	cc_each_repeat(keys, m, report_repeated_doc, &u);
	free(keys);
}

void cc_check_unique_ids(cc_audit_case *ac)
{
	unique_in(ac, &ac->c->case_doc, "children", "child");
	unique_in(ac, &ac->c->chronology, "entries", "chronology entry");
	unique_in(ac, &ac->c->genogram, "people", "genogram person");
	unique_in(ac, &ac->c->case_doc, "involvements", "involvement");
	unique_docs(ac, ac->c->notes, ac->c->n_notes, "note");
	unique_docs(ac, ac->c->assessments, ac->c->n_assessments, "assessment");
}

/* ---- integrity.references ---- */

/* The case being checked with its children and genogram people indexed by
 * id (the case's indexes, built at load), so each reference is looked up
 * in O(log n). */
typedef struct refs_ctx {
	cc_audit_case *ac;
	const cc_id_index *children; /* case.json children[] */
	const cc_id_index *people;   /* genogram.json people[] */
} refs_ctx;

static void child_refs(refs_ctx *rc, const cc_doc *d, const cJSON *arr, const char *prefix)
{
	cc_audit_case *ac = rc->ac;
	const cJSON *it;
	int i = 0;
	if (!ac->c->case_doc.json)
		return; /* the case's children are unknown */
	cJSON_ArrayForEach(it, arr) {
		const char *id = cc_jtext(it);
		if (id && cc_id_index_find(rc->children, id) < 0) {
			char *p = cc_ptr("%s/%d", prefix, i);
			cc_audit_add(ac, "integrity.references", d->path, p,
			             "child id is not one of the case's children (case.json children[])");
			free(p);
		}
		i++;
	}
}

static void staff_ref(cc_audit_case *ac, const cc_doc *d, const cJSON *obj, const char *key, const char *prefix)
{
	const char *id = cc_jstr(obj, key);
	if (!id || !cc_staff_known(ac->run) || cc_staff_member(ac->run, id))
		return;
	char *p = cc_ptr("%s/%s", prefix, key);
	cc_audit_add(ac, "integrity.references", d->path, p, "staff id is not listed in staff.json");
	free(p);
}

static void team_ref(cc_audit_case *ac, const cc_doc *d, const cJSON *obj, const char *prefix)
{
	const char *id = cc_jstr(obj, "team");
	if (!id || !cc_staff_known(ac->run) || cc_staff_team(ac->run, id))
		return;
	char *p = cc_ptr("%s/team", prefix);
	cc_audit_add(ac, "integrity.references", d->path, p, "team id is not listed in staff.json teams[]");
	free(p);
}

/* Children refs of arr[i].children for each element of member. */
static void children_of_each(refs_ctx *rc, const cc_doc *d, const char *member)
{
	const cJSON *it;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, member)) {
		char *p = cc_ptr("/%s/%d/children", member, i++);
		child_refs(rc, d, cc_jarr(it, "children"), p);
		free(p);
	}
}

static void person_ref(refs_ctx *rc, const cc_doc *d, const char *id, const char *ptr)
{
	if (id && cc_id_index_find(rc->people, id) < 0)
		cc_audit_add(rc->ac, "integrity.references", d->path, ptr, "person id is not in genogram.json people[]");
}

static void genogram_refs(refs_ctx *rc)
{
	cc_audit_case *ac = rc->ac;
	const cc_doc *d = &ac->c->genogram;
	const cJSON *it;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, "people")) {
		const char *child = cc_jstr(it, "child");
		if (child && ac->c->case_doc.json && cc_id_index_find(rc->children, child) < 0) {
			char *p = cc_ptr("/people/%d/child", i);
			cc_audit_add(ac, "integrity.references", d->path, p,
			             "child id is not one of the case's children (case.json children[])");
			free(p);
		}
		i++;
	}
	i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, "relationships")) {
		static const char *const keys[] = {"parent", "child"};
		for (int k = 0; k < 2; k++) {
			char *p = cc_ptr("/relationships/%d/%s", i, keys[k]);
			person_ref(rc, d, cc_jstr(it, keys[k]), p);
			free(p);
		}
		const cJSON *pp;
		int j = 0;
		cJSON_ArrayForEach(pp, cc_jarr(it, "people")) {
			char *p = cc_ptr("/relationships/%d/people/%d", i, j++);
			person_ref(rc, d, cc_jtext(pp), p);
			free(p);
		}
		i++;
	}
}

static void note_like_refs(refs_ctx *rc, const cc_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		staff_ref(rc->ac, &docs[i], docs[i].json, "author", "");
		child_refs(rc, &docs[i], cc_jarr(docs[i].json, "children"), "/children");
	}
}

/* An addendum ("amends") names another note of the case. Addenda are
 * few, so each is looked up by a scan. */
static void amends_refs(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	for (size_t i = 0; i < c->n_notes; i++) {
		const char *target = cc_jstr(c->notes[i].json, "amends");
		bool found = false;
		if (!target)
			continue;
		for (size_t j = 0; j < c->n_notes && !found; j++) {
			const char *id = cc_jstr(c->notes[j].json, "id");
			found = j != i && id && !strcmp(id, target);
		}
		if (!found)
			cc_audit_add(ac, "integrity.references", c->notes[i].path, "/amends",
			             "the note amends a note id that no other note of the case has");
	}
}

/* A chronology addendum ("amends") names another entry of the chronology. */
static void entry_amends_refs(cc_audit_case *ac)
{
	const cc_doc *d = &ac->c->chronology;
	const cJSON *it;
	cc_strset ids = CC_STRSET_INIT;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries"))
		if (cc_jstr(it, "id"))
			cc_strset_add(&ids, cc_jstr(it, "id"));
	cJSON_ArrayForEach(it, cc_jarr(d->json, "entries")) {
		const char *target = cc_jstr(it, "amends"), *id = cc_jstr(it, "id");
		if (target && (!cc_strset_has(&ids, target) || (id && !strcmp(id, target)))) {
			char *p = cc_ptr("/entries/%d/amends", i);
			cc_audit_add(ac, "integrity.references", d->path, p,
			             "the entry amends an entry id that no other entry of the chronology has");
			free(p);
		}
		i++;
	}
	cc_strset_free(&ids);
}

void cc_check_references(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	const cJSON *cj = c->case_doc.json, *it;
	refs_ctx rc = {ac, &c->children_ix, &c->people_ix};
	/* An invalid staff list: no staff id of the case can be checked. Said
	 * once, at the allocation. */
	if (ac->run->staff_present && !cc_staff_known(ac->run) && cj)
		cc_audit_add(ac, "integrity.references", c->case_doc.path,
		             cc_jstr(cc_jobj(cj, "allocation"), "worker") ? "/allocation/worker" : "/allocation/manager",
		             "staff ids cannot be checked: staff.json is not valid");
	staff_ref(ac, &c->case_doc, cc_jobj(cj, "allocation"), "worker", "/allocation");
	staff_ref(ac, &c->case_doc, cc_jobj(cj, "allocation"), "manager", "/allocation");
	team_ref(ac, &c->case_doc, cj, "");
	children_of_each(&rc, &c->case_doc, "involvements");
	children_of_each(&rc, &c->case_doc, "key_dates");

	children_of_each(&rc, &c->chronology, "entries");
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(c->chronology.json, "entries")) {
		char *p = cc_ptr("/entries/%d", i++);
		staff_ref(ac, &c->chronology, it, "recorded_by", p);
		char *q = cc_ptr("%s/entered_in_error", p);
		staff_ref(ac, &c->chronology, cc_jobj(it, "entered_in_error"), "by", q);
		free(q);
		free(p);
	}
	genogram_refs(&rc);
	note_like_refs(&rc, c->notes, c->n_notes);
	note_like_refs(&rc, c->assessments, c->n_assessments);
	amends_refs(ac);
	entry_amends_refs(ac);
	for (size_t s = 0; s < c->n_signoffs; s++)
		staff_ref(ac, &c->signoffs[s], c->signoffs[s].json, "by", "");

	const cJSON *t = c->transfer.json;
	child_refs(&rc, &c->transfer, cc_jarr(t, "children"), "/children");
	staff_ref(ac, &c->transfer, cc_jobj(t, "from"), "worker", "/from");
	staff_ref(ac, &c->transfer, cc_jobj(t, "from"), "manager", "/from");
	team_ref(ac, &c->transfer, cc_jobj(t, "from"), "/from");
	if (!cc_jstr_given(cc_jobj(t, "to"), "authority")) {
		staff_ref(ac, &c->transfer, cc_jobj(t, "to"), "worker", "/to");
		staff_ref(ac, &c->transfer, cc_jobj(t, "to"), "manager", "/to");
		team_ref(ac, &c->transfer, cc_jobj(t, "to"), "/to");
	}
	cc_transfer_told_references(ac);
	cc_transfer_evidence_references(ac);
}

/* ---- integrity.future-dates ---- */

/* Dates that may be planned. A case discussion may follow the review by
 * up to a month (003 §3); a handover visit may be arranged for after a
 * joint meeting (002's exceptional route): transfer.case-discussion and
 * transfer.handover check those. */
static bool planned_key(const char *key, const char *parent_key)
{
	static const char *const planned[] = {"transfer_on", "next_review_on", "due", "unallocated_review_on",
	                                      "expected_on", "case_discussion_on", NULL};
	for (size_t i = 0; planned[i]; i++)
		if (!strcmp(key, planned[i]))
			return true;
	return !strcmp(key, "date") && parent_key &&
	       (!strcmp(parent_key, "key_dates") || !strcmp(parent_key, "handover_visit"));
}

static bool date_key(const char *key)
{
	size_t n = strlen(key);
	return !strcmp(key, "date") || !strcmp(key, "since") || !strcmp(key, "born") || !strcmp(key, "died") ||
	       (n > 3 && !strcmp(key + n - 3, "_on"));
}

/* Walks node; array_key is the member name of the array or object node is
 * in (for key_dates[].date, handover_visit.date). */
static void future_walk(cc_audit_case *ac, const cc_doc *d, const cJSON *node, cc_strbuf *ptr,
                        const char *array_key)
{
	const cJSON *it;
	if (cJSON_IsObject(node)) {
		cJSON_ArrayForEach(it, node) {
			size_t mark = ptr->len;
			cc_json_pointer_push(ptr, it->string, cc_json_key_len(it));
			const char *s = cc_jtext(it);
			cc_partial_date pd;
			if (s && date_key(it->string) && !planned_key(it->string, array_key) &&
			    cc_partial_date_parse(&pd, s, strlen(s)) == 0 && pd.first > ac->run->as_of) {
				char asof[11];
				cc_date_format(ac->run->as_of, asof);
				cc_audit_add(ac, "integrity.future-dates", d->path, cc_strbuf_cstr(ptr),
				             "date is after the as-of date %s", asof);
			} else if (cJSON_IsObject(it) || cJSON_IsArray(it)) {
				future_walk(ac, d, it, ptr, it->string);
			}
			cc_strbuf_truncate(ptr, mark);
		}
	} else if (cJSON_IsArray(node)) {
		size_t i = 0;
		cJSON_ArrayForEach(it, node) {
			size_t mark = ptr->len;
			cc_json_pointer_push_index(ptr, i++);
			future_walk(ac, d, it, ptr, array_key);
			cc_strbuf_truncate(ptr, mark);
		}
	}
}

static void future_doc(cc_audit_case *ac, const cc_doc *d)
{
	cc_strbuf ptr = CC_STRBUF_INIT;
	if (d->json)
		future_walk(ac, d, d->json, &ptr, NULL);
	cc_strbuf_free(&ptr);
}

void cc_check_future_dates(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	future_doc(ac, &c->case_doc);
	future_doc(ac, &c->chronology);
	future_doc(ac, &c->genogram);
	future_doc(ac, &c->transfer);
	for (size_t i = 0; i < c->n_notes; i++)
		future_doc(ac, &c->notes[i]);
	for (size_t i = 0; i < c->n_assessments; i++)
		future_doc(ac, &c->assessments[i]);
	for (size_t i = 0; i < c->n_signoffs; i++)
		future_doc(ac, &c->signoffs[i]);
}

/* ---- integrity.date-order ---- */

/* Reports obj.later < obj.earlier (partial dates allowed for earlier). */
static void order_pair(cc_audit_case *ac, const cc_doc *d, const cJSON *obj, const char *prefix,
                       const char *earlier, const char *later, const char *what)
{
	cc_partial_date a, b;
	if (cc_jpdate(obj, earlier, &a) < 0 || cc_jpdate(obj, later, &b) < 0)
		return;
	if (b.last < a.first) {
		char *p = cc_ptr("%s/%s", prefix, later);
		cc_audit_add(ac, "integrity.date-order", d->path, p, "%s is before %s (%s)", later, earlier, what);
		free(p);
	}
}

void cc_check_date_order(cc_audit_case *ac)
{
	cc_case *c = ac->c;
	const cJSON *it;
	int i = 0;
	cJSON_ArrayForEach(it, cc_jarr(c->chronology.json, "entries")) {
		char *p = cc_ptr("/entries/%d", i++);
		order_pair(ac, &c->chronology, it, p, "date", "recorded_on", "an event is recorded on or after it happens");
		free(p);
	}
	i = 0;
	cJSON_ArrayForEach(it, cc_jarr(c->genogram.json, "people")) {
		char *p = cc_ptr("/people/%d", i++);
		order_pair(ac, &c->genogram, it, p, "born", "died", "nobody dies before being born");
		free(p);
	}
	for (size_t n = 0; n < c->n_notes; n++)
		order_pair(ac, &c->notes[n], c->notes[n].json, "", "date", "finalised_on",
		           "a note is finalised on or after its date");
	for (size_t n = 0; n < c->n_assessments; n++)
		order_pair(ac, &c->assessments[n], c->assessments[n].json, "", "started_on", "completed_on",
		           "an assessment completes on or after it starts");
}
