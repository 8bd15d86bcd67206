/* rules_history.c: records integrity over the git history (--history).
 * The run walks the commits once for every case (history_events.h: every
 * commit reachable from the commit audited, HEAD for the index and the
 * working tree, each against its first parent, oldest first; uncommitted
 * changes are not compared); each case reads the changes to its own files
 * and gives:
 *  - history.final-notes: a note that was final is changed or deleted later;
 *  - history.chronology-entries: a chronology entry id disappears;
 *  - history.signoff-files: a sign-off file is changed or deleted after it
 *    was first committed.
 * A change that reaches main through a merge is reported by the walker
 * twice (side commit and merge); each note and each entry id is reported
 * once, and a sign-off file's commits once per distinct change.
 *
 * A history that cannot be read whole (a shallow clone, a missing or
 * corrupt commit, tree or blob) is never a pass: each history rule that is
 * on gets a finding saying it could not be verified, and why. */
#include "checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "history_events.h"
#include "jget.h"
#include "source/history.h"
#include "util/strbuf.h"
#include "util/strset.h"
#include "util/xalloc.h"

#define RULE_NOTES "history.final-notes"
#define RULE_CHRON "history.chronology-entries"
#define RULE_SIGNOFF "history.signoff-files"
/* Commits named in one sign-off finding; the rest are counted. */
#define MAX_SIGNOFF_COMMITS 5

typedef struct case_ctx {
	cc_audit_case *ac;
	bool notes_on, chron_on, signoff_on;
	cc_strset seen; /* what was reported: "n:" note path, "e:" entry id, "s:" sign-off path, "u:" unreadable */
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
	static const char *const rules[] = {RULE_NOTES, RULE_CHRON, RULE_SIGNOFF};
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

static void on_note(case_ctx *w, const cc_hev *e)
{
	cJSON *old = NULL;
	char *why = NULL;
	if (read_doc(&old, &why, w->ac, e->old_id) < 0) {
		unreadable(w, RULE_NOTES, e, why);
		return;
	}
	const char *status = cc_jstr(old, "status");
	if (status && !strcmp(status, "final") && !seen_before(w, 'n', e->path)) {
		char sid[13];
		short_id(e->commit, sid);
		char *shown = cc_audit_printable(e->path, strlen(e->path));
		cc_audit_add(w->ac, RULE_NOTES, shown, "", "the final note was %s in commit %s",
		             e->new_id[0] ? "changed" : "deleted", sid);
		free(shown);
	}
	cJSON_Delete(old);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The entry ids of a chronology, sorted for bsearch (borrowed strings;
 * the array is owned). */
static const char **sorted_ids(const cJSON *chron, size_t *n)
{
	const cJSON *it;
	size_t cap = (size_t)cJSON_GetArraySize(cc_jarr(chron, "entries"));
	const char **ids = cc_xcalloc(cap ? cap : 1, sizeof *ids);
	*n = 0;
	cJSON_ArrayForEach(it, cc_jarr(chron, "entries")) {
		const char *id = cc_jstr(it, "id");
		if (id && *n < cap)
			ids[(*n)++] = id;
	}
	if (*n > 1)
		qsort(ids, *n, sizeof *ids, cmp_str);
	return ids;
}

static void on_chronology(case_ctx *w, const cc_hev *e)
{
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
	char sid[13];
	size_t n_now = 0;
	const char **now_ids = sorted_ids(now, &n_now);
	short_id(e->commit, sid);
	cJSON_ArrayForEach(it, cc_jarr(old, "entries")) {
		const char *id = cc_jstr(it, "id");
		if (id && !(n_now && bsearch(&id, now_ids, n_now, sizeof *now_ids, cmp_str)) && !seen_before(w, 'e', id)) {
			char *shown = cc_audit_printable(id, strlen(id));
			cc_audit_add(w->ac, RULE_CHRON, e->path, "/entries", "chronology entry '%s' was deleted in commit %s",
			             shown, sid);
			free(shown);
		}
	}
	free(now_ids);
	cJSON_Delete(old);
	if (e->new_id[0]) {
		w->chron_doc = now; /* kept for the next change */
		memcpy(w->chron_id, e->new_id, sizeof w->chron_id);
	}
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

/* One finding for the sign-off file of ev[first] (its first change), with
 * the commits that changed or deleted it. */
static void on_signoff(case_ctx *w, const cc_hev *ev, size_t n, size_t first)
{
	const char *path = ev[first].path;
	cc_strbuf list = CC_STRBUF_INIT;
	size_t total = 0;
	for (size_t i = first; i < n; i++) {
		if (ev[i].kind != CC_HEV_SIGNOFF || strcmp(ev[i].path, path) || !strcmp(ev[i].old_id, ev[i].new_id) ||
		    repeated_change(ev, i))
			continue; /* another file, a mode change only, or a merge repeating a change */
		if (total++ < MAX_SIGNOFF_COMMITS) {
			char sid[13];
			short_id(ev[i].commit, sid);
			cc_strbuf_printf(&list, "%s%s in commit %s", list.len ? ", " : "", ev[i].new_id[0] ? "changed" : "deleted",
			                 sid);
		}
	}
	if (total > MAX_SIGNOFF_COMMITS)
		cc_strbuf_printf(&list, " and %zu more", total - MAX_SIGNOFF_COMMITS);
	if (total) {
		char *shown = cc_audit_printable(path, strlen(path));
		cc_audit_add(w->ac, RULE_SIGNOFF, shown, "",
		             "the sign-off file was edited after it was written: %s (a new sign-off is a new file)",
		             cc_strbuf_cstr(&list));
		free(shown);
	}
	cc_strbuf_free(&list);
}

void cc_check_history(cc_audit_case *ac)
{
	case_ctx w = {ac, false, false, false, CC_STRSET_INIT, NULL, ""};
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
	w.notes_on = cc_audit_rule_on(ac->run, RULE_NOTES);
	w.chron_on = cc_audit_rule_on(ac->run, RULE_CHRON);
	w.signoff_on = cc_audit_rule_on(ac->run, RULE_SIGNOFF);
	for (size_t i = 0; i < n; i++) {
		const cc_hev *e = &ev[i];
		if (e->kind == CC_HEV_NOTE && w.notes_on)
			on_note(&w, e);
		else if (e->kind == CC_HEV_CHRONOLOGY && w.chron_on)
			on_chronology(&w, e);
		else if (e->kind == CC_HEV_SIGNOFF && w.signoff_on && !seen_before(&w, 's', e->path))
			on_signoff(&w, ev, n, i);
	}
	cc_strset_free(&w.seen);
	cJSON_Delete(w.chron_doc);
}
