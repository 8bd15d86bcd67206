/* pattern: OpenSSH's wildcard patterns ('*', '?') and pattern lists
 * ("a,b*,!c"), as allowed-signers principals and namespaces use them.
 * Internal to lib cc_trust. */
#ifndef CC_TRUST_PATTERN_H
#define CC_TRUST_PATTERN_H

#include <stdbool.h>

/* Whether s matches the pattern list: 1 when a positive pattern matches
 * and no negated one (a '!' pattern) does, 0 otherwise (also when a
 * negated pattern matches). Cannot fail. */
bool cc_pattern_list_match(const char *s, const char *list);

#endif
