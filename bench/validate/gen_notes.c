/*
 * gen_notes: writes N synthetic case notes (schemas/note.json) into DIR as
 * note-00001.json ... and lists the ones made invalid on purpose (about 2%,
 * one defect each, of a dozen kinds) in DIR/../expected-invalid.txt.
 *
 *   gen_notes DIR N [SEED]
 *
 * Valid notes vary in type, status, children, optional fields and text
 * length (mostly 20-200 words, 1 in 50 a long 1,500-4,000-word record).
 */
#include "../common/gen.h"

#include <errno.h>
#include <sys/stat.h>

static const char *const types[] = {
	"case-discussion", "supervision", "home-visit", "visit", "meeting", "telephone",
	"record-read", "family-informed", "professionals-informed", "referrer-confirmation",
	"handover", "case-summary", "transfer-summary", "management-decision", "other",
};
static const char *const staff[] = { "sw-anna", "sw-ben", "tm-carol", "tm-dave", "hos-erin", "sw-0042" };

enum defect {
	DEFECT_NONE = -1,
	DEFECT_IMPOSSIBLE_DATE, /* 2025-02-30: pattern passes, format "date" fails */
	DEFECT_MISSING_AUTHOR,
	DEFECT_FINAL_NO_FINALISED,
	DEFECT_DRAFT_FINALISED,
	DEFECT_TYPE_ENUM,
	DEFECT_EXTRA_PROPERTY,
	DEFECT_EMPTY_TEXT,
	DEFECT_HEADING_NEWLINE,
	DEFECT_DUPLICATE_CHILD,
	DEFECT_ID_PATTERN,
	DEFECT_TIME,
	DEFECT_FORMAT_CONST,
	DEFECT_COUNT
};

static void note(gen_buf *b, unsigned i, enum defect d)
{
	char date[16], fin[16];
	long day = gen_days(2019, 1, 1) + (long)gen_below(7 * 365);
	int final = gen_chance(850);
	const char *type = GEN_PICK(types);

	gen_clear(b);
	if (d == DEFECT_IMPOSSIBLE_DATE)
		snprintf(date, sizeof(date), "%04u-02-30", 2019 + gen_below(7));
	else
		gen_date(date, day);
	gen_date(fin, day + (long)gen_below(10));

	gen_puts(b, "{\n");
	if (gen_chance(100))
		gen_puts(b, "  \"$schema\": \"../../schemas/note.json\",\n");
	gen_printf(b, "  \"format\": \"%s\",\n", d == DEFECT_FORMAT_CONST ? "casecheck/note@2" : "casecheck/note@1");
	gen_printf(b, "  \"id\": \"%s-%u\",\n", d == DEFECT_ID_PATTERN ? "N" : "n", i);
	gen_printf(b, "  \"date\": \"%s\",\n", date);
	if (d == DEFECT_TIME)
		gen_puts(b, "  \"time\": \"24:10\",\n");
	else if (gen_chance(300))
		gen_printf(b, "  \"time\": \"%02u:%02u\",\n", 8 + gen_below(11), gen_below(60));
	if (d != DEFECT_MISSING_AUTHOR)
		gen_printf(b, "  \"author\": \"%s\",\n", GEN_PICK(staff));
	gen_printf(b, "  \"type\": \"%s\",\n", d == DEFECT_TYPE_ENUM ? "home visit" : type);
	gen_puts(b, "  \"heading\": \"");
	gen_text(b, 2 + gen_below(8));
	if (d == DEFECT_HEADING_NEWLINE)
		gen_puts(b, "\\nsecond line");
	gen_puts(b, "\",\n");
	if (d == DEFECT_FINAL_NO_FINALISED) {
		gen_puts(b, "  \"status\": \"final\",\n");
	} else if (d == DEFECT_DRAFT_FINALISED) {
		gen_printf(b, "  \"status\": \"draft\",\n  \"finalised_on\": \"%s\",\n", fin);
	} else if (final) {
		gen_printf(b, "  \"status\": \"final\",\n  \"finalised_on\": \"%s\",\n", fin);
	} else {
		gen_puts(b, "  \"status\": \"draft\",\n");
	}
	if (d == DEFECT_EXTRA_PROPERTY)
		gen_puts(b, "  \"priority\": \"high\",\n");
	if (d == DEFECT_DUPLICATE_CHILD) {
		gen_puts(b, "  \"children\": [\"c1\", \"c2\", \"c1\"],\n");
	} else if (gen_chance(900)) {
		unsigned n = 1 + gen_below(4);
		gen_puts(b, "  \"children\": [");
		for (unsigned k = 0; k < n; k++)
			gen_printf(b, "%s\"c%u\"", k ? ", " : "", k + 1);
		gen_puts(b, "],\n");
	}
	gen_puts(b, "  \"text\": \"");
	if (d != DEFECT_EMPTY_TEXT)
		gen_text(b, gen_chance(20) ? 1500 + gen_below(2500) : 20 + gen_below(180));
	gen_puts(b, "\"\n}\n");
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: gen_notes DIR N [SEED]\n");
		return 2;
	}
	const char *dir = argv[1];
	unsigned n = (unsigned)strtoul(argv[2], NULL, 10);
	gen_seed(argc > 3 ? strtoull(argv[3], NULL, 10) : 1);
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		perror(dir);
		return 2;
	}

	char path[4096];
	snprintf(path, sizeof(path), "%s/../expected-invalid.txt", dir);
	FILE *expected = fopen(path, "w");
	if (!expected) {
		perror(path);
		return 2;
	}
	gen_buf b = { 0 };
	unsigned invalid = 0;
	for (unsigned i = 1; i <= n; i++) {
		enum defect d = gen_chance(20) ? (enum defect)gen_below(DEFECT_COUNT) : DEFECT_NONE;
		note(&b, i, d);
		snprintf(path, sizeof(path), "%s/note-%05u.json", dir, i);
		gen_write_file(path, &b);
		if (d != DEFECT_NONE) {
			fprintf(expected, "note-%05u.json\n", i);
			invalid++;
		}
	}
	fclose(expected);
	free(b.ptr);
	fprintf(stderr, "gen_notes: %u notes, %u invalid on purpose\n", n, invalid);
	return 0;
}
