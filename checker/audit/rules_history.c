/* rules_history.c: records integrity over the git history (--history).
 * The run walks the commits once for every case (history_events.h: every
 * commit reachable from the commit audited, HEAD for the index and the
 * working tree, each against its first parent, oldest first; uncommitted
 * changes are not compared); each case reads the changes to its own files
 * (a merge against each of its parents: what it drops from either side)
 * and gives:
 *  - history.final-notes: a note that was final is changed or deleted later;
 *  - history.chronology-entries: a chronology entry is deleted, or changed
 *    other than by adding an "entered_in_error" mark;
 *  - history.signoff-files: a sign-off file is changed or deleted after it
 *    was first committed;
 *  - history.case-files: case.json or genogram.json is deleted.
 * Every finding has a way out. What is no change is not reported: the
 * same JSON reformatted, a final note renamed with its content (same blob,
 * same case), a deletion a removal record in force covers (removals.h).
 * A record altered and later restored (the note or sign-off JSON equal to
 * its original again, the entry back with the same content, an
 * "entered_in_error" mark aside; the file back) is history.restored, a
 * warning naming the commits; only a change still present is an error.
 * A change that reaches main through a merge is reported by the walker
 * twice (side commit and merge); each record is reported once, and its
 * commits once per distinct change.
 *
 * A history that cannot be read whole (a shallow clone, a missing or
 * corrupt commit, tree or blob) is never a pass: each history rule that is
 * on gets a finding saying it could not be verified, and why. */
#include "checks.h"
#include "source/git.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <git2.h>

#include "casecheck/error.h"
#include "casemodel.h"
#include "history_events.h"
#include "jget.h"
#include "source/history.h"
#include "util/strbuf.h"
#include "util/strset.h"
#include "util/xalloc.h"

#define RULE_NOTES "history.final-notes"
#define RULE_CHRON "history.chronology-entries"
#define RULE_SIGNOFF "history.signoff-files"
#define RULE_CASEFILES "history.case-files"
#define RULE_RESTORED "history.restored"
/* Commits named in one finding; the rest are counted. */
#define MAX_COMMITS 5

/* A record changed unlawfully, resolved once the case's events are read:
 * restored (a warning) or still changed (an error). */
typedef struct altered {
	cc_hev_kind kind;
	char *path;       /* the file; owned */
	char *entry;      /* CC_HEV_CHRONOLOGY: the entry id; owned */
	cJSON *original;  /* the record before its first unlawful change; owned, may be NULL */
	cc_strbuf commits;/* "changed in commit X, deleted in commit Y" */
	size_t n_commits;
	const cc_removal *named;  /* a removal record naming it that is not in force, or NULL (borrowed) */
} altered;

typedef struct case_ctx {
	cc_audit_case *ac;
	bool notes_on, chron_on, signoff_on, casefiles_on;
	const cc_removals *removals;
	altered *alt;
	size_t n_alt, cap_alt;
	cc_strset seen; /* what was altered: "n:" note path, "e:" entry id, "s:" sign-off path, "c:" file, "u:" unreadable */
	cc_entry_ref *now; /* the chronology's entries now, by id (owned), when an entry was altered */
	size_t n_now;
	/* The chronology after the last change compared (owned; may be NULL:
	 * not JSON), valid when chron_id[0]: most often the next change starts
	 * from it, so each version is parsed once. */
	cJSON *chron_doc;
	char chron_id[41];
} case_ctx;

/* Whether key (of kind tag) was reported already; marks it reported. A
 * rewrite can delete thousands of entries: a set, not a list scan. */
static bool seen_before(case_ctx *w, char tag, const char *key)
{
	char *tagged = cc_xasprintf("%c:%s", tag, key);
	bool fresh = cc_strset_add(&w->seen, tagged);
	free(tagged);
	return !fresh;
}

/* The rules that are on could not be verified, because of why; advice
 * says what to do. */
static void not_verified(cc_audit_case *ac, const char *why, const char *advice)
{
	static const char *const rules[] = {RULE_NOTES, RULE_CHRON, RULE_SIGNOFF, RULE_CASEFILES};
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		cc_audit_add(ac, rules[i], ac->c->dir, "", "%s, so this rule is not verified: %s", why, advice);
}

/* Reads blob id and parses it into *doc (NULL when it is not JSON or is
 * over the document size limit: then it was not a valid document in that
 * commit). Returns 0, or a negative code when the blob cannot be read
 * (*why: owned, printable). */
static int read_doc(cJSON **doc, char **why, cc_audit_case *ac, const char *id)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	const cc_audit_ctx *run = ac->run;
	*doc = NULL;
	*why = NULL;
	int err = cc_history_read_blob(ac->src, id, (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES], &buf, &len, &msg);
	if (err == 0 && cc_json_parse(doc, buf, len, &run->limits, NULL) < 0)
		*doc = NULL;
	if (err < 0 && err != CC_ETOOBIG)
		*why = cc_audit_printable(msg ? msg : "error", strlen(msg ? msg : "error"));
	free(buf);
	free(msg);
	return err < 0 && err != CC_ETOOBIG ? err : 0;
}

static void short_id(const char *id, char out[13])
{
	snprintf(out, 13, "%.12s", id);
}

/* A blob of path, needed by rule, cannot be read: the rule is not verified
 * for that file (once per file and rule). */
static void unreadable(case_ctx *w, const char *rule, const cc_hev *e, char *why)
{
	char sid[13];
	short_id(e->commit, sid);
	if (!seen_before(w, 'u', e->path)) {
		char *shown = cc_audit_printable(e->path, strlen(e->path));
		cc_audit_add(w->ac, rule, shown, "",
		             "a version of the file changed in commit %s cannot be read (%s), so this rule is not verified for it",
		             sid, why ? why : "error");
		free(shown);
	}
	free(why);
}

/* Whether ev[i] repeats an earlier change of the same file (the same
 * blobs before and after: a merge bringing a side commit's change). */
static bool repeated_change(const cc_hev *ev, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (ev[j].kind == ev[i].kind && !strcmp(ev[j].path, ev[i].path) &&
		    !strcmp(ev[j].old_id, ev[i].old_id) && !strcmp(ev[j].new_id, ev[i].new_id))
			return true;
	return false;
}

/* The case folder's path inside the case ("notes/n1.json"). */
static const char *rest_of(const cc_hev *e)
{
	return e->path + e->case_off + e->case_len + 1;
}

/* Whether a removal record in force covers this deletion; when one names
 * it but is not in force, *named says which. */
static bool removal_covers(case_ctx *w, const cc_removal **named, cc_removal_what what, const char *value)
{
	const char *id = w->ac->c->id;
	if (cc_removals_covering(w->removals, id, what, value))
		return true;
	*named = cc_removals_naming(w->removals, id, what, value);
	return false;
}

/* The altered record for (kind, key), created with original (taken) the
 * first time; later changes add their commit to the same one. named: a
 * removal record naming it that is not in force (removal_covers), or NULL. */
static altered *alter(case_ctx *w, cc_hev_kind kind, char tag, const char *key, const cc_hev *e, cJSON *original,
                      const cc_removal *named)
{
	altered *a = NULL;
	if (seen_before(w, tag, key)) {
		for (size_t i = w->n_alt; i-- > 0 && !a;)
			if (w->alt[i].kind == kind && !strcmp(kind == CC_HEV_CHRONOLOGY ? w->alt[i].entry : w->alt[i].path, key))
				a = &w->alt[i];
		cJSON_Delete(original);
	} else {
		w->alt = cc_xgrow(w->alt, &w->cap_alt, w->n_alt + 1, sizeof *w->alt);
		a = &w->alt[w->n_alt++];
		memset(a, 0, sizeof *a);
		a->kind = kind;
		a->path = cc_xstrdup(e->path);
		a->entry = kind == CC_HEV_CHRONOLOGY ? cc_xstrdup(key) : NULL;
		a->original = original;
		a->commits = (cc_strbuf)CC_STRBUF_INIT;
	}
	if (named)
		a->named = named;
	return a;
}

/* Adds e's commit to a's list: the record was deleted there, or changed.
 * A merge compared with a parent other than its first shows again what
 * the first parent's side did (counted there): it is counted only for a
 * record nothing else altered, i.e. what the merge itself dropped or
 * rewrote from that side. */
static void add_commit(altered *a, const cc_hev *e, bool deleted)
{
	char sid[13];
	if (e->parent_no > 0 && a->n_commits > 0)
		return;
	short_id(e->commit, sid);
	if (a->n_commits++ < MAX_COMMITS)
		cc_strbuf_printf(&a->commits, "%s%s in commit %s", a->commits.len ? ", " : "", deleted ? "deleted" : "changed",
		                 sid);
}

/* Whether the folder (repository-relative) holds, in commit commit_hex,
 * the note old (blob old_hex): the same blob, or a note with the same id
 * and the same JSON (renamed, perhaps reformatted). Only for a final note
 * deleted, which is rare: the folder's other notes are read then. */
static bool note_in_folder(cc_audit_case *ac, const char *commit_hex, const char *folder, const char *old_hex,
                           const cJSON *old)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	git_oid cid, bid;
	git_commit *c = NULL;
	git_tree *t = NULL, *sub = NULL;
	git_tree_entry *te = NULL;
	const char *id = cc_jstr(old, "id");
	bool found = false;
	if (repo && git_oid_fromstr(&cid, commit_hex) == 0 && git_oid_fromstr(&bid, old_hex) == 0 &&
	    git_commit_lookup(&c, repo, &cid) == 0 && git_commit_tree(&t, c) == 0 &&
	    git_tree_entry_bypath(&te, t, folder) == 0 && git_tree_lookup(&sub, repo, git_tree_entry_id(te)) == 0) {
		for (size_t i = 0; i < git_tree_entrycount(sub) && !found; i++)
			found = git_oid_equal(git_tree_entry_id(git_tree_entry_byindex(sub, i)), &bid);
		for (size_t i = 0; i < git_tree_entrycount(sub) && !found && id; i++) {
			const git_tree_entry *f = git_tree_entry_byindex(sub, i);
			char hex[41], *why = NULL;
			cJSON *doc = NULL;
			if (git_tree_entry_type(f) != GIT_OBJECT_BLOB)
				continue;
			git_oid_tostr(hex, sizeof hex, git_tree_entry_id(f));
			if (read_doc(&doc, &why, ac, hex) == 0 && doc && cc_jstr(doc, "id") && !strcmp(cc_jstr(doc, "id"), id))
				found = cc_json_equal(doc, old);
			cJSON_Delete(doc);
			free(why);
		}
	}
	git_tree_free(sub);
	git_tree_entry_free(te);
	git_tree_free(t);
	git_commit_free(c);
	return found;
}

static void on_note(case_ctx *w, const cc_hev *ev, size_t i)
{
	const cc_hev *e = &ev[i];
	cJSON *old = NULL, *now = NULL;
	char *why = NULL;
	if (read_doc(&old, &why, w->ac, e->old_id) < 0) {
		unreadable(w, RULE_NOTES, e, why);
		return;
	}
	const char *status = cc_jstr(old, "status");
	if (!status || strcmp(status, "final"))
		goto done;
	if (e->new_id[0]) {
		if (read_doc(&now, &why, w->ac, e->new_id) < 0) {
			unreadable(w, RULE_NOTES, e, why);
			goto done;
		}
		if (now && cc_json_equal(now, old))
			goto done; /* reformatted: the same record */
	} else {
		char *folder = cc_xstrndup(e->path, (size_t)(strrchr(e->path, '/') - e->path));
		bool renamed = note_in_folder(w->ac, e->commit, folder, e->old_id, old);
		free(folder);
		if (renamed)
			goto done;
	}
	const cc_removal *named = NULL;
	if (!e->new_id[0] && removal_covers(w, &named, CC_REMOVAL_FILE, rest_of(e)))
		goto done;
	altered *a = alter(w, CC_HEV_NOTE, 'n', e->path, e, old, named);
	old = NULL;
	if (!repeated_change(ev, i))
		add_commit(a, e, !e->new_id[0]);
done:
	cJSON_Delete(old);
	cJSON_Delete(now);
}

static void on_chronology(case_ctx *w, const cc_hev *ev, size_t i)
{
	const cc_hev *e = &ev[i];
	cJSON *old = NULL, *now = NULL;
	char *why = NULL;
	int err = 0;
	if (w->chron_id[0] && !strcmp(w->chron_id, e->old_id)) {
		old = w->chron_doc; /* taken */
		w->chron_doc = NULL;
	} else {
		err = read_doc(&old, &why, w->ac, e->old_id);
	}
	w->chron_id[0] = '\0';
	cJSON_Delete(w->chron_doc);
	w->chron_doc = NULL;
	if (err < 0 || (e->new_id[0] && read_doc(&now, &why, w->ac, e->new_id) < 0)) {
		unreadable(w, RULE_CHRON, e, why);
		cJSON_Delete(old);
		return;
	}
	const cJSON *it;
	size_t n_now = 0;
	cc_entry_ref *now_refs = cc_entries_by_id(now, &n_now);
	bool repeat = repeated_change(ev, i);
	cJSON_ArrayForEach(it, cc_jarr(old, "entries")) {
		const char *id = cc_jstr(it, "id");
		const cc_removal *named = NULL;
		cc_entry_fate fate = id ? cc_entry_fate_in(it, now_refs, n_now) : CC_ENTRY_KEPT;
		/* a removal record naming the entry covers its deletion, and its
		 * change (another family's details taken out of it) */
		if (fate == CC_ENTRY_KEPT || removal_covers(w, &named, CC_REMOVAL_ENTRY, id))
			continue;
		altered *a = alter(w, CC_HEV_CHRONOLOGY, 'e', id, e, cJSON_Duplicate(it, true), named);
		if (!repeat)
			add_commit(a, e, fate == CC_ENTRY_DELETED);
	}
	free(now_refs);
	cJSON_Delete(old);
	if (e->new_id[0]) {
		w->chron_doc = now; /* kept for the next change */
		memcpy(w->chron_id, e->new_id, sizeof w->chron_id);
	}
}

static void on_signoff(case_ctx *w, const cc_hev *ev, size_t i)
{
	const cc_hev *e = &ev[i];
	cJSON *old = NULL, *now = NULL;
	char *why = NULL;
	const cc_removal *named = NULL;
	if (!strcmp(e->old_id, e->new_id) || repeated_change(ev, i))
		return; /* a mode change only, or a merge repeating a change */
	if (read_doc(&old, &why, w->ac, e->old_id) < 0 || (e->new_id[0] && read_doc(&now, &why, w->ac, e->new_id) < 0)) {
		unreadable(w, RULE_SIGNOFF, e, why);
		goto done;
	}
	if ((now && old && cc_json_equal(now, old)) ||
	    (!e->new_id[0] && removal_covers(w, &named, CC_REMOVAL_FILE, rest_of(e))))
		goto done;
	altered *a = alter(w, CC_HEV_SIGNOFF, 's', e->path, e, old, named);
	old = NULL;
	add_commit(a, e, !e->new_id[0]);
done:
	cJSON_Delete(old);
	cJSON_Delete(now);
}

static void on_casefile(case_ctx *w, const cc_hev *ev, size_t i)
{
	const cc_hev *e = &ev[i];
	const cc_removal *named = NULL;
	if (repeated_change(ev, i) || removal_covers(w, &named, CC_REMOVAL_FILE, rest_of(e)))
		return;
	altered *a = alter(w, CC_HEV_CASEFILE, 'c', e->path, e, NULL, named);
	add_commit(a, e, true);
}

/* Whether the altered record holds its original content again now. */
static bool restored(const case_ctx *w, const altered *a)
{
	const cc_case *c = w->ac->c;
	switch (a->kind) {
	case CC_HEV_NOTE: {
		const cc_doc *now = cc_case_note(c, cc_jstr(a->original, "id"));
		return now && cc_json_equal(now->json, a->original);
	}
	case CC_HEV_CHRONOLOGY:
		return a->original && cc_entry_fate_in(a->original, w->now, w->n_now) == CC_ENTRY_KEPT;
	case CC_HEV_SIGNOFF:
		for (size_t i = 0; i < c->n_signoffs; i++)
			if (!strcmp(c->signoffs[i].path, a->path))
				return c->signoffs[i].json && a->original && cc_json_equal(c->signoffs[i].json, a->original);
		return false;
	case CC_HEV_CASEFILE:
		return !strcmp(strrchr(a->path, '/') + 1, "case.json") ? c->case_doc.present : c->genogram.present;
	}
	return false;
}

static void report(case_ctx *w, altered *a)
{
	static const char *const what[] = {"the final note", "chronology entry", "the sign-off file", "the file"};
	static const char *const rules[] = {RULE_NOTES, RULE_CHRON, RULE_SIGNOFF, RULE_CASEFILES};
	if (a->n_commits > MAX_COMMITS)
		cc_strbuf_printf(&a->commits, " and %zu more", a->n_commits - MAX_COMMITS);
	if (!a->n_commits)
		return; /* only merges repeating a change already counted */
	char *shown = cc_audit_printable(a->path, strlen(a->path));
	char *entry = a->entry ? cc_audit_printable(a->entry, strlen(a->entry)) : NULL;
	char *subject = entry ? cc_xasprintf("%s '%s'", what[a->kind], entry) : cc_xstrdup(what[a->kind]);
	const char *ptr = a->entry ? "/entries" : "";
	if (restored(w, a)) {
		cc_audit_add(w->ac, RULE_RESTORED, shown, ptr, "%s was altered (%s) and is restored to its original content",
		             subject, cc_strbuf_cstr(&a->commits));
	} else {
		bool on = a->kind == CC_HEV_NOTE ? w->notes_on : a->kind == CC_HEV_CHRONOLOGY ? w->chron_on
		        : a->kind == CC_HEV_SIGNOFF ? w->signoff_on : w->casefiles_on;
		cc_strbuf msg = CC_STRBUF_INIT;
		if (a->kind == CC_HEV_SIGNOFF)
			cc_strbuf_printf(&msg, "the sign-off file was edited after it was written: %s (a new sign-off is a new file)",
			                 cc_strbuf_cstr(&a->commits));
		else
			cc_strbuf_printf(&msg, "%s was %s", subject, cc_strbuf_cstr(&a->commits));
		if (a->named)
			cc_strbuf_printf(&msg, "; %s names it but is not in force: %s", a->named->path, a->named->problem);
		if (on)
			cc_audit_add(w->ac, rules[a->kind], shown, ptr, "%s", cc_strbuf_cstr(&msg));
		cc_strbuf_free(&msg);
	}
	free(subject);
	free(entry);
	free(shown);
}

void cc_check_history(cc_audit_case *ac)
{
	case_ctx w = {.ac = ac, .seen = CC_STRSET_INIT};
	const cc_hev *ev = NULL;
	const char *why = NULL;
	size_t n = 0;
	if (!cc_source_has_git(ac->src)) {
		not_verified(ac, "the records are not in a git repository, so they have no history",
		             "audit them in the git repository that holds them");
		return;
	}
	if (!cc_source_commit(ac->src))
		return; /* nothing committed yet: no history to check */
	if (cc_history_events(&ev, &n, &why, ac) < 0) {
		char *reason = cc_xasprintf("the history cannot be read (%s)", why ? why : "error");
		not_verified(ac, reason, "audit a complete clone (git fetch --unshallow; git fsck finds damaged objects)");
		free(reason);
	}
	w.removals = cc_history_removals(&why, ac);
	if (!w.removals) {
		char *reason = cc_xasprintf("the removal records cannot be read (%s)", why ? why : "error");
		not_verified(ac, reason, "make every removals/ file readable");
		free(reason);
	}
	w.notes_on = cc_audit_rule_on(ac->run, RULE_NOTES);
	w.chron_on = cc_audit_rule_on(ac->run, RULE_CHRON);
	w.signoff_on = cc_audit_rule_on(ac->run, RULE_SIGNOFF);
	w.casefiles_on = cc_audit_rule_on(ac->run, RULE_CASEFILES);
	bool restored_on = cc_audit_rule_on(ac->run, RULE_RESTORED);
	for (size_t i = 0; i < n; i++) {
		const cc_hev *e = &ev[i];
		if (e->kind == CC_HEV_NOTE && (w.notes_on || restored_on))
			on_note(&w, ev, i);
		else if (e->kind == CC_HEV_CHRONOLOGY && (w.chron_on || restored_on))
			on_chronology(&w, ev, i);
		else if (e->kind == CC_HEV_SIGNOFF && (w.signoff_on || restored_on))
			on_signoff(&w, ev, i);
		else if (e->kind == CC_HEV_CASEFILE && (w.casefiles_on || restored_on))
			on_casefile(&w, ev, i);
	}
	for (size_t i = 0; i < w.n_alt && !w.now; i++)
		if (w.alt[i].kind == CC_HEV_CHRONOLOGY)
			w.now = cc_entries_by_id(ac->c->chronology.json, &w.n_now);
	for (size_t i = 0; i < w.n_alt; i++) {
		report(&w, &w.alt[i]);
		free(w.alt[i].path);
		free(w.alt[i].entry);
		cJSON_Delete(w.alt[i].original);
		cc_strbuf_free(&w.alt[i].commits);
	}
	free(w.alt);
	free(w.now);
	cc_strset_free(&w.seen);
	cJSON_Delete(w.chron_doc);
}
