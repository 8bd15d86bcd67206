/* catalogue.c: the rule catalogue of spec §5 as one table. Each row is one
 * rule: id, area, title, help, severity (and, in .severity_when, the
 * severities it has for some profiles, purposes or kinds of finding: the
 * checks never choose one), purposes, profiles, seed reference, parameters,
 * and the check that gives its findings. Several rows may share a check (it
 * reads the files once); the engine runs a check once when any of its rules
 * is on. Rows marked .loader get their findings from the loader or the
 * engine (schema.*, integrity.links, ...). tests/audit/test_rule_table.c
 * holds the table to this: every id used in the code is a row, every row has
 * its check (or .loader), its fixtures and, where its area needs one, its
 * seed. A released id is kept or retired, never reused. */
#include <string.h>

#include "checks.h"
#include "util/strbuf.h"

#define S000 "seeds/000_283b9805e4e9c4a7.txt"
#define S001 "seeds/001_ac73757946b5f7ef.txt"
#define S002 "seeds/002_c5214e188d49691d.txt"
#define S003 "seeds/003_4b2b66c110a25fa2.txt"
#define S004 "seeds/004_30e24df8ee2621c8.txt"

#define P_COURT CC_PURPOSE_BIT(CC_PURPOSE_COURT)
#define P_ALL (CC_PURPOSE_BIT(CC_PURPOSE_CHECK) | CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF) | \
               CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE) | P_COURT)
/* signoff and every purpose that includes it (court is signoff plus) */
#define P_SIGNOFF (CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF) | CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | \
                   CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE) | P_COURT)
#define P_TRANSFER (CC_PURPOSE_BIT(CC_PURPOSE_TRANSFER) | CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE))
#define P_RECEIVE CC_PURPOSE_BIT(CC_PURPOSE_RECEIVE)

#define CORE CC_PROFILE_CORE
#define DERBY CC_PROFILE_DERBYSHIRE
#define E CC_SEVERITY_ERROR
#define W CC_SEVERITY_WARNING

/* Chronology quality: a warning at sign-off, an error for court. */
static const cc_rule_severity error_for_court[] = {
	{.purposes = P_COURT, .severity = E},
	{0},
};

/* A task done after its deadline is a warning; not done, an error. */
static const cc_rule_severity late_is_warning[] = {
	{.variant = "late", .severity = W, .means = "the task was done after its deadline"},
	{0},
};

/* The areas, in the order of the rows. */
static const cc_rule_area areas[] = {
	{.name = "schema", .seeded = false},
	{.name = "config", .seeded = false},
	{.name = "audit", .seeded = false},
	{.name = "integrity", .seeded = false},
	{.name = "documents", .seeded = false},
	{.name = "chronology", .seeded = true},
	{.name = "court", .seeded = true},
	{.name = "plans", .seeded = true},
	{.name = "visits", .seeded = true},
	{.name = "genogram", .seeded = true},
	{.name = "core", .seeded = true},
	{.name = "notes", .seeded = true},
	{.name = "assessments", .seeded = true},
	{.name = "allocation", .seeded = true},
	{.name = "signoff", .seeded = true},
	{.name = "transfer", .seeded = true},
	{.name = "history", .seeded = false},
};

size_t cc_rule_areas_count(void)
{
	return sizeof areas / sizeof areas[0];
}

const cc_rule_area *cc_rule_areas_at(size_t i)
{
	return i < cc_rule_areas_count() ? &areas[i] : NULL;
}

const cc_rule_area *cc_rule_area_find(const char *name)
{
	for (size_t i = 0; i < cc_rule_areas_count(); i++)
		if (!strcmp(areas[i].name, name))
			return &areas[i];
	return NULL;
}

/* A row: the rule, and what gives its findings: its check, or (.loader)
 * the case loader, the document loader or the engine. */
typedef struct rule_row {
	cc_rule_info info;
	cc_rule_check_fn check;
	bool loader;
} rule_row;

static const rule_row rows[] = {
/* ---- schema ---- */
{
	.info = {
		.id = "schema.parse",
		.area = "schema",
		.title = "every document is well-formed JSON within the size and nesting limits",
		.help = "Fix the JSON syntax at the line and pointer shown (or split an oversized document); rules that need the document are skipped until it parses.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = "max_document_bytes,max_json_depth",
	},
	.loader = true,
},
{
	.info = {
		.id = "schema.valid",
		.area = "schema",
		.title = "every document is valid against its JSON Schema (draft 2020-12, formats asserted)",
		.help = "Correct the value at the pointer shown so the document matches schemas/<kind>.json; rules that need the document are skipped until it is valid.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
	},
	.loader = true,
},
/* ---- config ---- */
{
	.info = {
		.id = "config.parameter-weaker-than-seed",
		.area = "config",
		.title = "no timescale parameter in casecheck.json is set less strictly than its default, the seed's timescale (shown, never blocking)",
		.help = "Remove the parameter from casecheck.json parameters (or make it stricter); while it stays, every report shows the weaker timescale the audit applies. Resource limits (max_*) are not timescales.",
		.severity = W,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "001 §2, 002, 003 §2-3, 004 §1-2, §4",
		.seed_files = S001 " §2; " S002 "; " S003 " §2, §3; " S004 " §1, §2, §4",
		.params = "chronology_max_age_days,chronology_gap_days,min_parent_age_years,allocation_tasks_working_days,referrer_confirmation_working_days,between_teams_notice_months,new_worker_named_working_days,allocation_update_working_days,young_person_min_age_years,receiving_available_working_days,prolonged_absence_working_days,chronology_event_tolerance_days,visit_interval_cin_working_days,visit_interval_cp_working_days,visit_interval_care_days,visit_interval_pathway_days,transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "casecheck.json: parameters",
	},
	.loader = true,
},
{
	.info = {
		.id = "config.calendar-adds-days",
		.area = "config",
		.title = "the repository's bank-holiday calendar adds no weekday holiday to the England and Wales table (shown, never blocking)",
		.help = "Remove the added days from the bank_holidays file (or use the built-in calendar); while they stay, every working-day deadline is counted without them and every report names them.",
		.severity = W,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "003 §2-3",
		.seed_files = S003 " §2, §3",
		.params = NULL,
		.fields = "casecheck.json: bank_holidays",
	},
	.loader = true,
},
/* ---- audit ---- */
{
	.info = {
		.id = "audit.findings-limit",
		.area = "audit",
		.title = "a case has at most max_findings_per_case findings listed; past it one note says how many more there are, by severity (they still count in the totals and the verdict)",
		.help = "Fix the findings shown first (errors are kept before warnings and notes); the rest appear once the list is shorter. A repository may raise max_findings_per_case in casecheck.json.",
		.severity = CC_SEVERITY_NOTE,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = "max_findings_per_case",
		.fields = "casecheck.json: parameters",
	},
	.loader = true,
},
/* ---- integrity ---- */
{
	.info = {
		.id = "integrity.case-folder",
		.area = "integrity",
		.title = "every folder under the cases folder is named by a valid case id",
		.help = "Rename the folder to the case id (A-Z, 0-9 and '-', 3-32 characters, e.g. LCS-104233) or move it out of the cases folder.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
	},
	.loader = true,
},
{
	.info = {
		.id = "integrity.case-file",
		.area = "integrity",
		.title = "every case folder has a case.json",
		.help = "Add case.json (the case's core data) to the case folder.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: (the file)",
	},
	.loader = true,
},
{
	.info = {
		.id = "integrity.case-id",
		.area = "integrity",
		.title = "case_id in case.json, chronology.json and genogram.json equals the folder name",
		.help = "Make case_id equal to the name of the case folder (or move the documents to the right folder).",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: case_id; chronology.json: case_id; genogram.json: case_id",
	},
	.check = cc_check_case_id,
},
{
	.info = {
		.id = "integrity.unique-ids",
		.area = "integrity",
		.title = "ids are unique: children, chronology entries, genogram people, notes, assessments, staff and teams",
		.help = "Give the repeated id a new, unused value (and update what refers to it).",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: children[].id, involvements[].id; chronology.json: entries[].id; genogram.json: people[].id; notes/*.json: id; assessments/*.json: id; staff.json: staff[].id, teams[].id",
	},
	.check = cc_check_unique_ids,
},
{
	.info = {
		.id = "integrity.references",
		.area = "integrity",
		.title = "every child, person, staff and team reference resolves",
		.help = "Use an id that exists: children from case.json, people from genogram.json, staff and teams from staff.json.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: team, allocation.worker, allocation.manager, involvements[].children, key_dates[].children; chronology.json: entries[].id, entries[].children, entries[].recorded_by, entries[].entered_in_error.by, entries[].amends; genogram.json: people[].child, relationships[]; notes/*.json: id, author, children, amends; assessments/*.json: author, children; signoffs/*.json: by; transfer.json: children, from, to, professionals_informed[].involvement, family_informed.told, not_informed[].involvement; staff.json: staff[].id, teams[].id",
	},
	.check = cc_check_references,
},
{
	.info = {
		.id = "integrity.future-dates",
		.area = "integrity",
		.title = "no date after the as-of date except planned ones",
		.help = "Correct the date: only transfer_on, next_review_on, due, key_dates[].date, unallocated_review_on, expected_on, transfer case_discussion_on and handover_visit.date may lie in the future (the transfer rules check the last two).",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: allocation.since, key_dates[].date, allocation.unallocated_review_on, children[].expected_on; chronology.json: entries[].date, entries[].recorded_on; notes/*.json: date, finalised_on; assessments/*.json: started_on, completed_on; transfer.json: transfer_on, next_review_on",
	},
	.check = cc_check_future_dates,
},
{
	.info = {
		.id = "integrity.date-order",
		.area = "integrity",
		.title = "dates in the right order: recorded_on >= date, finalised_on >= note date, completed_on >= started_on, died >= born",
		.help = "Correct whichever of the two dates is wrong.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "chronology.json: entries[].recorded_on; genogram.json: people[].died; notes/*.json: finalised_on; assessments/*.json: completed_on",
	},
	.check = cc_check_date_order,
},
{
	.info = {
		.id = "integrity.links",
		.area = "integrity",
		.title = "no symbolic link, submodule or special file inside a case folder, nor as staff.json (never followed)",
		.help = "Replace the link or submodule with the real file, or remove it.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
	},
	.loader = true,
},
{
	.info = {
		.id = "integrity.unexpected-file",
		.area = "integrity",
		.title = "no file or folder in a case folder outside the case format",
		.help = "Move the file under documents/ (and list it in case.json documents[]) or remove it; records go directly in notes/, assessments/ or signoffs/ as .json files.",
		.severity = W,
		.severity_when = (const cc_rule_severity[]){
			{.variant = "hides-record", .severity = E,
			 .means = "inside notes/, assessments/ or signoffs/, where it could hide a record"},
			{.variant = "unread", .severity = E,
			 .means = "files left unchecked: past max_files_per_case, or in folders nested too deeply under documents/"},
			{0},
		},
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = "max_files_per_case",
	},
	.loader = true,
},
{
	.info = {
		.id = "integrity.paths",
		.area = "integrity",
		.title = "every document path stays inside the case's documents/ folder",
		.help = "Give a path relative to the case folder that starts with documents/ and has no '..', '.' or empty parts.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: documents[].path; assessments/*.json: document",
	},
	.check = cc_check_documents,
},
/* ---- documents ---- */
{
	.info = {
		.id = "documents.exists",
		.area = "documents",
		.title = "each document listed in case.json (and each assessment's document) exists",
		.help = "Add the file at the listed path, or correct the path in documents[].",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: documents[].path; assessments/*.json: document",
	},
	.check = cc_check_documents,
},
{
	.info = {
		.id = "documents.type",
		.area = "documents",
		.title = "each attachment's real type (by content) is an allowed kind and matches its extension, and is a whole document (not truncated, not a git LFS pointer)",
		.help = "Save the file in an accepted format (PDF, DOCX, ODT, DOC, RTF, text, PNG, JPEG, TIFF, e-mail) with the matching extension.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = "max_attachment_bytes",
		.fields = "case.json: documents[].path",
	},
	.check = cc_check_documents,
},
{
	.info = {
		.id = "documents.unlisted",
		.area = "documents",
		.title = "every file under documents/ is listed in case.json documents[]",
		.help = "List the file in case.json documents[] with its kind, date and title, or remove it.",
		.severity = W,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: documents[]",
	},
	.check = cc_check_documents,
},
{
	.info = {
		.id = "documents.executable",
		.area = "documents",
		.title = "no executable or script among the attachments, and nothing that runs one: macros, a PDF /Launch action or embedded program, another file joined to the document (a polyglot)",
		.help = "Remove the program or script from the case folder; it is never accepted, whatever its name. Save a document with macros or a joined file again as a plain document.",
		.severity = E,
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: documents[].path",
	},
	.check = cc_check_documents,
},
{
	.info = {
		.id = "documents.active-content",
		.area = "documents",
		.title = "no JavaScript or embedded files in an attachment (found in the PDF's catalog, name trees and actions)",
		.help = "Save the document without its scripts and attachments (print to PDF, or flatten the form); keep each attached file as its own document. A repository can make this an error with active_content_error.",
		.severity = W,
		.severity_when = (const cc_rule_severity[]){
			{.variant = "by-policy", .severity = E,
			 .means = "casecheck.json sets active_content_error to 1"},
			{0},
		},
		.purposes = P_ALL,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = "active_content_error",
		.fields = "case.json: documents[].path",
	},
	.check = cc_check_documents,
},
/* ---- chronology ---- */
{
	.info = {
		.id = "chronology.present",
		.area = "chronology",
		.title = "the case has a chronology",
		.help = "Add chronology.json with the case's significant events.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §1",
		.seed_files = S001 " §2; " S002 "; " S004 " §1",
		.params = NULL,
		.fields = "chronology.json: (the file)",
	},
	.check = cc_check_chronology_present,
},
{
	.info = {
		.id = "chronology.order",
		.area = "chronology",
		.title = "chronology entries are in date order",
		.help = "Move the entry to its place in date order.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §1",
		.seed_files = S001 " §2; " S002 "; " S004 " §1",
		.params = NULL,
		.fields = "chronology.json: entries[].date, entries[].entered_in_error",
	},
	.check = cc_check_chronology_order,
},
{
	.info = {
		.id = "chronology.duplicates",
		.area = "chronology",
		.title = "no chronology entry recorded twice",
		.help = "Remove the repeated entry (same date, category and event).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §1",
		.seed_files = S001 " §2; " S002 "; " S004 " §1",
		.params = NULL,
		.fields = "chronology.json: entries[].date, entries[].category, entries[].event, entries[].entered_in_error",
	},
	.check = cc_check_chronology_duplicates,
},
{
	.info = {
		.id = "chronology.children",
		.area = "chronology",
		.title = "every chronology entry names at least one child of the case",
		.help = "List in children the id of each child of the case the event concerns.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §1",
		.seed_files = S001 " §2; " S002 "; " S004 " §1",
		.params = NULL,
		.fields = "chronology.json: entries[].children",
	},
	.check = cc_check_chronology_children,
},
{
	.info = {
		.id = "chronology.up-to-date",
		.area = "chronology",
		.title = "the chronology has an entry no older than chronology_max_age_days",
		.help = "Bring the chronology up to date with the events since its newest entry.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §2",
		.seed_files = S001 " §2; " S002 "; " S004 " §2",
		.params = "chronology_max_age_days",
		.fields = "chronology.json: entries[].date, entries[].entered_in_error",
	},
	.check = cc_check_chronology_up_to_date,
},
{
	.info = {
		.id = "chronology.events-recorded",
		.area = "chronology",
		.title = "every significant event of the current allocation (final visit, home-visit and meeting notes, completed assessments, the handover visit, the allocation) has a chronology entry within chronology_event_tolerance_days",
		.help = "Add a chronology entry for the record named, dated the day of the event (recorded_on is the day you add it); a note of a routine contact may say so with \"routine\": true (in an addendum once the note is final).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 004 §1-2",
		.seed_files = S001 " §2; " S002 "; " S004 " §1, §2",
		.params = "chronology_event_tolerance_days",
		.fields = "chronology.json: entries[].date, entries[].category, entries[].entered_in_error; notes/*.json: type, date, status, amends, routine; assessments/*.json: status, completed_on; transfer.json: handover_visit.date; case.json: allocation.worker, allocation.since",
	},
	.check = cc_check_chronology_events,
},
{
	.info = {
		.id = "chronology.gap",
		.area = "chronology",
		.title = "no gap longer than chronology_gap_days between entries since the current allocation",
		.help = "Add the events of the gap period to the chronology.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = "chronology_gap_days",
		.fields = "chronology.json: entries[].date, entries[].entered_in_error; case.json: allocation.since",
	},
	.check = cc_check_chronology_gaps,
},
{
	.info = {
		.id = "chronology.historic-gap",
		.area = "chronology",
		.title = "gaps longer than chronology_gap_days before the current allocation (shown, never blocking)",
		.help = "Historic gaps do not hold up a transfer (Devon); fill them when the case needs a complete chronology, e.g. for court.",
		.severity = W,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = "chronology_gap_days",
		.fields = "chronology.json: entries[].date, entries[].entered_in_error; case.json: allocation.since",
	},
	.check = cc_check_chronology_gaps,
},
{
	.info = {
		.id = "chronology.key-dates-kept",
		.area = "chronology",
		.title = "every key date of the current allocation that has passed has a chronology entry of its kind (or a note showing it) within chronology_event_tolerance_days",
		.help = "If the meeting, conference, review, hearing or visit took place, add its chronology entry dated that day; if it was moved or cancelled, record that and correct the key date.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "000, 001 §2, 002",
		.seed_files = S000 "; " S001 " §2; " S002,
		.params = "chronology_event_tolerance_days",
		.fields = "case.json: key_dates[].kind, key_dates[].date, allocation.since; chronology.json: entries[].date, entries[].category; notes/*.json: type, date, status",
	},
	.check = cc_check_chronology_key_dates_kept,
},
{
	.info = {
		.id = "chronology.repeated-significance",
		.area = "chronology",
		.title = "no significance text repeated on chronology_repeated_significance_entries entries or more since the current allocation",
		.help = "Write for each entry what the event means for the child: the same words on every entry say nothing about any of them.",
		.severity = W,
		.severity_when = error_for_court,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 004 §1-2",
		.seed_files = S001 " §2; " S004 " §1, §2",
		.params = "chronology_repeated_significance_entries",
		.fields = "chronology.json: entries[].significance, entries[].date, entries[].historic, entries[].entered_in_error; case.json: allocation.since",
	},
	.check = cc_check_chronology_repeated_significance,
},
{
	.info = {
		.id = "chronology.recorded-late",
		.area = "chronology",
		.title = "no chronology entry since the current allocation recorded more than chronology_record_delay_days after its event",
		.help = "Record events in the chronology as they happen; an entry added late keeps the event's date and its real recorded_on, and is reviewed by the manager.",
		.severity = W,
		.severity_when = error_for_court,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 004 §2",
		.seed_files = S001 " §2; " S004 " §2",
		.params = "chronology_record_delay_days",
		.fields = "chronology.json: entries[].date, entries[].recorded_on, entries[].historic, entries[].entered_in_error; case.json: allocation.since",
	},
	.check = cc_check_chronology_recorded_late,
},
/* ---- court (--purpose court: signoff plus a chronology for proceedings) ---- */
{
	.info = {
		.id = "court.chronology-gap",
		.area = "court",
		.title = "from the first agency involvement on, no gap longer than court_chronology_gap_days between chronology entries, historic gaps included",
		.help = "Fill the period from the older records (entries marked historic, recorded_on today); if nothing significant is known for it, add an entry saying so with nothing_known_until set to the end of the period.",
		.severity = E,
		.purposes = P_COURT,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = "court_chronology_gap_days,chronology_gap_days",
		.fields = "chronology.json: entries[].date, entries[].category, entries[].nothing_known_until, entries[].entered_in_error; case.json: allocation.since",
	},
	.check = cc_check_court_chronology_gap,
},
{
	.info = {
		.id = "court.events-recorded",
		.area = "court",
		.title = "every significant event from the first agency involvement to the current allocation has a chronology entry within chronology_event_tolerance_days (the table of chronology.events-recorded)",
		.help = "Add the chronology entry for the record named, dated the day of the event, marked historic, with recorded_on the day you add it.",
		.severity = E,
		.purposes = P_COURT,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = "chronology_event_tolerance_days",
		.fields = "chronology.json: entries[].date, entries[].category, entries[].entered_in_error; notes/*.json: type, date, status, amends, routine; assessments/*.json: status, completed_on; transfer.json: handover_visit.date; case.json: allocation.worker, allocation.since",
	},
	.check = cc_check_court_events,
},
{
	.info = {
		.id = "court.key-dates",
		.area = "court",
		.title = "every key date passed since the first agency involvement (hearings included) has a chronology entry of its kind within chronology_event_tolerance_days; a note alone does not put it in the chronology",
		.help = "Add the chronology entry of the key date's kind dated that day; if it was moved or cancelled, record that and correct the key date.",
		.severity = E,
		.purposes = P_COURT,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = "chronology_event_tolerance_days",
		.fields = "case.json: key_dates[].kind, key_dates[].date, allocation.since; chronology.json: entries[].date, entries[].category; notes/*.json: type, date, status",
	},
	.check = cc_check_court_events,
},
{
	.info = {
		.id = "court.entry-complete",
		.area = "court",
		.title = "every chronology entry gives its source and its significance to the child",
		.help = "Give each entry its source (the record, agency or person the information comes from) and its significance (what it meant for the child).",
		.severity = E,
		.purposes = P_COURT,
		.profiles = CORE,
		.source = "004 §1",
		.seed_files = S004 " §1",
		.params = NULL,
		.fields = "chronology.json: entries[].source, entries[].significance, entries[].entered_in_error",
	},
	.check = cc_check_court_entries_complete,
},
/* ---- plans and visits ---- */
{
	.info = {
		.id = "plans.review-overdue",
		.area = "plans",
		.title = "no child's plan is past its next_review_on without a review recorded (chronology entry or meeting note) since",
		.help = "Record the review held (its chronology entry and meeting note) and set next_review_on to the next one; if it has not been held, arrange it and record why it is late.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "002",
		.seed_files = S002,
		.params = "chronology_event_tolerance_days",
		.fields = "case.json: status, children[].plan.type, children[].plan.next_review_on; chronology.json: entries[].date, entries[].category, entries[].children; notes/*.json: type, date, status",
	},
	.check = cc_check_plans_review_overdue,
},
{
	.info = {
		.id = "plans.review-dates-recorded",
		.area = "plans",
		.title = "each child's next plan review is among the key dates, and the transfer's next_review_on is one of them",
		.help = "Add the review to case.json key_dates (kind, date, time, venue, children), or correct next_review_on so the plan, the key dates and the transfer agree.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 002",
		.seed_files = S000 "; " S002,
		.params = NULL,
		.fields = "case.json: status, children[].plan.type, children[].plan.next_review_on, key_dates[].date, key_dates[].children; transfer.json: next_review_on",
	},
	.check = cc_check_plans_review_dates,
},
{
	.info = {
		.id = "visits.current",
		.area = "visits",
		.title = "each child on a cin, cp, care or pathway plan was seen on a recorded visit within the plan's visit interval",
		.help = "Visit the child and record it as a final visit or home-visit note; a note that names children who were not seen lists those seen in children_seen (in an addendum once the note is final).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "002, 001 §2",
		.seed_files = S002 "; " S001 " §2",
		.params = "visit_interval_cin_working_days,visit_interval_cp_working_days,visit_interval_care_days,visit_interval_pathway_days,transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "case.json: status, children[].date_of_birth, children[].plan.type, children[].plan.started_on, allocation.since; notes/*.json: type, date, status, children, children_seen, amends; transfer.json: handover_visit.date, children",
	},
	.check = cc_check_visits_current,
},
/* ---- genogram ---- */
{
	.info = {
		.id = "genogram.present",
		.area = "genogram",
		.title = "the case has a genogram",
		.help = "Add genogram.json with the child's family.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1, §4",
		.seed_files = S004 " §1, §4",
		.params = NULL,
		.fields = "genogram.json: (the file)",
	},
	.check = cc_check_genogram_present,
},
{
	.info = {
		.id = "genogram.children",
		.area = "genogram",
		.title = "every child of the case appears in the genogram",
		.help = "Add a person for the child with \"child\" set to the child's id in case.json.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1, §4",
		.seed_files = S004 " §1, §4",
		.params = NULL,
		.fields = "genogram.json: people[].child",
	},
	.check = cc_check_genogram_children,
},
{
	.info = {
		.id = "genogram.acyclic",
		.area = "genogram",
		.title = "parent links never loop (nobody is their own ancestor)",
		.help = "Correct the parent relationship that closes the loop.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1, §4",
		.seed_files = S004 " §1, §4",
		.params = NULL,
		.fields = "genogram.json: relationships[]",
	},
	.check = cc_check_genogram_acyclic,
},
{
	.info = {
		.id = "genogram.parent-age",
		.area = "genogram",
		.title = "a parent is born at least min_parent_age_years before the child",
		.help = "Check the parent's and the child's dates of birth and the direction of the parent link.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "004 §1, §4",
		.seed_files = S004 " §1, §4",
		.params = "min_parent_age_years",
		.fields = "genogram.json: people[].born, relationships[]; case.json: children[].date_of_birth",
	},
	.check = cc_check_genogram_parent_age,
},
/* ---- core data ---- */
{
	.info = {
		.id = "core.child-details",
		.area = "core",
		.title = "sex, ethnicity, religion, disabilities, first language and communication needs recorded for every child",
		.help = "Record the missing detail in case.json children[] (\"none\" is an answer for communication needs; NOBT is not).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "003 §2, 004 §1",
		.seed_files = S003 " §2; " S004 " §1",
		.params = NULL,
		.fields = "case.json: children[].sex, children[].ethnicity, children[].religion, children[].disabilities, children[].first_language, children[].communication_needs",
	},
	.check = cc_check_child_details,
},
{
	.info = {
		.id = "core.identifiers",
		.area = "core",
		.title = "UPN check letter and NHS number check digit valid when given",
		.help = "Correct the UPN or NHS number (a typo usually breaks the check character).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "003 §2, 004 §1",
		.seed_files = S003 " §2; " S004 " §1",
		.params = NULL,
		.fields = "case.json: children[].upn, children[].nhs_number",
	},
	.check = cc_check_identifiers,
},
{
	.info = {
		.id = "core.involvement-contacts",
		.area = "core",
		.title = "every involvement has a phone number, and an address with a valid postcode or an e-mail",
		.help = "Complete the involvement's contact details in case.json involvements[].",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "003 §2",
		.seed_files = S003 " §2",
		.params = NULL,
		.fields = "case.json: involvements[].phone, involvements[].address, involvements[].postcode, involvements[].email",
	},
	.check = cc_check_involvement_contacts,
},
/* ---- notes and assessments ---- */
{
	.info = {
		.id = "notes.final",
		.area = "notes",
		.title = "no draft case notes",
		.help = "Finalise the note (status final, finalised_on) or remove it.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002",
		.seed_files = S001 " §2; " S002,
		.params = NULL,
		.fields = "notes/*.json: status",
	},
	.check = cc_check_notes_final,
},
{
	.info = {
		.id = "notes.allocation-recorded",
		.area = "notes",
		.title = "the current allocation is recorded in a case-discussion or supervision note",
		.help = "Record the allocation in a final note of type case-discussion or supervision dated on or after the allocation (or within allocation_update_working_days before it).",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 002, 003 §2",
		.seed_files = S001 " §2; " S002 "; " S003 " §2",
		.params = "allocation_update_working_days",
		.fields = "case.json: allocation.since; notes/*.json: type, date, status",
	},
	.check = cc_check_notes_allocation_recorded,
},
{
	.info = {
		.id = "assessments.completed",
		.area = "assessments",
		.title = "no open assessment (a Devon movement passes an open core assessment to the new worker)",
		.help = "Complete the assessment (status completed, completed_on) or cancel it.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "001 §2, 004 §4, §6",
		.seed_files = S001 " §2; " S004 " §4, §6",
		.params = NULL,
		.fields = "assessments/*.json: status, type; transfer.json: kind",
	},
	.check = cc_check_assessments_completed,
},
/* ---- allocation (Derbyshire) ---- */
{
	.info = {
		.id = "allocation.record-read",
		.area = "allocation",
		.title = "the allocated worker recorded reading the child's record within allocation_tasks_working_days of allocation",
		.help = "The allocated worker records the task in a final record-read note; once the timescale has passed, the note is dated the day the task is done and says why it is late.",
		.severity = E,
		.severity_when = late_is_warning,
		.purposes = P_SIGNOFF,
		.profiles = DERBY,
		.source = "003 §2",
		.seed_files = S003 " §2",
		.params = "allocation_tasks_working_days",
		.fields = "case.json: allocation.worker, allocation.since; notes/*.json: type, author, date",
	},
	.check = cc_check_allocation_record_read,
},
{
	.info = {
		.id = "allocation.professionals-informed",
		.area = "allocation",
		.title = "professionals and family told of the new worker within allocation_tasks_working_days of allocation",
		.help = "The allocated worker records the task in a final professionals-informed note; once the timescale has passed, the note is dated the day the task is done and says why it is late.",
		.severity = E,
		.severity_when = late_is_warning,
		.purposes = P_SIGNOFF,
		.profiles = DERBY,
		.source = "003 §2",
		.seed_files = S003 " §2",
		.params = "allocation_tasks_working_days",
		.fields = "case.json: allocation.worker, allocation.since; notes/*.json: type, author, date",
	},
	.check = cc_check_allocation_professionals_informed,
},
{
	.info = {
		.id = "allocation.referrer-confirmation",
		.area = "allocation",
		.title = "the referrer had written confirmation (by anyone: the duty, previous or allocated worker) before or within referrer_confirmation_working_days of allocation when a referral started the case",
		.help = "Send the referrer written confirmation of the outcome and record it in a referrer-confirmation note.",
		.severity = E,
		.severity_when = late_is_warning,
		.purposes = P_SIGNOFF,
		.profiles = DERBY,
		.source = "003 §2",
		.seed_files = S003 " §2",
		.params = "referrer_confirmation_working_days",
		.fields = "case.json: allocation.worker, allocation.since, involvements[].role; chronology.json: entries[].category; notes/*.json: type, author, date",
	},
	.check = cc_check_allocation_referrer_confirmation,
},
{
	.info = {
		.id = "allocation.unallocated-review",
		.area = "allocation",
		.title = "an unallocated case's review date has not passed",
		.help = "Review the unallocated case, then allocate it or set a new unallocated_review_on.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = DERBY,
		.source = "003 §2",
		.seed_files = S003 " §2",
		.params = NULL,
		.fields = "case.json: allocation.unallocated_review_on",
	},
	.check = cc_check_allocation_unallocated_review,
},
{
	.info = {
		.id = "allocation.staff-in-post",
		.area = "allocation",
		.title = "the case is allocated to a worker and a manager in post (neither has left, staff.json left_on)",
		.help = "Reallocate the case (case.json allocation) to a worker and manager in post; a transfer under way is completed or the case allocated in the meantime.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "003 §2, 004 App. 1",
		.seed_files = S003 " §2; " S004 " Appendix 1",
		.params = NULL,
		.fields = "case.json: allocation.worker, allocation.manager; staff.json: staff[].left_on",
	},
	.check = cc_check_allocation_staff_in_post,
},
{
	.info = {
		.id = "allocation.involved-practitioner",
		.area = "allocation",
		.title = "an involved practitioner or co-worker is a record of its own: decided by the team manager, met by the allocated worker (a final case note) before their details are entered, entered before they start",
		.help = "Record the practitioner in case.json involved_practitioners[] with decided_by (the team manager), meeting_note (the id of the final note of the allocated worker's meeting with them, dated on or before added_on) and added_on not after started_on.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = DERBY,
		.source = "003 §5",
		.seed_files = S003 " §5",
		.params = NULL,
		.fields = "case.json: involved_practitioners[].staff, involved_practitioners[].decided_by, involved_practitioners[].added_on, involved_practitioners[].started_on, involved_practitioners[].meeting_note; notes/*.json: id, status, date, author; staff.json: staff[].role",
	},
	.check = cc_check_allocation_involved_practitioner,
},
/* ---- sign-off ---- */
{
	.info = {
		.id = "signoff.transferring-manager",
		.area = "signoff",
		.title = "a current transferring-manager sign-off for the transfer, on exactly the content audited, by a manager of the transferring team in post that day (and, when the auditor configures allowed signers, signed with that manager's own key)",
		.help = "Ask the transferring manager to sign the case off with 'casecheck signoff --role transferring-manager' once every other finding is fixed.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "001 §2, 003 §3, 004 §2",
		.seed_files = S001 " §2; " S003 " §3; " S004 " §2",
		.params = NULL,
		.fields = "signoffs/*.json: role, purpose, by, date, content, result, comment, signature; staff.json: staff[].id, staff[].role, staff[].team, staff[].left_on, teams[].id, teams[].manager; case.json: team, allocation.worker; transfer.json: kind, from.team, from.worker, to.team, to.worker; notes/*.json: date, finalised_on; chronology.json: entries[].recorded_on; assessments/*.json: completed_on; genogram.json: updated_on",
	},
	.check = cc_check_signoff_transferring,
},
{
	.info = {
		.id = "signoff.receiving-manager",
		.area = "signoff",
		.title = "the receiving manager's quality audit is recorded once the transfer date has passed, and for a move to the children in care team before the transfer",
		.help = "Ask the receiving team manager to audit the case and record it with 'casecheck signoff --role receiving-manager' (before transfer_on for a move to the children in care team).",
		.severity = E,
		.purposes = P_RECEIVE,
		.profiles = DERBY,
		.source = "003 §3-4",
		.seed_files = S003 " §3, §4",
		.params = NULL,
		.fields = "transfer.json: kind, to, transfer_on, from.worker; case.json: allocation.since, allocation.worker; signoffs/*.json: role, purpose, by, date, content, result, comment, signature; staff.json: staff[].id, staff[].role, staff[].team, staff[].left_on, teams[].id, teams[].manager",
	},
	.check = cc_check_signoff_receiving,
},
/* ---- transfer ---- */
{
	.info = {
		.id = "transfer.present",
		.area = "transfer",
		.title = "the case has a transfer record",
		.help = "Add transfer.json (the transfer record, from the Derbyshire template and Devon W1 form).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 002",
		.seed_files = S000 "; " S002,
		.params = NULL,
		.fields = "transfer.json: (the file)",
	},
	.check = cc_check_transfer_present,
},
{
	.info = {
		.id = "transfer.complete",
		.area = "transfer",
		.title = "the transfer record is complete for its kind: children, dates, impact on the child, family and professionals informed, outstanding actions, key dates",
		.help = "Fill in the missing part of transfer.json (or the case's key_dates).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 002",
		.seed_files = S000 "; " S002,
		.params = NULL,
		.fields = "transfer.json: children, transfer_on, impact_on_child, family_informed, professionals_informed[], outstanding_actions[], to; case.json: key_dates[]",
	},
	.check = cc_check_transfer_complete,
},
{
	.info = {
		.id = "transfer.kind-matches-record",
		.area = "transfer",
		.title = "the transfer's kind agrees with the record: the receiving team (to.team) against from.team and its service in staff.json, as the kinds table says",
		.help = "Correct kind to what the transfer is (docs/rules.md, kinds table), or correct the receiving team (to.team) or the team's service in staff.json.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 001 §4, 002, 003 §2-4, 004 §3-5",
		.seed_files = S000 "; " S001 " §4; " S002 "; " S003 " §2, §3, §4; " S004 " §3, §4, §5",
		.params = NULL,
		.fields = "transfer.json: kind, from.team, to.team, to.worker; case.json: service; staff.json: teams[].service",
	},
	.check = cc_check_transfer_kind_matches,
},
{
	.info = {
		.id = "transfer.emergency-own-team",
		.area = "transfer",
		.title = "an emergency reallocation stays within the own team, or records why the own team could not take the case",
		.help = "Reallocate within the team, or record own_team_unable_reason: why no worker of the own team could take the case.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_STOCKPORT,
		.source = "001 §4",
		.seed_files = S001 " §4",
		.params = NULL,
		.fields = "transfer.json: kind, from.team, to.team, own_team_unable_reason",
	},
	.check = cc_check_transfer_emergency_own_team,
},
{
	.info = {
		.id = "transfer.movement-outside-devon",
		.area = "transfer",
		.title = "a movement (Devon's assessment to child protection and wellbeing) is audited as a between-teams transfer outside the devon profile (shown, never blocking)",
		.help = "Nothing to fix under devon; elsewhere record the transfer as between-teams, or audit with --profile devon.",
		.severity = CC_SEVERITY_NOTE,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "004 §3-4",
		.seed_files = S004 " §3, §4",
		.params = NULL,
		.fields = "transfer.json: kind",
	},
	.check = cc_check_transfer_movement_outside_devon,
},
{
	.info = {
		.id = "transfer.head-of-service",
		.area = "transfer",
		.title = "a transfer for another reason says what it is and was agreed with the Head of Service on or before the transfer; under derbyshire, any reason but the worker leaving or a child coming into care (000's template, 003 §4)",
		.help = "Record reason_detail for reason 'other', and head_of_service_agreed_on (not later than transfer_on) for reason 'other' and, under derbyshire, for every reason but worker-leaving and child-in-care.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 003 §2, §4",
		.seed_files = S000 "; " S003 " §2, §4",
		.params = NULL,
		.fields = "transfer.json: reason, reason_detail, head_of_service_agreed_on",
	},
	.check = cc_check_transfer_head_of_service,
},
{
	.info = {
		.id = "transfer.summary-note",
		.area = "transfer",
		.title = "a final transfer-summary or case-summary note of this transfer (dated in its window), clearly headed",
		.help = "Write the case summary for this transfer as a final note of type transfer-summary or case-summary with a heading, dated in the transfer's window (docs/rules.md, \"The transfer's window\"); an older summary was written for an earlier decision.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 002, 004 §1",
		.seed_files = S000 "; " S002 "; " S004 " §1",
		.params = "transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "notes/*.json: type, heading, status, date, transfer_on, amends; transfer.json: planning_meeting.date, notified_on, new_worker_named_on, head_of_service_agreed_on, transfer_on, next_review_on",
	},
	.check = cc_check_transfer_summary_note,
},
{
	.info = {
		.id = "transfer.handover",
		.area = "transfer",
		.title = "a handover visit is recorded (for a step-down, another authority or a team around the child a handover meeting will do; a Devon movement needs neither); an emergency transfer instead records why not and the remedial action; a visit still to come only after a joint CIN, CP, CAF or core group meeting (002's exceptional route)",
		.help = "Record handover_visit {date, joint}; on 002's exceptional route record the joint meeting in handover_meeting {date, kind, joint: true} and the visit arranged after it; for kind emergency record no_handover_reason and remedial_action.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "001 §3-4, 002, 003 §2",
		.seed_files = S001 " §3, §4; " S002 "; " S003 " §2",
		.params = NULL,
		.fields = "transfer.json: kind, handover_visit, handover_meeting, planning_meeting, no_handover_reason, remedial_action",
	},
	.check = cc_check_transfer_handover,
},
{
	.info = {
		.id = "transfer.handover-note",
		.area = "transfer",
		.title = "the transfer meeting (or, in an emergency, why there was none) is recorded in a handover note dated in this transfer's window",
		.help = "Record the handover meeting briefly in a final note of type handover, dated in the transfer's window: outstanding work and who does it.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_STOCKPORT,
		.source = "001 §3-4",
		.seed_files = S001 " §3, §4",
		.params = "transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "notes/*.json: type, status, date, transfer_on, amends; transfer.json: planning_meeting.date, notified_on, new_worker_named_on, head_of_service_agreed_on, transfer_on, next_review_on",
	},
	.check = cc_check_transfer_handover_note,
},
{
	.info = {
		.id = "transfer.joint-visit",
		.area = "transfer",
		.title = "the handover visit is joint (current and new worker), where possible; in all cases under derbyshire (003 §2), an emergency transfer too, whose joint visit may be arranged for after the transfer",
		.help = "Arrange the handover visit jointly, or note why it could not be; under derbyshire record an emergency transfer's joint visit, held or arranged (handover_visit with joint true; the team manager may stand in for a worker who is not available).",
		.severity = W,
		.severity_when = (const cc_rule_severity[]){
			{.profiles = DERBY, .severity = E, .means = "jointly in all cases, 003 §2"},
			{0},
		},
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "001 §3, 003 §2",
		.seed_files = S001 " §3; " S003 " §2",
		.params = NULL,
		.fields = "transfer.json: handover_visit, kind",
	},
	.check = cc_check_transfer_joint_visit,
},
{
	.info = {
		.id = "transfer.between-teams-notice",
		.area = "transfer",
		.title = "between teams: the receiving team notified at least between_teams_notice_months before the next review, and a transfer not at the review within one month of the notification",
		.help = "Notify the receiving team manager earlier, or move the transfer to a later review.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "003 §3",
		.seed_files = S003 " §3",
		.params = "between_teams_notice_months",
		.fields = "transfer.json: notified_on, next_review_on, transfer_on",
	},
	.check = cc_check_transfer_notice,
},
{
	.info = {
		.id = "transfer.case-discussion",
		.area = "transfer",
		.title = "between teams, not at the review: the workers meet for a case discussion before the review or within a month of it (a date still to come may be recorded)",
		.help = "Hold the case discussion between the current and the new worker and record case_discussion_on (and the meeting in case notes).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "003 §3",
		.seed_files = S003 " §3",
		.params = NULL,
		.fields = "transfer.json: case_discussion_on, next_review_on, transfer_on",
	},
	.check = cc_check_transfer_case_discussion,
},
{
	.info = {
		.id = "transfer.new-worker-named",
		.area = "transfer",
		.title = "between teams: the new worker named at least new_worker_named_working_days before the next review",
		.help = "The receiving manager names the new worker (new_worker_named_on) in time for the review.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "003 §3",
		.seed_files = S003 " §3",
		.params = "new_worker_named_working_days",
		.fields = "transfer.json: new_worker_named_on, next_review_on",
	},
	.check = cc_check_transfer_new_worker_named,
},
{
	.info = {
		.id = "transfer.family-told-before-review",
		.area = "transfer",
		.title = "between teams: the child and family are told of the new worker before the review",
		.help = "Tell the child and family of the change of worker, with the new worker's name and details, before the review, and record when (family_informed).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "003 §3",
		.seed_files = S003 " §3",
		.params = NULL,
		.fields = "transfer.json: family_informed, next_review_on",
	},
	.check = cc_check_transfer_family_before_review,
},
{
	.info = {
		.id = "transfer.siblings",
		.area = "transfer",
		.title = "siblings in one case move together unless the split is explained",
		.help = "List every child of the case in transfer.json children, or give siblings_split_reason.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "001 §1, 004 §8",
		.seed_files = S001 " §1; " S004 " §8",
		.params = NULL,
		.fields = "transfer.json: children, siblings_split_reason",
	},
	.check = cc_check_transfer_siblings,
},
{
	.info = {
		.id = "transfer.permanence",
		.area = "transfer",
		.title = "to permanence / children in care: permanence plan confirmed (care proceedings may still be going on; Devon's permanence team needs them concluded, transfer.permanence-criteria)",
		.help = "Confirm the permanence plan at a permanency planning meeting or CLA review (permanence confirmed_on, confirmed_at).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §4, 004 §5",
		.seed_files = S003 " §4; " S004 " §5",
		.params = NULL,
		.fields = "transfer.json: kind, children; case.json: children[].permanence",
	},
	.check = cc_check_transfer_permanence,
},
{
	.info = {
		.id = "transfer.permanence-criteria",
		.area = "transfer",
		.title = "to permanence: the plan keeps the child in the authority's care (not adoption, special guardianship, a child arrangements order or return home) and care proceedings have concluded",
		.help = "Transfer to the permanence team only children whose confirmed plan is to remain in care and whose care proceedings have concluded; follow the adoption protocol for a plan of adoption.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_DEVON,
		.source = "004 §5, §8",
		.seed_files = S004 " §5, §8",
		.params = NULL,
		.fields = "transfer.json: kind, children; case.json: children[].permanence, children[].care_proceedings",
	},
	.check = cc_check_transfer_permanence_criteria,
},
{
	.info = {
		.id = "transfer.w1-form",
		.area = "transfer",
		.title = "to permanence / children in care: the transfer form gives the current plan, key dates, key documents and court recommendations",
		.help = "Complete current_plan, key_dates, documents[] and court_recommendations.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §4, 004 §6",
		.seed_files = S003 " §4; " S004 " §6",
		.params = NULL,
		.fields = "transfer.json: current_plan, court_recommendations; case.json: key_dates[], documents[]",
	},
	.check = cc_check_transfer_w1_form,
},
{
	.info = {
		.id = "transfer.special-guardianship",
		.area = "transfer",
		.title = "finance-only with special guardianship (by the plan, the genogram or the order on file): the order and a transfer summary among the documents",
		.help = "Add the order (a special-guardianship-order, or a court-order with order special-guardianship) and a transfer-summary to documents[]; the case is not accepted without them.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "004 §11",
		.seed_files = S004 " §11",
		.params = NULL,
		.fields = "case.json: service, children[].permanence.plan, documents[].kind, documents[].order; genogram.json: relationships[].kind",
	},
	.check = cc_check_transfer_special_guardianship,
},
{
	.info = {
		.id = "transfer.another-authority",
		.area = "transfer",
		.title = "to another authority: consent, and a letter for this transfer enclosing the latest assessment, the child's plan and the chronology (every agency told: transfer.professionals-told)",
		.help = "Record consent; add the letter, assessment and plan to documents[], and list in the letter's encloses the latest assessment, the child's plan and chronology.json.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §7",
		.seed_files = S003 " §7",
		.params = NULL,
		.fields = "transfer.json: consent, planning_meeting, notified_on, new_worker_named_on, head_of_service_agreed_on; case.json: documents[].kind, documents[].date, documents[].encloses; assessments/*.json: type, status, completed_on, document",
	},
	.check = cc_check_transfer_another_authority,
},
{
	.info = {
		.id = "transfer.step-down",
		.area = "transfer",
		.title = "step down: explicit family consent, assessment shared, handover meeting or visit between the workers",
		.help = "Record consent {given: true, date, by}, the shared assessment and the handover meeting (handover_meeting with joint true) or visit (handover_visit).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "002",
		.seed_files = S002,
		.params = NULL,
		.fields = "transfer.json: consent, handover_visit, handover_meeting, planning_meeting; case.json: documents[].kind",
	},
	.check = cc_check_transfer_step_down,
},
{
	.info = {
		.id = "transfer.adoption",
		.area = "transfer",
		.title = "plan of adoption: child permanence report and life-story work among the documents",
		.help = "Update the child permanence report and complete the life-story work, and list both in documents[].",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "002",
		.seed_files = S002,
		.params = NULL,
		.fields = "case.json: children[].permanence, documents[].kind",
	},
	.check = cc_check_transfer_adoption,
},
{
	.info = {
		.id = "transfer.tac",
		.area = "transfer",
		.title = "to a team around the child: recent assessment or minutes (within tac_recent_months of the transfer), contact list, TAC minutes, family consent",
		.help = "Add a recent assessment (or the minutes with the current plan, kind child-plan), the contact list and the TAC minutes to documents[], and record the family's consent.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §6",
		.seed_files = S003 " §6",
		.params = "tac_recent_months",
		.fields = "transfer.json: consent, transfer_on; case.json: documents[].kind, documents[].date",
	},
	.check = cc_check_transfer_tac,
},
{
	.info = {
		.id = "transfer.form-on-file",
		.area = "transfer",
		.title = "the completed transfer record is on file as a transfer-form document",
		.help = "Upload the completed case transfer record and list it in documents[] with kind transfer-form.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "000",
		.seed_files = S000,
		.params = NULL,
		.fields = "case.json: documents[].kind",
	},
	.check = cc_check_transfer_form_on_file,
},
{
	.info = {
		.id = "transfer.summary-labelled",
		.area = "transfer",
		.title = "the case summary note is clearly labelled as a summary",
		.help = "Head the summary note so it says it is the case (or transfer) summary.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = DERBY,
		.source = "000",
		.seed_files = S000,
		.params = NULL,
		.fields = "notes/*.json: heading",
	},
	.check = cc_check_transfer_summary_labelled,
},
{
	.info = {
		.id = "transfer.family-letter",
		.area = "transfer",
		.title = "a letter to the family and partners naming the new worker among the documents, dated in this transfer's window",
		.help = "Send the transfer letter and list it in documents[] with kind letter, dated on or after the new worker was named and in the transfer's window.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_TEAMS_SERVICES,
		.source = "002",
		.seed_files = S002,
		.params = "transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "transfer.json: new_worker_named_on, transfer_on; case.json: documents[].kind, documents[].date; notes/*.json: type, status, date, transfer_on, amends",
	},
	.check = cc_check_transfer_family_letter,
},
{
	.info = {
		.id = "transfer.one-page-profile",
		.area = "transfer",
		.title = "a young person has a one-page profile of the new worker, dated in this transfer's window",
		.help = "Give the young person a one-page profile of the new worker and list it in documents[] (kind one-page-profile), dated in the transfer's window.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_TEAMS_SERVICES,
		.source = "002",
		.seed_files = S002,
		.params = "young_person_min_age_years,transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "case.json: children[].date_of_birth, documents[].kind, documents[].date; notes/*.json: type, status, date, transfer_on, amends",
	},
	.check = cc_check_transfer_one_page_profile,
},
{
	.info = {
		.id = "transfer.professionals-told",
		.area = "transfer",
		.title = "every professional involved with a transferring child is told of the transfer, one entry per involvement, or has a recorded reason it was not",
		.help = "For each professional involvement (roles gp, health-visitor, school, iro, legal, police, yot, contact-team, other) add a professionals_informed entry naming it (involvement: its involvements[].id; without ids, one entry with its role per involvement), or a not_informed entry {involvement, reason}.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 002, 003 §2, §7, 004 §2, §8",
		.seed_files = S000 "; " S002 "; " S003 " §2, §7; " S004 " §2, §8",
		.params = NULL,
		.fields = "case.json: involvements[].id, involvements[].role, involvements[].children; transfer.json: children, professionals_informed[].involvement, professionals_informed[].role, not_informed[]",
	},
	.check = cc_check_transfer_told,
},
{
	.info = {
		.id = "transfer.family-told",
		.area = "transfer",
		.title = "every family member and carer among the involvements is told of the transfer, by reference, or has a recorded reason it was not",
		.help = "Give each family-member, fostering and residential involvement an id and list it in family_informed.told (a carer may instead be a professionals_informed entry), or in not_informed {involvement, reason} (e.g. a parent under a non-molestation order).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 001 §1, 004 §2",
		.seed_files = S000 "; " S001 " §1; " S004 " §2",
		.params = NULL,
		.fields = "case.json: involvements[].id, involvements[].role, involvements[].children; transfer.json: children, family_informed.told, professionals_informed[].involvement, not_informed[]",
	},
	.check = cc_check_transfer_told,
},
{
	.info = {
		.id = "transfer.child-in-care-iro",
		.area = "transfer",
		.title = "a transferring child in care has an IRO among the involvements (who is then told, transfer.professionals-told)",
		.help = "Add the child's Independent Reviewing Officer to involvements[] (role iro, children naming the child) and tell them of the transfer.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "002",
		.seed_files = S002,
		.params = NULL,
		.fields = "case.json: service, children[].plan.type, involvements[].role, involvements[].children; transfer.json: children",
	},
	.check = cc_check_transfer_child_in_care_iro,
},
{
	.info = {
		.id = "transfer.another-authority-sent",
		.area = "transfer",
		.title = "to another authority: a note for this transfer confirms what documentation was sent, by whom, to whom and when",
		.help = "Record on the child's file a final note (or an addendum) with documents_sent {to, on, how: electronic|hard-copy, documents} naming the letter to the receiving authority; its author is who sent it.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §7",
		.seed_files = S003 " §7",
		.params = NULL,
		.fields = "notes/*.json: documents_sent, status, date, author; case.json: documents[].kind; transfer.json: planning_meeting, notified_on, new_worker_named_on, head_of_service_agreed_on",
	},
	.check = cc_check_transfer_another_authority_sent,
},
{
	.info = {
		.id = "transfer.tac-agencies",
		.area = "transfer",
		.title = "to a team around the child: three or more agencies remain involved (distinct organisations among the professional involvements of the transferring children)",
		.help = "Transfer to a team around the child only when three or more agencies stay involved; record each agency's involvement with its organisation.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §6",
		.seed_files = S003 " §6",
		.params = NULL,
		.fields = "case.json: involvements[].role, involvements[].organisation, involvements[].children; transfer.json: children",
	},
	.check = cc_check_transfer_tac_agencies,
},
{
	.info = {
		.id = "transfer.finance-only-order",
		.area = "transfer",
		.title = "finance-only with a residence or child arrangements order: a copy of the order and a transfer summary among the documents",
		.help = "Add the order (documents[] kind court-order with order residence or child-arrangements) and a transfer-summary; the case is not accepted without them.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "004 §11",
		.seed_files = S004 " §11",
		.params = NULL,
		.fields = "case.json: service, children[].permanence.plan, documents[].kind, documents[].order, documents[].date",
	},
	.check = cc_check_transfer_finance_only_order,
},
{
	.info = {
		.id = "transfer.family-carers-explored",
		.area = "transfer",
		.title = "to permanence / children in care: potential family carers explored: a completed viability or parenting assessment, or a recorded exploration with its outcome",
		.help = "Complete the viability or parenting assessment of the family carer (assessments/*.json, naming the child), or, where there was no one to assess, record permanence.family_carers_explored {on, outcome} for the child.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §4, 004 §6",
		.seed_files = S003 " §4; " S004 " §6",
		.params = NULL,
		.fields = "case.json: children[].permanence.family_carers_explored; assessments/*.json: type, status, children; transfer.json: kind, children",
	},
	.check = cc_check_transfer_family_carers_explored,
},
{
	.info = {
		.id = "transfer.w1-form-devon",
		.area = "transfer",
		.title = "Devon: every transfer between its teams has the W1 form's contents: current plan, key dates, key documents and court recommendations",
		.help = "Complete current_plan, key_dates, documents[] and (once proceedings concluded) court_recommendations for any Devon transfer, not only to permanence.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_DEVON,
		.source = "004 §6",
		.seed_files = S004 " §6",
		.params = NULL,
		.fields = "transfer.json: kind, current_plan, court_recommendations; case.json: key_dates[], documents[], children[].care_proceedings",
	},
	.check = cc_check_transfer_w1_form_devon,
},
{
	.info = {
		.id = "transfer.expert-conclusions",
		.area = "transfer",
		.title = "Devon, to permanence / children in care: the conclusions of every expert report are listed on the transfer summary",
		.help = "List each expert report of a transferring child in transfer.json expert_reports[] with its documents[] path and its conclusions.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_DEVON,
		.source = "004 §6, §10",
		.seed_files = S004 " §6, §10",
		.params = NULL,
		.fields = "transfer.json: kind, children, expert_reports[]; case.json: documents[].kind, documents[].path, documents[].children",
	},
	.check = cc_check_transfer_expert_conclusions,
},
{
	.info = {
		.id = "transfer.evidence-in-window",
		.area = "transfer",
		.title = "the handover visit and meeting, telling the family and each professional, and the case discussion are dated in this transfer's window (from its decision to the receiving period after transfer_on)",
		.help = "Record this transfer's visit, meeting, case discussion and the dates the family and professionals were told; a date before the decision belongs to an earlier transfer (docs/rules.md, \"The transfer's window\").",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "000, 001 §1, §3, 002, 003 §2-3, 004 §1",
		.seed_files = S000 "; " S001 " §1, §3; " S002 "; " S003 " §2, §3; " S004 " §1",
		.params = "transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "transfer.json: planning_meeting.date, notified_on, new_worker_named_on, head_of_service_agreed_on, transfer_on, next_review_on, handover_visit.date, handover_meeting.date, family_informed.date, professionals_informed[].date, case_discussion_on; notes/*.json: type, status, date, transfer_on, amends",
	},
	.check = cc_check_transfer_evidence_in_window,
},
{
	.info = {
		.id = "transfer.decision-recorded",
		.area = "transfer",
		.title = "the decision to reallocate is recorded in a management-decision, supervision or case-discussion note dated in this transfer's window",
		.help = "Record the decision to reallocate as a final note of type management-decision, supervision or case-discussion, dated in the transfer's window (from the decision to the receiving period after transfer_on).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CC_PROFILE_STOCKPORT,
		.source = "001 §2-3",
		.seed_files = S001 " §2, §3",
		.params = "transfer_decision_lead_months,transfer_receiving_period_months",
		.fields = "notes/*.json: type, status, date, transfer_on, amends; transfer.json: planning_meeting.date, notified_on, new_worker_named_on, head_of_service_agreed_on, transfer_on, next_review_on",
	},
	.check = cc_check_transfer_decision_recorded,
},
/* ---- receive ---- */
{
	.info = {
		.id = "transfer.receiving-worker-available",
		.area = "transfer",
		.title = "the receiving worker is named, in post and not unavailable (sickness, or an absence longer than prolonged_absence_working_days) on the transfer date or within receiving_available_working_days after it",
		.help = "Name the receiving worker (to.worker), and choose one who is not off sick, on prolonged leave or leaving around transfer_on, or move the date.",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "002, 003 §2, 004 §7",
		.seed_files = S002 "; " S003 " §2; " S004 " §7",
		.params = "receiving_available_working_days,prolonged_absence_working_days",
		.fields = "transfer.json: kind, to, transfer_on; staff.json: staff[].left_on, staff[].absences[]",
	},
	.check = cc_check_receive_worker_available,
},
{
	.info = {
		.id = "transfer.receiving-worker-qualified",
		.area = "transfer",
		.title = "statutory cases go to qualified social workers",
		.help = "Allocate the statutory case to a qualified social worker (staff.json qualified: true).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "002, 003 §2, 004 §8",
		.seed_files = S002 "; " S003 " §2; " S004 " §8",
		.params = NULL,
		.fields = "case.json: service; staff.json: staff[].qualified",
	},
	.check = cc_check_receive_worker_qualified,
},
{
	.info = {
		.id = "transfer.allocation-updated",
		.area = "transfer",
		.title = "once the transfer date has passed, allocation names the new worker from the transfer date, within allocation_update_working_days of the case discussion",
		.help = "Update case.json allocation: worker = the new worker, since = transfer_on.",
		.severity = E,
		.purposes = P_RECEIVE,
		.profiles = DERBY | CC_PROFILE_DEVON,
		.source = "003 §3, 004 §2",
		.seed_files = S003 " §3; " S004 " §2",
		.params = "allocation_update_working_days",
		.fields = "case.json: allocation.worker, allocation.since; transfer.json: to, transfer_on, case_discussion_on",
	},
	.check = cc_check_receive_allocation_updated,
},
{
	.info = {
		.id = "transfer.receiving-worker-team",
		.area = "transfer",
		.title = "the receiving worker (to.worker) is a member of the receiving team (to.team) in staff.json, or manages it",
		.help = "Correct to.worker or to.team so that staff.json gives the worker that team (staff[].team) or makes them its manager (teams[].manager).",
		.severity = E,
		.purposes = P_TRANSFER,
		.profiles = CORE,
		.source = "003 §2-3, 004 §7",
		.seed_files = S003 " §2, §3; " S004 " §7",
		.params = NULL,
		.fields = "transfer.json: to.worker, to.team; staff.json: staff[].team, teams[].manager",
	},
	.check = cc_check_receive_worker_team,
},
/* ---- history ---- */
{
	.info = {
		.id = "history.final-notes",
		.area = "history",
		.title = "a final note is never changed or deleted in a later commit (hooks, --commits, --history)",
		.help = "Restore the final note as it was (the finding then becomes a history.restored warning); a correction or addition is an addendum: a new note with \"amends\": \"<note id>\". A note put on the wrong child's file or at the end of its retention period is removed with a removal record (removals/<name>.json, by a manager). If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "notes/*.json: status, id; removals/*.json: removes[].file",
	},
	.check = cc_check_history,
},
{
	.info = {
		.id = "history.chronology-entries",
		.area = "history",
		.title = "chronology entries are never deleted (hooks, --commits, --history)",
		.help = "Restore the deleted entry (the finding then becomes a history.restored warning); an entry entered in error is kept and marked \"entered_in_error\": {\"on\", \"by\", \"reason\"}, and the correction is a new entry. An entry about another child's family or at the end of its retention period is removed with a removal record (removals/<name>.json, by a manager) naming it. If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "chronology.json: entries[].id; removals/*.json: removes[].entry, removes[].file",
	},
	.check = cc_check_history,
},
{
	.info = {
		.id = "history.signoff-files",
		.area = "history",
		.title = "a sign-off file is never changed or deleted after it was first committed (hooks, --commits, --history)",
		.help = "Restore the sign-off file as it was committed (the finding then becomes a history.restored warning); a new audit and sign-off is a new file (casecheck signoff writes one); a sign-off removed with its case's records needs a removal record naming it. If the finding says the history is not verified: audit a full clone (not shallow) of an intact repository.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "signoffs/*.json: (the file); removals/*.json: removes[].file",
	},
	.check = cc_check_history,
},
{
	.info = {
		.id = "history.case-files",
		.area = "history",
		.title = "case.json, chronology.json and genogram.json of a case are never deleted without a removal record (hooks, --commits, --history)",
		.help = "Restore the file. A case folder moved to another id, records at the end of their retention period and records put on the wrong child's file are removed lawfully: add a removal record (removals/<name>.json, by a manager, docs/format.md) naming the file or the case folder.",
		.severity = E,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "case.json: (the file); genogram.json: (the file); removals/*.json: removes[].file, removes[].case_folder",
	},
	.check = cc_check_history,
},
{
	.info = {
		.id = "history.restored",
		.area = "history",
		.title = "a final note, chronology entry or sign-off that was altered and later restored is shown with the commits (with --history)",
		.help = "Nothing to undo: the record holds its original content again. An auditor should know it was altered: the finding names the commits; keep it in the audit trail.",
		.severity = W,
		.purposes = P_SIGNOFF,
		.profiles = CORE,
		.source = "—",
		.seed_files = "—",
		.params = NULL,
		.fields = "notes/*.json: id; chronology.json: entries[].id, entries[].entered_in_error; signoffs/*.json: (the file); case.json: (the file); genogram.json: (the file)",
	},
	.check = cc_check_history,
},
};

#define N_ROWS (sizeof rows / sizeof rows[0])

size_t cc_rules_count(void)
{
	return N_ROWS;
}

const cc_rule_info *cc_rules_at(size_t i)
{
	return i < N_ROWS ? &rows[i].info : NULL;
}

cc_rule_check_fn cc_rules_check_at(size_t i)
{
	return i < N_ROWS ? rows[i].check : NULL;
}

bool cc_rules_loader_at(size_t i)
{
	return i < N_ROWS && rows[i].loader;
}

const cc_rule_info *cc_rules_find(const char *id)
{
	for (size_t i = 0; i < N_ROWS; i++)
		if (!strcmp(rows[i].info.id, id))
			return &rows[i].info;
	return NULL;
}

/* The profiles, in bit order: the one list of their names. */
static const char *const profile_names[CC_PROFILE_COUNT] = {
	"core",           /* CC_PROFILE_CORE: what every seed agrees */
	"derbyshire",     /* CC_PROFILE_DERBYSHIRE: seeds 000, 003 */
	"stockport",      /* CC_PROFILE_STOCKPORT: seed 001 */
	"teams-services", /* CC_PROFILE_TEAMS_SERVICES: seed 002 */
	"devon",          /* CC_PROFILE_DEVON: seed 004 */
};

const char *cc_profile_name(unsigned i)
{
	return i < CC_PROFILE_COUNT ? profile_names[i] : NULL;
}

char *cc_profile_names_joined(const char *sep)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	for (unsigned i = 0; i < CC_PROFILE_COUNT; i++)
		cc_strbuf_printf(&sb, "%s%s", profile_names[i], sep);
	cc_strbuf_puts(&sb, "all");
	return cc_strbuf_detach(&sb);
}

long cc_profile_parse(const char *name)
{
	if (name && !strcmp(name, "all"))
		return 0;
	for (unsigned i = 0; name && i < CC_PROFILE_COUNT; i++)
		if (!strcmp(profile_names[i], name))
			return 1L << i;
	return -1;
}

bool cc_rule_in_profile(const cc_rule_info *rule, const char *profile)
{
	long bits = cc_profile_parse(profile);
	if (bits < 0)
		return false;
	if (bits == 0 || (rule->profiles & CC_PROFILE_CORE))
		return true;
	return (rule->profiles & (unsigned long)bits) != 0;
}

static bool same_variant(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

int cc_rule_severity_in(const cc_rule_info *rule, const char *variant, cc_purpose purpose, long profile_bits)
{
	bool known = variant == NULL;
	for (const cc_rule_severity *e = rule->severity_when; e && (e->variant || e->profiles || e->purposes); e++) {
		known |= same_variant(e->variant, variant);
		if (!same_variant(e->variant, variant))
			continue;
		if (e->profiles && profile_bits != 0 && !(e->profiles & (unsigned long)profile_bits))
			continue;
		if (e->purposes && !(e->purposes & CC_PURPOSE_BIT(purpose)))
			continue;
		return (int)e->severity;
	}
	return known ? (int)rule->severity : -1;
}
