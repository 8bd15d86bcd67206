/* staged.c: the case folders a change touches: each changed path of the
 * change's file lists (delta.h, made by change.c) is sorted under the
 * name of the cases_dir entry it lies in. */
#include "workflow/staged.h"

#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "casecheck/policy.h"
#include "util/xalloc.h"

/* A growable set of names, kept unsorted until the end. */
typedef struct name_set {
	char **items;
	size_t count, cap;
} name_set;

/* Diff deltas come sorted by path, so a repeat is almost always the
 * last name added; the rest go at set_sort_unique(). */
static void set_add(name_set *s, const char *name, size_t n)
{
	if (s->count) {
		const char *last = s->items[s->count - 1];
		if (strlen(last) == n && !memcmp(last, name, n))
			return;
	}
	s->items = cc_xgrow(s->items, &s->cap, s->count + 1, sizeof *s->items);
	s->items[s->count++] = cc_xstrndup(name, n);
}

static void set_free(name_set *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->items[i]);
	free(s->items);
	memset(s, 0, sizeof *s);
}

/* Adds the cases_dir entry that path lies in (or is) to touched. */
static void touch(name_set *touched, const char *cases_dir, const char *path)
{
	size_t dl = strlen(cases_dir);
	if (strncmp(path, cases_dir, dl) != 0 || path[dl] != '/')
		return;
	const char *name = path + dl + 1;
	const char *slash = strchr(name, '/');
	size_t n = slash ? (size_t)(slash - name) : strlen(name);
	if (n > 0)
		set_add(touched, name, n);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void set_sort_unique(name_set *s)
{
	size_t kept = 0;
	if (s->count > 1)
		qsort(s->items, s->count, sizeof *s->items, cmp_str);
	for (size_t i = 0; i < s->count; i++) {
		if (kept && !strcmp(s->items[kept - 1], s->items[i]))
			free(s->items[i]);
		else
			s->items[kept++] = s->items[i];
	}
	s->count = kept;
}

static const cc_dirent *find_entry(const cc_dirlist *list, const char *name)
{
	size_t lo = 0, hi = list->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(list->items[mid].name, name);
		if (c == 0)
			return &list->items[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Sorts the touched names into ids (case folders still staged) and
 * strays (anything else still staged); deleted ones are dropped: a case
 * deleted whole has nothing left to check. */
static int classify(cc_staged_cases *out, cc_source *src, name_set *touched, char **errmsg)
{
	cc_dirlist list = CC_DIRLIST_INIT;
	char *msg = NULL;
	size_t cap_ids = 0, cap_strays = 0;
	int rc = cc_source_list(src, out->cases_dir, &list, &msg);
	if (rc == CC_ENOTFOUND || rc == CC_ENOTFILE) {
		rc = 0; /* no cases folder any more: nothing staged to check */
		goto done;
	}
	if (rc < 0) {
		*errmsg = cc_xasprintf("%s: cannot list the staged cases folder: %s", out->cases_dir,
		                       msg ? msg : "error");
		goto done;
	}
	set_sort_unique(touched); /* so ids and strays come out sorted */
	for (size_t i = 0; i < touched->count; i++) {
		char *name = touched->items[i];
		const cc_dirent *e = find_entry(&list, name);
		if (!e)
			continue;
		if (e->type == CC_ENTRY_DIR && cc_case_id_valid(name, strlen(name))) {
			out->ids = cc_xgrow(out->ids, &cap_ids, out->count + 1, sizeof *out->ids);
			out->ids[out->count++] = name;
		} else {
			out->strays = cc_xgrow(out->strays, &cap_strays, out->n_strays + 1, sizeof *out->strays);
			out->strays[out->n_strays++] = name;
		}
		touched->items[i] = NULL; /* moved */
	}
done:
	free(msg);
	cc_dirlist_clear(&list);
	return rc < 0 ? CC_ERROR : 0;
}

int cc_staged_cases_from_deltas(cc_staged_cases *out, cc_source *src, const cc_policy *policy,
                                const cc_deltas *deltas, size_t n_deltas, char **errmsg)
{
	name_set touched = {NULL, 0, 0};
	memset(out, 0, sizeof *out);
	/* The policy of the state src reads (the one the commit would make),
	 * as the audit reads it: which files are policy, where the cases are. */
	out->cases_dir = cc_xstrdup(policy->cases_dir);
	for (size_t k = 0; k < n_deltas; k++) {
		for (size_t i = 0; i < deltas[k].n; i++) {
			const char *path = deltas[k].items[i].path;
			if (cc_policy_has_file(policy, path))
				out->repo_files = true;
			touch(&touched, out->cases_dir, path);
		}
	}
	int error = classify(out, src, &touched, errmsg);
	set_free(&touched);
	if (error)
		cc_staged_cases_clear(out);
	return error;
}

void cc_staged_cases_clear(cc_staged_cases *sc)
{
	for (size_t i = 0; i < sc->count; i++)
		free(sc->ids[i]);
	free(sc->ids);
	for (size_t i = 0; i < sc->n_strays; i++)
		free(sc->strays[i]);
	free(sc->strays);
	free(sc->cases_dir);
	memset(sc, 0, sizeof *sc);
}
