from simple import *

def case():
    S = 'skye'
    c = dict(id='LCS-104521', service='child-protection', locality='South', team='south-locality',
             team_label='South Locality Social Work Team', worker='sw-llewellyn', manager='tm-hughes', since='2025-10-13',
             referral='Southby Infant School',
             priorities='child protection plan (neglect): home conditions, mother\'s alcohol use, Skye\'s school attendance.',
             themes='mother\'s alcohol use, Skye\'s poor attendance, supportive maternal aunt nearby.',
             summary_date='2026-02-26', genogram_updated='2025-10-30')
    c['children'] = [
        child(S, 'Skye', 'Robinson', '2018-05-06', 'F', 'MWBA', 'No religion', 'English', 'none', 'N1',
              plan('cp', '2025-11-10', '2026-04-20'), upn_=upn(830, 3120, 22, 156), nhs_=nhs_from(151)),
    ]
    c['involvements'] = [
        inv('school', 'Mrs Anne Kirby', 'Southby Infant School', '01632 960264', [S], email='office@southby-infants.example.org'),
        inv('gp', 'Dr Lucy Hamer', 'Harbour Surgery', '01632 960123', [S], address='Harbour Street, Southby', postcode='DE5 9ZG'),
        inv('other', 'Ashcombe Recovery Service', 'Ashcombe Recovery Service', '01632 960295', [S], email='recovery@example.org'),
        inv('referrer', 'Mrs Anne Kirby', 'Southby Infant School', '01632 960264', [S], email='office@southby-infants.example.org'),
        inv('family-member', 'Tasha Robinson (maternal aunt)', None, '07700 900955', [S], address='3 Quay Street, Southby', postcode='DE5 9ZP', id='aunt'),
    ]
    c['key_dates'] = [kd('core-group', '2026-03-12', '10:00', 'Southby Infant School'), kd('cp-conference', '2026-04-20', '13:30', 'Southby Family Hub')]
    c['history'] = [
        ('2018-05-06', 'family', 'Skye born.', 'Baseline.', '', None, 'Health record'),
        ('2022', 'family', 'Father left the family home; no contact since.', 'Loss of a parent.', '', None, 'Mother\'s account'),
        ('2025-10-06', 'referral', 'School referral: Skye\'s attendance 68%, often hungry, mother smelled of alcohol at the school gate.', 'Neglect.', 'Strategy discussion; section 47.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-10-15', 'home-visit', 'Home visit - section 47', 'Skye seen alone; little food in the house; mother admitted drinking daily.', 'Section 47 visit; Skye seen alone.', 'Neglect substantiated.'),
        ('2025-11-10', 'meeting', 'Initial child protection conference', 'Child protection plan (neglect).', 'Initial child protection conference.', 'Significant harm.'),
        ('2025-12-04', 'meeting', 'Core group meeting', 'Mother engaged with the recovery service; aunt does the school run.', 'Core group meeting.', 'Engagement with treatment.'),
        ('2026-01-15', 'home-visit', 'Home visit - unannounced', 'Home clean; food in; mother sober; Skye chatty.', 'Unannounced home visit; Skye seen alone.', 'Improvement.'),
        ('2026-02-05', 'meeting', 'Core group meeting', 'Attendance 91%; recovery service reports good engagement.', 'Core group meeting.', 'Progress.'),
        ('2026-02-24', 'home-visit', 'Joint handover visit', 'Joint visit with Tomi Achebe (North Locality).', 'Joint handover visit.', 'Skye met the new worker.'),
    ]
    c['supervisions'] = [('2025-12-17', 'Supervision: good engagement; keep unannounced visits.')]
    c['assessments'] = [
        dict(id='s47-2025-10', type='section-47', started_on='2025-10-13', status='completed', completed_on='2025-10-29',
             document='documents/2025-10-29-section-47-report.pdf',
             chronology='Section 47 enquiry completed: neglect substantiated.', significance='Significant harm from neglect.'),
    ]
    c['transfer'] = {
        'kind': 'between-teams', 'children': [S],
        'from': {'worker': 'sw-llewellyn', 'team': 'south-locality', 'manager': 'tm-hughes'},
        'to': {'worker': 'sw-achebe', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'other', 'reason_detail': 'Caseload rebalancing between the localities after a restructure.',
        'transfer_on': '2026-03-16', 'notified_on': '2026-02-09', 'next_review_on': '2026-04-20',
        'new_worker_named_on': '2026-02-13', 'case_discussion_on': '2026-02-18',
        'planning_meeting': {'date': '2026-02-13', 'attendees': ['Transferring team manager', 'Receiving team manager', 'Current social worker']},
        'impact_on_child': 'Skye has had one worker since October; she met the new worker at home with her current worker.',
        'family_informed': {'date': '2026-02-17', 'how': 'home visit', 'told': ['aunt']},
        'professionals_informed': [
            {'who': 'Southby Infant School', 'role': 'school', 'date': '2026-02-18', 'how': 'secure e-mail'},
            {'who': 'Dr Hamer', 'role': 'gp', 'date': '2026-02-18', 'how': 'secure e-mail'},
            {'who': 'Ashcombe Recovery Service', 'role': 'other', 'date': '2026-02-18', 'how': 'e-mail'},
        ],
        'outstanding_actions': [{'action': 'Chair the core group.', 'owner': 'receiving', 'due': '2026-03-12'}],
        'handover_visit': {'date': '2026-02-24', 'joint': True},
        'current_plan': 'Child protection plan (neglect): recovery service, school attendance, aunt\'s support; review conference 20 April 2026.',
    }
    c['notes'] = std_transfer_notes(c,
        'Skye (7) lives with her mother. Child protection plan (neglect) since 10 November 2025 because of her mother\'s drinking. Mother engaging with the recovery service; attendance up to 91%; maternal aunt does the school run.')
    c['notes'].append(('2026-02-09', 'other', 'Notification to receiving team manager', 'E-mailed Grace Okafor (North Locality) the date of the next review conference (20 April 2026) and the reason for transfer (caseload rebalancing after the restructure).'))
    c['documents'] = [
        ('documents/2025-10-29-section-47-report.pdf', 'assessment', '2025-10-29', 'Section 47 enquiry report', pdf('Section 47 enquiry', 'Neglect substantiated.')),
        ('documents/2025-11-10-cp-plan.odt', 'child-plan', '2025-11-10', 'Child protection plan', odt('Child protection plan', 'Neglect.')),
        ('documents/2026-02-13-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-18-letter-new-worker.docx', 'letter', '2026-02-18', 'Letter to the family and partners naming the new social worker',
         docx('Your new social worker', 'From 16 March 2026 Tomi Achebe (01632 960377) will be your social worker.')),
    ]
    c['people'], c['relationships'] = family('Robinson', [(S, 'Skye', '2018-05-06', 'F')],
        ('p-kayleigh-robinson', 'Kayleigh Robinson', '1993-08-21'), ('p-jermaine-okoro', 'Jermaine Okoro', '1991', 'not known', 'separated'),
        (('p-phil-robinson', 'Phil Robinson', '1968', 'M'), ('p-linda-robinson', 'Linda Robinson', '1970', 'F')), ('p-grace-okoro', 'Grace Okoro', '1966'),
        extra_people=[('p-tasha-robinson', 'Tasha Robinson', 'F', '1996', {'household': 'aunt'})],
        extra_rels=[('parent', 'p-phil-robinson', 'p-tasha-robinson'), ('parent', 'p-linda-robinson', 'p-tasha-robinson')])
    c['signoff'] = {'by': 'tm-hughes', 'date': '2026-02-26', 'comment': 'Audited before transfer to the North Locality team.'}
    return c
