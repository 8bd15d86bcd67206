#!/usr/bin/env python3
# Regenerates docs/rules.md from the rule table:
#   build/checker/cli/casecheck rules --format json | python3 tests/audit/gen_rules_doc.py > docs/rules.md
# test_audit_cli checks that docs/rules.md names every rule of the catalogue.
import json,sys
d=json.load(sys.stdin)
BS='\\|'
def esc(s): return s.replace('|', BS)
out=[]
out.append("""# Audit rules

The rule catalogue of casecheck: every requirement of spec §5, as one table in
the code (`checker/audit/catalogue.c`). This page is generated from
`casecheck rules --format json` (run `casecheck rules` for the same as text, or
`casecheck rules --profile derbyshire` for one profile's rules).

- **Severity** `error` blocks readiness (NOT READY); `warning` is shown and never blocks.
- **Purposes**: `check` ⊂ `signoff` ⊂ `transfer` ⊂ `receive`; a rule runs in the purposes listed.
- **Profiles**: a rule of profile `core` runs in every profile; the others run in
  their own profile and in `all`. `derbyshire` is seeds 000 and 003, `stockport` 001,
  `teams-services` 002, `devon` 004.
- **Seed** cites the protocol file and section in `shared/seeds/` the rule comes from
  ("—": records integrity, required by the format itself).
- Rules with the `history` area run only with `--history`.
- A rule is skipped for a document that failed to parse or validate (the
  `schema.*` finding says why); the case is NOT READY anyway.
- Every rule has a passing and a failing fixture under `fixtures/rules/<rule-id>/`.

Rule ids are stable: a released id never changes meaning.

## Spec §5 rows and their rules

| spec §5 requirement | rules |
|---|---|
| schema: every document valid | `schema.parse`, `schema.valid` |
| integrity: ids unique, references resolve, case_id matches folder | `integrity.unique-ids`, `integrity.references`, `integrity.case-id`, `integrity.case-folder`, `integrity.case-file` |
| integrity: no unplanned future date; recorded_on ≥ date; finalised_on ≥ note date | `integrity.future-dates`, `integrity.date-order` |
| documents: exist, real type allowed and matching, unlisted files, executables | `documents.exists`, `documents.type`, `documents.unlisted`, `documents.executable`, `integrity.paths`, `integrity.links`, `integrity.unexpected-file` |
| chronology: present, in order, no duplicates, names a child | `chronology.present`, `chronology.order`, `chronology.duplicates`, `chronology.children` |
| chronology: up to date, no significant event after the newest entry | `chronology.up-to-date`, `chronology.events-recorded` |
| chronology: gaps since allocation (error), before it (warning) | `chronology.gap`, `chronology.historic-gap` |
| genogram: present, every child, acyclic, parent age | `genogram.present`, `genogram.children`, `genogram.acyclic`, `genogram.parent-age` |
| core data: child details; UPN, NHS number | `core.child-details`, `core.identifiers` |
| core data: involvement contacts | `core.involvement-contacts` |
| case notes: no drafts; allocation recorded | `notes.final`, `notes.allocation-recorded` |
| assessments: none open | `assessments.completed` |
| allocation (Derbyshire): tasks within 5 / 2 working days | `allocation.record-read`, `allocation.professionals-informed`, `allocation.referrer-confirmation` (and `allocation.unallocated-review`, 003 §2) |
| sign-off: current transferring-manager sign-off | `signoff.transferring-manager` |
| transfer: record complete for its kind | `transfer.present`, `transfer.complete` |
| transfer: reason other needs Head of Service | `transfer.head-of-service` |
| transfer: summary note | `transfer.summary-note` |
| transfer: handover visit, or emergency reason and remedial action | `transfer.handover`, `transfer.joint-visit` (and `transfer.handover-note`, Stockport 001 §3-4) |
| transfer (Derbyshire): between-teams notice and new worker named | `transfer.between-teams-notice`, `transfer.new-worker-named` (and `transfer.family-told-before-review`, `transfer.case-discussion`, 003 §3) |
| transfer: siblings together | `transfer.siblings` |
| transfer (receive): receiving worker present, in post, qualified | `transfer.receiving-worker-available`, `transfer.receiving-worker-qualified` |
| transfer: permanence / children in care | `transfer.permanence`, `transfer.w1-form` (and `transfer.permanence-criteria`, Devon 004 §5, §8) |
| transfer: finance-only special guardianship | `transfer.special-guardianship` |
| transfer: another authority | `transfer.another-authority` |
| transfer: step-down | `transfer.step-down` |
| transfer: plan of adoption | `transfer.adoption` |
| transfer (Derbyshire): transfer record on file, summary labelled | `transfer.form-on-file`, `transfer.summary-labelled` |
| transfer (teams-services): letter, one-page profile | `transfer.family-letter`, `transfer.one-page-profile` |
| transfer (receive; Derbyshire, Devon): allocation updated | `transfer.allocation-updated` |
| transfer: TAC | `transfer.tac` |
| receive: current transferring-manager sign-off | `signoff.transferring-manager` (runs for receive too) |
| history (`--history`) | `history.final-notes`, `history.chronology-entries` |
""")
areas=[]
for r in d['rules']:
    if r['area'] not in areas: areas.append(r['area'])
for a in areas:
    out.append("\n## %s\n" % a)
    out.append("| rule | severity | purposes | profiles | seed | what it checks | what to do |")
    out.append("|---|---|---|---|---|---|---|")
    for r in d['rules']:
        if r['area']!=a: continue
        title=esc(r['title'])
        if r.get('parameters'): title+=" (parameters: `%s`)" % r['parameters'].replace(',', '`, `')
        out.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (r['id'], r['severity'], ', '.join(r['purposes']), ', '.join(r['profiles']), r['source'], title, esc(r['help'])))
out.append("\n## Seed files\n")
seen=[]
for r in d['rules']:
    if r['seed_files']!='—':
        for part in r['seed_files'].split('; '):
            f=part.split(' ')[0]
            if f not in seen: seen.append(f)
for f in sorted(seen): out.append("- `%s`" % f)
out.append("""
## Parameters

Override in `casecheck.json`:

```json
{"format": "casecheck/config@1", "parameters": {"chronology_max_age_days": 21}}
```

An unknown name, or a value out of range, is an error (exit 2), so a typo never
silently weakens an audit.

| parameter | default | unit | range | meaning |
|---|---|---|---|---|""")
for p in d['parameters']:
    out.append("| `%s` | %d | %s | %d–%d | %s |" % (p['name'], p['default'], p['unit'], p['min'], p['max'], p['help']))
out.append("""
Working-day timescales are counted as the seeds word them, with
`cc_calendar_add_working_days`: "within N working days of X" ends on the Nth
working day after X (X itself does not count; weekends and England and Wales
bank holidays skipped, or the repository's `calendar/bank-holidays.json`).
"At least N working days before the review" means on or before the Nth working
day before it. "At least one month before" means on or before the same day one
calendar month earlier (clamped to the month's end).""")
sys.stdout.write('\n'.join(out)+'\n')
