/* caseload.c: reading one case folder: its JSON documents (parsed and
 * validated), the list of its attachments, and what does not belong
 * (links, submodules, stray files). Nothing outside the folder is read and
 * no link is ever followed. */
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "casecheck/error.h"
#include "jget.h"
#include "transfer_util.h"
#include "transfer_window.h"
#include "util/xalloc.h"

#define MAX_DOCUMENTS_DEPTH 16

/* Rule id of the note that counts the findings past max_findings_per_case. */
#define FINDINGS_LIMIT_RULE "audit.findings-limit"

/* What is left of max_files_per_case for the case: every entry listed in
 * notes/, assessments/, signoffs/ and under documents/ takes one. */
typedef struct file_budget {
	size_t left;
	const char *stopped; /* the top folder whose cut was reported, or NULL */
} file_budget;

/* Takes one entry of folder dir (under top, "notes", ...) from the budget;
 * false when none is left: the first time in each top folder, an error
 * naming dir says its other entries are not read (added whatever rules are
 * on: a case whose files were not all checked is never ready). */
static bool take_file(cc_audit_case *ac, file_budget *b, const char *top, const char *dir)
{
	if (b->left > 0) {
		b->left--;
		return true;
	}
	if (!b->stopped || strcmp(b->stopped, top)) {
		char *p = cc_audit_printable(dir, strlen(dir));
		char *msg = cc_xasprintf("the case has more files than max_files_per_case (%ld) allows in notes/, "
		                         "assessments/, signoffs/ and documents/; the rest of this folder is not read",
		                         cc_audit_param(ac, CC_PARAM_MAX_FILES_PER_CASE));
		cc_audit_add_always(ac, "integrity.unexpected-file", "unread", p, msg);
		free(msg);
		free(p);
		b->stopped = top;
	}
	return false;
}

static void doc_clear(const cc_case *c, cc_doc *d)
{
	free(d->path);
	free(d->rel);
	if (!c->arena) {
		cJSON_Delete(d->json);
		cJSON_Delete(d->invalid);
	}
	memset(d, 0, sizeof *d);
}

void cc_case_free(cc_case *c)
{
	if (!c)
		return;
	doc_clear(c, &c->case_doc);
	doc_clear(c, &c->chronology);
	doc_clear(c, &c->genogram);
	doc_clear(c, &c->transfer);
	for (size_t i = 0; i < c->n_notes; i++)
		doc_clear(c, &c->notes[i]);
	for (size_t i = 0; i < c->n_assessments; i++)
		doc_clear(c, &c->assessments[i]);
	for (size_t i = 0; i < c->n_signoffs; i++)
		doc_clear(c, &c->signoffs[i]);
	for (size_t i = 0; i < c->n_waivers; i++)
		doc_clear(c, &c->waivers[i]);
	free(c->notes);
	free(c->assessments);
	free(c->signoffs);
	free(c->waivers);
	for (size_t i = 0; i < c->n_files; i++)
		free(c->files[i].rel);
	free(c->files);
	cc_id_index_free(&c->children_ix);
	cc_id_index_free(&c->people_ix);
	cc_chron_ix_free(&c->chron_ix);
	cc_transfer_facts_free(c->transfer_facts);
	free(c->id);
	free(c->dir);
	free(c);
}

const cc_doc *cc_case_doc_at(const cc_case *c, const char *path)
{
	const cc_doc *fixed[] = {&c->case_doc, &c->chronology, &c->genogram, &c->transfer};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		if (fixed[i]->path && !strcmp(fixed[i]->path, path))
			return fixed[i];
	const struct {
		const cc_doc *docs;
		size_t n;
	} lists[] = {{c->notes, c->n_notes}, {c->assessments, c->n_assessments}, {c->signoffs, c->n_signoffs}};
	for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
		for (size_t i = 0; i < lists[l].n; i++)
			if (lists[l].docs[i].path && !strcmp(lists[l].docs[i].path, path))
				return &lists[l].docs[i];
	return NULL;
}

static void load_doc(cc_audit_case *ac, cc_doc *d, cc_doc_kind_id kind, const char *rel)
{
	d->rel = cc_xstrdup(rel);
	d->path = cc_xasprintf("%s/%s", ac->c->dir, rel);
	d->json = cc_audit_load_json_in(ac->run, ac->src, ac->c->arena, kind, d->path, &ac->findings, &d->present,
	                                &d->invalid);
}

static bool is_link(cc_entry_type t)
{
	return t == CC_ENTRY_SYMLINK || t == CC_ENTRY_SUBMODULE || t == CC_ENTRY_OTHER;
}

static bool is_file(cc_entry_type t)
{
	return t == CC_ENTRY_FILE || t == CC_ENTRY_EXECUTABLE;
}

/* Reports a link / submodule / special file at rel (raw bytes). */
static void report_link(cc_audit_case *ac, const char *rel, cc_entry_type t)
{
	char *p = cc_audit_printable(rel, strlen(rel));
	char *path = cc_xasprintf("%s/%s", ac->c->dir, p);
	const char *what = t == CC_ENTRY_SYMLINK ? "a symbolic link" :
	                   t == CC_ENTRY_SUBMODULE ? "a git submodule" : "a special file";
	cc_audit_add(ac, "integrity.links", path, "", "%s inside the case folder; it is not followed", what);
	free(path);
	free(p);
}

/* An integrity.unexpected-file finding of variant (NULL: plain; the row
 * gives each its severity) on rel (case-relative). */
static void unexpected(cc_audit_case *ac, const char *rel, const char *variant, const char *why)
{
	char *p = cc_audit_printable(rel, strlen(rel));
	char *path = cc_xasprintf("%s/%s", ac->c->dir, p);
	cc_audit_add_variant(ac, "integrity.unexpected-file", variant, path, "", "%s", why);
	free(path);
	free(p);
}

/* Something outside the format at rel. Inside notes/, assessments/ and
 * signoffs/ it could hide a record (a draft note, an open assessment in a
 * sub-folder or under another extension); elsewhere it is a stray file. */
static void report_unexpected(cc_audit_case *ac, const char *rel, const char *why)
{
	bool in_records = strchr(rel, '/') && strncmp(rel, "documents/", 10);
	unexpected(ac, rel, in_records ? "hides-record" : NULL, why);
}

static bool ends_with_json(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && !strcmp(name + n - 5, ".json");
}

/* Loads every *.json in the sub-folder sub into a new array. */
static void load_folder(cc_audit_case *ac, file_budget *b, const char *sub, cc_doc_kind_id kind, cc_doc **out,
                        size_t *n_out)
{
	char *dir = cc_xasprintf("%s/%s", ac->c->dir, sub);
	cc_dirlist list = CC_DIRLIST_INIT;
	char *msg = NULL;
	size_t cap = 0;
	if (cc_source_list(ac->src, dir, &list, &msg) < 0)
		goto done;
	for (size_t i = 0; i < list.count && take_file(ac, b, sub, dir); i++) {
		const cc_dirent *e = &list.items[i];
		char *rel = cc_xasprintf("%s/%s", sub, e->name);
		char *shown = cc_audit_printable(e->name, strlen(e->name));
		bool printable = !strcmp(shown, e->name);
		free(shown);
		if (is_link(e->type))
			report_link(ac, rel, e->type);
		else if (!is_file(e->type) || !ends_with_json(e->name))
			report_unexpected(ac, rel, "only .json documents belong in this folder; this one is not read");
		else if (!printable)
			report_unexpected(ac, rel, "the file name has control characters or bytes that are not UTF-8");
		else {
			*out = cc_xgrow(*out, &cap, *n_out + 1, sizeof **out);
			cc_doc *d = &(*out)[(*n_out)++];
			memset(d, 0, sizeof *d);
			load_doc(ac, d, kind, rel);
		}
		free(rel);
	}
done:
	free(msg);
	free(dir);
	cc_dirlist_clear(&list);
}

static void walk_documents(cc_audit_case *ac, file_budget *b, const char *rel, int depth, size_t *cap)
{
	char *dir = cc_xasprintf("%s/%s", ac->c->dir, rel);
	cc_dirlist list = CC_DIRLIST_INIT;
	char *msg = NULL;
	if (cc_source_list(ac->src, dir, &list, &msg) < 0)
		goto done;
	for (size_t i = 0; i < list.count && take_file(ac, b, "documents", dir); i++) {
		const cc_dirent *e = &list.items[i];
		char *sub = cc_xasprintf("%s/%s", rel, e->name);
		if (is_link(e->type))
			report_link(ac, sub, e->type);
		else if (e->type == CC_ENTRY_DIR) {
			if (depth < MAX_DOCUMENTS_DEPTH)
				walk_documents(ac, b, sub, depth + 1, cap);
			else
				/* Files in it are never type-checked, so the case
				 * must not be READY (an executable could hide there). */
				unexpected(ac, sub, "unread",
				           "folders nested too deeply under documents/; nothing in this folder is read or type-checked");
		} else {
			ac->c->files = cc_xgrow(ac->c->files, cap, ac->c->n_files + 1, sizeof *ac->c->files);
			ac->c->files[ac->c->n_files].rel = sub;
			ac->c->files[ac->c->n_files++].listed = false;
			sub = NULL;
		}
		free(sub);
	}
done:
	free(msg);
	free(dir);
	cc_dirlist_clear(&list);
}

static const struct {
	const char *name;
	int kind; /* a cc_doc_kind_id for files; -1 for the folders */
} layout[] = {
	{"case.json", CC_KIND_CASE}, {"chronology.json", CC_KIND_CHRONOLOGY},
	{"genogram.json", CC_KIND_GENOGRAM}, {"transfer.json", CC_KIND_TRANSFER},
	{"notes", -1}, {"assessments", -1}, {"signoffs", -1}, {"documents", -1}, {"waivers", -1},
};

static cc_doc *top_doc(cc_case *c, int kind)
{
	switch (kind) {
	case CC_KIND_CASE: return &c->case_doc;
	case CC_KIND_CHRONOLOGY: return &c->chronology;
	case CC_KIND_GENOGRAM: return &c->genogram;
	default: return &c->transfer;
	}
}

cc_case *cc_case_load(cc_audit_case *ac, const char *id)
{
	cc_case *c = cc_xcalloc(1, sizeof *c);
	cc_dirlist list = CC_DIRLIST_INIT;
	char *msg = NULL;
	size_t files_cap = 0;
	file_budget budget = {(size_t)cc_audit_param(ac, CC_PARAM_MAX_FILES_PER_CASE), NULL};
	c->id = cc_xstrdup(id);
	c->dir = cc_xasprintf("%s/%s", ac->run->cases_dir, id);
	c->arena = ac->arena;
	ac->c = c;
	cc_findings_set_limit(&ac->findings, (size_t)cc_audit_param(ac, CC_PARAM_MAX_FINDINGS_PER_CASE),
	                      FINDINGS_LIMIT_RULE, c->dir);
	if (cc_source_list(ac->src, c->dir, &list, &msg) < 0)
		cc_audit_add(ac, "integrity.case-file", c->dir, "", "the case folder cannot be listed");
	for (size_t i = 0; i < list.count; i++) {
		const cc_dirent *e = &list.items[i];
		size_t k = 0;
		while (k < sizeof layout / sizeof layout[0] && strcmp(layout[k].name, e->name))
			k++;
		if (is_link(e->type)) {
			report_link(ac, e->name, e->type);
			continue;
		}
		if (k == sizeof layout / sizeof layout[0]) {
			report_unexpected(ac, e->name, "not part of the case folder format");
			continue;
		}
		bool want_dir = layout[k].kind < 0;
		if (want_dir != (e->type == CC_ENTRY_DIR)) {
			report_unexpected(ac, e->name, want_dir ? "should be a folder" : "should be a file");
			continue;
		}
		if (!want_dir)
			load_doc(ac, top_doc(c, layout[k].kind), (cc_doc_kind_id)layout[k].kind, e->name);
		else if (!strcmp(e->name, "notes"))
			load_folder(ac, &budget, "notes", CC_KIND_NOTE, &c->notes, &c->n_notes);
		else if (!strcmp(e->name, "assessments"))
			load_folder(ac, &budget, "assessments", CC_KIND_ASSESSMENT, &c->assessments, &c->n_assessments);
		else if (!strcmp(e->name, "signoffs"))
			load_folder(ac, &budget, "signoffs", CC_KIND_SIGNOFF, &c->signoffs, &c->n_signoffs);
		else if (!strcmp(e->name, "waivers"))
			load_folder(ac, &budget, "waivers", CC_KIND_WAIVER, &c->waivers, &c->n_waivers);
		else
			walk_documents(ac, &budget, "documents", 1, &files_cap);
	}
	/* Paths of the documents that are absent, for the rules' findings. */
	for (size_t k = 0; k < 4; k++) {
		cc_doc *d = top_doc(c, layout[k].kind);
		if (!d->path) {
			d->rel = cc_xstrdup(layout[k].name);
			d->path = cc_xasprintf("%s/%s", c->dir, layout[k].name);
		}
	}
	if (!c->case_doc.present)
		cc_audit_add(ac, "integrity.case-file", c->case_doc.path, "", "the case folder has no case.json");
	c->kind = cc_transfer_kind_resolve(ac->run, c->transfer.json);
	cc_id_index_build(&c->children_ix, cc_jarr(c->case_doc.json, "children"), "id");
	c->shown_kind = cc_transfer_shown_kind(ac->run, c);
	cc_id_index_build(&c->people_ix, cc_jarr(c->genogram.json, "people"), "id");
	free(msg);
	cc_dirlist_clear(&list);
	return c;
}
