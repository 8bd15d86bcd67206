#!/usr/bin/env bash
# Audit scale benchmark: synthetic caseloads (gen_caseload.c: about 200
# chronology entries, 50 notes, a genogram, an assessment and four
# attachments a case; one case in four not ready for a sign-off) committed
# with git fast-import and packed with git gc, then for each size, in the
# same run:
#   git cat-file --batch-all-objects --batch > /dev/null    (the baseline:
#                                                            inflate every object)
#   git cat-file --batch-all-objects --batch --unordered    (the same in pack
#                                                            order: fewer delta
#                                                            chains re-inflated)
#   casecheck audit --purpose signoff --rev HEAD --as-of 2026-03-02
#                   --format json --output /dev/null
# under /usr/bin/time -v: best wall time of RUNS, CPU time, CPU% (above 100
# means both cores worked) and peak memory (maximum resident set size, and
# the largest RssAnon: memory allocated, leaving out the mapped pack), then
# one more, untimed audit run that samples RssAnon to show whether it levels
# off (a line per size: the largest value so far at each tenth of the run).
# Before timing, a sample of cases is checked: every one valid
# (--purpose check) and ready for a sign-off exactly when the generator
# meant it to be.
#
#   bench/audit/run.sh [--quick] [--runs R] [SIZES...]
#       defaults: sizes 1000 10000, 3 runs; --quick: sizes 30 120, 1 run.
# Repositories are kept under bench/work/audit/ (keyed by size and the
# generator's checksum) and reused by the next run; building the
# 10,000-case one (about 1.9 GB of JSON) takes a quarter of an hour.
# Uses $CASECHECK if set, else build/checker/cli/casecheck, else builds one.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/bench/common/lib.sh"

sizes=() runs=3 quick=no
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=yes; runs=1 ;;
    --runs) runs=$2; shift ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
if [ ${#sizes[@]} -eq 0 ]; then
  if [ $quick = yes ]; then sizes=(30 120); else sizes=(1000 10000); fi
fi
as_of=2026-03-02
sample=40

bin=$(bench_casecheck)
work=$bench_work/audit
mkdir -p "$work"
bench_times=$work/times.txt
: >"$bench_times"
command -v python3 >/dev/null || bench_die "python3 is needed to read the sample's JSON report"

sum=$(cat "$top/bench/audit/gen_caseload.c" "$top/bench/common/gen.h" | cksum | cut -d' ' -f1)
bench_cc "$work/gen_caseload" "$top/bench/audit/gen_caseload.c"

# make_repo N: sets dir to the folder of a packed N-case repository (built
# once).
make_repo() {
  local n=$1
  dir=$work/cases-$1-$sum
  if [ ! -f "$dir/.bench-complete" ]; then
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$dir.tmp"
    local t0 t1
    t0=$(bench_now)
    (cd "$dir.tmp" && git init -q -b main \
      && "$work/gen_caseload" "$n" 1 not-ready.txt | git fast-import --quiet \
      && git gc --quiet) >&2 || bench_die "could not build the $n-case repository"
    t1=$(bench_now)
    printf 'built the %d-case repository in %.0f s\n' "$n" "$(echo "$t1 - $t0" | bc -l)"
    touch "$dir.tmp/.bench-complete"
    mv "$dir.tmp" "$dir"
  fi
}

# check_sample DIR N: a sample of cases is schema-valid, and ready for a
# sign-off exactly when the generator did not spoil it.
check_sample() {
  local dir=$1 n=$2 args=() step i
  step=$(( n / sample )); [ $step -ge 1 ] || step=1
  for (( i = 1; i <= n; i += step )); do args+=(--case "$(printf 'LC-%06d' "$i")"); done
  (cd "$dir" && "$bin" audit --purpose check --rev HEAD --as-of $as_of "${args[@]}" >/dev/null 2>&1) \
    || bench_die "$n cases: a sampled case is not valid (casecheck audit --purpose check)"
  (cd "$dir" && "$bin" audit --purpose signoff --rev HEAD --as-of $as_of --format json \
      --output "$work/sample.json" "${args[@]}" 2>/dev/null) || true
  python3 - "$work/sample.json" "$dir/not-ready.txt" <<'PY' || bench_die "$n cases: the sample's verdicts are not the generator's"
import json, sys
report = json.load(open(sys.argv[1]))
spoiled = set(open(sys.argv[2]).read().split())
bad = [c["case_id"] for c in report["cases"]
       if c["ready"] == (c["case_id"] in spoiled) or (c["ready"] and c["findings"])]
s = report["summary"]
print("  sample of %d: %d ready, %d not ready, as the generator meant%s"
      % (s["cases"], s["ready"], s["not_ready"], "" if not bad else "; NOT for " + " ".join(bad[:5])),
      )
sys.exit(1 if bad else 0)
PY
}

# anon_trace N: runs the audit once more (untimed), sampling its allocated
# memory (RssAnon) five times a second, and prints the largest value reached by
# the end of each tenth of the run: memory that levels off instead of
# growing case after case shows as a flat tail.
anon_trace() {
  local n=$1 pid a samples=()
  (cd "$dir" && exec "$bin" audit --purpose signoff --rev HEAD --as-of $as_of --format json \
      --output /dev/null) >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    a=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$a" ] && samples+=("$a")
    sleep 0.2
  done
  wait "$pid" || true
  printf '%s\n' "${samples[@]}" | awk -v n="$n" '
    { v[NR] = $1 }
    END { m = 0; j = 1
          for (i = 1; i <= NR; i++) {
            if (v[i] > m) m = v[i]
            while (j <= 10 && i >= NR * j / 10) { out = out sprintf(" %.0f", m / 1024); j++ } }
          printf "  %d cases: allocated memory (largest RssAnon so far, MiB) at each tenth of the run:%s\n", n, out }'
}

for n in "${sizes[@]}"; do
  make_repo "$n"
  echo "$n cases: $(cd "$dir" && git count-objects -v | awk '/^in-pack/ { o = $2 } /^size-pack/ { s = $2 }
    END { printf "%d objects, pack %.0f MiB", o, s / 1024 }'), $(wc -l <"$dir/not-ready.txt") not ready by design"
  check_sample "$dir" "$n"
  (cd "$dir" && bench_timev "$runs" "catfile-$n" git cat-file --batch-all-objects --batch)
  (cd "$dir" && bench_timev "$runs" "unordered-$n" git cat-file --batch-all-objects --batch --unordered)
  (cd "$dir" && bench_timev "$runs" "audit-$n" "$bin" audit --purpose signoff --rev HEAD --as-of $as_of \
      --format json --output /dev/null)
  anon_trace "$n"
done

echo "machine: $(bench_machine); best of $runs run(s) under /usr/bin/time -v"
echo "times in seconds, wall (CPU = user + system); ratio = audit / cat-file"
printf '%7s %20s %20s %20s %11s %10s %10s %8s %8s\n' cases "cat-file" "cat-file --unordered" "audit" "ratio wall" "ratio CPU" "audit CPU%" "RSS MB" "anon MB"
for n in "${sizes[@]}"; do
  c=catfile-$n u=unordered-$n a=audit-$n
  printf '%7d %20s %20s %20s %10sx %9sx %9s%% %8.1f %8.1f\n' "$n" \
    "$(bench_field $c 2) ($(bench_field $c 4))" "$(bench_field $u 2) ($(bench_field $u 4))" \
    "$(bench_field $a 2) ($(bench_field $a 4))" \
    "$(bench_ratio "$(bench_field $a 2)" "$(bench_field $c 2)")" \
    "$(bench_ratio "$(bench_field $a 4)" "$(bench_field $c 4)")" "$(bench_field $a 6)" \
    "$(echo "$(bench_field $a 5) / 1024" | bc -l)" "$(echo "$(bench_field $a 7) / 1024" | bc -l)"
done
echo "RSS: maximum resident set size (counts the mmap-ed pack pages read); anon: largest RssAnon (allocated memory)"
first=${sizes[0]} last=${sizes[${#sizes[@]}-1]}
printf 'peak memory %d cases / %d cases: audit anon %sx, audit RSS %sx, cat-file RSS %sx (cases %sx)\n' "$last" "$first" \
  "$(bench_ratio "$(bench_field audit-$last 7)" "$(bench_field audit-$first 7)")" \
  "$(bench_ratio "$(bench_field audit-$last 5)" "$(bench_field audit-$first 5)")" \
  "$(bench_ratio "$(bench_field catfile-$last 5)" "$(bench_field catfile-$first 5)")" "$(bench_ratio "$last" "$first")"
