/* changes.c: see casecheck/workflow.h. */
#include "casecheck/workflow.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "casecheck/error.h"
#include "json/json.h"
#include "casecheck/source.h"
#include "source/git.h"
#include "casecheck/trust.h"
#include "source/treehash.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The furthest back a sign-off's content is looked for. */
#define MAX_WALK 5000

/* The one case's result from an audit of src. */
typedef struct one_case {
	cc_case_result *r;
} one_case;

static void keep_case(void *ctx, cc_case_result *r)
{
	one_case *oc = ctx;
	cc_case_result_free(oc->r);
	oc->r = r;
}

static int audit_at(cc_case_result **out, const cc_changes_options *o, const char *rev, const cc_trust *trust,
                    char **errmsg)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_audit_options ao;
	cc_source *src = NULL;
	one_case oc = {NULL};
	cc_audit_sink sink = {NULL, keep_case, NULL, &oc};
	const char *ids[] = {o->case_id};
	int rc = CC_ERROR;
	so.repo_dir = o->repo_dir;
	so.rev = rev;
	memset(&ao, 0, sizeof ao);
	ao.purpose = o->purpose;
	ao.as_of = o->as_of;
	ao.cases = ids;
	ao.n_cases = 1;
	ao.jobs = 1;
	ao.trust = trust;
	if (cc_source_open(&src, &so, errmsg) < 0 || cc_audit_run(src, &ao, &sink, NULL, errmsg) < 0)
		goto done;
	*out = oc.r;
	oc.r = NULL;
	rc = 0;
done:
	cc_case_result_free(oc.r);
	cc_source_free(src);
	return rc;
}

/* The content of the case folder at path in commit (its tree without
 * signoffs/); false when the folder is not there. */
static bool content_at(git_oid *out, git_repository *repo, git_commit *commit, const char *path)
{
	git_tree *root = NULL, *sub = NULL;
	git_tree_entry *e = NULL;
	bool ok = false;
	if (git_commit_tree(&root, commit) == 0 && git_tree_entry_bypath(&e, root, path) == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_TREE && git_tree_lookup(&sub, repo, git_tree_entry_id(e)) == 0)
		ok = cc_tree_id_without(out, sub, "signoffs") == 0;
	git_tree_free(sub);
	git_tree_entry_free(e);
	git_tree_free(root);
	return ok;
}

static void put_date(FILE *out, git_time_t t)
{
	char buf[32];
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
	fputs(buf, out);
}

/* One line a commit: id, date, and with show_values its author and subject. */
static void put_commit(FILE *out, git_commit *c, bool show_values)
{
	char id[GIT_OID_HEXSZ + 1];
	git_oid_tostr(id, sizeof id, git_commit_id(c));
	fprintf(out, "    %.12s  ", id);
	put_date(out, git_commit_time(c));
	if (show_values) {
		const git_signature *a = git_commit_author(c);
		const char *subject = git_commit_summary(c);
		fprintf(out, "  %s: %s", a && a->name ? a->name : "?", subject ? subject : "");
	}
	fputc('\n', out);
}

/* The files of the case folder that differ between the trees of base and
 * head (signoffs/ left out). */
static void put_files(FILE *out, git_repository *repo, git_commit *base, git_commit *head, const char *path)
{
	git_tree *a = NULL, *b = NULL;
	git_diff *diff = NULL;
	git_diff_options dopt;
	char *spec = cc_xasprintf("%s/", path);
	char *specs[] = {spec};
	size_t shown = 0;
	git_diff_options_init(&dopt, GIT_DIFF_OPTIONS_VERSION);
	dopt.pathspec.strings = specs;
	dopt.pathspec.count = 1;
	dopt.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
	if (git_commit_tree(&a, base) == 0 && git_commit_tree(&b, head) == 0 &&
	    git_diff_tree_to_tree(&diff, repo, a, b, &dopt) == 0) {
		size_t n = git_diff_num_deltas(diff);
		for (size_t i = 0; i < n; i++) {
			const git_diff_delta *d = git_diff_get_delta(diff, i);
			const char *p = d->status == GIT_DELTA_DELETED ? d->old_file.path : d->new_file.path;
			const char *rel = strncmp(p, spec, strlen(spec)) ? p : p + strlen(spec);
			if (!strncmp(rel, "signoffs/", 9))
				continue;
			fprintf(out, "    %c %s\n", git_diff_status_char(d->status), rel);
			shown++;
		}
	}
	if (!shown)
		fputs("    (none)\n", out);
	git_diff_free(diff);
	git_tree_free(a);
	git_tree_free(b);
	free(spec);
}

static bool same_finding(const cc_finding *a, const cc_finding *b)
{
	return !strcmp(a->rule, b->rule) && !strcmp(a->path, b->path) && !strcmp(a->pointer, b->pointer);
}

/* The findings of now that then did not have (by rule, file and pointer). */
static void put_new_findings(FILE *out, const cc_case_result *then, const cc_case_result *now)
{
	size_t shown = 0;
	for (size_t i = 0; i < now->findings.count; i++) {
		const cc_finding *f = &now->findings.items[i];
		bool old = false;
		for (size_t j = 0; then && j < then->findings.count && !old; j++)
			old = same_finding(f, &then->findings.items[j]);
		if (old)
			continue;
		fprintf(out, "    %-8s %s%s%s: %s [%s]\n", cc_severity_name(f->severity), f->path, *f->pointer ? " at " : "",
		        f->pointer, f->message, f->rule);
		shown++;
	}
	if (!shown)
		fputs("    (none)\n", out);
}

/* The signed content of the sign-off file at path (a tree id), or NULL. */
static char *signed_content(git_repository *repo, git_commit *head, const char *path)
{
	git_tree *root = NULL;
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	cJSON *doc = NULL;
	char *out = NULL;
	if (git_commit_tree(&root, head) == 0 && git_tree_entry_bypath(&e, root, path) == 0 &&
	    git_blob_lookup(&blob, repo, git_tree_entry_id(e)) == 0 &&
	    cc_json_parse(&doc, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob), NULL, NULL) == 0) {
		const cJSON *c = cJSON_GetObjectItemCaseSensitive(doc, "content");
		if (cJSON_IsString(c))
			out = cc_xstrdup(c->valuestring);
	}
	cJSON_Delete(doc);
	git_blob_free(blob);
	git_tree_entry_free(e);
	git_tree_free(root);
	return out;
}

/* One sign-off: where its content was first, what changed since. */
static int report_signoff(FILE *out, const cc_changes_options *o, git_repository *repo, git_commit *head,
                          const char *case_path, const cc_signoff_entry *s, const cc_case_result *now,
                          const cc_trust *trust, char **errmsg)
{
	git_oid want;
	git_commit *c = NULL, *base = NULL;
	char *content = signed_content(repo, head, s->path);
	char **between = NULL; /* commits after base that changed the case, newest first */
	size_t n_between = 0, cap = 0, steps = 0;
	cc_case_result *then = NULL;
	int rc = 0;
	fprintf(out, "%s (%s by %s, %s)\n", s->path, s->role ? s->role : "?", s->by ? s->by : "?", s->date ? s->date : "?");
	if (!content || git_oid_fromstr(&want, content) < 0) {
		fputs("  its content is not a tree id: nothing to compare\n\n", out);
		goto done;
	}
	/* Back along first parents to the signed content, then on to the
	 * first commit that had it. */
	git_commit_dup(&c, head);
	bool found = false;
	while (c && steps++ < MAX_WALK) {
		git_oid here;
		bool has = content_at(&here, repo, c, case_path);
		bool match = has && git_oid_equal(&here, &want);
		if (found && !match)
			break;
		if (match) {
			found = true;
			git_commit_free(base);
			git_commit_dup(&base, c);
		} else {
			git_commit *p = NULL;
			git_oid there;
			bool changed = git_commit_parent(&p, c, 0) < 0 || !content_at(&there, repo, p, case_path) ||
			               !has || !git_oid_equal(&here, &there);
			git_commit_free(p);
			if (changed) {
				between = cc_xgrow(between, &cap, n_between + 1, sizeof *between);
				between[n_between] = cc_xmalloc(GIT_OID_HEXSZ + 1);
				git_oid_tostr(between[n_between++], GIT_OID_HEXSZ + 1, git_commit_id(c));
			}
		}
		git_commit *parent = NULL;
		if (git_commit_parent(&parent, c, 0) < 0)
			parent = NULL;
		git_commit_free(c);
		c = parent;
	}
	if (!found) {
		fprintf(out, "  the content signed (%.12s) is not in the %zu commits walked back from %.12s: it was never "
		             "committed, or the history was rewritten\n\n",
		        content, steps - 1, git_oid_tostr_s(git_commit_id(head)));
		goto done;
	}
	fprintf(out, "  signed content first committed in %.12s (", git_oid_tostr_s(git_commit_id(base)));
	put_date(out, git_commit_time(base));
	fputs(")\n", out);
	if (s->content == CC_CONTENT_CURRENT || n_between == 0) {
		fputs("  nothing in the case has changed since: the sign-off is current\n\n", out);
		goto done;
	}
	fprintf(out, "  %zu commit%s changed the case since:\n", n_between, n_between == 1 ? "" : "s");
	for (size_t i = 0; i < n_between; i++) {
		git_oid id;
		git_commit *k = NULL;
		if (git_oid_fromstr(&id, between[i]) == 0 && git_commit_lookup(&k, repo, &id) == 0)
			put_commit(out, k, o->show_values);
		git_commit_free(k);
	}
	fputs("  files changed since (A added, M modified, D deleted):\n", out);
	put_files(out, repo, base, head, case_path);
	char base_id[GIT_OID_HEXSZ + 1];
	git_oid_tostr(base_id, sizeof base_id, git_commit_id(base));
	if (audit_at(&then, o, base_id, trust, errmsg) < 0) {
		rc = CC_ERROR;
		goto done;
	}
	fprintf(out, "  findings new since (both audited as of the same day):\n");
	put_new_findings(out, then, now);
	fputc('\n', out);
done:
	for (size_t i = 0; i < n_between; i++)
		free(between[i]);
	free(between);
	cc_case_result_free(then);
	git_commit_free(c);
	git_commit_free(base);
	free(content);
	return rc;
}

int cc_changes_report(FILE *out, const cc_changes_options *o, char **errmsg)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	cc_trust trust = CC_TRUST_INIT;
	cc_case_result *now = NULL;
	git_commit *head = NULL;
	git_oid head_id;
	int rc = CC_ERROR;
	*errmsg = NULL;
	so.repo_dir = o->repo_dir;
	so.rev = o->rev;
	if (cc_source_open(&src, &so, errmsg) < 0)
		goto done;
	git_repository *repo = cc_source_git_repository(src);
	if (!repo || !cc_source_commit(src) || git_oid_fromstr(&head_id, cc_source_commit(src)) < 0 ||
	    git_commit_lookup(&head, repo, &head_id) < 0) {
		*errmsg = cc_xstrdup("changes reads the history: it needs a git repository with commits");
		goto done;
	}
	if (cc_trust_load(&trust, cc_source_root(src), o->allowed_signers, errmsg) < 0)
		goto done;
	char commit[GIT_OID_HEXSZ + 1];
	git_oid_tostr(commit, sizeof commit, &head_id);
	if (audit_at(&now, o, commit, &trust, errmsg) < 0)
		goto done;
	fprintf(out, "casecheck changes: case %s, purpose %s, commit %.12s; findings as of ", o->case_id,
	        cc_purpose_name(o->purpose), commit);
	char date[11];
	cc_date_format(o->as_of, date);
	fprintf(out, "%s\n\n", date);
	if (now->n_signoffs == 0)
		fprintf(out, "no sign-off of %s that the %s purpose looks at: nothing to compare\n", o->case_id,
		        cc_purpose_name(o->purpose));
	for (size_t i = 0; i < now->n_signoffs; i++)
		if (report_signoff(out, o, repo, head, now->path, &now->signoffs[i], now, &trust, errmsg) < 0)
			goto done;
	rc = 0;
done:
	git_commit_free(head);
	cc_case_result_free(now);
	cc_trust_clear(&trust);
	cc_source_free(src);
	return rc;
}
