/* casecheck/placeholder.h: how a placeholder left by a template begins
 * (`casecheck new` writes "[to complete: what happened]" in free-text
 * fields), so the audit can tell a record still to be written
 * (notes.placeholder) from one that is. */
#ifndef CASECHECK_PLACEHOLDER_H
#define CASECHECK_PLACEHOLDER_H

#define CC_PLACEHOLDER_MARK "[to complete"

#endif
