/* anon.c: the anonymised view. The names the record knows (the case's
 * children, the genogram's people, the involvements and their
 * organisations, the staff) are replaced in the entries' text by labels
 * the record gives them: the children "Child A", "Child B" in case.json
 * order, the genogram's people by their tie to a child ("Mother",
 * "Stepfather", "Maternal grandmother", "Sibling"), an involvement by its
 * role ("GP", "School"), staff by theirs ("Social worker"). A full name,
 * the name with its title ("Mrs Lane"), and each part of a person's name
 * alone are replaced; a part two or three people share ("Ms Ashworth")
 * by the labels of all of them ("[Mother or Child B]"), a part more share
 * by "[name]", and listed: never given to one of them. A word that looks like
 * a name (after a title, or capitalised inside a sentence and not a word
 * of the service's vocabulary) and matches nothing is left as it is and
 * listed for the reviewer. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "audit/idindex.h"
#include "audit/jget.h"
#include "chron_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct pattern {
	char *text;
	size_t len;
	char *label;      /* owned; "[name]" for a part two people share */
	bool ambiguous;
	bool used;        /* replaced somewhere */
	int n_people;     /* how many people share it (ambiguous) */
} pattern;

typedef struct person {
	char *key;        /* the full name as written */
	char *label;
} person;

struct cc_chron_names {
	person *people; size_t n_people, cap_people;
	pattern *pats; size_t n_pats, cap_pats;
	int children;     /* labels Child A.. given so far */
};

static const char *const titles[] = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Nan", "Nana", "Aunt",
                                     "Auntie", "Aunty", "Uncle", "Grandma", "Grandad", "Grandpa", "Granny",
                                     NULL};

/* Words of the service and the language that are capitalised inside a
 * sentence without being names. */
static const char *const vocabulary[] = {
	"I", "Team", "Around", "Family", "Child", "Children", "Early", "Help", "Social", "Care", "Plan", "Protection",
	"Conference", "Court", "Police", "School", "Health", "Visitor", "Assessment", "Meeting", "Review", "Order",
	"Interim", "Supervision", "Core", "Group", "Panel", "Service", "Services", "Council", "Hospital", "Surgery",
	"Academy", "Primary", "Secondary", "Nursery", "Centre", "Unit", "Officer", "Worker", "Manager", "Nurse",
	"Agency", "Local", "Authority", "Section", "Strategy", "Discussion", "Initial", "Single", "Home", "Visit",
	"Contact", "Need", "Needs", "Special", "Guardianship", "Educational", "Psychology", "Independent",
	"Reviewing", "Emergency", "Duty", "Front", "Door", "Multi", "Safeguarding", "Hub", "Youth", "Offending",
	"Mental", "Adult", "Adults", "Leaving", "Personal", "Advisor", "Adviser", "Pathway", "Fostering",
	"Adoption", "Residential", "Placement", "Parenting", "Programme", "Domestic", "Abuse", "Violence",
	"Freedom", "Programme", "Clinic", "Paediatric", "Paediatrician", "Medical", "Midwife", "Midwifery",
	"Housing", "Benefits", "Universal", "Credit", "Education", "Health", "Teacher", "Head", "Designated",
	"Lead", "Transfer", "Summary", "Case", "Chronology", "Genogram", "Notes", "Note", "Report", "Minutes",
	"Letter", "Form", "Family", "Network", "Group", "Public", "Law", "Outline", "Pre", "Proceedings",
	"Judge", "District", "Magistrates", "Cafcass", "Guardian", "Legal", "Planning", "Hearing", "Final",
	"Statement", "Evidence", "Plan", "Life", "Story", "Work", "One", "Page", "Profile", "Referral", "Request",
	"Bank", "Holiday", "Christmas", "Easter", "New", "Year", "Ofsted", "England", "English", "British",
	"Welsh", "Scottish", "Irish", "Polish", "Romanian", "Urdu", "Punjabi", "Arabic", "Muslim", "Christian",
	"Hindu", "Sikh", "Jewish", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "TAF", "TAC", "CIN", "CP", "LAC", "CAMHS", "GP", "A&E", "NHS", "EHCP", "PLO",
	"MASH", "IRO", "YOT", "SGO", "ICO", "DV", "ASD", "ADHD", "Mother", "Father", "Parent", "Parents",
	"Stepmother", "Stepfather", "Sibling", "Siblings", "Maternal", "Paternal", "Grandmother", "Grandfather",
	"Grandparent", "Grandparents", "Foster", "Carer", "Carers", "Member", "Professional", "Organisation",
	"Baseline", "Locality", "Royal", "North", "South", "East", "West", "Private", "Mondays", "Tuesdays",
	"Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "Street", "Road", "Avenue", "Ward", NULL};

static bool in_vocabulary(const char *w, size_t len)
{
	for (size_t i = 0; vocabulary[i]; i++)
		if (strlen(vocabulary[i]) == len && !memcmp(vocabulary[i], w, len))
			return true;
	return false;
}

cc_chron_names *cc_chron_names_new(void)
{
	return cc_xcalloc(1, sizeof(cc_chron_names));
}

void cc_chron_names_free(cc_chron_names *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n_people; i++) {
		free(n->people[i].key);
		free(n->people[i].label);
	}
	for (size_t i = 0; i < n->n_pats; i++) {
		free(n->pats[i].text);
		free(n->pats[i].label);
	}
	free(n->people);
	free(n->pats);
	free(n);
}

static bool label_taken(const cc_chron_names *n, const char *label)
{
	for (size_t i = 0; i < n->n_people; i++)
		if (!strcmp(n->people[i].label, label))
			return true;
	return false;
}

/* Whether "[A or B]" already names label. */
static bool word_list_has(const char *list, const char *label)
{
	size_t len = strlen(label);
	for (const char *p = list; (p = strstr(p, label)); p++)
		if (p > list && (p[-1] == '[' || (p - list >= 4 && !memcmp(p - 4, " or ", 4))) &&
		    (p[len] == ']' || p[len] == ' '))
			return true;
	return false;
}

static void add_pattern(cc_chron_names *n, const char *text, size_t len, const char *label)
{
	if (len < 2)
		return;
	for (size_t i = 0; i < n->n_pats; i++) {
		pattern *p = &n->pats[i];
		if (p->len == len && !memcmp(p->text, text, len)) {
			if (!p->ambiguous && strcmp(p->label, label)) {
				char *both = cc_xasprintf("[%s or %s]", p->label, label);
				free(p->label);
				p->label = both;
				p->ambiguous = true;
				p->n_people = 2;
			} else if (p->ambiguous && p->n_people < 3 && !word_list_has(p->label, label)) {
				char *more = cc_xasprintf("%.*s or %s]", (int)strlen(p->label) - 1, p->label, label);
				free(p->label);
				p->label = more;
				p->n_people++;
			} else if (p->ambiguous && !word_list_has(p->label, label)) {
				free(p->label);
				p->label = cc_xstrdup("[name]"); /* more than three people */
				p->n_people++;
			}
			return;
		}
	}
	n->pats = cc_xgrow(n->pats, &n->cap_pats, n->n_pats + 1, sizeof *n->pats);
	n->pats[n->n_pats++] = (pattern){cc_xstrndup(text, len), len, cc_xstrdup(label), false, false, 1};
}

static bool is_title(const char *w, size_t len)
{
	for (size_t i = 0; titles[i]; i++)
		if (strlen(titles[i]) == len && !memcmp(titles[i], w, len))
			return true;
	return false;
}

/* The words of a name: titles and a part in brackets left out ("Mrs Ruth
 * Lane (pastoral lead)" -> Ruth, Lane; *title "Mrs"), "and" joining two
 * people kept out too ("Claire and Neil Hobbs"). True when it is a
 * person's name: every word left capitalised. */
typedef struct name_words {
	const char *w[16];
	size_t len[16], n;
	const char *title;
	size_t title_len;
} name_words;

static bool split_name(name_words *nw, const char *name)
{
	bool person_like = true;
	memset(nw, 0, sizeof *nw);
	for (const char *p = name; *p && nw->n < 16;) {
		while (*p == ' ')
			p++;
		if (*p == '(') {
			const char *close = strchr(p, ')');
			p = close ? close + 1 : p + strlen(p);
			continue;
		}
		const char *w = p;
		while (*p && *p != ' ' && *p != '(')
			p++;
		size_t len = (size_t)(p - w);
		if (!len)
			continue;
		if (is_title(w, len)) {
			nw->title = w;
			nw->title_len = len;
			continue;
		}
		if ((len == 3 && !memcmp(w, "and", 3)) || (len == 1 && *w == '&'))
			continue;
		person_like &= isupper((unsigned char)*w) != 0;
		nw->w[nw->n] = w;
		nw->len[nw->n++] = len;
	}
	return nw->n > 0 && person_like;
}

/* The patterns of one name: the whole, and for a person's name the name
 * without its title and brackets, its title (or, from the person's sex,
 * the usual ones) with the last word, and each word. */
static void add_name_patterns(cc_chron_names *n, const char *name, const char *label, const char *sex)
{
	static const char *const female[] = {"Mrs", "Ms", "Miss", NULL}, *const male[] = {"Mr", NULL};
	name_words nw;
	add_pattern(n, name, strlen(name), label);
	if (!split_name(&nw, name))
		return;
	size_t last = nw.n - 1;
	add_pattern(n, nw.w[0], (size_t)(nw.w[last] + nw.len[last] - nw.w[0]), label);
	const char *const *own = sex && !strcmp(sex, "F") ? female : sex && !strcmp(sex, "M") ? male : NULL;
	for (size_t t = 0; nw.title ? t < 1 : own && own[t]; t++) {
		char *titled = nw.title ? cc_xasprintf("%.*s %.*s", (int)nw.title_len, nw.title, (int)nw.len[last], nw.w[last])
		                        : cc_xasprintf("%s %.*s", own[t], (int)nw.len[last], nw.w[last]);
		add_pattern(n, titled, strlen(titled), label);
		free(titled);
	}
	for (size_t i = 0; i < nw.n; i++)
		add_pattern(n, nw.w[i], nw.len[i], label);
}

/* Who a name is: a person's name without title and brackets, else the
 * name as written. Owned. */
static char *person_key(const char *name)
{
	name_words nw;
	if (!split_name(&nw, name))
		return cc_xstrdup(name);
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < nw.n; i++)
		cc_strbuf_printf(&sb, "%s%.*s", i ? " " : "", (int)nw.len[i], nw.w[i]);
	return cc_strbuf_detach(&sb);
}

/* The label of a name: the one its person has already (a child in two
 * cases of a family, a parent who is also an involvement), else base,
 * numbered when another person has it. Borrowed. */
static const char *add_person(cc_chron_names *n, const char *name, const char *sex, const char *base)
{
	if (!name || !*name)
		return NULL;
	char *key = person_key(name);
	for (size_t i = 0; i < n->n_people; i++)
		if (!strcmp(n->people[i].key, key)) {
			free(key);
			add_pattern(n, name, strlen(name), n->people[i].label);
			return n->people[i].label;
		}
	char *label = cc_xstrdup(base);
	for (int k = 2; label_taken(n, label); k++) {
		free(label);
		label = cc_xasprintf("%s %d", base, k);
	}
	n->people = cc_xgrow(n->people, &n->cap_people, n->n_people + 1, sizeof *n->people);
	n->people[n->n_people++] = (person){key, label};
	add_name_patterns(n, name, label, sex);
	return label;
}

/* A child of a case: the next letter, unless the name has its label. */
static void add_child(cc_chron_names *n, const char *name, const char *sex)
{
	int k = n->children;
	char *l = k < 26 ? cc_xasprintf("Child %c", 'A' + k) : cc_xasprintf("Child %d", k + 1);
	size_t before = n->n_people;
	add_person(n, name, sex, l);
	if (n->n_people > before)
		n->children++;
	free(l);
}

/* "health-visitor" -> "Health visitor"; "gp" -> "GP". Owned. */
static char *role_label(const char *role)
{
	if (!role || !strcmp(role, "other"))
		return cc_xstrdup("Professional");
	if (!strcmp(role, "gp"))
		return cc_xstrdup("GP");
	if (!strcmp(role, "yot") || !strcmp(role, "iro"))
		return cc_xasprintf("%c%c%c", toupper((unsigned char)role[0]), toupper((unsigned char)role[1]),
		                    toupper((unsigned char)role[2]));
	char *s = cc_xstrdup(role);
	for (char *p = s; *p; p++)
		if (*p == '-')
			*p = ' ';
	s[0] = (char)toupper((unsigned char)s[0]);
	return s;
}

static const char *sexed(const char *sex, const char *f, const char *m, const char *u)
{
	return sex && !strcmp(sex, "F") ? f : sex && !strcmp(sex, "M") ? m : u;
}

/* The base label of a parent of a case child, by the tie and sex. */
static const char *parent_base(const char *kind, const char *sex)
{
	if (kind && !strcmp(kind, "step"))
		return sexed(sex, "Stepmother", "Stepfather", "Step-parent");
	if (kind && !strcmp(kind, "adoptive"))
		return sexed(sex, "Adoptive mother", "Adoptive father", "Adoptive parent");
	if (kind && !strcmp(kind, "foster"))
		return "Foster carer";
	if (kind && !strcmp(kind, "special-guardian"))
		return "Special guardian";
	return sexed(sex, "Mother", "Father", "Parent");
}

static bool is_case_child(const cc_id_index *people, const char *id)
{
	return cc_jstr(cc_id_index_get(people, id), "child") != NULL;
}

/* The genogram's people, labelled by their tie to the case's children:
 * children first, then parents, grandparents, siblings, partners, the rest. */
static void add_genogram(cc_chron_names *n, const cJSON *gen)
{
	const cJSON *people = cc_jarr(gen, "people"), *rels = cc_jarr(gen, "relationships"), *p, *r;
	cc_id_index ix = CC_ID_INDEX_INIT; /* the people by id */
	cc_id_index_build(&ix, people, "id");
	cJSON_ArrayForEach(p, people)
		if (cc_jstr(p, "child"))
			add_child(n, cc_jstr(p, "name"), cc_jstr(p, "sex"));
	cJSON_ArrayForEach(r, rels) {
		const char *child = cc_jstr(r, "child");
		if (child && is_case_child(&ix, child)) {
			const cJSON *par = cc_id_index_get(&ix, cc_jstr(r, "parent"));
			add_person(n, cc_jstr(par, "name"), cc_jstr(par, "sex"), parent_base(cc_jstr(r, "kind"), cc_jstr(par, "sex")));
		}
	}
	/* grandparents: a parent of a parent of a case child */
	cJSON_ArrayForEach(r, rels) {
		const char *mid = cc_jstr(r, "child");
		const cJSON *r2;
		if (!mid || is_case_child(&ix, mid))
			continue;
		cJSON_ArrayForEach(r2, rels) {
			const char *c2 = cc_jstr(r2, "child"), *p2 = cc_jstr(r2, "parent");
			if (c2 && p2 && !strcmp(p2, mid) && is_case_child(&ix, c2)) {
				const cJSON *mp = cc_id_index_get(&ix, mid), *gp = cc_id_index_get(&ix, cc_jstr(r, "parent"));
				const char *side = sexed(cc_jstr(mp, "sex"), "Maternal ", "Paternal ", "");
				char *base = cc_xasprintf("%s%s", side, sexed(cc_jstr(gp, "sex"), "grandmother", "grandfather",
				                                             "grandparent"));
				if (!*side)
					base[0] = (char)toupper((unsigned char)base[0]);
				add_person(n, cc_jstr(gp, "name"), cc_jstr(gp, "sex"), base);
				free(base);
				break;
			}
		}
	}
	cJSON_ArrayForEach(p, people) {
		const char *id = cc_jstr(p, "id");
		bool sibling = false;
		cJSON_ArrayForEach(r, rels) {
			const char *c = cc_jstr(r, "child"), *par = cc_jstr(r, "parent");
			const cJSON *r2;
			if (!c || !id || strcmp(c, id) || !par)
				continue;
			cJSON_ArrayForEach(r2, rels) {
				const char *c2 = cc_jstr(r2, "child"), *p2 = cc_jstr(r2, "parent");
				sibling |= c2 && p2 && !strcmp(p2, par) && is_case_child(&ix, c2);
			}
		}
		if (sibling)
			add_person(n, cc_jstr(p, "name"), cc_jstr(p, "sex"), "Sibling");
	}
	cJSON_ArrayForEach(p, people)
		add_person(n, cc_jstr(p, "name"), cc_jstr(p, "sex"), "Family member");
	cc_id_index_free(&ix);
}

void cc_chron_names_add_case(cc_chron_names *n, const cJSON *case_json, const cJSON *genogram)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jarr(case_json, "children")) {
		const char *given = cc_jstr(it, "given_name"), *family = cc_jstr(it, "family_name");
		char *full = cc_xasprintf("%s%s%s", given ? given : "", given && family ? " " : "", family ? family : "");
		add_child(n, full, cc_jstr(it, "sex"));
		free(full);
	}
	add_genogram(n, genogram);
	cJSON_ArrayForEach(it, cc_jarr(case_json, "involvements")) {
		char *base = role_label(cc_jstr(it, "role"));
		add_person(n, cc_jstr(it, "name"), NULL, base);
		char *org = cc_xasprintf("%s's organisation", base);
		const char *org_name = cc_jstr(it, "organisation");
		if (org_name && *org_name && !in_vocabulary(org_name, strlen(org_name)))
			add_pattern(n, org_name, strlen(org_name), org);
		free(org);
		free(base);
	}
}

/* Adds the staff list's names (staff.json), labelled by role. */
void cc_chron_names_add_staff(cc_chron_names *n, const cJSON *staff)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, cc_jarr(staff, "staff")) {
		char *base = role_label(cc_jstr(it, "role"));
		add_person(n, cc_jstr(it, "name"), NULL, base);
		free(base);
	}
}

static int cmp_len_desc(const void *a, const void *b)
{
	const pattern *x = a, *y = b;
	return x->len < y->len ? 1 : x->len > y->len ? -1 : strcmp(x->text, y->text);
}

static bool word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

static bool word_in(const char *label, const char *w, size_t len)
{
	for (const char *p = label; *p;) {
		const char *q = p;
		while (*q && *q != ' ' && *q != '\'')
			q++;
		if ((size_t)(q - p) == len && !memcmp(p, w, len))
			return true;
		p = *q ? q + 1 : q;
	}
	return false;
}

/* Whether w is a word of a label given ("Child", "Maternal", ...). */
static bool is_label_word(const cc_chron_names *n, const char *w, size_t len)
{
	for (size_t i = 0; i < n->n_pats; i++)
		if (word_in(n->pats[i].label, w, len))
			return true;
	return false;
}

static void note_unmatched(cc_chronology *c, const char *w, size_t len, const cc_chron_row *row, const char *field,
                           const char *replaced_by)
{
	for (size_t i = 0; i < c->n_unmatched; i++)
		if (strlen(c->unmatched[i].word) == len && !memcmp(c->unmatched[i].word, w, len))
			return;
	c->unmatched = cc_xrealloc(c->unmatched, (c->n_unmatched + 1) * sizeof *c->unmatched);
	c->unmatched[c->n_unmatched++] = (cc_chron_unmatched){cc_xstrndup(w, len), row->case_id,
	                                                      row->id ? cc_xstrdup(row->id) : NULL, field,
	                                                      replaced_by ? cc_xstrdup(replaced_by) : NULL};
}

/* Lists the words of s that look like names the record does not know:
 * a capitalised word after a title, or inside a sentence (not after . ! ?
 * or a colon, not the first word) that is not of the vocabulary. */
static void find_unmatched(const cc_chron_names *n, cc_chronology *c, const char *s, const cc_chron_row *row,
                           const char *field)
{
	bool sentence_start = true, after_title = false;
	const char *p = s;
	while (*p) {
		if (!word_char((unsigned char)*p)) {
			if (*p == '.' || *p == '!' || *p == '?' || *p == ':' || *p == ';' || *p == '(' || *p == '"')
				sentence_start = true;
			if (*p == '[') { /* a label put in: skip it */
				const char *q = strchr(p, ']');
				p = q ? q + 1 : p + 1;
				continue;
			}
			p++;
			continue;
		}
		const char *w = p;
		while (word_char((unsigned char)*p) || (*p == '-' && word_char((unsigned char)p[1])))
			p++;
		size_t len = (size_t)(p - w);
		bool cap = isupper((unsigned char)*w) && len > 1;
		bool acronym = true;
		for (size_t i = 0; i < len; i++)
			acronym &= !islower((unsigned char)w[i]);
		if (cap && !acronym && (after_title || !sentence_start) && !in_vocabulary(w, len) &&
		    !is_label_word(n, w, len) && !is_title(w, len))
			note_unmatched(c, w, len, row, field, NULL);
		after_title = is_title(w, len);
		sentence_start = false;
	}
}

/* s with every pattern (longest first) replaced at word boundaries. Owned. */
static char *replace_names(cc_chron_names *n, const char *s)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		bool start = i == 0 || !word_char((unsigned char)s[i - 1]);
		pattern *hit = NULL;
		for (size_t k = 0; start && k < n->n_pats && !hit; k++) {
			pattern *p = &n->pats[k];
			if (p->len <= len - i && !memcmp(s + i, p->text, p->len) &&
			    (i + p->len == len || !word_char((unsigned char)s[i + p->len])))
				hit = p;
		}
		if (hit) {
			hit->used = true;
			cc_strbuf_puts(&sb, hit->label);
			i += hit->len;
		} else {
			cc_strbuf_putc(&sb, s[i++]);
		}
	}
	return cc_strbuf_detach(&sb);
}

static void add_label(cc_chronology *c, const char *label)
{
	for (size_t i = 0; i < c->n_labels; i++)
		if (!strcmp(c->labels[i], label))
			return;
	c->labels = cc_xrealloc(c->labels, (c->n_labels + 1) * sizeof *c->labels);
	c->labels[c->n_labels++] = cc_xstrdup(label);
}

void cc_chron_names_apply(cc_chron_names *n, cc_chronology *c)
{
	qsort(n->pats, n->n_pats, sizeof *n->pats, cmp_len_desc);
	for (size_t r = 0; r < c->n_rows; r++) {
		cc_chron_row *row = &c->rows[r];
		char **fields[] = {&row->event, &row->source, &row->significance, &row->action};
		static const char *const names[] = {"event", "source", "significance", "action"};
		for (size_t f = 0; f < 4; f++) {
			if (!*fields[f])
				continue;
			char *out = replace_names(n, *fields[f]);
			free(*fields[f]);
			*fields[f] = out;
			find_unmatched(n, c, out, row, names[f]);
		}
	}
	for (size_t i = 0; i < n->n_people; i++) /* the labels used, in the people's order */
		for (size_t k = 0; k < n->n_pats; k++)
			if (n->pats[k].used && (!strcmp(n->pats[k].label, n->people[i].label) ||
			                        (n->pats[k].ambiguous && word_list_has(n->pats[k].label, n->people[i].label)))) {
				add_label(c, n->people[i].label);
				break;
			}
	for (size_t k = 0; k < n->n_pats; k++)
		if (n->pats[k].ambiguous && n->pats[k].used) {
			cc_chron_row none = {.case_id = NULL};
			note_unmatched(c, n->pats[k].text, n->pats[k].len, &none, NULL, n->pats[k].label);
		}
}
