from simple import *

def case():
    F = 'freya'
    c = dict(id='EH-20977', service='early-help', locality='North', team='early-help-north',
             team_label='Early Help North', worker=None, manager='tm-lindqvist', since='2025-11-03',
             unallocated_reason='Family resource worker Callum Ingram left on 31 October 2025. The family know the team manager, who holds the case and visits while it waits for allocation; the plan is working and closure is expected in March.',
             unallocated_review_on='2026-03-09',
             priorities='', themes='school anxiety after her parents\' separation, reduced timetable, close relationship with her older brother.',
             summary_date='2026-02-20', genogram_updated='2025-11-20')
    c['children'] = [
        child(F, 'Freya', 'Evans', '2013-02-11', 'F', 'WBRI', 'No religion', 'English',
              'none', 'N0', {'type': 'tac', 'started_on': '2025-05-12', 'next_review_on': '2026-03-16'}, upn_=upn(830, 4012, 20, 340), nhs_=nhs_from(161)),
    ]
    c['involvements'] = [
        inv('school', 'Mrs Ruth Lane (pastoral lead)', 'Ashcombe Academy', '01632 960231', [F], email='safeguarding@ashcombe-academy.example.org'),
        inv('gp', 'Dr Adaeze Nwosu', 'Brookfield Surgery', '01632 960114', [F], address='14 Brookfield Road, Ashcombe', postcode='DE4 9ZQ'),
        inv('other', 'School nurse team', 'Ashcombe School Nursing', '01632 960299', [F], email='schoolnursing@nhs-trust.example.org'),
    ]
    c['key_dates'] = [kd('tac-meeting', '2026-03-16', '15:30', 'Ashcombe Academy')]
    c['history'] = [
        ('2013-02-11', 'family', 'Freya born.', 'Baseline.', '', None, 'Health record'),
        ('2024-09', 'family', 'Parents separated; Freya lives with her mother and brother.', 'Loss and change.', '', None, 'Mother\'s account'),
        ('2025-04-28', 'referral', 'School request for Early Help: Freya not attending for three weeks because of anxiety.', 'Education and wellbeing at risk.', 'Early Help assessment.', None, 'Early Help request'),
        ('2025-05-12', 'meeting', 'First Team Around the Family meeting; reduced timetable agreed.', 'Support plan in place.', '', None, 'TAF minutes'),
        ('2025-08', 'education', 'Summer transition sessions at school attended.', 'Confidence growing.', '', None, 'School record'),
        ('2025-10-20', 'meeting', 'TAF review: attendance 74% and rising.', 'Progress.', '', None, 'TAF minutes'),
    ]
    c['visits'] = [
        ('2025-11-06', 'home-visit', 'Home visit - manager holding the case', 'Visited as the manager holding the case. Met Freya, her mother and brother Josh; Freya showed me her art portfolio.', 'Home visit by the team manager holding the unallocated case.', 'Continuity while unallocated.'),
        ('2025-12-15', 'meeting', 'TAF review', 'Attendance 85%; full timetable from January.', 'Team Around the Family review.', 'Progress.'),
        ('2026-01-22', 'home-visit', 'Home visit', 'Freya on full timetable; one bad morning a week.', 'Home visit; Freya seen alone.', 'Improvement sustained.'),
        ('2026-02-19', 'visit', 'School visit', 'Met Freya at school with the pastoral lead; attendance 92% this half-term.', 'School visit; Freya seen.', 'Attendance good.'),
    ]
    c['chronology_extra'] = [
        {'date': '2025-11-03', 'category': 'allocation', 'event': 'Family resource worker left; case held unallocated by the team manager pending allocation or closure.',
         'significance': 'No named worker; the team manager visits and chairs the TAF.', 'action': 'Unallocated status reviewed weekly at the allocation meeting.', 'children': [F], 'source': 'Case note'},
    ]
    c['notes'] = [
        ('2025-11-03', 'management-decision', 'Management decision - case unallocated', 'Callum Ingram left on 31 October. No worker available; I will hold the case, visit and chair the TAF. Review at the weekly allocation meeting; next formal review 9 March 2026.'),
    ]
    c['assessments'] = [
        dict(id='eha-2025-04', type='other', title='Early help assessment', started_on='2025-04-28', status='completed', completed_on='2025-05-09',
             document='documents/2025-05-09-early-help-assessment.pdf', author='frw-ingram',
             chronology='Early help assessment completed.', significance='Needs identified.'),
    ]
    c['notes'] += [
        ('2026-02-20', 'case-summary', 'Case summary', 'Freya (13) lives with her mother and brother. Early Help since May 2025 for school anxiety after her parents\' separation. Attendance now 92% on a full timetable. Closure to be considered at the TAF review on 16 March 2026.'),
    ]
    c['documents'] = [
        ('documents/2025-05-09-early-help-assessment.pdf', 'assessment', '2025-05-09', 'Early help assessment', pdf('Early help assessment', 'School anxiety; parental separation.')),
        ('documents/2025-12-15-taf-minutes.odt', 'tac-minutes', '2025-12-15', 'TAF review minutes', odt('Team Around the Family review', 'Full timetable from January.')),
    ]
    c['people'], c['relationships'] = family('Evans', [(F, 'Freya', '2013-02-11', 'F')],
        ('p-nicola-evans', 'Nicola Evans', '1981-07-30'), ('p-gareth-evans', 'Gareth Evans', '1979', 'Kelby', 'separated'),
        (('p-john-hughes', 'John Hughes', '1950', 'M'), ('p-mair-hughes', 'Mair Hughes', '1952', 'F')), ('p-eileen-evans', 'Eileen Evans', '1949'),
        extra_people=[('p-josh-evans', 'Josh Evans', 'M', '2009', {'household': 'family home'})],
        extra_rels=[('parent', 'p-nicola-evans', 'p-josh-evans'), ('parent', 'p-gareth-evans', 'p-josh-evans')])
    return c
