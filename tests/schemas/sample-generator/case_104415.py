from helpers import *

def case():
    K = 'kai'
    c = dict(id='LCS-104415', service='child-in-need', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-baines', manager='tm-okafor', since='2025-10-06',
             referral='PC Leigh Watts, Ashcombe Police',
             priorities='risk of criminal exploitation: return-home interviews, disruption plan with police, school engagement.',
             themes='missing episodes, older peers linked to drug supply, loving but exhausted father, Kai\'s love of music production.',
             summary_date='2026-02-27', genogram_updated='2025-11-14')
    c['children'] = [
        child(K, 'Kai', 'Thompson', '2010-06-30', 'M', 'BCRB', 'Christian', 'English',
              'Dyslexic: send written information in short sentences and follow up by voice note.', 'N6',
              plan('cin', '2025-10-27', '2026-03-05'), disab=['LD'], upn_=upn(830, 4012, 17, 512), nhs_=nhs_from(81),
              gender_identity='Boy', sexual_orientation='not-recorded'),
    ]
    c['involvements'] = [
        inv('school', 'Ms Yasmin Clarke-Bell (deputy head)', 'Ashcombe Academy', '01632 960231', [K], email='safeguarding@ashcombe-academy.example.org'),
        inv('police', 'PC Leigh Watts (missing persons co-ordinator)', 'Ashcombe Police', '01632 960998', [K], email='missing.persons@police.example.org'),
        inv('yot', 'Hassan Malik (prevention worker)', 'Ashcombe Youth Justice Service', '01632 960480', [K], email='yjs@ashcombe-council.example.org'),
        inv('gp', 'Dr Sara Qureshi', 'Parkside Medical Practice', '01632 960121', [K], address='Parkside, Ashcombe', postcode='DE4 9ZE'),
        inv('family-member', 'Marcus Thompson (father)', None, '07700 900815', [K], address='7 Foundry Court, Ashcombe', postcode='DE4 9ZN', id='father'),
    ]
    c['key_dates'] = [
        kd('cin-meeting', '2026-03-05', '10:30', 'Ashcombe Academy'),
        kd('statutory-visit', '2026-03-10', '17:00', 'Family home'),
    ]
    c['history'] = [
        ('2010-06-30', 'family', 'Kai born in Leeds.', 'Baseline.', '', None, 'Health record'),
        ('2014', 'family', 'Parents separated; Kai moved to Ashcombe with his father.', 'Reduced contact with mother.', '', None, 'Father\'s account'),
        ('2024-11', 'education', 'Kai diagnosed with dyslexia; attendance falling to 82%.', 'Education needs.', '', None, 'School record'),
        ('2025-09-19', 'police', 'Kai reported missing for 30 hours; found in another county with older youths; cannabis and cash found.', 'Risk of criminal exploitation.', 'Return-home interview; strategy discussion.', None, 'Police notification'),
        ('2025-09-24', 'referral', 'Police referral following the missing episode; single assessment opened by the duty team.', 'Exploitation risk assessed.', '', None, 'Referral record'),
    ]
    c['visits'] = [
        ('2025-10-08', 'home-visit', 'Home visit - introductory', 'Met Kai and his father. Kai showed me the beats he makes on his laptop. He denies being asked to carry anything.',
         'Introductory home visit; Kai seen alone.', 'Kai engages through music.'),
        ('2025-10-27', 'meeting', 'Child in need meeting', 'CIN meeting with school, YJS and police. Disruption plan; music mentoring referral.',
         'First child in need meeting.', 'Exploitation disruption plan agreed.'),
        ('2025-11-13', 'home-visit', 'Home visit', 'Kai missing overnight on 11 November; return-home interview done by YJS. Father exhausted.',
         'Home visit after a missing episode.', 'Risk continuing.'),
        ('2025-12-18', 'meeting', 'Child in need review', 'CIN review: no missing episodes since 11 November; music mentoring started; attendance 88%.',
         'Child in need review.', 'Risk reducing.'),
        ('2026-01-22', 'home-visit', 'Home visit', 'Kai seen alone at the studio; proud of a track he finished. Father reports a complaint about the social worker\'s manner at the last meeting.',
         'Home visit; Kai seen alone.', 'Relationship between father and worker strained.'),
    ]
    c['supervisions'] = [
        ('2025-11-19', 'Supervision: exploitation risk; refer to the exploitation panel; keep weekly contact with Kai.'),
    ]
    c['assessments'] = [
        dict(id='sa-2025-09', type='single', started_on='2025-09-24', status='completed', completed_on='2025-10-24', author='sw-baines',
             document='documents/2025-10-24-single-assessment.pdf',
             chronology='Single assessment completed: child in need (risk of exploitation).', significance='Needs: safety, education, positive activities.'),
    ]
    c['chronology_extra'] = [
        {'date': '2026-02-20', 'category': 'allocation', 'event': 'Father asked for a new social worker after a complaint; relationship with the worker broken down. Emergency reallocation within the team agreed.',
         'significance': 'Risk of disengagement while exploitation risk persists.', 'action': 'Team manager to introduce the new worker at the CIN meeting on 5 March.', 'children': [K], 'source': 'Case note'},
        {'date': '2026-02-26', 'category': 'other', 'event': 'Father and Kai told by the team manager, by telephone, who the new worker is; letter and one-page profile sent.',
         'significance': 'Family informed before the transfer.', 'action': '', 'children': [K], 'source': 'Case note'},
    ]
    c['notes'] = [
        ('2026-01-23', 'telephone', 'Telephone call - father', 'Mr Thompson made a complaint about my manner at the CIN review; passed to the team manager.'),
        ('2026-02-20', 'management-decision', 'Management decision - emergency reallocation', 'Mr Thompson has refused further contact with Declan Baines after his complaint. Kai\'s risk of exploitation means the case cannot be left without a worker: reallocated within the team to Hannah Rowntree from 3 March 2026. No joint handover visit is possible because the family will not meet the current worker. I will chair the CIN meeting on 5 March to introduce Hannah.', {'author': 'tm-okafor'}),
        ('2026-02-24', 'handover', 'Handover - case discussion with new worker', 'Handover meeting between Declan Baines, Hannah Rowntree and Grace Okafor: risks, disruption plan, missing protocol, Kai\'s dyslexia and music mentoring discussed.',
         {'extra': {'attendees': ['sw-baines', 'sw-rowntree', 'tm-okafor']}}),
        ('2026-02-26', 'family-informed', 'Family informed of change of social worker', 'Grace Okafor phoned Mr Thompson and Kai to name Hannah Rowntree as the new worker; letter and Hannah\'s one-page profile posted.', {'author': 'tm-okafor'}),
        ('2026-02-26', 'professionals-informed', 'Professionals informed of change of social worker', 'School, police missing persons co-ordinator, YJS and GP informed by e-mail of the new worker and the CIN meeting on 5 March.'),
        ('2026-02-27', 'transfer-summary', 'Transfer summary', 'Kai (15) lives with his father. Child in need (N6) since October 2025 because of missing episodes and risk of criminal exploitation. No missing episodes since 11 November 2025; music mentoring and YJS prevention work continue. Emergency reallocation after a breakdown in the relationship between the family and the worker; the team manager will introduce the new worker at the CIN meeting on 5 March.'),
    ]
    c['transfer'] = {
        'kind': 'emergency', 'children': [K],
        'from': {'worker': 'sw-baines', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'sw-rowntree', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'relationship-breakdown', 'reason_detail': 'Father refuses contact with the current worker after a complaint.',
        'head_of_service_agreed_on': '2026-02-20',
        'transfer_on': '2026-03-03', 'next_review_on': '2026-03-05', 'new_worker_named_on': '2026-02-20', 'case_discussion_on': '2026-02-24',
        'planning_meeting': {'date': '2026-02-20', 'attendees': ['Team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Kai is at risk of exploitation, so any gap in contact matters. He has been told who his new worker is and sent her one-page profile; his mentor and YJS worker stay the same.',
        'family_informed': {'date': '2026-02-26', 'how': 'telephone by the team manager; letter', 'told': ['father']},
        'professionals_informed': [
            {'who': 'Ashcombe Academy', 'role': 'school', 'date': '2026-02-26', 'how': 'secure e-mail'},
            {'who': 'PC Watts, missing persons co-ordinator', 'role': 'police', 'date': '2026-02-26', 'how': 'secure e-mail'},
            {'who': 'Hassan Malik, Youth Justice Service', 'role': 'yot', 'date': '2026-02-26', 'how': 'e-mail'},
            {'who': 'Dr Qureshi, Parkside Medical Practice', 'role': 'gp', 'date': '2026-02-26', 'how': 'secure e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Respond to Mr Thompson\'s complaint (stage 1).', 'owner': 'current', 'due': '2026-03-06'},
            {'action': 'Visit Kai within a week of transfer.', 'owner': 'receiving', 'due': '2026-03-10'},
        ],
        'no_handover_reason': 'The family will not meet the current worker after their complaint, so no joint handover visit can take place.',
        'remedial_action': 'The team manager, whom the family know, told them the new worker\'s name by telephone, and will chair the CIN meeting on 5 March to introduce the new worker to Kai, his father and the professionals. The team manager and the new worker visit Kai and his father together on 6 March.',
        # Derbyshire 003 §2: "in all cases" a joint visit, the team manager
        # standing in for the current worker the family will not meet.
        'handover_visit': {'date': '2026-03-06', 'joint': True},
        'current_plan': 'Child in need plan (N6): exploitation disruption plan, missing protocol, music mentoring, YJS prevention, school attendance support.',
    }
    c['documents'] = [
        ('documents/2025-10-24-single-assessment.pdf', 'assessment', '2025-10-24', 'Single assessment',
         pdf('Single assessment', 'Child in need: risk of criminal exploitation (N6).')),
        ('documents/2025-10-27-cin-plan.odt', 'child-plan', '2025-10-27', 'Child in need plan',
         odt('Child in need plan', 'Disruption plan; missing protocol; music mentoring.')),
        ('documents/2026-02-20-transfer-record.docx', 'transfer-form', '2026-02-27', 'Case transfer record (emergency)', transfer_form(c, c['transfer'])),
        ('documents/2026-02-26-letter-new-worker.docx', 'letter', '2026-02-26', 'Letter to Kai, his father and partners naming the new social worker',
         docx('Your new social worker', 'From 3 March 2026 Hannah Rowntree (01632 960379) will be Kai\'s social worker.')),
        ('documents/2026-02-26-one-page-profile-h-rowntree.pdf', 'one-page-profile', '2026-02-26', 'One-page profile: Hannah Rowntree',
         pdf('About me: Hannah Rowntree', 'I like music, especially garage and soul, and running.')),
    ]
    c['people'] = [
        ('p-delroy-thompson', 'Delroy Thompson', 'M', '1958', {'household': 'paternal grandparents'}),
        ('p-beverley-thompson', 'Beverley Thompson', 'F', '1961', {'household': 'paternal grandparents'}),
        ('p-janet-walker', 'Janet Walker', 'F', '1965', {'household': 'Leeds'}),
        ('p-marcus-thompson', 'Marcus Thompson', 'M', '1984-05-19', {'household': 'father'}),
        ('p-chantelle-walker', 'Chantelle Walker', 'F', '1988', {'household': 'Leeds'}),
        ('p-kai', 'Kai Thompson', 'M', '2010-06-30', {'child': K, 'household': 'father'}),
    ]
    c['relationships'] = [
        ('couple', 'p-delroy-thompson', 'p-beverley-thompson', 'married'),
        ('parent', 'p-delroy-thompson', 'p-marcus-thompson'), ('parent', 'p-beverley-thompson', 'p-marcus-thompson'),
        ('parent', 'p-janet-walker', 'p-chantelle-walker'),
        ('couple', 'p-marcus-thompson', 'p-chantelle-walker', 'separated'),
        ('parent', 'p-marcus-thompson', 'p-kai'), ('parent', 'p-chantelle-walker', 'p-kai'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'Emergency transfer: reason for no handover and remedial action recorded; records current.'}
    return c
