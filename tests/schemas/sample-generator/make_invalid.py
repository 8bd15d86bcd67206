"""Writes fixtures/invalid/<kind>/: one invalid document per file, each from a
small valid document with one thing wrong, and a manifest.json naming the
instance pointer and keyword of the expected error.
Usage: python3 make_invalid.py fixtures/invalid"""
import copy, json, os, shutil, sys

def doc(kind_, **fields):
    d = {'format': 'casecheck/%s@1' % kind_}
    d.update(fields)
    return d

BASE = {
    'config': doc('config', profile='derbyshire', cases_dir='cases', parameters={'chronology_max_age_days': 21}),
    'staff': doc('staff', staff=[
        {'id': 'tm-okafor', 'name': 'Grace Okafor', 'role': 'team-manager', 'qualified': True, 'team': 'north-locality'},
        {'id': 'sw-ferris', 'name': 'Laura Ferris', 'role': 'social-worker', 'qualified': True, 'team': 'north-locality',
         'absences': [{'from': '2026-02-09', 'to': '2026-02-13', 'kind': 'sick'}]}],
        teams=[{'id': 'north-locality', 'name': 'North Locality Social Work Team', 'manager': 'tm-okafor', 'service': 'child-in-need'}]),
    'case': doc('case', case_id='LCS-100001', status='open', service='child-in-need', locality='North', team='north-locality',
                allocation={'worker': 'sw-ferris', 'manager': 'tm-okafor', 'since': '2025-06-16'},
                children=[{'id': 'ruby', 'given_name': 'Ruby', 'family_name': 'Ashworth', 'date_of_birth': '2017-11-23', 'sex': 'F',
                           'ethnicity': 'WBRI', 'religion': 'No religion', 'disabilities': ['NONE'], 'first_language': 'English',
                           'communication_needs': 'none', 'category_of_need': 'N3',
                           'plan': {'type': 'cin', 'started_on': '2025-08-21', 'next_review_on': '2026-03-18'}}],
                involvements=[{'role': 'gp', 'name': 'Dr Adaeze Nwosu', 'organisation': 'Brookfield Surgery', 'phone': '01632 960114',
                               'address': '14 Brookfield Road, Ashcombe', 'postcode': 'DE4 9ZQ', 'children': ['ruby']}],
                key_dates=[{'kind': 'cin-meeting', 'date': '2026-03-18', 'time': '10:00', 'venue': 'Ashcombe Academy'}],
                documents=[{'path': 'documents/2025-08-21-cin-plan.odt', 'kind': 'child-plan', 'date': '2025-08-21', 'title': 'Child in need plan'}]),
    'chronology': doc('chronology', case_id='LCS-100001', entries=[
        {'id': 'e-001', 'date': '2019-03', 'event': 'Maternal grandfather died.', 'category': 'family', 'source': 'Mother\'s account',
         'significance': 'Bereavement.', 'action': '', 'children': ['ruby'], 'recorded_by': 'sw-ferris', 'recorded_on': '2025-06-20', 'historic': True},
        {'id': 'e-002', 'date': '2025-06-19', 'event': 'Introductory home visit.', 'category': 'visit', 'source': 'Case note',
         'significance': 'Ruby seen.', 'action': '', 'children': ['ruby'], 'recorded_by': 'sw-ferris', 'recorded_on': '2025-06-20', 'historic': False}]),
    'genogram': doc('genogram', case_id='LCS-100001', updated_on='2026-02-12', people=[
        {'id': 'p-diane', 'name': 'Diane Foster', 'sex': 'F', 'born': '1966'},
        {'id': 'p-kelly', 'name': 'Kelly Ashworth', 'sex': 'F', 'born': '1991-02-17', 'household': 'mother'},
        {'id': 'p-craig', 'name': 'Craig Ashworth', 'sex': 'M', 'born': '1989-10'},
        {'id': 'p-ruby', 'name': 'Ruby Ashworth', 'sex': 'F', 'born': '2017-11-23', 'child': 'ruby', 'household': 'mother'}],
        relationships=[{'type': 'parent', 'parent': 'p-diane', 'child': 'p-kelly', 'kind': 'birth'},
                       {'type': 'parent', 'parent': 'p-kelly', 'child': 'p-ruby', 'kind': 'birth'},
                       {'type': 'parent', 'parent': 'p-craig', 'child': 'p-ruby', 'kind': 'birth'},
                       {'type': 'couple', 'people': ['p-kelly', 'p-craig'], 'status': 'separated'}]),
    'note': doc('note', id='2026-01-15-home-visit', date='2026-01-15', author='sw-ferris', type='home-visit', heading='Home visit - statutory',
                status='final', finalised_on='2026-01-16', children=['ruby'], text='Ruby seen alone; home conditions good.'),
    'assessment': doc('assessment', id='sa-2025-06', type='single', children=['ruby'], started_on='2025-06-16', status='completed',
                      completed_on='2025-08-08', author='sw-ferris', document='documents/2025-08-08-single-assessment.pdf'),
    'transfer': doc('transfer', kind='within-team', children=['ruby'],
                    **{'from': {'worker': 'sw-ferris', 'team': 'north-locality', 'manager': 'tm-okafor'}},
                    to={'worker': 'sw-achebe', 'team': 'north-locality', 'manager': 'tm-okafor'},
                    reason='worker-leaving', transfer_on='2026-03-13', next_review_on='2026-03-18',
                    impact_on_child='Ruby met her new worker on a joint visit.',
                    family_informed={'date': '2026-02-12', 'how': 'home visit'},
                    professionals_informed=[{'who': 'Brookfield Surgery', 'role': 'gp', 'date': '2026-02-13', 'how': 'secure e-mail'}],
                    outstanding_actions=[{'action': 'Chair the CIN meeting.', 'owner': 'receiving', 'due': '2026-03-18'}],
                    handover_visit={'date': '2026-02-24', 'joint': True}),
    'signoff': doc('signoff', role='transferring-manager', by='tm-okafor', date='2026-02-27', purpose='transfer',
                   content='aa13955703bc632f34c6d1d20efbbec4c812ea45', result='ready', comment='Quality audit completed.'),
    'removal': doc('removal', case_id='LCS-104233',
                   removes=[{'file': 'notes/2026-01-10-visit.json'}, {'entry': 'e-021'}],
                   reason='misfiled', by='tm-okafor', on='2026-03-01'),
    'waiver': doc('waiver', rule='transfer.head-of-service', path='cases/LCS-104233/transfer.json',
                  pointer='/head_of_service_agreed_on', reason='Agreed before the post was filled.', reason_code='other', by='tm-okafor',
                  date='2026-03-01', expires='2026-06-30'),
}

def get(d, path):
    for p in path:
        d = d[p]
    return d

def setv(d, path, value):
    get(d, path[:-1])[path[-1]] = value

def delv(d, path):
    del get(d, path[:-1])[path[-1]]

def ptr(path):
    return ''.join('/' + str(p).replace('~', '~0').replace('/', '~1') for p in path)

# (kind, file, why, mutation, pointer path, keyword)
S, D = 'set', 'del'
CASES = [
    # --- every kind: the format marker, an unknown key, not an object
    *[(k, 'wrong-format-version', 'format names version 2', (S, ['format'], 'casecheck/%s@2' % k), ['format'], 'const') for k in BASE],
    *[(k, 'missing-format', 'no format marker', (D, ['format']), [], 'required') for k in BASE],
    *[(k, 'unknown-top-level-key', 'a misspelt top-level key', (S, ['colour'], 'red'), ['colour'], 'additionalProperties') for k in BASE],
    *[(k, 'not-an-object', 'the document is an array', ('replace', [BASE[k]]), [], 'type') for k in BASE],
    # --- config
    ('config', 'unknown-profile', 'profile not in the list', (S, ['profile'], 'lancashire'), ['profile'], 'enum'),
    ('config', 'unknown-parameter', 'a misspelt parameter name must not silently weaken an audit', (S, ['parameters', 'chronology_max_age'], 28), ['parameters', 'chronology_max_age'], 'additionalProperties'),
    ('config', 'parameter-not-integer', 'parameter given as a string', (S, ['parameters', 'chronology_max_age_days'], '28'), ['parameters', 'chronology_max_age_days'], 'type'),
    ('config', 'parameter-out-of-range', 'a zero-day limit', (S, ['parameters', 'chronology_max_age_days'], 0), ['parameters', 'chronology_max_age_days'], 'minimum'),
    ('config', 'cases-dir-escapes', 'cases_dir climbs out of the repository', (S, ['cases_dir'], '../other'), ['cases_dir'], 'not'),
    # --- staff
    ('staff', 'missing-qualified', 'qualified missing from a member of staff', (D, ['staff', 1, 'qualified']), ['staff', 1], 'required'),
    ('staff', 'unknown-role', 'role not in the list', (S, ['staff', 1, 'role'], 'caseworker'), ['staff', 1, 'role'], 'enum'),
    ('staff', 'bad-staff-id', 'staff id with capitals and a space', (S, ['staff', 1, 'id'], 'Laura Ferris'), ['staff', 1, 'id'], 'pattern'),
    ('staff', 'absence-bad-date', 'absence ends on 30 February', (S, ['staff', 1, 'absences', 0, 'to'], '2026-02-30'), ['staff', 1, 'absences', 0, 'to'], 'format'),
    ('staff', 'absence-unknown-kind', 'absence kind not in the list', (S, ['staff', 1, 'absences', 0, 'kind'], 'training'), ['staff', 1, 'absences', 0, 'kind'], 'enum'),
    ('staff', 'left-on-partial-date', 'left_on needs a full date', (S, ['staff', 1, 'left_on'], '2026-03'), ['staff', 1, 'left_on'], 'format'),
    ('staff', 'team-unknown-service', 'team service not in the list', (S, ['teams', 0, 'service'], 'adoption'), ['teams', 0, 'service'], 'enum'),
    # --- case
    ('case', 'missing-children', 'no children', (D, ['children']), [], 'required'),
    ('case', 'empty-children', 'children must not be empty', (S, ['children'], []), ['children'], 'minItems'),
    ('case', 'bad-case-id', 'case id in lower case', (S, ['case_id'], 'lcs-100001'), ['case_id'], 'pattern'),
    ('case', 'unknown-service', 'service not in the list', (S, ['service'], 'youth-offending'), ['service'], 'enum'),
    ('case', 'unknown-ethnicity', 'ethnicity code not in the CIN census list', (S, ['children', 0, 'ethnicity'], 'WENG'), ['children', 0, 'ethnicity'], 'enum'),
    ('case', 'unknown-disability', 'disability code not in the CIN census list', (S, ['children', 0, 'disabilities'], ['ADHD']), ['children', 0, 'disabilities', 0], 'enum'),
    ('case', 'none-with-disability', 'NONE together with another disability code', (S, ['children', 0, 'disabilities'], ['NONE', 'COMM']), ['children', 0, 'disabilities'], 'maxItems'),
    ('case', 'unknown-sex', 'sex not M, F or U', (S, ['children', 0, 'sex'], 'X'), ['children', 0, 'sex'], 'enum'),
    ('case', 'unknown-category-of-need', 'category of need N10', (S, ['children', 0, 'category_of_need'], 'N10'), ['children', 0, 'category_of_need'], 'enum'),
    ('case', 'unknown-legal-status', 'SSDA903 legal status not in the list', (S, ['children', 0, 'legal_status'], 'C3'), ['children', 0, 'legal_status'], 'enum'),
    ('case', 'date-of-birth-not-real', 'date of birth 30 February', (S, ['children', 0, 'date_of_birth'], '2017-02-30'), ['children', 0, 'date_of_birth'], 'format'),
    ('case', 'date-of-birth-partial', 'date of birth needs a full date', (S, ['children', 0, 'date_of_birth'], '2017-11'), ['children', 0, 'date_of_birth'], 'format'),
    ('case', 'child-without-birth-date', 'a child needs date_of_birth or expected_on', (D, ['children', 0, 'date_of_birth']), ['children', 0], 'oneOf'),
    ('case', 'child-born-and-expected', 'a born child has no expected_on', (S, ['children', 0, 'expected_on'], '2017-11-20'), ['children', 0], 'oneOf'),
    ('case', 'child-in-care-without-legal-status', 'service child-in-care needs legal_status on each child', (S, ['service'], 'child-in-care'), ['children', 0], 'required'),
    ('case', 'unallocated-without-reason', 'worker null without unallocated_reason and unallocated_review_on', (S, ['allocation', 'worker'], None), ['allocation'], 'required'),
    ('case', 'allocated-with-unallocated-reason', 'an allocated case has no unallocated_reason', (S, ['allocation', 'unallocated_reason'], 'Awaiting allocation.'), ['allocation', 'unallocated_reason'], 'false'),
    ('case', 'child-unknown-key', 'a misspelt child field', (S, ['children', 0, 'ethnicty'], 'WBRI'), ['children', 0, 'ethnicty'], 'additionalProperties'),
    ('case', 'lac-reviews-not-integer', 'lac_reviews_held as a decimal', (S, ['children', 0, 'lac_reviews_held'], 2.5), ['children', 0, 'lac_reviews_held'], 'type'),
    ('case', 'plan-without-start', 'a plan other than none needs started_on', (D, ['children', 0, 'plan', 'started_on']), ['children', 0, 'plan'], 'required'),
    ('case', 'upn-wrong-shape', 'UPN of 12 characters', (S, ['children', 0, 'upn'], 'N83020041234'), ['children', 0, 'upn'], 'pattern'),
    ('case', 'nhs-number-with-letters', 'NHS number with a letter', (S, ['children', 0, 'nhs_number'], '999 023 757A'), ['children', 0, 'nhs_number'], 'pattern'),
    ('case', 'bad-postcode', 'postcode in lower case without a space', (S, ['involvements', 0, 'postcode'], 'de49zq'), ['involvements', 0, 'postcode'], 'pattern'),
    ('case', 'bad-phone', 'telephone number too short', (S, ['involvements', 0, 'phone'], '960114'), ['involvements', 0, 'phone'], 'pattern'),
    ('case', 'bad-email', 'e-mail address without a domain', (S, ['involvements', 0, 'email'], 'surgery@'), ['involvements', 0, 'email'], 'format'),
    ('case', 'unknown-involvement-role', 'involvement role not in the list', (S, ['involvements', 0, 'role'], 'dentist'), ['involvements', 0, 'role'], 'enum'),
    ('case', 'bad-time', 'key date time 24:30', (S, ['key_dates', 0, 'time'], '24:30'), ['key_dates', 0, 'time'], 'pattern'),
    ('case', 'key-date-other-without-detail', 'a key date of kind other says what it is', (S, ['key_dates', 0, 'kind'], 'other'), ['key_dates', 0], 'required'),
    ('case', 'document-outside-documents', 'document path not under documents/', (S, ['documents', 0, 'path'], 'notes/plan.odt'), ['documents', 0, 'path'], 'pattern'),
    ('case', 'document-path-dotdot', 'document path with a .. segment', (S, ['documents', 0, 'path'], 'documents/../case.json'), ['documents', 0, 'path'], 'not'),
    ('case', 'unknown-document-kind', 'document kind not in the list', (S, ['documents', 0, 'kind'], 'photo'), ['documents', 0, 'kind'], 'enum'),
    ('case', 'child-id-wrong-type', 'child id as a number', (S, ['children', 0, 'id'], 7), ['children', 0, 'id'], 'type'),
    # --- chronology
    ('chronology', 'missing-entries', 'no entries', (D, ['entries']), [], 'required'),
    ('chronology', 'entry-missing-date', 'an entry without a date', (D, ['entries', 1, 'date']), ['entries', 1], 'required'),
    ('chronology', 'entry-bad-month', 'partial date with month 13', (S, ['entries', 0, 'date'], '2019-13'), ['entries', 0, 'date'], 'anyOf'),
    ('chronology', 'entry-not-real-date', 'full date 30 February', (S, ['entries', 1, 'date'], '2025-02-30'), ['entries', 1, 'date'], 'anyOf'),
    ('chronology', 'entry-unknown-category', 'category not in the list', (S, ['entries', 1, 'category'], 'home-visit'), ['entries', 1, 'category'], 'enum'),
    ('chronology', 'entry-no-children', 'children must not be empty when given', (S, ['entries', 1, 'children'], []), ['entries', 1, 'children'], 'minItems'),
    ('chronology', 'recorded-on-partial', 'recorded_on needs a full date', (S, ['entries', 1, 'recorded_on'], '2025-06'), ['entries', 1, 'recorded_on'], 'format'),
    ('chronology', 'historic-not-boolean', 'historic as a string', (S, ['entries', 0, 'historic'], 'yes'), ['entries', 0, 'historic'], 'type'),
    ('chronology', 'entry-unknown-key', 'a misspelt entry field', (S, ['entries', 1, 'signifcance'], 'x'), ['entries', 1, 'signifcance'], 'additionalProperties'),
    ('chronology', 'bad-entry-id', 'entry id with an underscore', (S, ['entries', 1, 'id'], 'e_002'), ['entries', 1, 'id'], 'pattern'),
    # --- genogram
    ('genogram', 'missing-updated-on', 'no updated_on', (D, ['updated_on']), [], 'required'),
    ('genogram', 'couple-of-three', 'a couple names exactly two people', (S, ['relationships', 3, 'people'], ['p-kelly', 'p-craig', 'p-diane']), ['relationships', 3, 'people'], 'maxItems'),
    ('genogram', 'couple-with-self', 'a couple of one person twice', (S, ['relationships', 3, 'people'], ['p-kelly', 'p-kelly']), ['relationships', 3, 'people'], 'uniqueItems'),
    ('genogram', 'couple-without-status', 'a couple needs a status', (D, ['relationships', 3, 'status']), ['relationships', 3], 'required'),
    ('genogram', 'parent-without-kind', 'a parent link needs a kind', (D, ['relationships', 0, 'kind']), ['relationships', 0], 'required'),
    ('genogram', 'parent-with-people', 'a parent link has no people', (S, ['relationships', 0, 'people'], ['p-diane', 'p-kelly']), ['relationships', 0, 'people'], 'false'),
    ('genogram', 'unknown-relationship-type', 'relationship type not parent or couple', (S, ['relationships', 0, 'type'], 'sibling'), ['relationships', 0, 'type'], 'enum'),
    ('genogram', 'unknown-parent-kind', 'parent kind not in the list', (S, ['relationships', 0, 'kind'], 'grand'), ['relationships', 0, 'kind'], 'enum'),
    ('genogram', 'born-not-a-date', 'born written as text', (S, ['people', 0, 'born'], 'about 1966'), ['people', 0, 'born'], 'anyOf'),
    ('genogram', 'updated-on-partial', 'updated_on needs a full date', (S, ['updated_on'], '2026-02'), ['updated_on'], 'format'),
    ('genogram', 'died-not-real', 'died on 29 February of a common year', (S, ['people', 0, 'died'], '2019-02-29'), ['people', 0, 'died'], 'anyOf'),
    ('genogram', 'sex-lower-case', 'sex in lower case', (S, ['people', 1, 'sex'], 'f'), ['people', 1, 'sex'], 'enum'),
    ('genogram', 'person-without-name', 'a person needs a name', (D, ['people', 2, 'name']), ['people', 2], 'required'),
    # --- note
    ('note', 'final-without-finalised-on', 'a final note needs finalised_on', (D, ['finalised_on']), [], 'required'),
    ('note', 'draft-with-finalised-on', 'a draft note has no finalised_on', (S, ['status'], 'draft'), ['finalised_on'], 'false'),
    ('note', 'unknown-type', 'note type not in the list', (S, ['type'], 'visit-home'), ['type'], 'enum'),
    ('note', 'unknown-status', 'status not draft or final', (S, ['status'], 'signed'), ['status'], 'enum'),
    ('note', 'date-not-real', 'date 31 April', (S, ['date'], '2026-04-31'), ['date'], 'format'),
    ('note', 'date-partial', 'a note needs a full date', (S, ['date'], '2026-01'), ['date'], 'format'),
    ('note', 'empty-text', 'text must not be empty', (S, ['text'], ''), ['text'], 'minLength'),
    ('note', 'missing-author', 'no author', (D, ['author']), [], 'required'),
    ('note', 'children-not-array', 'children as a single string', (S, ['children'], 'ruby'), ['children'], 'type'),
    ('note', 'bad-time', 'time 9.30', (S, ['time'], '9.30'), ['time'], 'pattern'),
    # --- assessment
    ('assessment', 'completed-without-date', 'a completed assessment needs completed_on', (D, ['completed_on']), [], 'required'),
    ('assessment', 'open-with-completed-on', 'an open assessment has no completed_on', (S, ['status'], 'open'), ['completed_on'], 'false'),
    ('assessment', 'unknown-type', 'assessment type not in the list', (S, ['type'], 'core-assessment'), ['type'], 'enum'),
    ('assessment', 'document-outside-documents', 'document path not under documents/', (S, ['document'], 'assessment.pdf'), ['document'], 'pattern'),
    ('assessment', 'started-on-partial', 'started_on needs a full date', (S, ['started_on'], '2025'), ['started_on'], 'format'),
    ('assessment', 'completed-on-not-real', 'completed on 29 February of a common year', (S, ['completed_on'], '2025-02-29'), ['completed_on'], 'format'),
    ('assessment', 'children-not-array', 'children as a single string', (S, ['children'], 'ruby'), ['children'], 'type'),
    ('assessment', 'missing-children', 'no children', (D, ['children']), [], 'required'),
    # --- transfer
    ('transfer', 'unknown-kind', 'transfer kind not in the list', (S, ['kind'], 'sideways'), ['kind'], 'enum'),
    ('transfer', 'unknown-reason', 'reason not in the list', (S, ['reason'], 'restructure'), ['reason'], 'enum'),
    ('transfer', 'missing-from', 'no from', (D, ['from']), [], 'required'),
    ('transfer', 'another-authority-without-authority', 'a transfer to another authority names it', (S, ['kind'], 'to-another-authority'), ['to'], 'required'),
    ('transfer', 'tac-without-lead-professional', 'a team-around-the-child transfer names the lead professional', (S, ['kind'], 'to-team-around-child'), ['to'], 'required'),
    ('transfer', 'internal-without-team', 'an internal transfer names the receiving team', (D, ['to', 'team']), ['to'], 'required'),
    ('transfer', 'transfer-on-not-real', 'transfer date 29 February in a common year', (S, ['transfer_on'], '2026-02-29'), ['transfer_on'], 'format'),
    ('transfer', 'family-informed-without-how', 'family_informed needs how', (D, ['family_informed', 'how']), ['family_informed'], 'required'),
    ('transfer', 'professional-informed-without-date', 'each professional informed needs a date', (D, ['professionals_informed', 0, 'date']), ['professionals_informed', 0], 'required'),
    ('transfer', 'action-unknown-owner', 'outstanding action owner not current or receiving', (S, ['outstanding_actions', 0, 'owner'], 'both'), ['outstanding_actions', 0, 'owner'], 'enum'),
    ('transfer', 'handover-joint-not-boolean', 'joint as a string', (S, ['handover_visit', 'joint'], 'yes'), ['handover_visit', 'joint'], 'type'),
    ('transfer', 'consent-given-without-date', 'consent given needs date and by', (S, ['consent'], {'given': True}), ['consent'], 'required'),
    ('transfer', 'children-empty', 'children must not be empty', (S, ['children'], []), ['children'], 'minItems'),
    ('transfer', 'children-repeated', 'a child listed twice', (S, ['children'], ['ruby', 'ruby']), ['children'], 'uniqueItems'),
    ('transfer', 'due-partial', 'an outstanding action\'s due date needs a full date', (S, ['outstanding_actions', 0, 'due'], '2026-03'), ['outstanding_actions', 0, 'due'], 'format'),
    ('transfer', 'from-unknown-key', 'a misspelt field in from', (S, ['from', 'worker_id'], 'sw-ferris'), ['from', 'worker_id'], 'additionalProperties'),
    # --- signoff
    ('signoff', 'content-not-object-id', 'content is not a git object id', (S, ['content'], 'HEAD'), ['content'], 'pattern'),
    ('signoff', 'content-upper-case', 'object ids are lower-case hex', (S, ['content'], 'AA13955703BC632F34C6D1D20EFBBEC4C812EA45'), ['content'], 'pattern'),
    ('signoff', 'unknown-role', 'role not in the list', (S, ['role'], 'head-of-service'), ['role'], 'enum'),
    ('signoff', 'unknown-purpose', 'purpose receive is not signed off', (S, ['purpose'], 'receive'), ['purpose'], 'enum'),
    ('signoff', 'unknown-result', 'result not ready or ready-with-warnings', (S, ['result'], 'not-ready'), ['result'], 'enum'),
    ('signoff', 'date-partial', 'a sign-off needs a full date', (S, ['date'], '2026-02'), ['date'], 'format'),
    ('signoff', 'date-not-real', 'signed on 29 February of a common year', (S, ['date'], '2026-02-29'), ['date'], 'format'),
    ('signoff', 'missing-by', 'no by', (D, ['by']), [], 'required'),
    # --- removal
    ('removal', 'unknown-reason', 'tidying up is no lawful reason', (S, ['reason'], 'tidy-up'), ['reason'], 'enum'),
    ('removal', 'nothing-removed', 'a removal names what it removes', (S, ['removes'], []), ['removes'], 'minItems'),
    ('removal', 'item-two-kinds', 'one item names a file or an entry, not both',
     (S, ['removes'], [{'file': 'notes/a.json', 'entry': 'e1'}]), ['removes', 0], 'oneOf'),
    ('removal', 'file-absolute', 'a path inside the case folder, not an absolute one',
     (S, ['removes'], [{'file': '/etc/passwd'}]), ['removes', 0], 'oneOf'),
    ('removal', 'date-not-real', '30 February', (S, ['on'], '2026-02-30'), ['on'], 'format'),
    ('removal', 'missing-by', 'who authorised it', (D, ['by']), [], 'required'),
    # --- waiver
    ('waiver', 'missing-expires', 'a waiver without an expiry', (D, ['expires']), [], 'required'),
    ('waiver', 'missing-reason', 'a waiver without a reason', (D, ['reason']), [], 'required'),
    ('waiver', 'expires-not-a-date', 'a date that does not exist', (S, ['expires'], '2026-02-30'), ['expires'], 'format'),
    ('waiver', 'rule-not-an-id', 'a rule that is not a rule id', (S, ['rule'], 'Transfer Head Of Service'), ['rule'], 'pattern'),
    ('waiver', 'pointer-not-a-pointer', 'a pointer without its leading slash',
     (S, ['pointer'], 'head_of_service_agreed_on'), ['pointer'], 'pattern'),
    ('waiver', 'by-not-a-staff-id', 'a name instead of a staff id', (S, ['by'], 'Team Manager'), ['by'], 'pattern'),
    ('waiver', 'reason-code-unknown', 'a reason code that is not one of the list',
     (S, ['reason_code'], 'lost-paperwork'), ['reason_code'], 'enum'),
]

def main(out):
    for kind in BASE:  # only the kind folders: README.md stays
        if os.path.exists(os.path.join(out, kind)):
            shutil.rmtree(os.path.join(out, kind))
    manifests = {}
    for kind, name, why, mut, path, keyword in CASES:
        d = copy.deepcopy(BASE[kind])
        if mut[0] == S:
            setv(d, mut[1], mut[2])
        elif mut[0] == D:
            delv(d, mut[1])
        else:
            d = mut[1]
        folder = os.path.join(out, kind)
        os.makedirs(folder, exist_ok=True)
        fname = name + '.json'
        with open(os.path.join(folder, fname), 'w') as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
            f.write('\n')
        manifests.setdefault(kind, []).append({'file': fname, 'pointer': ptr(path), 'keyword': keyword, 'why': why})
    for kind, cases in manifests.items():
        base = os.path.join(out, kind, 'valid.json')
        with open(base, 'w') as f:
            json.dump(BASE[kind], f, indent=2, ensure_ascii=False)
            f.write('\n')
        with open(os.path.join(out, kind, 'manifest.json'), 'w') as f:
            json.dump({'kind': kind, 'schema': 'https://casecheck.example/schemas/v1/%s.json' % kind,
                       'valid': 'valid.json', 'cases': cases}, f, indent=2, ensure_ascii=False)
            f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1])
