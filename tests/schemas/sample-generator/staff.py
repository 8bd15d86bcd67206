TEAMS = [
    ('service-management', 'Children\'s Services Management', 'hos-patel', 'child-in-need', None),
    ('north-locality', 'North Locality Social Work Team', 'tm-okafor', 'child-in-need', 'North'),
    ('south-locality', 'South Locality Social Work Team', 'tm-hughes', 'child-protection', 'South'),
    ('children-in-care', 'Children in Care Team', 'tm-brennan', 'child-in-care', None),
    ('permanence', 'Permanence and Transitions Team', 'pm-castell', 'child-in-care', None),
    ('leaving-care', 'Leaving Care Team', 'tm-adeyemi', 'care-leaver', None),
    ('early-help-north', 'Early Help North', 'tm-lindqvist', 'early-help', 'North'),
    ('private-fostering', 'Private Fostering Team', 'tm-morrow', 'private-fostering', None),
    ('assessment', 'Assessment Team', 'pm-yardley', 'child-in-need', None),
]
STAFF = [
    # id, name, role, qualified, team, extra
    ('hos-patel', 'Anjali Patel', 'head-of-service', True, 'service-management', {}),
    ('om-fairbrother', 'Gareth Fairbrother', 'operations-manager', True, 'service-management', {}),
    ('tm-okafor', 'Grace Okafor', 'team-manager', True, 'north-locality', {}),
    ('ps-whitlow', 'Martin Whitlow', 'practice-supervisor', True, 'north-locality', {}),
    ('sw-ferris', 'Laura Ferris', 'social-worker', True, 'north-locality', {}),
    ('sw-achebe', 'Tomi Achebe', 'social-worker', True, 'north-locality',
     {'absences': [{'from': '2025-08-11', 'to': '2025-08-22', 'kind': 'annual-leave'}]}),
    ('sw-rowntree', 'Hannah Rowntree', 'senior-practitioner', True, 'north-locality', {}),
    ('sw-kowalczyk', 'Marta Kowalczyk', 'social-worker', True, 'north-locality',
     {'absences': [{'from': '2026-02-09', 'kind': 'sick'}]}),
    ('sw-baines', 'Declan Baines', 'social-worker', True, 'north-locality', {}),
    ('sw-dunmore', 'Peter Dunmore', 'social-worker', True, 'north-locality', {'left_on': '2025-12-19'}),
    ('tm-hughes', 'Simon Hughes', 'team-manager', True, 'south-locality', {}),
    ('sw-oduya', 'Femi Oduya', 'social-worker', True, 'south-locality', {}),
    ('sw-llewellyn', 'Carys Llewellyn', 'social-worker', True, 'south-locality', {}),
    ('sw-marsh', 'Jodie Marsh', 'social-worker', True, 'south-locality',
     {'absences': [{'from': '2026-03-23', 'to': '2026-03-27', 'kind': 'annual-leave'}]}),
    ('sw-hartley', 'Emma Hartley', 'senior-practitioner', True, 'south-locality', {}),
    ('tm-brennan', 'Niamh Brennan', 'team-manager', True, 'children-in-care', {}),
    ('sw-quayle', 'Owen Quayle', 'social-worker', True, 'children-in-care', {}),
    ('sw-farooq', 'Sana Farooq', 'social-worker', True, 'children-in-care', {}),
    ('pm-castell', 'Ruth Castell', 'practice-manager', True, 'permanence', {}),
    ('sw-penhale', 'Tamsin Penhale', 'social-worker', True, 'permanence', {}),
    ('ccw-trewin', 'Mark Trewin', 'community-care-worker', False, 'permanence', {}),
    ('tm-adeyemi', 'Kunle Adeyemi', 'team-manager', True, 'leaving-care', {}),
    ('pa-gillespie', 'Rhona Gillespie', 'personal-adviser', False, 'leaving-care', {}),
    ('pa-sutton', 'Dean Sutton', 'personal-adviser', False, 'leaving-care',
     {'absences': [{'from': '2025-12-22', 'to': '2026-01-02', 'kind': 'annual-leave'}]}),
    ('tm-lindqvist', 'Erik Lindqvist', 'team-manager', True, 'early-help-north', {}),
    ('frw-naylor', 'Beth Naylor', 'family-resource-worker', False, 'early-help-north', {}),
    ('frw-ingram', 'Callum Ingram', 'family-resource-worker', False, 'early-help-north', {'left_on': '2025-10-31'}),
    ('tm-morrow', 'Alison Morrow', 'team-manager', True, 'private-fostering', {}),
    ('sw-keane', 'Liam Keane', 'social-worker', True, 'private-fostering', {}),
    ('sw-obi', 'Chidi Obi', 'social-worker', True, 'private-fostering', {}),
    ('pm-yardley', 'Helen Yardley', 'practice-manager', True, 'assessment', {}),
    ('sw-quinn', 'Rory Quinn', 'social-worker', True, 'assessment', {}),
]

def staff_doc():
    staff = []
    for sid, name, role, q, team, extra in STAFF:
        s = {'id': sid, 'name': name, 'role': role, 'qualified': q, 'team': team}
        s.update(extra)
        staff.append(s)
    teams = []
    for tid, name, mgr, svc, loc in TEAMS:
        t = {'id': tid, 'name': name, 'manager': mgr, 'service': svc}
        if loc:
            t['locality'] = loc
        teams.append(t)
    return {'format': 'casecheck/staff@1', 'staff': staff, 'teams': teams}
