/* rules_transfer_local.c: local requirements of one authority's protocol:
 * Derbyshire's transfer record on file and labelled summary (000), the
 * teams/services guide's letter and one-page profile (002). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "casemodel.h"
#include "checks.h"
#include "jget.h"
#include "transfer_util.h"
#include "transfer_window.h"

void cc_check_transfer_form_on_file(cc_audit_case *ac)
{
	/* A Devon movement is not a formal transfer: no transfer forms (004 §4). */
	if (cc_transfer_kind_only(ac->c, "movement"))
		return;
	/* The record of this transfer: dated in its window (an older form
	 * was made for an earlier transfer). */
	cc_window_require_document(ac, "transfer.form-on-file", "transfer-form", 0,
	                           "the completed case transfer record is uploaded to the child's file");
}

static bool mentions_summary(const char *s)
{
	static const char word[] = "summary";
	for (; s && *s; s++) {
		size_t k = 0;
		while (word[k] && tolower((unsigned char)s[k]) == word[k])
			k++;
		if (!word[k])
			return true;
	}
	return false;
}

void cc_check_transfer_summary_labelled(cc_audit_case *ac)
{
	const cc_doc *n = cc_case_summary_note(ac, NULL);
	if (n && !mentions_summary(cc_jstr(n->json, "heading")))
		cc_audit_add(ac, "transfer.summary-labelled", n->path, "/heading",
		             "the heading does not say this is the case summary");
}

void cc_check_transfer_family_letter(cc_audit_case *ac)
{
	cc_date named = 0;
	if (!ac->c->transfer.json || !ac->c->case_doc.json)
		return;
	/* A letter naming the new worker is written once they are named; with
	 * no naming date, at least during the current allocation. */
	if (cc_jdate(ac->c->transfer.json, "new_worker_named_on", &named) < 0)
		named = cc_transfer_anchor(ac->c);
	cc_window_require_document(ac, "transfer.family-letter", "letter", named,
	                           "the family and partners get a letter naming the new worker (kind letter, dated on or "
	                           "after new_worker_named_on)");
}

static void young_person(cc_audit_case *ac, const cJSON *child, int i, void *ctx)
{
	(void)i;
	cc_date born;
	if (cc_jdate(child, "date_of_birth", &born) == 0 &&
	    cc_date_years_between(born, ac->run->as_of) >= cc_audit_param(ac, CC_PARAM_YOUNG_PERSON_MIN_AGE_YEARS))
		*(bool *)ctx = true;
}

void cc_check_transfer_one_page_profile(cc_audit_case *ac)
{
	bool young = false;
	cc_date named;
	if (!ac->c->transfer.json)
		return;
	cc_each_transferring_child(ac, young_person, &young);
	/* A profile of the new worker is made once they are named. */
	if (cc_jdate(ac->c->transfer.json, "new_worker_named_on", &named) < 0)
		named = cc_transfer_anchor(ac->c);
	if (young)
		cc_window_require_document(ac, "transfer.one-page-profile", "one-page-profile", named,
		                 "a young person gets a one-page profile of the new worker, ideally before meeting them");
}
