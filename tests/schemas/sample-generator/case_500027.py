from helpers import *

def case():
    S = 'sofia'
    c = dict(id='PF-500027', service='private-fostering', locality='South', team='private-fostering',
             team_label='Private Fostering Team', worker='sw-keane', manager='tm-morrow', since='2025-09-15',
             referral='Southby Academy admissions office',
             priorities='private fostering assessment of Mrs Pereira, six-weekly visits to Sofia, contact with her mother in Portugal.',
             themes='privately fostered while her mother works in Portugal, settled and doing well at school, language support.',
             summary_date='2026-02-25', genogram_updated='2025-10-02')
    c['children'] = [
        child(S, 'Sofia', 'Almeida', '2010-11-05', 'F', 'WOTH', 'Roman Catholic', 'Portuguese',
              'Fluent in Portuguese, good conversational English; offer an interpreter for formal meetings.', 'N8',
              plan('none', '2025-09-15'), upn_=upn(830, 4020, 25, 190), nhs_=nhs_from(101)),
    ]
    c['children'][0]['plan'] = {'type': 'none'}
    c['involvements'] = [
        inv('fostering', 'Joana Pereira (private foster carer)', 'Private foster carer', '07700 900930', [S], address='5 Harbour Row, Southby', postcode='DE5 9ZJ', id='carer'),
        inv('school', 'Mr Daniel Frost (designated safeguarding lead)', 'Southby Academy', '01632 960262', [S], email='dsl@southby-academy.example.org'),
        inv('gp', 'Dr Lucy Hamer', 'Harbour Surgery', '01632 960123', [S], address='Harbour Street, Southby', postcode='DE5 9ZG'),
        inv('referrer', 'Admissions office', 'Southby Academy', '01632 960262', [S], email='admissions@southby-academy.example.org'),
        inv('family-member', 'Marta Almeida (mother, in Portugal)', None, '+44 7700 900931', [S], email='marta.almeida@example.org', id='mother'),
    ]
    c['key_dates'] = [kd('statutory-visit', '2026-03-30', '16:00', 'Private foster home')]
    c['history'] = [
        ('2010-11-05', 'family', 'Sofia born in Porto, Portugal.', 'Baseline.', '', None, 'Mother\'s account'),
        ('2025-08', 'family', 'Sofia came to England to live with Mrs Pereira, a family friend, while her mother works on a seasonal contract in Portugal.', 'Private fostering arrangement began.', '', None, 'Carer\'s account'),
        ('2025-09-10', 'referral', 'School admissions notified the council of a possible private fostering arrangement.', 'Statutory duty to assess the arrangement.', 'Allocated to the Private Fostering Team.', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-09-17', 'home-visit', 'Initial private fostering visit', 'Visited within 7 days. Sofia seen alone with an interpreter; she is happy and has her own room.',
         'Initial private fostering visit; Sofia seen alone.', 'Arrangement appears safe.'),
        ('2025-10-29', 'home-visit', 'Private fostering visit', 'Sofia seen alone; settled at school; video calls with her mother every Sunday.',
         'Private fostering visit; Sofia seen alone.', 'Contact with mother maintained.'),
        ('2025-12-10', 'home-visit', 'Private fostering visit', 'Sofia seen; Christmas in Portugal planned with her mother; travel consent checked.',
         'Private fostering visit.', 'Stable.'),
        ('2026-01-21', 'home-visit', 'Private fostering visit', 'Sofia back from Portugal; told me she wants to stay until the end of the school year.',
         'Private fostering visit; Sofia\'s wishes.', 'Arrangement to continue.'),
        ('2026-02-11', 'home-visit', 'Private fostering visit - change of worker', 'Told Sofia and Mrs Pereira that Chidi Obi will be their new social worker.',
         'Sofia and carer told of the change of social worker.', 'Prepared for change.'),
    ]
    c['supervisions'] = [('2025-11-05', 'Supervision: private fostering assessment complete; arrangement suitable; six-weekly visits.')]
    c['assessments'] = [
        dict(id='pf-2025-09', type='other', title='Private fostering assessment', started_on='2025-09-15', status='completed', completed_on='2025-10-24',
             document='documents/2025-10-24-private-fostering-assessment.pdf',
             chronology='Private fostering assessment completed: arrangement suitable.', significance='Sofia\'s welfare safeguarded.'),
    ]
    c['notes'] = [
        ('2026-02-24', 'home-visit', 'Joint handover visit', 'Joint visit with Chidi Obi. Sofia showed us her school reports. [Draft: to be completed.]', {'status': 'draft'}),
        ('2026-02-05', 'management-decision', 'Management decision - change of worker', 'Liam Keane moves to the fostering assessment team on 13 March; Sofia\'s case transfers within the team to Chidi Obi.', {'author': 'tm-morrow'}),
        ('2026-02-09', 'handover', 'Handover - case discussion', 'Case discussion with Chidi Obi and Alison Morrow: arrangement, visits, contact with mother, school.',
         {'extra': {'attendees': ['sw-keane', 'tm-morrow', 'sw-obi']}}),
        ('2026-02-11', 'family-informed', 'Family informed of change of worker', 'Sofia, Mrs Pereira and Ms Almeida (by video call) told of the new worker.'),
        ('2026-02-12', 'professionals-informed', 'Professionals informed of change of worker', 'School DSL and GP informed by e-mail.'),
        ('2026-02-25', 'transfer-summary', 'Transfer summary', 'Sofia (15) has lived with family friend Mrs Pereira since August 2025 while her mother works in Portugal. Arrangement assessed as suitable (October 2025). Six-weekly visits; Sofia wants to stay until July 2026.'),
    ]
    c['transfer'] = {
        'kind': 'within-team', 'children': [S],
        'from': {'worker': 'sw-keane', 'team': 'private-fostering', 'manager': 'tm-morrow'},
        'to': {'worker': 'sw-obi', 'team': 'private-fostering', 'manager': 'tm-morrow'},
        'reason': 'worker-leaving', 'reason_detail': 'Worker moves to the fostering assessment team on 13 March 2026.',
        'transfer_on': '2026-03-13', 'next_review_on': '2026-03-30', 'new_worker_named_on': '2026-02-05', 'case_discussion_on': '2026-02-09',
        'planning_meeting': {'date': '2026-02-05', 'attendees': ['Team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Sofia met her new worker with her current one; her home and school do not change.',
        'family_informed': {'date': '2026-02-11', 'how': 'home visit; video call with mother', 'told': ['carer', 'mother']},
        'professionals_informed': [
            {'who': 'Southby Academy DSL', 'role': 'school', 'date': '2026-02-12', 'how': 'secure e-mail'},
            {'who': 'Dr Hamer, Harbour Surgery', 'role': 'gp', 'date': '2026-02-12', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [{'action': 'Six-weekly private fostering visit.', 'owner': 'receiving', 'due': '2026-03-30'}],
        'handover_visit': {'date': '2026-02-24', 'joint': True},
        'current_plan': 'Private fostering arrangement to continue until July 2026; six-weekly visits.',
    }
    c['documents'] = [
        ('documents/2025-10-24-private-fostering-assessment.pdf', 'assessment', '2025-10-24', 'Private fostering assessment',
         pdf('Private fostering assessment', 'Arrangement suitable; carer DBS checked.')),
        ('documents/2026-02-05-transfer-record.docx', 'transfer-form', '2026-02-25', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-12-letter-new-worker.odt', 'letter', '2026-02-12', 'Letter to Sofia, her carer, her mother and partners naming the new worker',
         odt('Your new social worker', 'From 13 March 2026 Chidi Obi (01632 960550) will be your social worker.')),
        ('documents/2026-02-10-one-page-profile-c-obi.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Chidi Obi',
         pdf('About me: Chidi Obi', 'I speak English and Igbo and I love football.')),
    ]
    c['people'] = [
        ('p-jose-almeida', 'Jose Almeida', 'M', '1955', {'household': 'Portugal'}),
        ('p-rosa-almeida', 'Rosa Almeida', 'F', '1957', {'household': 'Portugal'}),
        ('p-marta-almeida', 'Marta Almeida', 'F', '1984', {'household': 'Portugal'}),
        ('p-rui-costa', 'Rui Costa', 'M', '1982', {'household': 'not known'}),
        ('p-joana-pereira', 'Joana Pereira', 'F', '1979', {'household': 'private foster home'}),
        ('p-sofia', 'Sofia Almeida', 'F', '2010-11-05', {'child': S, 'household': 'private foster home'}),
    ]
    c['relationships'] = [
        ('couple', 'p-jose-almeida', 'p-rosa-almeida', 'married'),
        ('parent', 'p-jose-almeida', 'p-marta-almeida'), ('parent', 'p-rosa-almeida', 'p-marta-almeida'),
        ('couple', 'p-marta-almeida', 'p-rui-costa', 'separated'),
        ('parent', 'p-marta-almeida', 'p-sofia'), ('parent', 'p-rui-costa', 'p-sofia'),
    ]
    c['chronology_extra'] = [
        {'date': '2026-02-24', 'category': 'visit', 'event': 'Joint handover visit with the new social worker.', 'significance': 'Sofia met her new worker.',
         'action': '', 'children': [S], 'source': 'Case note'},
    ]
    c['signoff'] = {'by': 'tm-morrow', 'date': '2026-02-25', 'comment': 'Checked before transfer.'}
    return c
