/* json/hash.h: a hash of a JSON value that agrees with cc_json_equal
 * (equal values hash alike: 1.0 and 1, objects in any member order), so
 * large arrays can be checked for duplicates without comparing all pairs. */
#ifndef CC_JSON_HASH_H
#define CC_JSON_HASH_H

#include <stdint.h>

#include <cjson/cJSON.h>

uint64_t cc_json_hash(const cJSON *value);

#endif
