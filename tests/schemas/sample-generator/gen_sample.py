"""Generates fixtures/sample/ (see its README.md). Usage: python3 gen_sample.py OUTDIR"""
import importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build, staff
from common import AS_OF

CASE_MODULES = [m for m in sys.argv[2:]] or None

def main():
    out = sys.argv[1]
    for sid, name, *_ in staff.STAFF:
        build.STAFF_NAMES[sid] = name
    os.makedirs(out, exist_ok=True)
    build.dump(os.path.join(out, 'casecheck.json'), {
        'format': 'casecheck/config@1', 'profile': 'core', 'cases_dir': 'cases',
        'parameters': {'chronology_max_age_days': 28, 'chronology_gap_days': 90}})
    build.dump(os.path.join(out, 'staff.json'), staff.staff_doc())
    # A removal record (docs/format.md 12a): a telephone note about another
    # family, put on LCS-104233's file by mistake and removed by the team
    # manager. It names the file only; the note itself is gone.
    build.dump(os.path.join(out, 'removals', '2026-01-16-LCS-104233.json'), {
        'format': 'casecheck/removal@1', 'case_id': 'LCS-104233',
        'removes': [{'file': 'notes/2026-01-14-telephone.json'}],
        'reason': 'misfiled', 'by': 'tm-okafor', 'on': '2026-01-16'})
    mods = sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith('case_') and f.endswith('.py'))
    results = {}
    for m in mods:
        c = importlib.import_module(m).case()
        results[c['id']] = (c, build.build(c, out))
    return results

if __name__ == '__main__':
    main()
