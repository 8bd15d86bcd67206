/* history_removals.c: removal records are kept for good (--history).
 *
 * A removal record (removals/<name>.json) is the audit trail of a lawful
 * deletion: changing or deleting it later would rewrite why records are
 * gone, so it is append-only, like a sign-off. One walk over the history
 * of removals/ (every commit reachable from the commit audited, a merge
 * against each parent) finds each record changed or deleted; compared as
 * parsed JSON, so reformatting is no change, and a record renamed with its
 * content (the same JSON added under removals/ in the same commit) is a
 * move. A record altered and holding its original content again is
 * history.restored (a warning naming the commits); else
 * history.removal-records, an error naming the commits. Findings are the
 * repository's, not a case's: the case a record names may be gone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "removals.h"
#include "source/history.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define RULE "history.removal-records"
#define RULE_RESTORED "history.restored"
#define MAX_COMMITS 5
#define MAX_RECORD_BYTES ((size_t)1 << 20)

typedef struct rm_event {
	char *path;
	char commit[41];
	char old_id[41]; /* "" when added */
	char new_id[41]; /* "" when deleted */
	unsigned parent_no;
} rm_event;

typedef struct rm_walk {
	rm_event *ev;
	size_t n, cap;
} rm_walk;

static bool is_record(const char *path)
{
	const char *name = path + strlen(CC_REMOVALS_DIR) + 1;
	size_t n = strlen(name);
	return !strchr(name, '/') && n > 5 && !strcmp(name + n - 5, ".json");
}

static int on_change(void *ctx, const cc_history_change *ch)
{
	rm_walk *w = ctx;
	if (!is_record(ch->path) || (ch->old_mode && ch->old_mode != 0100644 && ch->old_mode != 0100755))
		return 0;
	w->ev = cc_xgrow(w->ev, &w->cap, w->n + 1, sizeof *w->ev);
	rm_event *e = &w->ev[w->n++];
	memset(e, 0, sizeof *e);
	e->path = cc_xstrdup(ch->path);
	memcpy(e->commit, ch->commit->id, 40);
	if (ch->old_id)
		memcpy(e->old_id, ch->old_id, 40);
	if (ch->new_id)
		memcpy(e->new_id, ch->new_id, 40);
	e->parent_no = ch->commit->parent_no;
	return 0;
}

/* The blob id's JSON, or NULL (unreadable, not JSON, too big). */
static cJSON *read_blob(cc_source *src, const char *id, const cc_json_limits *limits)
{
	char *buf = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	if (cc_history_read_blob(src, id, MAX_RECORD_BYTES, &buf, &len, NULL) == 0 &&
	    cc_json_parse(&doc, buf, len, limits, NULL) < 0)
		doc = NULL;
	free(buf);
	return doc;
}

/* Whether the deleted record ev[i] was renamed: the same blob, or the same
 * JSON, added under removals/ by the same commit against the same parent. */
static bool renamed(cc_source *src, const rm_walk *w, size_t i, const cJSON *old, const cc_json_limits *limits)
{
	const rm_event *d = &w->ev[i];
	for (size_t k = 0; k < w->n; k++) {
		const rm_event *a = &w->ev[k];
		if (a->old_id[0] || !a->new_id[0] || strcmp(a->commit, d->commit) || a->parent_no != d->parent_no)
			continue;
		if (!strcmp(a->new_id, d->old_id))
			return true;
		cJSON *now = old ? read_blob(src, a->new_id, limits) : NULL;
		bool same = now && cc_json_equal(now, old);
		cJSON_Delete(now);
		if (same)
			return true;
	}
	return false;
}

typedef struct altered {
	const char *path;  /* borrowed from the events */
	cJSON *original;   /* the record before its first change; may be NULL (it was not JSON) */
	cc_strbuf commits;
	size_t n_commits;
} altered;

/* Whether the record at path holds original again in the state audited. */
static bool restored(cc_source *src, const char *path, const cJSON *original, const cc_json_limits *limits)
{
	char *buf = NULL;
	size_t len = 0;
	cJSON *now = NULL;
	if (original && cc_source_read(src, path, MAX_RECORD_BYTES, &buf, &len, NULL) == 0 &&
	    cc_json_parse(&now, buf, len, limits, NULL) < 0)
		now = NULL;
	bool same = now && cc_json_equal(now, original);
	cJSON_Delete(now);
	free(buf);
	return same;
}

static void report(const cc_audit_ctx *run, cc_source *src, cc_findings *out, altered *a)
{
	char *shown = cc_audit_printable(a->path, strlen(a->path));
	if (a->n_commits > MAX_COMMITS)
		cc_strbuf_printf(&a->commits, " and %zu more", a->n_commits - MAX_COMMITS);
	if (restored(src, a->path, a->original, &run->limits))
		cc_audit_add_to(run, out, RULE_RESTORED, shown, "",
		                "the removal record was altered (%s) and is restored to its original content",
		                cc_strbuf_cstr(&a->commits));
	else
		cc_audit_add_to(run, out, RULE, shown, "", "the removal record was %s; a removal record is kept for good",
		                cc_strbuf_cstr(&a->commits));
	free(shown);
}

void cc_history_removal_records(const cc_audit_ctx *run, cc_source *src, cc_findings *out)
{
	rm_walk w = {NULL, 0, 0};
	cc_history_visitor v = {NULL, on_change, true};
	altered *alt = NULL;
	size_t n_alt = 0, cap_alt = 0;
	char *msg = NULL;
	if (!cc_audit_rule_on(run, RULE) || !cc_source_has_git(src) || !cc_source_commit(src))
		return;
	if (cc_history_walk(src, CC_REMOVALS_DIR, &v, &w, &msg) < 0) {
		char *why = cc_audit_printable(msg ? msg : "error", strlen(msg ? msg : "error"));
		cc_audit_add_to(run, out, RULE, CC_REMOVALS_DIR, "",
		                "the history cannot be read (%s), so this rule is not verified: audit a complete clone "
		                "(git fetch --unshallow; git fsck finds damaged objects)", why);
		free(why);
	}
	for (size_t i = 0; i < w.n; i++) {
		const rm_event *e = &w.ev[i];
		if (!e->old_id[0] || !strcmp(e->old_id, e->new_id))
			continue; /* added, or a mode change only */
		cJSON *old = read_blob(src, e->old_id, &run->limits), *now = NULL;
		bool lawful = e->new_id[0] ? (now = read_blob(src, e->new_id, &run->limits)) && old && cc_json_equal(now, old)
		                           : renamed(src, &w, i, old, &run->limits);
		cJSON_Delete(now);
		altered *a = NULL;
		for (size_t k = 0; k < n_alt && !a; k++)
			if (!strcmp(alt[k].path, e->path))
				a = &alt[k];
		if (lawful || (a && e->parent_no > 0 && a->n_commits > 0)) {
			cJSON_Delete(old); /* no change, or a merge repeating a change counted on its first side */
			continue;
		}
		if (!a) {
			alt = cc_xgrow(alt, &cap_alt, n_alt + 1, sizeof *alt);
			a = &alt[n_alt++];
			*a = (altered){e->path, old, CC_STRBUF_INIT, 0};
			old = NULL;
		}
		cJSON_Delete(old);
		if (a->n_commits++ < MAX_COMMITS)
			cc_strbuf_printf(&a->commits, "%s%s in commit %.12s", a->commits.len ? ", " : "",
			                 e->new_id[0] ? "changed" : "deleted", e->commit);
	}
	for (size_t k = 0; k < n_alt; k++) {
		report(run, src, out, &alt[k]);
		cJSON_Delete(alt[k].original);
		cc_strbuf_free(&alt[k].commits);
	}
	for (size_t i = 0; i < w.n; i++)
		free(w.ev[i].path);
	free(w.ev);
	free(alt);
	free(msg);
}
