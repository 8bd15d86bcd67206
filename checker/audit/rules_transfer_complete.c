/* rules_transfer_complete.c: every kind of transfer complete (issue 17
 * item 4): another authority's letter enclosures and the note of what was
 * sent (003 §7); a team around the child's three agencies (003 §6); a
 * finance-only case's order on file (004 §11); family carers explored
 * before a permanence or children in care transfer (003 §4, 004 §6); the
 * W1 form for every Devon transfer and the conclusions of expert reports
 * (004 §6, §10); an involved practitioner's record and the meeting that
 * precedes it (003 §5, 004 §8). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "casemodel.h"
#include "checks.h"
#include "involvements.h"
#include "jget.h"
#include "notefacts.h"
#include "transfer_evidence.h"
#include "transfer_util.h"
#include "transfer_window.h"

static const char *const PERMANENCE_KINDS[] = {"to-permanence", "to-children-in-care", NULL};

/* The documents[] entry with this path, and its index, or NULL. */
static const cJSON *document_at(const cc_case *c, const char *path, int *index)
{
	const cJSON *d;
	int i = 0;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents")) {
		const char *p = cc_jstr(d, "path");
		if (path && p && !strcmp(p, path)) {
			if (index)
				*index = i;
			return d;
		}
		i++;
	}
	return NULL;
}

static bool document_kind_is(const cJSON *d, const char *kind)
{
	const char *k = cc_jstr(d, "kind");
	return k && !strcmp(k, kind);
}

/* ---- another authority (003 §7) ---- */

/* The day of the latest assessment: the latest assessment document, or
 * the latest completed single, initial or core assessment (0: none). */
static cc_date latest_assessment(const cc_case *c)
{
	static const char *const single[] = {"single", "initial", "core", NULL};
	const cJSON *d;
	cc_date latest = 0, on;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents"))
		if (document_kind_is(d, "assessment") && cc_jdate(d, "date", &on) == 0 && on > latest)
			latest = on;
	for (size_t i = 0; i < c->n_assessments; i++) {
		const cJSON *a = c->assessments[i].json;
		if (cc_jstr_in(a, "type", single) && cc_jstr_in(a, "status", (const char *const[]){"completed", NULL}) &&
		    cc_jdate(a, "completed_on", &on) == 0 && on > latest)
			latest = on;
	}
	return latest;
}

/* Whether path is the report of an assessment completed on or after day. */
static bool assessment_report(const cc_case *c, const char *path, cc_date day)
{
	for (size_t i = 0; i < c->n_assessments; i++) {
		const cJSON *a = c->assessments[i].json;
		const char *doc = cc_jstr(a, "document");
		cc_date on;
		if (doc && !strcmp(doc, path) && cc_jdate(a, "completed_on", &on) == 0 && on >= day)
			return true;
	}
	return false;
}

enum { HAS_CHRONOLOGY = 1, HAS_PLAN = 2, HAS_ASSESSMENT = 4 };

/* What a letter's encloses[] holds, as HAS_* bits. */
static int enclosed(const cc_case *c, const cJSON *letter, cc_date latest)
{
	const cJSON *e;
	int has = latest ? 0 : HAS_ASSESSMENT; /* no assessment at all: transfer.another-authority says so */
	cJSON_ArrayForEach(e, cc_jarr(letter, "encloses")) {
		const char *path = cc_jtext(e);
		const cJSON *d = document_at(c, path, NULL);
		cc_date on;
		if (path && !strcmp(path, "chronology.json"))
			has |= HAS_CHRONOLOGY;
		if (document_kind_is(d, "chronology"))
			has |= HAS_CHRONOLOGY;
		if (document_kind_is(d, "child-plan"))
			has |= HAS_PLAN;
		if ((document_kind_is(d, "assessment") && cc_jdate(d, "date", &on) == 0 && on >= latest) ||
		    (path && assessment_report(c, path, latest)))
			has |= HAS_ASSESSMENT;
	}
	return has;
}

void cc_transfer_letter_encloses(cc_audit_case *ac, const char *rule)
{
	const cc_case *c = ac->c;
	const cJSON *d;
	cc_date latest = latest_assessment(c), on;
	int i = 0, first = -1, listing = -1, has = 0;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents")) {
		int at = i++;
		if (!document_kind_is(d, "letter") || cc_jdate(d, "date", &on) < 0 || !cc_transfer_day_counts(ac, on))
			continue;
		if (first < 0)
			first = at;
		if (!cc_jarr(d, "encloses"))
			continue;
		int h = enclosed(c, d, latest);
		if (h == (HAS_CHRONOLOGY | HAS_PLAN | HAS_ASSESSMENT))
			return;
		if (listing < 0) {
			listing = at;
			has = h;
		}
	}
	if (first < 0)
		return; /* no letter for this transfer: transfer.another-authority's finding */
	char *p = cc_ptr("/documents/%d/encloses", listing >= 0 ? listing : first);
	if (listing < 0) {
		cc_audit_add(ac, rule, c->case_doc.path, p,
		             "the letter to the receiving authority does not list what it encloses (encloses: the latest "
		             "assessment, the child's plan and chronology.json)");
	} else {
		if (!(has & HAS_CHRONOLOGY))
			cc_audit_add(ac, rule, c->case_doc.path, p,
			             "the letter does not enclose the chronology (chronology.json, or a document of kind chronology)");
		if (!(has & HAS_PLAN))
			cc_audit_add(ac, rule, c->case_doc.path, p, "the letter does not enclose the child's plan (a child-plan document)");
		if (!(has & HAS_ASSESSMENT)) {
			char day[11];
			cc_date_format(latest, day);
			cc_audit_add(ac, rule, c->case_doc.path, p,
			             "the letter does not enclose the latest assessment (the assessment document or report of %s)", day);
		}
	}
	free(p);
}

/* Whether a documents_sent list names a letter of the case. */
static bool names_letter(const cc_case *c, const cJSON *sent)
{
	const cJSON *e;
	cJSON_ArrayForEach(e, cc_jarr(sent, "documents"))
		if (document_kind_is(document_at(c, cc_jtext(e), NULL), "letter"))
			return true;
	return false;
}

/* 003 §7: "A note should be made on the child's record confirming what
 * documentation has been sent by whom, to whom and when (electronically or
 * hard copy)": a final note (or an addendum to one) with documents_sent. */
void cc_check_transfer_another_authority_sent(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cc_doc *listing = NULL;
	cc_date on;
	if (!cc_transfer_kind_is(c, "to-another-authority") || !c->case_doc.json)
		return;
	for (size_t i = 0; i < c->n_notes; i++) {
		const cJSON *sent = cc_jobj(c->notes[i].json, "documents_sent");
		if (!sent || !cc_note_final(c, i, &on) || !cc_transfer_note_counts(ac, i, on))
			continue; /* not final, or a note of another transfer */
		if (names_letter(c, sent))
			return;
		if (!listing)
			listing = &c->notes[i];
	}
	if (listing) {
		cc_audit_add(ac, "transfer.another-authority-sent", listing->path, "/documents_sent/documents",
		             "the note of what was sent does not name the letter to the receiving authority");
		return;
	}
	char *dir = cc_ptr("%s/notes", c->dir);
	cc_audit_add(ac, "transfer.another-authority-sent", dir, "",
	             "no final note for this transfer confirms what documentation was sent, by whom, to whom and when "
	             "(a note with documents_sent {to, on, how, documents} naming the letter; an addendum may add it)");
	free(dir);
}

/* ---- team around the child (003 §6) ---- */

cc_date cc_transfer_tac_recent_since(const cc_audit_case *ac)
{
	cc_date on;
	if (cc_jdate(ac->c->transfer.json, "transfer_on", &on) < 0)
		on = ac->run->as_of;
	return cc_date_add_months(on, -(int)cc_audit_param(ac, CC_PARAM_TAC_RECENT_MONTHS));
}

/* The organisation with surrounding spaces left out, compared without
 * case: "Millbrook Primary School" and "millbrook primary school " are one
 * agency. */
static bool same_org(const char *a, const char *b)
{
	while (*a == ' ')
		a++;
	while (*b == ' ')
		b++;
	size_t la = strlen(a), lb = strlen(b);
	while (la && a[la - 1] == ' ')
		la--;
	while (lb && b[lb - 1] == ' ')
		lb--;
	return la == lb && !strncasecmp(a, b, la);
}

/* 003 §6: the criteria for a team around the child are met when the
 * "family needs ongoing support from three or more agencies to remain
 * involved": distinct organisations among the professional involvements of
 * the transferring children. */
void cc_check_transfer_tac_agencies(cc_audit_case *ac)
{
	enum { NEEDED = 3 };
	const char *orgs[NEEDED];
	const cJSON *inv, *moving = cc_jarr(ac->c->transfer.json, "children");
	int n = 0;
	if (!cc_transfer_kind_is(ac->c, "to-team-around-child") || !ac->c->case_doc.json)
		return;
	cJSON_ArrayForEach(inv, cc_jarr(ac->c->case_doc.json, "involvements")) {
		const char *org = cc_jstr(inv, "organisation");
		bool seen = false;
		if (!cc_jstr_given(inv, "organisation") || cc_involvement_who(cc_jstr(inv, "role")) != CC_WHO_PROFESSIONAL ||
		    !cc_involvement_concerns(inv, moving))
			continue;
		for (int k = 0; k < n && !seen; k++)
			seen = same_org(orgs[k], org);
		if (!seen && (orgs[n++] = org, n == NEEDED))
			return;
	}
	cc_audit_add(ac, "transfer.tac-agencies", ac->c->case_doc.path, "/involvements",
	             "a team around the child needs three or more agencies remaining involved; the professional "
	             "involvements of the transferring children name %d organisation%s",
	             n, n == 1 ? "" : "s");
}

/* ---- finance-only (004 §11) ---- */

static bool order_on_file(const cc_case *c, const char *const *orders)
{
	const cJSON *d;
	cJSON_ArrayForEach(d, cc_jarr(c->case_doc.json, "documents")) {
		if (document_kind_is(d, "court-order") && cc_jstr_in(d, "order", orders))
			return true;
		if (document_kind_is(d, "special-guardianship-order") && cc_str_in("special-guardianship", orders))
			return true;
	}
	return false;
}

void cc_transfer_finance_only_order(cc_audit_case *ac, const char *rule, const char *plan,
                                    const char *const *orders, bool also_recorded, const char *what)
{
	const cc_case *c = ac->c;
	const char *service = cc_jstr(c->case_doc.json, "service");
	if (!c->transfer.json || !service || strcmp(service, "finance-only"))
		return;
	bool on_file = order_on_file(c, orders);
	if (!on_file && !also_recorded && !(plan && cc_transfer_child_with_plan(ac, plan)))
		return;
	if (!on_file)
		cc_audit_add(ac, rule, c->case_doc.path, "/documents",
		             "no copy of the %s order among the documents (kind court-order with its order, or "
		             "special-guardianship-order): a finance-only case is not accepted without it",
		             what);
	cc_window_require_document(ac, rule, "transfer-summary", 0,
	                           "a finance-only case is not accepted without a case transfer summary");
}

void cc_check_transfer_finance_only_order(cc_audit_case *ac)
{
	static const char *const orders[] = {"residence", "child-arrangements", NULL};
	cc_transfer_finance_only_order(ac, "transfer.finance-only-order", "child-arrangements-order", orders, false,
	                               "residence or child arrangements");
}

/* ---- permanence and children in care ---- */

/* A completed viability or parenting assessment naming the child. */
static bool carer_assessed(const cc_case *c, const char *child)
{
	static const char *const types[] = {"viability", "parenting", NULL};
	static const char *const done[] = {"completed", NULL};
	for (size_t i = 0; i < c->n_assessments; i++) {
		const cJSON *a = c->assessments[i].json;
		if (cc_jstr_in(a, "type", types) && cc_jstr_in(a, "status", done) &&
		    cc_jarr_has_str(cc_jarr(a, "children"), child))
			return true;
	}
	return false;
}

static void child_carers_explored(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ctx;
	if (carer_assessed(ac->c, cc_jstr(child, "id")) ||
	    cc_jobj(cc_jobj(child, "permanence"), "family_carers_explored"))
		return;
	char *p = cc_ptr("/children/%d/permanence", i);
	cc_audit_add(ac, "transfer.family-carers-explored", ac->c->case_doc.path, p,
	             "no completed viability or parenting assessment of a family carer for the child, and no recorded "
	             "exploration of family carers with its outcome (permanence.family_carers_explored {on, outcome})");
	free(p);
}

/* 003 §4: "Exploration of all potential family carers (including
 * significant assessments - viability, parenting)" before the transfer;
 * 004 §6: the viability assessment completed in anticipation of it. */
void cc_check_transfer_family_carers_explored(cc_audit_case *ac)
{
	if (cc_transfer_kind_in(ac->c, PERMANENCE_KINDS) && ac->c->case_doc.json)
		cc_each_transferring_child(ac, child_carers_explored, NULL);
}

static void any_concluded(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)ac;
	(void)i;
	const char *p = cc_jstr(child, "care_proceedings");
	if (p && !strcmp(p, "concluded"))
		*(bool *)ctx = true;
}

void cc_transfer_w1_contents(cc_audit_case *ac, const char *rule)
{
	const cJSON *t = ac->c->transfer.json;
	if (!cc_jstr_given(t, "current_plan"))
		cc_audit_add(ac, rule, ac->c->transfer.path, "/current_plan", "the current plan is not given");
	if (cJSON_GetArraySize(cc_jarr(ac->c->case_doc.json, "key_dates")) == 0)
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/key_dates", "no key dates for the case");
	if (cJSON_GetArraySize(cc_jarr(ac->c->case_doc.json, "documents")) == 0)
		cc_audit_add(ac, rule, ac->c->case_doc.path, "/documents",
		             "no key documents listed (their location must be explicit)");
	bool court = false;
	cc_each_transferring_child(ac, any_concluded, &court);
	if (court && !cc_jstr_given(t, "court_recommendations") &&
	    !cc_case_has_document(ac->c, "court-recommendations", 0))
		cc_audit_add(ac, rule, ac->c->transfer.path, "/court_recommendations",
		             "care proceedings concluded but the court's recommendations are not given");
}

/* 004 §6 ("Tasks the transferring team must undertake") is for every
 * Devon transfer between its teams, not only to permanence: the W1 form.
 * The permanence kinds have it in every profile (transfer.w1-form); a
 * movement is not a formal transfer (004 §3-4). */
void cc_check_transfer_w1_form_devon(cc_audit_case *ac)
{
	const char *kind = cc_transfer_kind(ac->c);
	if (!kind || !ac->c->case_doc.json || !cc_transfer_kind_internal(kind) || !strcmp(kind, "movement") ||
	    cc_str_in(kind, PERMANENCE_KINDS))
		return;
	cc_transfer_w1_contents(ac, "transfer.w1-form-devon");
}

/* 004 §10: "all key information regarding conclusions of expert reports and
 * court decisions will be explicitly listed on the transfer summary" when
 * a child moves to permanence: each expert report of a transferring child
 * has its conclusions in expert_reports[]. */
void cc_check_transfer_expert_conclusions(cc_audit_case *ac)
{
	const cJSON *t = ac->c->transfer.json, *d;
	const cJSON *listed = cc_jarr(t, "expert_reports"), *moving = cc_jarr(t, "children");
	int i = 0;
	if (!cc_transfer_kind_in(ac->c, PERMANENCE_KINDS))
		return;
	cJSON_ArrayForEach(d, cc_jarr(ac->c->case_doc.json, "documents")) {
		const char *path = cc_jstr(d, "path"), *got;
		const cJSON *e;
		bool found = false;
		int at = i++;
		if (!document_kind_is(d, "expert-report") || !path || !cc_involvement_concerns(d, moving))
			continue;
		cJSON_ArrayForEach(e, listed)
			if ((got = cc_jstr(e, "document")) && !strcmp(got, path))
				found = true;
		if (!found)
			cc_audit_add(ac, "transfer.expert-conclusions", ac->c->transfer.path, "/expert_reports",
			             "the expert report at case.json /documents/%d has no conclusions on the transfer summary "
			             "(expert_reports[] with its document path and conclusions)",
			             at);
	}
}

/* ---- an involved practitioner or co-worker (003 §5, 004 §8) ---- */

static void practitioner(cc_audit_case *ac, const cJSON *ip, int i)
{
	static const char *const managers[] = {"team-manager", "practice-manager", "operations-manager",
	                                       "head-of-service", NULL};
	const char *R = "allocation.involved-practitioner", *path = ac->c->case_doc.path;
	const char *decided = cc_jstr(ip, "decided_by"), *staff = cc_jstr(ip, "staff");
	const cJSON *boss = cc_staff_member(ac->run, decided);
	cc_date added = 0, started, met;
	cc_jdate(ip, "added_on", &added);
	char *p = cc_ptr("/involved_practitioners/%d", i);
	if (!decided)
		cc_audit_add(ac, R, path, p, "the team manager's decision on the involvement is not recorded (decided_by)");
	else if (boss && !cc_jstr_in(boss, "role", managers))
		cc_audit_add(ac, R, path, p, "decided_by is not a manager in staff.json (the team manager decides, 003 §5)");
	if (cc_jdate(ip, "started_on", &started) == 0 && added && started < added)
		cc_audit_add(ac, R, path, p, "the practitioner started before their details were entered on the record (added_on)");
	const char *note_id = cc_jstr(ip, "meeting_note");
	const cc_doc *note = cc_case_note(ac->c, note_id);
	const char *status = cc_jstr(note ? note->json : NULL, "status"), *author = cc_jstr(note ? note->json : NULL, "author");
	if (!note_id)
		cc_audit_add(ac, R, path, p,
		             "the allocated worker's meeting with the practitioner is not recorded (meeting_note: the id of "
		             "the case note)");
	else if (!note)
		cc_audit_add(ac, R, path, p, "meeting_note names no note of the case");
	else if (!status || strcmp(status, "final"))
		cc_audit_add(ac, R, path, p, "the note of the meeting with the practitioner is not final");
	else if (cc_jdate(note->json, "date", &met) == 0 && added && met > added)
		cc_audit_add(ac, R, path, p,
		             "the meeting is recorded after the practitioner's details were entered (meeting_note dated after added_on)");
	else if (author && staff && !strcmp(author, staff))
		cc_audit_add(ac, R, path, p, "the meeting is recorded by the practitioner, not by the allocated worker");
	free(p);
}

void cc_check_allocation_involved_practitioner(cc_audit_case *ac)
{
	const cJSON *ip;
	int i = 0;
	cJSON_ArrayForEach(ip, cc_jarr(ac->c->case_doc.json, "involved_practitioners"))
		practitioner(ac, ip, i++);
}

/* integrity.references: the paths and ids these records name. */
static void path_ref(cc_audit_case *ac, const cc_doc *d, const char *path, const char *ptr)
{
	if (path && strcmp(path, "chronology.json") && !document_at(ac->c, path, NULL))
		cc_audit_add(ac, "integrity.references", d->path, ptr, "path is not among case.json documents[]");
}

static void paths_ref(cc_audit_case *ac, const cc_doc *d, const cJSON *arr, const char *prefix)
{
	const cJSON *e;
	int i = 0;
	cJSON_ArrayForEach(e, arr) {
		char *p = cc_ptr("%s/%d", prefix, i++);
		path_ref(ac, d, cc_jtext(e), p);
		free(p);
	}
}

static void staff_ref(cc_audit_case *ac, const cc_doc *d, const char *id, const char *ptr)
{
	if (id && cc_staff_known(ac->run) && !cc_staff_member(ac->run, id))
		cc_audit_add(ac, "integrity.references", d->path, ptr, "staff id is not listed in staff.json");
}

void cc_transfer_evidence_references(cc_audit_case *ac)
{
	const cc_case *c = ac->c;
	const cJSON *e;
	int i = 0;
	if (!c->case_doc.json)
		return;
	cJSON_ArrayForEach(e, cc_jarr(c->case_doc.json, "documents")) {
		char *p = cc_ptr("/documents/%d/encloses", i++);
		paths_ref(ac, &c->case_doc, cc_jarr(e, "encloses"), p);
		free(p);
	}
	for (size_t n = 0; n < c->n_notes; n++) {
		paths_ref(ac, &c->notes[n], cc_jarr(cc_jobj(c->notes[n].json, "documents_sent"), "documents"),
		          "/documents_sent/documents");
		i = 0;
		cJSON_ArrayForEach(e, cc_jarr(c->notes[n].json, "attendees")) {
			char *p = cc_ptr("/attendees/%d", i++);
			staff_ref(ac, &c->notes[n], cc_jtext(e), p);
			free(p);
		}
	}
	i = 0;
	cJSON_ArrayForEach(e, cc_jarr(c->transfer.json, "expert_reports")) {
		char *p = cc_ptr("/expert_reports/%d/document", i++);
		if (!document_at(c, cc_jstr(e, "document"), NULL))
			cc_audit_add(ac, "integrity.references", c->transfer.path, p, "path is not among case.json documents[]");
		free(p);
	}
	i = 0;
	cJSON_ArrayForEach(e, cc_jarr(c->case_doc.json, "involved_practitioners")) {
		char *p = cc_ptr("/involved_practitioners/%d/staff", i);
		char *q = cc_ptr("/involved_practitioners/%d/decided_by", i++);
		staff_ref(ac, &c->case_doc, cc_jstr(e, "staff"), p);
		staff_ref(ac, &c->case_doc, cc_jstr(e, "decided_by"), q);
		free(p);
		free(q);
	}
}
