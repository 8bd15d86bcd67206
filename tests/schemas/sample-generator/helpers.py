"""Shorthands for writing case descriptions."""
import attach
from common import upn, nhs_from, D, iso, AS_OF
import build

def child(cid, given, family, dob, sex, eth, religion, lang, comm, cat, plan, disab=None, upn_=None, nhs_=None, **kw):
    c = {'id': cid, 'given_name': given, 'family_name': family}
    if dob.startswith('expected:'):
        c['expected_on'] = dob.split(':', 1)[1]
    else:
        c['date_of_birth'] = dob
    c.update({'sex': sex, 'ethnicity': eth, 'religion': religion, 'disabilities': disab or ['NONE'],
              'first_language': lang, 'communication_needs': comm})
    if upn_:
        c['upn'] = upn_
    if nhs_:
        c['nhs_number'] = nhs_
    c.update(kw)
    if 'date_of_birth' in c and years(c['date_of_birth']) >= 11:
        # A young person's own account (Derbyshire asks, 003 s.2); not-recorded
        # until they choose to say.
        c.setdefault('gender_identity', ('Young woman' if sex == 'F' else 'Young man') if years(c['date_of_birth']) >= 16
                     else ('Girl' if sex == 'F' else 'Boy'))
        c.setdefault('sexual_orientation', 'not-recorded')
    c['category_of_need'] = cat
    c['plan'] = plan
    return c

def plan(t, started, review=None):
    p = {'type': t, 'started_on': started}
    if review:
        p['next_review_on'] = review
    return p

def years(dob):
    b, a = D(dob), AS_OF
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))

PERSONAL_ROLES = ('family-member', 'referrer')

def inv(role, name, org, phone, children, email=None, address=None, postcode=None, id=None):
    i = {'id': id} if id else {}
    i.update({'role': role, 'name': name})
    if org:  # a family member has no organisation
        i['organisation'] = org
    i['phone'] = phone
    if role not in PERSONAL_ROLES:
        # Every contact channel recorded, "none" where the service has
        # none (a surgery that takes no e-mail; a service reached only by
        # telephone and e-mail).
        email = email or 'none'
        address = address or 'none'
    if email:
        i['email'] = email
    if address:
        i['address'] = address
        if address != 'none':
            i['postcode'] = postcode
    i['children'] = children
    return i

def kd(kind, date, time, venue, children=None, detail=None):
    k = {'kind': kind, 'date': date, 'time': time, 'venue': venue}
    if detail:
        k['detail'] = detail
    if children:
        k['children'] = children
    return k

def pdf(title, *lines):
    return lambda: attach.pdf(title, list(lines))

def docx(title, *paras):
    return lambda: attach.docx(title, list(paras))

def odt(title, *paras):
    return lambda: attach.odt(title, list(paras))

def txt(title, *paras):
    return lambda: attach.text(title, list(paras))

def png(seed):
    return lambda: attach.genogram_png(seed)

def transfer_form(c, t):
    """The completed transfer record as a DOCX (Derbyshire template / Devon W1)."""
    names = ', '.join('%s %s' % (ch.get('given_name', 'Unborn'), ch['family_name']) for ch in c['children'] if ch['id'] in t['children'])
    paras = ['Name of child(ren): ' + names,
             'Date of case transfer: ' + t.get('transfer_on', 'to be agreed'),
             'Reason for change of social worker: ' + t['reason'] + (' - ' + t['reason_detail'] if t.get('reason_detail') else ''),
             'Impact on the child: ' + t.get('impact_on_child', ''),
             'Family informed: %s (%s)' % (t['family_informed']['date'], t['family_informed']['how']) if t.get('family_informed') else 'Family informed: -',
             'Professionals informed: ' + '; '.join('%s, %s, %s' % (p['who'], p['date'], p['how']) for p in t.get('professionals_informed', [])),
             'Key dates: ' + '; '.join('%s %s %s %s' % (k['kind'], k['date'], k['time'], k['venue']) for k in c['key_dates']),
             'Outstanding actions: ' + '; '.join('%s (%s, due %s)' % (a['action'], a['owner'], a.get('due', '-')) for a in t.get('outstanding_actions', []))]
    if t.get('current_plan'):
        paras.append('Current plan: ' + t['current_plan'])
    if t.get('court_recommendations'):
        paras.append('Recommendations from court: ' + t['court_recommendations'])
    return lambda: attach.docx('Case transfer record', paras)

def std_transfer_notes(c, summary, case_summary=None):
    """The notes every planned transfer leaves on the file, built from transfer.json."""
    t = c['transfer']
    w, m = c['worker'], c['manager']
    to_w = t['to'].get('worker')
    to_name = build.name(to_w) if to_w else (t['to'].get('lead_professional') or t['to'].get('contact') or {}).get('name', 'the receiving worker')
    notes = []
    pm = t['planning_meeting']
    notes.append((pm['date'], 'management-decision', 'Management decision - transfer agreed',
                  'Transfer of the case (%s) agreed. Reason: %s. Planned transfer date %s. Receiving worker: %s. Handover to include a joint visit to the family.' %
                  (t['kind'], t.get('reason_detail', t['reason']), t.get('transfer_on', 'to be agreed'), to_name), {'author': m}))
    # Who attended the transfer meeting (Stockport 001 §3): both workers and both team leaders.
    attendees = []
    for sid in (t['from']['worker'], t['from']['manager'], to_w, t['to'].get('manager')):
        if sid and sid not in attendees:
            attendees.append(sid)
    notes.append((t['case_discussion_on'], 'handover', 'Handover meeting - case discussion with receiving worker',
                  'Case discussion held with %s and %s: risks, timescales, the children\'s plan, upcoming meetings and each child\'s needs (communication, disability, religion, identity) discussed. Outstanding actions agreed and listed in the transfer record.' %
                  (to_name, 'both team leaders' if t['to'].get('manager') else 'the team leader'),
                  {'extra': {'attendees': attendees}}))
    fi = t['family_informed']
    notes.append((fi['date'], 'family-informed', 'Family informed of change of social worker',
                  'Family told of the change of worker (%s). The new worker\'s name and contact details were given and questions answered.' % fi['how'], {}))
    if t.get('professionals_informed'):
        d = max(p['date'] for p in t['professionals_informed'])
        notes.append((d, 'professionals-informed', 'Professionals informed of change of social worker',
                      'Notified of the transfer and the new worker\'s contact details: ' + '; '.join('%s (%s)' % (p['who'], p['how']) for p in t['professionals_informed']) + '.', {}))
    notes.append((c['summary_date'], 'transfer-summary', 'Transfer summary', summary, {}))
    if case_summary:
        notes.append((c['summary_date'], 'case-summary', 'Case summary', case_summary, {}))
    return notes
