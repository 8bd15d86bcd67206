/* history_events.h: the run's one walk over the history (--history).
 *
 * Every commit reachable from the commit audited is read once for the
 * whole cases folder (cc_history_walk, each commit against its first
 * parent, a merge against each of its parents); the changes the history rules look at are kept as events,
 * grouped by case. The first case that asks fills them (the other workers
 * wait for it); every case then reads its own. Memory grows with the
 * events (a path and three ids each), never with the blobs: the rules read
 * the blobs they need, per case, in the worker that audits the case. */
#ifndef CC_AUDIT_HISTORY_EVENTS_H
#define CC_AUDIT_HISTORY_EVENTS_H

#include <stddef.h>

#include "audit_int.h"
#include "removals.h"

typedef enum cc_hev_kind {
	CC_HEV_NOTE,       /* a file directly under notes/ */
	CC_HEV_CHRONOLOGY, /* chronology.json */
	CC_HEV_SIGNOFF,    /* signoffs/<name>.json */
	CC_HEV_CASEFILE    /* case.json or genogram.json, deleted (changes are not kept) */
} cc_hev_kind;

/* Which kept record a file of a case is, from its path inside the case
 * folder ("notes/n1.json": a note; any file directly under notes/, as a
 * record hidden under another extension is still guarded), or -1 when the
 * records rules do not guard it. The one list for --history and the hooks
 * (workflow/integrity.c). */
int cc_hev_kind_of(const char *rest);

/* A chronology's entries by id (the strings and entries are borrowed from
 * the chronology), sorted for cc_entry_fate. */
typedef struct cc_entry_ref {
	const char *id;
	const cJSON *entry;
} cc_entry_ref;

/* The entries of chron (a chronology document, or NULL) that have a
 * string id, sorted by id; *n of them. The array is owned by the caller. */
cc_entry_ref *cc_entries_by_id(const cJSON *chron, size_t *n);

/* What became of the entry old in a later chronology (now: its entries by
 * id): KEPT when an entry with its id holds the same JSON, or the same
 * with an "entered_in_error" mark added (the one lawful change; a mark
 * already there is part of the entry and may not change); CHANGED when
 * entries with its id remain but none is kept; DELETED when none does.
 * Compared as parsed JSON, so reformatting is no change. The one judgement
 * for --history and the hooks. */
typedef enum cc_entry_fate { CC_ENTRY_KEPT, CC_ENTRY_CHANGED, CC_ENTRY_DELETED } cc_entry_fate;
cc_entry_fate cc_entry_fate_in(const cJSON *old, const cc_entry_ref *now, size_t n);

/* A file of a case that existed in a parent and was changed or deleted by
 * a commit (additions are not kept: no rule looks at them). */
typedef struct cc_hev {
	cc_hev_kind kind;
	char *path;         /* repository-relative, "cases/C1/notes/n1.json"; owned */
	size_t case_off;    /* the case folder's name is path[case_off..+case_len] */
	size_t case_len;
	size_t seq;         /* walk order: oldest commit first */
	unsigned n_parents; /* of the commit (more than 1: a merge) */
	unsigned parent_no; /* the parent compared with: 0 the first; a merge is
	                       compared with each parent (what it drops from a side) */
	char commit[41];    /* the commit that made the change */
	char old_id[41];    /* the blob before */
	char new_id[41];    /* the blob after, "" when deleted */
} cc_hev;

/* The events of ac's case, in walk order (oldest commit first), into
 * *events (borrowed from the run; *n of them, possibly none). Walks the
 * history the first time any case asks. Returns 0, or CC_ERROR when the
 * walk could not read the whole history; *why (borrowed, printable) then
 * says why, and the events found before the failure are still given. The
 * source must have git and a commit. */
int cc_history_events(const cc_hev **events, size_t *n, const char **why, cc_audit_case *ac);

/* The removal records of the commit audited (removals.h), read once a run
 * with the walk; NULL when they cannot be read (*why, borrowed, says
 * why). Borrowed from the run; call after cc_history_events. */
const cc_removals *cc_history_removals(const char **why, cc_audit_case *ac);

#endif
