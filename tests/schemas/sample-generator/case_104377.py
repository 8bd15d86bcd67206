from helpers import *

def case():
    Z, Y = 'zainab', 'yusuf'
    c = dict(id='LCS-104377', service='child-in-need', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-achebe', manager='tm-okafor', since='2025-07-07',
             referral='Audiology Department, Royal Ashcombe Hospital',
             priorities='single assessment of Yusuf\'s needs after his hearing-loss diagnosis, short breaks, support for the parents.',
             themes='Yusuf\'s permanent hearing loss and cochlear implant pathway, family under strain, no safeguarding concerns, extended family in Northshire.',
             summary_date='2026-02-27', genogram_updated='2026-02-10')
    c['children'] = [
        child(Z, 'Zainab', 'Hussain', '2019-04-30', 'F', 'APKN', 'Muslim', 'English', 'none', 'N2',
              plan('cin', '2025-09-01', '2026-03-09'), upn_=upn(830, 2330, 23, 412), nhs_=nhs_from(51)),
        child(Y, 'Yusuf', 'Hussain', '2023-02-14', 'M', 'APKN', 'Muslim', 'Urdu',
              'Profoundly deaf; learning British Sign Language with his family; uses Makaton signs and pictures. Book a BSL interpreter for meetings with the parents if Yusuf is present.',
              'N2', plan('cin', '2025-09-01', '2026-03-09'), disab=['HEAR', 'COMM'], nhs_=nhs_from(52)),
    ]
    c['involvements'] = [
        inv('gp', 'Dr Sara Qureshi', 'Parkside Medical Practice', '01632 960121', [Z, Y], address='Parkside, Ashcombe', postcode='DE4 9ZE'),
        inv('health-visitor', 'Amina Bashir', 'North Locality Health Visiting Team', '01632 960156', [Y], email='hv.north@nhs-trust.example.org'),
        inv('school', 'Mrs Claire Dunn (class teacher)', 'Parkside Infant School', '01632 960243', [Z], email='office@parkside-infants.example.org'),
        inv('other', 'Teacher of the Deaf, Sensory Support Service', 'Ashcombe Sensory Support Service', '01632 960444', [Y], email='sensory.support@ashcombe-council.example.org'),
        inv('referrer', 'Paediatric audiology team', 'Royal Ashcombe Hospital', '01632 960165', [Y], email='audiology@nhs-trust.example.org'),
    ]
    c['key_dates'] = [
        kd('cin-meeting', '2026-03-09', '11:00', 'Northshire Children\'s Services Hub, Eastwick'),
    ]
    c['history'] = [
        ('2019-04-30', 'family', 'Zainab born.', 'Baseline.', '', [Z], 'Health record'),
        ('2023-02-14', 'family', 'Yusuf born; referred for further hearing tests after the newborn screen.', 'Early identification of hearing loss.', '', [Y], 'Health record'),
        ('2023-06', 'health', 'Yusuf diagnosed with profound bilateral hearing loss.', 'Lifelong disability; communication needs.', 'Referred to the sensory support service.', [Y], 'Audiology letter'),
        ('2025-06-26', 'referral', 'Audiology referral: parents exhausted and struggling with appointments; request for a social care assessment.', 'Family under strain meeting a disabled child\'s needs.', 'Single assessment opened.', [Y], 'Referral record'),
    ]
    c['visits'] = [
        ('2025-07-10', 'home-visit', 'Home visit - introductory', 'Met Mr and Mrs Hussain, Zainab and Yusuf. Yusuf uses some signs; Zainab signs "hello" to him. Parents would like help with transport to appointments.',
         'Introductory home visit; both children seen.', 'Parents committed; practical support needed.'),
        ('2025-08-21', 'home-visit', 'Home visit - assessment', 'Assessment visit. Zainab spoke with me alone about her brother; she worries he is "left out".',
         'Assessment home visit; Zainab seen alone.', 'Sibling\'s needs considered.'),
        ('2025-09-01', 'meeting', 'Child in need meeting', 'First CIN meeting: short breaks referral, BSL family course, transport support agreed.',
         'First child in need meeting.', 'Plan agreed.'),
        ('2025-10-16', 'home-visit', 'Home visit', 'Family started the BSL course. Cochlear implant assessment booked.',
         'Home visit; progress on the plan.', 'Communication improving at home.'),
        ('2025-11-27', 'meeting', 'Child in need review', 'CIN review. Parents told us they plan to move to Eastwick (Northshire) in February to be near Mr Hussain\'s parents.',
         'Child in need review; planned move to Northshire discussed.', 'Move will bring extended family support.'),
        ('2026-01-08', 'home-visit', 'Home visit', 'Discussed the transfer of the child in need plan to Northshire. Both parents consented in principle to information being shared.',
         'Home visit; transfer to Northshire discussed.', 'Continuity of the plan after the move.'),
        ('2026-02-10', 'home-visit', 'Home visit - consent and transfer plan', 'Mr and Mrs Hussain signed consent for the plan and records to be shared with Northshire County Council.',
         'Parents\' written consent to transfer to Northshire.', 'Plan can continue in the new area.'),
        ('2026-02-27', 'home-visit', 'Joint handover visit (new address)', 'Joint visit with Ms Oakley\'s team (Northshire) at the family\'s new home in Eastwick. Yusuf enjoyed the visitors.',
         'Joint visit with the receiving authority at the new address.', 'Family introduced to the receiving authority.'),
    ]
    c['supervisions'] = [
        ('2025-09-10', 'Supervision: assessment complete, CIN plan in place (N2). No safeguarding concerns.'),
        ('2025-12-09', 'Supervision: family moving to Northshire in February. Plan a transfer at a CIN review with Northshire invited; consent needed.'),
    ]
    c['assessments'] = [
        dict(id='sa-2025-07', type='single', started_on='2025-07-07', status='completed', completed_on='2025-08-29',
             document='documents/2025-08-29-single-assessment.pdf',
             chronology='Single assessment completed: child in need (disability); short breaks and BSL support recommended.', significance='Needs of both children identified.'),
    ]
    c['notes'] = [
        ('2026-02-12', 'other', 'Documents sent to Northshire County Council', 'Letter to Northshire County Council (Ms Oakley) sent by secure e-mail by Tomi Achebe on 12 February 2026, enclosing the latest single assessment (29 August 2025), the child in need plan and the chronology. Transfer meeting on 9 March 2026 notified in the letter.',
         {'extra': {'documents_sent': {'to': 'Northshire County Council, Children\'s Services Hub (Ms Oakley)', 'on': '2026-02-12', 'how': 'electronic',
                                       'documents': ['documents/2026-02-12-letter-northshire.docx', 'documents/2025-08-29-single-assessment.pdf',
                                                     'documents/2025-09-01-cin-plan.docx', 'documents/2026-02-12-chronology-sent.txt']}}}),
        ('2026-02-13', 'telephone', 'Telephone call - Northshire', 'Ms Oakley confirmed receipt of the documents and that a Northshire social worker will attend the transfer meeting.'),
    ]
    c['transfer'] = {
        'kind': 'to-another-authority', 'children': [Z, Y],
        'from': {'worker': 'sw-achebe', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'authority': 'Northshire County Council',
               'contact': {'name': 'Frances Oakley', 'role': 'Team manager, Children\'s Services Hub', 'organisation': 'Northshire County Council',
                           'phone': '01632 960880', 'email': 'cs.hub@northshire.example.org'}},
        'reason': 'family-moved', 'reason_detail': 'Family moved to Eastwick, Northshire, on 20 February 2026.',
        'head_of_service_agreed_on': '2026-02-04',
        'transfer_on': '2026-03-09', 'next_review_on': '2026-03-09', 'case_discussion_on': '2026-02-13',
        'planning_meeting': {'date': '2026-02-05', 'attendees': ['Team manager', 'Social worker', 'Northshire team manager (by telephone)']},
        'impact_on_child': 'The move brings the family closer to Yusuf\'s grandparents. The children keep their plan: Northshire will hold a transfer meeting with our worker present so the family are not asked to repeat their story. Zainab has a school place in Eastwick from 2 March.',
        'family_informed': {'date': '2026-02-10', 'how': 'home visit; letter'},
        'consent': {'given': True, 'date': '2026-02-10', 'by': 'Both parents (written)'},
        'professionals_informed': [
            {'who': 'Dr Qureshi, Parkside Medical Practice', 'role': 'gp', 'date': '2026-02-16', 'how': 'letter with new address and date of move'},
            {'who': 'Amina Bashir, health visitor', 'role': 'health-visitor', 'date': '2026-02-16', 'how': 'letter with new address and date of move'},
            {'who': 'Parkside Infant School', 'role': 'school', 'date': '2026-02-16', 'how': 'letter with new address and date of move'},
            {'who': 'Sensory Support Service', 'role': 'other', 'date': '2026-02-16', 'how': 'letter with new address and date of move'},
        ],
        'outstanding_actions': [
            {'action': 'Attend the transfer meeting in Eastwick.', 'owner': 'current', 'due': '2026-03-09'},
            {'action': 'Close the case to Ashcombe once Northshire confirm the plan; write to the family and agencies.', 'owner': 'current', 'due': '2026-03-13'},
        ],
        'handover_visit': {'date': '2026-02-27', 'joint': True},
        'current_plan': 'Child in need plan (N2, disability): short breaks, BSL family course, transport to appointments, cochlear implant pathway.',
    }
    c['notes'] += std_transfer_notes(c,
        'Zainab (6) and Yusuf (3). Yusuf is profoundly deaf and on the cochlear implant pathway. Child in need plan (N2) since September 2025 for support to the family; no safeguarding concerns. The family moved to Eastwick, Northshire, on 20 February 2026 with both parents\' consent to transfer the plan.')
    c['documents'] = [
        ('documents/2025-08-29-single-assessment.pdf', 'assessment', '2025-08-29', 'Single assessment',
         pdf('Single assessment', 'Child in need: disability (N2).', 'Recommendations: short breaks; BSL; transport.')),
        ('documents/2025-09-01-cin-plan.docx', 'child-plan', '2025-09-01', 'Child in need plan',
         docx('Child in need plan', 'Short breaks; BSL family course; transport support.')),
        ('documents/2026-02-12-letter-northshire.docx', 'letter', '2026-02-12', 'Letter to Northshire County Council (transfer of the child in need plan)',
         docx('Transfer of child in need plan', 'To: Northshire County Council, Children\'s Services Hub.', 'Enclosed: single assessment (29 August 2025), child in need plan, chronology.', 'Transfer meeting: 9 March 2026, 11:00, Eastwick.'),
         {'encloses': ['documents/2025-08-29-single-assessment.pdf', 'documents/2025-09-01-cin-plan.docx', 'documents/2026-02-12-chronology-sent.txt']}),
        ('documents/2026-02-12-chronology-sent.txt', 'chronology', '2026-02-12', 'Chronology as sent to Northshire County Council',
         txt('Chronology (export sent to Northshire, 12 February 2026)', 'See chronology.json; this export is the copy that was sent.')),
        ('documents/2026-02-05-transfer-record.docx', 'transfer-form', '2026-02-27', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-16-letter-agencies.odt', 'letter', '2026-02-16', 'Letter to GP, health visitor and school about the move',
         odt('Notification of move', 'The family moved to Eastwick, Northshire on 20 February 2026. The case transfers to Northshire County Council on 9 March 2026.')),
    ]
    c['people'] = [
        ('p-tariq-hussain', 'Tariq Hussain', 'M', '1958', {'household': 'Eastwick'}),
        ('p-shazia-hussain', 'Shazia Hussain', 'F', '1962', {'household': 'Eastwick'}),
        ('p-rashid-ahmed', 'Rashid Ahmed', 'M', '1960', {'household': 'Pakistan'}),
        ('p-farzana-ahmed', 'Farzana Ahmed', 'F', '1966', {'household': 'Pakistan'}),
        ('p-imran-hussain', 'Imran Hussain', 'M', '1990-01-12', {'household': 'family home'}),
        ('p-nadia-hussain', 'Nadia Hussain', 'F', '1994-05-03', {'household': 'family home'}),
        ('p-zainab', 'Zainab Hussain', 'F', '2019-04-30', {'child': Z, 'household': 'family home'}),
        ('p-yusuf', 'Yusuf Hussain', 'M', '2023-02-14', {'child': Y, 'household': 'family home'}),
    ]
    c['relationships'] = [
        ('couple', 'p-tariq-hussain', 'p-shazia-hussain', 'married'),
        ('couple', 'p-rashid-ahmed', 'p-farzana-ahmed', 'married'),
        ('parent', 'p-tariq-hussain', 'p-imran-hussain'), ('parent', 'p-shazia-hussain', 'p-imran-hussain'),
        ('parent', 'p-rashid-ahmed', 'p-nadia-hussain'), ('parent', 'p-farzana-ahmed', 'p-nadia-hussain'),
        ('couple', 'p-imran-hussain', 'p-nadia-hussain', 'married'),
        ('parent', 'p-imran-hussain', 'p-zainab'), ('parent', 'p-nadia-hussain', 'p-zainab'),
        ('parent', 'p-imran-hussain', 'p-yusuf'), ('parent', 'p-nadia-hussain', 'p-yusuf'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-28', 'comment': 'Evidence of the letter to Northshire and of the notifications to GP, health visitor and school checked.'}
    return c
