from helpers import *

# Explored during the care proceedings (2022-23): the grandmother could not
# care for both children full time; no other relative came forward.
FAMILY_CARERS = {'on': '2023-03-10', 'outcome': 'Family network meeting and viability discussion with the maternal grandmother during the proceedings: she could not care for both children full time and asked to stay their grandmother; no other relative or family friend came forward. Family time with her continues.'}

def case():
    A, N = 'amelia', 'noah'
    c = dict(id='LCS-104318', service='child-in-care', locality='North', team='children-in-care',
             team_label='Children in Care Team', worker='sw-farooq', manager='tm-brennan', since='2025-05-19',
             referral='Ashcombe Police (2018 referral; outcome letter not found on file, so re-sent)',
             priorities='statutory visits to both children, permanency planning meeting, sibling assessment.',
             themes='neglect and domestic abuse in the birth family, siblings placed together since 2023, Amelia\'s autism, contact with maternal grandmother.',
             summary_date='2026-02-25', genogram_updated='2025-11-19')
    c['children'] = [
        child(A, 'Amelia', 'Clarke', '2013-07-21', 'F', 'MWBC', 'Christian', 'English',
              'Autistic: give written or picture schedules, warn her of changes in advance, meet in quiet places.', 'N1',
              plan('care', '2023-06-02', '2026-04-15'), disab=['AUT'], upn_=upn(830, 2101, 20, 118), nhs_=nhs_from(41),
              legal_status='C2', care_proceedings='concluded', lac_reviews_held=7,
              permanence={'plan': 'long-term-fostering', 'confirmed_on': '2025-11-19', 'confirmed_at': 'permanency-planning-meeting',
                          'family_carers_explored': FAMILY_CARERS}),
        child(N, 'Noah', 'Clarke', '2015-12-02', 'M', 'MWBC', 'Christian', 'English', 'none', 'N1',
              plan('care', '2023-06-02', '2026-04-15'), upn_=upn(830, 2214, 22, 40), nhs_=nhs_from(42),
              legal_status='C2', care_proceedings='concluded', lac_reviews_held=7,
              permanence={'plan': 'long-term-fostering', 'confirmed_on': '2025-11-19', 'confirmed_at': 'permanency-planning-meeting',
                          'family_carers_explored': FAMILY_CARERS}),
    ]
    c['involvements'] = [
        inv('iro', 'Martin Keys (independent reviewing officer)', 'Ashcombe Safeguarding and Quality Unit', '01632 960501', [A, N], email='iro.service@ashcombe-council.example.org'),
        inv('fostering', 'Denise and Alan Roper (foster carers)', 'Ashcombe Fostering Service', '07700 900610', [A, N], address='9 Orchard Rise, Kelby', postcode='DE6 9ZA', id='carers'),
        inv('fostering', 'Karen Whitby (supervising social worker)', 'Ashcombe Fostering Service', '01632 960510', [A, N], email='fostering@ashcombe-council.example.org'),
        inv('school', 'Mrs Joanne Fitch (SENCo)', 'Kelby High School', '01632 960240', [A], email='senco@kelby-high.example.org'),
        inv('school', 'Mr Ian Clegg (designated teacher)', 'Kelby Primary School', '01632 960241', [N], email='office@kelby-primary.example.org'),
        inv('gp', 'Dr Ravi Menon', 'Kelby Health Centre', '01632 960119', [A, N], address='Market Street, Kelby', postcode='DE6 9ZD'),
        inv('family-member', 'Yvonne Clarke (maternal grandmother)', None, '07700 900611', [A, N], address='41 Ash Grove, Ashcombe', postcode='DE4 9ZU', id='gran'),
    ]
    c['key_dates'] = [
        kd('lac-review', '2026-04-15', '15:30', 'Foster home'),
        kd('statutory-visit', '2026-03-19', '16:30', 'Foster home'),
        kd('other', '2026-03-07', '11:00', 'Ashcombe Family Centre', detail='Family time with maternal grandmother'),
    ]
    c['history'] = [
        ('2013-07-21', 'family', 'Amelia born.', 'Baseline.', '', [A], 'Health record'),
        ('2015-12-02', 'family', 'Noah born.', 'Baseline.', '', [N], 'Health record'),
        ('2018', 'referral', 'Repeated police call-outs for domestic abuse between the parents; children on child in need plan.', 'Children exposed to domestic abuse.', '', None, 'Historic file'),
        ('2021-05', 'conference', 'Child protection plan (neglect): home conditions, missed health appointments, Amelia\'s diagnosis delayed.', 'Significant harm from neglect.', '', None, 'Conference minutes'),
        ('2023-01-16', 'placement', 'Both children placed together with Mr and Mrs Roper under an interim care order.', 'Siblings kept together.', '', None, 'Placement record'),
        ('2023-06-02', 'court', 'Full care orders made for both children; care plan long-term fostering subject to matching.', 'Permanent legal framework.', '', None, 'Court order'),
        ('2024-03', 'health', 'Amelia diagnosed with autism by the community paediatrician.', 'Explains sensory needs; school support plan.', 'EHCP requested.', [A], 'Paediatric letter'),
    ]
    c['visits'] = [
        ('2025-05-22', 'visit', 'Statutory visit - introductory', 'First visit as allocated worker. Both children seen together and separately. Amelia had her visual timetable ready for me.',
         'Introductory statutory visit; both children seen alone.', 'Children settled in placement.'),
        ('2025-07-03', 'visit', 'Statutory visit', 'Children seen. Noah won a swimming certificate. Amelia anxious about the end of term.',
         'Statutory visit; children seen.', 'Stable; Amelia\'s anxiety at transitions.'),
        ('2025-08-14', 'visit', 'Statutory visit', 'Children seen during the holidays; family time with grandmother going well.',
         'Statutory visit; children seen.', 'Family relationships maintained.'),
        ('2025-09-25', 'visit', 'Statutory visit', 'Children seen alone. Amelia started Year 7 with an EHCP; reduced timetable for two weeks.',
         'Statutory visit; children seen alone.', 'Amelia\'s secondary transition supported.'),
        ('2025-10-15', 'meeting', 'Looked-after review', 'Review chaired by Martin Keys. Permanency planning meeting to be held in November.',
         'Child in care review for both children.', 'Plans continue.'),
        ('2025-11-19', 'meeting', 'Permanency planning meeting', 'Permanency planning meeting: long-term fostering with Mr and Mrs Roper confirmed for both children; matching to be presented to panel.',
         'Permanency planning meeting: long-term fostering confirmed.', 'Permanence secured for both siblings together.'),
        ('2025-12-18', 'visit', 'Statutory visit', 'Children seen; Christmas plans; carers report both well.',
         'Statutory visit; children seen.', 'Stable.'),
        ('2026-01-29', 'visit', 'Statutory visit - told of change of worker', 'Told the children that Tamsin Penhale from the Permanence and Transitions Team will become their worker. Gave Amelia a social story with photos of Tamsin.',
         'Children told of the change of worker.', 'Amelia prepared with a social story.'),
        ('2026-02-19', 'visit', 'Joint handover visit', 'Joint visit with Tamsin Penhale. Amelia showed Tamsin her drawings; Noah played football with us.',
         'Joint handover visit with the new social worker.', 'Children met their new worker.'),
    ]
    c['supervisions'] = [
        ('2025-08-20', 'Supervision: both children stable; permanency planning meeting to be booked.'),
        ('2025-12-03', 'Supervision: permanence confirmed. Criteria for transfer to Permanence and Transitions met; Head of Service approval to be requested.'),
    ]
    c['assessments'] = [
        dict(id='sibling-2025-10', type='other', title='Sibling (together or apart) assessment', started_on='2025-09-29', status='completed', completed_on='2025-11-07',
             document='documents/2025-11-07-sibling-assessment.odt',
             chronology='Together or apart assessment completed: Amelia and Noah should stay placed together.', significance='Siblings\' relationship protected in the permanence plan.'),
    ]
    c['notes'] = [
        ('2026-01-20', 'management-decision', 'Head of Service agreement', 'Head of Service (Anjali Patel) agreed the transfer of both children to the Permanence and Transitions Team.', {'author': 'tm-brennan'}),
    ]
    c['transfer'] = {
        'kind': 'to-permanence', 'children': [A, N],
        'from': {'worker': 'sw-farooq', 'team': 'children-in-care', 'manager': 'tm-brennan'},
        'to': {'worker': 'sw-penhale', 'team': 'permanence', 'manager': 'pm-castell'},
        'reason': 'other', 'reason_detail': 'Permanence plan confirmed and care proceedings concluded: criteria for the Permanence and Transitions Team met.',
        'head_of_service_agreed_on': '2026-01-20',
        'transfer_on': '2026-03-09', 'next_review_on': '2026-04-15', 'new_worker_named_on': '2026-01-23',
        'case_discussion_on': '2026-02-04',
        'planning_meeting': {'date': '2026-01-23', 'attendees': ['Transferring team manager', 'Receiving practice manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Amelia finds change very hard. She was given a social story with photographs of her new worker, met her at home with her carers, and her placement, school and family time stay the same. Noah is relaxed about the change.',
        'family_informed': {'date': '2026-01-29', 'how': 'in person (children and carers); telephone (grandmother)', 'told': ['carers', 'gran']},
        'professionals_informed': [
            {'who': 'Martin Keys, IRO', 'role': 'iro', 'date': '2026-02-02', 'how': 'e-mail'},
            {'who': 'Karen Whitby, supervising social worker', 'role': 'fostering', 'date': '2026-02-02', 'how': 'e-mail'},
            {'who': 'Kelby High School SENCo', 'role': 'school', 'date': '2026-02-02', 'how': 'secure e-mail'},
            {'who': 'Kelby Primary School', 'role': 'school', 'date': '2026-02-02', 'how': 'secure e-mail'},
            {'who': 'Dr Menon, Kelby Health Centre', 'role': 'gp', 'date': '2026-02-02', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Present the long-term fostering match to fostering panel.', 'owner': 'receiving', 'due': '2026-04-08'},
            {'action': 'Update Amelia\'s health assessment action plan.', 'owner': 'current', 'due': '2026-03-06'},
        ],
        'handover_visit': {'date': '2026-02-19', 'joint': True},
        'current_plan': 'Care plan for both children: long-term fostering together with Mr and Mrs Roper, confirmed at the permanency planning meeting of 19 November 2025; monthly family time with maternal grandmother; EHCP for Amelia.',
        'court_recommendations': 'Siblings to be placed together; contact with maternal grandmother to continue (final hearing, 2 June 2023).',
    }
    c['notes'] += std_transfer_notes(c,
        'Amelia (12) and Noah (10) have lived together with Mr and Mrs Roper since January 2023 under full care orders (2 June 2023). Long-term fostering was confirmed at the permanency planning meeting of 19 November 2025. Amelia is autistic and has an EHCP; plan any change with her in advance. Monthly family time with maternal grandmother Yvonne Clarke; no contact with the parents (their whereabouts are not known).')
    c['documents'] = [
        ('documents/2023-06-02-care-orders.pdf', 'court-order', '2023-06-02', 'Care orders (section 31) for Amelia and Noah',
         pdf('Care orders', 'Made 2 June 2023 in the Family Court at Ashcombe for both children.')),
        ('documents/2023-06-02-court-recommendations.txt', 'court-recommendations', '2023-06-02', 'Recommendations of the court at the final hearing',
         txt('Recommendations of the court', 'The siblings should remain placed together.', 'Contact with the maternal grandmother should continue.')),
        ('documents/2025-11-19-permanence-report.pdf', 'care-plan', '2025-11-19', 'Permanency planning meeting report and care plan',
         pdf('Permanency planning meeting', 'Plan: long-term fostering with current carers for both children.')),
        ('documents/2025-11-07-sibling-assessment.odt', 'assessment', '2025-11-07', 'Together or apart assessment',
         odt('Together or apart assessment', 'Recommendation: Amelia and Noah remain placed together.')),
        ('documents/2024-10-01-ehcp-amelia.pdf', 'other', '2024-10-01', 'Education, health and care plan (Amelia)',
         pdf('EHCP summary', 'Needs: communication and interaction; sensory processing.')),
        ('documents/2026-01-23-transfer-form-w1.docx', 'transfer-form', '2026-02-25', 'Transfer form W1', transfer_form(c, c['transfer'])),
        ('documents/2026-02-02-letter-new-worker.odt', 'letter', '2026-02-02', 'Letter to carers, family and partners naming the new social worker',
         odt('Change of social worker', 'From 9 March 2026 Tamsin Penhale, Permanence and Transitions Team (01632 960530), will be the children\'s social worker.')),
        ('documents/2026-01-27-one-page-profile-t-penhale.png', 'one-page-profile', '2026-01-27', 'One-page profile (picture) of Tamsin Penhale', png(4)),
    ]
    c['people'] = [
        ('p-yvonne-clarke', 'Yvonne Clarke', 'F', '1967', {'household': 'grandmother'}),
        ('p-errol-clarke', 'Errol Clarke', 'M', '1964', {'died': '2020', 'household': 'deceased'}),
        ('p-pauline-boyd', 'Pauline Boyd', 'F', '1965', {'household': 'paternal grandmother'}),
        ('p-leanne-clarke', 'Leanne Clarke', 'F', '1990', {'household': 'not known'}),
        ('p-dean-boyd', 'Dean Boyd', 'M', '1987', {'household': 'not known'}),
        ('p-denise-roper', 'Denise Roper', 'F', '1968', {'household': 'foster carers'}),
        ('p-alan-roper', 'Alan Roper', 'M', '1966', {'household': 'foster carers'}),
        ('p-amelia', 'Amelia Clarke', 'F', '2013-07-21', {'child': A, 'household': 'foster carers'}),
        ('p-noah', 'Noah Clarke', 'M', '2015-12-02', {'child': N, 'household': 'foster carers'}),
    ]
    c['relationships'] = [
        ('couple', 'p-errol-clarke', 'p-yvonne-clarke', 'married'),
        ('parent', 'p-errol-clarke', 'p-leanne-clarke'), ('parent', 'p-yvonne-clarke', 'p-leanne-clarke'),
        ('parent', 'p-pauline-boyd', 'p-dean-boyd'),
        ('couple', 'p-leanne-clarke', 'p-dean-boyd', 'separated'),
        ('parent', 'p-leanne-clarke', 'p-amelia'), ('parent', 'p-dean-boyd', 'p-amelia'),
        ('parent', 'p-leanne-clarke', 'p-noah'), ('parent', 'p-dean-boyd', 'p-noah'),
        ('couple', 'p-denise-roper', 'p-alan-roper', 'married'),
        ('parent', 'p-denise-roper', 'p-amelia', 'foster'), ('parent', 'p-alan-roper', 'p-amelia', 'foster'),
        ('parent', 'p-denise-roper', 'p-noah', 'foster'), ('parent', 'p-alan-roper', 'p-noah', 'foster'),
    ]
    c['signoff'] = {'by': 'tm-brennan', 'date': '2026-02-27', 'comment': 'File check completed by the transferring manager; W1 authorised.'}
    c['receiving_signoff'] = {'by': 'pm-castell', 'date': '2026-02-27', 'comment': 'Quality file audit by the receiving practice manager before the transfer.'}
    return c
