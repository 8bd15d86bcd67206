#!/usr/bin/env bash
# Audit scale benchmark against an honest floor (issue 23).
#
# Synthetic caseloads (gen_caseload.c: about 200 chronology entries, 50
# notes, a genogram, an assessment and four attachments a case, varied text
# and compressed PDFs and images; one case in four not ready for a sign-off)
# are committed with git fast-import and packed as a plain `git gc` packs
# loose objects (git repack -a -d -f: git's own delta search). Then,
# for each size, in the same run, under /usr/bin/time -v, best wall of RUNS:
#   git cat-file --batch-all-objects --batch > /dev/null   } the floor: the
#   git archive HEAD > /dev/null                            } faster of the two
#   hash_objects DUMP          libgit2's hashing (git_odb_hash) of every
#                              object's bytes, as it verifies each object it
#                              reads and git does not there: its own line
#   casecheck audit --purpose signoff --rev HEAD --as-of 2026-03-02
#                   --format json --output FILE
# and reports wall and CPU ratios to the floor (CPU also net of hashing),
# CPU utilisation, peak RSS, and a budget (perf record --call-graph dwarf
# of one more audit, classified by bench/audit/budget.py): reading,
# hashing, parsing, validating, typing documents, rules, report.
#
# Verdicts: before timing, a sample of cases is checked against what the
# generator meant (valid; ready exactly when not spoiled). After timing,
# every case's verdict and findings (rule, path, pointer) are compared with
# those of the previous run of this script on the same repository (kept in
# bench/work/audit/verdicts-N-SUM.txt) and, when $CASECHECK_BEFORE is set,
# with that build's audit in this run: any difference is an error (exit 1).
#
#   bench/audit/run.sh [--quick] [--runs R] [--no-profile] [SIZES...]
#       defaults: size 1000, 3 runs; --quick: size 30, 1 run.
#   bench/audit/run.sh 10000      the 10,000-case figures (building the
#                                 repository takes about 20 minutes and
#                                 2 GB; the audit several minutes)
# Repositories are kept under bench/work/audit/ (keyed by size and the
# generator's checksum) and reused. Needs git, python3, /usr/bin/time, a C
# compiler with zlib and libgit2 headers, and perf for the budget.
# Uses $CASECHECK if set, else build/checker/cli/casecheck, else builds one.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/bench/common/lib.sh"

sizes=() runs=3 quick=no profile=yes
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=yes; runs=1 ;;
    --runs) runs=$2; shift ;;
    --no-profile) profile=no ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
if [ ${#sizes[@]} -eq 0 ]; then
  if [ $quick = yes ]; then sizes=(30); else sizes=(1000); fi
fi
as_of=2026-03-02
sample=40

bin=$(bench_casecheck)
bench_before
work=$bench_work/audit
mkdir -p "$work"
bench_times=$work/times.txt
: >"$bench_times"
command -v python3 >/dev/null || bench_die "python3 is needed to read the JSON reports"
if [ $profile = yes ] && ! command -v perf >/dev/null; then
  echo "bench: perf not found: no budget table (apt-get install linux-perf)" >&2
  profile=no
fi

sum=$(cat "$top/bench/audit/gen_caseload.c" "$top/bench/common/gen.h" | cksum | cut -d' ' -f1)
bench_cc "$work/gen_caseload" "$top/bench/audit/gen_caseload.c" -lz
# shellcheck disable=SC2046
bench_cc "$work/hash_objects" "$top/bench/audit/hash_objects.c" $(pkg-config --cflags --libs libgit2)

# make_repo N: sets dir to the folder of a packed N-case repository (built
# once, packed by a plain git gc).
make_repo() {
  local n=$1
  dir=$work/cases-$1-$sum
  if [ ! -f "$dir/.bench-complete" ]; then
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$dir.tmp"
    local t0 t1
    t0=$(bench_now)
    # fast-import deltas each blob against the one written before it, up
    # to 50 deep; git repack -a -d -f drops those deltas and searches its
    # own as git gc does for loose objects (default window 10, depth 50),
    # so the pack is what a repository committed file by file and packed
    # by a plain `git gc` holds.
    (cd "$dir.tmp" && git init -q -b main \
      && "$work/gen_caseload" "$n" 1 not-ready.txt | git fast-import --quiet \
      && git repack -a -d -f -q && git gc --quiet) >&2 || bench_die "could not build the $n-case repository"
    t1=$(bench_now)
    printf 'built the %d-case repository in %.0f s\n' "$n" "$(echo "$t1 - $t0" | bc -l)"
    touch "$dir.tmp/.bench-complete"
    mv "$dir.tmp" "$dir"
  fi
}

# describe_repo: what the pack holds (objects by type and size, deltas and
# their chains), as git gc made it.
describe_repo() {
  (cd "$dir" && git count-objects -v | awk '/^in-pack/ { o = $2 } /^size-pack/ { s = $2 }
      END { printf "  %d objects, pack %.0f MiB", o, s / 1024 }'
   git verify-pack -v .git/objects/pack/*.idx | awk '
      NF >= 5 && $2 ~ /^(blob|tree|commit)$/ { n++; if (NF == 7) { d++; if ($6 > m) m = $6; sd += $6 } }
      END { printf "; %d of %d objects stored as deltas (%.0f%%), chains %.1f deep on average, deepest %d\n",
                   d, n, 100 * d / n, d ? sd / d : 0, m }'
   git ls-tree -r -l HEAD | awk '
      { k = $5; sub(/.*\//, "", k); if (k ~ /\.json$/) { t = "JSON" } else { sub(/.*\./, "", k); t = k }
        c[t]++; b[t] += $4 }
      END { for (t in c) printf "  %-5s %7d files, %8.1f MiB, %7.1f KiB each on average\n", t, c[t], b[t] / 1048576, b[t] / c[t] / 1024 }' | sort)
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
      % (s["cases"], s["ready"], s["not_ready"], "" if not bad else "; NOT for " + " ".join(bad[:5])))
sys.exit(1 if bad else 0)
PY
}

# verdicts REPORT OUT: one line per case (id, ready, then its findings as
# rule|path|pointer, sorted), so two runs compare with cmp.
verdicts() {
  python3 - "$1" >"$2" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for c in sorted(report["cases"], key=lambda c: c["case_id"]):
    f = sorted("%s|%s|%s" % (x["rule"], x["path"], x["pointer"]) for x in c["findings"])
    print(c["case_id"], "ready" if c["ready"] else "not-ready", " ".join(f))
PY
}

status=0
for n in "${sizes[@]}"; do
  make_repo "$n"
  echo "$n cases, $(wc -l <"$dir/not-ready.txt") not ready by design:"
  describe_repo
  check_sample "$dir" "$n"
  (cd "$dir" && git cat-file --batch-all-objects --batch >"$work/dump-$n")
  (cd "$dir" && bench_timev "$runs" "catfile-$n" git cat-file --batch-all-objects --batch)
  (cd "$dir" && bench_timev "$runs" "archive-$n" git archive HEAD)
  "$work/hash_objects" "$work/dump-$n" | sed 's/^/  hashing: /' || bench_die "$n cases: hashes do not match"
  bench_timev "$runs" "hash-$n" "$work/hash_objects" "$work/dump-$n"
  rm -f "$work/dump-$n"
  (cd "$dir" && bench_timev "$runs" "audit-$n" "$bin" audit --purpose signoff --rev HEAD --as-of $as_of \
      --format json --output "$work/audit-$n.json")

  # the same verdicts as the last run on this repository, and as $CASECHECK_BEFORE
  verdicts "$work/audit-$n.json" "$work/verdicts-$n.new"
  ref=$work/verdicts-$n-$sum.txt
  if [ -f "$ref" ]; then
    if cmp -s "$ref" "$work/verdicts-$n.new"; then
      echo "  verdicts: identical to the previous run ($(wc -l <"$ref") cases; $ref)"
    else
      echo "  verdicts: DIFFER from the previous run: diff $ref $work/verdicts-$n.new" >&2; status=1
    fi
  else
    echo "  verdicts: recorded for the next run ($ref)"
  fi
  [ $status -ne 0 ] || mv "$work/verdicts-$n.new" "$ref"
  if [ -n "$before" ]; then
    (cd "$dir" && "$before" audit --purpose signoff --rev HEAD --as-of $as_of --format json \
        --output "$work/before-$n.json" 2>/dev/null) || true
    verdicts "$work/before-$n.json" "$work/verdicts-$n.before"
    if cmp -s "$ref" "$work/verdicts-$n.before"; then
      echo "  verdicts: identical to \$CASECHECK_BEFORE's"
    else
      echo "  verdicts: DIFFER from \$CASECHECK_BEFORE's: diff $ref $work/verdicts-$n.before" >&2; status=1
    fi
  fi

  if [ $profile = yes ]; then
    (cd "$dir" && perf record -q -o "$work/perf-$n.data" -F 499 --call-graph dwarf,16384 \
        "$bin" audit --purpose signoff --rev HEAD --as-of $as_of --format json --output /dev/null >/dev/null 2>&1) || true
    perf script -i "$work/perf-$n.data" -F ip,sym,dso 2>/dev/null |
      python3 "$top/bench/audit/budget.py" "$bin" >"$work/budget-$n.txt"
    rm -f "$work/perf-$n.data"
  fi
done

f() { bench_field "$1" "$2"; }
echo
echo "machine: $(bench_machine); best of $runs run(s) under /usr/bin/time -v; casecheck: $bin"
echo
echo "| cases | floor | cat-file wall s (CPU s) | archive wall s (CPU s) | hashing CPU s | audit wall s (CPU s) | wall / floor | CPU / floor | (CPU - hashing) / floor | audit CPU use | audit peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  fl=catfile-$n
  if [ "$(echo "$(f archive-$n 2) < $(f catfile-$n 2)" | bc -l)" = 1 ]; then fl=archive-$n; fi
  a=audit-$n
  printf '| %d | %s | %.2f (%.2f) | %.2f (%.2f) | %.2f | %.2f (%.2f) | **%sx** | **%sx** | %sx | %s%% | %.0f MiB |\n' "$n" \
    "${fl%-*}" "$(f catfile-$n 2)" "$(f catfile-$n 4)" "$(f archive-$n 2)" "$(f archive-$n 4)" "$(f hash-$n 4)" \
    "$(f $a 2)" "$(f $a 4)" \
    "$(bench_ratio "$(f $a 2)" "$(f $fl 2)")" "$(bench_ratio "$(f $a 4)" "$(f $fl 4)")" \
    "$(bench_ratio "$(echo "$(f $a 4) - $(f hash-$n 4)" | bc -l)" "$(f $fl 4)")" \
    "$(f $a 6)" "$(echo "$(f $a 5) / 1024" | bc -l)"
done
echo "floor: the faster (wall) of cat-file and archive; CPU = user + system; RSS: maximum resident set size"
if [ $profile = yes ]; then
  echo
  echo "Budget of the audit's CPU (perf, one more run; reading includes libgit2's own hash check,"
  echo "whose cost alone is the hashing line, in seconds and as a share of the audit's CPU):"
  echo
  printf '| part |'; for n in "${sizes[@]}"; do printf ' %d cases |' "$n"; done; echo
  printf '|---|'; for n in "${sizes[@]}"; do printf -- '---|'; done; echo
  for part in reading hashing parsing validating typing rules report other; do
    printf '| %s |' "$part"
    for n in "${sizes[@]}"; do
      if [ $part = hashing ]; then
        printf ' %.2f s, %.0f%% |' "$(f hash-$n 4)" "$(echo "100 * $(f hash-$n 4) / $(f audit-$n 4)" | bc -l)"
      else
        printf ' %s%% |' "$(awk -v p=$part '$1 == p { print $2 }' "$work/budget-$n.txt")"
      fi
    done
    echo
  done
  printf '| samples |'; for n in "${sizes[@]}"; do printf ' %s |' "$(awk '$1 == "samples" { print $2 }' "$work/budget-$n.txt")"; done; echo
fi
exit $status
