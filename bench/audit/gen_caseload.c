/*
 * gen_caseload: writes a `git fast-import` stream (stdout) for a synthetic
 * caseload of N cases in one commit on refs/heads/main, as of 2026-03-02:
 * staff.json and, per case, case.json (1-3 children, involvements, key
 * dates, four documents), chronology.json (about 200 entries, some historic),
 * genogram.json (children, parents, grandparents), about 50 final notes,
 * one completed assessment and four attachments (two PDFs, a text letter,
 * a PNG). Every document is valid against casecheck's schemas.
 *
 *   gen_caseload N [SEED] [NOT_READY_FILE] > stream
 *
 * Content is varied as real records are, so that `git gc` packs it as it
 * would a real caseload (deltas between genuinely similar files, not
 * 50-deep chains of near-identical ones): free text is drawn from a
 * lexicon of about 4,000 words with a Zipf-like frequency (the domain
 * words most often), PDFs carry Flate-compressed content streams (2-12
 * pages of text) and a compressed page image, as scanned or exported
 * documents do, and the PNG is a real 160x120-240x180 image (compressed
 * pixels, unique to the case), not a 1x1 placeholder.
 *
 * About one case in four is made not ready for a sign-off by one defect of
 * seven kinds (a draft note, an open assessment, a stale chronology, a
 * child's ethnicity missing, an involvement with no phone, a chronology gap
 * since allocation, a child missing from the genogram); their ids go to
 * NOT_READY_FILE.
 */
#include <zlib.h>

#include "../common/gen.h"

#define AS_OF_Y 2026
#define AS_OF_M 3
#define AS_OF_D 2
#define N_STAFF 48
#define N_TEAMS 8
#define N_ENTRIES 200
#define N_NOTES 50

enum defect {
	DEFECT_NONE = -1,
	DEFECT_DRAFT_NOTE,
	DEFECT_OPEN_ASSESSMENT,
	DEFECT_STALE_CHRONOLOGY,
	DEFECT_NO_ETHNICITY,
	DEFECT_NO_PHONE,
	DEFECT_GAP,
	DEFECT_GENOGRAM_CHILD,
	DEFECT_COUNT
};

static const char *const categories[] = {
	"visit", "visit", "visit", "meeting", "meeting", "health", "education", "family",
	"review", "conference", "police", "placement", "assessment", "other",
};
/* Notes of contacts that are not events in the child's life (no
 * chronology entry needed). */
static const char *const contact_note_types[] = {
	"telephone", "supervision", "case-discussion", "family-informed", "management-decision", "other",
};
static const char *const ethnicities[] = { "WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "MWBA",
	                                   "APKN", "ABAN", "BCRB", "BAFR", "CHNE", "OOTH" };
static const char *const religions[] = { "none", "Christian", "Muslim", "Sikh", "Hindu", "Prefer not to say" };
static const char *const languages[] = { "English", "English", "English", "Polish", "Urdu", "Punjabi", "Romanian" };
static const char *const roles[] = { "gp", "health-visitor", "school", "police", "family-member", "other" };

/* ---- varied free text ---- */

#define N_LEXICON 4000
static char lexicon[N_LEXICON][16];

/* The lexicon: the shared domain words, then pseudo-words of 1-4
 * syllables (deterministic for the seed). */
static void lexicon_init(void)
{
	static const char *const onset[] = { "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r",
		                             "s", "t", "v", "w", "st", "tr", "ch", "sh", "br", "pl", "gr", "" };
	static const char *const vowel[] = { "a", "e", "i", "o", "u", "ea", "ou", "ai", "y", "ie" };
	static const char *const coda[] = { "", "", "n", "r", "s", "t", "l", "nd", "ng", "st", "ck", "m" };
	size_t n = sizeof gen_words / sizeof gen_words[0];
	for (size_t i = 0; i < N_LEXICON; i++) {
		if (i < n) {
			snprintf(lexicon[i], sizeof lexicon[i], "%s", gen_words[i]);
			continue;
		}
		char w[64] = "";
		unsigned syl = 1 + gen_below(4);
		for (unsigned k = 0; k < syl; k++) {
			strcat(w, GEN_PICK(onset));
			strcat(w, GEN_PICK(vowel));
			if (k + 1 == syl || gen_chance(300))
				strcat(w, GEN_PICK(coda));
		}
		snprintf(lexicon[i], sizeof lexicon[i], "%.15s", w);
	}
}

/* A word, low indexes far more often (about Zipf: rank ~ u^3). */
static const char *word(void)
{
	double u = (double)gen_below(1000000) / 1000000.0;
	return lexicon[(size_t)(u * u * u * N_LEXICON)];
}

/* Appends about `words` words of sentence-like text (JSON-safe) to b:
 * capitalised sentences of 4-25 words, some numbers and times. */
static void prose(gen_buf *b, unsigned words)
{
	unsigned left = 0;
	for (unsigned i = 0; i < words; i++) {
		if (left == 0) {
			if (i)
				gen_puts(b, gen_chance(60) ? "? " : ". ");
			left = 4 + gen_below(22);
			const char *w = word();
			gen_printf(b, "%c%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0], w + 1);
		} else if (gen_chance(40)) {
			gen_printf(b, gen_chance(500) ? " %u" : " %u:%02u", 1 + gen_below(24), gen_below(60));
		} else {
			gen_printf(b, "%s%s", gen_chance(80) ? ", " : " ", word());
		}
		left--;
	}
	gen_puts(b, ".");
}

/* ---- the fast-import stream ---- */

static unsigned mark;
static FILE *c_not_ready; /* ids of the cases made not ready, or NULL */
static gen_buf tree; /* "M 100644 :mark path" lines for the one commit */

/* Writes blob b and records it at path in the commit. */
static void emit(const char *path, const gen_buf *b)
{
	mark++;
	printf("blob\nmark :%u\ndata %zu\n", mark, b->len);
	fwrite(b->ptr, 1, b->len, stdout);
	putchar('\n');
	gen_printf(&tree, "M 100644 :%u %s\n", mark, path);
}

static void emit_at(gen_buf *b, const char *case_id, const char *name)
{
	char path[256];
	snprintf(path, sizeof(path), "cases/%s/%s", case_id, name);
	emit(path, b);
}

/* ---- attachments ---- */

static void put_be32(gen_buf *b, uint32_t v)
{
	unsigned char x[4] = { (unsigned char)(v >> 24), (unsigned char)(v >> 16), (unsigned char)(v >> 8),
		               (unsigned char)v };
	gen_grow(b, 4);
	memcpy(b->ptr + b->len, x, 4);
	b->len += 4;
}

static void png_chunk(gen_buf *b, const char *type, const unsigned char *data, size_t n)
{
	put_be32(b, (uint32_t)n);
	size_t at = b->len;
	gen_grow(b, 4 + n);
	memcpy(b->ptr + b->len, type, 4);
	if (n)
		memcpy(b->ptr + b->len + 4, data, n);
	b->len += 4 + n;
	put_be32(b, (uint32_t)crc32(0, (const Bytef *)b->ptr + at, (uInt)(4 + n)));
}

/* Appends data deflated (zlib format) to b. */
static void deflate_into(gen_buf *b, const unsigned char *data, size_t n)
{
	uLongf cap = compressBound((uLong)n);
	gen_grow(b, cap);
	if (compress2((Bytef *)b->ptr + b->len, &cap, data, (uLong)n, 6) != Z_OK) {
		fprintf(stderr, "gen_caseload: compress2 failed\n");
		exit(2);
	}
	b->len += cap;
}

/* w x h RGB pixels: soft gradients with noise and a few shapes, like a
 * scanned or photographed page (compresses, but never to nothing). */
static unsigned char *picture(unsigned w, unsigned h, size_t *len)
{
	size_t row = 1 + 3 * (size_t)w;
	unsigned char *px = malloc(row * h);
	unsigned base[3] = { 120 + gen_below(100), 120 + gen_below(100), 120 + gen_below(100) };
	unsigned cx = gen_below(w), cy = gen_below(h), r2 = 200 + gen_below(2000);
	if (!px)
		exit(2);
	for (unsigned y = 0; y < h; y++) {
		px[y * row] = 0; /* PNG filter: none */
		for (unsigned x = 0; x < w; x++)
			for (int c = 0; c < 3; c++) {
				unsigned dx = x > cx ? x - cx : cx - x, dy = y > cy ? y - cy : cy - y;
				unsigned v = base[c] + (x + y * (unsigned)(c + 1)) / 4 + gen_below(10);
				if (dx * dx + dy * dy < r2)
					v += 60;
				px[y * row + 1 + 3 * x + (unsigned)c] = (unsigned char)(v > 255 ? 255 : v);
			}
	}
	*len = row * h;
	return px;
}

/* A valid PNG of a 160x120 to 240x180 picture, unique to the case. */
static void png(gen_buf *b, const char *case_id)
{
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	unsigned w = 160 + 20 * gen_below(5), h = w * 3 / 4;
	unsigned char ihdr[13] = { 0, 0, (unsigned char)(w >> 8), (unsigned char)w, 0, 0, (unsigned char)(h >> 8),
		                   (unsigned char)h, 8, 2, 0, 0, 0 };
	unsigned char text[64];
	int n = snprintf((char *)text, sizeof(text), "Comment%c%s", 0, case_id);
	size_t plen;
	unsigned char *px = picture(w, h, &plen);
	gen_buf z = { 0 };
	deflate_into(&z, px, plen);
	free(px);
	gen_clear(b);
	gen_grow(b, 8);
	memcpy(b->ptr, sig, 8);
	b->len = 8;
	png_chunk(b, "IHDR", ihdr, sizeof(ihdr));
	png_chunk(b, "tEXt", text, (size_t)n);
	png_chunk(b, "IDAT", (const unsigned char *)z.ptr, z.len);
	png_chunk(b, "IEND", NULL, 0);
	free(z.ptr);
}

/* A PDF as exported or scanned documents are: a page of Flate-compressed
 * text per 250-400 words (2-12 pages) and, on the first page, a
 * compressed image (a letterhead or a scan), with a cross-reference
 * table. */
static void pdf(gen_buf *b, const char *title, unsigned words)
{
	unsigned pages = 1 + words / 300;
	if (pages > 12)
		pages = 12;
	long *off = calloc(2 * pages + 8, sizeof *off);
	gen_buf text = { 0 }, z = { 0 };
	unsigned obj = 0;
	if (!off)
		exit(2);
	gen_clear(b);
	gen_puts(b, "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n");
	off[++obj] = (long)b->len;
	gen_puts(b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
	off[++obj] = (long)b->len;
	gen_puts(b, "2 0 obj\n<< /Type /Pages /Kids [");
	for (unsigned p = 0; p < pages; p++)
		gen_printf(b, "%u 0 R ", 5 + 2 * p);
	gen_printf(b, "] /Count %u >>\nendobj\n", pages);
	off[++obj] = (long)b->len;
	gen_puts(b, "3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
	size_t plen;
	unsigned iw = 120 + gen_below(120), ih = 40 + gen_below(60);
	unsigned char *px = picture(iw, ih, &plen);
	deflate_into(&z, px, plen);
	free(px);
	off[++obj] = (long)b->len;
	gen_printf(b, "4 0 obj\n<< /Type /XObject /Subtype /Image /Width %u /Height %u /ColorSpace /DeviceRGB "
	              "/BitsPerComponent 8 /Filter /FlateDecode /Length %zu >>\nstream\n",
	           iw, ih, z.len);
	gen_grow(b, z.len);
	memcpy(b->ptr + b->len, z.ptr, z.len);
	b->len += z.len;
	gen_puts(b, "\nendstream\nendobj\n");
	for (unsigned p = 0; p < pages; p++) {
		off[++obj] = (long)b->len;
		gen_printf(b, "%u 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
		              "/F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents %u 0 R >>\nendobj\n",
		           obj, obj + 1);
		gen_clear(&text);
		gen_printf(&text, "BT /F1 14 Tf 56 780 Td (%s, page %u) Tj ET\n", title, p + 1);
		if (p == 0)
			gen_puts(&text, "q 200 0 0 80 340 740 cm /Im1 Do Q\n");
		gen_puts(&text, "BT /F1 10 Tf 56 740 Td 12 TL (");
		prose(&text, words / pages);
		gen_puts(&text, ") Tj ET\n");
		gen_clear(&z);
		deflate_into(&z, (const unsigned char *)text.ptr, text.len);
		off[++obj] = (long)b->len;
		gen_printf(b, "%u 0 obj\n<< /Length %zu /Filter /FlateDecode >>\nstream\n", obj, z.len);
		gen_grow(b, z.len);
		memcpy(b->ptr + b->len, z.ptr, z.len);
		b->len += z.len;
		gen_puts(b, "\nendstream\nendobj\n");
	}
	long xref = (long)b->len;
	gen_printf(b, "xref\n0 %u\n0000000000 65535 f \n", obj + 1);
	for (unsigned i = 1; i <= obj; i++)
		gen_printf(b, "%010ld 00000 n \n", off[i]);
	gen_printf(b, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%ld\n%%%%EOF\n", obj + 1, xref);
	free(off);
	free(text.ptr);
	free(z.ptr);
}

/* ---- documents ---- */

static void staff_json(gen_buf *b)
{
	gen_clear(b);
	gen_puts(b, "{\n  \"format\": \"casecheck/staff@1\",\n  \"staff\": [\n");
	for (int t = 0; t < N_TEAMS; t++)
		gen_printf(b, "    {\"id\": \"tm-%02d\", \"name\": \"Manager %02d\", \"role\": \"team-manager\", "
		              "\"qualified\": true, \"team\": \"t%02d\"},\n",
		           t, t, t);
	for (int s = 0; s < N_STAFF; s++)
		gen_printf(b, "    {\"id\": \"sw-%03d\", \"name\": \"Worker %03d\", \"role\": \"%s\", "
		              "\"qualified\": true, \"team\": \"t%02d\"},\n",
		           s, s, s % 6 == 0 ? "senior-practitioner" : "social-worker", s % N_TEAMS);
	gen_puts(b, "    {\"id\": \"hos-01\", \"name\": \"Head 01\", \"role\": \"head-of-service\", "
	            "\"qualified\": true, \"team\": \"t00\"}\n  ],\n  \"teams\": [\n");
	for (int t = 0; t < N_TEAMS; t++)
		gen_printf(b, "    {\"id\": \"t%02d\", \"name\": \"Team %02d\", \"manager\": \"tm-%02d\", "
		              "\"service\": \"child-in-need\"}%s\n",
		           t, t, t, t + 1 < N_TEAMS ? "," : "");
	gen_puts(b, "  ]\n}\n");
}

typedef struct {
	char id[32];
	int team, worker, children;
	long since, start, end; /* allocation, first entry, newest entry */
	long dob[3];
	long entry[N_ENTRIES];
	const char *cat[N_ENTRIES]; /* each entry's category */
	long key_past;
	enum defect defect;
} case_t;

static void children_list(gen_buf *b, const case_t *c)
{
	gen_puts(b, "[");
	for (int k = 0; k < c->children; k++)
		gen_printf(b, "%s\"c%d\"", k ? ", " : "", k + 1);
	gen_puts(b, "]");
}

static void case_json(gen_buf *b, const case_t *c)
{
	char d[16], r[16];
	long as_of = gen_days(AS_OF_Y, AS_OF_M, AS_OF_D);
	gen_clear(b);
	gen_date(d, c->since);
	gen_printf(b, "{\n  \"format\": \"casecheck/case@1\",\n  \"case_id\": \"%s\",\n  \"status\": \"open\",\n"
	              "  \"service\": \"child-in-need\",\n  \"locality\": \"Locality %d\",\n  \"team\": \"t%02d\",\n"
	              "  \"allocation\": {\"worker\": \"sw-%03d\", \"manager\": \"tm-%02d\", \"since\": \"%s\"},\n"
	              "  \"children\": [\n",
	           c->id, c->team % 3, c->team, c->worker, c->team, d);
	gen_date(r, as_of + 14 + gen_below(60));
	for (int k = 0; k < c->children; k++) {
		gen_date(d, c->dob[k]);
		gen_printf(b, "    {\"id\": \"c%d\", \"given_name\": \"Given%u\", \"family_name\": \"Family%u\", "
		              "\"date_of_birth\": \"%s\", \"sex\": \"%s\",\n",
		           k + 1, gen_below(500), gen_below(2000), d, gen_chance(500) ? "F" : "M");
		if (!(c->defect == DEFECT_NO_ETHNICITY && k == 0))
			gen_printf(b, "     \"ethnicity\": \"%s\",", GEN_PICK(ethnicities));
		gen_printf(b, " \"religion\": \"%s\", \"disabilities\": [\"%s\"], \"first_language\": \"%s\",\n"
		              "     \"communication_needs\": \"none\", \"category_of_need\": \"N%u\",\n"
		              "     \"plan\": {\"type\": \"cin\", \"started_on\": \"%s\", \"next_review_on\": \"%s\"},\n"
		              "     \"care_proceedings\": \"none\"}%s\n",
		           GEN_PICK(religions), gen_chance(900) ? "NONE" : "LD", GEN_PICK(languages),
		           1 + gen_below(9), (gen_date(d, c->since), d), r, k + 1 < c->children ? "," : "");
	}
	gen_puts(b, "  ],\n  \"involvements\": [\n");
	int n_inv = 2 + (int)gen_below(4);
	for (int v = 0; v < n_inv; v++) {
		gen_printf(b, "    {\"role\": \"%s\", \"name\": \"Contact %u\", \"organisation\": \"Org %u\"", roles[v % 6],
		           gen_below(9000), gen_below(300));
		if (!(c->defect == DEFECT_NO_PHONE && v == 1))
			gen_printf(b, ", \"phone\": \"01632 96%04u\"", gen_below(10000));
		if (gen_chance(500))
			gen_printf(b, ", \"address\": \"%u Example Street\", \"postcode\": \"DE%u %uAG\"", 1 + gen_below(200),
			           1 + gen_below(9), gen_below(10));
		else
			gen_printf(b, ", \"email\": \"office%u@org.example.org\"", gen_below(300));
		gen_puts(b, ", \"children\": ");
		children_list(b, c);
		gen_puts(b, v + 1 < n_inv ? "},\n" : "}\n");
	}
	gen_date(d, c->key_past);
	gen_printf(b, "  ],\n  \"key_dates\": [\n    {\"kind\": \"cin-meeting\", \"date\": \"%s\", \"time\": \"10:00\", "
	              "\"venue\": \"School\", \"children\": ",
	           d);
	children_list(b, c);
	gen_printf(b, "},\n    {\"kind\": \"review\", \"date\": \"%s\", \"time\": \"14:00\", \"venue\": \"Office\", "
	              "\"children\": ",
	           r);
	children_list(b, c);
	gen_date(d, c->start + 20);
	gen_printf(b, "}\n  ],\n  \"documents\": [\n"
	              "    {\"path\": \"documents/assessment.pdf\", \"kind\": \"assessment\", \"date\": \"%s\", "
	              "\"title\": \"Single assessment\"},\n",
	           d);
	gen_date(d, c->since + 10);
	gen_printf(b, "    {\"path\": \"documents/child-plan.pdf\", \"kind\": \"child-plan\", \"date\": \"%s\", "
	              "\"title\": \"Child in need plan\"},\n",
	           d);
	gen_date(d, c->end - 3);
	gen_printf(b, "    {\"path\": \"documents/letter-to-family.txt\", \"kind\": \"letter\", \"date\": \"%s\", "
	              "\"title\": \"Letter to the family\"},\n"
	              "    {\"path\": \"documents/one-page-profile.png\", \"kind\": \"one-page-profile\", "
	              "\"date\": \"%s\", \"title\": \"One-page profile\"}\n  ]\n}\n",
	           d, d);
}

static void chronology_json(gen_buf *b, const case_t *c)
{
	char d[16], rec[16];
	long as_of = gen_days(AS_OF_Y, AS_OF_M, AS_OF_D);
	gen_clear(b);
	gen_printf(b, "{\n  \"format\": \"casecheck/chronology@1\",\n  \"case_id\": \"%s\",\n  \"entries\": [\n", c->id);
	for (int e = 0; e < N_ENTRIES; e++) {
		long day = c->entry[e];
		const char *cat = c->cat[e];
		long r = day + (long)gen_below(4);
		gen_date(d, day);
		gen_date(rec, r > as_of ? as_of : r);
		gen_printf(b, "    {\"id\": \"e%d\", \"date\": \"%s\", \"event\": \"", e + 1, d);
		prose(b, 3 + gen_below(8));
		gen_printf(b, "\", \"category\": \"%s\", \"source\": \"", cat);
		prose(b, 1 + gen_below(3));
		gen_puts(b, "\",\n     \"significance\": \"");
		prose(b, 10 + gen_below(40));
		gen_puts(b, "\", \"action\": \"");
		if (gen_chance(700))
			prose(b, 3 + gen_below(20));
		gen_puts(b, "\", \"children\": ");
		children_list(b, c);
		gen_printf(b, ", \"recorded_by\": \"sw-%03d\", \"recorded_on\": \"%s\", \"historic\": %s}%s\n",
		           day < c->since ? (int)gen_below(N_STAFF) : c->worker, rec, day < c->since ? "true" : "false",
		           e + 1 < N_ENTRIES ? "," : "");
	}
	gen_puts(b, "  ]\n}\n");
}

static void genogram_json(gen_buf *b, const case_t *c)
{
	char d[16];
	gen_clear(b);
	gen_date(d, c->end);
	gen_printf(b, "{\n  \"format\": \"casecheck/genogram@1\",\n  \"case_id\": \"%s\",\n  \"updated_on\": \"%s\",\n"
	              "  \"people\": [\n",
	           c->id, d);
	long oldest = c->dob[0];
	for (int k = 0; k < c->children; k++) {
		if (c->dob[k] < oldest)
			oldest = c->dob[k];
		if (c->defect == DEFECT_GENOGRAM_CHILD && k == 0)
			continue;
		gen_date(d, c->dob[k]);
		gen_printf(b, "    {\"id\": \"p-c%d\", \"name\": \"Child %d\", \"sex\": \"U\", \"born\": \"%s\", "
		              "\"child\": \"c%d\", \"household\": \"home\"},\n",
		           k + 1, k + 1, d, k + 1);
	}
	long mum = oldest - 365L * (17 + gen_below(20)), dad = oldest - 365L * (18 + gen_below(25));
	long gran = mum - 365L * (18 + gen_below(20));
	gen_date(d, mum);
	gen_printf(b, "    {\"id\": \"p-mum\", \"name\": \"Parent M\", \"sex\": \"F\", \"born\": \"%s\", "
	              "\"household\": \"home\"},\n",
	           d);
	gen_printf(b, "    {\"id\": \"p-dad\", \"name\": \"Parent D\", \"sex\": \"M\", \"born\": \"%.4s\"},\n",
	           (gen_date(d, dad), d));
	gen_printf(b, "    {\"id\": \"p-gran\", \"name\": \"Grandparent G\", \"sex\": \"F\", \"born\": \"%.7s\"}\n"
	              "  ],\n  \"relationships\": [\n",
	           (gen_date(d, gran), d));
	for (int k = 0; k < c->children; k++) {
		if (c->defect == DEFECT_GENOGRAM_CHILD && k == 0)
			continue;
		gen_printf(b, "    {\"type\": \"parent\", \"parent\": \"p-mum\", \"child\": \"p-c%d\", \"kind\": \"birth\"},\n"
		              "    {\"type\": \"parent\", \"parent\": \"p-dad\", \"child\": \"p-c%d\", \"kind\": \"birth\"},\n",
		           k + 1, k + 1);
	}
	gen_puts(b, "    {\"type\": \"parent\", \"parent\": \"p-gran\", \"child\": \"p-mum\", \"kind\": \"birth\"},\n"
	            "    {\"type\": \"couple\", \"people\": [\"p-mum\", \"p-dad\"], \"status\": \"separated\"}\n"
	            "  ]\n}\n");
}

static void note_json(gen_buf *b, const case_t *c, int n, long day, const char *type, int draft)
{
	char d[16], f[16];
	long as_of = gen_days(AS_OF_Y, AS_OF_M, AS_OF_D);
	long fin = day + (long)gen_below(3);
	gen_clear(b);
	gen_date(d, day);
	gen_date(f, fin > as_of ? as_of : fin);
	gen_printf(b, "{\n  \"format\": \"casecheck/note@1\",\n  \"id\": \"n-%03d\",\n  \"date\": \"%s\",\n"
	              "  \"author\": \"sw-%03d\",\n  \"type\": \"%s\",\n  \"heading\": \"",
	           n, d, c->worker, type);
	prose(b, 2 + gen_below(6));
	if (draft)
		gen_puts(b, "\",\n  \"status\": \"draft\",\n  \"children\": ");
	else
		gen_printf(b, "\",\n  \"status\": \"final\",\n  \"finalised_on\": \"%s\",\n  \"children\": ", f);
	children_list(b, c);
	gen_puts(b, ",\n  \"text\": \"");
	prose(b, gen_chance(50) ? 800 + gen_below(1200) : 60 + gen_below(340));
	gen_puts(b, "\"\n}\n");
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

static void one_case(gen_buf *b, unsigned i)
{
	case_t c = { 0 };
	long as_of = gen_days(AS_OF_Y, AS_OF_M, AS_OF_D);
	snprintf(c.id, sizeof(c.id), "LC-%06u", i + 1);
	c.defect = gen_chance(250) ? (enum defect)gen_below(DEFECT_COUNT) : DEFECT_NONE;
	c.team = (int)gen_below(N_TEAMS);
	c.worker = c.team + N_TEAMS * (int)gen_below(N_STAFF / N_TEAMS);
	c.children = 1 + (int)gen_below(3);
	c.end = as_of - 1 - (long)gen_below(20);
	if (c.defect == DEFECT_STALE_CHRONOLOGY)
		c.end = as_of - 45 - (long)gen_below(60);
	c.since = c.end - 300 - (long)gen_below(1500);
	c.start = c.since - (long)gen_below(700);
	for (int k = 0; k < c.children; k++)
		c.dob[k] = c.start - 30 - (long)gen_below(365 * 14);

	/* entries: the referral at start, the allocation at since, the newest
	 * at end, the rest spread between them (sorted, no gap over ~40 days);
	 * a gap defect moves every entry of a 120-day window after allocation */
	c.entry[0] = c.start;
	c.entry[1] = c.since;
	c.entry[2] = c.end;
	long span = c.end - c.start;
	for (int e = 3; e < N_ENTRIES; e++)
		c.entry[e] = c.start + (long)((double)span * (e - 2) / (N_ENTRIES - 2)) + (long)gen_below(7) - 3;
	for (int e = 3; e < N_ENTRIES; e++) {
		if (c.entry[e] <= c.start)
			c.entry[e] = c.start + 1;
		if (c.entry[e] >= c.end)
			c.entry[e] = c.end - 1;
		if (c.defect == DEFECT_GAP && c.entry[e] > c.since + 30 && c.entry[e] < c.since + 150)
			c.entry[e] = c.since + 30;
	}
	c.entry[3] = c.start + 20; /* the assessment completed */
	qsort(c.entry, N_ENTRIES, sizeof(long), cmp_long);
	c.key_past = c.entry[N_ENTRIES - 10];
	/* Categories: the referral, the allocation, the completed assessment,
	 * the past CIN meeting (a key date) and the newest entry (a home visit)
	 * are what they are; the rest at random. */
	for (int e = 0; e < N_ENTRIES; e++) {
		long day = c.entry[e];
		c.cat[e] = e == 0 ? "referral" : day == c.since ? "allocation" : day == c.start + 20 ? "assessment"
		         : day == c.key_past ? "meeting" : day == c.end ? "visit" : GEN_PICK(categories);
	}

	case_json(b, &c);
	emit_at(b, c.id, "case.json");
	chronology_json(b, &c);
	emit_at(b, c.id, "chronology.json");
	genogram_json(b, &c);
	emit_at(b, c.id, "genogram.json");

	/* notes: the allocation discussion, record read and professionals
	 * informed just after allocation, then on days of chronology entries */
	char name[64];
	for (int n = 1; n <= N_NOTES; n++) {
		long day;
		const char *type;
		if (n <= 3) {
			static const char *const first[] = { "case-discussion", "record-read", "professionals-informed" };
			day = c.since + (n - 1);
			type = first[n - 1];
		} else if (n == 4) {
			day = c.end; /* the latest visit, recorded as the newest entry */
			type = "home-visit";
		} else {
			/* A visit or meeting note on the day of an entry of its kind
			 * (chronology.events-recorded); other contacts on any entry day. */
			int e = (int)gen_below(N_ENTRIES);
			const char *cat = c.cat[e];
			day = c.entry[e];
			if (!strcmp(cat, "visit"))
				type = gen_chance(330) ? "visit" : "home-visit";
			else if (!strcmp(cat, "meeting") || !strcmp(cat, "review") || !strcmp(cat, "conference"))
				type = "meeting";
			else
				type = GEN_PICK(contact_note_types);
		}
		note_json(b, &c, n, day, type, c.defect == DEFECT_DRAFT_NOTE && n == N_NOTES);
		snprintf(name, sizeof(name), "notes/n-%03d.json", n);
		emit_at(b, c.id, name);
	}

	char s[16], e[16];
	gen_date(s, c.start + 2);
	gen_date(e, c.start + 20);
	gen_clear(b);
	gen_printf(b, "{\n  \"format\": \"casecheck/assessment@1\",\n  \"id\": \"a1\",\n  \"type\": \"single\",\n"
	              "  \"title\": \"Single assessment\",\n  \"children\": ");
	children_list(b, &c);
	if (c.defect == DEFECT_OPEN_ASSESSMENT)
		gen_printf(b, ",\n  \"started_on\": \"%s\",\n  \"status\": \"open\",\n", s);
	else
		gen_printf(b, ",\n  \"started_on\": \"%s\",\n  \"status\": \"completed\",\n  \"completed_on\": \"%s\",\n", s, e);
	gen_printf(b, "  \"author\": \"sw-%03d\",\n  \"document\": \"documents/assessment.pdf\"\n}\n", c.worker);
	emit_at(b, c.id, "assessments/a1.json");

	pdf(b, "Single assessment", 300 + gen_below(900));
	emit_at(b, c.id, "documents/assessment.pdf");
	pdf(b, "Child in need plan", 200 + gen_below(400));
	emit_at(b, c.id, "documents/child-plan.pdf");
	gen_clear(b);
	gen_puts(b, "Dear family,\n\n");
	prose(b, 80 + gen_below(120));
	gen_puts(b, "\n\nYours sincerely,\nChildren's Services\n");
	emit_at(b, c.id, "documents/letter-to-family.txt");
	png(b, c.id);
	emit_at(b, c.id, "documents/one-page-profile.png");

	if (c.defect != DEFECT_NONE && c_not_ready)
		fprintf(c_not_ready, "%s\n", c.id);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: gen_caseload N [SEED] [NOT_READY_FILE] > stream\n");
		return 2;
	}
	unsigned n = (unsigned)strtoul(argv[1], NULL, 10);
	gen_seed(argc > 2 ? strtoull(argv[2], NULL, 10) : 1);
	lexicon_init();
	if (argc > 3 && !(c_not_ready = fopen(argv[3], "w"))) {
		perror(argv[3]);
		return 2;
	}
	gen_buf b = { 0 };
	staff_json(&b);
	emit("staff.json", &b);
	for (unsigned i = 0; i < n; i++)
		one_case(&b, i);
	static const char msg[] = "synthetic caseload";
	printf("commit refs/heads/main\nmark :%u\ncommitter Bench <bench@casecheck.invalid> 1772409600 +0000\n"
	       "data %zu\n%s\n",
	       ++mark, sizeof(msg) - 1, msg);
	fwrite(tree.ptr, 1, tree.len, stdout);
	putchar('\n');
	free(b.ptr);
	free(tree.ptr);
	if (c_not_ready && fclose(c_not_ready) != 0) {
		perror(argv[3]);
		return 2;
	}
	return fflush(stdout) == 0 ? 0 : 2;
}
