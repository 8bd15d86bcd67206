from helpers import *

def case():
    K = 'kacper'
    c = dict(id='LCS-104302', service='child-in-care', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-rowntree', manager='tm-okafor', since='2025-04-14',
             referral='Ashcombe Police (police protection, 29 March 2025)',
             priorities='visit Kacper within a week of his placement, care proceedings, contact with his mother, Polish-speaking foster placement.',
             themes='neglect and mother\'s alcohol misuse, Kacper\'s bilingual identity, strong bond with his mother despite her drinking, father in Poland.',
             summary_date='2026-02-26', genogram_updated='2026-01-28')
    c['children'] = [
        child(K, 'Kacper', 'Nowak', '2012-03-03', 'M', 'WOTH', 'Roman Catholic', 'Polish',
              'Bilingual Polish and English; prefers to speak Polish about feelings. Use a Polish interpreter for reviews and life-story work.',
              'N1', plan('care', '2025-05-08', '2026-07-22'), upn_=upn(830, 4012, 19, 602), nhs_=nhs_from(31),
              sexual_orientation='not-recorded', legal_status='C2', care_proceedings='concluded', lac_reviews_held=3,
              permanence={'plan': 'long-term-fostering', 'confirmed_on': '2026-01-28', 'confirmed_at': 'cla-review'}),
    ]
    c['involvements'] = [
        inv('iro', 'Jenny Sowerby (independent reviewing officer)', 'Ashcombe Safeguarding and Quality Unit', '01632 960500', [K], email='iro.service@ashcombe-council.example.org'),
        inv('fostering', 'Bogdan and Ewa Zielinski (foster carers)', 'Ashcombe Fostering Service', '07700 900521', [K], address='27 Heron Way, Ashcombe', postcode='DE4 9ZL', id='carers'),
        inv('fostering', 'Karen Whitby (supervising social worker)', 'Ashcombe Fostering Service', '01632 960510', [K], email='fostering@ashcombe-council.example.org'),
        inv('school', 'Mr Paul Oakes (designated teacher for children in care)', 'Ashcombe Academy', '01632 960231', [K], email='safeguarding@ashcombe-academy.example.org'),
        inv('gp', 'Dr Helen Marsh-Grant', 'Heron Way Surgery', '01632 960118', [K], address='1 Heron Way, Ashcombe', postcode='DE4 9ZL'),
        inv('legal', 'Anita Bose (solicitor)', 'Ashcombe Council Legal Services', '01632 960600', [K], email='childcare.legal@ashcombe-council.example.org'),
        inv('family-member', 'Agnieszka Nowak (mother)', None, '07700 900534', [K], address='Flat 6, 18 Mill Street, Ashcombe', postcode='DE4 9ZR', id='mother'),
    ]
    c['key_dates'] = [
        kd('statutory-visit', '2026-03-12', '16:00', 'Foster home'),
        kd('other', '2026-03-14', '10:00', 'Ashcombe Family Centre', detail='Supervised family time with mother (monthly)'),
        kd('lac-review', '2026-07-22', '14:00', 'Ashcombe Academy'),
    ]
    c['history'] = [
        ('2012-03-03', 'family', 'Kacper born in Wroclaw, Poland.', 'Baseline.', '', None, 'Birth certificate'),
        ('2016', 'family', 'Kacper and his mother moved to England; father remained in Poland.', 'Separation from father and wider family.', '', None, 'Mother\'s account'),
        ('2019-06', 'referral', 'School referral: Kacper (7) said his mother "sleeps all day"; smelled of alcohol at collection.', 'Neglect linked to parental alcohol misuse.', 'Single assessment; child in need plan.', None, 'Referral record'),
        ('2022-11', 'conference', 'Initial child protection conference: child protection plan (neglect).', 'Significant harm from neglect.', '', None, 'Conference minutes'),
        ('2025-03-29', 'police', 'Police found Kacper (13) alone at home for two days; mother admitted to hospital intoxicated.', 'Kacper without a carer.', 'Police protection; placed with emergency foster carers.', None, 'Police notification'),
        ('2025-04-01', 'placement', 'Placed with Polish-speaking foster carers Mr and Mrs Zielinski under section 20 with mother\'s consent.', 'Safe placement matching language and culture.', 'Care proceedings issued 10 April 2025.', None, 'Placement record'),
        ('2025-04-10', 'court', 'Care proceedings issued; interim care order made.', 'Legal framework for the placement.', '', None, 'Court order'),
    ]
    c['visits'] = [
        ('2025-04-16', 'visit', 'Statutory visit - placement', 'Kacper seen alone at the foster home, in Polish and English. He likes Ewa\'s cooking and misses his mum. Room personalised.',
         'Statutory visit to Kacper in placement; seen alone.', 'Kacper settling; missing mother.'),
        ('2025-05-08', 'meeting', 'Initial looked-after review', 'Initial review chaired by the IRO. Care plan agreed: placement continues; family time twice a week.',
         'Initial child in care review.', 'Care plan agreed.', None, 'Minutes circulated.'),
        ('2025-06-19', 'visit', 'Statutory visit - placement', 'Kacper seen alone. He has joined a Saturday Polish school. Family time going well when his mother is sober.',
         'Statutory visit; Kacper seen alone.', 'Cultural needs met.'),
        ('2025-07-31', 'visit', 'Statutory visit - placement', 'Kacper seen; summer plans with the carers, including a trip to Wales.',
         'Statutory visit; Kacper seen.', 'Placement stable.'),
        ('2025-08-07', 'meeting', 'Second looked-after review', 'Second review. Permanence options discussed: return home ruled out by the parenting assessment; long-term fostering with current carers explored.',
         'Second child in care review: permanence options considered.', 'Plan for permanence to be confirmed after final hearing.'),
        ('2025-09-18', 'visit', 'Statutory visit - placement', 'Kacper seen alone; settled in Year 9. He asked to see his dad on video calls; arranged with the carers.',
         'Statutory visit; Kacper seen alone.', 'Contact with father re-established by video.'),
        ('2025-10-30', 'visit', 'Statutory visit - placement', 'Kacper seen after the final hearing. He understands the care order and wants to stay with Bogdan and Ewa.',
         'Statutory visit after the final hearing.', 'Kacper\'s wishes: remain with current carers.'),
        ('2025-12-11', 'visit', 'Statutory visit - placement', 'Kacper seen alone; excited about a Polish Christmas Eve (Wigilia) with the carers\' family.',
         'Statutory visit; Kacper seen alone.', 'Placement stable; identity supported.'),
        ('2026-01-28', 'meeting', 'Third looked-after review', 'Third review: long-term fostering with Mr and Mrs Zielinski confirmed as the permanence plan. Case to transfer to the Children in Care Team.',
         'Third child in care review: permanence plan (long-term fostering) confirmed.', 'Permanence secured.', None, 'Transfer to the Children in Care Team.'),
        ('2026-02-10', 'visit', 'Statutory visit - told of change of worker', 'Told Kacper (in Polish and English) that Owen Quayle from the Children in Care Team will be his social worker from 11 March. He asked whether Owen will still let him see his mum; yes.',
         'Kacper told of the change of social worker.', 'Kacper prepared for the change.'),
        ('2026-02-25', 'visit', 'Joint handover visit', 'Joint visit with Owen Quayle at the foster home. Kacper showed Owen his model railway. Carers present.',
         'Joint handover visit with the new social worker.', 'Kacper met his new worker.'),
    ]
    c['supervisions'] = [
        ('2025-07-09', 'Supervision: final hearing listed for 27 October. Parenting assessment negative. Prepare final care plan (long-term fostering).'),
        ('2025-11-05', 'Supervision: full care order made 27 October. Permanence plan to be confirmed at the January review; then transfer to the Children in Care Team.'),
    ]
    c['assessments'] = [
        dict(id='parenting-2025-05', type='parenting', title='Parenting assessment of mother', started_on='2025-05-12', status='completed', completed_on='2025-07-04',
             document='documents/2025-07-04-parenting-assessment.pdf',
             chronology='Parenting assessment of mother completed: unable to meet Kacper\'s needs while drinking.', significance='Return home ruled out.'),
        dict(id='viability-2025-05', type='viability', title='Viability assessment of paternal grandmother (Poland)', started_on='2025-05-20', status='completed', completed_on='2025-06-27',
             chronology='Viability assessment of paternal grandmother (via Polish authorities) completed: negative.', significance='No family carer available.'),
    ]
    c['notes'] = [
        ('2025-10-27', 'other', 'Court outcome', 'Final hearing: full care order made (section 31). Care plan for long-term fostering approved. Judge recommended life-story work in Polish and English and continued video contact with father.'),
        ('2026-01-30', 'telephone', 'Telephone call - IRO', 'Jenny Sowerby (IRO) agreed the transfer plan and asked that the new worker attends the July review.'),
    ]
    c['transfer'] = {
        'kind': 'to-children-in-care', 'children': [K],
        'from': {'worker': 'sw-rowntree', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'sw-quayle', 'team': 'children-in-care', 'manager': 'tm-brennan'},
        'reason': 'child-in-care', 'reason_detail': 'Care order made and permanence plan confirmed at the third review.',
        'transfer_on': '2026-03-11', 'next_review_on': '2026-07-22', 'new_worker_named_on': '2026-02-04',
        'case_discussion_on': '2026-02-17',
        'planning_meeting': {'date': '2026-02-04', 'attendees': ['Locality team manager', 'Children in Care team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Kacper has had the same worker for almost a year and trusts her. He was told in his first language, met the new worker at his foster home with his carers, and his placement, school and family time do not change.',
        'family_informed': {'date': '2026-02-10', 'how': 'in person (Kacper); telephone with interpreter (mother)', 'told': ['carers', 'mother']},
        'professionals_informed': [
            {'who': 'Jenny Sowerby, IRO', 'role': 'iro', 'date': '2026-02-12', 'how': 'e-mail'},
            {'who': 'Karen Whitby, supervising social worker', 'role': 'fostering', 'date': '2026-02-12', 'how': 'e-mail'},
            {'who': 'Mr Oakes, Ashcombe Academy', 'role': 'school', 'date': '2026-02-12', 'how': 'secure e-mail'},
            {'who': 'Dr Marsh-Grant, Heron Way Surgery', 'role': 'gp', 'date': '2026-02-12', 'how': 'secure e-mail'},
            {'who': 'Anita Bose, legal services', 'role': 'legal', 'date': '2026-02-12', 'how': 'e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Start life-story work in Polish and English (court recommendation).', 'owner': 'receiving', 'due': '2026-05-29'},
            {'action': 'Complete the personal education plan review with the designated teacher.', 'owner': 'current', 'due': '2026-03-06'},
            {'action': 'Statutory visit within six weeks of the last.', 'owner': 'receiving', 'due': '2026-03-12'},
        ],
        'handover_visit': {'date': '2026-02-25', 'joint': True},
        'current_plan': 'Care plan: long-term fostering with Mr and Mrs Zielinski (confirmed at the review of 28 January 2026); monthly supervised family time with mother; fortnightly video calls with father; Saturday Polish school.',
        'court_recommendations': 'Life-story work in Polish and English; continued video contact with father; annual review of family time with mother.',
        'expert_reports': [{'document': 'documents/2025-09-15-psychological-report.pdf',
                            'conclusions': 'Kacper is securely attached to his foster carers; a further move would harm him; family time with his mother should stay supervised and monthly.'}],
    }
    c['notes'] += std_transfer_notes(c,
        'Kacper (13) has been in care since April 2025 and is subject to a full care order (27 October 2025). He lives with Polish-speaking foster carers and wants to stay; long-term fostering was confirmed at his third review. His mother drinks heavily; family time is supervised and cancelled if she is intoxicated. Key documents: care order, court recommendations, care plan, parenting assessment (see the transfer record).')
    c['documents'] = [
        ('documents/2025-07-04-parenting-assessment.pdf', 'assessment', '2025-07-04', 'Parenting assessment of mother',
         pdf('Parenting assessment', 'Conclusion: mother unable to meet K.N.\'s needs while alcohol use continues.')),
        ('documents/2025-10-27-care-order.pdf', 'court-order', '2025-10-27', 'Care order (section 31), 27 October 2025',
         pdf('Care order', 'Children Act 1989 section 31. Made 27 October 2025 in the Family Court at Ashcombe.')),
        ('documents/2025-10-27-court-recommendations.odt', 'court-recommendations', '2025-10-27', 'Recommendations of the court',
         odt('Recommendations from the final hearing', 'Life-story work in Polish and English.', 'Video contact with father to continue.')),
        ('documents/2025-10-27-care-plan.docx', 'care-plan', '2025-10-27', 'Final care plan',
         docx('Care plan', 'Permanence: long-term fostering with current carers.', 'Family time: monthly supervised with mother.')),
        ('documents/2025-09-15-psychological-report.pdf', 'expert-report', '2025-09-15', 'Psychological assessment of Kacper (expert report)',
         pdf('Psychological assessment', 'Secure attachment to carers developing; grief about mother.')),
        ('documents/2026-02-04-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record (W1)', transfer_form(c, c['transfer'])),
        ('documents/2026-02-12-letter-new-worker.docx', 'letter', '2026-02-12', 'Letter to Kacper, his family and partners naming the new social worker',
         docx('Your new social worker', 'From 11 March 2026 your social worker will be Owen Quayle, Children in Care Team, 01632 960520.')),
        ('documents/2026-02-05-one-page-profile-o-quayle.pdf', 'one-page-profile', '2026-02-05', 'One-page profile: Owen Quayle',
         pdf('About me: Owen Quayle', 'I like trains, cycling and cooking.', 'I will visit you at least every six weeks.')),
    ]
    c['people'] = [
        ('p-jan-kowal', 'Jan Kowal', 'M', '1960', {'household': 'Poland'}),
        ('p-halina-kowal', 'Halina Kowal', 'F', '1962', {'household': 'Poland'}),
        ('p-irena-nowak', 'Irena Nowak', 'F', '1958', {'household': 'Poland'}),
        ('p-agnieszka-nowak', 'Agnieszka Nowak', 'F', '1988-09-14', {'household': 'mother'}),
        ('p-tomasz-nowak', 'Tomasz Nowak', 'M', '1985', {'household': 'Poland'}),
        ('p-bogdan-zielinski', 'Bogdan Zielinski', 'M', '1970', {'household': 'foster carers'}),
        ('p-ewa-zielinski', 'Ewa Zielinski', 'F', '1973', {'household': 'foster carers'}),
        ('p-kacper', 'Kacper Nowak', 'M', '2012-03-03', {'child': K, 'household': 'foster carers'}),
    ]
    c['relationships'] = [
        ('couple', 'p-jan-kowal', 'p-halina-kowal', 'married'),
        ('parent', 'p-jan-kowal', 'p-agnieszka-nowak'), ('parent', 'p-halina-kowal', 'p-agnieszka-nowak'),
        ('parent', 'p-irena-nowak', 'p-tomasz-nowak'),
        ('couple', 'p-agnieszka-nowak', 'p-tomasz-nowak', 'divorced'),
        ('parent', 'p-agnieszka-nowak', 'p-kacper'), ('parent', 'p-tomasz-nowak', 'p-kacper'),
        ('couple', 'p-bogdan-zielinski', 'p-ewa-zielinski', 'married'),
        ('parent', 'p-bogdan-zielinski', 'p-kacper', 'foster'), ('parent', 'p-ewa-zielinski', 'p-kacper', 'foster'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'Quality file audit completed jointly with the Children in Care team manager before transfer.'}
    c['receiving_signoff'] = {'by': 'tm-brennan', 'date': '2026-02-27', 'comment': 'Quality file audit by the Children in Care team manager before the transfer; outstanding tasks agreed with the current worker.'}
    return c
