/* engine.c: cc_audit_run(): the policy, the list of cases, worker threads
 * auditing one case each at a time, and delivery of the results to the
 * sink in case-id order from the calling thread. At most a few results
 * (WINDOW_PER_JOB per worker) wait for delivery at any time, in a ring of that many
 * slots, so memory does not grow with the number of cases: what is kept
 * for the whole run is the sorted list of case ids. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit_int.h"
#include "casemodel.h"
#include "checks.h"
#include "signoff_chain.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "jget.h"
#include "util/xalloc.h"

#define MAX_JOBS 64
/* Results that may wait for delivery, per worker: enough that a worker
 * does not stop while the other audits a slow case (a long chronology),
 * few enough that the results held stay a constant. */
#define WINDOW_PER_JOB 8

typedef struct job_queue {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	char **ids;              /* case ids to audit, sorted */
	size_t n;
	size_t next;             /* next case to take */
	size_t delivered;        /* cases handed to the sink */
	size_t window;           /* max results waiting */
	cc_case_result **slots;  /* window slots: case i's result goes to slot
	                          * i % window, NULL until done; a worker takes
	                          * case i only once case i - window is delivered */
	const cc_audit_ctx *run;
	bool timeline;           /* fill the results' timelines */
	cc_rule_check_fn *checks;/* distinct checks with a rule on */
	size_t n_checks;
} job_queue;

typedef struct worker {
	pthread_t thread;
	job_queue *q;
	cc_source *src;
	cc_doctype *dt;
	cc_arena arena; /* the parsed documents of the case being audited */
} worker;

static char *dup_or_null(const char *s)
{
	return s ? cc_xstrdup(s) : NULL;
}

/* Audits case id; its documents are parsed into arena, reset after. */
static cc_case_result *audit_one(const job_queue *q, cc_source *src, cc_doctype *dt, cc_arena *arena,
                                 const char *id)
{
	cc_case_result *r = cc_xcalloc(1, sizeof *r);
	cc_audit_case ac = {.run = q->run, .src = src, .dt = dt, .arena = arena, .result = r,
	                    .findings = CC_FINDINGS_INIT};
	r->case_id = cc_xstrdup(id);
	r->path = cc_xasprintf("%s/%s", q->run->cases_dir, id);
	r->signoff = CC_SIGNOFF_NOT_REQUIRED;
	cc_case *c = cc_case_load(&ac, id);
	const cJSON *cj = c->case_doc.json;
	if (cj) {
		r->team = dup_or_null(cc_jstr(cj, "team"));
		r->worker = dup_or_null(cc_case_allocated_worker(c));
		r->service = dup_or_null(cc_jstr(cj, "service"));
	} else {
		/* An invalid case.json still says whose case it is (the fix list
		 * goes to that worker), but only by ids staff.json lists: a
		 * string there might be anything typed. */
		const cJSON *bad = c->case_doc.invalid;
		const char *team = cc_jstr(bad, "team"), *worker = cc_jstr(cc_jobj(bad, "allocation"), "worker");
		r->team = team && cc_staff_team(q->run, team) ? cc_xstrdup(team) : NULL;
		r->worker = worker && cc_staff_member(q->run, worker) ? cc_xstrdup(worker) : NULL;
	}
	r->team_name = dup_or_null(cc_jstr(cc_id_index_get(&q->run->team_ix, r->team), "name"));
	cc_audit_skip_begin(&ac);
	for (size_t i = 0; i < q->n_checks; i++)
		q->checks[i](&ac);
	if (q->run->purpose != CC_PURPOSE_CHECK)
		cc_signoff_chain(&ac); /* reports show the sign-offs even where no rule asks for one */
	cc_audit_skip_end(&ac);
	if (q->timeline)
		cc_audit_timeline(&ac);
	cc_audit_waivers(&ac); /* after every rule: a waiver names a finding they made */
	cc_audit_annotate(&ac);
	cc_findings_sort(&ac.findings);
	r->findings = ac.findings;
	r->n_errors = cc_findings_count(&r->findings, CC_SEVERITY_ERROR);
	r->n_warnings = cc_findings_count(&r->findings, CC_SEVERITY_WARNING);
	r->ready = r->n_errors == 0;
	cc_case_free(c);
	cc_arena_reset(arena);
	return r;
}

static void *worker_main(void *arg)
{
	worker *w = arg;
	job_queue *q = w->q;
	for (;;) {
		pthread_mutex_lock(&q->lock);
		while (q->next < q->n && q->next >= q->delivered + q->window)
			pthread_cond_wait(&q->cond, &q->lock);
		if (q->next >= q->n) {
			pthread_mutex_unlock(&q->lock);
			return NULL;
		}
		size_t i = q->next++;
		pthread_mutex_unlock(&q->lock);
		cc_case_result *r = audit_one(q, w->src, w->dt, &w->arena, q->ids[i]);
		pthread_mutex_lock(&q->lock);
		q->slots[i % q->window] = r;
		pthread_cond_broadcast(&q->cond);
		pthread_mutex_unlock(&q->lock);
	}
}

/* The distinct check functions that have at least one rule on. */
static void select_checks(job_queue *q, const cc_audit_ctx *run)
{
	size_t n = cc_rules_count();
	q->checks = cc_xcalloc(n, sizeof *q->checks);
	for (size_t i = 0; i < n; i++) {
		cc_rule_check_fn fn = cc_rules_check_at(i);
		if (!fn || !run->enabled[i])
			continue;
		bool seen = false;
		for (size_t j = 0; j < q->n_checks; j++)
			seen |= q->checks[j] == fn;
		if (!seen)
			q->checks[q->n_checks++] = fn;
	}
}

static void free_ids(char **ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the cases; folder-level findings go to repo (only when every case
 * is audited). */
static int list_cases(const cc_audit_ctx *run, cc_source *src, const cc_audit_options *opts,
                      char ***ids_out, size_t *n_out, cc_findings *repo, char **errmsg)
{
	cc_dirlist list = CC_DIRLIST_INIT;
	char *msg = NULL;
	char **ids = NULL;
	size_t n = 0, cap = 0;
	bool all = opts->n_cases == 0 || !opts->cases;
	int rc = cc_source_list(src, run->cases_dir, &list, &msg);
	if (all)
		cc_audit_cases_outside(run, src, repo);
	if (rc == CC_ENOTFOUND && opts->cases_dir_optional) {
		rc = 0;
	} else if (rc == CC_ENOTFOUND) {
		/* Nothing audited is never success: a wrong --repo, an empty
		 * repository or a mistyped cases_dir would otherwise be "0 cases". */
		char *where = cc_audit_printable(run->cases_dir, strlen(run->cases_dir));
		*errmsg = cc_xasprintf("no cases folder: looked for %s/ (%s) in %s, %s; nothing was audited. "
		                       "Is this the repository's top folder?",
		                       where, run->cases_dir_configured ? "casecheck.json cases_dir"
		                                                        : "the default; casecheck.json sets no cases_dir",
		                       cc_source_root(src), cc_source_kind_of(src) == CC_SOURCE_INDEX ? "in the index"
		                       : cc_source_kind_of(src) == CC_SOURCE_WORKTREE ? "on disk" : "in the commit read");
		free(where);
		goto done;
	} else if (rc < 0) {
		*errmsg = cc_xasprintf("%s: cannot list the cases folder: %s", run->cases_dir, msg ? msg : "error");
		goto done;
	}
	for (size_t i = 0; i < list.count; i++) {
		const cc_dirent *e = &list.items[i];
		size_t len = strlen(e->name);
		if (e->type == CC_ENTRY_DIR && cc_case_id_valid(e->name, len)) {
			ids = cc_xgrow(ids, &cap, n + 1, sizeof *ids);
			ids[n++] = cc_xstrdup(e->name);
			continue;
		}
		if (!all)
			continue;
		char *p = cc_audit_printable(e->name, len);
		char *path = cc_xasprintf("%s/%s", run->cases_dir, p);
		if (e->type == CC_ENTRY_DIR)
			cc_audit_add_to(run, repo, "integrity.case-folder", path, "",
			                "the folder name is not a valid case id, so the folder is not audited");
		else if (e->type == CC_ENTRY_SYMLINK || e->type == CC_ENTRY_SUBMODULE)
			cc_audit_add_to(run, repo, "integrity.case-folder", path, "",
			                "a %s, not a case folder; it is not followed",
			                e->type == CC_ENTRY_SYMLINK ? "symbolic link" : "git submodule");
		else
			cc_audit_add_to(run, repo, "integrity.case-folder", path, "",
			                "only case folders belong in the cases folder");
		free(path);
		free(p);
	}
	if (!all) {
		char **sel = cc_xcalloc(opts->n_cases ? opts->n_cases : 1, sizeof *sel);
		size_t m = 0;
		for (size_t i = 0; i < opts->n_cases; i++) {
			const char *want = opts->cases[i];
			bool found = false, dup = false;
			for (size_t j = 0; j < n && !found; j++)
				found = !strcmp(ids[j], want);
			for (size_t j = 0; j < m; j++)
				dup |= !strcmp(sel[j], want);
			if (!found) {
				char *p = cc_audit_printable(want, strlen(want));
				*errmsg = cc_xasprintf("unknown case '%s' (no folder %s/%s)", p, run->cases_dir, p);
				free(p);
				free_ids(sel, m);
				rc = -1;
				goto done;
			}
			if (!dup)
				sel[m++] = cc_xstrdup(want);
		}
		free_ids(ids, n);
		ids = sel;
		n = m;
		if (n == 0) { /* a selection that selects nothing audits nothing */
			*errmsg = cc_xasprintf("the cases asked for select no case in %s/; nothing was audited", run->cases_dir);
			rc = -1;
			goto done;
		}
	}
	if (cc_param_check_max_cases(run->params[CC_PARAM_MAX_CASES], n, errmsg) < 0) {
		rc = -1;
		goto done;
	}
	if (n > 1)
		qsort(ids, n, sizeof *ids, cmp_str);
	*ids_out = ids;
	*n_out = n;
	ids = NULL;
	n = 0;
done:
	free_ids(ids, n);
	free(msg);
	cc_dirlist_clear(&list);
	return rc < 0 ? -1 : 0;
}

static int default_jobs(void)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores >= 2 ? 2 : 1;
}

static void progress(const cc_audit_options *opts, size_t done, size_t total, bool last)
{
	if (!opts->progress)
		return;
	fprintf(stderr, "\rcasecheck: audited %zu of %zu case%s", done, total, total == 1 ? "" : "s");
	if (last)
		fputc('\n', stderr);
	fflush(stderr);
}

int cc_audit_run(cc_source *src, const cc_audit_options *opts, const cc_audit_sink *sink,
                 cc_audit_summary *summary, char **errmsg)
{
	cc_audit_ctx run;
	job_queue q;
	worker workers[MAX_JOBS];
	cc_audit_summary sum;
	int nw = 0, started = 0, rc = -1;
	memset(&run, 0, sizeof run);
	memset(&q, 0, sizeof q);
	memset(&sum, 0, sizeof sum);
	*errmsg = NULL;
	run.purpose = opts->purpose;
	run.as_of = opts->as_of;
	run.history = opts->history;
	run.skip_rule = opts->skip_rule;
	run.trust = opts->trust;
	if ((unsigned)opts->purpose > CC_PURPOSE_LAST) {
		*errmsg = cc_xstrdup("unknown purpose");
		goto done;
	}
	if (cc_audit_compile_schemas(&run, errmsg) < 0)
		goto done;
	if (cc_audit_load_policy(&run, src, opts->profile, opts->policy, &sum.repo_findings, errmsg) < 0)
		goto done;
	if (list_cases(&run, src, opts, &q.ids, &q.n, &sum.repo_findings, errmsg) < 0)
		goto done;
	if (cc_audit_select_cases(&run, src, opts, q.ids, &q.n, errmsg) < 0)
		goto done;
	if ((opts->n_cases && opts->cases) || cc_audit_filter_active(opts)) {
		run.selected = q.ids;
		run.n_selected = q.n;
	}

	q.run = &run;
	select_checks(&q, &run);
	q.timeline = opts->timeline;
	nw = opts->jobs > 0 ? opts->jobs : default_jobs();
	if (nw > MAX_JOBS)
		nw = MAX_JOBS;
	if ((size_t)nw > q.n)
		nw = q.n ? (int)q.n : 0;
	q.window = (size_t)(nw > 0 ? nw : 1) * WINDOW_PER_JOB;
	q.slots = cc_xcalloc(q.window, sizeof *q.slots);
	pthread_mutex_init(&q.lock, NULL);
	pthread_cond_init(&q.cond, NULL);
	for (int i = 0; i < nw; i++) {
		char *msg = NULL;
		workers[i].q = &q;
		workers[i].src = NULL;
		workers[i].dt = NULL;
		workers[i].arena = (cc_arena)CC_ARENA_INIT;
		if (cc_source_dup(&workers[i].src, src, &msg) < 0 || cc_doctype_open(&workers[i].dt, &msg) < 0) {
			*errmsg = cc_xasprintf("cannot start an audit worker: %s", msg ? msg : "error");
			free(msg);
			nw = i + 1;
			goto stop;
		}
	}

	cc_audit_meta meta = {CASECHECK_VERSION, run.purpose, run.profile, run.as_of,
	                      cc_source_kind_of(src), cc_source_rev(src), cc_source_commit(src), cc_source_root(src), opts->trust,
	                      run.history, run.params};
	if (sink && sink->begin)
		sink->begin(sink->ctx, &meta);
	for (int i = 0; i < nw; i++) {
		if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) != 0)
			break;
		started++;
	}
	if (started == 0 && q.n > 0) {
		*errmsg = cc_xstrdup("cannot start audit threads");
		goto stop;
	}
	for (size_t i = 0; i < q.n; i++) {
		pthread_mutex_lock(&q.lock);
		while (!q.slots[i % q.window])
			pthread_cond_wait(&q.cond, &q.lock);
		cc_case_result *r = q.slots[i % q.window];
		q.slots[i % q.window] = NULL;
		q.delivered = i + 1;
		pthread_cond_broadcast(&q.cond);
		pthread_mutex_unlock(&q.lock);
		sum.cases++;
		if (r->ready)
			sum.ready++;
		else
			sum.not_ready++;
		progress(opts, i + 1, q.n, i + 1 == q.n);
		bool shown = opts->show == CC_AUDIT_SHOW_ALL || (opts->show == CC_AUDIT_SHOW_READY) == r->ready;
		if (shown && sink && sink->on_case)
			sink->on_case(sink->ctx, r);
		else
			cc_case_result_free(r);
	}
	if (run.history)
		cc_history_removal_records(&run, src, &sum.repo_findings);
	cc_findings_sort(&sum.repo_findings);
	if (sink && sink->end)
		sink->end(sink->ctx, &sum);
	rc = 0;
stop:
	pthread_mutex_lock(&q.lock);
	q.next = q.n; /* stop workers that have not finished (error paths) */
	pthread_cond_broadcast(&q.cond);
	pthread_mutex_unlock(&q.lock);
	for (int i = 0; i < started; i++)
		pthread_join(workers[i].thread, NULL);
	for (int i = 0; i < nw; i++) {
		cc_source_free(workers[i].src);
		cc_doctype_close(workers[i].dt);
		cc_arena_free(&workers[i].arena);
	}
	for (size_t i = 0; i < q.window; i++)
		cc_case_result_free(q.slots[i]);
	pthread_mutex_destroy(&q.lock);
	pthread_cond_destroy(&q.cond);
done:
	free(q.slots);
	free(q.checks);
	free_ids(q.ids, q.n);
	cc_audit_ctx_clear(&run);
	if (rc == 0 && summary)
		*summary = sum;
	else
		cc_audit_summary_clear(&sum);
	return rc;
}
