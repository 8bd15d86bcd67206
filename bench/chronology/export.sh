#!/usr/bin/env bash
# Chronology export benchmark (issue 21): the base case of
# fixtures/rules/_base with a chronology of N entries (default 10,000;
# bench/chronology/gen_chronology.py), committed, then
#   casecheck chronology --case BASE-001 --format F     (text, csv, json, html)
#   casecheck chronology --case BASE-001 --anonymise --format html
# REPEAT times each, best kept. The baseline, timed in the same run on the
# same machine: casecheck validate of the same chronology.json against its
# schema (strict parse and validation: what reading the record right costs
# before anything is sorted or written). Target: the export well under a
# second at 10,000 entries, a small multiple of the baseline.
#   bench/chronology/export.sh [N] [REPEAT]    (defaults 10000, 5)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (or builds one).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
n=${1:-10000}
repeat=${2:-5}
bin=$(bench_casecheck)
bench_tmpdir chronology-export

repo=$work/repo
bench_base_repo "$repo" chronology.json chronology.historic-gap python3 "$top/bench/chronology/gen_chronology.py" "$top" "$n"
entries=$(cd "$repo" && "$bin" chronology --case BASE-001 --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["entries"]))')
echo "chronology: $entries entries, $(wc -c <"$repo/cases/BASE-001/chronology.json") bytes"
[ "$entries" -ge "$n" ] || bench_die "the export has $entries entries, not $n or more"

# cpu_best N CMD...: the least CPU time (user + system, seconds) of N runs
# (the steadier figure on a shared machine); "-" without /usr/bin/time.
cpu_best() {
  local n=$1 best="" t
  shift
  [ -x /usr/bin/time ] || { echo -; return; }
  for _ in $(seq "$n"); do
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>&1 || true
    t=$(awk 'END { print $1 + $2 }' "$work/cpu")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf '%.2f' "$best"
}

base=$(cd "$repo" && bench_best_of "$repeat" "$bin" validate --schema "$top/schemas/chronology.json" cases/BASE-001/chronology.json)
echo "casecheck: $bin"
echo "machine:   $(bench_machine)"
base_cpu=$(cd "$repo" && cpu_best "$repeat" "$bin" validate --schema "$top/schemas/chronology.json" cases/BASE-001/chronology.json)
printf '%-38s %7s s wall, %5s s CPU (best of %d)\n' "baseline: validate chronology.json" "$base" "$base_cpu" "$repeat"
run_one() {
  local name=$1 t c
  shift
  t=$(cd "$repo" && bench_best_of "$repeat" "$bin" chronology --case BASE-001 --as-of 2026-03-02 "$@")
  c=$(cd "$repo" && cpu_best "$repeat" "$bin" chronology --case BASE-001 --as-of 2026-03-02 "$@")
  printf '%-38s %7s s wall, %5s s CPU: %sx the baseline wall, %sx CPU\n' "$name" "$t" "$c" \
    "$(bench_ratio "$t" "$base")" "$( [ "$c" = - ] && echo - || bench_ratio "$c" "$base_cpu")"
}
for f in text csv json html; do
  run_one "chronology --format $f" --format "$f"
done
run_one "chronology --anonymise --format html" --anonymise --format html
