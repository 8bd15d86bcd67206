#include "history_walk.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "jget.h"
#include "util/xalloc.h"

#define MAX_WALK 2000

/* The blob at case_dir/rel in commit c, or NULL. */
static git_blob *blob_at(git_repository *repo, git_commit *c, const char *path)
{
	git_tree *root = NULL;
	git_tree_entry *e = NULL;
	git_blob *b = NULL;
	if (git_commit_tree(&root, c) == 0 && git_tree_entry_bypath(&e, root, path) == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_BLOB)
		git_blob_lookup(&b, repo, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(root);
	return b;
}

/* The tree at path in commit c, or NULL. */
static git_tree *tree_at(git_repository *repo, git_commit *c, const char *path)
{
	git_tree *root = NULL, *t = NULL;
	git_tree_entry *e = NULL;
	if (git_commit_tree(&root, c) == 0 && git_tree_entry_bypath(&e, root, path) == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_TREE)
		git_tree_lookup(&t, repo, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(root);
	return t;
}

static cJSON *parse_blob(const cc_audit_case *ac, git_blob *b)
{
	cJSON *doc = NULL;
	if (b && cc_json_parse(&doc, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b), &ac->run->limits, NULL) < 0)
		doc = NULL;
	return doc;
}

typedef void (*pair_fn)(cc_audit_case *ac, git_repository *repo, git_commit *older, git_commit *newer);

static void walk(cc_audit_case *ac, pair_fn fn)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	const char *start = cc_source_commit(ac->src);
	git_oid oid;
	git_commit *c = NULL;
	if (!repo || !start || git_oid_fromstr(&oid, start) < 0 || git_commit_lookup(&c, repo, &oid) < 0)
		return;
	for (int steps = 0; c && steps < MAX_WALK; steps++) {
		git_commit *parent = NULL;
		if (git_commit_parentcount(c) == 0 || git_commit_parent(&parent, c, 0) < 0)
			break;
		fn(ac, repo, parent, c);
		git_commit_free(c);
		c = parent;
	}
	git_commit_free(c);
}

static void short_id(git_commit *c, char out[13])
{
	git_oid_tostr(out, 13, git_commit_id(c));
}

static void notes_pair(cc_audit_case *ac, git_repository *repo, git_commit *older, git_commit *newer)
{
	char *dir = cc_xasprintf("%s/notes", ac->c->dir);
	git_tree *before = tree_at(repo, older, dir), *after = tree_at(repo, newer, dir);
	size_t n = before ? git_tree_entrycount(before) : 0;
	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(before, i);
		const git_tree_entry *a = after ? git_tree_entry_byname(after, git_tree_entry_name(e)) : NULL;
		if (a && git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(e)))
			continue;
		if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
			continue;
		git_blob *b = NULL;
		cJSON *doc = NULL;
		if (git_blob_lookup(&b, repo, git_tree_entry_id(e)) == 0)
			doc = parse_blob(ac, b);
		const char *status = cc_jstr(doc, "status");
		if (status && !strcmp(status, "final")) {
			char sid[13];
			short_id(newer, sid);
			char *shown = cc_audit_printable(git_tree_entry_name(e), strlen(git_tree_entry_name(e)));
			char *path = cc_xasprintf("%s/%s", dir, shown);
			cc_audit_add(ac, "history.final-notes", path, "", "the final note was %s in commit %s",
			             a ? "changed" : "deleted", sid);
			free(path);
			free(shown);
		}
		cJSON_Delete(doc);
		git_blob_free(b);
	}
	git_tree_free(before);
	git_tree_free(after);
	free(dir);
}

void cc_history_check_notes(cc_audit_case *ac)
{
	walk(ac, notes_pair);
}

static bool has_entry(const cJSON *chron, const char *id)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jarr(chron, "entries")) {
		const char *eid = cc_jstr(it, "id");
		if (eid && !strcmp(eid, id))
			return true;
	}
	return false;
}

static void chronology_pair(cc_audit_case *ac, git_repository *repo, git_commit *older, git_commit *newer)
{
	const char *path = ac->c->chronology.path;
	git_blob *before = blob_at(repo, older, path), *after = blob_at(repo, newer, path);
	if (before && !(after && git_oid_equal(git_blob_id(before), git_blob_id(after)))) {
		cJSON *old_doc = parse_blob(ac, before), *new_doc = parse_blob(ac, after);
		const cJSON *it;
		char sid[13];
		short_id(newer, sid);
		cJSON_ArrayForEach(it, cc_jarr(old_doc, "entries")) {
			const char *id = cc_jstr(it, "id");
			if (id && !has_entry(new_doc, id)) {
				cc_finding *f = cc_audit_add(ac, "history.chronology-entries", path, "/entries",
				                             "chronology entry '%s' was deleted in commit %s", id, sid);
				(void)f;
			}
		}
		cJSON_Delete(old_doc);
		cJSON_Delete(new_doc);
	}
	git_blob_free(before);
	git_blob_free(after);
}

void cc_history_check_chronology(cc_audit_case *ac)
{
	walk(ac, chronology_pair);
}
