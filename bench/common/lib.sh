# bench/common/lib.sh: shell helpers shared by the bench/*/run.sh scripts. Source it after `set -euo pipefail` and setting $top
# (the source tree's root).

bench_work=${BENCH_WORK:-$top/bench/work}
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1 LC_ALL=C
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@casecheck.invalid
export GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@casecheck.invalid

bench_die() { echo "bench: $*" >&2; exit 2; }
bench_now() { date +%s.%N; }

# bench_tmpdir NAME: sets $work to a new temporary folder, removed on exit.
bench_tmpdir() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/casecheck-bench-$1.XXXXXX")
  trap 'rm -rf "$work"' EXIT
}

# bench_before: sets $before to $CASECHECK_BEFORE (an older build to time
# in the same run; empty when unset), which must be executable.
bench_before() {
  before=${CASECHECK_BEFORE:-}
  [ -z "$before" ] || [ -x "$before" ] || bench_die "CASECHECK_BEFORE=$before is not executable"
}

# bench_synth_repo DIR ARGS...: a new repository in DIR (branch main)
# holding bench/hook/gen_repo.py's synthetic cases, made with git
# fast-import; ARGS go to gen_repo.py (--cases N, --commits M, --stale).
# Neither the index nor the work tree is filled.
bench_synth_repo() {
  local dir=$1
  shift
  git init -q -b main "$dir"
  (cd "$dir" && python3 "$top/bench/hook/gen_repo.py" "$top" "$@" | git fast-import --quiet) ||
    bench_die "could not build the synthetic repository in $dir"
}

# bench_synth_index DIR ARGS...: bench_synth_repo, then the index filled
# from main (the work tree stays empty: check out only what a script edits).
bench_synth_index() {
  bench_synth_repo "$@"
  git -C "$1" read-tree main
}

# bench_add_entry CHRONOLOGY ID: appends to that chronology.json a copy of
# its last entry with id ID (a new entry: editing one would be refused).
bench_add_entry() {
  python3 - "$1" "$2" <<'PY'
import json, sys
p, i = sys.argv[1], sys.argv[2]
d = json.load(open(p))
e = dict(d["entries"][-1]); e["id"] = i
d["entries"].append(e)
json.dump(d, open(p, "w"), indent=2)
PY
}

# bench_casecheck: prints the casecheck binary to time: $CASECHECK if set,
# else build/checker/cli/casecheck, else one built here (RelWithDebInfo,
# the project's default) under bench/work/build.
bench_casecheck() {
  if [ -n "${CASECHECK:-}" ]; then
    [ -x "$CASECHECK" ] || bench_die "CASECHECK=$CASECHECK is not executable"
    echo "$CASECHECK"; return
  fi
  if [ -x "$top/build/checker/cli/casecheck" ]; then
    echo "$top/build/checker/cli/casecheck"; return
  fi
  cmake -S "$top" -B "$bench_work/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
    && cmake --build "$bench_work/build" --target casecheck -j2 >/dev/null \
    || bench_die "could not build casecheck (set CASECHECK)"
  echo "$bench_work/build/checker/cli/casecheck"
}

# bench_cc OUT SRC: compiles a generator (C11, warnings are errors) with
# the system compiler; extra arguments are passed on (libraries).
bench_cc() {
  local out=$1 src=$2
  shift 2
  ${CC:-cc} -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror \
    -o "$out" "$src" "$@" || bench_die "could not compile $src"
}

# bench_time RUNS NAME CMD: times the shell command CMD (run by sh -c in the
# current folder; its exit status is ignored: 1 means "invalid"/"not ready",
# a result) RUNS times after one warm-up run, with hyperfine when installed,
# else a loop. Appends "NAME best_wall mean_wall mean_user+sys" (seconds) to
# $bench_times.
bench_time() {
  local runs=$1 name=$2 cmd=$3
  if command -v hyperfine >/dev/null 2>&1; then
    local csv
    csv=$(mktemp)
    hyperfine --style none --warmup 1 --runs "$runs" -i --export-csv "$csv" "$cmd" >/dev/null 2>&1 \
      || bench_die "hyperfine failed on: $cmd"
    # command,mean,stddev,median,user,system,min,max
    awk -F, -v n="$name" 'NR == 2 { printf "%s %.4f %.4f %.4f\n", n, $7, $2, $5 + $6 }' "$csv" >>"$bench_times"
    rm -f "$csv"
    return
  fi
  local best="" sum=0 cpu=0 t0 t1 t u0 u1
  sh -c "$cmd" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    u0=$(awk '{ print $14 + $15 + $16 + $17 }' /proc/$$/stat)
    t0=$(bench_now); sh -c "$cmd" >/dev/null 2>&1 || true; t1=$(bench_now)
    u1=$(awk '{ print $14 + $15 + $16 + $17 }' /proc/$$/stat)
    t=$(echo "$t1 - $t0" | bc -l)
    sum=$(echo "$sum + $t" | bc -l)
    cpu=$(echo "$cpu + ($u1 - $u0) / $(getconf CLK_TCK)" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf '%s %.4f %.4f %.4f\n' "$name" "$best" "$(echo "$sum / $runs" | bc -l)" \
    "$(echo "$cpu / $runs" | bc -l)" >>"$bench_times"
}

# bench_field NAME COLUMN: a value recorded by bench_time (2 best wall,
# 3 mean wall, 4 mean CPU).
bench_field() { awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$bench_times"; }

# bench_div A B: A / B (bc -l), or nan when B is 0 (a yardstick too quick
# to measure at a small size).
bench_div() {
  if [ "$(echo "$2 == 0" | bc -l)" = 1 ]; then echo nan; else echo "$1 / $2" | bc -l; fi
}

# bench_ratio A B: A / B to two decimals.
bench_ratio() { echo "scale=4; $1 / $2" | bc -l | awk '{ printf "%.2f", $1 }'; }

# bench_machine: one line describing where the figures were taken.
bench_machine() {
  printf '%s, %s cores, load average %s, %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(uname -m)"
}

# bench_timev RUNS NAME CMD...: runs CMD (no shell; stdout to /dev/null,
# exit status ignored) RUNS times under /usr/bin/time -v and appends
# "NAME best_wall mean_wall mean_cpu max_rss_kb cpu_percent_of_best_run
# max_anon_kb" to $bench_times. max_rss_kb is /usr/bin/time's maximum
# resident set size, which counts the pages of files the command maps (a
# git pack read through mmap); max_anon_kb is the largest RssAnon (heap,
# stacks: the memory the command allocated) seen by polling
# /proc/PID/status every 50 ms.
bench_timev() {
  local runs=$1 name=$2
  shift 2
  [ -x /usr/bin/time ] || bench_die "/usr/bin/time missing (apt-get install time)"
  local out tpid pid anon a
  out=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$out.1" "$@" >/dev/null 2>&1 &
    tpid=$! pid="" anon=0
    while kill -0 "$tpid" 2>/dev/null; do
      [ -n "$pid" ] || pid=$(cat "/proc/$tpid/task/$tpid/children" 2>/dev/null | cut -d' ' -f1)
      if [ -n "$pid" ]; then
        a=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$a" ] && [ "$a" -gt "$anon" ] && anon=$a
      fi
      sleep 0.05
    done
    wait "$tpid" || true
    awk -F': ' -v anon="$anon" '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
      /User time/ { u = $2 } /System time/ { s = $2 }
      /Percent of CPU/ { c = $2; sub("%", "", c) }
      /Maximum resident set size/ { r = $2 }
      END { printf "%.3f %.3f %s %s %s\n", w, u + s, r, c, anon }' "$out.1" >>"$out"
  done
  awk -v n="$name" '
    { sw += $1; sc += $2; if ($3 > rss) rss = $3; if ($5 > anon) anon = $5
      if (best == "" || $1 < best) { best = $1; pct = $4 } }
    END { printf "%s %.3f %.3f %.3f %d %s %d\n", n, best, sw / NR, sc / NR, rss, pct, anon }' "$out" >>"$bench_times"
  rm -f "$out" "$out.1"
}

# bench_best_of N CMD...: the best wall time (seconds, 3 decimals) of N
# runs of CMD; its exit status is ignored (1 means "not ready": a result).
bench_best_of() {
  local n=$1 best="" t0 t1 t
  shift
  for _ in $(seq "$n"); do
    t0=$(bench_now); "$@" >/dev/null 2>&1 || true; t1=$(bench_now)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}

# bench_base_repo DIR DOC RULE CMD...: a repository in DIR made from
# fixtures/rules/_base whose cases/BASE-001/DOC is CMD's output (a large
# generated document; casecheck.json raises max_document_bytes to its
# maximum, 64 MiB), committed; then checks that a signoff audit reports
# RULE, without which a timing would not mean the rule ran. Uses $bin.
bench_base_repo() {
  local dir=$1 doc=$2 rule=$3
  shift 3
  mkdir -p "$dir"
  cp -r "$top/fixtures/rules/_base/." "$dir/"
  "$@" >"$dir/cases/BASE-001/$doc" || bench_die "could not generate $doc"
  echo '{"format": "casecheck/config@1", "parameters": {"max_document_bytes": 67108864}}' >"$dir/casecheck.json"
  (cd "$dir" && git init -q && git add -A &&
   git -c user.name=bench -c user.email=bench@example.invalid commit -qm "$doc")
  (cd "$dir" && "$bin" audit --purpose signoff --as-of 2026-03-02 --format json || true) |
    grep -q "\"$rule\"" || bench_die "no $rule finding in $dir"
}

