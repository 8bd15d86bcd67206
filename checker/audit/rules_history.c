/* rules_history.c: records integrity over the git history (--history),
 * with cc_history_walk (source/history.h): every commit reachable from the
 * commit audited (HEAD for the index and the working tree; uncommitted
 * changes are not compared), each against its first parent, oldest first.
 * One walk serves both rules: history.final-notes (a note that was final
 * is changed or deleted later) and history.chronology-entries (an entry id
 * disappears). A change that reaches main through a merge is reported by
 * the walker twice (side commit and merge); each note and each entry id is
 * reported once. */
#include "checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jget.h"
#include "source/history.h"
#include "util/xalloc.h"

typedef struct walk_ctx {
	cc_audit_case *ac;
	char *notes_prefix;   /* "cases/X/notes/" */
	char *chronology;     /* "cases/X/chronology.json" */
	char **seen;          /* what was reported: note paths / entry ids */
	size_t n_seen, cap_seen;
} walk_ctx;

static bool seen_before(walk_ctx *w, const char *key)
{
	for (size_t i = 0; i < w->n_seen; i++)
		if (!strcmp(w->seen[i], key))
			return true;
	w->seen = cc_xgrow(w->seen, &w->cap_seen, w->n_seen + 1, sizeof *w->seen);
	w->seen[w->n_seen++] = cc_xstrdup(key);
	return false;
}

static cJSON *read_doc(walk_ctx *w, const char *id)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	const cc_audit_ctx *run = w->ac->run;
	if (id && cc_history_read_blob(w->ac->src, id, (size_t)run->params[CC_PARAM_MAX_DOCUMENT_BYTES], &buf, &len,
	                               &msg) == 0 &&
	    cc_json_parse(&doc, buf, len, &run->limits, NULL) < 0)
		doc = NULL;
	free(buf);
	free(msg);
	return doc;
}

static void short_id(const char *id, char out[13])
{
	snprintf(out, 13, "%.12s", id);
}

static int on_note_change(void *ctx, const cc_history_change *ch)
{
	walk_ctx *w = ctx;
	size_t plen = strlen(w->notes_prefix);
	if (!ch->old_id || strncmp(ch->path, w->notes_prefix, plen) || strchr(ch->path + plen, '/'))
		return 0;
	cJSON *old = read_doc(w, ch->old_id);
	const char *status = cc_jstr(old, "status");
	if (status && !strcmp(status, "final") && !seen_before(w, ch->path)) {
		char sid[13];
		short_id(ch->commit->id, sid);
		char *shown = cc_audit_printable(ch->path, strlen(ch->path));
		cc_audit_add(w->ac, "history.final-notes", shown, "", "the final note was %s in commit %s",
		             ch->new_id ? "changed" : "deleted", sid);
		free(shown);
	}
	cJSON_Delete(old);
	return 0;
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

static int on_chronology_change(void *ctx, const cc_history_change *ch)
{
	walk_ctx *w = ctx;
	if (!ch->old_id || strcmp(ch->path, w->chronology))
		return 0;
	cJSON *old = read_doc(w, ch->old_id), *now = read_doc(w, ch->new_id);
	const cJSON *it;
	char sid[13];
	size_t n_now = 0;
	const char **now_ids = sorted_ids(now, &n_now);
	short_id(ch->commit->id, sid);
	cJSON_ArrayForEach(it, cc_jarr(old, "entries")) {
		const char *id = cc_jstr(it, "id");
		if (id && !(n_now && bsearch(&id, now_ids, n_now, sizeof *now_ids, cmp_str)) && !seen_before(w, id))
			cc_audit_add(w->ac, "history.chronology-entries", w->chronology, "/entries",
			             "chronology entry '%s' was deleted in commit %s", id, sid);
	}
	free(now_ids);
	cJSON_Delete(old);
	cJSON_Delete(now);
	return 0;
}

static int on_change(void *ctx, const cc_history_change *ch)
{
	walk_ctx *w = ctx;
	if (cc_audit_rule_on(w->ac->run, "history.final-notes"))
		on_note_change(ctx, ch);
	if (cc_audit_rule_on(w->ac->run, "history.chronology-entries"))
		on_chronology_change(ctx, ch);
	return 0;
}

CC_CHECK(history)
{
	walk_ctx w = {ac, NULL, NULL, NULL, 0, 0};
	cc_history_visitor v = {NULL, on_change};
	char *msg = NULL;
	if (!cc_source_has_git(ac->src) || !cc_source_commit(ac->src))
		return;
	w.notes_prefix = cc_xasprintf("%s/notes/", ac->c->dir);
	w.chronology = cc_xasprintf("%s/chronology.json", ac->c->dir);
	cc_history_walk(ac->src, ac->c->dir, &v, &w, &msg);
	for (size_t i = 0; i < w.n_seen; i++)
		free(w.seen[i]);
	free(w.seen);
	free(w.notes_prefix);
	free(w.chronology);
	free(msg);
}
