#!/usr/bin/env bash
# Hook benchmark: a 5,000-case repository (synthetic valid cases made from
# fixtures/rules/_base, committed with git fast-import), one case changed
# and staged, then in the same run:
#   casecheck hook run                                 (the pre-commit hook)
#   casecheck audit --purpose check --rev HEAD         (the full check audit)
# printing both times and the ratio; also the full audit of the index
# (--staged: the same reader as the hook) and the hook on a commit that
# touches no case. The hook runs REPEAT times (best kept), the full audits
# FULL_REPEAT times.
#   bench/hook/run.sh [CASES] [REPEAT] [FULL_REPEAT]   (defaults 5000, 5, 1)
# Uses $CASECHECK if set, else build/checker/cli/casecheck (or builds one).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$top/bench/common/lib.sh"
bin=$(bench_casecheck)
cases=${1:-5000}
repeat=${2:-5}
full_repeat=${3:-1}
bench_tmpdir hook

t0=$(bench_now)
# The index gets every file (the hook reads only the index, the full audit
# only HEAD's tree); only the case about to change is checked out, so a
# 70,000-file checkout does not dominate the set-up.
bench_synth_index "$work" --cases "$cases"
cd "$work"
git checkout -q main -- cases/BC-00042
t1=$(bench_now)
files=$(git ls-files | wc -l)
printf 'repository: %d cases, %d files, built in %.1f s\n' "$cases" "$files" "$(echo "$t1 - $t0" | bc -l)"

# one change to one case, staged: a new chronology entry (an existing
# entry is never edited: the hook would refuse it), so the hook reads the
# old and the new chronology and compares every entry by id
case_dir=cases/BC-00042
bench_add_entry "$case_dir/chronology.json" e-bench-hook
git add "$case_dir/chronology.json"
"$bin" hook run >/dev/null 2>&1 || { echo "bench: hook run refused the valid change" >&2; exit 1; }

hook=$(bench_best_of "$repeat" "$bin" hook run)
t0=$(bench_now)
"$bin" audit --purpose check --rev HEAD >/dev/null 2>&1 || { echo "bench: the synthetic cases are not valid" >&2; exit 1; }
t1=$(bench_now)
full=$(printf '%.3f' "$(echo "$t1 - $t0" | bc -l)")
if [ "$full_repeat" -gt 1 ]; then
  more=$(bench_best_of $((full_repeat - 1)) "$bin" audit --purpose check --rev HEAD)
  if [ "$(echo "$more < $full" | bc -l)" = 1 ]; then full=$more; fi
fi
staged=$(bench_best_of "$full_repeat" "$bin" audit --purpose check --staged)
git reset -q -- "$case_dir"
printf 'readme\n' > README.md && git add README.md
none=$(bench_best_of "$repeat" "$bin" hook run)
echo "casecheck hook run (1 staged case):        $hook s"
echo "casecheck hook run (no case staged):       $none s"
echo "casecheck audit --purpose check --rev HEAD: $full s ($cases cases)"
echo "casecheck audit --purpose check --staged:   $staged s ($cases cases)"
printf 'ratio full audit (--rev HEAD) / hook run: %.0fx\n' "$(echo "$full / $hook" | bc -l)"
printf 'ratio full audit (--staged) / hook run:   %.0fx\n' "$(echo "$staged / $hook" | bc -l)"
