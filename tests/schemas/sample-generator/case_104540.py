from simple import *

def case():
    """A Devon movement (004 §3-4): the assessment team passes the case to a
    child protection and wellbeing team once the initial assessment is
    complete. It also carries what a between-teams transfer needs, so it is
    READY under every profile (outside devon it is audited as one)."""
    A = 'alfie'
    c = dict(id='LCS-104540', service='child-in-need', locality='North', team='assessment',
             team_label='Assessment Team', worker='sw-quinn', manager='pm-yardley', since='2026-01-12',
             referral='Ashcombe Health Visiting Team',
             priorities='child in need plan: speech and language support, nursery place, father\'s mental health support.',
             themes='father\'s depression after losing his job, Alfie\'s delayed speech, supportive paternal grandmother.',
             summary_date='2026-02-25', genogram_updated='2026-01-21')
    c['children'] = [
        child(A, 'Alfie', 'Penrose', '2022-11-30', 'M', 'WBRI', 'Christian', 'English', 'speech delay: short sentences, pictures help', 'N1',
              plan('cin', '2026-02-16', '2026-04-27'), nhs_=nhs_from(173)),
    ]
    c['involvements'] = [
        inv('health-visitor', 'Ms Joanne Reddaway', 'Ashcombe Health Visiting Team', '01632 960318', [A], email='hv.ashcombe@nhs-trust.example.org'),
        inv('gp', 'Dr Colin Marwood', 'Riverside Practice', '01632 960322', [A], address='1 Riverside Walk, Ashcombe', postcode='DE4 9ZW'),
        inv('other', 'Speech and language therapy', 'Ashcombe Children\'s Therapies', '01632 960327', [A], email='salt@nhs-trust.example.org'),
        inv('referrer', 'Ms Joanne Reddaway', 'Ashcombe Health Visiting Team', '01632 960318', [A], email='hv.ashcombe@nhs-trust.example.org'),
    ]
    c['key_dates'] = [kd('cin-meeting', '2026-03-23', '10:00', 'Ashcombe Children\'s Centre'), kd('review', '2026-04-27', '14:00', 'Ashcombe Children\'s Centre')]
    c['history'] = [
        ('2022-11-30', 'family', 'Alfie born.', 'Baseline.', '', None, 'Health record'),
        ('2025-09', 'family', 'Father lost his job; mother works long shifts.', 'Family under strain.', '', None, 'Father\'s account'),
        ('2026-01-08', 'referral', 'Health visitor referral: father low in mood and struggling; Alfie\'s speech delayed; nursery place lapsed.', 'Unmet developmental needs.', 'Initial assessment.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2026-01-14', 'home-visit', 'Home visit - initial assessment', 'Alfie seen at home with his father and grandmother; warm, clean home; father tearful.', 'Initial assessment home visit; Alfie seen.', 'Father needs support; Alfie\'s needs unmet.'),
        ('2026-02-04', 'home-visit', 'Home visit - assessment outcome', 'Outcome shared: child in need plan; father agreed to GP review and a nursery place.', 'Home visit; assessment outcome shared.', 'Family agree the plan.'),
        ('2026-02-16', 'meeting', 'Child in need meeting', 'First child in need meeting; nursery place from 2 March; speech therapy referral made.', 'Child in need meeting.', 'Plan agreed.'),
        ('2026-02-23', 'home-visit', 'Joint handover visit', 'Joint visit with Laura Ferris (North Locality). Alfie showed her his toy trains.', 'Joint handover visit.', 'Alfie met the new worker.'),
    ]
    c['supervisions'] = [('2026-01-12', 'Allocation for initial assessment.')]
    c['assessments'] = [
        dict(id='initial-2026-01', type='initial', started_on='2026-01-12', status='completed', completed_on='2026-02-03',
             document='documents/2026-02-03-initial-assessment.pdf',
             chronology='Initial assessment completed: child in need.', significance='Child in need plan.'),
    ]
    c['transfer'] = {
        'kind': 'movement', 'children': [A],
        'from': {'worker': 'sw-quinn', 'team': 'assessment', 'manager': 'pm-yardley'},
        'to': {'worker': 'sw-ferris', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'assessment-completed',
        'head_of_service_agreed_on': '2026-02-13',
        'transfer_on': '2026-03-16', 'notified_on': '2026-02-16', 'next_review_on': '2026-04-27',
        'new_worker_named_on': '2026-02-18', 'case_discussion_on': '2026-02-20',
        'planning_meeting': {'date': '2026-02-18', 'attendees': ['Assessment practice manager', 'Receiving team manager']},
        'impact_on_child': 'Alfie met the new worker at home with his current worker; his nursery and therapist do not change.',
        'family_informed': {'date': '2026-02-19', 'how': 'telephone and letter'},
        'professionals_informed': [
            {'who': 'Ashcombe Health Visiting Team', 'role': 'health-visitor', 'date': '2026-02-19', 'how': 'secure e-mail'},
            {'who': 'Dr Marwood', 'role': 'gp', 'date': '2026-02-19', 'how': 'secure e-mail'},
            {'who': 'Speech and language therapy', 'role': 'other', 'date': '2026-02-19', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [{'action': 'Chair the child in need meeting.', 'owner': 'receiving', 'due': '2026-03-23'}],
        'handover_visit': {'date': '2026-02-23', 'joint': True},
        'current_plan': 'Child in need plan: nursery place, speech and language therapy, father\'s GP support; review 27 April 2026.',
    }
    c['notes'] = std_transfer_notes(c,
        'Alfie (3) lives with his parents; his father has been low in mood since losing his job in September 2025. Initial assessment completed 3 February 2026: child in need (speech delay, father\'s low mood). Plan agreed at the child in need meeting on 16 February.')
    c['documents'] = [
        ('documents/2026-02-03-initial-assessment.pdf', 'assessment', '2026-02-03', 'Initial assessment', pdf('Initial assessment', 'Child in need.')),
        ('documents/2026-02-16-cin-plan.odt', 'child-plan', '2026-02-16', 'Child in need plan', odt('Child in need plan', 'Speech and support.')),
        ('documents/2026-02-18-transfer-record.docx', 'transfer-form', '2026-02-25', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-19-letter-new-worker.docx', 'letter', '2026-02-19', 'Letter to the family and partners naming the new social worker',
         docx('Your new social worker', 'From 16 March 2026 Laura Ferris (01632 960371) will be your social worker.')),
    ]
    c['people'], c['relationships'] = family('Penrose', [(A, 'Alfie', '2022-11-30', 'M')],
        ('p-hannah-penrose', 'Hannah Penrose', '1994-02-11'), ('p-joe-penrose', 'Joe Penrose', '1992-06-03'),
        (('p-bill-tregear', 'Bill Tregear', '1962', 'M'), ('p-ann-tregear', 'Ann Tregear', '1964', 'F')), ('p-mary-penrose', 'Mary Penrose', '1960'))
    c['signoff'] = {'by': 'pm-yardley', 'date': '2026-02-26', 'comment': 'File checked before the case moves to the North Locality team.'}
    return c
