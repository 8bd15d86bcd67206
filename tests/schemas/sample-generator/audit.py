"""A rough, independent re-implementation of the main transfer rules, to check the sample's stated verdicts."""
import json, os, sys, glob, subprocess, tempfile, shutil
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import AS_OF, D, add_wd, is_wd
import build

root = sys.argv[1]
staff = json.load(open(os.path.join(root, 'staff.json')))
staff_ids = {s['id'] for s in staff['staff']}
team_ids = {t['id'] for t in staff['teams']}

def first(s):
    return D(s if len(s) == 10 else (s + '-01' if len(s) == 7 else s + '-01-01'))
def last(s):
    if len(s) == 10: return D(s)
    if len(s) == 7:
        y, m = map(int, s.split('-'))
        return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(int(s), 12, 31)

PLANNED = {'transfer_on', 'next_review_on', 'due', 'unallocated_review_on', 'expected_on'}
def walk_dates(obj, path, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = path + '/' + k
            if isinstance(v, str) and len(v) in (4, 7, 10) and v[:4].isdigit() and (len(v) == 4 or v[4] == '-') and k not in ('phone',):
                try:
                    out.append((p, k, first(v)))
                except Exception:
                    pass
            else:
                walk_dates(v, p, out)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk_dates(v, '%s/%d' % (path, i), out)

def audit(cdir):
    errs = []
    L = lambda f: json.load(open(os.path.join(cdir, f)))
    case = L('case.json'); chron = L('chronology.json'); gen = L('genogram.json')
    notes = [json.load(open(f)) for f in sorted(glob.glob(cdir + '/notes/*.json'))]
    assess = [json.load(open(f)) for f in sorted(glob.glob(cdir + '/assessments/*.json'))]
    tr = L('transfer.json') if os.path.exists(cdir + '/transfer.json') else None
    sos = [json.load(open(f)) for f in sorted(glob.glob(cdir + '/signoffs/*.json'))]
    kids = {c['id'] for c in case['children']}
    if case['case_id'] != os.path.basename(cdir): errs.append('integrity: case_id')
    # references
    refs = [case['allocation']['manager']] + ([case['allocation']['worker']] if case['allocation']['worker'] else [])
    refs += [n['author'] for n in notes] + [a['author'] for a in assess] + [e['recorded_by'] for e in chron['entries']] + [s['by'] for s in sos]
    if tr:
        refs += [tr['from']['worker'], tr['from']['manager']] + [tr['to'][k] for k in ('worker', 'manager') if k in tr['to']]
    for r in refs:
        if r not in staff_ids: errs.append('integrity: staff ' + r)
    if case['team'] not in team_ids: errs.append('integrity: team')
    for n in notes + assess:
        for c in n.get('children', []):
            if c not in kids: errs.append('integrity: child ref in ' + n['id'])
    pids = {p['id'] for p in gen['people']}
    for r in gen['relationships']:
        for p in ([r['parent'], r['child']] if r['type'] == 'parent' else r['people']):
            if p not in pids: errs.append('integrity: genogram ref ' + p)
    # dates not in the future
    for name, doc in [('case', case), ('chronology', chron), ('genogram', gen), ('transfer', tr or {})] + [('note', n) for n in notes] + [('assess', a) for a in assess] + [('signoff', s) for s in sos]:
        ds = []
        walk_dates(doc, '', ds)
        for p, k, d in ds:
            if d > AS_OF and k not in PLANNED and not (name == 'case' and '/key_dates/' in p):
                errs.append('integrity: future date %s %s' % (name, p))
    for e in chron['entries']:
        if D(e['recorded_on']) < first(e['date']): errs.append('integrity: recorded_on < date ' + e['id'])
    for n in notes:
        if n['status'] == 'final' and D(n['finalised_on']) < D(n['date']): errs.append('integrity: finalised_on')
    # documents
    listed = set()
    for d in case['documents']:
        listed.add(d['path'])
        full = os.path.join(cdir, d['path'])
        if not os.path.exists(full): errs.append('documents: missing ' + d['path']); continue
        mime = subprocess.run(['file', '-b', '--mime-type', full], capture_output=True, text=True).stdout.strip()
        ext = d['path'].rsplit('.', 1)[-1]
        want = {'pdf': 'application/pdf', 'png': 'image/png', 'txt': 'text/plain', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                'odt': 'application/vnd.oasis.opendocument.text'}[ext]
        if mime != want: errs.append('documents: type %s %s' % (d['path'], mime))
    for f in glob.glob(cdir + '/documents/**', recursive=True):
        if os.path.isfile(f) and os.path.relpath(f, cdir) not in listed: errs.append('documents(warning): unlisted ' + f)
    for a in assess:
        if a.get('document') and a['document'] not in listed: errs.append('documents: assessment document not listed')
    # chronology
    ents = chron['entries']
    for a, b in zip(ents, ents[1:]):
        if first(b['date']) < first(a['date']): errs.append('chronology: order ' + b['id'])
    for e in ents:
        if not e.get('children'): errs.append('chronology: no child ' + e['id'])
    newest = max(last(e['date']) for e in ents)
    if (AS_OF - newest).days > 28: errs.append('chronology.up-to-date: newest %s' % newest)
    sig = [D(n['date']) for n in notes if n['status'] == 'final' and n['type'] in ('visit', 'home-visit', 'meeting')]
    sig += [D(a['completed_on']) for a in assess if a['status'] == 'completed']
    sig += [D(k['date']) for k in case['key_dates'] if D(k['date']) <= AS_OF]
    if sig and max(sig) > newest: errs.append('chronology.up-to-date: event after newest %s' % max(sig))
    since = D(case['allocation']['since'])
    cur = sorted({first(e['date']) for e in ents if first(e['date']) >= since})
    pts = [since] + cur
    for a, b in zip(pts, pts[1:]):
        if (b - a).days > 90: errs.append('chronology.gaps: %s..%s' % (a, b))
    # genogram
    gkids = {p.get('child') for p in gen['people']}
    for k in kids:
        if k not in gkids: errs.append('genogram: child %s missing' % k)
    born = {p['id']: p.get('born') for p in gen['people']}
    for r in gen['relationships']:
        if r['type'] == 'parent' and born.get(r['parent']) and born.get(r['child']):
            if last(born[r['child']]).year - first(born[r['parent']]).year < 12 and r['kind'] == 'birth':
                errs.append('genogram: parent age %s' % r['parent'])
    # core data
    for c in case['children']:
        for f in ('ethnicity', 'religion', 'disabilities', 'first_language', 'communication_needs', 'sex'):
            if f not in c: errs.append('core: %s %s' % (c['id'], f))
    for i in case['involvements']:
        if 'phone' not in i or not (('address' in i and 'postcode' in i) or 'email' in i): errs.append('core: involvement')
    # notes
    for n in notes:
        if n['status'] == 'draft': errs.append('notes.no-drafts: ' + n['id'])
    if case['allocation']['worker'] and not any(n['type'] in ('case-discussion', 'supervision') and D(n['date']) >= since for n in notes):
        errs.append('notes: allocation not recorded')
    for a in assess:
        if a['status'] == 'open': errs.append('assessments.none-open: ' + a['id'])
    # derbyshire allocation tasks (informational)
    lim = add_wd(since, 5)
    for t in (('record-read', 'professionals-informed') if case['allocation']['worker'] else ()):
        if not any(n['type'] == t and since <= D(n['date']) <= lim for n in notes): errs.append('derbyshire(info): %s within 5 wd' % t)
    # sign-off
    if not tr:
        errs.append('transfer: no transfer.json')
    cur_tree = build.tree_id(cdir)
    if not any(s['role'] == 'transferring-manager' and s['purpose'] == 'transfer' and s['content'] == cur_tree for s in sos):
        errs.append('signoff: no current transferring-manager sign-off')
    if tr:
        for f in ('transfer_on', 'impact_on_child', 'family_informed', 'professionals_informed', 'outstanding_actions'):
            if f not in tr: errs.append('transfer: missing ' + f)
        if set(tr['children']) != kids and 'siblings_split_reason' not in tr: errs.append('transfer: siblings')
        if tr['reason'] == 'other' and not (tr.get('head_of_service_agreed_on') and D(tr['head_of_service_agreed_on']) <= D(tr['transfer_on'])):
            errs.append('transfer: reason other needs head_of_service_agreed_on')
        if not any(n['type'] in ('transfer-summary', 'case-summary') and n['status'] == 'final' for n in notes): errs.append('transfer: summary note')
        if tr['kind'] == 'emergency':
            if not (tr.get('no_handover_reason') and tr.get('remedial_action')): errs.append('transfer: emergency')
        elif 'handover_visit' not in tr: errs.append('transfer: handover')
        kinds = {d['kind'] for d in case['documents']}
        if tr['kind'] in ('to-permanence', 'to-children-in-care'):
            for c in case['children']:
                if not c.get('permanence', {}).get('confirmed_on'): errs.append('transfer: permanence')
                if c.get('care_proceedings') != 'concluded': errs.append('transfer: proceedings')
            for k in ('transfer-form', 'court-recommendations'):
                if k not in kinds: errs.append('transfer: doc ' + k)
            if not tr.get('current_plan') or not tr.get('court_recommendations'): errs.append('transfer: plan/court recs')
        if case['service'] == 'finance-only' and any(c.get('permanence', {}).get('plan') == 'special-guardianship' for c in case['children']):
            for k in ('special-guardianship-order', 'transfer-summary'):
                if k not in kinds: errs.append('transfer.finance-only-sgo: doc ' + k)
        if tr['kind'] == 'to-another-authority':
            if not tr.get('consent', {}).get('given'): errs.append('transfer: consent')
            roles = {p.get('role') for p in tr['professionals_informed']}
            for r in ('gp', 'health-visitor', 'school'):
                if r not in roles: errs.append('transfer: not informed ' + r)
            if 'letter' not in kinds: errs.append('transfer: letter')
        if tr['kind'] == 'step-down':
            if not tr.get('consent', {}).get('given'): errs.append('transfer: consent')
            if 'assessment' not in kinds: errs.append('transfer: assessment')
        if tr['kind'] == 'to-team-around-child':
            for k in ('contact-list', 'tac-minutes'):
                if k not in kinds: errs.append('transfer: doc ' + k)
            if not tr.get('consent', {}).get('given'): errs.append('transfer: consent')
        if tr['kind'] == 'between-teams':
            if not (tr.get('notified_on') and tr.get('next_review_on')): errs.append('derbyshire(info): between-teams dates')
            else:
                nr = D(tr['next_review_on'])
                one_month = nr.replace(month=nr.month - 1) if nr.month > 1 else nr.replace(year=nr.year - 1, month=12)
                if D(tr['notified_on']) > one_month: errs.append('derbyshire(info): notified late')
                if D(tr['new_worker_named_on']) > add_wd(nr, -5): errs.append('derbyshire(info): named late')
        if 'transfer-form' not in kinds: errs.append('derbyshire(info): transfer-form')
        if 'letter' not in kinds: errs.append('teams-services(info): letter')
    return errs

for cdir in sorted(glob.glob(root + '/cases/*')):
    e = audit(cdir)
    blocking = [x for x in e if '(info)' not in x and '(warning)' not in x]
    print('%-12s %-9s %s' % (os.path.basename(cdir), 'READY' if not blocking else 'NOT READY', '; '.join(e)))
