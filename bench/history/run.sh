#!/usr/bin/env bash
# History benchmark: a repository of CASES cases and COMMITS commits (the
# first adds every case; each later one changes one case in turn: a new
# final note or a new chronology entry), built with git fast-import, then
# in the same run, each REPEAT times (best wall kept, CPU averaged, peak
# memory the largest seen):
#   git log --raw --no-abbrev                          (git's own walk over every commit's changes: the yardstick)
#   casecheck audit --purpose signoff                  (no history)
#   casecheck audit --purpose signoff --history        (with the history rules: one walk over the commits)
#   casecheck audit --purpose signoff --history --case BC-00001   (one case of the CASES)
# and the same three audits with $CASECHECK_BEFORE when it is set (an
# older build, to compare before/after in one run on one machine).
#   bench/history/run.sh [CASES] [COMMITS] [REPEAT]    (defaults 300, 3000, 3)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (bench_casecheck).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
bin=$(bench_casecheck)
bench_before
cases=${1:-300}
commits=${2:-3000}
repeat=${3:-3}
bench_tmpdir history
bench_times="$work/times"

t0=$(bench_now)
bench_synth_index "$work/repo" --cases "$cases" --commits "$commits"
cd "$work/repo"
git checkout -q -- .
t1=$(bench_now)
printf 'repository: %d cases, %d commits, built in %.1f s\n' "$cases" "$(git rev-list --count HEAD)" \
  "$(echo "$t1 - $t0" | bc -l)"
echo "machine: $(bench_machine)"

# The history must be clean (no finding from the history rules) for the
# timing to mean "a full walk", not an early stop.
if "$bin" audit --purpose signoff --as-of 2026-03-02 --history --format json 2>/dev/null | grep -q '"history\.'; then
  echo "bench: the synthetic history has history findings; the generator is wrong" >&2
  exit 1
fi

audit=(audit --purpose signoff --as-of 2026-03-02)
bench_timev "$repeat" gitlog git log --raw --no-abbrev
for who in after before; do
  b=$bin
  if [ "$who" = before ]; then
    [ -n "$before" ] || continue
    b=$before
  fi
  bench_timev "$repeat" "$who.plain" "$b" "${audit[@]}"
  bench_timev "$repeat" "$who.history" "$b" "${audit[@]}" --history
  bench_timev "$repeat" "$who.case" "$b" "${audit[@]}" --history --case BC-00001
done

f() { bench_field "$1" "$2"; }
row() { # NAME LABEL
  printf '| %-52s | %7.3f s | %7.3f s | %6.1f MiB | %6.1f MiB |\n' "$2" "$(f "$1" 2)" "$(f "$1" 4)" \
    "$(echo "$(f "$1" 5) / 1024" | bc -l)" "$(echo "$(f "$1" 7) / 1024" | bc -l)"
}
echo
echo "| command | best wall | mean CPU | max RSS | max allocated (RssAnon) |"
echo "|---|---|---|---|---|"
row gitlog "git log --raw --no-abbrev"
for who in after before; do
  [ "$who" = after ] || [ -n "$before" ] || continue
  label=casecheck
  [ "$who" = before ] && label="casecheck (before)"
  row "$who.plain" "$label audit --purpose signoff"
  row "$who.history" "$label ... --history"
  row "$who.case" "$label ... --history --case BC-00001"
done
echo
gitlog=$(f gitlog 2)
for who in after before; do
  [ "$who" = after ] || [ -n "$before" ] || continue
  extra=$(echo "$(f "$who.history" 2) - $(f "$who.plain" 2)" | bc -l)
  cpu=$(echo "$(f "$who.history" 4) - $(f "$who.plain" 4)" | bc -l)
  printf '%-7s history cost (with - without --history): wall %.3f s = %.1fx git log --raw, CPU %.3f s = %.1fx its CPU; whole --history audit %.1fx (wall)\n' \
    "$who:" "$extra" "$(bench_div "$extra" "$gitlog")" "$cpu" "$(bench_div "$cpu" "$(f gitlog 4)")" \
    "$(bench_div "$(f "$who.history" 2)" "$gitlog")"
done
if [ -n "$before" ]; then
  printf 'speed-up of --history (before / after, best wall): %.1fx; --case BC-00001: %.2fx\n' \
    "$(echo "$(f before.history 2) / $(f after.history 2)" | bc -l)" \
    "$(echo "$(f before.case 2) / $(f after.case 2)" | bc -l)"
fi
