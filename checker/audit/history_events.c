/* history_events.c: the run's one walk over the history, its events
 * grouped by case (see history_events.h). */
#include "history_events.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "source/history.h"
#include "util/xalloc.h"

struct cc_history_run {
	pthread_mutex_t lock; /* held while the walk fills the events */
	bool filled;
	int status;           /* 0, or CC_ERROR: the walk stopped early */
	char *why;            /* when status < 0: printable; owned */
	cc_hev *ev;           /* sorted by case name, then seq; owned */
	size_t n, cap;
	cc_removals removals; /* of the commit audited */
	char *removals_why;   /* NULL, or why they cannot be read; owned */
};

/* Guards the creation of run->history_run (once a run). */
static pthread_mutex_t create_lock = PTHREAD_MUTEX_INITIALIZER;

void cc_history_run_free(struct cc_history_run *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n; i++)
		free(h->ev[i].path);
	free(h->ev);
	free(h->why);
	cc_removals_clear(&h->removals);
	free(h->removals_why);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

/* The run's cache, created by the first caller. The run context is
 * otherwise read-only while workers run; this one member is written once,
 * under create_lock (the context itself is never a const object). */
static struct cc_history_run *run_cache(const cc_audit_ctx *run)
{
	cc_audit_ctx *w = (cc_audit_ctx *)run;
	pthread_mutex_lock(&create_lock);
	if (!w->history_run) {
		struct cc_history_run *h = cc_xcalloc(1, sizeof *h);
		pthread_mutex_init(&h->lock, NULL);
		w->history_run = h;
	}
	struct cc_history_run *h = w->history_run;
	pthread_mutex_unlock(&create_lock);
	return h;
}

typedef struct fill_ctx {
	struct cc_history_run *h;
	const cc_audit_ctx *run;
	size_t prefix_len; /* "cases/" */
	size_t seq;
} fill_ctx;

/* The case folder and the rest of a path under the cases folder:
 * "C1/notes/n1.json" gives case length 2 and rest "notes/n1.json". */
static const char *split_case(const char *under, size_t *case_len)
{
	const char *slash = strchr(under, '/');
	if (!slash || slash == under)
		return NULL;
	*case_len = (size_t)(slash - under);
	return slash + 1;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

int cc_hev_kind_of(const char *rest)
{
	if (!strcmp(rest, "chronology.json"))
		return CC_HEV_CHRONOLOGY;
	if (!strcmp(rest, "case.json") || !strcmp(rest, "genogram.json"))
		return CC_HEV_CASEFILE;
	if (!strncmp(rest, "notes/", 6) && rest[6] && !strchr(rest + 6, '/'))
		return CC_HEV_NOTE;
	if (!strncmp(rest, "signoffs/", 9) && rest[9] && !strchr(rest + 9, '/') && ends_with(rest, ".json"))
		return CC_HEV_SIGNOFF;
	return -1;
}

static int cmp_entry_ref(const void *a, const void *b)
{
	return strcmp(((const cc_entry_ref *)a)->id, ((const cc_entry_ref *)b)->id);
}

cc_entry_ref *cc_entries_by_id(const cJSON *chron, size_t *n)
{
	const cJSON *entries = cJSON_GetObjectItemCaseSensitive(chron, "entries"), *it;
	size_t cap = (size_t)cJSON_GetArraySize(entries);
	cc_entry_ref *refs = cc_xcalloc(cap ? cap : 1, sizeof *refs);
	*n = 0;
	cJSON_ArrayForEach(it, entries) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id");
		if (cJSON_IsString(id) && *n < cap)
			refs[(*n)++] = (cc_entry_ref){id->valuestring, it};
	}
	if (*n > 1)
		qsort(refs, *n, sizeof *refs, cmp_entry_ref);
	return refs;
}

/* Whether now is old, or old with an "entered_in_error" mark added. */
static bool entry_kept(const cJSON *old, const cJSON *now)
{
	if (cc_json_equal(now, old))
		return true;
	if (!cJSON_GetObjectItemCaseSensitive(now, "entered_in_error") ||
	    cJSON_GetObjectItemCaseSensitive(old, "entered_in_error"))
		return false;
	cJSON *copy = cJSON_Duplicate(now, true);
	cJSON_DeleteItemFromObjectCaseSensitive(copy, "entered_in_error");
	bool same = cc_json_equal(copy, old);
	cJSON_Delete(copy);
	return same;
}

cc_entry_fate cc_entry_fate_in(const cJSON *old, const cc_entry_ref *now, size_t n)
{
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(old, "id");
	if (!cJSON_IsString(id))
		return CC_ENTRY_KEPT; /* no id: nothing to follow it by */
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(now[mid].id, id->valuestring) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	cc_entry_fate fate = CC_ENTRY_DELETED;
	for (; lo < n && !strcmp(now[lo].id, id->valuestring); lo++) {
		if (entry_kept(old, now[lo].entry))
			return CC_ENTRY_KEPT;
		fate = CC_ENTRY_CHANGED;
	}
	return fate;
}

/* Whether the case folder name (len bytes, not NUL-terminated) is among
 * the cases the run audits. */
static bool selected(const cc_audit_ctx *run, const char *name, size_t len)
{
	if (!run->selected)
		return true;
	size_t lo = 0, hi = run->n_selected;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *id = run->selected[mid];
		int c = strncmp(id, name, len);
		if (!c)
			c = id[len] != '\0';
		if (!c)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Only the audited case folders and their notes/ and signoffs/ are
 * compared: other folders (documents/, assessments/) hold nothing the
 * rules read. */
static bool on_enter(void *ctx, const char *path)
{
	const fill_ctx *f = ctx;
	size_t case_len;
	const char *rest = split_case(path + f->prefix_len, &case_len);
	if (!rest || !selected(f->run, path + f->prefix_len, case_len))
		return false;
	return !*rest || !strcmp(rest, "notes/") || !strcmp(rest, "signoffs/");
}

#define GITLINK 0160000u

static int on_change(void *ctx, const cc_history_change *ch)
{
	fill_ctx *f = ctx;
	struct cc_history_run *h = f->h;
	size_t case_len;
	const char *rest = split_case(ch->path + f->prefix_len, &case_len);
	int kind = rest ? cc_hev_kind_of(rest) : -1;
	f->seq++;
	if (kind < 0 || !ch->old_id || ch->old_mode == GITLINK || (kind == CC_HEV_CASEFILE && ch->new_id))
		return 0;
	h->ev = cc_xgrow(h->ev, &h->cap, h->n + 1, sizeof *h->ev);
	cc_hev *e = &h->ev[h->n++];
	memset(e, 0, sizeof *e);
	e->kind = (cc_hev_kind)kind;
	e->path = cc_xstrdup(ch->path);
	e->case_off = f->prefix_len;
	e->case_len = case_len;
	e->seq = f->seq;
	e->n_parents = ch->commit->n_parents;
	e->parent_no = ch->commit->parent_no;
	memcpy(e->commit, ch->commit->id, 40);
	memcpy(e->old_id, ch->old_id, 40);
	if (ch->new_id && ch->new_mode != GITLINK)
		memcpy(e->new_id, ch->new_id, 40);
	return 0;
}

/* Orders by case name, then walk order. */
static int cmp_event(const void *pa, const void *pb)
{
	const cc_hev *a = pa, *b = pb;
	size_t n = a->case_len < b->case_len ? a->case_len : b->case_len;
	int c = memcmp(a->path + a->case_off, b->path + b->case_off, n);
	if (c)
		return c;
	if (a->case_len != b->case_len)
		return a->case_len < b->case_len ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The one walk, into h (called once, under h->lock). */
static void fill(struct cc_history_run *h, cc_audit_case *ac)
{
	const char *dir = ac->run->cases_dir;
	fill_ctx f = {h, ac->run, *dir ? strlen(dir) + 1 : 0, 0};
	cc_history_visitor v = {NULL, on_change, true}; /* a merge against each parent */
	char *msg = NULL;
	int err = cc_history_walk_only(ac->src, dir, &v, on_enter, &f, &msg);
	if (err < 0) {
		h->status = CC_ERROR;
		h->why = cc_audit_printable(msg ? msg : "error", strlen(msg ? msg : "error"));
	}
	free(msg);
	if (h->n > 1)
		qsort(h->ev, h->n, sizeof *h->ev, cmp_event);
	/* the removal records in force in the commit audited make deletions
	 * lawful; their own schema set, as the run's is shared read-only */
	cc_schema_set *set = NULL;
	msg = NULL;
	cc_schema_set_new(&set);
	if (cc_removals_load(&h->removals, ac->src, set, ac->run->staff, ac->run->trust, &ac->run->limits, &msg) < 0)
		h->removals_why = cc_audit_printable(msg ? msg : "error", strlen(msg ? msg : "error"));
	cc_schema_set_free(set);
	free(msg);
}

/* Compares case name id with an event's case (for the lower bound). */
static int cmp_case(const char *id, size_t len, const cc_hev *e)
{
	size_t n = len < e->case_len ? len : e->case_len;
	int c = memcmp(id, e->path + e->case_off, n);
	if (c)
		return c;
	return len < e->case_len ? -1 : len > e->case_len;
}

int cc_history_events(const cc_hev **events, size_t *n, const char **why, cc_audit_case *ac)
{
	struct cc_history_run *h = run_cache(ac->run);
	pthread_mutex_lock(&h->lock);
	if (!h->filled) {
		fill(h, ac);
		h->filled = true;
	}
	pthread_mutex_unlock(&h->lock);
	/* filled: read-only from here on */
	const char *id = ac->c->id;
	size_t len = strlen(id), lo = 0, hi = h->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_case(id, len, &h->ev[mid]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < h->n && cmp_case(id, len, &h->ev[end]) == 0)
		end++;
	*events = h->n ? h->ev + lo : NULL;
	*n = end - lo;
	*why = h->why;
	return h->status;
}

const cc_removals *cc_history_removals(const char **why, cc_audit_case *ac)
{
	const struct cc_history_run *h = ac->run->history_run;
	*why = h ? h->removals_why : "the history was not read";
	return h && !h->removals_why ? &h->removals : NULL;
}
