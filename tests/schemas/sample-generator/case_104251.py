from helpers import *

def case():
    M, U = 'mason', 'unborn-price'
    c = dict(id='LCS-104251', service='child-protection', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-baines', manager='tm-okafor', since='2025-08-04',
             referral='PC 4471 Hardy, Ashcombe Police Station',
             priorities='joint section 47 enquiry with police, safety plan with Ms Price, pre-birth assessment once pregnancy confirmed.',
             themes='domestic abuse by Mason\'s mother\'s former partner, Ms Price\'s own care history, pregnancy by new partner, good engagement with the health visitor.',
             summary_date='2026-02-26', genogram_updated='2026-02-11')
    c['children'] = [
        child(M, 'Mason', 'Price', '2021-08-14', 'M', 'WBRI', 'No religion', 'English', 'none', 'N1',
              plan('cp', '2025-09-22', '2026-03-16'), nhs_=nhs_from(21)),
        child(U, None, 'Price', 'expected:2026-04-20', 'U', 'WBRI', 'Not yet known', 'English', 'none', 'N1',
              plan('cp', '2025-09-22', '2026-03-16'), nhs_=None),
    ]
    del c['children'][1]['given_name']
    c['involvements'] = [
        inv('gp', 'Dr Owen Stokes', 'Millhouse Medical Centre', '01632 960150', [M, U], address='2 Mill Lane, Ashcombe', postcode='DE4 9ZW'),
        inv('health-visitor', 'Kerry Blythe', 'South Locality Health Visiting Team', '01632 960155', [M, U], email='hv.south@nhs-trust.example.org'),
        inv('other', 'Lorraine Jupp (community midwife)', 'Royal Ashcombe Hospital Maternity', '01632 960160', [U], email='midwives.ashcombe@nhs-trust.example.org'),
        inv('police', 'DC Sam Hardy', 'Ashcombe Police Public Protection Unit', '01632 960999', [M, U], email='ppu.ashcombe@police.example.org'),
        inv('other', 'Nicola Grey (independent domestic violence adviser)', 'Safe Haven Ashcombe', '01632 960170', [M, U], email='idva@safehaven.example.org'),
        inv('school', 'Ms Farah Ali (nursery manager)', 'Little Acorns Nursery', '01632 960182', [M], address='Unit 4, Station Yard, Southby', postcode='DE5 9ZB'),
        inv('referrer', 'PC 4471 Hardy', 'Ashcombe Police', '01632 960999', [M], email='ppu.ashcombe@police.example.org'),
    ]
    c['key_dates'] = [
        kd('cp-conference', '2026-03-16', '13:30', 'Southby Family Hub, conference room'),
        kd('core-group', '2026-04-01', '10:00', 'Southby Family Hub'),
        kd('other', '2026-03-25', '09:30', 'Royal Ashcombe Hospital', [U], detail='Pre-birth planning meeting with maternity'),
    ]
    c['history'] = [
        ('2011', 'family', 'Shannon Price (mother) became looked after aged 12 following neglect; placed in foster care until 18.', 'Mother\'s own experience of care shapes her trust of services.', '', [M], 'Mother\'s account and historic care record'),
        ('2021-08-14', 'family', 'Mason born at 39 weeks; father Jordan Hale not named on the birth certificate.', 'Baseline.', '', [M], 'Health visiting record'),
        ('2023-04', 'police', 'First police call-out to the home: verbal argument between Ms Price and Mr Hale; Mason asleep upstairs.', 'Exposure to parental conflict.', 'Notification shared with health visitor.', [M], 'Police notification'),
        ('2024-10-05', 'police', 'Mr Hale assaulted Ms Price in front of Mason (aged 3); arrested; non-molestation order obtained by Ms Price in November 2024.', 'Mason witnessed violence; emotional harm.', 'Early Help offered; declined.', [M], 'Police notification'),
        ('2025-07-30', 'referral', 'Police referral: Mr Hale breached the non-molestation order, forced entry to the home and threatened Ms Price; Mason present. Ms Price disclosed she may be pregnant.', 'Continued risk of emotional and physical harm to Mason.', 'Strategy discussion 31 July; joint section 47 enquiry agreed.', [M], 'Referral record'),
    ]
    c['visits'] = [
        ('2025-08-06', 'home-visit', 'Home visit - section 47 (joint with police)', 'Joint visit with DC Hardy after Mr Hale breached the non-molestation order on 30 July. Mason seen; no marks; he said "Daddy shouted at Mummy". Safety plan agreed.',
         'Joint section 47 home visit with police; Mason seen.', 'Risk of further domestic abuse; safety plan in place.'),
        ('2025-09-22', 'meeting', 'Initial child protection conference', 'ICPC: Mason made subject of a child protection plan under the category of emotional abuse. Ms Price disclosed she is 8 weeks pregnant by her new partner Liam Doyle.',
         'Initial child protection conference: child protection plan (emotional abuse).', 'Plan to reduce the risk of harm from domestic abuse.', None, 'Core group to meet within 10 working days.'),
        ('2025-10-02', 'meeting', 'Core group meeting', 'First core group. IDVA support started. Nursery place increased to 30 hours.',
         'First core group meeting.', 'Plan started; all agencies engaged.'),
        ('2025-10-23', 'home-visit', 'Home visit - statutory', 'Mason seen and played with his cars. Home warm and clean. Mr Doyle met; he agreed to a DBS check and to take part in the pre-birth assessment.',
         'Statutory home visit; Mason seen; new partner met.', 'Partner\'s willingness to be assessed.'),
        ('2025-11-20', 'meeting', 'Core group meeting', 'Core group: Mr Hale remanded in custody on 14 November for the breach. Pre-birth assessment to start.',
         'Core group meeting; father remanded.', 'Immediate risk reduced.'),
        ('2025-12-04', 'home-visit', 'Home visit - statutory', 'Mason seen alone in the playroom; talked about Christmas. Ms Price said she and Mason will move to a housing association flat in Southby in January.',
         'Statutory home visit; planned house move discussed.', 'Move to South locality expected.'),
        ('2026-01-08', 'meeting', 'Core group meeting', 'Core group: move to 12 Larch Walk, Southby completed on 5 January. South locality to take the case at the March review conference.',
         'Core group meeting; family moved to South locality.', 'Case to transfer between teams.'),
        ('2026-01-22', 'home-visit', 'Home visit - statutory (new address)', 'First visit to the new flat. Mason has his own room. Fire alarm tested. Nursery place continued at Little Acorns.',
         'Statutory home visit at the new address.', 'Accommodation suitable; stability for Mason.'),
        ('2026-02-11', 'home-visit', 'Home visit - family told of change of worker', 'Told Ms Price and Mr Doyle that Carys Llewellyn (South Locality) will become Mason\'s social worker at the review conference on 16 March. Ms Price asked to keep the same IDVA; agreed.',
         'Family told of the transfer to the South Locality team.', 'Family prepared for the change of worker.'),
        ('2026-02-19', 'meeting', 'Core group meeting', 'Core group with Carys Llewellyn and Simon Hughes attending. Progress against the plan reviewed; pre-birth plan shared.',
         'Core group meeting attended by the receiving social worker and team manager.', 'Receiving team introduced to professionals.'),
        ('2026-02-25', 'home-visit', 'Joint handover visit', 'Joint visit with Carys Llewellyn. Mason showed Carys his room. Ms Price said she was pleased the new worker is local.',
         'Joint handover visit with the new social worker.', 'Mason and his mother met the new worker.'),
    ]
    c['supervisions'] = [
        ('2025-09-17', 'Supervision: s47 outcome substantiated, ICPC requested. Pregnancy to be confirmed; pre-birth assessment to follow.'),
        ('2025-12-10', 'Supervision: family moving to Southby in January. Notify South Locality team manager at least one month before the March review conference.'),
    ]
    c['assessments'] = [
        dict(id='s47-2025-08', type='section-47', children=[M], started_on='2025-08-04', status='completed', completed_on='2025-08-20',
             document='documents/2025-08-20-section-47-report.pdf',
             chronology='Section 47 enquiry completed: concerns substantiated; ICPC requested.', significance='Mason at risk of emotional harm.'),
        dict(id='pba-2025-11', type='single', title='Pre-birth assessment', started_on='2025-11-03', status='completed', completed_on='2026-01-16',
             document='documents/2026-01-16-pre-birth-assessment.docx',
             chronology='Pre-birth assessment completed: baby to be included in the child protection plan; no separation planned.', significance='Plan for the baby\'s safety at birth.'),
    ]
    c['notes'] = [
        ('2025-11-14', 'telephone', 'Telephone call - police', 'DC Hardy: Mr Hale remanded in custody for breach of the non-molestation order; trial listed for April 2026.'),
        ('2026-02-09', 'other', 'Notification to receiving team manager', 'E-mailed Simon Hughes (South Locality) the date and time of the review conference (16 March 2026, 13:30) and the reason for transfer (family now live in Southby).'),
    ]
    c['transfer'] = {
        'kind': 'between-teams', 'children': [M, U],
        'from': {'worker': 'sw-baines', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'sw-llewellyn', 'team': 'south-locality', 'manager': 'tm-hughes'},
        'reason': 'family-moved', 'reason_detail': 'Family moved to Southby (South locality) on 5 January 2026.',
        'head_of_service_agreed_on': '2026-02-06',
        'transfer_on': '2026-03-16', 'notified_on': '2026-02-09', 'next_review_on': '2026-03-16',
        'new_worker_named_on': '2026-02-13', 'case_discussion_on': '2026-02-18',
        'planning_meeting': {'date': '2026-02-13', 'attendees': ['Transferring team manager', 'Receiving team manager', 'Current social worker']},
        'impact_on_child': 'Mason (4) has known his worker since August 2025. He met the new worker at home before the transfer; his nursery and IDVA stay the same, so his daily life does not change. The baby is due in April: the new worker will lead the pre-birth planning meeting.',
        'family_informed': {'date': '2026-02-11', 'how': 'home visit'},
        'professionals_informed': [
            {'who': 'Dr Stokes, Millhouse Medical Centre', 'role': 'gp', 'date': '2026-02-16', 'how': 'secure e-mail'},
            {'who': 'Kerry Blythe, health visitor', 'role': 'health-visitor', 'date': '2026-02-16', 'how': 'secure e-mail'},
            {'who': 'Lorraine Jupp, community midwife', 'role': 'other', 'date': '2026-02-16', 'how': 'secure e-mail'},
            {'who': 'DC Hardy, Public Protection Unit', 'role': 'police', 'date': '2026-02-16', 'how': 'secure e-mail'},
            {'who': 'Little Acorns Nursery', 'role': 'school', 'date': '2026-02-16', 'how': 'telephone'},
            {'who': 'Safe Haven IDVA service', 'role': 'other', 'date': '2026-02-16', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Write the social work report for the review conference.', 'owner': 'current', 'due': '2026-03-11'},
            {'action': 'Attend the pre-birth planning meeting with maternity.', 'owner': 'receiving', 'due': '2026-03-25'},
            {'action': 'Update the safety plan after Mr Hale\'s trial in April.', 'owner': 'receiving', 'due': '2026-04-30'},
        ],
        'handover_visit': {'date': '2026-02-25', 'joint': True},
        'current_plan': 'Child protection plan (emotional abuse) for Mason and the unborn baby: safety plan, IDVA support, nursery 30 hours, pre-birth plan agreed with maternity. Review conference 16 March 2026.',
    }
    c['notes'] += std_transfer_notes(c,
        'Mason (4) and an unborn baby (due 20 April 2026). Child protection plan since 22 September 2025 (emotional abuse) after domestic abuse by Mason\'s father, now remanded. Ms Price engages well and has moved to Southby with Mason; her partner Liam Doyle (the baby\'s father) has been assessed and is supportive. Pre-birth assessment completed 16 January 2026: no separation planned. Key risk: Mr Hale\'s release; the safety plan covers this.')
    c['documents'] = [
        ('documents/2025-08-20-section-47-report.pdf', 'assessment', '2025-08-20', 'Section 47 enquiry report',
         pdf('Section 47 enquiry - outcome', 'Concerns substantiated: emotional harm from domestic abuse.', 'Recommendation: initial child protection conference.')),
        ('documents/2025-09-22-child-protection-plan.odt', 'child-plan', '2025-09-22', 'Child protection plan',
         odt('Child protection plan', 'Category: emotional abuse.', 'Outcomes: no contact with Mr Hale; IDVA work; nursery attendance.')),
        ('documents/2026-01-16-pre-birth-assessment.docx', 'assessment', '2026-01-16', 'Pre-birth assessment',
         docx('Pre-birth assessment', 'Parents: S.P. and L.D.', 'Conclusion: baby can be safely cared for at home within the child protection plan.')),
        ('documents/2026-02-13-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-16-letter-new-worker.odt', 'letter', '2026-02-16', 'Letter to family and partners naming the new social worker',
         odt('Change of social worker', 'From 16 March 2026 the social worker for Mason and the baby will be Carys Llewellyn, South Locality Social Work Team, 01632 960388.')),
        ('documents/2026-02-13-one-page-profile-c-llewellyn.pdf', 'one-page-profile', '2026-02-13', 'One-page profile: Carys Llewellyn',
         pdf('About me: Carys Llewellyn', 'I work in the South Locality team in Southby.', 'I like walking and baking.')),
    ]
    c['people'] = [
        ('p-keith-price', 'Keith Price', 'M', '1972', {'household': 'maternal grandfather'}),
        ('p-tracey-price', 'Tracey Price', 'F', '1975-06', {'household': 'maternal grandmother'}),
        ('p-maureen-doyle', 'Maureen Doyle', 'F', '1970', {'household': 'paternal grandmother (baby)'}),
        ('p-shannon-price', 'Shannon Price', 'F', '1999-01-26', {'household': 'mother'}),
        ('p-jordan-hale', 'Jordan Hale', 'M', '1998-07-11', {'household': 'HMP Ashcombe'}),
        ('p-liam-doyle', 'Liam Doyle', 'M', '1996-03-02', {'household': 'mother'}),
        ('p-mason', 'Mason Price', 'M', '2021-08-14', {'child': M, 'household': 'mother'}),
        ('p-unborn', 'Unborn baby Price', 'U', None, {'child': U, 'household': 'mother'}),
    ]
    c['relationships'] = [
        ('couple', 'p-keith-price', 'p-tracey-price', 'divorced'),
        ('parent', 'p-keith-price', 'p-shannon-price'), ('parent', 'p-tracey-price', 'p-shannon-price'),
        ('parent', 'p-maureen-doyle', 'p-liam-doyle'),
        ('couple', 'p-shannon-price', 'p-jordan-hale', 'separated'),
        ('couple', 'p-shannon-price', 'p-liam-doyle', 'cohabiting'),
        ('parent', 'p-shannon-price', 'p-mason'), ('parent', 'p-jordan-hale', 'p-mason'),
        ('parent', 'p-shannon-price', 'p-unborn'), ('parent', 'p-liam-doyle', 'p-unborn'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'File audited before transfer to South Locality; records complete and current.'}
    return c
