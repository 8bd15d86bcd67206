/* chron_int.h: what the pieces of lib cc_chronology share (internal). */
#ifndef CC_CHRONOLOGY_INT_H
#define CC_CHRONOLOGY_INT_H

#include <cjson/cJSON.h>

#include "casecheck/chronology.h"

/* The names the record knows, with their labels, across the cases read
 * (anon.c). A child named in two cases of a family keeps one label. */
typedef struct cc_chron_names cc_chron_names;

cc_chron_names *cc_chron_names_new(void);
/* Learns the names of one case: its children (case.json), its genogram's
 * people and its involvements. Either document may be NULL. */
void cc_chron_names_add_case(cc_chron_names *n, const cJSON *case_json, const cJSON *genogram);
/* Learns the staff list's names (staff.json), labelled by role. */
void cc_chron_names_add_staff(cc_chron_names *n, const cJSON *staff);
/* Replaces every known name in each row's text by its label, and lists in
 * c what looks like a name but is not one the record knows. */
void cc_chron_names_apply(cc_chron_names *n, cc_chronology *c);
void cc_chron_names_free(cc_chron_names *n);

/* The writers (one file each). */
int cc_chron_write_text(FILE *out, const cc_chronology *c);
int cc_chron_write_csv(FILE *out, const cc_chronology *c);
int cc_chron_write_json(FILE *out, const cc_chronology *c);
int cc_chron_write_html(FILE *out, const cc_chronology *c);

#endif
