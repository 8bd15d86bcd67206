from helpers import *

def case():
    T = 'tyler'
    c = dict(id='LCS-104430', service='child-in-need', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-rowntree', manager='tm-okafor', since='2025-09-08',
             referral='Mrs Lisa Bennett (self-referral)',
             priorities='assess family conflict and Tyler\'s school exclusions, agree a plan with Tyler and his mother.',
             themes='conflict between Tyler and his stepfather, two fixed-term exclusions, no safeguarding concerns, Tyler engages well one to one.',
             summary_date='2026-02-26', genogram_updated='2026-01-30')
    c['children'] = [
        child(T, 'Tyler', 'Bennett', '2011-10-19', 'M', 'WBRI', 'No religion', 'English',
              'none', 'N5', plan('cin', '2025-11-03', '2026-03-06'), upn_=upn(830, 4012, 20, 77), nhs_=nhs_from(61),
              gender_identity='Boy', sexual_orientation='not-recorded'),
    ]
    c['involvements'] = [
        inv('school', 'Mr Gary Lowe (head of year 9)', 'Ashcombe Academy', '01632 960231', [T], email='safeguarding@ashcombe-academy.example.org'),
        inv('gp', 'Dr Adaeze Nwosu', 'Brookfield Surgery', '01632 960114', [T], address='14 Brookfield Road, Ashcombe', postcode='DE4 9ZQ'),
        inv('other', 'Kim Sandhu (youth worker)', 'Ashcombe Youth Hub', '01632 960455', [T], email='youthhub@ashcombe-council.example.org'),
        inv('referrer', 'Lisa Bennett (mother)', None, '07700 900702', [T], address='58 Beech Crescent, Ashcombe', postcode='DE4 9ZX'),
    ]
    c['key_dates'] = [
        kd('other', '2026-03-06', '16:00', 'Family home', detail='Handover: first early help visit by Beth Naylor'),
        kd('tac-meeting', '2026-03-24', '15:30', 'Ashcombe Academy'),
    ]
    c['history'] = [
        ('2011-10-19', 'family', 'Tyler born.', 'Baseline.', '', None, 'Health record'),
        ('2016', 'family', 'Parents separated; Tyler stayed with his mother; father moved to Kelby.', 'Change of household.', '', None, 'Mother\'s account'),
        ('2020-07', 'family', 'Mother\'s partner Darren Cole moved in.', 'New step-parent; tension from 2023.', '', None, 'Mother\'s account'),
        ('2025-06-20', 'education', 'First fixed-term exclusion (3 days) for fighting.', 'Education disrupted.', '', None, 'School record'),
        ('2025-09-02', 'referral', 'Mother self-referred after a row in which Tyler punched a door and left home overnight (stayed with his father).', 'Family breakdown risk.', 'Single assessment opened.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-09-11', 'home-visit', 'Home visit - introductory', 'Met Tyler, his mother and Mr Cole. Tyler spoke to me alone in the park: he says he is "always the one blamed".',
         'Introductory home visit; Tyler seen alone.', 'Tyler\'s wishes and feelings recorded.'),
        ('2025-10-09', 'home-visit', 'Home visit - assessment', 'Family session on house rules. Tyler agreed to a curfew of 21:00 on school nights.',
         'Assessment home visit.', 'Agreement on house rules.'),
        ('2025-11-03', 'meeting', 'Child in need meeting', 'CIN meeting with school and youth worker. Plan: family mediation, youth hub twice a week, school mentor.',
         'First child in need meeting.', 'Plan agreed.'),
        ('2025-12-15', 'home-visit', 'Home visit', 'Tyler seen alone; no incidents since November; enjoys boxing at the youth hub.',
         'Home visit; Tyler seen alone.', 'Improvement at home.'),
        ('2026-01-26', 'meeting', 'Child in need review', 'CIN review: no exclusions this term, mediation completed. Agreed to step down to Early Help; mother and Tyler agree.',
         'Child in need review: step-down to Early Help agreed.', 'Needs can be met by Early Help.'),
        ('2026-02-23', 'home-visit', 'Joint handover visit with early help worker', 'Joint visit with Beth Naylor (Early Help). Tyler and his mother met Beth; Tyler asked if she could come to the youth hub.',
         'Joint handover visit with the early help worker.', 'Family met the early help worker.'),
    ]
    c['supervisions'] = [
        ('2025-10-15', 'Supervision: assessment nearly complete; CIN plan appropriate; no safeguarding concerns.'),
        ('2026-01-28', 'Supervision: step-down agreed at review; present at the Locality Allocation Meeting with Early Help; explicit consent from Tyler and his mother needed.'),
    ]
    c['assessments'] = [
        dict(id='sa-2025-09', type='single', started_on='2025-09-08', status='completed', completed_on='2025-10-24',
             document='documents/2025-10-24-single-assessment.pdf',
             chronology='Single assessment completed: child in need (family dysfunction).', significance='Needs: family relationships, school engagement.'),
        dict(id='sa-2026-01-review', type='single', title='Review of the single assessment for step-down', started_on='2026-01-12', status='completed', completed_on='2026-01-30',
             document='documents/2026-01-30-assessment-review.pdf',
             chronology='Assessment review completed: needs now met at Early Help level.', significance='Step-down appropriate.'),
    ]
    c['notes'] = [
        ('2026-02-05', 'meeting', 'Locality allocation meeting - step-down', 'Locality Allocation Meeting with Early Help North: case presented; the assessment review of 30 January was shared with Early Help and Beth Naylor identified as lead worker.', {}),
        ('2026-02-16', 'other', 'Consent to step-down', 'Tyler and Mrs Bennett gave explicit consent to step down to Early Help and for the assessment to be shared. Signed consent form on file.'),
    ]
    c['chronology_extra'] = [
        {'date': '2026-02-05', 'category': 'meeting', 'event': 'Locality allocation meeting: step-down to Early Help agreed; assessment shared.',
         'significance': 'Early help lead worker identified.', 'action': '', 'children': [T], 'source': 'Case note'},
    ]
    c['transfer'] = {
        'kind': 'step-down', 'children': [T],
        'from': {'worker': 'sw-rowntree', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'frw-naylor', 'team': 'early-help-north', 'manager': 'tm-lindqvist'},
        'reason': 'other', 'reason_detail': 'Step-down: needs now met at Early Help level.', 'head_of_service_agreed_on': '2026-02-03',
        'transfer_on': '2026-03-06', 'next_review_on': '2026-03-24', 'new_worker_named_on': '2026-02-05', 'case_discussion_on': '2026-02-09',
        'planning_meeting': {'date': '2026-02-05', 'attendees': ['Locality allocation meeting: social work and early help team managers', 'Current social worker', 'Early help worker']},
        'impact_on_child': 'Tyler has built a relationship with his social worker; he met the early help worker with her and will keep the same youth worker and school mentor.',
        'family_informed': {'date': '2026-02-16', 'how': 'home visit'},
        'consent': {'given': True, 'date': '2026-02-16', 'by': 'Tyler and his mother (written)'},
        'professionals_informed': [
            {'who': 'Mr Lowe, Ashcombe Academy', 'role': 'school', 'date': '2026-02-17', 'how': 'secure e-mail'},
            {'who': 'Kim Sandhu, youth hub', 'role': 'other', 'date': '2026-02-17', 'how': 'e-mail'},
            {'who': 'Dr Nwosu, Brookfield Surgery', 'role': 'gp', 'date': '2026-02-17', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Chair the first Team Around the Family meeting.', 'owner': 'receiving', 'due': '2026-03-24'},
            {'action': 'Close the child in need plan and send the closure letter.', 'owner': 'current', 'due': '2026-03-06'},
        ],
        'handover_visit': {'date': '2026-02-23', 'joint': True},
        'current_plan': 'Early help plan from 6 March 2026: youth hub, school mentor, family support on house rules; TAF review 24 March.',
    }
    c['notes'] += std_transfer_notes(c,
        'Tyler (14) lives with his mother and stepfather. Child in need (N5) since November 2025 after conflict at home and school exclusions. Mediation completed, no exclusions since, Tyler attends the youth hub. Stepping down to Early Help with his and his mother\'s consent.')
    c['documents'] = [
        ('documents/2025-10-24-single-assessment.pdf', 'assessment', '2025-10-24', 'Single assessment',
         pdf('Single assessment', 'Child in need: family dysfunction (N5).')),
        ('documents/2026-01-30-assessment-review.pdf', 'assessment', '2026-01-30', 'Assessment review for step-down (shared with Early Help)',
         pdf('Assessment review', 'Needs now met at Early Help level; consent to share obtained.')),
        ('documents/2025-11-03-cin-plan.odt', 'child-plan', '2025-11-03', 'Child in need plan',
         odt('Child in need plan', 'Mediation; youth hub; school mentor.')),
        ('documents/2026-02-05-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record (step-down)', transfer_form(c, c['transfer'])),
        ('documents/2026-02-16-consent-form.pdf', 'other', '2026-02-16', 'Consent to step-down and to share the assessment',
         pdf('Consent', 'We agree to the case stepping down to Early Help and to the assessment being shared.')),
        ('documents/2026-02-17-letter-early-help.docx', 'letter', '2026-02-17', 'Letter to Tyler, his family and partners naming the early help worker',
         docx('Your early help worker', 'From 6 March 2026 Beth Naylor, Early Help North (01632 960460), will be your lead worker.')),
        ('documents/2026-02-10-one-page-profile-b-naylor.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Beth Naylor',
         pdf('About me: Beth Naylor', 'I like boxing, music and dogs.')),
    ]
    c['people'] = [
        ('p-margaret-bennett', 'Margaret Bennett', 'F', '1958', {'household': 'paternal grandmother'}),
        ('p-ron-hill', 'Ron Hill', 'M', '1956', {'household': 'maternal grandfather'}),
        ('p-sue-hill', 'Sue Hill', 'F', '1959', {'household': 'maternal grandmother'}),
        ('p-lisa-bennett', 'Lisa Bennett', 'F', '1985-04-08', {'household': 'mother'}),
        ('p-steven-bennett', 'Steven Bennett', 'M', '1983', {'household': 'father (Kelby)'}),
        ('p-darren-cole', 'Darren Cole', 'M', '1982', {'household': 'mother'}),
        ('p-tyler', 'Tyler Bennett', 'M', '2011-10-19', {'child': T, 'household': 'mother'}),
    ]
    c['relationships'] = [
        ('couple', 'p-ron-hill', 'p-sue-hill', 'married'),
        ('parent', 'p-ron-hill', 'p-lisa-bennett'), ('parent', 'p-sue-hill', 'p-lisa-bennett'),
        ('parent', 'p-margaret-bennett', 'p-steven-bennett'),
        ('couple', 'p-lisa-bennett', 'p-steven-bennett', 'divorced'),
        ('couple', 'p-lisa-bennett', 'p-darren-cole', 'cohabiting'),
        ('parent', 'p-lisa-bennett', 'p-tyler'), ('parent', 'p-steven-bennett', 'p-tyler'),
        ('parent', 'p-darren-cole', 'p-tyler', 'step'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'Step-down checked: consent, assessment shared, handover visit.'}
    return c
