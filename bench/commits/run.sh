#!/usr/bin/env bash
# audit --commits benchmark: the hook benchmark's 5,000-case repository
# (bench/hook/gen_repo.py), then COMMITS commits on top, each changing one
# case (a new chronology entry, every third one a new note), one of them in
# the middle rewriting a final note (made with --no-verify, as a push
# would bring it). Times
#   casecheck audit --commits HEAD~COMMITS..HEAD
# best of REPEAT, checks that exactly the broken commit is refused, and
# prints the time a commit (each costs what it changed, not the caseload).
#   bench/commits/run.sh [CASES] [COMMITS] [REPEAT]   (defaults 5000, 100, 3)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
bin=$(bench_casecheck)
cases=${1:-5000}
commits=${2:-100}
repeat=${3:-3}
bench_tmpdir commits

t0=$(bench_now)
bench_synth_index "$work" --cases "$cases"
cd "$work"
broken_at=$((commits / 2))
for i in $(seq 1 "$commits"); do
  id=$(printf 'BC-%05d' $(( (i * 37) % cases + 1 )))
  dir=cases/$id
  git checkout -q HEAD -- "$dir"
  if [ "$i" -eq "$broken_at" ]; then
    note=$(grep -l '"status": "final"' "$dir"/notes/*.json | head -1)
    sed -i 's/"text": "/"text": "Rewritten. /' "$note"
  elif [ $((i % 3)) -eq 0 ]; then
    printf '{"format": "casecheck/note@1", "id": "n-bench-%d", "date": "2026-02-27", "author": "sw-anna", "type": "telephone", "heading": "Call", "status": "draft", "text": "Draft."}\n' "$i" > "$dir/notes/n-bench-$i.json"
  else
    bench_add_entry "$dir/chronology.json" "e-bench-$i"
  fi
  git add "$dir"
  git commit -q --no-verify -m "change $i"
  if [ "$i" -eq "$broken_at" ]; then broken=$(git rev-parse --short=12 HEAD); fi
  rm -rf "$dir"
done
t1=$(bench_now)
printf 'repository: %d cases, %d commits on top, built in %.1f s\n' "$cases" "$commits" "$(echo "$t1 - $t0" | bc -l)"

out=$("$bin" audit --commits "HEAD~$commits..HEAD" 2>&1) && rc=0 || rc=$?
[ "$rc" -eq 1 ] || { echo "$out" >&2; bench_die "expected exit 1 (one commit refused), got $rc"; }
echo "$out" | grep -q "commit $broken refused" || { echo "$out" >&2; bench_die "commit $broken not named"; }
echo "$out" | grep -q "$commits commits judged, 1 refused" || { echo "$out" >&2; bench_die "not exactly one commit refused"; }
best=$(bench_best_of "$repeat" "$bin" audit --commits "HEAD~$commits..HEAD")
# exit 1 is the expected verdict (one commit refused), not a failure of the script
/usr/bin/time -o "$work/cpu" -f '%U %S' "$bin" audit --commits "HEAD~$commits..HEAD" >/dev/null 2>&1 || true
cpu=$(tail -1 "$work/cpu" | awk '{printf "%.2f", $1 + $2}')
echo "casecheck audit --commits HEAD~$commits..HEAD: $best s wall (best of $repeat), $cpu s CPU (one run);" \
     "$(echo "scale=1; $cpu * 1000 / $commits" | bc -l) ms of CPU a commit; refused exactly $broken"
