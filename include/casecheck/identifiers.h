/* casecheck/identifiers.h: checks for the identifiers in children's records.
 * Each function looks at len bytes of s, never past them, and returns true
 * only for a well-formed value. */
#ifndef CASECHECK_IDENTIFIERS_H
#define CASECHECK_IDENTIFIERS_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>

/* DfE Unique Pupil Number: 13 characters, a check letter then 12 more
 * (11 digits and a final digit or letter for temporary UPNs), with the
 * check letter computed as the DfE specifies. */
CC_EXTERN bool cc_upn_valid(const char *s, size_t len);
/* NHS number: 10 digits (a space allowed after the 3rd and the 6th), modulus 11 check digit
 * (a check value of 10 is never valid). Ten identical digits are refused as
 * placeholders. The exact rules for all four are written at the top of
 * checker/identifiers/identifiers.c. */
CC_EXTERN bool cc_nhs_number_valid(const char *s, size_t len);
/* UK postcode in the standard outward/inward format (e.g. "DE4 3AG",
 * "SW1A 1AA", "GIR 0AA"), upper case with one space. */
CC_EXTERN bool cc_postcode_valid(const char *s, size_t len);
/* UK phone number: digits with optional spaces, starting 0 or +44, 10-11
 * national digits. */
CC_EXTERN bool cc_phone_valid(const char *s, size_t len);

/* The ids of the case folder format, the one place their syntax is written
 * in C (schemas/defs.json says the same as patterns; test_identifiers holds
 * the two together). A case id: ^[A-Z0-9][A-Z0-9-]{2,31}$ (the case
 * folder's name). */
CC_EXTERN bool cc_case_id_valid(const char *s, size_t len);
/* A staff id (like every child, person, team, note and entry id):
 * ^[a-z0-9][a-z0-9-]{0,63}$. */
CC_EXTERN bool cc_staff_id_valid(const char *s, size_t len);

#endif
