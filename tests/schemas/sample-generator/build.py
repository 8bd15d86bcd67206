"""Builds one case folder from a case description (a dict)."""
import json, os, shutil, subprocess, tempfile
import datetime as dt
from common import AS_OF, D, iso, add_wd
import attach

STAFF_NAMES = {}

def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write('\n')
    os.chmod(path, 0o644)

def name(staff_id):
    return STAFF_NAMES[staff_id]

def make_note(c, nid, date, author, ntype, heading, text, children=None, status='final', fin_days=0, time=None, extra=None):
    n = {'format': 'casecheck/note@1', 'id': nid, 'date': date}
    if time:
        n['time'] = time
    n.update({'author': author, 'type': ntype, 'heading': heading, 'status': status})
    if status == 'final':
        f = D(date) + dt.timedelta(days=fin_days)
        n['finalised_on'] = iso(min(f, AS_OF))
    n['children'] = children or [ch['id'] for ch in c['children']]
    n['text'] = text
    n.update(extra or {})
    return n

def build(c, out_root):
    """c: the case description. Writes cases/<id>/ under out_root."""
    cid = c['id']
    folder = os.path.join(out_root, 'cases', cid)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    all_children = [ch['id'] for ch in c['children']]
    worker, manager, since = c['worker'], c['manager'], c['since']

    # ---- notes -------------------------------------------------------
    notes = []
    def add_note(date, ntype, heading, text, author=None, children=None, **kw):
        nid = '%s-%s' % (date, ntype)
        k = 2
        while any(n['id'] == nid for n in notes):
            nid = '%s-%s-%d' % (date, ntype, k)
            k += 1
        notes.append(make_note(c, nid, date, author or worker or manager, ntype, heading, text, children, **kw))
        return notes[-1]

    if worker:
        add_note(since, 'case-discussion', 'Case discussion - allocation',
                 c.get('allocation_text') or
                 'Allocation discussed with %s. Case allocated to %s from today. Priorities agreed: %s' %
                 (name(manager).split()[0], name(worker), c['priorities']), author=manager)
        if c.get('referral'):
            add_note(iso(add_wd(since, 1)), 'referrer-confirmation', 'Outcome confirmed to referrer',
                     'Written confirmation of the outcome of the referral and the name and contact details of the allocated social worker sent to the referrer (%s) by secure e-mail.' % c['referral'])
        add_note(iso(add_wd(since, 2)), 'record-read', 'Case record read',
                 'I have read the whole of the children\'s record, including the historic files%s. Key themes: %s' %
                 (c.get('record_read_extra', ''), c['themes']))
        add_note(iso(add_wd(since, 3)), 'family-informed', 'Family notified of allocation',
                 c.get('family_informed_text') or
                 'Introduced myself to the children and their family as their allocated social worker, explained my role and gave them my contact details and the duty number for when I am not available.')
        add_note(iso(add_wd(since, 3)), 'professionals-informed', 'Professionals notified of allocation',
                 'Letters and e-mails sent to all professionals on the involvements list giving my role and contact details: %s.' %
                 ', '.join(sorted({i['organisation'] if 'organisation' in i else i['name'] for i in c['involvements'] if i['role'] != 'family-member'})))
    for s in c.get('supervisions', []):
        add_note(s[0], 'supervision', 'Supervision', s[1], author=manager)
    # significant events: visits and meetings, each mirrored in the chronology
    chron_current = []
    for v in c['visits']:
        date, ntype, heading, text, event, significance = v[:6]
        children = v[6] if len(v) > 6 else None
        status = 'final'
        add_note(date, ntype, heading, text, children=children, fin_days=1 if D(date) < AS_OF else 0)
        cat = {'home-visit': 'visit', 'visit': 'visit', 'meeting': 'meeting'}[ntype]
        chron_current.append({'date': date, 'category': cat, 'event': event, 'significance': significance,
                              'action': v[7] if len(v) > 7 else '', 'children': children or all_children,
                              'source': 'Case note'})
    for n in c.get('notes', []):
        add_note(*n[:4], **(n[4] if len(n) > 4 else {}))

    # ---- assessments --------------------------------------------------
    assessments = []
    for a in c.get('assessments', []):
        doc = {'format': 'casecheck/assessment@1', 'id': a['id'], 'type': a['type']}
        if a.get('title'):
            doc['title'] = a['title']
        doc.update({'children': a.get('children', all_children), 'started_on': a['started_on'],
                    'status': a['status']})
        if a.get('completed_on'):
            doc['completed_on'] = a['completed_on']
        doc['author'] = a.get('author', worker)
        if a.get('document'):
            doc['document'] = a['document']
        assessments.append(doc)
        if a['status'] == 'completed' and D(a['completed_on']) >= D(since):
            chron_current.append({'date': a['completed_on'], 'category': 'assessment',
                                  'event': a['chronology'], 'significance': a['significance'],
                                  'action': a.get('action', ''), 'children': doc['children'],
                                  'source': 'Assessment'})

    # ---- chronology ---------------------------------------------------
    entries = []
    for h in c['history']:
        date, cat, event, significance = h[:4]
        e = {'date': date, 'category': cat, 'event': event, 'significance': significance,
             'action': h[4] if len(h) > 4 else '', 'children': h[5] if len(h) > 5 and h[5] else all_children,
             'source': h[6] if len(h) > 6 else 'Historic file'}
        if len(h) > 7:
            e.update(h[7])  # additions: family_event, placement_type, ...
        entries.append(e)
    if worker:
        chron_current.append({'date': since, 'category': 'allocation',
                              'event': 'Case allocated to %s (%s).' % (name(worker), c['team_label']),
                              'significance': c.get('allocation_significance', 'Continuity of the allocated worker for the children.'),
                              'action': 'Allocation tasks completed within five working days.',
                              'children': all_children, 'source': 'Case note'})
    entries += chron_current + c.get('chronology_extra', [])
    def first_day(s):
        return D(s if len(s) == 10 else (s + '-01' if len(s) == 7 else s + '-01-01'))
    entries.sort(key=lambda e: (first_day(e['date']), len(e['date'])))
    out_entries = []
    for i, e in enumerate(entries, 1):
        historic = first_day(e['date']) < D(since)
        d = first_day(e['date'])
        rec_on = D(since) + dt.timedelta(days=4) if historic else min(d + dt.timedelta(days=1 if d < AS_OF else 0), AS_OF)
        if historic and e.get('recorded_on'):
            rec_on = D(e['recorded_on'])
        out_entries.append({'id': 'e-%03d' % i, 'date': e['date'], 'event': e['event'], 'category': e['category'],
                            'source': e['source'], 'significance': e['significance'], 'action': e['action'],
                            'children': e['children'], 'recorded_by': e.get('recorded_by', worker or manager),
                            'recorded_on': iso(rec_on), 'historic': historic})
        for k in ('family_event', 'placement_type', 'same_presenting_issue', 'team'):
            if k in e:
                out_entries[-1][k] = e[k]
    chronology = {'format': 'casecheck/chronology@1', 'case_id': cid, 'entries': out_entries}

    # ---- genogram -----------------------------------------------------
    people, rels = [], []
    for p in c['people']:
        pid, pname, sex, born = p[:4]
        extra = p[4] if len(p) > 4 else {}
        person = {'id': pid, 'name': pname, 'sex': sex}
        if born:
            person['born'] = born
        person.update(extra)
        people.append(person)
    for r in c['relationships']:
        if r[0] == 'parent':
            rels.append({'type': 'parent', 'parent': r[1], 'child': r[2], 'kind': r[3] if len(r) > 3 else 'birth'})
        else:
            rels.append({'type': 'couple', 'people': [r[1], r[2]], 'status': r[3]})
    genogram = {'format': 'casecheck/genogram@1', 'case_id': cid, 'updated_on': c['genogram_updated'],
                'people': people, 'relationships': rels}

    # ---- documents ----------------------------------------------------
    doc_list = []
    for d in c['documents']:
        path, kind, date, title, maker = d[:5]
        data = maker()
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'wb') as f:
            f.write(data)
        os.chmod(full, 0o644)
        assert len(data) < 10 * 1024, path
        if len(d) > 5 and d[5] == 'unlisted':
            continue
        entry = {'path': path, 'kind': kind, 'date': date, 'title': title}
        if len(d) > 5 and isinstance(d[5], dict):
            entry.update(d[5])
        doc_list.append(entry)

    # ---- case.json ----------------------------------------------------
    alloc = {'worker': worker, 'manager': manager, 'since': since}
    if worker is None:
        alloc['unallocated_reason'] = c['unallocated_reason']
        alloc['unallocated_review_on'] = c['unallocated_review_on']
    case = {'format': 'casecheck/case@1', 'case_id': cid, 'status': 'open', 'service': c['service'],
            'locality': c['locality'], 'team': c['team'], 'allocation': alloc, 'children': c['children'],
            'involvements': c['involvements'], 'key_dates': c['key_dates'], 'documents': doc_list}

    dump(os.path.join(folder, 'case.json'), case)
    dump(os.path.join(folder, 'chronology.json'), chronology)
    dump(os.path.join(folder, 'genogram.json'), genogram)
    late = c.get('added_after_signoff', [])
    for n in notes:
        if n['id'] in late:
            continue
        dump(os.path.join(folder, 'notes', n['id'] + '.json'), n)
    for a in assessments:
        dump(os.path.join(folder, 'assessments', a['id'] + '.json'), a)
    if c.get('transfer'):
        t = {'format': 'casecheck/transfer@1'}
        t.update(c['transfer'])
        dump(os.path.join(folder, 'transfer.json'), t)
    # A manager's waivers (docs/format.md 12b), written as `casecheck waive`
    # names them (<date>-<rule>.json) and, like the sign-offs, unsigned (the
    # sample configures no allowed signers). Waivers are case content: the
    # sign-off below covers them.
    for w in c.get('waivers', []):
        doc = {'format': 'casecheck/waiver@1', 'rule': w['rule'], 'path': 'cases/%s/%s' % (cid, w['file']),
               'pointer': w['pointer'], 'reason': w['reason'], 'reason_code': w['reason_code'],
               'by': w['by'], 'date': w['date'], 'expires': w['expires']}
        dump(os.path.join(folder, 'waivers', '%s-%s.json' % (w['date'], w['rule'])), doc)
    # The transferring manager's sign-off and, where there is one, the
    # receiving manager's quality audit (Derbyshire 003 §3-4), both of the
    # same content (signoffs/ is left out of the tree id).
    for key, role in (('signoff', 'transferring-manager'), ('receiving_signoff', 'receiving-manager')):
        s = c.get(key)
        if s:
            dump(os.path.join(folder, 'signoffs', '%s-%s.json' % (s['date'], role)),
                 {'format': 'casecheck/signoff@1', 'role': role, 'by': s['by'], 'date': s['date'],
                  'purpose': s.get('purpose', 'transfer'), 'content': tree_id(folder),
                  'result': s.get('result', 'ready'), 'comment': s['comment']})
    for n in notes:
        if n['id'] in late:
            dump(os.path.join(folder, 'notes', n['id'] + '.json'), n)
    return {'case': case, 'chronology': chronology, 'genogram': genogram, 'notes': notes,
            'assessments': assessments, 'transfer': c.get('transfer')}

def tree_id(folder):
    """The git tree id of folder with signoffs/ left out, as git would compute it once committed."""
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, 'w')
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns('signoffs'))
        env = dict(os.environ, GIT_CONFIG_NOSYSTEM='1', HOME=tmp)
        subprocess.run(['git', 'init', '-q', work], check=True, env=env)
        subprocess.run(['git', '-C', work, 'add', '-A'], check=True, env=env)
        r = subprocess.run(['git', '-C', work, 'write-tree'], check=True, env=env, capture_output=True, text=True)
        return r.stdout.strip()
