/* integrity.c: the records rules over one change (see integrity.h). Two
 * passes over the diff's deltas: the first gathers the blob ids the new
 * state adds (a deleted file whose blob is added elsewhere was moved) and
 * the notes added per case (a final note renamed); the second judges each
 * changed or deleted record. Only the records the rules guard are read. */
#include "workflow/integrity.h"

#include <stdlib.h>
#include <string.h>

#include "audit/audit_int.h"
#include "audit/history_events.h"
#include "audit/jget.h"
#include "casecheck/error.h"
#include "casecheck/rules.h"
#include "util/strbuf.h"
#include "util/strset.h"
#include "util/xalloc.h"

#define GITLINK 0160000u
#define MAX_RECORD_BYTES ((size_t)64 << 20)

typedef struct judge {
	cc_findings *out;
	git_repository *repo;
	const cc_deltas *deltas;
	size_t prefix_len;      /* "cases/" */
	const char *base_label;
	cc_integrity_removals *rm;
	const cc_delta **added; /* the deltas that add or change a blob, sorted by new blob id */
	size_t n_added;
	cc_strset gone_cases;   /* cases whose case.json the change deletes: the folder is moved or removed */
	const git_oid *base;    /* the base commit, or NULL */
	char **errmsg;
} judge;

/* Splits "cases/C1/notes/n.json" into the case id (owned) and the rest
 * (borrowed); NULL when path is not inside a case folder. */
static const char *split(const judge *j, const char *path, char **case_id)
{
	const char *under = path + j->prefix_len;
	const char *slash = strchr(under, '/');
	if (!slash || slash == under)
		return NULL;
	*case_id = cc_xstrndup(under, (size_t)(slash - under));
	return slash + 1;
}

/* Parses blob id into *doc (NULL: not JSON, or too big: then it was no
 * valid record). Returns 0, or CC_ERROR when the blob cannot be read. */
static int read_json(cJSON **doc, judge *j, const git_oid *id)
{
	git_blob *blob = NULL;
	cc_json_limits limits = CC_JSON_LIMITS_INIT;
	*doc = NULL;
	if (git_blob_lookup(&blob, j->repo, id) < 0) {
		char hex[41];
		git_oid_tostr(hex, sizeof hex, id);
		*j->errmsg = cc_xasprintf("blob %.12s cannot be read: %s", hex,
		                          git_error_last() ? git_error_last()->message : "error");
		return CC_ERROR;
	}
	size_t len = (size_t)git_blob_rawsize(blob);
	if (len <= MAX_RECORD_BYTES && cc_json_parse(doc, git_blob_rawcontent(blob), len, &limits, NULL) < 0)
		*doc = NULL;
	git_blob_free(blob);
	return 0;
}

/* Whether blob id holds the same JSON as old (NULL: never the same): a
 * record reformatted, or moved with its content. Returns 0, or CC_ERROR
 * when the blob cannot be read. */
static int same_json(bool *same, judge *j, const git_oid *id, const cJSON *old)
{
	cJSON *now = NULL;
	*same = false;
	if (read_json(&now, j, id) < 0)
		return CC_ERROR;
	*same = now && old && cc_json_equal(now, old);
	cJSON_Delete(now);
	return 0;
}

static const cc_removals *removals(judge *j)
{
	cc_integrity_removals *rm = j->rm;
	if (!rm->loaded) {
		cc_schema_set *set = NULL;
		cc_json_limits limits = CC_JSON_LIMITS_INIT;
		cJSON *staff = NULL;
		char *buf = NULL, *msg = NULL;
		size_t len = 0;
		if (cc_source_read(rm->src, "staff.json", MAX_RECORD_BYTES, &buf, &len, &msg) == 0 &&
		    cc_json_parse(&staff, buf, len, &limits, NULL) < 0)
			staff = NULL;
		free(msg);
		msg = NULL;
		cc_schema_set_new(&set);
		rm->status = cc_removals_load(&rm->removals, rm->src, set, staff, rm->trust, &limits, &msg);
		if (rm->status < 0)
			rm->why = msg ? msg : cc_xstrdup("error");
		else
			free(msg);
		cc_schema_set_free(set);
		cJSON_Delete(staff);
		free(buf);
		rm->loaded = true;
	}
	return rm->status < 0 ? NULL : &rm->removals;
}

/* Whether a removal in force covers (case_id, what, value); when none
 * does, appends to why what a record naming it lacks, if any. */
static bool lawful(judge *j, cc_strbuf *why, const char *case_id, cc_removal_what what, const char *value)
{
	const cc_removals *rs = removals(j);
	if (cc_removals_covering(rs, case_id, what, value))
		return true;
	const cc_removal *named = cc_removals_naming(rs, case_id, what, value);
	if (named)
		cc_strbuf_printf(why, " (%s names it but is not in force: %s)", named->path, named->problem);
	return false;
}

/* Adds a finding; a (an id or a phrase, shown escaped) fills fmt's %s. */
static void add(judge *j, const char *rule, const char *path, const char *pointer, const char *fmt, const char *a,
                const cc_strbuf *why)
{
	const cc_rule_info *info = cc_rules_find(rule);
	cc_strbuf msg = CC_STRBUF_INIT;
	char *shown = cc_audit_printable(a, strlen(a));
	cc_strbuf_printf(&msg, fmt, shown);
	free(shown);
	if (why && why->len)
		cc_strbuf_puts(&msg, cc_strbuf_cstr(why));
	if (j->base_label)
		cc_strbuf_printf(&msg, " [compared with %s]", j->base_label);
	cc_findings_add(j->out, info ? info->id : rule, info ? info->severity : CC_SEVERITY_ERROR, path, pointer, "%s",
	                cc_strbuf_cstr(&msg));
	cc_strbuf_free(&msg);
}

static bool is_final(const cJSON *note)
{
	const cJSON *st = cJSON_GetObjectItemCaseSensitive(note, "status");
	return cJSON_IsString(st) && !strcmp(st->valuestring, "final");
}

/* Whether the new state adds, in the same case's notes/, a note with the
 * id of old whose JSON equals it (the final note was renamed). */
static int renamed_note(bool *found, judge *j, const char *case_dir, const cJSON *old)
{
	const char *id = cc_jstr(old, "id");
	size_t dl = strlen(case_dir);
	*found = false;
	for (size_t i = 0; i < j->deltas->n && id && !*found; i++) {
		const cc_delta *d = &j->deltas->items[i];
		const char *p = d->path;
		if (d->old_mode || !d->new_mode || strncmp(p, case_dir, dl) || cc_hev_kind_of(p + dl) != CC_HEV_NOTE)
			continue;
		if (same_json(found, j, &d->new_id, old) < 0)
			return CC_ERROR;
	}
	return 0;
}

/* --- restoring: the way out of a change that is already in the history --- */

/* How many commits back from the base the original of a record is looked
 * for (only when a change would otherwise be refused). */
#define MAX_RESTORE_COMMITS 20000

/* What of a version of a record is kept for good: the version itself (a
 * sign-off, a removal record), the version when final (a note), or the
 * entry with an id (a chronology). A new cJSON, or NULL. */
typedef cJSON *(*kept_fn)(const cJSON *version, const char *entry_id);

static cJSON *kept_any(const cJSON *version, const char *entry_id)
{
	(void)entry_id;
	return cJSON_Duplicate(version, true);
}

static bool is_final(const cJSON *note);

static cJSON *kept_final(const cJSON *version, const char *entry_id)
{
	(void)entry_id;
	return is_final(version) ? cJSON_Duplicate(version, true) : NULL;
}

static cJSON *kept_entry(const cJSON *version, const char *entry_id)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(version, "entries")) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id");
		if (cJSON_IsString(id) && !strcmp(id->valuestring, entry_id))
			return cJSON_Duplicate(it, true);
	}
	return NULL;
}

/* The versions of the record at path in the history of the base, newest
 * first (what kept() takes from each distinct blob of path, in the
 * commits reachable from the base, at most MAX_RESTORE_COMMITS).
 * Returns 0 (*versions, *n: free each and the array), or CC_ERROR when a
 * blob cannot be read. */
static int versions(cJSON ***out, size_t *n_out, judge *j, const char *path, kept_fn kept, const char *entry_id)
{
	git_revwalk *walk = NULL;
	git_oid id, last = {{0}};
	int rc = 0, err;
	size_t n = 0, cap = 0;
	*out = NULL;
	*n_out = 0;
	if (!j->base)
		return 0;
	if (git_revwalk_new(&walk, j->repo) < 0 || git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME) < 0 ||
	    git_revwalk_push(walk, j->base) < 0) {
		git_revwalk_free(walk);
		return 0; /* no history to look in: not restored */
	}
	while (rc == 0 && n++ < MAX_RESTORE_COMMITS && (err = git_revwalk_next(&id, walk)) == 0) {
		git_commit *c = NULL;
		git_tree *t = NULL;
		git_tree_entry *te = NULL;
		if (git_commit_lookup(&c, j->repo, &id) == 0 && git_commit_tree(&t, c) == 0 &&
		    git_tree_entry_bypath(&te, t, path) == 0 && git_tree_entry_type(te) == GIT_OBJECT_BLOB &&
		    !git_oid_equal(&last, git_tree_entry_id(te))) {
			cJSON *doc = NULL;
			git_oid_cpy(&last, git_tree_entry_id(te));
			if ((rc = read_json(&doc, j, &last)) == 0 && doc) {
				cJSON *k = kept(doc, entry_id);
				if (k) {
					*out = cc_xgrow(*out, &cap, *n_out + 1, sizeof **out);
					(*out)[(*n_out)++] = k;
				}
			}
			cJSON_Delete(doc);
		}
		git_tree_entry_free(te);
		git_tree_free(t);
		git_commit_free(c);
	}
	git_revwalk_free(walk);
	return rc;
}

static void versions_free(cJSON **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cJSON_Delete(v[i]);
	free(v);
}

/* Whether the new blob of path holds the record as first kept (a change
 * that undoes an unlawful one already in the history). */
static int restores(bool *yes, judge *j, const char *path, const git_oid *new_id, kept_fn kept)
{
	cJSON **v = NULL;
	size_t n = 0;
	int err = versions(&v, &n, j, path, kept, NULL);
	*yes = false;
	if (err == 0 && n)
		err = same_json(yes, j, new_id, v[n - 1]); /* the oldest */
	versions_free(v, n);
	return err;
}

/* Whether the entry with id, in the chronology now (now_refs), is back as
 * it was before its first unlawful change in the base's history (the
 * oldest version, or the version before the first change that is not an
 * added "entered_in_error" mark), as --history judges a restored entry. */
static int entry_restored(bool *yes, judge *j, const char *path, const char *id, const cc_entry_ref *now_refs,
                          size_t n_now)
{
	cJSON **v = NULL;
	size_t n = 0;
	int err = versions(&v, &n, j, path, kept_entry, id);
	*yes = false;
	if (err == 0 && n) {
		/* oldest first: the version before the first unlawful change; none:
		 * nothing to restore, the change is the first unlawful one */
		for (size_t k = n - 1; k > 0 && !*yes; k--) {
			cc_entry_ref next = {id, v[k - 1]};
			if (cc_entry_fate_in(v[k], &next, 1) != CC_ENTRY_KEPT)
				*yes = cc_entry_fate_in(v[k], now_refs, n_now) == CC_ENTRY_KEPT;
			if (cc_entry_fate_in(v[k], &next, 1) != CC_ENTRY_KEPT)
				break;
		}
	}
	versions_free(v, n);
	return err;
}

#define WAY_REMOVAL "or, for a record put on the wrong child's file or at the end of its retention period, " \
                    "add a removal record (removals/<name>.json, by a manager) naming it"

static int on_note(judge *j, const cc_delta *d, const char *case_id, const char *rest, bool deleted)
{
	cJSON *old = NULL;
	cc_strbuf why = CC_STRBUF_INIT;
	bool same = false;
	int err = read_json(&old, j, &d->old_id);
	if (err < 0 || !old || !is_final(old))
		goto done;
	if (!deleted) {
		if ((err = same_json(&same, j, &d->new_id, old)) < 0 || same)
			goto done; /* reformatted: the same record */
		if ((err = restores(&same, j, d->path, &d->new_id, kept_final)) < 0 || same)
			goto done; /* restored as it was finalised */
		add(j, "history.final-notes", d->path, "",
		    "the final note is changed; a final note is never edited: restore it as it was and write an addendum "
		    "(a new note with \"amends\": \"%s\")", cc_jstr(old, "id") ? cc_jstr(old, "id") : "<its id>", NULL);
		goto done;
	}
	char *case_dir = cc_xstrndup(d->path, (size_t)(rest - d->path));
	bool found = false;
	err = renamed_note(&found, j, case_dir, old);
	free(case_dir);
	if (err < 0 || found || lawful(j, &why, case_id, CC_REMOVAL_FILE, rest))
		goto done;
	add(j, "history.final-notes", d->path, "",
	    "the final note is deleted; a final note is never deleted: restore it, %s", WAY_REMOVAL, &why);
done:
	cc_strbuf_free(&why);
	cJSON_Delete(old);
	return err;
}

static int on_chronology(judge *j, const cc_delta *d, const char *case_id)
{
	cJSON *old = NULL, *now = NULL;
	const cJSON *it;
	cc_entry_ref *now_refs = NULL; /* by id: a chronology may hold thousands of entries */
	size_t n_now = 0;
	int err = read_json(&old, j, &d->old_id);
	if (err < 0 || !old || (err = read_json(&now, j, &d->new_id)) < 0)
		goto done;
	now_refs = cc_entries_by_id(now, &n_now);
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(old, "entries")) {
		const char *id = cc_jstr(it, "id");
		cc_strbuf why = CC_STRBUF_INIT;
		cc_entry_fate fate = id ? cc_entry_fate_in(it, now_refs, n_now) : CC_ENTRY_KEPT;
		bool back = false;
		if (fate == CC_ENTRY_CHANGED && (err = entry_restored(&back, j, d->path, id, now_refs, n_now)) < 0) {
			cc_strbuf_free(&why);
			break;
		}
		if (back)
			fate = CC_ENTRY_KEPT; /* restored: the way out of an edit already committed */
		if (fate != CC_ENTRY_KEPT && !lawful(j, &why, case_id, CC_REMOVAL_ENTRY, id))
			add(j, "history.chronology-entries", d->path, "/entries",
			    fate == CC_ENTRY_DELETED
			        ? "chronology entry '%s' is deleted; entries are never deleted: restore it and mark it "
			          "\"entered_in_error\" ({\"on\", \"by\", \"reason\"}) with the correction as a new entry, " WAY_REMOVAL
			        : "chronology entry '%s' is changed; an entry is never edited (marking it \"entered_in_error\" is "
			          "the one lawful change): restore it as it was, mark it \"entered_in_error\" and add the "
			          "correction as a new entry, " WAY_REMOVAL,
			    id, &why);
		cc_strbuf_free(&why);
	}
done:
	free(now_refs);
	cJSON_Delete(old);
	cJSON_Delete(now);
	return err;
}

static int on_signoff(judge *j, const cc_delta *d, const char *case_id, const char *rest, bool deleted)
{
	cJSON *old = NULL;
	cc_strbuf why = CC_STRBUF_INIT;
	bool same = false;
	int err = 0;
	if (!deleted) {
		if ((err = read_json(&old, j, &d->old_id)) < 0 || (err = same_json(&same, j, &d->new_id, old)) < 0 ||
		    same || (err = restores(&same, j, d->path, &d->new_id, kept_any)) < 0 || same)
			goto done; /* reformatted, or restored as first committed */
		add(j, "history.signoff-files", d->path, "",
		    "the sign-off file is changed; %s", "a sign-off is never edited: restore it as it was; signing again "
		    "writes a new file (casecheck signoff)", NULL);
	} else if (!lawful(j, &why, case_id, CC_REMOVAL_FILE, rest)) {
		add(j, "history.signoff-files", d->path, "",
		    "the sign-off file is deleted; a sign-off is never deleted: restore it, %s", WAY_REMOVAL, &why);
	}
done:
	cc_strbuf_free(&why);
	cJSON_Delete(old);
	return err;
}

static void on_casefile(judge *j, const cc_delta *d, const char *case_id, const char *rest)
{
	cc_strbuf why = CC_STRBUF_INIT;
	if (!lawful(j, &why, case_id, CC_REMOVAL_FILE, rest))
		add(j, "history.case-files", d->path, "",
		    "%s of an existing case is deleted: restore it; a case folder moved to another id, or records at the end "
		    "of their retention period or put on the wrong child's file, need a removal record "
		    "(removals/<name>.json, by a manager) naming the file or the case folder", rest, &why);
	cc_strbuf_free(&why);
}

static int cmp_new_id(const void *a, const void *b)
{
	return git_oid_cmp(&(*(const cc_delta *const *)a)->new_id, &(*(const cc_delta *const *)b)->new_id);
}

/* Whether the deleted record d of case_id is moved with its content: its
 * blob is added in the same case folder (renamed), outside the cases
 * folder (the case left the caseload), or in another case folder when
 * case_id's whole folder goes (the folder was renamed). A record moved
 * from a case that stays into another case was put on the wrong child's
 * file: that needs a removal record, as --history would say. */
static bool moved(const judge *j, const cc_delta *d, const char *case_id)
{
	size_t lo = 0, hi = j->n_added, cl = strlen(case_id);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (git_oid_cmp(&j->added[mid]->new_id, &d->old_id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < j->n_added && git_oid_equal(&j->added[lo]->new_id, &d->old_id); lo++) {
		const char *p = j->added[lo]->path;
		bool in_cases = !strncmp(p, d->path, j->prefix_len);
		const char *under = p + j->prefix_len;
		if (!in_cases || (!strncmp(under, case_id, cl) && under[cl] == '/') ||
		    cc_strset_has(&j->gone_cases, case_id))
			return true;
	}
	return false;
}

/* Whether path is a removal record: removals/<name>.json. */
static bool is_removal_record(const char *path)
{
	size_t dl = strlen(CC_REMOVALS_DIR), n = strlen(path);
	return !strncmp(path, CC_REMOVALS_DIR, dl) && path[dl] == '/' && !strchr(path + dl + 1, '/') && n > dl + 6 &&
	       !strcmp(path + n - 5, ".json");
}

/* A removal record is kept for good: changed (other than reformatted) or
 * deleted (other than renamed with its content) is refused. */
static int on_removal_record(judge *j, const cc_delta *d)
{
	cJSON *old = NULL;
	bool same = false;
	int err = 0;
	if (d->old_mode == GITLINK || (d->new_mode && git_oid_equal(&d->old_id, &d->new_id)))
		return 0;
	if ((err = read_json(&old, j, &d->old_id)) < 0)
		return err;
	if (d->new_mode && d->new_mode != GITLINK) {
		if ((err = same_json(&same, j, &d->new_id, old)) == 0 && !same &&
		    (err = restores(&same, j, d->path, &d->new_id, kept_any)) == 0 && !same)
			add(j, "history.removal-records", d->path, "",
			    "the removal record is changed; %s", "a removal record is never edited (it is the audit trail of a "
			    "lawful removal): restore it as it was; a further removal or a correction is a new removal record "
			    "(casecheck removal)", NULL);
		goto done;
	}
	for (size_t i = 0; i < j->deltas->n && !same && err == 0; i++) {
		const cc_delta *a = &j->deltas->items[i];
		if (a->old_mode || !a->new_mode || a->new_mode == GITLINK || !is_removal_record(a->path))
			continue;
		same = git_oid_equal(&a->new_id, &d->old_id);
		if (!same)
			err = same_json(&same, j, &a->new_id, old); /* renamed, perhaps reformatted */
	}
	if (err == 0 && !same)
		add(j, "history.removal-records", d->path, "", "the removal record is deleted; %s",
		    "a removal record is kept for good (it is the audit trail of a lawful removal): restore it", NULL);
done:
	cJSON_Delete(old);
	return err;
}

static int judge_delta(judge *j, const cc_delta *d)
{
	char *case_id = NULL;
	const char *rest;
	int err = 0;
	if (!d->old_mode || d->old_mode == GITLINK || strlen(d->path) <= j->prefix_len ||
	    !(rest = split(j, d->path, &case_id)))
		return 0; /* added (nothing kept is touched), a submodule, or not in a case folder */
	int kind = cc_hev_kind_of(rest);
	bool deleted = !d->new_mode || d->new_mode == GITLINK;
	if (kind < 0 || (deleted && moved(j, d, case_id)))
		goto done; /* not a guarded record, or moved with its content */
	if (kind == CC_HEV_NOTE)
		err = on_note(j, d, case_id, rest, deleted);
	else if (kind == CC_HEV_SIGNOFF)
		err = on_signoff(j, d, case_id, rest, deleted);
	else if (kind == CC_HEV_CHRONOLOGY && !deleted)
		err = on_chronology(j, d, case_id);
	else if (deleted)
		on_casefile(j, d, case_id, rest);
	if (err == 0 && j->rm->status < 0) {
		*j->errmsg = cc_xstrdup(j->rm->why);
		err = CC_ERROR;
	}
done:
	free(case_id);
	return err;
}

int cc_integrity_check(cc_findings *out, git_repository *repo, const cc_deltas *deltas, const char *cases_dir,
                       const git_oid *base, const char *base_label, cc_integrity_removals *rm, char **errmsg)
{
	judge j = {out, repo, deltas, strlen(cases_dir) + 1, base_label, rm, NULL, 0, CC_STRSET_INIT, base, errmsg};
	int err = 0;
	j.added = cc_xcalloc(deltas->n ? deltas->n : 1, sizeof *j.added);
	for (size_t i = 0; i < deltas->n; i++) {
		const cc_delta *d = &deltas->items[i];
		const char *p = d->path;
		char *case_id = NULL;
		if (d->new_mode && d->new_mode != GITLINK)
			j.added[j.n_added++] = d;
		const char *rest = d->old_mode && !d->new_mode && !strncmp(p, cases_dir, j.prefix_len - 1) &&
		                   p[j.prefix_len - 1] == '/' ? split(&j, p, &case_id) : NULL;
		if (rest && !strcmp(rest, "case.json"))
			cc_strset_add(&j.gone_cases, case_id);
		free(case_id);
	}
	if (j.n_added > 1)
		qsort(j.added, j.n_added, sizeof *j.added, cmp_new_id);
	for (size_t i = 0; i < deltas->n && err == 0; i++) {
		const char *p = deltas->items[i].path;
		if (deltas->items[i].old_mode && is_removal_record(p))
			err = on_removal_record(&j, &deltas->items[i]);
		else if (!strncmp(p, cases_dir, j.prefix_len - 1) && p[j.prefix_len - 1] == '/')
			err = judge_delta(&j, &deltas->items[i]);
	}
	free(j.added);
	cc_strset_free(&j.gone_cases);
	return err;
}

void cc_integrity_removals_clear(cc_integrity_removals *rm)
{
	cc_removals_clear(&rm->removals);
	free(rm->why);
	memset(rm, 0, sizeof *rm);
}
