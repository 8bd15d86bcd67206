#!/usr/bin/env bash
# Chronology benchmark: the base case of fixtures/rules/_base with a
# chronology of SMALL and of LARGE entries (bench/chronology/gen_chronology.py:
# entries spread over 25 years, then a 160-day gap before the allocation),
# each committed in its own repository (casecheck.json raises
# max_document_bytes to its maximum, 64 MiB), then
#   casecheck audit --purpose signoff --as-of 2026-03-02
# REPEAT times each (best kept), and the same for $CASECHECK_BEFORE when set
# (an older build, compared in the same run). Prints the times and the
# ratio LARGE / SMALL. The chronology rules are O(n log n) (sorting), so
# the ratio stays near LARGE/SMALL (10 for the defaults); the gap rule's
# rescan of earlier entries it replaced gave about (LARGE/SMALL)^2 once the
# rescan dominated (200,000 entries: 12.7 s).
#   bench/chronology/run.sh [SMALL] [LARGE] [REPEAT]    (defaults 20000, 200000, 3)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (or builds one).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
small=${1:-20000}
large=${2:-200000}
repeat=${3:-3}
bin=$(bench_casecheck)
bench_before
bench_tmpdir chronology

# make_repo N: a repository with an N-entry chronology in $work/N.
make_repo() {
  bench_base_repo "$work/$1" chronology.json chronology.historic-gap python3 "$top/bench/chronology/gen_chronology.py" "$top" "$1"
}

declare -A secs
for n in "$small" "$large"; do
  make_repo "$n"
  printf 'chronology of %d + 7 entries: %s bytes\n' "$n" "$(wc -c <"$work/$n/cases/BASE-001/chronology.json")"
  for who in after before; do
    b=$bin
    if [ "$who" = before ]; then [ -n "$before" ] || continue; b=$before; fi
    secs[$who.$n]=$(cd "$work/$n" && bench_best_of "$repeat" "$b" audit --purpose signoff --as-of 2026-03-02)
  done
done
echo "casecheck: $bin${before:+ (before: $before)}"
echo "machine:   $(bench_machine)"
for who in after before; do
  [ "$who" = after ] || [ -n "$before" ] || continue
  for n in "$small" "$large"; do
    printf '%-6s audit, %7d entries: %s s (best of %d)\n' "$who" "$n" "${secs[$who.$n]}" "$repeat"
  done
  printf '%-6s ratio %d / %d entries: %sx (entries ratio %dx)\n' "$who" "$large" "$small" \
    "$(bench_ratio "${secs[$who.$large]}" "${secs[$who.$small]}")" "$((large / small))"
done
