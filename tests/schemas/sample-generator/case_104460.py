from simple import *

def case():
    M, A = 'maisie', 'alfie'
    c = dict(id='LCS-104460', service='child-in-need', locality='South', team='south-locality',
             team_label='South Locality Social Work Team', worker='sw-hartley', manager='tm-hughes', since='2025-08-18',
             referral='Kerry Blythe, health visitor',
             priorities='assessment of home conditions and the children\'s development; parenting support for a young mother.',
             themes='young parents, Alfie\'s speech delay, home conditions variable, good engagement with the family hub.',
             summary_date='2026-02-26', genogram_updated='2025-09-04')
    c['children'] = [
        child(M, 'Maisie', 'Cooper', '2020-07-02', 'F', 'WBRI', 'No religion', 'English', 'none', 'N1',
              plan('cin', '2025-10-06', '2026-03-23'), upn_=upn(830, 3120, 24, 410), nhs_=nhs_from(121)),
        child(A, 'Alfie', 'Cooper', '2022-12-19', 'M', 'WBRI', 'No religion', 'English',
              'Speech delay: uses single words and gestures; the family hub speech and language group is helping.', 'N1',
              plan('cin', '2025-10-06', '2026-03-23'), disab=['COMM'], nhs_=nhs_from(122)),
    ]
    c['involvements'] = [
        inv('health-visitor', 'Kerry Blythe', 'South Locality Health Visiting Team', '01632 960155', [M, A], email='hv.south@nhs-trust.example.org'),
        inv('school', 'Mrs Anne Kirby (reception teacher)', 'Southby Infant School', '01632 960264', [M], email='office@southby-infants.example.org'),
        inv('gp', 'Dr Lucy Hamer', 'Harbour Surgery', '01632 960123', [M, A], address='Harbour Street, Southby', postcode='DE5 9ZG'),
        inv('other', 'Southby Family Hub', 'Southby Family Hub', '01632 960280', [M, A], email='familyhub.south@ashcombe-council.example.org'),
        inv('referrer', 'Kerry Blythe, health visitor', 'South Locality Health Visiting Team', '01632 960155', [M, A], email='hv.south@nhs-trust.example.org'),
    ]
    c['key_dates'] = [kd('cin-meeting', '2026-03-23', '10:00', 'Southby Family Hub')]
    c['history'] = [
        ('2020-07-02', 'family', 'Maisie born; mother aged 19.', 'Baseline.', '', [M], 'Health record'),
        ('2022-12-19', 'family', 'Alfie born.', 'Baseline.', '', [A], 'Health record'),
        ('2024-05', 'health', 'Health visitor concerns about home conditions and missed immunisations; Early Help offered.', 'Neglect indicators.', 'Early Help support for 4 months.', None, 'Health visiting record'),
        ('2025-08-12', 'referral', 'Health visitor referral: dirty home, Alfie\'s 2-year review missed twice, mother overwhelmed.', 'Risk of neglect.', 'Single assessment opened.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-08-20', 'home-visit', 'Home visit - introductory', 'Met Ms Cooper, Mr Shaw, Maisie and Alfie. Kitchen dirty; children happy and clean. Parents accepted help.', 'Introductory home visit; children seen.', 'Home conditions poor; parents open to help.'),
        ('2025-10-06', 'meeting', 'Child in need meeting', 'CIN plan: family hub parenting group, speech and language referral for Alfie, routines chart.', 'First child in need meeting.', 'Plan agreed.'),
        ('2025-11-17', 'home-visit', 'Home visit - unannounced', 'Home much improved; Maisie proud of her sticker chart.', 'Unannounced home visit.', 'Improvement in home conditions.'),
        ('2026-01-05', 'meeting', 'Child in need review', 'Review: progress, but the parents\' ability to sustain change is unclear. Parenting assessment agreed.', 'Child in need review; parenting assessment agreed.', 'Further assessment needed.'),
        ('2026-02-09', 'home-visit', 'Home visit - change of worker', 'Told the parents that Jodie Marsh will be the new social worker from 13 March and that the parenting assessment continues.', 'Family told of the change of worker.', 'Family prepared.'),
        ('2026-02-23', 'home-visit', 'Joint handover visit', 'Joint visit with Jodie Marsh. Alfie said "bye Jodie" at the door.', 'Joint handover visit with the new social worker.', 'Children met the new worker.'),
    ]
    c['supervisions'] = [('2025-12-10', 'Supervision: progress; consider a parenting assessment to test sustainability before closing.')]
    c['assessments'] = [
        dict(id='sa-2025-08', type='single', started_on='2025-08-18', status='completed', completed_on='2025-09-30',
             document='documents/2025-09-30-single-assessment.pdf',
             chronology='Single assessment completed: child in need (neglect).', significance='Needs: home conditions, routines, Alfie\'s speech.'),
        dict(id='parenting-2026-01', type='parenting', title='Parenting assessment of Ms Cooper and Mr Shaw', started_on='2026-01-19', status='open'),
    ]
    c['transfer'] = {
        'kind': 'within-team', 'children': [M, A],
        'from': {'worker': 'sw-hartley', 'team': 'south-locality', 'manager': 'tm-hughes'},
        'to': {'worker': 'sw-marsh', 'team': 'south-locality', 'manager': 'tm-hughes'},
        'reason': 'worker-leaving', 'reason_detail': 'Emma Hartley leaves the locality on 13 March 2026.',
        'transfer_on': '2026-03-13', 'next_review_on': '2026-03-23', 'new_worker_named_on': '2026-02-02', 'case_discussion_on': '2026-02-16',
        'planning_meeting': {'date': '2026-02-02', 'attendees': ['Team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'The children are young and the parents were anxious about a new worker mid-assessment; they met the new worker at home.',
        'family_informed': {'date': '2026-02-09', 'how': 'home visit'},
        'professionals_informed': [
            {'who': 'Kerry Blythe, health visitor', 'role': 'health-visitor', 'date': '2026-02-10', 'how': 'secure e-mail'},
            {'who': 'Southby Infant School', 'role': 'school', 'date': '2026-02-10', 'how': 'secure e-mail'},
            {'who': 'Dr Hamer', 'role': 'gp', 'date': '2026-02-10', 'how': 'secure e-mail'},
            {'who': 'Southby Family Hub', 'role': 'other', 'date': '2026-02-10', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [{'action': 'Complete the parenting assessment.', 'owner': 'current', 'due': '2026-03-06'}],
        'handover_visit': {'date': '2026-02-23', 'joint': True},
        'current_plan': 'Child in need plan (neglect): routines, family hub parenting group, speech and language therapy for Alfie; parenting assessment.',
    }
    c['notes'] = std_transfer_notes(c,
        'Maisie (5) and Alfie (3) live with their young parents. Child in need (neglect) since October 2025 after health visitor concerns. Home conditions improved; a parenting assessment started on 19 January 2026 to test whether the change lasts.')
    c['documents'] = [
        ('documents/2025-09-30-single-assessment.pdf', 'assessment', '2025-09-30', 'Single assessment', pdf('Single assessment', 'Child in need: neglect.')),
        ('documents/2025-10-06-cin-plan.odt', 'child-plan', '2025-10-06', 'Child in need plan', odt('Child in need plan', 'Routines; parenting group; speech therapy.')),
        ('documents/2026-02-02-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-10-letter-new-worker.docx', 'letter', '2026-02-10', 'Letter to the family and partners naming the new social worker',
         docx('Your new social worker', 'From 13 March 2026 Jodie Marsh (01632 960390) will be your social worker.')),
    ]
    c['people'], c['relationships'] = family('Cooper', [(M, 'Maisie', '2020-07-02', 'F'), (A, 'Alfie', '2022-12-19', 'M')],
        ('p-jade-cooper', 'Jade Cooper', '2001-03-09'), ('p-ryan-shaw', 'Ryan Shaw', '1999', 'family home', 'cohabiting'),
        (('p-mick-cooper', 'Mick Cooper', '1975', 'M'), ('p-julie-cooper', 'Julie Cooper', '1978', 'F')), ('p-carol-shaw', 'Carol Shaw', '1972'))
    c['signoff'] = {'by': 'tm-hughes', 'date': '2026-02-26', 'comment': 'Signed on the understanding that the parenting assessment is completed before transfer.'}
    return c
