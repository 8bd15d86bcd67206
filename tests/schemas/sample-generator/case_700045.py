from helpers import *

def case():
    O = 'oliver'
    c = dict(id='FIN-700045', service='finance-only', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-baines', manager='tm-okafor', since='2025-12-22',
             allocation_text='Peter Dunmore left on 19 December 2025. Finance-only case (special guardianship allowance) allocated to Declan Baines pending transfer to the Permanence and Transitions Team, which holds finance-only cases.',
             priorities='annual financial review of the special guardianship allowance, transfer to the Permanence and Transitions Team.',
             themes='special guardianship order to maternal aunt since June 2023, stable placement, allowance paid monthly, letterbox contact with mother.',
             summary_date='2026-02-25', genogram_updated='2026-01-29')
    c['children'] = [
        child(O, 'Oliver', 'Grant', '2016-01-14', 'M', 'WBRI', 'Church of England', 'English', 'none', 'N9',
              {'type': 'none'}, upn_=upn(830, 2101, 22, 15), nhs_=nhs_from(111), care_proceedings='concluded',
              permanence={'plan': 'special-guardianship', 'confirmed_on': '2023-03-15', 'confirmed_at': 'cla-review'}),
    ]
    c['involvements'] = [
        inv('family-member', 'Claire and Neil Hobbs (special guardians)', None, '07700 900944', [O], address='22 Willow Bank, Ashcombe', postcode='DE4 9ZS', id='guardians'),
        inv('school', 'Ashcombe Church of England Primary School', 'Ashcombe Church of England Primary School', '01632 960232', [O], email='head@ashcombe-primary.example.org'),
        inv('gp', 'Dr Adaeze Nwosu', 'Brookfield Surgery', '01632 960114', [O], address='14 Brookfield Road, Ashcombe', postcode='DE4 9ZQ'),
    ]
    c['key_dates'] = [kd('review', '2026-12-10', '10:00', 'Special guardians\' home', detail=None)]
    c['key_dates'][0]['detail'] = 'Annual financial review'
    c['key_dates'][0]['kind'] = 'other'
    c['history'] = [
        ('2016-01-14', 'family', 'Oliver born.', 'Baseline.', '', None, 'Health record'),
        ('2021-10', 'placement', 'Oliver placed with his maternal aunt under an interim care order after his mother\'s heroin relapse.', 'Kinship placement.', '', None, 'Care record'),
        ('2023-06-14', 'court', 'Special guardianship order made to Claire and Neil Hobbs; care order discharged; allowance agreed.', 'Legal permanence with family.', '', None, 'Court order'),
        ('2024-12-05', 'review', 'Annual financial review: allowance continued.', 'Financial stability.', '', None, 'Review record', ),
    ]
    c['visits'] = [
        ('2026-01-29', 'home-visit', 'Annual financial review visit', 'Visited Mr and Mrs Hobbs and Oliver. Allowance means test completed; Oliver doing well in Year 5. Letterbox contact with mother continues twice a year.',
         'Annual financial review visit; Oliver seen.', 'Allowance continued; placement stable.'),
        ('2026-02-19', 'home-visit', 'Joint visit with community care worker', 'Joint visit with Mark Trewin (Permanence and Transitions Team), who will hold the case from 16 March.',
         'Joint handover visit with the community care worker.', 'Guardians met the new worker.'),
    ]
    c['assessments'] = [
        dict(id='sgsn-2026-01', type='other', title='Special guardianship support needs review', started_on='2026-01-12', status='completed', completed_on='2026-01-29',
             document='documents/2026-01-29-financial-review.pdf',
             chronology='Special guardianship support needs review completed: allowance and letterbox contact continue.', significance='Support plan confirmed.'),
    ]
    c['notes'] = [
        ('2026-01-28', 'management-decision', 'Head of Service agreement', 'Head of Service agreed the transfer of finance-only SGO cases to the Permanence and Transitions Team (community care worker).', {'author': 'tm-okafor'}),
        ('2026-02-04', 'other', 'Notification to receiving team', 'Notified Ruth Castell (Permanence and Transitions) of the transfer and the date of the annual review.'),
    ]
    c['transfer'] = {
        'kind': 'between-teams', 'children': [O],
        'from': {'worker': 'sw-baines', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'ccw-trewin', 'team': 'permanence', 'manager': 'pm-castell'},
        'reason': 'other', 'reason_detail': 'Finance-only special guardianship cases are held by the Permanence and Transitions Team.',
        'head_of_service_agreed_on': '2026-01-28',
        'transfer_on': '2026-03-16', 'notified_on': '2026-02-04', 'next_review_on': '2026-12-10', 'new_worker_named_on': '2026-02-06',
        'case_discussion_on': '2026-02-12',
        'planning_meeting': {'date': '2026-02-06', 'attendees': ['Locality team manager', 'Permanence practice manager']},
        'impact_on_child': 'None expected: Oliver\'s home and the allowance do not change; the guardians have met the new worker.',
        'family_informed': {'date': '2026-02-09', 'how': 'letter and telephone', 'told': ['guardians']},
        'professionals_informed': [{'who': 'Finance team (allowances)', 'role': 'other', 'date': '2026-02-09', 'how': 'e-mail'},
                                   {'who': 'Ashcombe C of E Primary School', 'role': 'school', 'date': '2026-02-09', 'how': 'letter'},
                                   {'who': 'Dr Nwosu, Brookfield Surgery', 'role': 'gp', 'date': '2026-02-09', 'how': 'letter'}],
        'outstanding_actions': [{'action': 'Next annual financial review.', 'owner': 'receiving', 'due': '2026-12-10'}],
        'handover_visit': {'date': '2026-02-19', 'joint': True},
        'current_plan': 'Special guardianship allowance, reviewed annually; letterbox contact with mother twice a year.',
        'court_recommendations': 'Special guardianship order to Mr and Mrs Hobbs; letterbox contact with the mother twice a year; support plan reviewed annually.',
    }
    c['notes'] += std_transfer_notes(c,
        'Oliver (10) has lived with his maternal aunt and her husband since October 2021; special guardianship order made 14 June 2023. The case is open only for the special guardianship allowance, reviewed annually (last review 29 January 2026). Letterbox contact with his mother twice a year.')
    c['documents'] = [
        ('documents/2026-01-29-financial-review.pdf', 'other', '2026-01-29', 'Annual financial review 2026',
         pdf('Special guardianship allowance review', 'Allowance continued at the current rate.')),
        ('documents/2026-02-25-transfer-summary.docx', 'transfer-summary', '2026-02-25', 'Case transfer summary',
         docx('Case transfer summary', 'Finance-only special guardianship case; see transfer record.')),
        ('documents/2026-02-06-transfer-record.docx', 'transfer-form', '2026-02-25', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-09-letter-guardians.odt', 'letter', '2026-02-09', 'Letter to the special guardians naming the new worker',
         odt('Change of worker', 'From 16 March 2026 Mark Trewin (01632 960535) will review the allowance.')),
    ]
    c['people'] = [
        ('p-george-grant', 'George Grant', 'M', '1960', {'household': 'maternal grandfather'}),
        ('p-wendy-grant', 'Wendy Grant', 'F', '1962', {'died': '2018', 'household': 'deceased'}),
        ('p-claire-hobbs', 'Claire Hobbs', 'F', '1982-09-03', {'household': 'special guardians'}),
        ('p-neil-hobbs', 'Neil Hobbs', 'M', '1980', {'household': 'special guardians'}),
        ('p-stacey-grant', 'Stacey Grant', 'F', '1989', {'household': 'mother'}),
        ('p-unknown-father', 'Father not known', 'M', None, {}),
        ('p-oliver', 'Oliver Grant', 'M', '2016-01-14', {'child': O, 'household': 'special guardians'}),
    ]
    c['relationships'] = [
        ('couple', 'p-george-grant', 'p-wendy-grant', 'married'),
        ('parent', 'p-george-grant', 'p-claire-hobbs'), ('parent', 'p-wendy-grant', 'p-claire-hobbs'),
        ('parent', 'p-george-grant', 'p-stacey-grant'), ('parent', 'p-wendy-grant', 'p-stacey-grant'),
        ('couple', 'p-claire-hobbs', 'p-neil-hobbs', 'married'),
        ('parent', 'p-stacey-grant', 'p-oliver'), ('parent', 'p-unknown-father', 'p-oliver'),
        ('parent', 'p-claire-hobbs', 'p-oliver', 'special-guardian'), ('parent', 'p-neil-hobbs', 'p-oliver', 'special-guardian'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-26', 'comment': 'Finance-only case checked before transfer.'}
    return c
