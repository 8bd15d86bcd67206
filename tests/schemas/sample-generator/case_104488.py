from simple import *

def case():
    A, B = 'ayesha', 'bilal'
    c = dict(id='LCS-104488', service='child-protection', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-rowntree', manager='tm-okafor', since='2025-07-21',
             referral='Ashcombe Academy',
             priorities='child protection plan (emotional abuse): parental conflict, father\'s controlling behaviour, children\'s wishes.',
             themes='coercive control by the father, mother\'s isolation, children\'s loyalty conflict, extended family in Bradford.',
             summary_date='2026-02-24', genogram_updated='2025-08-14')
    c['children'] = [
        child(A, 'Ayesha', 'Rahman', '2012-01-25', 'F', 'ABAN', 'Muslim', 'Bengali (Sylheti)', 'none', 'N1',
              plan('cp', '2025-08-28', '2026-03-26'), upn_=upn(830, 4012, 18, 221), nhs_=nhs_from(131)),
        child(B, 'Bilal', 'Rahman', '2014-09-08', 'M', 'ABAN', 'Muslim', 'English', 'none', 'N1',
              plan('cp', '2025-08-28', '2026-03-26'), upn_=upn(830, 2101, 21, 93), nhs_=nhs_from(132)),
    ]
    c['involvements'] = [
        inv('school', 'Mrs Helen Pryce (DSL)', 'Ashcombe Academy', '01632 960231', [A, B], email='safeguarding@ashcombe-academy.example.org'),
        inv('gp', 'Dr Sara Qureshi', 'Parkside Medical Practice', '01632 960121', [A, B], address='Parkside, Ashcombe', postcode='DE4 9ZE'),
        inv('other', 'Nicola Grey (IDVA)', 'Safe Haven Ashcombe', '01632 960170', [A, B], email='idva@safehaven.example.org'),
        inv('referrer', 'Mrs Helen Pryce (DSL)', 'Ashcombe Academy', '01632 960231', [A, B], email='safeguarding@ashcombe-academy.example.org'),
    ]
    c['key_dates'] = [kd('cp-conference', '2026-03-26', '13:30', 'Ashcombe Family Hub'), kd('core-group', '2026-03-10', '10:00', 'Ashcombe Academy')]
    c['history'] = [
        ('2012-01-25', 'family', 'Ayesha born.', 'Baseline.', '', [A], 'Health record'),
        ('2014-09-08', 'family', 'Bilal born.', 'Baseline.', '', [B], 'Health record'),
        ('2025-07-15', 'referral', 'School referral: Ayesha disclosed that her father checks her mother\'s phone, takes her money and shouts at Bilal for hours.', 'Emotional harm from coercive control.', 'Strategy discussion; section 47.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-07-23', 'home-visit', 'Home visit - section 47', 'Children seen alone at school first, then at home. Mrs Rahman spoke to me alone with an interpreter.', 'Section 47 visit; children seen alone.', 'Coercive control substantiated.'),
        ('2025-08-28', 'meeting', 'Initial child protection conference', 'Plans for both children (emotional abuse).', 'Initial child protection conference.', 'Significant harm.'),
        ('2025-10-09', 'meeting', 'Core group meeting', 'Mr Rahman left the home voluntarily; IDVA support for Mrs Rahman.', 'Core group meeting.', 'Father out of the home.'),
        ('2025-11-20', 'meeting', 'Review child protection conference', 'Plans continue; children calmer.', 'Review child protection conference.', 'Risk reducing.'),
        ('2026-01-08', 'home-visit', 'Home visit', 'Children seen alone; Bilal sees his father at the mosque on Fridays, supervised by his uncle.', 'Home visit; children seen alone.', 'Contact arrangements safe.'),
        ('2026-02-12', 'home-visit', 'Home visit - change of worker', 'Told the family that Declan Baines will be their social worker from 9 March.', 'Family told of the change of worker.', 'Family prepared.'),
        ('2026-02-19', 'home-visit', 'Joint handover visit', 'Joint visit with Declan Baines; Ayesha showed him her Bengali calligraphy.', 'Joint handover visit.', 'Children met the new worker.'),
    ]
    c['supervisions'] = [('2025-12-03', 'Supervision: progress; Hannah to move to exploitation cases in March; transfer within team.')]
    c['assessments'] = [
        dict(id='s47-2025-07', type='section-47', started_on='2025-07-21', status='completed', completed_on='2025-08-05',
             document='documents/2025-08-05-section-47-report.pdf',
             chronology='Section 47 enquiry completed: concerns substantiated.', significance='Emotional harm.'),
    ]
    c['transfer'] = {
        'kind': 'within-team', 'children': [A, B],
        'from': {'worker': 'sw-rowntree', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'sw-baines', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'other', 'reason_detail': 'Worker moves to the team\'s exploitation cases.', 'head_of_service_agreed_on': '2026-01-27',
        'transfer_on': '2026-03-09', 'next_review_on': '2026-03-26', 'new_worker_named_on': '2026-02-04', 'case_discussion_on': '2026-02-16',
        'planning_meeting': {'date': '2026-02-04', 'attendees': ['Team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Ayesha has trusted her worker with difficult disclosures; she met the new worker at home and was told why the change is happening.',
        'family_informed': {'date': '2026-02-12', 'how': 'home visit with interpreter'},
        'professionals_informed': [
            {'who': 'Ashcombe Academy DSL', 'role': 'school', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Dr Qureshi', 'role': 'gp', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Safe Haven IDVA', 'role': 'other', 'date': '2026-02-13', 'how': 'e-mail'},
        ],
        'outstanding_actions': [{'action': 'Report for the review conference.', 'owner': 'receiving', 'due': '2026-03-19'}],
        'handover_visit': {'date': '2026-02-19', 'joint': True},
        'current_plan': 'Child protection plans (emotional abuse): father out of the home, IDVA support, supervised contact, school support.',
    }
    c['notes'] = std_transfer_notes(c,
        'Ayesha (14) and Bilal (11). Child protection plans (emotional abuse) since 28 August 2025 because of their father\'s coercive control of their mother. Father left the home in October 2025; supervised contact through the paternal uncle. Review conference 26 March 2026.')
    c['notes'].append(('2026-02-28', 'telephone', 'Telephone call - school', 'Mrs Pryce: Ayesha upset at school after a message from her father; school followed the safety plan and told Mrs Rahman.'))
    c['added_after_signoff'] = ['2026-02-28-telephone']
    c['documents'] = [
        ('documents/2025-08-05-section-47-report.pdf', 'assessment', '2025-08-05', 'Section 47 enquiry report', pdf('Section 47 enquiry', 'Concerns substantiated.')),
        ('documents/2025-08-28-cp-plan.odt', 'child-plan', '2025-08-28', 'Child protection plan', odt('Child protection plan', 'Emotional abuse.')),
        ('documents/2026-02-04-transfer-record.docx', 'transfer-form', '2026-02-24', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-13-letter-new-worker.docx', 'letter', '2026-02-13', 'Letter to the family and partners naming the new social worker',
         docx('Your new social worker', 'From 9 March 2026 Declan Baines (01632 960376) will be your social worker.')),
        ('documents/2026-02-10-one-page-profile-d-baines.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Declan Baines', pdf('About me: Declan Baines', 'I like cricket and cooking.')),
    ]
    c['people'], c['relationships'] = family('Rahman', [(A, 'Ayesha', '2012-01-25', 'F'), (B, 'Bilal', '2014-09-08', 'M')],
        ('p-rokeya-rahman', 'Rokeya Rahman', '1986'), ('p-shahid-rahman', 'Shahid Rahman', '1980', 'paternal uncle\'s home', 'separated'),
        (('p-abdul-karim', 'Abdul Karim', '1955', 'M'), ('p-jahanara-karim', 'Jahanara Karim', '1960', 'F')), ('p-rahima-rahman', 'Rahima Rahman', '1952'))
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'Quality audit before transfer within the team.'}
    return c
