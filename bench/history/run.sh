#!/usr/bin/env bash
# History benchmark: a repository of CASES cases and COMMITS commits (the
# first adds every case; each later one changes one case in turn: a new
# final note or a new chronology entry), built with git fast-import, then
# in the same run:
#   git log --raw                                           (git's own walk, the yardstick)
#   casecheck audit --purpose signoff --as-of 2026-03-02             (no history)
#   casecheck audit --purpose signoff --as-of 2026-03-02 --history   (with the history rules)
# each REPEAT times (best kept), printing the times and the ratios.
#   bench/history/run.sh [CASES] [COMMITS] [REPEAT]    (defaults 300, 3000, 3)
# Uses $CASECHECK if set, else build/checker/cli/casecheck.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
bin=${CASECHECK:-$top/build/checker/cli/casecheck}
cases=${1:-300}
commits=${2:-3000}
repeat=${3:-3}
[ -x "$bin" ] || { echo "bench: no casecheck at $bin (build it, or set CASECHECK)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/casecheck-bench-history.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1


cd "$work"
git init -q -b main
t0=$(bench_now)
python3 "$top/bench/hook/gen_repo.py" "$top" --cases "$cases" --commits "$commits" | git fast-import --quiet
git read-tree main
t1=$(bench_now)
printf 'repository: %d cases, %d commits, built in %.1f s\n' "$cases" "$(git rev-list --count HEAD)" \
  "$(echo "$t1 - $t0" | bc -l)"

# The history must be clean (no finding from the history rules) for the
# timing to mean "a full walk", not an early stop.
if "$bin" audit --purpose signoff --as-of 2026-03-02 --history --format json 2>/dev/null | grep -q '"history\.'; then
  echo "bench: the synthetic history has history findings; the generator is wrong" >&2
  exit 1
fi

gitlog=$(bench_best_of "$repeat" git log --raw --no-abbrev)
plain=$(bench_best_of "$repeat" "$bin" audit --purpose signoff --as-of 2026-03-02)
hist=$(bench_best_of "$repeat" "$bin" audit --purpose signoff --as-of 2026-03-02 --history)
extra=$(echo "$hist - $plain" | bc -l)
echo "git log --raw:                           $gitlog s"
echo "casecheck audit --purpose signoff:        $plain s"
echo "casecheck audit --purpose signoff --history: $hist s"
printf 'history cost (with - without):           %.3f s\n' "$extra"
printf 'ratio (history cost) / (git log --raw):  %.1fx\n' "$(echo "$extra / $gitlog" | bc -l)"
printf 'ratio (whole --history audit) / (git log --raw): %.1fx\n' "$(echo "$hist / $gitlog" | bc -l)"
