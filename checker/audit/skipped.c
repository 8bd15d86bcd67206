/* skipped.c: no findings that only follow from a broken document.
 *
 * When one of a case's documents cannot be parsed or is not valid against
 * its schema (it has a schema.parse or schema.valid error), every rule
 * that reads it (by the `.fields` of its row in the rule table) is
 * skipped for the case: its findings are held back, except those on the
 * broken document itself (a rule that checks what is written there, such
 * as an attachment path that leaves the folder, still says so). One note,
 * audit.rules-skipped, names the document(s), how many rules were skipped
 * and which of them had findings held back. The case is never READY then:
 * the schema error that broke the document blocks it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The documents (or groups of them) a rule's row may read. */
enum { D_CASE = 1, D_CHRON = 2, D_GENO = 4, D_TRANSFER = 8, D_NOTES = 16, D_ASSESS = 32, D_SIGNOFFS = 64 };

static const struct {
	const char *name; /* as the rows' .fields name it */
	unsigned bit;
} doc_names[] = {
	{"case.json", D_CASE}, {"chronology.json", D_CHRON}, {"genogram.json", D_GENO},
	{"transfer.json", D_TRANSFER}, {"notes/*.json", D_NOTES}, {"assessments/*.json", D_ASSESS},
	{"signoffs/*.json", D_SIGNOFFS},
};

static unsigned *reads; /* per rule: the documents whose content it reads */
static pthread_once_t reads_once = PTHREAD_ONCE_INIT;

/* "case.json: a, b; notes/NAME.json: c" -> D_CASE | D_NOTES. A part that
 * reads only "(the file)" (whether it is there) does not count. */
static unsigned parse_fields(const char *fields)
{
	unsigned bits = 0;
	for (const char *p = fields; p && *p;) {
		const char *end = strchr(p, ';'), *colon = strchr(p, ':');
		if (!end)
			end = p + strlen(p);
		while (*p == ' ')
			p++;
		if (colon && colon < end) {
			const char *what = colon + 1;
			while (*what == ' ')
				what++;
			bool file_only = (size_t)(end - what) == strlen("(the file)") && !strncmp(what, "(the file)", 10);
			for (size_t i = 0; !file_only && i < sizeof doc_names / sizeof *doc_names; i++)
				if ((size_t)(colon - p) == strlen(doc_names[i].name) && !strncmp(p, doc_names[i].name, (size_t)(colon - p)))
					bits |= doc_names[i].bit;
		}
		p = *end ? end + 1 : end;
	}
	return bits;
}

static void load_reads(void)
{
	size_t n = cc_rules_count();
	reads = cc_xcalloc(n ? n : 1, sizeof *reads);
	for (size_t i = 0; i < n; i++) {
		const cc_rule_info *r = cc_rules_at(i);
		/* The loader's and the engine's own findings are about loading. */
		if (cc_rules_loader_at(i))
			continue;
		reads[i] = parse_fields(r->fields);
	}
}

/* Whether the case has a schema error finding on path. */
static bool schema_error_on(const cc_audit_case *ac, const char *path)
{
	for (size_t i = 0; i < ac->findings.count; i++) {
		const cc_finding *f = &ac->findings.items[i];
		if (f->severity == CC_SEVERITY_ERROR && !strcmp(f->path, path) &&
		    (!strcmp(f->rule, "schema.parse") || !strcmp(f->rule, "schema.valid")))
			return true;
	}
	return false;
}

static bool broken(const cc_audit_case *ac, const cc_doc *d)
{
	return d->present && !d->json && d->path && schema_error_on(ac, d->path);
}

/* Adds to ac->broken the documents that are broken; first_path gets the
 * path of the first one, count how many there are. */
static void find_broken(cc_audit_case *ac, const char **first_path, size_t *count)
{
	const cc_case *c = ac->c;
	const struct {
		const cc_doc *docs;
		size_t n;
		unsigned bit;
	} groups[] = {
		{&c->case_doc, 1, D_CASE}, {&c->chronology, 1, D_CHRON}, {&c->genogram, 1, D_GENO},
		{&c->transfer, 1, D_TRANSFER}, {c->notes, c->n_notes, D_NOTES},
		{c->assessments, c->n_assessments, D_ASSESS}, {c->signoffs, c->n_signoffs, D_SIGNOFFS},
	};
	*first_path = NULL;
	*count = 0;
	for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
		for (size_t i = 0; i < groups[g].n; i++)
			if (broken(ac, &groups[g].docs[i])) {
				ac->broken |= groups[g].bit;
				if (!*first_path)
					*first_path = groups[g].docs[i].path;
				++*count;
			}
}

void cc_audit_skip_begin(cc_audit_case *ac)
{
	const char *first;
	size_t count;
	pthread_once(&reads_once, load_reads);
	ac->broken = 0;
	find_broken(ac, &first, &count);
	if (ac->broken)
		ac->withheld = cc_xcalloc(cc_rules_count(), 1);
}

bool cc_audit_skip_holds(cc_audit_case *ac, size_t rule, const char *path)
{
	if (!ac->broken || !(reads[rule] & ac->broken))
		return false;
	/* A finding on a broken document itself stays: it says what is written there. */
	const cc_doc *d = path ? cc_case_doc_at(ac->c, path) : NULL;
	if (d && d->present && !d->json)
		return false;
	ac->withheld[rule] = 1;
	return true;
}

void cc_audit_skip_end(cc_audit_case *ac)
{
	if (!ac->broken)
		return;
	const char *first;
	size_t count, skipped = 0, held = 0;
	find_broken(ac, &first, &count);
	cc_strbuf names = CC_STRBUF_INIT;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		if (!(reads[i] & ac->broken) || !ac->run->enabled || !ac->run->enabled[i])
			continue;
		skipped++;
		if (ac->withheld[i])
			cc_strbuf_printf(&names, "%s%s", held++ ? ", " : "", cc_rules_at(i)->id);
	}
	char *what = count == 1 ? cc_xasprintf("%s", first + strlen(ac->c->dir) + 1)
	                        : cc_xasprintf("the %zu documents of this case that cannot be parsed or are not valid", count);
	cc_audit_add(ac, "audit.rules-skipped", count == 1 ? first : ac->c->dir, "",
	             "%zu rule%s that read %s %s skipped%s: what they find may only follow from the error. %s%s",
	             skipped, skipped == 1 ? "" : "s", what, skipped == 1 ? "was" : "were",
	             count == 1 ? " because it cannot be parsed or is not valid" : "",
	             held ? "Findings held back until it is fixed: " : "None of them had a finding.",
	             cc_strbuf_cstr(&names));
	free(what);
	cc_strbuf_free(&names);
	free(ac->withheld);
	ac->withheld = NULL;
}
