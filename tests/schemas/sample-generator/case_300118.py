from helpers import *

def case():
    P = 'precious'
    c = dict(id='CL-300118', service='care-leaver', locality='South', team='leaving-care',
             team_label='Leaving Care Team', worker='pa-gillespie', manager='tm-adeyemi', since='2025-06-09',
             priorities='pathway plan review, university applications, move to supported lodgings.',
             themes='care leaver since her 18th birthday, strong education, close to former foster carers, contact with her mother.',
             summary_date='2026-02-20', genogram_updated='2025-06-12')
    c['children'] = [
        child(P, 'Precious', 'Mensah', '2007-06-02', 'F', 'BAFR', 'Christian (Pentecostal)', 'English',
              'none', 'N1', plan('pathway', '2025-06-02', '2026-06-01'), nhs_=nhs_from(91), sexual_orientation='not-recorded'),
    ]
    c['involvements'] = [
        inv('fostering', 'Julie and Paul Reeve (former foster carers, staying put)', 'Ashcombe Fostering Service', '07700 900902', [P], address='16 Kingfisher Road, Southby', postcode='DE5 9ZH'),
        inv('school', 'Ms Rachel Odum (personal tutor)', 'Southby Sixth Form College', '01632 960260', [P], email='tutors@southby-college.example.org'),
        inv('gp', 'Dr Owen Stokes', 'Millhouse Medical Centre', '01632 960150', [P], address='2 Mill Lane, Ashcombe', postcode='DE4 9ZW'),
        inv('other', 'Virtual School post-16 adviser', 'Ashcombe Virtual School', '01632 960270', [P], email='virtualschool@ashcombe-council.example.org'),
    ]
    c['key_dates'] = [
        kd('review', '2026-06-01', '16:00', 'Southby Sixth Form College', detail=None),
    ]
    c['history'] = [
        ('2007-06-02', 'family', 'Precious born in London.', 'Baseline.', '', None, 'Birth certificate'),
        ('2019-02', 'placement', 'Accommodated under section 20 after her mother\'s mental health crisis; placed with Mr and Mrs Reeve.', 'Stable long-term placement.', '', None, 'Care record'),
        ('2021-09', 'court', 'Care order made (section 31).', 'Legal permanence in foster care.', '', None, 'Court order'),
        ('2025-06-02', 'transfer', 'Turned 18; care order ended; staying put with Mr and Mrs Reeve; pathway plan in place.', 'Transition to adulthood with continuity of home.', '', None, 'Leaving care record'),
    ]
    c['visits'] = [
        ('2025-06-12', 'visit', 'Pathway visit', 'Met Precious at the Reeves\' home. She starts Year 13 in September and wants to study nursing.',
         'Pathway visit; young person seen.', 'Education aspirations clear.'),
        ('2025-08-07', 'visit', 'Pathway visit', 'Precious passed her AS exams; holiday job at a care home.',
         'Pathway visit.', 'Good progress.'),
        ('2025-09-30', 'visit', 'Pathway visit', 'UCAS application for nursing started; bursary information given.',
         'Pathway visit; UCAS support.', 'Education plan on track.'),
        ('2025-11-20', 'visit', 'Pathway visit', 'Precious received two university offers. Talked about moving to supported lodgings in summer 2026.',
         'Pathway visit; university offers.', 'Planning for independence.'),
        ('2026-01-26', 'visit', 'Pathway visit', 'Precious seen at college; she is finding revision stressful; signposted to the college counsellor.',
         'Pathway visit; exam stress.', 'Wellbeing support offered.'),
    ]
    c['assessments'] = [
        dict(id='needs-2025-05', type='other', title='Pathway needs assessment (18th birthday)', started_on='2025-04-14', status='completed', completed_on='2025-05-23',
             author='pa-gillespie', document='documents/2025-05-23-pathway-needs-assessment.pdf',
             chronology='Pathway needs assessment completed before 18th birthday.', significance='Needs for adulthood identified.'),
    ]
    c['supervisions'] = [('2025-10-01', 'Supervision: pathway plan on track; staying put arrangement stable.')]
    c['notes'] = [
        ('2026-02-05', 'management-decision', 'Management decision - change of personal adviser', 'Rhona Gillespie leaves the authority on 20 March 2026. Precious\'s case transfers within the team to Dean Sutton on 16 March.', {'author': 'tm-adeyemi'}),
        ('2026-02-09', 'handover', 'Handover - case discussion with new PA', 'Case discussion with Dean Sutton and Kunle Adeyemi: pathway plan, university offers, staying put, bursary, Precious\'s contact with her mother.',
         {'extra': {'attendees': ['pa-gillespie', 'tm-adeyemi', 'pa-sutton']}}),
        ('2026-02-10', 'family-informed', 'Young person informed of change of PA', 'Told Precious by phone and text that Dean Sutton will be her personal adviser from 16 March; sent his one-page profile.'),
        ('2026-02-11', 'professionals-informed', 'Professionals informed of change of PA', 'Staying-put carers, college tutor, GP and Virtual School informed by e-mail.'),
        ('2026-02-20', 'transfer-summary', 'Transfer summary', 'Precious (18) is a care leaver living with her former foster carers under a staying-put arrangement. Studying A-levels; two offers to study nursing. Pathway plan review on 1 June 2026. Contact with her mother by phone, at Precious\'s pace.'),
    ]
    c['transfer'] = {
        'kind': 'within-team', 'children': [P],
        'from': {'worker': 'pa-gillespie', 'team': 'leaving-care', 'manager': 'tm-adeyemi'},
        'to': {'worker': 'pa-sutton', 'team': 'leaving-care', 'manager': 'tm-adeyemi'},
        'reason': 'worker-leaving', 'reason_detail': 'Personal adviser leaves the authority on 20 March 2026.',
        'transfer_on': '2026-03-16', 'next_review_on': '2026-06-01', 'new_worker_named_on': '2026-02-05', 'case_discussion_on': '2026-02-09',
        'planning_meeting': {'date': '2026-02-05', 'attendees': ['Team manager', 'Current personal adviser', 'Receiving personal adviser']},
        'impact_on_child': 'Precious is in exam year; the change was timed after her mocks and she met her new adviser at college with her current one.',
        'family_informed': {'date': '2026-02-10', 'how': 'telephone and text message'},
        'professionals_informed': [
            {'who': 'Mr and Mrs Reeve (staying-put carers)', 'role': 'fostering', 'date': '2026-02-11', 'how': 'e-mail'},
            {'who': 'Southby Sixth Form College', 'role': 'school', 'date': '2026-02-11', 'how': 'e-mail'},
            {'who': 'Dr Stokes', 'role': 'gp', 'date': '2026-02-11', 'how': 'secure e-mail'},
            {'who': 'Virtual School post-16 adviser', 'role': 'other', 'date': '2026-02-11', 'how': 'e-mail'},
        ],
        'outstanding_actions': [{'action': 'Apply for the care leaver bursary with Precious.', 'owner': 'receiving', 'due': '2026-04-30'}],
        'handover_visit': {'date': '2026-02-17', 'joint': True},
        'current_plan': 'Pathway plan: education (nursing degree from September 2026), staying put until the move to university, health and wellbeing support.',
    }
    c['documents'] = [
        ('documents/2025-05-23-pathway-needs-assessment.pdf', 'assessment', '2025-05-23', 'Pathway needs assessment',
         pdf('Pathway needs assessment', 'Education, accommodation, health and relationships reviewed before 18.')),
        ('documents/2025-06-02-pathway-plan.odt', 'child-plan', '2025-06-02', 'Pathway plan',
         odt('Pathway plan', 'Education: A-levels, then nursing degree.', 'Accommodation: staying put.')),
        ('documents/2026-02-05-transfer-record.docx', 'transfer-form', '2026-02-20', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-10-letter-new-pa.docx', 'letter', '2026-02-10', 'Letter to Precious and partners naming the new personal adviser',
         docx('Your new personal adviser', 'From 16 March 2026 Dean Sutton (01632 960540) will be your personal adviser.')),
        ('documents/2026-02-10-one-page-profile-d-sutton.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Dean Sutton',
         pdf('About me: Dean Sutton', 'I have worked with care leavers for ten years.')),
    ]
    c['people'] = [
        ('p-kofi-mensah', 'Kofi Mensah', 'M', '1955', {'household': 'Ghana'}),
        ('p-ama-mensah', 'Ama Mensah', 'F', '1958', {'household': 'Ghana'}),
        ('p-abena-mensah', 'Abena Mensah', 'F', '1985', {'household': 'mother (London)'}),
        ('p-kwame-asante', 'Kwame Asante', 'M', '1980', {'household': 'not known'}),
        ('p-julie-reeve', 'Julie Reeve', 'F', '1965', {'household': 'staying put'}),
        ('p-paul-reeve', 'Paul Reeve', 'M', '1963', {'household': 'staying put'}),
        ('p-precious', 'Precious Mensah', 'F', '2007-06-02', {'child': P, 'household': 'staying put'}),
    ]
    c['relationships'] = [
        ('couple', 'p-kofi-mensah', 'p-ama-mensah', 'married'),
        ('parent', 'p-kofi-mensah', 'p-abena-mensah'), ('parent', 'p-ama-mensah', 'p-abena-mensah'),
        ('couple', 'p-abena-mensah', 'p-kwame-asante', 'separated'),
        ('parent', 'p-abena-mensah', 'p-precious'), ('parent', 'p-kwame-asante', 'p-precious'),
        ('couple', 'p-julie-reeve', 'p-paul-reeve', 'married'),
        ('parent', 'p-julie-reeve', 'p-precious', 'foster'), ('parent', 'p-paul-reeve', 'p-precious', 'foster'),
    ]
    c['signoff'] = {'by': 'tm-adeyemi', 'date': '2026-02-20', 'comment': 'Quality check before transfer.'}
    return c
