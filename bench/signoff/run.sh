#!/usr/bin/env bash
# bench/signoff/run.sh: what verifying signed sign-offs adds to the audit.
#   bench/signoff/run.sh [N]      (default 1000 cases, best of 3)
# Builds bench/audit's N-case repository, gives every case a quality-audit
# sign-off (purpose signoff) signed with an Ed25519 key made here by
# ssh-keygen (all payloads signed in one ssh-keygen run), commits and packs
# it, then times `casecheck audit --purpose signoff` without and with
# --allowed-signers: the difference is the in-process verification of N
# signatures (the sign-offs are read and judged in both runs).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/bench/common/lib.sh"

n=${1:-1000} runs=3 as_of=2026-03-02
bin=$(bench_casecheck)
work=$bench_work/signoff
mkdir -p "$work"
bench_times=$work/times.txt
: >"$bench_times"
bench_cc "$work/gen_caseload" "$top/bench/audit/gen_caseload.c" -lz

dir=$work/cases-$n
rm -rf "$dir" "$work/keys"
mkdir -p "$dir" "$work/keys"
(cd "$dir" && git init -q -b main && "$work/gen_caseload" "$n" 1 not-ready.txt | git fast-import --quiet \
  && git reset -q --hard main) >&2 || bench_die "could not build the $n-case repository"
ssh-keygen -q -t ed25519 -N '' -C bench -f "$work/keys/mgr" </dev/null
echo "bench-manager $(cut -d' ' -f1,2 "$work/keys/mgr.pub")" >"$work/keys/allowed_signers"

# One payload file per case (docs/workflow.md, payload version 1), signed in one run.
rm -rf "$work/payloads"
mkdir -p "$work/payloads"
(cd "$dir" && git ls-tree main cases/) | python3 -c '
import sys, os
out = sys.argv[1]
for line in sys.stdin:
    meta, path = line.rstrip("\n").split("\t")
    tree = meta.split()[2]
    case = path.split("/")[1]
    p = ("casecheck-signoff-payload 1\ncase %s\nrole transferring-manager\nby bench-manager\n"
         "date 2026-03-01\npurpose signoff\ncontent %s\nresult ready\ncomment-sha256 none\n" % (case, tree))
    open(os.path.join(out, case), "w").write(p)
' "$work/payloads"
(cd "$work/payloads" && ls | xargs ssh-keygen -Y sign -n casecheck-signoff -f "$work/keys/mgr" 2>/dev/null)
python3 - "$dir" "$work/payloads" <<'PY'
import json, os, sys
repo, pay = sys.argv[1], sys.argv[2]
for case in os.listdir(pay):
    if case.endswith(".sig"):
        continue
    lines = dict(l.split(" ", 1) for l in open(os.path.join(pay, case)).read().splitlines()[1:])
    doc = {"format": "casecheck/signoff@1", "role": "transferring-manager", "by": "bench-manager",
           "date": "2026-03-01", "purpose": "signoff", "content": lines["content"], "result": "ready",
           "signature": open(os.path.join(pay, case + ".sig")).read()}
    d = os.path.join(repo, "cases", case, "signoffs")
    os.makedirs(d, exist_ok=True)
    json.dump(doc, open(os.path.join(d, "2026-03-01-transferring-manager.json"), "w"), indent=2)
PY
(cd "$dir" && git add -A cases && git -c user.name=bench -c user.email=bench@invalid commit -qm "signed sign-offs" \
  && git gc --quiet)

(cd "$dir" && "$bin" audit --purpose signoff --rev HEAD --as-of $as_of --format json \
    --allowed-signers "$work/keys/allowed_signers" --output "$work/report.json" 2>/dev/null) || true
python3 - "$work/report.json" "$n" <<'PY' || bench_die "not every sign-off verified"
import json, sys
r = json.load(open(sys.argv[1]))
states = [s["signature"] for c in r["cases"] for s in c["signoffs"]]
print("  %d sign-offs, %d verified" % (len(states), states.count("verified")))
sys.exit(0 if len(states) == int(sys.argv[2]) and states.count("verified") == len(states) else 1)
PY

(cd "$dir" && bench_timev "$runs" "unverified" "$bin" audit --purpose signoff --rev HEAD --as-of $as_of \
    --format json --output /dev/null)
(cd "$dir" && bench_timev "$runs" "verified" "$bin" audit --purpose signoff --rev HEAD --as-of $as_of \
    --format json --output /dev/null --allowed-signers "$work/keys/allowed_signers")
cat "$bench_times"
