/* rules_signer_changed.c: integrity.signer-changed — the signer of a
 * sign-off the purpose looks at has another role or team in staff.json
 * than when the sign-off was committed (issue 13 item 4). The sign-off is
 * judged on staff.json as audited; a change since (a manager moved to
 * another team, a role raised to head of service) may be what lets it
 * count, so it is reported, by staff id and sign-off file. staff.json as
 * it was is read from the commit that added the sign-off (stale.c's
 * first-parent walk), and parsed only when its blob differs. */
#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "checks.h"
#include "jget.h"
#include "signoff_chain.h"
#include "stale.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "source/git.h"

static const char *const RULE = "integrity.signer-changed";

/* staff.json in the commit hex, parsed, or NULL; *same when its blob is
 * the one HEAD holds and the audit reads HEAD (nothing to compare). */
static cJSON *staff_at(cc_audit_case *ac, const char *hex, bool *same)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	git_oid id, head_blob;
	git_commit *c = NULL;
	git_tree *root = NULL;
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	cJSON *doc = NULL;
	*same = false;
	if (git_oid_fromstr(&id, hex) < 0 || git_commit_lookup(&c, repo, &id) < 0 || git_commit_tree(&root, c) < 0 ||
	    git_tree_entry_bypath(&e, root, "staff.json") < 0)
		goto done;
	git_oid_cpy(&head_blob, git_tree_entry_id(e));
	git_tree_entry_free(e);
	e = NULL;
	git_tree_free(root);
	root = NULL;
	git_commit_free(c);
	c = NULL;
	if (cc_source_kind_of(ac->src) == CC_SOURCE_REV && git_oid_fromstr(&id, cc_source_commit(ac->src)) == 0 &&
	    git_commit_lookup(&c, repo, &id) == 0 && git_commit_tree(&root, c) == 0 &&
	    git_tree_entry_bypath(&e, root, "staff.json") == 0 && git_oid_equal(git_tree_entry_id(e), &head_blob)) {
		*same = true;
		goto done;
	}
	if (git_blob_lookup(&blob, repo, &head_blob) == 0 &&
	    cc_json_parse(&doc, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob), NULL, NULL) < 0)
		doc = NULL;
done:
	git_blob_free(blob);
	git_tree_entry_free(e);
	git_tree_free(root);
	git_commit_free(c);
	return doc;
}

/* The member of staff.json's staff[] with this id (the first), or NULL. */
static const cJSON *member(const cJSON *staff, const char *id)
{
	const cJSON *m;
	cJSON_ArrayForEach(m, cc_jarr(staff, "staff"))
		if (cc_jstr(m, "id") && !strcmp(cc_jstr(m, "id"), id))
			return m;
	return NULL;
}

static const char *field(const cJSON *m, const char *key)
{
	const char *v = cc_jstr(m, key);
	return v ? v : "(none)";
}

static bool differs(const cJSON *a, const cJSON *b, const char *key)
{
	const char *x = cc_jstr(a, key), *y = cc_jstr(b, key);
	return (x == NULL) != (y == NULL) || (x && strcmp(x, y));
}

void cc_check_signer_changed(cc_audit_case *ac)
{
	cc_signoff_chain(ac);
	if (!ac->run->staff || !cc_source_git_repository(ac->src))
		return;
	for (size_t i = 0; i < ac->result->n_signoffs; i++) {
		const cc_signoff_entry *e = &ac->result->signoffs[i];
		char added[41];
		bool same = false;
		const cJSON *now = e->by ? cc_id_index_get(&ac->run->staff_ix, e->by) : NULL;
		if (!now || !cc_stale_commit_adding(ac, e->path, added))
			continue;
		cJSON *then_staff = staff_at(ac, added, &same);
		const cJSON *then = member(then_staff, e->by);
		bool role = then && differs(then, now, "role"), team = then && differs(then, now, "team");
		if (role || team) {
			cc_strbuf sb = CC_STRBUF_INIT;
			if (role)
				cc_strbuf_printf(&sb, "role %s -> %s", field(then, "role"), field(now, "role"));
			if (team)
				cc_strbuf_printf(&sb, "%steam %s -> %s", role ? ", " : "", field(then, "team"), field(now, "team"));
			cc_audit_add(ac, RULE, e->path, "/by",
			             "%s's %s in staff.json changed since the sign-off was committed (%.12s): %s; the "
			             "sign-off is judged on staff.json as it is now",
			             e->by, role && team ? "role and team" : role ? "role" : "team", added, sb.buf);
			cc_strbuf_free(&sb);
		}
		cJSON_Delete(then_staff);
	}
}
