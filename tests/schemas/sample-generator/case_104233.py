from helpers import *

def case():
    J, R = 'jayden', 'ruby'
    c = dict(id='LCS-104233', service='child-in-need', locality='North', team='north-locality',
             team_label='North Locality Social Work Team', worker='sw-ferris', manager='tm-okafor', since='2025-06-16',
             referral='Dr A. Nwosu, Brookfield Surgery',
             priorities='complete the single assessment, agree a child in need plan with Ms Ashworth, link with the perinatal and adult mental health team.',
             themes='maternal low mood since 2019, periods of neglect of home conditions and school attendance, strong attachment between the children and their mother, supportive maternal grandmother.',
             summary_date='2026-02-26', genogram_updated='2026-02-12')
    c['children'] = [
        child(J, 'Jayden', 'Ashworth', '2014-05-09', 'M', 'WBRI', 'No religion', 'English', 'none', 'N3',
              plan('cin', '2025-08-21', '2026-03-18'), upn_=upn(830, 2101, 14, 233), nhs_=nhs_from(11)),
        child(R, 'Ruby', 'Ashworth', '2017-11-23', 'F', 'WBRI', 'No religion', 'English',
              'Speech and language therapy for a mild expressive language delay: give Ruby time and use short questions.',
              'N3', plan('cin', '2025-08-21', '2026-03-18'), disab=['COMM'], upn_=upn(830, 2101, 18, 57), nhs_=nhs_from(12)),
    ]
    c['involvements'] = [
        inv('gp', 'Dr Adaeze Nwosu', 'Brookfield Surgery', '01632 960114', [J, R], address='14 Brookfield Road, Ashcombe', postcode='DE4 9ZQ'),
        inv('school', 'Mrs Helen Pryce (designated safeguarding lead)', 'Ashcombe Academy', '01632 960231', [J], email='safeguarding@ashcombe-academy.example.org'),
        inv('school', 'Mr Robert Idle (headteacher)', 'Ashcombe Church of England Primary School', '01632 960232', [R], email='head@ashcombe-primary.example.org'),
        inv('other', 'Ms Priya Rao (community psychiatric nurse)', 'Ashcombe Community Mental Health Team', '01632 960409', [J, R], email='cmht.ashcombe@nhs-trust.example.org'),
        inv('referrer', 'Dr Adaeze Nwosu', 'Brookfield Surgery', '01632 960114', [J, R], address='14 Brookfield Road, Ashcombe', postcode='DE4 9ZQ'),
        inv('family-member', 'Diane Foster (maternal grandmother)', None, '07700 900412', [J, R], address='3 Tansy Close, Ashcombe', postcode='DE4 9ZT', id='gran'),
    ]
    c['key_dates'] = [
        kd('cin-meeting', '2026-03-18', '10:00', 'Ashcombe Academy, meeting room 2'),
        kd('statutory-visit', '2026-03-20', '15:45', 'Family home', detail=None),
        kd('review', '2026-05-27', '10:00', 'Ashcombe Family Hub'),
    ]
    c['history'] = [
        ('2014-05-09', 'family', 'Jayden born at Royal Ashcombe Hospital, 38 weeks, no concerns at birth.', 'Baseline.', '', [J], 'Health visiting record'),
        ('2016', 'police', 'Police attended a verbal argument between Ms Ashworth and Mr Ashworth; no offences, notification shared with health visitor.', 'Jayden (aged 2) present in the home.', 'Health visitor follow-up visit.', [J], 'Police notification'),
        ('2017-11-23', 'family', 'Ruby born.', 'Baseline.', '', [R], 'Health visiting record'),
        ('2019-03', 'family', 'Maternal grandfather Gary Foster died. Ms Ashworth describes the onset of low mood from this time.', 'Bereavement for the children; mother\'s emotional availability reduced.', '', None, 'Mother\'s account'),
        ('2021-09-14', 'referral', 'School referral: Jayden\'s attendance 71%, arriving hungry, uniform unwashed.', 'Neglect of basic care affecting education.', 'Passed to Early Help; Team Around the Family started.', [J], 'Referral record'),
        ('2022-02', 'closure', 'Early Help TAF closed: attendance improved to 93%, home conditions good.', 'Needs met at universal level.', '', None, 'Early Help closure summary'),
        ('2023-11-02', 'separation' and 'family', 'Parents separated; Mr Ashworth moved to a flat in the town and sees the children on Saturdays.', 'Change of household; children keep regular contact with father.', '', None, 'Mother\'s account'),
        ('2025-05-27', 'referral', 'GP referral: Ms Ashworth presented in crisis with suicidal thoughts; children at home; house described as chaotic.', 'Risk of neglect and of the children being without a safe carer.', 'Duty visit same day; maternal grandmother stayed in the home; single assessment opened.', None, 'Referral record'),
        ('2025-05-28', 'health', 'Ms Ashworth assessed by the crisis team and referred to the community mental health team.', 'Mother\'s treatment started; safety plan in place.', '', None, 'CMHT letter'),
    ]
    c['visits'] = [
        ('2025-06-19', 'home-visit', 'Home visit - introductory', 'First visit as allocated worker. Jayden and Ruby seen together and Jayden alone in his room. Home tidy; food in the cupboards. Ms Ashworth engaging, taking medication and attending CMHT.',
         'Introductory home visit by allocated social worker; both children seen, Jayden seen alone.', 'Children report feeling safe; home conditions adequate.'),
        ('2025-07-24', 'meeting', 'Child in need meeting', 'CIN meeting with school, GP practice nurse, CPN and Mrs Foster. Attendance improving. Agreed grandmother will collect Ruby on Tuesdays and Thursdays.',
         'First child in need meeting held.', 'Plan agreed with family and professionals.', None, 'Plan circulated within 5 working days.'),
        ('2025-08-28', 'home-visit', 'Home visit - statutory', 'Children seen. Summer holidays went well; they stayed with grandmother for a week. Ruby chatty, showed me her drawings. Jayden worried about starting Year 7.',
         'Statutory home visit; children seen.', 'Jayden anxious about secondary transition; support from school transition team requested.'),
        ('2025-10-02', 'meeting', 'Child in need review', 'CIN review. Jayden settled at Ashcombe Academy, attendance 96%. Ruby\'s speech therapy started. Ms Ashworth reports better sleep.',
         'Child in need review: plan continues.', 'Progress on attendance and health appointments.'),
        ('2025-11-06', 'home-visit', 'Home visit - statutory', 'Unannounced visit after school. Children seen; Ruby seen alone. Fridge stocked, beds made. Ms Ashworth low after a medication change; CPN informed with her consent.',
         'Unannounced statutory home visit; Ruby seen alone.', 'Early sign of relapse noted and shared with CPN.'),
        ('2025-12-11', 'meeting', 'Child in need meeting', 'CIN meeting. CPN reports mood stabilised. Christmas plans: children at father\'s on Boxing Day. Food bank voucher given.',
         'Child in need meeting held.', 'Mother\'s mental health stable; festive plans safe.'),
        ('2026-01-15', 'home-visit', 'Home visit - statutory', 'Children seen, Jayden alone. He talked about football and his new friend group. Home conditions good.',
         'Statutory home visit; Jayden seen alone.', 'Children settled; no new concerns.'),
        ('2026-02-12', 'home-visit', 'Home visit - family told of change of worker', 'Told Ms Ashworth, Jayden and Ruby that I am leaving the authority in March and that Tomi Achebe will be their new social worker. Gave them Tomi\'s one-page profile. Ruby upset at first; she asked if Tomi likes dogs.',
         'Family told of the change of social worker.', 'Children prepared for the change; Ruby needs reassurance.'),
        ('2026-02-24', 'home-visit', 'Joint handover visit', 'Joint visit with Tomi Achebe. Both children met Tomi; Jayden showed him his football medals. Ms Ashworth said she felt listened to. Next visit by Tomi on 20 March.',
         'Joint handover visit with the new social worker.', 'Children met their new worker before the transfer.'),
    ]
    c['supervisions'] = [
        ('2025-09-10', 'Supervision: single assessment completed and CIN plan in place. Risk: relapse of maternal mental health. Action: keep monthly visits, one unannounced.'),
        ('2025-12-03', 'Supervision: progress good. Discussed Laura\'s resignation (leaving in March 2026); plan to transfer within team to Tomi Achebe at the March CIN meeting.'),
    ]
    c['assessments'] = [
        dict(id='sa-2025-06', type='single', started_on='2025-06-16', status='completed', completed_on='2025-08-08',
             document='documents/2025-08-08-single-assessment.pdf',
             chronology='Single assessment completed: child in need plan recommended (N3 parental illness).',
             significance='Needs identified: routines, school attendance, mother\'s treatment.'),
    ]
    c['notes'] = [
        ('2025-09-15', 'telephone', 'Telephone call - school', 'Call from Mrs Pryce: Jayden has settled well in the first two weeks of Year 7; no concerns.'),
        ('2025-11-07', 'telephone', 'Telephone call - CPN', 'Spoke to Priya Rao (CPN) with Ms Ashworth\'s consent about her low mood; medication review booked for 10 November.'),
        ('2026-01-20', 'other', 'Food bank referral', 'Food bank referral renewed for three months; Ms Ashworth\'s Universal Credit claim reviewed by the family hub benefits adviser.'),
    ]
    c['transfer'] = {
        'kind': 'within-team', 'children': [J, R],
        'from': {'worker': 'sw-ferris', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'to': {'worker': 'sw-achebe', 'team': 'north-locality', 'manager': 'tm-okafor'},
        'reason': 'worker-leaving', 'reason_detail': 'Laura Ferris leaves the authority on 13 March 2026.',
        'transfer_on': '2026-03-13', 'next_review_on': '2026-03-18', 'new_worker_named_on': '2026-02-06',
        'case_discussion_on': '2026-02-17',
        'planning_meeting': {'date': '2026-02-06', 'attendees': ['Team manager', 'Current social worker', 'Receiving social worker']},
        'impact_on_child': 'Both children have had the same worker since June 2025 and Ruby finds change hard. They were told in person four weeks ahead, given the new worker\'s one-page profile and met him on a joint visit before the transfer. Tomi will attend the March CIN meeting with Laura so the children see a handover.',
        'family_informed': {'date': '2026-02-12', 'how': 'home visit', 'who': 'Ms Ashworth, Jayden and Ruby; Mrs Foster by telephone', 'told': ['gran']},
        'professionals_informed': [
            {'who': 'Dr Nwosu, Brookfield Surgery', 'role': 'gp', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Mrs Pryce, Ashcombe Academy', 'role': 'school', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Mr Idle, Ashcombe C of E Primary', 'role': 'school', 'date': '2026-02-13', 'how': 'secure e-mail'},
            {'who': 'Ms Rao, Community Mental Health Team', 'role': 'other', 'date': '2026-02-13', 'how': 'telephone and e-mail'},
        ],
        'outstanding_actions': [
            {'action': 'Chair CIN meeting and update the plan.', 'owner': 'receiving', 'due': '2026-03-18'},
            {'action': 'Complete statutory visit; see Ruby alone.', 'owner': 'receiving', 'due': '2026-03-20'},
            {'action': 'Send the CIN meeting minutes of 11 December to the school.', 'owner': 'current', 'due': '2026-03-06'},
        ],
        'handover_visit': {'date': '2026-02-24', 'joint': True},
        'current_plan': 'Child in need plan (N3): keep the routines and attendance gains, support Ms Ashworth\'s treatment with the CMHT, speech and language therapy for Ruby, review on 18 March 2026.',
    }
    c['notes'] += std_transfer_notes(c,
        'Jayden (11) and Ruby (8) live with their mother, who has recurrent depression and is treated by the CMHT. Child in need since August 2025 (N3). Attendance, home conditions and routines are now good; the main risk is relapse, whose early signs are a messy kitchen, missed school mornings and Ms Ashworth not answering the phone. Maternal grandmother is the key support. Ruby has a mild expressive language delay: give her time. Next CIN meeting 18 March 2026.')
    c['documents'] = [
        ('documents/2025-08-08-single-assessment.pdf', 'assessment', '2025-08-08', 'Single assessment',
         pdf('Single assessment - summary', 'Children: J.A. (11), R.A. (8)', 'Outcome: child in need plan (N3 parental illness).', 'Analysis: strong attachment; risk of neglect during relapse.')),
        ('documents/2025-08-21-cin-plan.odt', 'child-plan', '2025-08-21', 'Child in need plan',
         odt('Child in need plan', 'Outcome 1: school attendance above 95%.', 'Outcome 2: mother engages with CMHT.', 'Outcome 3: Ruby attends speech and language therapy.')),
        ('documents/2025-12-11-cin-minutes.txt', 'other', '2025-12-11', 'Child in need meeting minutes, 11 December 2025',
         txt('CIN meeting minutes - 11 December 2025', 'Present: social worker, CPN, school DSL, grandmother, mother.', 'Mood stable. Festive arrangements agreed. Food bank voucher issued.')),
        ('documents/2026-02-06-transfer-record.docx', 'transfer-form', '2026-02-26', 'Case transfer record', transfer_form(c, c['transfer'])),
        ('documents/2026-02-13-letter-new-worker.docx', 'letter', '2026-02-13', 'Letter to family and partners naming the new social worker',
         docx('Your new social worker', 'From 13 March 2026 your social worker will be Tomi Achebe, North Locality Social Work Team, telephone 01632 960377.', 'Laura Ferris will be at the child in need meeting on 18 March with Tomi.')),
        ('documents/2026-02-10-one-page-profile-t-achebe.pdf', 'one-page-profile', '2026-02-10', 'One-page profile: Tomi Achebe',
         pdf('About me: Tomi Achebe', 'I have been a social worker for six years.', 'I like football, cooking and my dog, Biscuit.', 'I will visit you every four weeks and you can phone me on 01632 960377.')),
        ('documents/2026-02-12-genogram.png', 'other', '2026-02-12', 'Genogram (drawn)', png(1)),
    ]
    c['people'] = [
        ('p-gary-foster', 'Gary Foster', 'M', '1963', {'died': '2019-03', 'household': 'deceased'}),
        ('p-diane-foster', 'Diane Foster', 'F', '1966-08-30', {'household': 'grandmother'}),
        ('p-sandra-ashworth', 'Sandra Ashworth', 'F', '1968', {'household': 'paternal grandmother'}),
        ('p-kelly-ashworth', 'Kelly Ashworth', 'F', '1991-02-17', {'household': 'mother'}),
        ('p-craig-ashworth', 'Craig Ashworth', 'M', '1989-10-04', {'household': 'father'}),
        ('p-jayden', 'Jayden Ashworth', 'M', '2014-05-09', {'child': J, 'household': 'mother'}),
        ('p-ruby', 'Ruby Ashworth', 'F', '2017-11-23', {'child': R, 'household': 'mother'}),
    ]
    c['relationships'] = [
        ('couple', 'p-gary-foster', 'p-diane-foster', 'married'),
        ('parent', 'p-gary-foster', 'p-kelly-ashworth'), ('parent', 'p-diane-foster', 'p-kelly-ashworth'),
        ('parent', 'p-sandra-ashworth', 'p-craig-ashworth'),
        ('couple', 'p-kelly-ashworth', 'p-craig-ashworth', 'separated'),
        ('parent', 'p-kelly-ashworth', 'p-jayden'), ('parent', 'p-craig-ashworth', 'p-jayden'),
        ('parent', 'p-kelly-ashworth', 'p-ruby'), ('parent', 'p-craig-ashworth', 'p-ruby'),
    ]
    c['signoff'] = {'by': 'tm-okafor', 'date': '2026-02-27', 'comment': 'Quality audit completed: chronology, genogram, core data and notes up to date; transfer record complete.'}
    return c
