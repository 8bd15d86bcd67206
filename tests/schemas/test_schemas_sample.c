/* test_schemas_sample: the sample repository (fixtures/sample) against the
 * format v1 schemas.
 *
 * Every JSON document in the sample validates against its kind's embedded
 * schema with format assertion on; every attachment is what its extension
 * says (libmagic); the sample shows what its README promises (every service,
 * transfer kind and note type; at least twelve cases); and the schema files
 * carry the $id and format marker of the contract. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "casecheck/doctype.h"
#include "schemas/schemas_common.h"
#include "support/runner.h"

/* The kind of the sample file at rel (relative to the sample root), NULL
 * for a file that is not a casecheck document (attachments, README). */
static const char *kind_of(const char *rel)
{
	if (!strcmp(rel, "casecheck.json"))
		return "config";
	if (!strcmp(rel, "staff.json"))
		return "staff";
	if (!strncmp(rel, "removals/", 9) && !strchr(rel + 9, '/') && strlen(rel) > 14 &&
	    !strcmp(rel + strlen(rel) - 5, ".json"))
		return "removal";
	if (strncmp(rel, "cases/", 6) != 0)
		return NULL;
	const char *in_case = strchr(rel + 6, '/');
	if (!in_case)
		return NULL;
	in_case++;
	if (!strncmp(in_case, "documents/", 10))
		return NULL;
	size_t len = strlen(in_case);
	if (len < 5 || strcmp(in_case + len - 5, ".json") != 0)
		return NULL;
	if (!strncmp(in_case, "notes/", 6) && !strchr(in_case + 6, '/'))
		return "note";
	if (!strncmp(in_case, "assessments/", 12) && !strchr(in_case + 12, '/'))
		return "assessment";
	if (!strncmp(in_case, "signoffs/", 9) && !strchr(in_case + 9, '/'))
		return "signoff";
	if (!strncmp(in_case, "waivers/", 8) && !strchr(in_case + 8, '/'))
		return "waiver";
	static const char *const top[] = {"case", "chronology", "genogram", "transfer"};
	for (size_t i = 0; i < sizeof top / sizeof top[0]; i++)
		if (len == strlen(top[i]) + 5 && !strncmp(in_case, top[i], strlen(top[i])))
			return top[i];
	return "unknown";
}

typedef struct walk_state {
	kind_schemas ks;
	const char *root;
	size_t per_kind[N_SCHEMA_KINDS];
	size_t validated;
	cc_strbuf failures; /* one line per problem */
} walk_state;

static void check_file(walk_state *w, const char *rel)
{
	const char *kind = kind_of(rel);
	if (!kind)
		return;
	int k = kind_index(kind);
	if (k < 0) {
		cc_strbuf_printf(&w->failures, "\n  %s: a JSON file casecheck does not know", rel);
		return;
	}
	char *path = cc_xasprintf("%s/%s", w->root, rel);
	cJSON *doc = load_json_file(path);
	cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
	if (validate_doc(w->ks.by_kind[k], doc, 1, &rep) != 1) {
		char *text = report_text(&rep);
		cc_strbuf_printf(&w->failures, "\n  %s (%s):%s", rel, kind, text);
		free(text);
	}
	cc_schema_report_clear(&rep);
	cJSON_Delete(doc);
	free(path);
	w->per_kind[k]++;
	w->validated++;
}

static void walk(walk_state *w, const char *rel)
{
	char *dir = rel[0] ? cc_xasprintf("%s/%s", w->root, rel) : cc_xstrdup(w->root);
	size_t n;
	char **names = list_dir(dir, &n);
	for (size_t i = 0; i < n; i++) {
		char *child = rel[0] ? cc_xasprintf("%s/%s", rel, names[i]) : cc_xstrdup(names[i]);
		char *full = cc_xasprintf("%s/%s", dir, names[i]);
		struct stat st;
		ck_assert_int_eq(lstat(full, &st), 0);
		if (S_ISDIR(st.st_mode))
			walk(w, child);
		else
			check_file(w, child);
		free(full);
		free(child);
	}
	free_names(names);
	free(dir);
}

START_TEST(every_sample_document_is_valid)
{
	walk_state w;
	memset(&w, 0, sizeof w);
	kind_schemas_load(&w.ks);
	char *root = source_path("fixtures/sample");
	w.root = root;
	walk(&w, "");
	ck_assert_msg(w.failures.len == 0, "sample documents rejected by their schema:%s", cc_strbuf_cstr(&w.failures));
	/* the sample has every kind of document (a waiver too: LCS-104402's
	 * historic gap), and is not trivially small */
	for (size_t i = 0; i < N_SCHEMA_KINDS; i++)
		ck_assert_msg(w.per_kind[i] > 0, "no %s document in the sample", schema_kinds[i]);
	ck_assert_uint_ge(w.per_kind[kind_index("case")], 12);
	ck_assert_uint_ge(w.validated, 300);
	cc_strbuf_free(&w.failures);
	kind_schemas_free(&w.ks);
	free(root);
}
END_TEST

/* Each case folder: the required documents, case_id equal to the folder's
 * name, and every listed attachment present and of the type its extension
 * names; no unlisted files under documents/. */
START_TEST(case_folders_are_complete_and_attachments_typed)
{
	char *cases = source_path("fixtures/sample/cases");
	char *errmsg = NULL;
	cc_doctype *dt = NULL;
	ck_assert_msg(cc_doctype_open(&dt, &errmsg) == 0, "libmagic: %s", errmsg ? errmsg : "?");
	cc_strbuf problems = CC_STRBUF_INIT;
	size_t n, n_docs = 0;
	char **ids = list_dir(cases, &n);
	ck_assert_uint_ge(n, 12);
	for (size_t i = 0; i < n; i++) {
		static const char *const required[] = {"case.json", "chronology.json", "genogram.json"};
		for (size_t r = 0; r < 3; r++) {
			char *p = cc_xasprintf("%s/%s/%s", cases, ids[i], required[r]);
			struct stat st;
			if (stat(p, &st) != 0)
				cc_strbuf_printf(&problems, "\n  cases/%s: no %s", ids[i], required[r]);
			free(p);
		}
		char *case_path = cc_xasprintf("%s/%s/case.json", cases, ids[i]);
		cJSON *doc = load_json_file(case_path);
		const cJSON *cid = cJSON_GetObjectItemCaseSensitive(doc, "case_id");
		if (!cJSON_IsString(cid) || strcmp(cid->valuestring, ids[i]) != 0)
			cc_strbuf_printf(&problems, "\n  cases/%s/case.json /case_id: not the folder's name", ids[i]);
		const cJSON *d;
		size_t listed = 0;
		cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(doc, "documents")) {
			const cJSON *path_node = cJSON_GetObjectItemCaseSensitive(d, "path");
			if (!cJSON_IsString(path_node)) {
				cc_strbuf_printf(&problems, "\n  cases/%s/case.json: a document without a path", ids[i]);
				continue;
			}
			const char *rel = path_node->valuestring;
			char *file = cc_xasprintf("%s/%s/%s", cases, ids[i], rel);
			char *data = NULL;
			size_t len = 0;
			if (cc_read_file(file, (size_t)1 << 20, &data, &len) != 0) {
				cc_strbuf_printf(&problems, "\n  cases/%s/%s: listed but missing", ids[i], rel);
			} else {
				const char *mime = NULL;
				cc_doc_kind kind = cc_doctype_detect(dt, data, len, &mime);
				if (cc_doctype_judge(kind, rel) != CC_DOC_OK)
					cc_strbuf_printf(&problems, "\n  cases/%s/%s: libmagic says %s", ids[i], rel,
					                 mime ? mime : "?");
				if (len > 10 * 1024)
					cc_strbuf_printf(&problems, "\n  cases/%s/%s: larger than 10 KB", ids[i], rel);
			}
			free(data);
			free(file);
			listed++;
			n_docs++;
		}
		char *docdir = cc_xasprintf("%s/%s/documents", cases, ids[i]);
		size_t on_disk;
		char **files = list_dir(docdir, &on_disk);
		if (on_disk != listed)
			cc_strbuf_printf(&problems, "\n  cases/%s/documents: %zu files, %zu listed", ids[i], on_disk, listed);
		free_names(files);
		free(docdir);
		cJSON_Delete(doc);
		free(case_path);
	}
	ck_assert_msg(problems.len == 0, "sample case folders:%s", cc_strbuf_cstr(&problems));
	ck_assert_uint_ge(n_docs, 50);
	cc_strbuf_free(&problems);
	free_names(ids);
	cc_doctype_close(dt);
	free(cases);
}
END_TEST

/* Collects the string at member name of every object in array arr of doc
 * (or of doc itself when arr is NULL) into seen (a "|a|b|" list). */
static void collect(cc_strbuf *seen, const cJSON *doc, const char *arr, const char *name)
{
	const cJSON *items = arr ? cJSON_GetObjectItemCaseSensitive(doc, arr) : NULL, *it;
	if (!arr) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(doc, name);
		if (cJSON_IsString(v))
			cc_strbuf_printf(seen, "|%s|", v->valuestring);
		return;
	}
	cJSON_ArrayForEach(it, items) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(it, name);
		if (cJSON_IsString(v))
			cc_strbuf_printf(seen, "|%s|", v->valuestring);
	}
}

/* Every value of the enum at pointer in schemas/<kind>.json appears in seen. */
static void assert_all_seen(const char *kind, const char *pointer, const cc_strbuf *seen, const char *what)
{
	char *rel = cc_xasprintf("schemas/%s.json", kind);
	char *path = source_path(rel);
	cJSON *schema = load_json_file(path);
	const cJSON *values = cc_json_pointer_get(schema, pointer), *v;
	ck_assert_msg(cJSON_IsArray(values), "%s: no enum at %s", rel, pointer);
	cJSON_ArrayForEach(v, values) {
		char *needle = cc_xasprintf("|%s|", v->valuestring);
		ck_assert_msg(strstr(cc_strbuf_cstr(seen), needle) != NULL, "the sample has no %s %s", what,
		              v->valuestring);
		free(needle);
	}
	cJSON_Delete(schema);
	free(path);
	free(rel);
}

START_TEST(sample_covers_every_service_transfer_kind_and_note_type)
{
	char *cases = source_path("fixtures/sample/cases");
	cc_strbuf services = CC_STRBUF_INIT, kinds = CC_STRBUF_INIT, types = CC_STRBUF_INIT;
	size_t n;
	char **ids = list_dir(cases, &n);
	for (size_t i = 0; i < n; i++) {
		char *p = cc_xasprintf("%s/%s/case.json", cases, ids[i]);
		cJSON *doc = load_json_file(p);
		collect(&services, doc, NULL, "service");
		cJSON_Delete(doc);
		free(p);
		p = cc_xasprintf("%s/%s/transfer.json", cases, ids[i]);
		struct stat st;
		if (stat(p, &st) == 0) {
			doc = load_json_file(p);
			collect(&kinds, doc, NULL, "kind");
			cJSON_Delete(doc);
		}
		free(p);
		char *notes = cc_xasprintf("%s/%s/notes", cases, ids[i]);
		size_t nn;
		char **files = list_dir(notes, &nn);
		for (size_t j = 0; j < nn; j++) {
			p = cc_xasprintf("%s/%s", notes, files[j]);
			doc = load_json_file(p);
			collect(&types, doc, NULL, "type");
			cJSON_Delete(doc);
			free(p);
		}
		free_names(files);
		free(notes);
	}
	assert_all_seen("defs", "/$defs/service/enum", &services, "case with service");
	assert_all_seen("transfer", "/properties/kind/enum", &kinds, "transfer of kind");
	assert_all_seen("note", "/properties/type/enum", &types, "note of type");
	cc_strbuf_free(&services);
	cc_strbuf_free(&kinds);
	cc_strbuf_free(&types);
	free_names(ids);
	free(cases);
}
END_TEST

/* The contract: schemas/<kind>.json has $id .../v1/<kind>.json and a
 * format const casecheck/<kind>@1, and forbids unknown top-level keys. */
START_TEST(schema_files_carry_id_and_format_marker)
{
	for (size_t i = 0; i < N_SCHEMA_KINDS; i++) {
		char *rel = cc_xasprintf("schemas/%s.json", schema_kinds[i]);
		char *path = source_path(rel);
		cJSON *s = load_json_file(path);
		char *id = cc_xasprintf(SCHEMA_URI_PREFIX "%s.json", schema_kinds[i]);
		char *marker = cc_xasprintf("casecheck/%s@1", schema_kinds[i]);
		const cJSON *v = cc_json_pointer_get(s, "/$id");
		ck_assert_msg(cJSON_IsString(v) && !strcmp(v->valuestring, id), "%s: $id", rel);
		v = cc_json_pointer_get(s, "/properties/format/const");
		ck_assert_msg(cJSON_IsString(v) && !strcmp(v->valuestring, marker), "%s: format const", rel);
		v = cc_json_pointer_get(s, "/additionalProperties");
		ck_assert_msg(cJSON_IsFalse(v), "%s: unknown top-level keys must be refused", rel);
		v = cc_json_pointer_get(s, "/required");
		ck_assert_msg(cJSON_IsArray(v) && cJSON_IsString(cJSON_GetArrayItem(v, 0)) &&
		                  !strcmp(cJSON_GetArrayItem(v, 0)->valuestring, "format"),
		              "%s: format is required", rel);
		free(marker);
		free(id);
		cJSON_Delete(s);
		free(path);
		free(rel);
	}
}
END_TEST

/* The complete documents shown in docs/format.md (```json blocks that are
 * whole documents, with a format marker) are valid: the guide does not teach
 * what the schemas refuse. Fragments (with "...") are skipped. */
START_TEST(docs_examples_are_valid)
{
	char *path = source_path("docs/format.md");
	char *text = NULL;
	size_t len = 0, validated = 0;
	ck_assert_int_eq(cc_read_file(path, (size_t)1 << 20, &text, &len), 0);
	kind_schemas ks;
	kind_schemas_load(&ks);
	cc_strbuf problems = CC_STRBUF_INIT;
	static const char open_fence[] = "```json\n";
	for (char *p = strstr(text, open_fence); p; p = strstr(p, open_fence)) {
		p += sizeof open_fence - 1;
		char *end = strstr(p, "```");
		ck_assert_ptr_nonnull(end);
		cJSON *doc = NULL;
		if (cc_json_parse(&doc, p, (size_t)(end - p), NULL, NULL) == 0) {
			const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "format");
			if (cJSON_IsString(f) && !strncmp(f->valuestring, "casecheck/", 10)) {
				char *kind = cc_xstrdup(f->valuestring + 10);
				char *at = strchr(kind, '@');
				if (at)
					*at = '\0';
				int k = kind_index(kind);
				cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
				if (k < 0) {
					cc_strbuf_printf(&problems, "\n  example of unknown kind %s", kind);
				} else if (validate_doc(ks.by_kind[k], doc, 1, &rep) != 1) {
					char *r = report_text(&rep);
					cc_strbuf_printf(&problems, "\n  %s example at byte %zu:%s", kind, (size_t)(p - text), r);
					free(r);
				}
				cc_schema_report_clear(&rep);
				free(kind);
				validated++;
			}
			cJSON_Delete(doc);
		}
		p = end + 3;
	}
	ck_assert_msg(problems.len == 0, "docs/format.md examples:%s", cc_strbuf_cstr(&problems));
	ck_assert_uint_ge(validated, N_SCHEMA_KINDS - 1); /* every kind but case has a whole example */
	cc_strbuf_free(&problems);
	kind_schemas_free(&ks);
	free(text);
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schemas_sample");
	TCase *tc = tcase_create("sample");
	tcase_add_test(tc, every_sample_document_is_valid);
	tcase_add_test(tc, case_folders_are_complete_and_attachments_typed);
	tcase_add_test(tc, sample_covers_every_service_transfer_kind_and_note_type);
	tcase_add_test(tc, schema_files_carry_id_and_format_marker);
	tcase_add_test(tc, docs_examples_are_valid);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
