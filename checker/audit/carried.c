/* carried.c: whether a stale transferring sign-off stays current for
 * receive (carried.h; docs/workflow.md, "Current after the transfer").
 *
 * The signed content is read back from the commit that had it (stale.c's
 * walk), and the case folder as audited is compared with it folder by
 * folder: a folder whose tree id is unchanged is skipped without reading
 * a file, so only what changed is read. Every change must be one the
 * seeds' workflow makes after the transfer date:
 *   - case.json: only `allocation` (and `team`) changed, the allocation
 *     now the transfer's `to` worker and manager, `since` on or after
 *     `transfer_on`, the team (if changed) the transfer's `to` team;
 *   - chronology.json: entries appended (the signed entries unchanged, in
 *     place), each recorded by the receiving side (`recorded_by`) with
 *     `recorded_on` after `transfer_on`;
 *   - a new note (notes/<file>.json) whose author is the receiving side
 *     and whose date is after `transfer_on`.
 * The receiving side is the transfer's `to` worker and manager. Anything else (a file changed,
 * removed or added elsewhere, transfer.json itself) makes the sign-off
 * stale, and the first such change is named. */
#include "carried.h"
#include "source/git.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "json/json.h"
#include "jget.h"
#include "source/treehash.h"
#include "stale.h"
#include "util/xalloc.h"

#define MAX_READ ((size_t)256 << 20)

typedef struct carry {
	cc_audit_case *ac;
	git_repository *repo;
	const cJSON *transfer;
	cc_date on;       /* transfer_on */
	char *why;        /* the first change that is not the receiving side's; owned */
} carry;

static bool refuse(carry *k, const char *rel, const char *what)
{
	if (!k->why)
		k->why = cc_xasprintf("%s/%s %s", k->ac->c->dir, rel, what);
	return false;
}

/* Whether staff id is the receiving side of the transfer: its `to`
 * worker or manager (team membership would take in the transferring
 * worker of a transfer within a team). */
static bool receiving_side(const carry *k, const char *id)
{
	const cJSON *to = cc_jobj(k->transfer, "to");
	return id && ((cc_jstr(to, "worker") && !strcmp(id, cc_jstr(to, "worker"))) ||
	              (cc_jstr(to, "manager") && !strcmp(id, cc_jstr(to, "manager"))));
}

/* Whether the string member key of o is a date after the transfer. */
static bool after_transfer(const carry *k, const cJSON *o, const char *key)
{
	cc_date d;
	return cc_jdate(o, key, &d) == 0 && d > k->on;
}

static bool same_string(const cJSON *o, const char *key, const char *want)
{
	const char *s = cc_jstr(o, key);
	return s && want && !strcmp(s, want);
}

/* A copy of o without the members named (NULL-terminated). */
static cJSON *without(const cJSON *o, const char *const *keys)
{
	cJSON *d = cJSON_Duplicate(o, true);
	if (!d)
		abort(); /* cJSON could not allocate: as cc_x* do */
	for (size_t i = 0; keys[i]; i++)
		cJSON_DeleteItemFromObjectCaseSensitive(d, keys[i]);
	return d;
}

static bool case_json(carry *k, const cJSON *was, const cJSON *now)
{
	static const char *const moving[] = {"allocation", "team", NULL};
	cJSON *a = without(was, moving), *b = without(now, moving);
	bool rest_same = cc_json_equal(a, b);
	cJSON_Delete(a);
	cJSON_Delete(b);
	if (!rest_same)
		return refuse(k, "case.json", "changed beyond the allocation");
	const cJSON *to = cc_jobj(k->transfer, "to"), *alloc = cc_jobj(now, "allocation");
	cc_date since;
	if (!cc_json_equal(cc_jget(was, "team"), cc_jget(now, "team")) && !same_string(now, "team", cc_jstr(to, "team")))
		return refuse(k, "case.json", "names a team other than the transfer's to.team");
	if (cc_json_equal(cc_jget(was, "allocation"), alloc))
		return true;
	if (!same_string(alloc, "worker", cc_jstr(to, "worker")) || !same_string(alloc, "manager", cc_jstr(to, "manager")))
		return refuse(k, "case.json", "allocates the case to someone other than the transfer's to worker and manager");
	if (cc_jdate(alloc, "since", &since) < 0 || since < k->on)
		return refuse(k, "case.json", "allocation.since is before the transfer date");
	return true;
}

static bool chronology(carry *k, const cJSON *was, const cJSON *now)
{
	static const char *const entries[] = {"entries", NULL};
	cJSON *a = without(was, entries), *b = without(now, entries);
	bool rest_same = cc_json_equal(a, b);
	cJSON_Delete(a);
	cJSON_Delete(b);
	const cJSON *ea = cc_jarr(was, "entries"), *eb = cc_jarr(now, "entries");
	int na = cJSON_GetArraySize(ea), nb = cJSON_GetArraySize(eb);
	if (!rest_same || !ea || !eb || nb < na)
		return refuse(k, "chronology.json", "changed beyond entries added");
	for (int i = 0; i < na; i++)
		if (!cc_json_equal(cJSON_GetArrayItem(ea, i), cJSON_GetArrayItem(eb, i)))
			return refuse(k, "chronology.json", "changed an entry that was signed");
	for (int i = na; i < nb; i++) {
		const cJSON *e = cJSON_GetArrayItem(eb, i);
		if (!receiving_side(k, cc_jstr(e, "recorded_by")) || !after_transfer(k, e, "recorded_on"))
			return refuse(k, "chronology.json",
			              "has an entry added that the receiving side did not record after the transfer date "
			              "(recorded_by, recorded_on)");
	}
	return true;
}

static bool new_note(carry *k, const char *rel, const cJSON *note)
{
	if (!receiving_side(k, cc_jstr(note, "author")) || !after_transfer(k, note, "date"))
		return refuse(k, rel, "is a note added that the receiving side did not write after the transfer date");
	return true;
}

static cJSON *parse(const char *buf, size_t len)
{
	cJSON *doc = NULL;
	return cc_json_parse(&doc, buf, len, NULL, NULL) == 0 ? doc : NULL;
}

/* A file of the case (rel inside it) that differs from the signed one
 * (old blob id; NULL: it was not there). */
static bool judge_file(carry *k, const char *rel, const git_oid *old, const char *buf, size_t len)
{
	git_blob *blob = NULL;
	cJSON *was = NULL, *now = parse(buf, len);
	bool ok;
	if (old && git_blob_lookup(&blob, k->repo, old) == 0)
		was = parse(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	git_blob_free(blob);
	if (!now || (old && !was))
		ok = refuse(k, rel, "changed");
	else if (old && !strcmp(rel, "case.json"))
		ok = case_json(k, was, now);
	else if (old && !strcmp(rel, "chronology.json"))
		ok = chronology(k, was, now);
	else if (!old && !strncmp(rel, "notes/", 6) && !strchr(rel + 6, '/'))
		ok = new_note(k, rel, now);
	else
		ok = refuse(k, rel, old ? "changed" : "added");
	cJSON_Delete(was);
	cJSON_Delete(now);
	return ok;
}

/* The folder rel of the case ("" the case folder) against old (its
 * signed tree; NULL: it was not there). */
static bool judge_folder(carry *k, const char *rel, const git_tree *old)
{
	cc_source *src = k->ac->src;
	char *path = *rel ? cc_xasprintf("%s/%s", k->ac->c->dir, rel) : cc_xstrdup(k->ac->c->dir);
	cc_dirlist now = CC_DIRLIST_INIT;
	bool ok = cc_source_list(src, path, &now, NULL) == 0;
	if (!ok)
		refuse(k, rel, "cannot be read");
	/* what the signed folder had and the case no longer has */
	for (size_t i = 0; ok && old && i < git_tree_entrycount(old); i++) {
		const char *name = git_tree_entry_name(git_tree_entry_byindex(old, i));
		bool there = false;
		for (size_t j = 0; j < now.count && !there; j++)
			there = !strcmp(now.items[j].name, name);
		if (!there && !(!*rel && !strcmp(name, "signoffs"))) {
			char *r = *rel ? cc_xasprintf("%s/%s", rel, name) : cc_xstrdup(name);
			ok = refuse(k, r, "removed");
			free(r);
		}
	}
	for (size_t j = 0; ok && j < now.count; j++) {
		const cc_dirent *d = &now.items[j];
		if (!*rel && !strcmp(d->name, "signoffs"))
			continue;
		char *r = *rel ? cc_xasprintf("%s/%s", rel, d->name) : cc_xstrdup(d->name);
		char *p = cc_xasprintf("%s/%s", path, d->name);
		const git_tree_entry *te = old ? git_tree_entry_byname(old, d->name) : NULL;
		git_object_t was = te ? git_tree_entry_type(te) : GIT_OBJECT_INVALID;
		char hex[41];
		git_oid id;
		if (d->type == CC_ENTRY_DIR && (!te || was == GIT_OBJECT_TREE)) {
			git_tree *sub = NULL;
			if (te && cc_source_tree_id(src, p, NULL, hex, NULL) == 0 && git_oid_fromstr(&id, hex) == 0 &&
			    git_oid_equal(&id, git_tree_entry_id(te)))
				; /* unchanged: not read */
			else if (te && git_tree_lookup(&sub, k->repo, git_tree_entry_id(te)) < 0)
				ok = refuse(k, r, "cannot be read back as signed");
			else
				ok = judge_folder(k, r, sub);
			git_tree_free(sub);
		} else if (d->type == CC_ENTRY_FILE && (!te || was == GIT_OBJECT_BLOB)) {
			char *buf = NULL;
			size_t len = 0;
			if (cc_source_read(src, p, MAX_READ, &buf, &len, NULL) < 0 || cc_blob_hash(&id, buf, len) < 0)
				ok = refuse(k, r, "cannot be read");
			else if (!te || !git_oid_equal(&id, git_tree_entry_id(te)) ||
			         git_tree_entry_filemode(te) != GIT_FILEMODE_BLOB)
				ok = judge_file(k, r, te ? git_tree_entry_id(te) : NULL, buf, len);
			free(buf);
		} else {
			ok = refuse(k, r, te ? "changed its type" : "added");
		}
		free(p);
		free(r);
	}
	cc_dirlist_clear(&now);
	free(path);
	return ok;
}

cc_carried cc_signoff_carried(cc_audit_case *ac, const char *signed_tree, char **why)
{
	char hex[41];
	git_oid id;
	git_commit *commit = NULL;
	git_tree *root = NULL, *signed_dir = NULL;
	git_tree_entry *e = NULL;
	carry k = {ac, cc_source_git_repository(ac->src), ac->c->transfer.json, 0, NULL};
	cc_carried res = CC_CARRIED_NO;
	*why = NULL;
	if (!k.repo || !cc_stale_signed_commit(ac, signed_tree, hex))
		return CC_CARRIED_CANNOT_COMPARE;
	if (git_oid_fromstr(&id, hex) < 0 || git_commit_lookup(&commit, k.repo, &id) < 0 ||
	    git_commit_tree(&root, commit) < 0 || git_tree_entry_bypath(&e, root, ac->c->dir) < 0 ||
	    git_tree_lookup(&signed_dir, k.repo, git_tree_entry_id(e)) < 0) {
		res = CC_CARRIED_CANNOT_COMPARE;
		goto done;
	}
	if (cc_jdate(k.transfer, "transfer_on", &k.on) < 0) {
		*why = cc_xstrdup("the transfer record has no transfer_on");
		goto done;
	}
	if (judge_folder(&k, "", signed_dir))
		res = CC_CARRIED_YES;
	*why = k.why;
	k.why = NULL;
done:
	free(k.why);
	git_tree_free(signed_dir);
	git_tree_entry_free(e);
	git_tree_free(root);
	git_commit_free(commit);
	return res;
}
