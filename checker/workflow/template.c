/* template.c: see casecheck/workflow.h. */
#include "casecheck/workflow.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <git2.h>

#include "audit/jget.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "json/json.h"
#include "casecheck/policy.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "casecheck/source.h"
#include "source/git.h"
#include "util/safewrite.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define SCHEMA_URI "https://casecheck.example/schemas/v1/%s.json"
#define MAX_DOC ((size_t)64 << 20)

typedef struct tctx {
	cc_source *src;
	cc_policy pol;
	const char *root;
	char *author;
	cJSON *staff;        /* staff.json, or NULL */
	cc_schema_set *schemas; /* compiled once, for every document this run checks */
	char today[11];
	cc_strbuf written;
} tctx;

static void ctx_clear(tctx *t)
{
	cc_policy_clear(&t->pol);
	cc_source_free(t->src);
	free(t->author);
	cJSON_Delete(t->staff);
	cc_schema_set_free(t->schemas);
	cc_strbuf_free(&t->written);
}

/* Reads and parses rel from the work tree; NULL when absent or broken. */
static cJSON *read_json(tctx *t, const char *rel, char **text_out)
{
	char *buf = NULL, *msg = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	if (cc_source_read(t->src, rel, MAX_DOC, &buf, &len, &msg) == 0)
		cc_json_parse(&doc, buf, len, NULL, NULL);
	free(msg);
	if (text_out && doc)
		*text_out = buf;
	else
		free(buf);
	return doc;
}

/* The member of staff.json's list (staff or teams) with this id, or NULL. */
static const cJSON *staff_find(const tctx *t, const char *list, const char *id)
{
	const cJSON *m;
	cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(t->staff, list)) {
		const char *mid = cc_jstr(m, "id");
		if (mid && id && !strcmp(mid, id))
			return m;
	}
	return NULL;
}

/* The author: --author, else git config casecheck.staffId; a staff id
 * that staff.json lists when it lists anyone. */
static int find_author(tctx *t, const char *given, char **errmsg)
{
	git_repository *repo = cc_source_git_repository(t->src);
	if (given) {
		t->author = cc_xstrdup(given);
	} else if (repo) {
		git_config *cfg = NULL;
		const char *s = NULL;
		if (git_repository_config_snapshot(&cfg, repo) == 0 && git_config_get_string(&s, cfg, "casecheck.staffId") == 0 &&
		    s && *s)
			t->author = cc_xstrdup(s);
		git_config_free(cfg);
	}
	if (!t->author) {
		*errmsg = cc_xstrdup("who is writing? give --author STAFF-ID, or set it once with "
		                     "'git config casecheck.staffId STAFF-ID'");
		return -1;
	}
	if (!cc_staff_id_valid(t->author, strlen(t->author))) {
		*errmsg = cc_xasprintf("'%s' is not a staff id (lower-case letters, digits and hyphens)", t->author);
		return -1;
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(t->staff, "staff")) > 0 &&
	    !staff_find(t, "staff", t->author)) {
		*errmsg = cc_xasprintf("%s is not in staff.json: add them there first", t->author);
		return -1;
	}
	return 0;
}

static int ctx_open(tctx *t, const char *repo_dir, cc_date today, char **errmsg)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	memset(t, 0, sizeof *t);
	t->pol = (cc_policy)CC_POLICY_INIT;
	so.kind = CC_SOURCE_WORKTREE;
	so.repo_dir = repo_dir;
	if (cc_source_open(&t->src, &so, errmsg) < 0 || cc_policy_load(&t->pol, t->src, errmsg) < 0)
		return -1;
	t->root = cc_source_root(t->src);
	t->staff = read_json(t, CC_POLICY_STAFF, NULL);
	cc_date_format(today, t->today);
	return 0;
}

/* Validates doc against the schema of kind ("note"): every template must
 * give a valid document, so a failure here is casecheck's own fault. The
 * schema set is made on first use and kept in *set for the next document. */
static int check_valid(cc_schema_set **set, const char *kind, const cJSON *doc, char **errmsg)
{
	cc_schema *schema = NULL;
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	char *uri = cc_xasprintf(SCHEMA_URI, kind), *msg = NULL;
	int rc = -1;
	if ((!*set && cc_schema_set_new(set) < 0) || cc_schema_set_get(&schema, *set, uri, &msg) < 0) {
		*errmsg = cc_xasprintf("the %s schema cannot be read: %s", kind, msg ? msg : "error");
		goto done;
	}
	if (cc_schema_validate(schema, doc, NULL, &rep) != 1) {
		*errmsg = cc_xasprintf("the new %s would not be valid (%s: %s)", kind,
		                       rep.count ? rep.errors[0].instance_location : "",
		                       rep.count ? rep.errors[0].message : "invalid");
		goto done;
	}
	rc = 0;
done:
	cc_schema_report_clear(&rep);
	free(uri);
	free(msg);
	return rc;
}

/* Whether a component of rel is named .git (in any case, as git reads it). */
static bool in_git_dir(const char *rel)
{
	for (const char *p = rel; p; p = strchr(p, '/') ? strchr(p, '/') + 1 : NULL)
		if (!strncasecmp(p, ".git", 4) && (p[4] == '/' || p[4] == '\0'))
			return true;
	return false;
}

/* Creates every folder of dir (relative) under root, never through a link. */
static int make_dirs(const char *root, const char *dir, char **errmsg)
{
	for (size_t i = 0;; i++) {
		if (dir[i] != '/' && dir[i] != '\0')
			continue;
		char *prefix = cc_xstrndup(dir, i);
		int fd = cc_open_dir_beneath(root, prefix, true, NULL);
		if (fd < 0) {
			*errmsg = cc_xasprintf("%s: refused: not a real folder inside the work tree (%s)", prefix,
			                       errno == ELOOP || errno == ENOTDIR ? "a symbolic link or a file" : strerror(errno));
			free(prefix);
			return -1;
		}
		close(fd);
		free(prefix);
		if (!dir[i])
			return 0;
	}
}

/* Writes doc (already checked against its schema) as a new file rel
 * (pretty, ending in a newline). */
static int write_doc(tctx *t, const char *rel, const cJSON *doc, char **errmsg)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	int rc = -1;
	if (in_git_dir(rel)) {
		*errmsg = cc_xasprintf("%s: refused: casecheck never writes inside .git", rel);
		return -1;
	}
	const char *slash = strrchr(rel, '/');
	char *dir = slash ? cc_xstrndup(rel, (size_t)(slash - rel)) : NULL;
	if (dir && make_dirs(t->root, dir, errmsg) < 0)
		goto done;
	cc_json_print_pretty(&sb, doc, 0);
	cc_strbuf_putc(&sb, '\n');
	if (cc_write_new_beneath(t->root, rel, sb.buf, sb.len, errmsg) < 0)
		goto done;
	cc_strbuf_printf(&t->written, "%s\n", rel);
	rc = 0;
done:
	free(dir);
	cc_strbuf_free(&sb);
	return rc;
}

static void add_str(cJSON *o, const char *key, const char *v)
{
	cJSON_AddItemToObject(o, key, cJSON_CreateString(v));
}

static cJSON *new_doc(const char *format)
{
	cJSON *o = cJSON_CreateObject();
	add_str(o, "format", format);
	return o;
}

/* Whether root/rel exists (anything, links included). */
static bool exists(const tctx *t, const char *rel)
{
	char *abs = cc_xasprintf("%s/%s", t->root, rel);
	struct stat st;
	bool yes = lstat(abs, &st) == 0;
	free(abs);
	return yes;
}

static int new_case(tctx *t, const char *id, const cc_new_options *o, char **errmsg)
{
	const cJSON *me = staff_find(t, "staff", t->author);
	const char *team = o->team ? o->team : cc_jstr(me, "team");
	const cJSON *trow = staff_find(t, "teams", team);
	const char *worker = o->worker ? o->worker : t->author;
	const char *manager = o->manager ? o->manager : cc_jstr(trow, "manager");
	const char *service = o->service ? o->service : cc_jstr(trow, "service");
	const char *child = o->child ? o->child : "child-1";
	const char *missing = !team ? "--team TEAM" : !manager ? "--manager STAFF-ID" : !service ? "--service SERVICE" : NULL;
	cc_date d;
	char *folder = cc_xasprintf("%s/%s", t->pol.cases_dir, id);
	int rc = -1;
	cJSON *c = NULL, *ch = NULL, *g = NULL;
	if (missing) {
		*errmsg = cc_xasprintf("give %s (staff.json does not say it for %s)", missing, t->author);
		goto done;
	}
	if (!o->born == !o->expected) {
		*errmsg = cc_xstrdup("give the child's date of birth, --born YYYY-MM-DD (or --expected YYYY-MM-DD for an "
		                     "unborn child)");
		goto done;
	}
	if (cc_date_parse(&d, o->born ? o->born : o->expected, strlen(o->born ? o->born : o->expected)) < 0) {
		*errmsg = cc_xstrdup("--born and --expected want a real date YYYY-MM-DD");
		goto done;
	}
	if (exists(t, folder)) {
		*errmsg = cc_xasprintf("%s already exists; nothing written", folder);
		goto done;
	}
	c = new_doc("casecheck/case@1");
	add_str(c, "case_id", id);
	add_str(c, "status", "open");
	add_str(c, "service", service);
	add_str(c, "team", team);
	cJSON *alloc = cJSON_AddObjectToObject(c, "allocation");
	add_str(alloc, "worker", worker);
	add_str(alloc, "manager", manager);
	add_str(alloc, "since", t->today);
	cJSON *kid = cJSON_CreateObject();
	add_str(kid, "id", child);
	add_str(kid, "family_name", CC_PLACEHOLDER_MARK ": the child's family name]");
	add_str(kid, o->born ? "date_of_birth" : "expected_on", o->born ? o->born : o->expected);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(c, "children"), kid);

	ch = new_doc("casecheck/chronology@1");
	add_str(ch, "case_id", id);
	cJSON_AddArrayToObject(ch, "entries");

	g = new_doc("casecheck/genogram@1");
	add_str(g, "case_id", id);
	add_str(g, "updated_on", t->today);
	cJSON *person = cJSON_CreateObject();
	add_str(person, "id", child);
	add_str(person, "name", CC_PLACEHOLDER_MARK ": the child's name]");
	add_str(person, "child", child);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(g, "people"), person);
	cJSON_AddArrayToObject(g, "relationships");

	if (check_valid(&t->schemas, "case", c, errmsg) < 0 || check_valid(&t->schemas, "chronology", ch, errmsg) < 0 ||
	    check_valid(&t->schemas, "genogram", g, errmsg) < 0)
		goto done;
	const char *names[] = {"case.json", "chronology.json", "genogram.json"};
	const cJSON *docs[] = {c, ch, g};
	char *made[3];
	size_t n_made = 0;
	while (n_made < 3) {
		made[n_made] = cc_xasprintf("%s/%s", folder, names[n_made]);
		if (write_doc(t, made[n_made], docs[n_made], errmsg) < 0) {
			free(made[n_made]);
			break;
		}
		n_made++;
	}
	rc = n_made == 3 ? 0 : -1;
	for (size_t i = 0; i < n_made; i++) { /* leave nothing half-made: only files this call created */
		if (rc < 0) {
			char *abs = cc_xasprintf("%s/%s", t->root, made[i]);
			unlink(abs);
			free(abs);
		}
		free(made[i]);
	}
done:
	cJSON_Delete(c);
	cJSON_Delete(ch);
	cJSON_Delete(g);
	free(folder);
	return rc;
}

/* The case's case.json (which must be there), for a record added to it. */
static cJSON *case_doc(tctx *t, const char *id, char **errmsg)
{
	char *rel = cc_xasprintf("%s/%s/case.json", t->pol.cases_dir, id);
	cJSON *doc = read_json(t, rel, NULL);
	if (!doc)
		*errmsg = cc_xasprintf("no case %s here (%s is missing or not valid JSON): 'casecheck new case %s' starts one",
		                       id, rel, id);
	free(rel);
	return doc;
}

/* A file name under folder not yet taken: stem.json, stem-2.json, ... */
static char *free_name(tctx *t, const char *folder, const char *stem, char **id_out)
{
	for (int n = 1;; n++) {
		char *id = n == 1 ? cc_xstrdup(stem) : cc_xasprintf("%s-%d", stem, n);
		char *rel = cc_xasprintf("%s/%s.json", folder, id);
		if (!exists(t, rel)) {
			*id_out = id;
			return rel;
		}
		free(id);
		free(rel);
	}
}

static int new_note(tctx *t, const char *id, const cc_new_options *o, char **errmsg)
{
	cJSON *c = case_doc(t, id, errmsg), *n = NULL;
	char *folder = NULL, *nid = NULL, *rel = NULL, *stem = NULL;
	int rc = -1;
	if (!c)
		return -1;
	if (!o->type) {
		*errmsg = cc_xstrdup("give the note's type (casecheck new note CASE TYPE), e.g. home-visit");
		goto done;
	}
	folder = cc_xasprintf("%s/%s/notes", t->pol.cases_dir, id);
	stem = cc_xasprintf("%s-%s", t->today, o->type);
	rel = free_name(t, folder, stem, &nid);
	n = new_doc("casecheck/note@1");
	add_str(n, "id", nid);
	add_str(n, "date", t->today);
	add_str(n, "author", t->author);
	add_str(n, "type", o->type);
	add_str(n, "heading", CC_PLACEHOLDER_MARK ": the note's heading]");
	add_str(n, "status", "draft");
	add_str(n, "text", CC_PLACEHOLDER_MARK ": what happened, who was seen, what was decided]");
	if (check_valid(&t->schemas, "note", n, errmsg) < 0) {
		free(*errmsg);
		*errmsg = cc_xasprintf("'%s' is not a note type (case-discussion, supervision, home-visit, visit, meeting, "
		                       "telephone, record-read, family-informed, professionals-informed, "
		                       "referrer-confirmation, handover, case-summary, transfer-summary, "
		                       "management-decision, other)", o->type);
		goto done;
	}
	rc = write_doc(t, rel, n, errmsg);
done:
	cJSON_Delete(c);
	cJSON_Delete(n);
	free(folder);
	free(nid);
	free(rel);
	free(stem);
	return rc;
}

static int new_assessment(tctx *t, const char *id, const cc_new_options *o, char **errmsg)
{
	cJSON *c = case_doc(t, id, errmsg), *a = NULL;
	const char *type = o->type ? o->type : "single";
	char *folder = NULL, *aid = NULL, *rel = NULL, *stem = NULL;
	int rc = -1;
	if (!c)
		return -1;
	folder = cc_xasprintf("%s/%s/assessments", t->pol.cases_dir, id);
	stem = cc_xasprintf("%s-%s", type, t->today);
	rel = free_name(t, folder, stem, &aid);
	a = new_doc("casecheck/assessment@1");
	add_str(a, "id", aid);
	add_str(a, "type", type);
	cJSON *kids = cJSON_AddArrayToObject(a, "children");
	const cJSON *k;
	cJSON_ArrayForEach(k, cJSON_GetObjectItemCaseSensitive(c, "children"))
		if (cc_jstr(k, "id"))
			cJSON_AddItemToArray(kids, cJSON_CreateString(cc_jstr(k, "id")));
	add_str(a, "started_on", t->today);
	add_str(a, "status", "open");
	add_str(a, "author", t->author);
	if (check_valid(&t->schemas, "assessment", a, errmsg) < 0)
		goto done;
	rc = write_doc(t, rel, a, errmsg);
done:
	cJSON_Delete(c);
	cJSON_Delete(a);
	free(folder);
	free(aid);
	free(rel);
	free(stem);
	return rc;
}

/* The offset of the ']' that closes the top-level member "entries" of the
 * JSON text, or -1. */
static long entries_end(const char *text, size_t len)
{
	int depth = 0, target = 0;
	bool in_str = false, want_array = false;
	size_t key = 0, key_len = 0;
	for (size_t i = 0; i < len; i++) {
		char ch = text[i];
		if (in_str) {
			if (ch == '\\')
				i++;
			else if (ch == '"') {
				in_str = false;
				key_len = i - key;
			}
			continue;
		}
		if (ch == '"') {
			in_str = true;
			key = i + 1;
		} else if (ch == ':' && depth == 1) {
			want_array = key_len == 7 && !memcmp(text + key, "entries", 7);
		} else if (ch == '[' || ch == '{') {
			depth++;
			if (want_array && ch == '[' && depth == 2)
				target = 2;
			want_array = false;
		} else if (ch == ']' || ch == '}') {
			if (ch == ']' && depth == target)
				return (long)i;
			depth--;
		} else if (ch == ',') {
			want_array = false;
		}
	}
	return -1;
}

/* The next "e-NNN" id after the highest of the chronology's. */
static char *next_entry_id(const cJSON *chron)
{
	unsigned long max = 0;
	int width = 3;
	const cJSON *e;
	cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(chron, "entries")) {
		const char *id = cc_jstr(e, "id");
		if (!id || strncmp(id, "e-", 2) || !isdigit((unsigned char)id[2]))
			continue;
		char *end;
		unsigned long n = strtoul(id + 2, &end, 10);
		if (*end)
			continue;
		if (n > max)
			max = n;
		if ((int)strlen(id + 2) > width)
			width = (int)strlen(id + 2);
	}
	return cc_xasprintf("e-%0*lu", width, max + 1);
}

static int new_entry(tctx *t, const char *id, const cc_new_options *o, char **errmsg)
{
	cJSON *c = case_doc(t, id, errmsg), *chron = NULL, *e = NULL, *after = NULL;
	char *rel = NULL, *text = NULL, *eid = NULL;
	cc_strbuf sb = CC_STRBUF_INIT, entry = CC_STRBUF_INIT;
	int rc = -1;
	if (!c)
		return -1;
	rel = cc_xasprintf("%s/%s/chronology.json", t->pol.cases_dir, id);
	if (in_git_dir(rel)) {
		*errmsg = cc_xasprintf("%s: refused: casecheck never writes inside .git", rel);
		goto done;
	}
	chron = read_json(t, rel, &text);
	long end = chron ? entries_end(text, strlen(text)) : -1;
	if (end < 0) {
		*errmsg = cc_xasprintf("%s is missing or has no entries list to add to; fix it first "
		                       "('casecheck audit --worktree --case %s' says what is wrong)", rel, id);
		goto done;
	}
	eid = next_entry_id(chron);
	e = cJSON_CreateObject();
	add_str(e, "id", eid);
	add_str(e, "date", t->today);
	add_str(e, "event", CC_PLACEHOLDER_MARK ": what happened]");
	add_str(e, "category", o->category ? o->category : "other");
	add_str(e, "recorded_by", t->author);
	add_str(e, "recorded_on", t->today);
	cc_json_print_pretty(&entry, e, 2);
	/* Insert before the closing ']' and after the last entry, leaving every
	 * byte before it as it was (the whitespace of an empty list aside). */
	long last = end - 1;
	while (last >= 0 && isspace((unsigned char)text[last]))
		last--;
	bool empty = last >= 0 && text[last] == '[';
	cc_strbuf_add(&sb, text, (size_t)last + 1);
	cc_strbuf_printf(&sb, "%s\n    %s\n  ", empty ? "" : ",", entry.buf);
	cc_strbuf_puts(&sb, text + end);
	if (cc_json_parse(&after, sb.buf, sb.len, NULL, NULL) < 0) {
		*errmsg = cc_xasprintf("%s: the new entry could not be added to this text", rel);
		goto done;
	}
	if (check_valid(&t->schemas, "chronology", after, errmsg) < 0) {
		free(*errmsg);
		*errmsg = cc_xasprintf("%s: the chronology would not be valid with the new entry (is '%s' a category? "
		                       "referral, assessment, visit, meeting, conference, review, court, placement, "
		                       "health, education, police, family, allocation, transfer, closure, other); "
		                       "or fix the file first",
		                       rel, o->category ? o->category : "other");
		goto done;
	}
	if (cc_replace_beneath(t->root, rel, sb.buf, sb.len, errmsg) < 0)
		goto done;
	cc_strbuf_printf(&t->written, "%s (entry %s)\n", rel, eid);
	rc = 0;
done:
	cJSON_Delete(c);
	cJSON_Delete(chron);
	cJSON_Delete(e);
	cJSON_Delete(after);
	free(rel);
	free(text);
	free(eid);
	cc_strbuf_free(&sb);
	cc_strbuf_free(&entry);
	return rc;
}

int cc_new_record(char **written, cc_new_kind kind, const char *case_id, const cc_new_options *o, char **errmsg)
{
	tctx t;
	int rc = CC_ERROR;
	*written = NULL;
	*errmsg = NULL;
	if (!cc_case_id_valid(case_id, strlen(case_id))) {
		*errmsg = cc_xasprintf("'%s' is not a case id (upper-case letters, digits and hyphens, e.g. LCS-104233)",
		                       case_id);
		return CC_ERROR;
	}
	if (ctx_open(&t, o->repo_dir, o->today, errmsg) < 0 || find_author(&t, o->author, errmsg) < 0)
		goto done;
	int r = kind == CC_NEW_CASE ? new_case(&t, case_id, o, errmsg)
	        : kind == CC_NEW_NOTE ? new_note(&t, case_id, o, errmsg)
	        : kind == CC_NEW_ENTRY ? new_entry(&t, case_id, o, errmsg)
	                               : new_assessment(&t, case_id, o, errmsg);
	if (r < 0)
		goto done;
	*written = cc_strbuf_detach(&t.written);
	rc = 0;
done:
	ctx_clear(&t);
	return rc;
}

/* The guide for workers that casecheck init writes (CASE-RECORDS.md). */
static const char guide[] =
	"# Writing case records here\n"
	"\n"
	"This repository keeps case folders that `casecheck` audits. Start records\n"
	"from templates rather than writing JSON by hand:\n"
	"\n"
	"```sh\n"
	"git config casecheck.staffId sw-yourid        # once: who you are (your staff.json id)\n"
	"casecheck new case LCS-100001                  # case.json, chronology.json, genogram.json\n"
	"casecheck new note LCS-100001 home-visit       # a draft note dated today\n"
	"casecheck new entry LCS-100001 --category visit  # a chronology entry, added at the end\n"
	"casecheck new assessment LCS-100001            # an open single assessment\n"
	"casecheck audit --worktree --case LCS-100001   # what is still missing, and what to write\n"
	"```\n"
	"\n"
	"Replace every `[to complete: ...]` with what happened. A note is a draft\n"
	"until you set `\"status\": \"final\"` and `\"finalised_on\"`; the audit refuses a\n"
	"final note that still holds a placeholder. Once final, a note is kept as it\n"
	"is: correct it with a correction record, never by editing it.\n"
	"\n"
	"The records officer keeps `staff.json` (every member of staff and team) up\n"
	"to date. The pre-commit hook checks each commit; `casecheck rules RULE-ID`\n"
	"explains any finding. The format, field by field, is casecheck's\n"
	"docs/format.md.\n";

int cc_init_repository(char **written, const char *dir, const char *profile, char **errmsg)
{
	cc_strbuf out = CC_STRBUF_INIT, sb = CC_STRBUF_INIT;
	git_repository *repo = NULL;
	cc_schema_set *schemas = NULL;
	cJSON *cfg = NULL, *staff = NULL;
	int rc = CC_ERROR;
	const char *files[] = {CC_POLICY_CONFIG, CC_POLICY_STAFF, "CASE-RECORDS.md"};
	*written = NULL;
	*errmsg = NULL;
	git_libgit2_init();
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		*errmsg = cc_xasprintf("%s: %s", dir, strerror(errno));
		goto done;
	}
	for (size_t i = 0; i < 3; i++) {
		char *abs = cc_xasprintf("%s/%s", dir, files[i]);
		struct stat st;
		bool there = lstat(abs, &st) == 0;
		free(abs);
		if (there) {
			*errmsg = cc_xasprintf("%s/%s already exists: this is already a case repository; nothing written", dir,
			                       files[i]);
			goto done;
		}
	}
	if (git_repository_open_ext(&repo, dir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0) {
		if (git_repository_init(&repo, dir, 0) < 0) {
			const git_error *e = git_error_last();
			*errmsg = cc_xasprintf("%s: git init failed: %s", dir, e ? e->message : "error");
			goto done;
		}
		cc_strbuf_puts(&out, ".git (a new git repository)\n");
	}
	cfg = new_doc("casecheck/config@1");
	add_str(cfg, "profile", profile ? profile : "core");
	add_str(cfg, "cases_dir", "cases");
	add_str(cfg, "min_casecheck_version", CASECHECK_VERSION);
	staff = new_doc("casecheck/staff@1");
	cJSON_AddArrayToObject(staff, "staff");
	cJSON_AddArrayToObject(staff, "teams");
	if (check_valid(&schemas, "config", cfg, errmsg) < 0 || check_valid(&schemas, "staff", staff, errmsg) < 0)
		goto done;
	const cJSON *docs[] = {cfg, staff};
	for (size_t i = 0; i < 3; i++) {
		cc_strbuf_truncate(&sb, 0);
		if (i < 2) {
			cc_json_print_pretty(&sb, docs[i], 0);
			cc_strbuf_putc(&sb, '\n');
		} else {
			cc_strbuf_puts(&sb, guide);
		}
		if (cc_write_new_beneath(dir, files[i], sb.buf, sb.len, errmsg) < 0)
			goto done;
		cc_strbuf_printf(&out, "%s\n", files[i]);
	}
	*written = cc_strbuf_detach(&out);
	rc = 0;
done:
	git_repository_free(repo);
	git_libgit2_shutdown();
	cc_schema_set_free(schemas);
	cJSON_Delete(cfg);
	cJSON_Delete(staff);
	cc_strbuf_free(&sb);
	cc_strbuf_free(&out);
	return rc;
}
