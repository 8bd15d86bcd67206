from simple import *

def case():
    C, T = 'chloe', 'theo'
    c = dict(id='LCS-104495', service='child-in-need', locality='South', team='south-locality',
             team_label='South Locality Social Work Team', worker='sw-oduya', manager='tm-hughes', since='2025-09-01',
             referral='Southby Junior School',
             priorities='assessment of Chloe\'s emotional wellbeing and her mother\'s capacity during pregnancy.',
             themes='Chloe\'s self-harm, mother\'s pregnancy and new relationship, family moving north to be near the maternal grandmother.',
             summary_date='2026-02-26', genogram_updated='2025-11-12')
    c['children'] = [
        child(C, 'Chloe', 'Walsh', '2015-04-17', 'F', 'WIRI', 'Roman Catholic', 'English',
              'none', 'N4', plan('cin', '2025-10-20', '2026-03-25'), upn_=upn(830, 3130, 21, 377), nhs_=nhs_from(141)),
        child(T, 'Theo', 'Walsh', '2026-01-08', 'M', 'WIRI', 'Roman Catholic', 'English', 'none', 'N4',
              plan('cin', '2026-01-19', '2026-03-25'), nhs_=nhs_from(142)),
    ]
    c['involvements'] = [
        inv('school', 'Mr Colin Reid (DSL)', 'Southby Junior School', '01632 960266', [C], email='dsl@southby-juniors.example.org'),
        inv('health-visitor', 'Kerry Blythe', 'South Locality Health Visiting Team', '01632 960155', [T], email='hv.south@nhs-trust.example.org'),
        inv('gp', 'Dr Lucy Hamer', 'Harbour Surgery', '01632 960123', [C, T], address='Harbour Street, Southby', postcode='DE5 9ZG'),
        inv('other', 'Ashcombe CAMHS', 'Child and Adolescent Mental Health Service', '01632 960290', [C], email='camhs@nhs-trust.example.org'),
        inv('referrer', 'Mr Colin Reid (DSL)', 'Southby Junior School', '01632 960266', [C], email='dsl@southby-juniors.example.org'),
    ]
    c['key_dates'] = [kd('cin-meeting', '2026-03-25', '14:00', 'Ashcombe Family Hub')]
    c['history'] = [
        ('2015-04-17', 'family', 'Chloe born.', 'Baseline.', '', [C], 'Health record'),
        ('2021', 'family', 'Parents separated; Chloe lives with her mother and sees her father monthly.', 'Change of household.', '', [C], 'Mother\'s account'),
        ('2025-08-27', 'referral', 'School referral: Chloe (10) has scratches on her forearms and told her teacher she "wants to disappear".', 'Risk of self-harm.', 'CAMHS referral; single assessment.', [C], 'Referral record'),
    ]
    c['visits'] = [
        ('2025-09-03', 'home-visit', 'Home visit - introductory', 'Chloe seen alone; she talked about worrying that her mum will love the new baby more.', 'Introductory home visit; Chloe seen alone.', 'Chloe\'s anxiety about the baby.'),
        ('2025-10-20', 'meeting', 'Child in need meeting', 'CIN plan: CAMHS, school nurse, mother\'s antenatal support.', 'First child in need meeting.', 'Plan agreed.'),
        ('2025-12-01', 'home-visit', 'Home visit', 'Chloe seen alone; no new self-harm; CAMHS sessions weekly.', 'Home visit; Chloe seen alone.', 'Self-harm reduced.'),
        ('2026-01-14', 'home-visit', 'Home visit - new baby', 'Theo born on 8 January; mother and baby well; Chloe proud big sister.', 'Home visit after Theo\'s birth; both children seen.', 'New baby in the household.'),
        ('2026-01-19', 'meeting', 'Child in need review', 'Review: Theo included in the plan. Family to move to Ashcombe (North) in March to live near the maternal grandmother.', 'Child in need review; Theo added to the plan.', 'Move north planned.'),
        ('2026-02-12', 'home-visit', 'Home visit - change of worker', 'Told the family that Tomi Achebe (North Locality) will be their social worker after the move.', 'Family told of the transfer to the North Locality team.', 'Family prepared.'),
        ('2026-02-26', 'home-visit', 'Joint handover visit', 'Joint visit with Tomi Achebe; Chloe showed him photos of Theo.', 'Joint handover visit.', 'Family met the new worker.'),
    ]
    c['history'].append(('2026-01-08', 'family', 'Theo born at Royal Ashcombe Hospital.', 'New sibling.', '', [T], 'Health record'))
    c['supervisions'] = [('2025-11-26', 'Supervision: Chloe\'s self-harm reducing; baby due January; include the baby in the plan after birth.')]
    c['assessments'] = [
        dict(id='sa-2025-09', type='single', started_on='2025-09-01', status='completed', completed_on='2025-10-14', children=[C],
             document='documents/2025-10-14-single-assessment.pdf',
             chronology='Single assessment completed: child in need (family in acute stress).', significance='Chloe\'s emotional needs identified.'),
    ]
    c['transfer'] = {
        'kind': 'between-teams', 'children': [C, T],
        'from': {'worker': 'sw-oduya', 'team': 'south-locality', 'manager': 'tm-hughes'},
        'to': {'worker': 'sw-achebe', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'family-moved', 'reason_detail': 'Family move to Ashcombe (North locality) on 2 March 2026.',
        'head_of_service_agreed_on': '2026-01-29',
        'transfer_on': '2026-03-25', 'notified_on': '2026-02-02', 'next_review_on': '2026-03-25',
        'new_worker_named_on': '2026-02-09', 'case_discussion_on': '2026-02-18',
        'planning_meeting': {'date': '2026-02-09', 'attendees': ['Transferring team manager', 'Receiving team manager', 'Current social worker']},
        'impact_on_child': 'Chloe changes school after the move; her CAMHS worker stays the same and she met her new social worker before the move.',
        'family_informed': {'date': '2026-02-12', 'how': 'home visit'},
        'professionals_informed': [
            {'who': 'Southby Junior School', 'role': 'school', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Kerry Blythe, health visitor', 'role': 'health-visitor', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Dr Hamer', 'role': 'gp', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'CAMHS', 'role': 'other', 'date': '2026-02-13', 'how': 'e-mail'},
        ],
        'outstanding_actions': [{'action': 'Chair the CIN meeting after the move.', 'owner': 'receiving', 'due': '2026-03-25'}],
        'handover_visit': {'date': '2026-02-26', 'joint': True},
        'current_plan': 'Child in need plan (N4): CAMHS for Chloe, health visiting for Theo, support for the mother after the birth and the move.',
    }
    c['notes'] = std_transfer_notes(c,
        'Chloe (10) and Theo (7 weeks). Child in need (N4) since October 2025 after Chloe\'s self-harm; CAMHS weekly; self-harm reduced. Theo born 8 January 2026 and added to the plan. Family moving to Ashcombe (North) on 2 March 2026.')
    c['notes'].append(('2026-02-02', 'other', 'Notification to receiving team manager', 'E-mailed Grace Okafor (North Locality) the date of the next CIN review (25 March 2026) and the reason for transfer (family moving north).'))
    c['documents'] = [
        ('documents/2025-10-14-single-assessment.pdf', 'assessment', '2025-10-14', 'Single assessment', pdf('Single assessment', 'Child in need: family in acute stress.')),
        ('documents/2025-10-20-cin-plan.odt', 'child-plan', '2025-10-20', 'Child in need plan', odt('Child in need plan', 'CAMHS; school nurse; antenatal support.')),
        ('documents/2026-02-09-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-13-letter-new-worker.docx', 'letter', '2026-02-13', 'Letter to the family and partners naming the new social worker',
         docx('Your new social worker', 'From 25 March 2026 Tomi Achebe (01632 960377) will be your social worker.')),
        ('documents/2026-02-10-one-page-profile-t-achebe.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Tomi Achebe', pdf('About me: Tomi Achebe', 'I like football and cooking.')),
    ]
    # The genogram was last updated in November 2025, before Theo was born: he is not in it.
    c['people'], c['relationships'] = family('Walsh', [(C, 'Chloe', '2015-04-17', 'F')],
        ('p-siobhan-walsh', 'Siobhan Walsh', '1990-12-02'), ('p-kevin-walsh', 'Kevin Walsh', '1988', 'Southby', 'divorced'),
        (('p-sean-murphy', 'Sean Murphy', '1961', 'M'), ('p-mary-murphy', 'Mary Murphy', '1964', 'F')), ('p-ann-walsh', 'Ann Walsh', '1960'),
        extra_people=[('p-daniel-price', 'Daniel Price', 'M', '1992', {'household': 'family home'})],
        extra_rels=[('couple', 'p-siobhan-walsh', 'p-daniel-price', 'cohabiting')])
    c['signoff'] = {'by': 'tm-hughes', 'date': '2026-02-27', 'comment': 'Audited before the move north.'}
    return c
