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

base=$(cd "$repo" && bench_best_of "$repeat" "$bin" validate --schema "$top/schemas/chronology.json" cases/BASE-001/chronology.json)
echo "casecheck: $bin"
echo "machine:   $(bench_machine)"
printf '%-34s %8s s (best of %d)\n' "baseline: validate chronology.json" "$base" "$repeat"
for f in text csv json html; do
  t=$(cd "$repo" && bench_best_of "$repeat" "$bin" chronology --case BASE-001 --as-of 2026-03-02 --format "$f")
  printf '%-34s %8s s  %sx the baseline\n' "chronology --format $f" "$t" "$(bench_ratio "$t" "$base")"
done
t=$(cd "$repo" && bench_best_of "$repeat" "$bin" chronology --case BASE-001 --as-of 2026-03-02 --anonymise --format html)
printf '%-34s %8s s  %sx the baseline\n' "chronology --anonymise --format html" "$t" "$(bench_ratio "$t" "$base")"
