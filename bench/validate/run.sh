#!/usr/bin/env bash
# Validator benchmark: N synthetic case notes (schemas/note.json, about 2%
# invalid on purpose, made by gen_notes.c) in one folder, then in the same
# run, end to end (process start to exit, every file on one command line):
#   casecheck validate --schema schemas/note.json --format-assert FILES
#   Blaze:  jsonschema validate --fast --format-assertion --continue
#           --resolve schemas/defs.json schemas/note.json FILES
#           (npm @sourcemeta/jsonschema; its prebuilt binary, called
#           directly, not through the package's node wrapper)
#   ajv:    ajv validate --spec=draft2020 -c ajv-formats -s schemas/note.json
#           -r schemas/defs.json -d 'notes/*.json'        (npm ajv-cli)
# checks that all three find the same invalid files (and the ones the
# generator spoiled), and prints the times and the ratios.
#
#   bench/validate/run.sh [--quick] [N] [RUNS]   (defaults 20000 notes, 5 runs;
#                                                --quick: 2000 notes, 3 runs)
# Uses $CASECHECK if set, else build/checker/cli/casecheck, else builds one.
# The npm packages are installed under bench/work/npm on first use.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/bench/common/lib.sh"

n=20000 runs=5
if [ "${1:-}" = --quick ]; then n=2000 runs=3; shift; fi
n=${1:-$n}
runs=${2:-$runs}

bin=$(bench_casecheck)
schemas=$top/schemas
work=$bench_work/validate
mkdir -p "$work"
bench_times=$work/times.txt
: >"$bench_times"

# the other validators (npm packages, installed once)
npm_dir=$bench_work/npm
if [ ! -x "$npm_dir/node_modules/.bin/ajv" ] || [ ! -d "$npm_dir/node_modules/@sourcemeta/jsonschema" ]; then
  mkdir -p "$npm_dir"
  (cd "$npm_dir" && { [ -f package.json ] || npm init -y >/dev/null 2>&1; } \
    && npm install --no-audit --no-fund @sourcemeta/jsonschema ajv-cli ajv-formats >/dev/null 2>&1) \
    || bench_die "npm install of @sourcemeta/jsonschema ajv-cli ajv-formats failed"
fi
blaze=$(ls "$npm_dir"/node_modules/@sourcemeta/jsonschema/build/github-releases/jsonschema-linux-"$(uname -m)" 2>/dev/null) \
  || bench_die "no Blaze binary for linux-$(uname -m) in @sourcemeta/jsonschema"
ajv=$npm_dir/node_modules/.bin/ajv

# the documents (regenerated only when N changes)
if [ ! -d "$work/notes" ] || [ "$(cat "$work/count" 2>/dev/null)" != "$n" ]; then
  rm -rf "$work/notes"
  bench_cc "$work/gen_notes" "$top/bench/validate/gen_notes.c"
  "$work/gen_notes" "$work/notes" "$n" 1
  echo "$n" >"$work/count"
fi
cd "$work/notes"

cc_cmd="$bin validate --schema $schemas/note.json --format-assert *.json"
blaze_cmd="$blaze validate --fast --format-assertion --continue --resolve $schemas/defs.json $schemas/note.json *.json"
ajv_cmd="$ajv validate --spec=draft2020 -c ajv-formats -s $schemas/note.json -r $schemas/defs.json -d '*.json'"

# agreement: the set of invalid files according to each
sh -c "$cc_cmd" 2>&1 | sed -n 's/^\(note-[0-9]*\.json\): .*/\1/p' | sort -u >../invalid.casecheck || true
sh -c "$blaze_cmd" 2>&1 | sed -n 's/^fail: \(.*\)$/\1/p' | sed 's|.*/||' | sort -u >../invalid.blaze || true
sh -c "$ajv_cmd" 2>&1 | sed -n 's/^\(.*\) invalid$/\1/p' | sed 's|.*/||' | sort -u >../invalid.ajv || true
sort -u ../expected-invalid.txt >../invalid.expected
count() { wc -l <"$1" | tr -d ' '; }
printf 'documents: %d notes, invalid: generator %d, casecheck %d, Blaze %d, ajv %d\n' "$n" \
  "$(count ../invalid.expected)" "$(count ../invalid.casecheck)" "$(count ../invalid.blaze)" "$(count ../invalid.ajv)"
agree=yes
for v in casecheck blaze ajv; do
  if ! cmp -s ../invalid.expected "../invalid.$v"; then
    agree=no
    echo "bench: $v disagrees with the generator on:" >&2
    diff ../invalid.expected "../invalid.$v" | grep '^[<>]' | head -5 >&2
  fi
done
[ "$agree" = yes ] && echo "agreement: all three find exactly the generator's invalid documents"

bench_time "$runs" casecheck "$cc_cmd"
bench_time "$runs" blaze "$blaze_cmd"
bench_time "$runs" ajv "$ajv_cmd"

echo "machine: $(bench_machine); best of $runs runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo shell loop))"
printf '%-10s %12s %12s %14s\n' validator "best wall s" "mean wall s" "mean CPU s"
for v in casecheck blaze ajv; do
  printf '%-10s %12s %12s %14s\n' "$v" "$(bench_field $v 2)" "$(bench_field $v 3)" "$(bench_field $v 4)"
done
printf 'ratio casecheck / Blaze: %sx wall (best), %sx CPU\n' \
  "$(bench_ratio "$(bench_field casecheck 2)" "$(bench_field blaze 2)")" \
  "$(bench_ratio "$(bench_field casecheck 4)" "$(bench_field blaze 4)")"
printf 'ratio casecheck / ajv:   %sx wall (best), %sx CPU\n' \
  "$(bench_ratio "$(bench_field casecheck 2)" "$(bench_field ajv 2)")" \
  "$(bench_ratio "$(bench_field casecheck 4)" "$(bench_field ajv 4)")"
[ "$agree" = yes ] || exit 1
