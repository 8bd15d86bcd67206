#!/usr/bin/env bash
# Genogram benchmark: the base case of fixtures/rules/_base with a genogram
# of SMALL and of LARGE extra people in one parent chain that closes a loop
# (bench/genogram/gen_genogram.py), each committed in its own repository
# (casecheck.json raises max_document_bytes to 64 MiB), then
#   casecheck audit --purpose signoff --as-of 2026-03-02
# REPEAT times each (best kept). Prints both times, the ratio and the time
# per 1,000 extra people. The genogram rules are O(n log n): the ratio
# stays near LARGE/SMALL (100 for the defaults) or below it, where the
# quadratic lookups they replaced gave about (LARGE/SMALL)^2.
#   bench/genogram/run.sh [SMALL] [LARGE] [REPEAT]    (defaults 1000, 100000, 3)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (or builds one).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
small=${1:-1000}
large=${2:-100000}
repeat=${3:-3}
bin=$(bench_casecheck)
bench_tmpdir genogram

# make_repo N: a repository with an N-person chain in $work/N.
make_repo() {
  bench_base_repo "$work/$1" genogram.json genogram.acyclic python3 "$top/bench/genogram/gen_genogram.py" "$top" "$1" --loop
}

declare -A secs
for n in "$small" "$large"; do
  make_repo "$n"
  printf 'genogram of %d + 4 people: %s bytes\n' "$n" "$(wc -c <"$work/$n/cases/BASE-001/genogram.json")"
  secs[$n]=$(cd "$work/$n" && bench_best_of "$repeat" "$bin" audit --purpose signoff --as-of 2026-03-02)
done
echo "casecheck: $bin"
echo "machine:   $(bench_machine)"
printf 'audit, %7d people: %s s (best of %d)\n' "$small" "${secs[$small]}" "$repeat"
printf 'audit, %7d people: %s s (best of %d)\n' "$large" "${secs[$large]}" "$repeat"
printf 'ratio %d / %d people: %sx (people ratio %dx)\n' "$large" "$small" \
  "$(bench_ratio "${secs[$large]}" "${secs[$small]}")" "$((large / small))"
printf 'per 1,000 more people: %.1f ms\n' \
  "$(echo "(${secs[$large]} - ${secs[$small]}) * 1000000 / ($large - $small)" | bc -l)"
