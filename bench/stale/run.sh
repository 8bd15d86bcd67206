#!/usr/bin/env bash
# Stale sign-off benchmark: a transfer audit in which every case's
# transferring-manager sign-off is stale (it names a content the case never
# had, so each case's changes are listed back to its first commit), at two
# sizes: CASES cases over COMMITS commits, and 10x both (bench/hook/gen_repo.py
# --stale: the first commit adds every case, each later one changes one
# case). In the same run, each REPEAT times (best wall kept, CPU averaged):
#   casecheck audit --purpose signoff     (no sign-off walk: the baseline)
#   casecheck audit --purpose transfer    (names the commits since each stale sign-off)
# and the same with $CASECHECK_BEFORE when set (an older build). The run
# walks the history once for all cases (audit/stale.c), so transfer stays
# within a small factor of signoff and 10x the cases and commits costs
# about 10x; a walk per stale case cost cases x commits (2,000 cases over
# 2,500 commits: 408 s against 1.9 s for signoff).
#   bench/stale/run.sh [CASES] [COMMITS] [REPEAT]    (defaults 200, 250, 3)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (bench_casecheck).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
bin=$(bench_casecheck)
bench_before
cases=${1:-200}
commits=${2:-250}
repeat=${3:-3}
bench_tmpdir stale
bench_times="$work/times"
echo "machine: $(bench_machine)"

sizes=("$cases:$commits" "$((cases * 10)):$((commits * 10))")
for size in "${sizes[@]}"; do
  c=${size%:*} m=${size#*:}
  bench_synth_repo "$work/$c" --cases "$c" --commits "$m" --stale
  # Every case must be stale with its commits named, or the timing means nothing.
  n=$(cd "$work/$c" && "$bin" audit --purpose transfer --rev HEAD --as-of 2026-03-02 --format json 2>/dev/null |
    grep -c '"message": "stale: .* commits\? since: ' || true)
  [ "$n" = "$c" ] || bench_die "$c cases: $n stale sign-offs naming commits, expected $c"
  printf 'repository: %d cases, %d commits, every sign-off stale\n' "$c" "$(git -C "$work/$c" rev-list --count HEAD)"
  for who in after before; do
    b=$bin
    if [ "$who" = before ]; then [ -n "$before" ] || continue; b=$before; fi
    for purpose in signoff transfer; do
      (cd "$work/$c" && bench_timev "$repeat" "$who.$purpose.$c" "$b" audit --purpose $purpose --rev HEAD \
        --as-of 2026-03-02 --format json --output /dev/null)
    done
  done
done

f() { bench_field "$1" "$2"; }
echo
echo "| build | cases | commits | signoff wall s (CPU s) | transfer wall s (CPU s) | transfer / signoff CPU |"
echo "|---|---|---|---|---|---|"
for who in after before; do
  [ "$who" = after ] || [ -n "$before" ] || continue
  for size in "${sizes[@]}"; do
    c=${size%:*} m=${size#*:}
    printf '| %s | %d | %d | %.2f (%.2f) | %.2f (%.2f) | %sx |\n' "$who" "$c" "$m" \
      "$(f "$who.signoff.$c" 2)" "$(f "$who.signoff.$c" 4)" "$(f "$who.transfer.$c" 2)" "$(f "$who.transfer.$c" 4)" \
      "$(bench_ratio "$(f "$who.transfer.$c" 4)" "$(f "$who.signoff.$c" 4)")"
  done
  s=$cases l=$((cases * 10))
  printf '%s: transfer at 10x cases and commits / transfer: %sx CPU, %sx wall\n' "$who" \
    "$(bench_ratio "$(f "$who.transfer.$l" 4)" "$(f "$who.transfer.$s" 4)")" \
    "$(bench_ratio "$(f "$who.transfer.$l" 2)" "$(f "$who.transfer.$s" 2)")"
done
