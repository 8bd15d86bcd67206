/* rules_doc.c: the rule table written out for people: the severity line
 * of a row, and docs/rules.md (`casecheck rules --format markdown`). */
#include "rules_doc.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/params.h"
#include "casecheck/significance.h"
#include "casecheck/audit.h"

void cc_rules_doc_names(cc_cli_buf *sb, unsigned bits, bool profiles, const char *sep)
{
	const char *first = "";
	for (unsigned i = 0; i < 32; i++) {
		const char *name = profiles ? cc_profile_name(i) : i <= CC_PURPOSE_LAST ? cc_purpose_name((cc_purpose)i) : NULL;
		if (!name)
			break;
		if (bits & (1u << i)) {
			cc_cli_buf_printf(sb, "%s%s", first, name);
			first = sep;
		}
	}
}

void cc_rules_doc_severity(cc_cli_buf *sb, const cc_rule_info *r)
{
	cc_cli_buf_puts(sb, cc_severity_name(r->severity));
	for (const cc_rule_severity *e = r->severity_when; e && (e->variant || e->profiles || e->purposes); e++) {
		cc_cli_buf_printf(sb, "; %s", cc_severity_name(e->severity));
		if (e->profiles) {
			cc_cli_buf_puts(sb, " under ");
			cc_rules_doc_names(sb, e->profiles, true, ", ");
		}
		if (e->purposes) {
			cc_cli_buf_puts(sb, " for ");
			cc_rules_doc_names(sb, e->purposes, false, ", ");
		}
		if (e->variant || e->means)
			cc_cli_buf_printf(sb, " (%s%s%s)", e->variant ? e->variant : "", e->variant && e->means ? ": " : "",
			                 e->means ? e->means : "");
	}
}

static const char intro[] =
	"# Audit rules\n"
	"\n"
	"The rule catalogue of casecheck: every requirement of spec §5, as one table in\n"
	"the code (`checker/audit/catalogue.c`). This page is generated from it by\n"
	"`scripts/gen-docs` (`casecheck rules --format markdown`; test_audit_cli fails\n"
	"when it is out of date). Run `casecheck rules` for the same as text,\n"
	"`casecheck rules --profile derbyshire` for one profile's rules, or\n"
	"`--format json` for a program.\n"
	"\n"
	"- **Severity** `error` blocks readiness (NOT READY); `warning` is shown and never blocks.\n"
	"  A few rules have another severity under some profiles, in some purposes or for one\n"
	"  kind of their findings; the row says so after its default (`warning; error under\n"
	"  derbyshire`). Under profile `all` the severity a profile gives applies.\n"
	"- **Purposes**: `check` ⊂ `signoff` ⊂ `transfer` ⊂ `receive`; a rule runs in the purposes listed.\n"
	"- **Profiles**: a rule of profile `core` runs in every profile; the others run in\n"
	"  their own profile and in `all`. `derbyshire` is seeds 000 and 003, `stockport` 001,\n"
	"  `teams-services` 002, `devon` 004.\n"
	"- **Seed** cites the protocol file and section in `shared/seeds/` the rule comes from\n"
	"  (\"—\": records integrity, required by the format itself).\n"
	"- Rules with the `history` area run only with `--history`.\n"
	"- A rule is skipped for a document that failed to parse or validate (the\n"
	"  `schema.*` finding says why); the case is NOT READY anyway.\n"
	"- Every rule has a passing and a failing fixture under `fixtures/rules/<rule-id>/`.\n"
	"\n"
	"Rule ids are stable: waivers, baselines and reports key on them. A released\n"
	"id is kept, or retired (its row removed and the id never used again); it is\n"
	"never reused for another meaning. A rule whose meaning changes gets a new id.\n"
	"\n"
	"## Spec §5 rows and their rules\n"
	"\n"
	"| spec §5 requirement | rules |\n"
	"|---|---|\n"
	"| schema: every document valid | `schema.parse`, `schema.valid` |\n"
	"| integrity: ids unique, references resolve, case_id matches folder | `integrity.unique-ids`, `integrity.references`, `integrity.case-id`, `integrity.case-folder`, `integrity.case-file` |\n"
	"| integrity: no unplanned future date; recorded_on ≥ date; finalised_on ≥ note date | `integrity.future-dates`, `integrity.date-order` |\n"
	"| documents: exist, real type allowed and matching, unlisted files, executables | `documents.exists`, `documents.type`, `documents.unlisted`, `documents.executable`, `integrity.paths`, `integrity.links`, `integrity.unexpected-file` |\n"
	"| chronology: present, in order, no duplicates, names a child | `chronology.present`, `chronology.order`, `chronology.duplicates`, `chronology.children` |\n"
	"| chronology: up to date; every significant event of the allocation entered (see Significant events); past key dates kept | `chronology.up-to-date`, `chronology.events-recorded`, `chronology.key-dates-kept` |\n"
	"| chronology: gaps since allocation (error), before it (warning) | `chronology.gap`, `chronology.historic-gap` |\n"
	"| genogram: present, every child, acyclic, parent age; a parent or carer for every child, three generations, updated after the newest family event (004 §1-2) | `genogram.present`, `genogram.children`, `genogram.acyclic`, `genogram.parent-age`, `genogram.parent-or-carer`, `genogram.generations`, `genogram.up-to-date` |\n"
	"| core data: child details; UPN, NHS number; details that say something; a young person's gender identity and sexual orientation (Derbyshire) | `core.child-details`, `core.identifiers`, `core.details-known`, `core.young-person-identity` |\n"
	"| core data: involvement contacts; every channel or \"none\" (Derbyshire) | `core.involvement-contacts`, `core.involvement-channels` |\n"
	"| children in care (003 §4, 004 App. 1, 002): permanence plan by the second looked-after review, an IRO, never unallocated | `plans.permanence-by-second-review`, `core.iro-for-child-in-care`, `allocation.child-in-care-allocated` |\n"
	"| unallocated cases (003 §2), every profile: a reason, a review neither passed nor too far away | `allocation.unallocated-review` |\n"
	"| timescales: private fostering visit (004 §10), worker away longer than a week (002), re-referral within three months (004 §9) | `allocation.private-fostering-visit`, `allocation.worker-absence`, `allocation.re-referral` |\n"
	"| case notes: no drafts; allocation recorded | `notes.final`, `notes.allocation-recorded` |\n"
	"| assessments: none open | `assessments.completed` |\n"
	"| allocation (Derbyshire): tasks within 5 / 2 working days | `allocation.record-read`, `allocation.professionals-informed`, `allocation.family-informed`, `allocation.referrer-confirmation` |\n"
	"| allocation: held by staff in post (signoff and above) | `allocation.staff-in-post` |\n"
	"| sign-off: current transferring-manager sign-off | `signoff.transferring-manager` |\n"
	"| transfer: record complete for its kind | `transfer.present`, `transfer.complete` |\n"
	"| transfer: the kind agrees with the record (table below) | `transfer.kind-matches-record` (and `transfer.emergency-own-team`, Stockport 001 §4; `transfer.movement-outside-devon`, a note) |\n"
	"| transfer: reason other explained and agreed by the Head of Service (under Derbyshire any reason but the worker leaving or a child coming into care; see Who decided); the decision recorded (Stockport 001 §2) | `transfer.head-of-service` (and `transfer.decision-recorded`, Stockport 001 §2-3) |\n"
	"| transfer: summary note of this transfer | `transfer.summary-note` |\n"
	"| transfer: every piece of evidence dated in this transfer's window (see The transfer's window) | `transfer.evidence-in-window` (and the window in `transfer.summary-note`, `transfer.handover-note`, `transfer.decision-recorded`, `transfer.family-letter`, `transfer.one-page-profile`, `transfer.form-on-file`, `transfer.another-authority`, `transfer.adoption`, `transfer.special-guardianship`, `transfer.finance-only-order`, `signoff.receiving-manager`) |\n"
	"| transfer: handover visit, or emergency reason and remedial action | `transfer.handover`, `transfer.joint-visit` (and `transfer.handover-note`, `transfer.handover-attendees`, Stockport 001 §3-4) |\n"
	"| transfer (Derbyshire): between-teams notice and new worker named | `transfer.between-teams-notice`, `transfer.new-worker-named` (and `transfer.family-told-before-review`, `transfer.case-discussion`, 003 §3) |\n"
	"| transfer: siblings together | `transfer.siblings` |\n"
	"| transfer (transfer and receive): receiving worker named, in post, available, qualified, of the receiving team | `transfer.receiving-worker-available`, `transfer.receiving-worker-qualified`, `transfer.receiving-worker-team` |\n"
	"| transfer: permanence / children in care | `transfer.permanence`, `transfer.w1-form` (and `transfer.permanence-criteria`, Devon 004 §5, §8) |\n"
	"| transfer: finance-only special guardianship | `transfer.special-guardianship` |\n"
	"| transfer: another authority | `transfer.another-authority` |\n"
	"| transfer: step-down | `transfer.step-down` |\n"
	"| transfer: plan of adoption | `transfer.adoption` |\n"
	"| transfer (Derbyshire): transfer record on file, summary labelled | `transfer.form-on-file`, `transfer.summary-labelled` |\n"
	"| transfer (teams-services): letter, one-page profile | `transfer.family-letter`, `transfer.one-page-profile` |\n"
	"| transfer (receive; Derbyshire, Devon): allocation updated | `transfer.allocation-updated` |\n"
	"| transfer: TAC | `transfer.tac` |\n"
	"| receive: current transferring-manager sign-off | `signoff.transferring-manager` (runs for receive too) |\n"
	"| receive (Derbyshire): the receiving manager's quality audit | `signoff.receiving-manager` (003 §3-4) |\n"
	"| history (`--history`) | `history.final-notes`, `history.chronology-entries` |\n"
	"| plans and visits (002 \"plans, visits … up to date at the point of transfer\", \"dates of future reviews … clearly recorded\"): reviews held, next review among the key dates, children visited (see Visits) | `plans.review-overdue`, `plans.review-dates-recorded`, `visits.current` |\n"
		"\n"
	"## Kinds and what the record must say\n"
	"\n"
	"`transfer.kind-matches-record` reads `kind` against `from.team`, `to.team`,\n"
	"`to.worker` and the receiving team's `service` in `staff.json`, so that a\n"
	"label never skips the checks of the transfer the record describes. A team\n"
	"missing from `staff.json` is `integrity.references`' finding; its service\n"
	"is then not checked.\n"
	"\n"
	"| kind | `to.team` against `from.team` | receiving team's service (staff.json) | seed |\n"
	"|---|---|---|---|\n"
	"| `within-team` | the same team | — | 003 §2 |\n"
	"| `between-teams` | another team | not `early-help` (that is a step-down); not `child-in-care` when a child in care (case.json `service`) moves there from a team that is not (that is `to-children-in-care` or `to-permanence`) | 003 §3 |\n"
	"| `to-children-in-care` | another team | `child-in-care` | 000, 003 §4 |\n"
	"| `to-permanence` | another team | `child-in-care` | 004 §5 |\n"
	"| `step-down` | another team | `early-help` | 002 |\n"
	"| `movement` | another team | `child-in-need` or `child-protection` (Devon's child protection and wellbeing teams) | 004 §3-4 |\n"
	"| `to-another-authority` | no `to.team` and no `to.worker` of ours | — | 003 §7, 004 §8 |\n"
	"| `emergency` | any (under `stockport`, another team only with `own_team_unable_reason`: `transfer.emergency-own-team`) | — | 001 §4 |\n"
	"| `to-team-around-child` | any | — | 003 §6 |\n"
	"\n"
	"`movement` is Devon's movement from the assessment team to child protection\n"
	"and wellbeing (004 §3-4): under `devon` and `all` it needs a chronology and a\n"
	"genogram but no closing summary (`transfer.summary-note`), no transferring\n"
	"sign-off (`signoff.transferring-manager`), no handover visit, no transfer\n"
	"form (`transfer.form-on-file`) and no transfer-meeting note\n"
	"(`transfer.handover-note`), and an open core assessment passes to the new\n"
	"worker (`assessments.completed`). Under the other profiles it is audited as\n"
	"`between-teams`, with the note `transfer.movement-outside-devon`.\n"
	"\n"
	"**A record that contradicts its kind** is an error of\n"
	"`transfer.kind-matches-record`, and the kind the record shows (from the same\n"
	"table: the same team is `within-team`; another team is `step-down` when its\n"
	"service is `early-help`, `to-children-in-care` when a child in care moves to\n"
	"a `child-in-care` team from one that is not, else `between-teams`) is\n"
	"applied as well as the label: a rule that a kind switches on (Derbyshire's\n"
	"between-teams notice, the permanence checks, ...) runs when either kind asks\n"
	"for it, and a rule that a kind exempts (a Devon movement's summary, an\n"
	"emergency's handover visit, a step-down's qualified worker, ...) is skipped\n"
	"only when both kinds exempt it. Each rule still runs once, so a gap is\n"
	"reported once. A record that names no team of ours shows no kind: only the\n"
	"contradiction is reported.\n"
	"\n"
	"Derbyshire's \"in all cases the current social worker and receiving social\n"
	"worker (or Team Manager if the social worker is not available) will jointly\n"
	"visit\" (003 §2) leaves no kind out: under `derbyshire` and `all` an\n"
	"`emergency` transfer, which needs no handover beforehand (001 §4), still\n"
	"records its joint visit (`handover_visit` with `joint` true), held or\n"
	"arranged for after the transfer (its date may be still to come)\n"
	"(`transfer.joint-visit`). Who stood in for whom is not recorded: `joint`\n"
	"true with the team manager standing in counts.\n"
	"\n"
	"## The transfer's window\n"
	"\n"
	"A record of the right type from an earlier transfer is not evidence of\n"
	"this one. The window of a transfer (computed in one place,\n"
	"`checker/audit/transfer_window.c`) opens at its decision: the earliest of\n"
	"`planning_meeting.date`, `notified_on`, `new_worker_named_on` and\n"
	"`head_of_service_agreed_on`; when none is recorded, `transfer_on` less\n"
	"`transfer_decision_lead_months` (2: 003 §3's month of notice before the\n"
	"review and month from notification to transfer). It closes\n"
	"`transfer_receiving_period_months` (1) after `transfer_on`, or after\n"
	"`next_review_on` when the review is later (003 §3: the case discussion may\n"
	"follow the review by a month). In it must lie: the handover visit and\n"
	"meeting, the dates the family and each professional were told, and the\n"
	"case discussion (`transfer.evidence-in-window`; a case discussion after\n"
	"the window is `transfer.case-discussion`'s finding, so only its start is\n"
	"checked there); the summary note (`transfer.summary-note`), the handover\n"
	"note (`transfer.handover-note`), the decision note\n"
	"(`transfer.decision-recorded`), the family letter\n"
	"(`transfer.family-letter`), the one-page profile\n"
	"(`transfer.one-page-profile`), the transfer form\n"
	"(`transfer.form-on-file`), the letter to another authority\n"
	"(`transfer.another-authority`), the updated child permanence report and\n"
	"the life-story work (`transfer.adoption`) and a finance-only case's\n"
	"transfer summary (`transfer.special-guardianship`,\n"
	"`transfer.finance-only-order`). The receiving manager's quality audit\n"
	"(`signoff.receiving-manager`) is dated on or after the decision; a late\n"
	"audit still counts, so the window's end is not applied to it. When only\n"
	"an older record of the type\n"
	"exists, the finding names it (the note's id, the document's pointer or\n"
	"the sign-off's file)\n"
	"with its date and the window. A note may name its transfer (`transfer_on`;\n"
	"a final note gets it from an addendum, `amends`): a final\n"
	"`management-decision` note naming this transfer is a decision date too,\n"
	"and a note naming another transfer never counts for this one.\n"
	"A transfer.json with neither a decision\n"
	"date nor `transfer_on` has no window: the rules then fall back to the start\n"
	"of the current allocation, and `transfer.complete` asks for `transfer_on`.\n"
	"\n"
	"## Who decided\n"
	"\n"
	"Every seed agrees that a transfer for another reason (`reason` `other`) is\n"
	"explained (`reason_detail`; 000: \"only ... if there are clear and\n"
	"appropriate reasons\") and agreed with the Head of Service in advance\n"
	"(`head_of_service_agreed_on` on or before `transfer_on`). Derbyshire's\n"
	"seed disagrees with itself: the narrative of 000 lists the worker leaving,\n"
	"the family moving, a broken working relationship and a child coming into\n"
	"care as reasons of their own and asks the Head of Service only for others;\n"
	"its template asks it \"for any reason other than the previous worker leaving\n"
	"the locality\". Under `derbyshire` (and `all`) casecheck applies the\n"
	"template, the stricter reading, with one exception: a child coming into\n"
	"care (`child-in-care`), whose move to the children in care team 003 §4\n"
	"makes routine (\"the case will transfer to the LAC team at this point\").\n"
	"A Devon movement's `assessment-completed` is not among Derbyshire's\n"
	"reasons, so under `derbyshire` it too needs the agreement. Under\n"
	"`stockport` the decision to reallocate is recorded in a final\n"
	"management-decision, supervision or case-discussion note dated in the\n"
	"window (001 §2 \"record of case management decisions and supervisions\"),\n"
	"and the handover meeting in a final handover note dated in the window\n"
	"(001 §3), whose `attendees` (staff ids; an addendum may give them for a\n"
	"final note) include the four people 001 §3 names: the current social\n"
	"worker and team leader (`from.worker`, `from.manager`) and the newly\n"
	"allocated social worker and their team leader (`to.worker`, and\n"
	"`to.manager` or else the receiving team's manager in staff.json); one\n"
	"person counts once, so a within-team transfer needs three\n"
	"(`transfer.handover-attendees`). A side that is not ours (another\n"
	"authority, a team around the child's lead professional) has no staff id\n"
	"and is not asked for; an emergency transfer has no meeting (001 §4).\n"
	"\n"
	"**Not checkable from records.** Who agreed (the Head of Service's\n"
	"identity: only the date is recorded); that a supervision or case\n"
	"discussion note in the window is about this decision (the note's text is\n"
	"free text casecheck never reads); whether the handover meeting\n"
	"identified the outstanding work (001 §3: the note's text); who attended\n"
	"the planning meeting (`planning_meeting.attendees` is free text, kept as\n"
	"it was: the Stockport meeting is checked through the handover note);\n"
	"and who stood in at Derbyshire's joint visit.\n"
	"\n"
;

/* What the seeds ask in these areas that the records cannot show, and why
 * (issue 18): the rules above stop where the record stops. */
static const char not_from_records[] =
	"\n## What the records cannot show\n"
	"\n"
	"Requirements in the areas of the genogram, children in care, unallocated\n"
	"cases, the seeds' timescales and core data that no rule checks, or checks\n"
	"only in part, because the case records do not hold the answer:\n"
	"\n"
	"- **Who should be in the genogram** (004 §1-2). Only structure is checked: a\n"
	"  parent or carer for every child, three generations (a warning), `updated_on`\n"
	"  against the chronology. Whether a relative the family did not name exists\n"
	"  is not inferred. Whether a plain `family` entry changed the family is the\n"
	"  worker's judgement: `family_event` records it, and until it does the entry\n"
	"  is a warning.\n"
	"- **Children in care** (003 §4). `lac_reviews_held` counts reviews but not\n"
	"  their dates, so \"by the second review\" is read as \"recorded once two are\n"
	"  held\". That the case moves to the LAC team then \"unless the Locality\n"
	"  arrangements have agreed otherwise\", and that the LAC or adoption service\n"
	"  was involved \"from early stages\", are local agreements with no record.\n"
	"  Whether the IRO was told of a transfer or a long absence (002) is a\n"
	"  transfer rule's question; the IRO is required among the involvements.\n"
	"- **Unallocated cases** (003 §2, 004 App. 1). Only the next review date is\n"
	"  recorded, not that past reviews took place; the Case Management Risk\n"
	"  Allocation spreadsheet (004) lies outside the case folder.\n"
	"- **Private fostering** (004 §10). The arrangement is seen only through a\n"
	"  `placement` entry with `placement_type` `private-fostering`. An arrangement\n"
	"  that began before the current allocation is not checked: who held the case\n"
	"  then is in the git history, not in the record, and such a child was\n"
	"  assessed by the private fostering team.\n"
	"- **The allocation recorded** (003 §2). The note's type stands in for its\n"
	"  heading; what was agreed is free text and not read. The same holds for\n"
	"  the family told at allocation (role and contact details given) and the\n"
	"  young person and carers told who to contact while the worker is away.\n"
	"- **A short absence** (002): the duty social worker made aware of an absence\n"
	"  of a couple of days is a team arrangement with no case record.\n"
	"- **Re-referrals** (004 §9). \"With the same presenting issue\" is a judgement\n"
	"  the referral entry must state (`same_presenting_issue`); the team that held\n"
	"  the case comes from the closure entry's `team` (or its recorder's team),\n"
	"  not from the git history. A re-referral with a different issue goes to the\n"
	"  Assessment and Early Intervention Service: a team remit, not checked.\n"
	"- **Core data** (003 §2). Only the usual ways of writing \"not known\" are\n"
	"  recognised (not known, unknown, not yet known, N/K, NK, TBC, to be\n"
	"  confirmed, not recorded, not stated, not asked, not obtained, N/A, ?, -);\n"
	"  whether a value is true, or whether a young person was asked about their\n"
	"  gender identity and sexual orientation, is not recorded. A contact channel\n"
	"  recorded as `none` is taken at its word. Moving and handling or equipment\n"
	"  needs (003 §2) have no field of their own: they are written in\n"
	"  `communication_needs` or a note, and are not checked.\n";

static const char params_intro[] =
	"## Parameters\n"
	"\n"
	"Override in `casecheck.json`:\n"
	"\n"
	"```json\n"
	"{\"format\": \"casecheck/config@1\", \"parameters\": {\"chronology_max_age_days\": 21}}\n"
	"```\n"
	"\n"
	"An unknown name, or a value out of range, is an error (exit 2), so a typo never\n"
	"silently weakens an audit.\n"
	"\n"
	"| parameter | default | unit | range | meaning |\n"
	"|---|---|---|---|---|\n";

static const char events_intro[] =
	"\n## Significant events\n"
	"\n"
	"One table in the code (`checker/audit/significance.c`; `casecheck rules --format\n"
	"json` prints it as `significant_events`); this section is generated from it. Each\n"
	"event of the current allocation (from `allocation.since`, or from the newest entry\n"
	"when the allocation is unknown, up to the as-of date) needs a chronology entry of\n"
	"one of the categories shown, dated within `chronology_event_tolerance_days` of it\n"
	"(an entry added late carries the event's date; its `recorded_on` says when it was\n"
	"written). A key date may instead be shown kept by a final note of the kinds shown\n"
	"(the note then needs its own entry). A plan review counts as held by any such entry\n"
	"or note from the tolerance before the due date up to the as-of date. Telephone,\n"
	"record-read, notification, supervision, case-discussion, summary and the workers'\n"
	"own `handover` notes are not events in the child's life and need no entry; a note\n"
	"may say it records a routine contact with `\"routine\": true` (for a final note, in\n"
	"an addendum that `amends` it).\n"
	"\n"
	"| event | the record | chronology categories that record it | or kept by a note | rule |\n"
	"|---|---|---|---|---|\n";

static const char visits_doc[] =
	"\n## Visits\n"
	"\n"
	"`visits.current`: each child of an open case with a plan of type `cin`, `cp`, `care`\n"
	"or `pathway` was seen on a recorded visit within the plan's interval, counted from\n"
	"the later of the last visit and `plan.started_on` (from `allocation.since` when\n"
	"neither is known). A visit is a final `visit` or `home-visit` note that saw the\n"
	"child, or the transfer's `handover_visit` (for the transfer's children). A note's\n"
	"`children_seen` lists the children seen; without it, every child the note names\n"
	"counts as seen (a final note gets `children_seen` through an addendum). No visit\n"
	"interval applies to `tac` (a lead professional outside children's social care) or\n"
	"`none`, nor to an unborn child. The seeds say \"visits … up to date\" (002) without\n"
	"numbers; the defaults come from statute where there is one, and from common local\n"
	"procedure where there is none:\n"
	"\n"
	"| plan | parameter | default | where the default comes from |\n"
	"|---|---|---|---|\n"
	"| `care` | `visit_interval_care_days` | 42 days | **Statute**: Care Planning, Placement and Case Review (England) Regulations 2010, reg. 28(2): a visit within a week of a placement, then \"at intervals of not more than six weeks\" in its first year (three months after the first year of a placement meant to last until 18, which a repository may set). |\n"
	"| `pathway` | `visit_interval_pathway_days` | 61 days | **Statutory guidance**: the personal adviser keeps in touch with a relevant or former relevant child at intervals of not more than two months (Care Leavers (England) Regulations 2010; *Planning Transition to Adulthood for Care Leavers*, Children Act 1989 guidance vol. 3). The regulation number was not checked when this default was set. |\n"
	"| `cp` | `visit_interval_cp_working_days` | 10 working days | **Local practice, not statute**: *Working Together to Safeguard Children* leaves the frequency to the child protection plan; \"at least every 10 working days\" (or two weeks) is the minimum in many local safeguarding procedures (e.g. Liverpool, Central Bedfordshire, Camden; a few use four weeks). |\n"
	"| `cin` | `visit_interval_cin_working_days` | 30 working days | **Local practice, not statute**: no statutory frequency for a child in need plan; local procedures commonly ask for a visit every 4 to 6 weeks (20 to 30 working days); the default takes the longer, so a well-kept case is not reported. |\n"
	"\n"
	"A repository may set a stricter interval in `casecheck.json`; a looser one is\n"
	"reported by `config.parameter-weaker-than-seed`.\n";

/* The record an event of the significant-event table comes from, for
 * the table's second column. */
static void event_record(FILE *out, const cc_significant_event *e)
{
	switch (e->source) {
	case CC_EVENT_NOTE:
		fprintf(out, "a final `%s` note (not an addendum, not `\"routine\": true`)", e->type);
		break;
	case CC_EVENT_ASSESSMENT:
		fputs("a completed assessment, on `completed_on`", out);
		break;
	case CC_EVENT_HANDOVER_VISIT:
		fputs("`transfer.json` `handover_visit.date`", out);
		break;
	case CC_EVENT_ALLOCATION:
		fputs("`case.json` `allocation.since` (an allocated worker)", out);
		break;
	case CC_EVENT_KEY_DATE:
		fprintf(out, "a `case.json` key date of kind `%s` that has passed", e->type);
		break;
	case CC_EVENT_PLAN_REVIEW:
		fputs("a child's `plan.next_review_on` that has passed", out);
		break;
	}
}

static void significant_events(FILE *out)
{
	size_t n;
	const cc_significant_event *t = cc_significant_table(&n);
	fputs(events_intro, out);
	for (size_t i = 0; i < n; i++) {
		char *cats = cc_chron_cat_names(t[i].entry_cats);
		fprintf(out, "| %s | ", t[i].what);
		event_record(out, &t[i]);
		fprintf(out, " | %s | ", cats);
		for (size_t k = 0; t[i].kept_by_notes && t[i].kept_by_notes[k]; k++)
			fprintf(out, "%s`%s`", k ? ", " : "", t[i].kept_by_notes[k]);
		fprintf(out, "%s | `%s` |\n", t[i].kept_by_notes ? "" : "—", t[i].rule);
		free(cats);
	}
	fputs(visits_doc, out);
}

static const char working_days[] =
	"Working-day timescales are counted as the seeds word them, with\n"
	"`cc_calendar_add_working_days`: \"within N working days of X\" ends on the Nth\n"
	"working day after X (X itself does not count; weekends and England and Wales\n"
	"bank holidays skipped, or the repository's `calendar/bank-holidays.json`).\n"
	"\"At least N working days before the review\" means on or before the Nth working\n"
	"day before it. \"At least one month before\" means on or before the same day one\n"
	"calendar month earlier (clamped to the month's end).\n";

/* s with every '|' escaped, for a table cell. */
static void cell(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			fputc('\\', out);
		fputc(*s, out);
	}
}

static void rule_row(FILE *out, const cc_rule_info *r)
{
	cc_cli_buf sev = CC_CLI_BUF_INIT, purposes = CC_CLI_BUF_INIT, profiles = CC_CLI_BUF_INIT;
	cc_rules_doc_severity(&sev, r);
	cc_rules_doc_names(&purposes, r->purposes, false, ", ");
	cc_rules_doc_names(&profiles, r->profiles, true, ", ");
	fprintf(out, "| `%s` | ", r->id);
	cell(out, cc_cli_buf_cstr(&sev));
	fprintf(out, " | %s | %s | %s | ", cc_cli_buf_cstr(&purposes), cc_cli_buf_cstr(&profiles), r->source);
	cell(out, r->title);
	if (r->params) {
		fputs(" (parameters: `", out);
		for (const char *p = r->params; *p; p++) {
			if (*p == ',')
				fputs("`, `", out);
			else
				fputc(*p, out);
		}
		fputs("`)", out);
	}
	fputs(" | ", out);
	cell(out, r->help);
	fputs(" |\n", out);
	cc_cli_buf_free(&sev);
	cc_cli_buf_free(&purposes);
	cc_cli_buf_free(&profiles);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The seed files the rows cite, each once, sorted. */
static void seed_files(FILE *out)
{
	char *files[64];
	size_t n = 0;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const char *p = cc_rules_at(i)->seed_files;
		while ((p = strstr(p, "seeds/"))) {
			size_t len = strcspn(p, " ;"), k = 0;
			while (k < n && (strlen(files[k]) != len || strncmp(files[k], p, len)))
				k++;
			if (k == n && n < sizeof files / sizeof files[0])
				files[n++] = cc_cli_xstrndup(p, len);
			p += len;
		}
	}
	if (n > 1)
		qsort(files, n, sizeof *files, cmp_str);
	fputs("\n## Seed files\n\n", out);
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "- `%s`\n", files[i]);
		free(files[i]);
	}
}

int cc_rules_doc_markdown(FILE *out)
{
	fputs(intro, out);
	fputs(cc_rules_doc_evidence, out);
	for (size_t a = 0; a < cc_rule_areas_count(); a++) {
		const cc_rule_area *area = cc_rule_areas_at(a);
		fprintf(out, "\n## %s\n\n", area->name);
		fputs("| rule | severity | purposes | profiles | seed | what it checks | what to do |\n", out);
		fputs("|---|---|---|---|---|---|---|\n", out);
		for (size_t i = 0; i < cc_rules_count(); i++)
			if (!strcmp(cc_rules_at(i)->area, area->name))
				rule_row(out, cc_rules_at(i));
	}
	significant_events(out);
	seed_files(out);
	fputs("\n", out);
	fputs(params_intro, out);
	for (int p = 0; p < CC_PARAM_COUNT; p++) {
		const cc_param_info *pi = cc_param_at((cc_param_id)p);
		fprintf(out, "| `%s` | %ld | %s | %ld–%ld | %s |\n", pi->name, pi->def, pi->unit, pi->min, pi->max, pi->help);
	}
	fputs("\n", out);
	fputs(working_days, out);
	fputs(not_from_records, out);
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

/* ---- docs/format.md: what the audit requires of each document ---- */

#define FILL_OPEN "<!-- audit-requires: "
#define FILL_CLOSE "<!-- /audit-requires -->"

typedef void (*field_fn)(const char *doc, size_t doc_len, const char *field, size_t field_len,
                         const cc_rule_info *r, void *arg);

/* Calls fn for every field rule r reads (.fields: "doc: f, f; doc: f"). */
static void each_field(const cc_rule_info *r, field_fn fn, void *arg)
{
	for (const char *p = r->fields; p && *p;) {
		size_t part = strcspn(p, ";");
		const char *colon = memchr(p, ':', part);
		for (const char *f = colon ? colon + 1 : p + part; f < p + part;) {
			f += strspn(f, " ");
			size_t n = strcspn(f, ",;");
			if (n)
				fn(p, (size_t)(colon - p), f, n, r, arg);
			f += n + (f[n] == ',');
		}
		p += part + (p[part] == ';');
		p += strspn(p, " ");
	}
}

/* One field of a document and the rules that read it. */
typedef struct field_rules {
	char *field;
	cc_cli_buf rules; /* "`id`, `id` (derbyshire)" */
} field_rules;

typedef struct doc_fields {
	const char *doc;
	field_rules *items;
	size_t n, cap;
} doc_fields;

static bool same(const char *s, size_t len, const char *t)
{
	return strlen(t) == len && !strncmp(s, t, len);
}

static void collect(const char *doc, size_t doc_len, const char *field, size_t field_len, const cc_rule_info *r,
                    void *arg)
{
	doc_fields *d = arg;
	if (!same(doc, doc_len, d->doc))
		return;
	size_t i = 0;
	while (i < d->n && !same(field, field_len, d->items[i].field))
		i++;
	if (i == d->n) {
		d->items = cc_cli_xgrow(d->items, &d->cap, d->n + 1, sizeof *d->items);
		d->items[i].field = cc_cli_xstrndup(field, field_len);
		d->items[i].rules = (cc_cli_buf)CC_CLI_BUF_INIT;
		d->n++;
	}
	cc_cli_buf *sb = &d->items[i].rules;
	cc_cli_buf_printf(sb, "%s`%s`", sb->len ? ", " : "", r->id);
	if (!(r->profiles & CC_PROFILE_CORE)) {
		cc_cli_buf_puts(sb, " (");
		cc_rules_doc_names(sb, r->profiles, true, ", ");
		cc_cli_buf_puts(sb, ")");
	}
}

static int cmp_field(const void *a, const void *b)
{
	return strcmp(((const field_rules *)a)->field, ((const field_rules *)b)->field);
}

/* Whether rule r reads doc (its .fields name it). */
static bool rule_reads(const cc_rule_info *r, const char *doc)
{
	size_t len = strlen(doc);
	for (const char *p = r->fields; p && *p;) {
		size_t part = strcspn(p, ";");
		const char *colon = memchr(p, ':', part);
		if (colon && (size_t)(colon - p) == len && !strncmp(p, doc, len))
			return true;
		p += part + (p[part] == ';');
		p += strspn(p, " ");
	}
	return false;
}

/* Every requirement on doc in words: each rule reading it, with the
 * purposes and profiles it applies in, its title and what to do. */
static void requirements(FILE *out, const char *doc)
{
	fprintf(out, "\nThe requirements in words, rule by rule (the purposes and profiles each applies in; "
	             "what to write to meet it):\n\n");
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		if (!rule_reads(r, doc))
			continue;
		cc_cli_buf when = CC_CLI_BUF_INIT;
		cc_rules_doc_names(&when, r->purposes, false, ", ");
		if (!(r->profiles & CC_PROFILE_CORE)) {
			cc_cli_buf_puts(&when, "; profile ");
			cc_rules_doc_names(&when, r->profiles, true, ", ");
		}
		fprintf(out, "- `%s` (%s, %s): %s. %s\n", r->id, cc_severity_name(r->severity), cc_cli_buf_cstr(&when),
		        r->title, r->help);
		cc_cli_buf_free(&when);
	}
}

/* Writes the table for doc: its fields, sorted, and the rules reading
 * each, then each rule's requirement in words; -1 when no rule reads doc. */
static int fill_block(FILE *out, const char *doc)
{
	doc_fields d = {doc, NULL, 0, 0};
	for (size_t i = 0; i < cc_rules_count(); i++)
		each_field(cc_rules_at(i), collect, &d);
	if (d.n > 1)
		qsort(d.items, d.n, sizeof *d.items, cmp_field);
	fprintf(out, "What the audit requires of %s, field by field (generated from the rule table:\n"
	             "`casecheck rules --fill docs/format.md`; each rule is in docs/rules.md):\n\n", doc);
	fputs("| field | rules that read it |\n|---|---|\n", out);
	for (size_t k = 0; k < d.n; k++) {
		const char *tick = d.items[k].field[0] == '(' ? "" : "`";
		fprintf(out, "| %s%s%s | %s |\n", tick, d.items[k].field, tick, cc_cli_buf_cstr(&d.items[k].rules));
		free(d.items[k].field);
		cc_cli_buf_free(&d.items[k].rules);
	}
	free(d.items);
	if (d.n)
		requirements(out, doc);
	return d.n ? 0 : -1;
}

/* Fails (*missing set) when a document some rule reads has no block. */
typedef struct doc_check {
	const char *text;
	char *missing; /* owned */
} doc_check;

static void has_block(const char *doc, size_t doc_len, const char *field, size_t field_len, const cc_rule_info *r,
                      void *arg)
{
	(void)field;
	(void)field_len;
	(void)r;
	doc_check *c = arg;
	char *marker = cc_cli_xasprintf(FILL_OPEN "%.*s -->", (int)doc_len, doc);
	if (!c->missing && !strstr(c->text, marker))
		c->missing = cc_cli_xstrndup(doc, doc_len);
	free(marker);
}

int cc_rules_doc_fill(FILE *out, const char *text, char **errmsg)
{
	doc_check check = {text, NULL};
	for (size_t i = 0; i < cc_rules_count(); i++)
		each_field(cc_rules_at(i), has_block, &check);
	if (check.missing) {
		*errmsg = cc_cli_xasprintf("no block '" FILL_OPEN "%s -->' ... '" FILL_CLOSE "' for %s, which rules read; "
		                       "add one to its section", check.missing, check.missing);
		free(check.missing);
		return -1;
	}
	for (const char *p = text; *p;) {
		const char *open = strstr(p, FILL_OPEN);
		if (!open) {
			fputs(p, out);
			break;
		}
		const char *doc = open + strlen(FILL_OPEN), *eol = strchr(open, '\n');
		const char *doc_end = strstr(doc, " -->"), *close = eol ? strstr(eol, FILL_CLOSE) : NULL;
		if (!close || !doc_end || doc_end > eol) {
			*errmsg = cc_cli_xstrdup("an '" FILL_OPEN "<document> -->' line without its '" FILL_CLOSE "'");
			return -1;
		}
		fwrite(p, 1, (size_t)(eol + 1 - p), out);
		char *name = cc_cli_xstrndup(doc, (size_t)(doc_end - doc));
		int rc = fill_block(out, name);
		if (rc < 0)
			*errmsg = cc_cli_xasprintf("no rule reads %s (a block names it)", name);
		free(name);
		if (rc < 0)
			return -1;
		p = close;
	}
	return fflush(out) == 0 && !ferror(out) ? 0 : (*errmsg = cc_cli_xstrdup("cannot write the output"), -1);
}
