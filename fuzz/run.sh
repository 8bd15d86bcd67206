#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, every module
# instrumented) in build-fuzz/ and runs each for SECONDS (default 30) from
# corpora seeded with the fixtures. Crashes land in fuzz/crash-<target>-*;
# each one found becomes a regression test (tests/hardening/, input under
# fixtures/bad-input/fuzz/). See docs/hardening.md.
#   fuzz/run.sh [SECONDS] [TARGET...]      targets: json_schema schema_compile identifiers case doctype
#   FUZZ_JOBS=N runs N targets at once (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_schema schema_compile identifiers case doctype)
build=build-fuzz

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
      -DCASECHECK_SANITIZE=ON -DCASECHECK_FUZZ=ON -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" \
      --target $(for t in "${targets[@]}"; do printf 'fuzz_%s ' "$t"; done) >/dev/null

# Seeds: generated from the fixtures each time (cheap), plus the hard inputs
# and past crashes in fixtures/bad-input/fuzz/<target>/.
kind_byte() { # schema index used by fuzz_json_schema for a document path
  case "$1" in
    */casecheck.json) echo 0 ;; */staff.json) echo 1 ;; */case.json) echo 2 ;;
    */chronology.json) echo 3 ;; */genogram.json) echo 4 ;; */notes/*) echo 5 ;;
    */assessments/*) echo 6 ;; */transfer.json) echo 7 ;; */signoffs/*) echo 8 ;; *) echo "" ;;
  esac
}
seed() {
  local t=$1 dir=fuzz/corpus-$1
  mkdir -p "$dir"
  case "$t" in
  json_schema)
    find fixtures/sample fixtures/rules fixtures/invalid -name '*.json' -size -64k 2>/dev/null | sort |
    while read -r f; do
      k=$(kind_byte "$f"); [ -n "$k" ] || continue
      { printf "\\x$(printf %02x "$k")"; cat "$f"; } > "$dir/seed-$(echo "$f" | md5sum | cut -c1-12)"
    done ;;
  schema_compile)
    for f in schemas/*.json; do cp "$f" "$dir/seed-$(basename "$f")"; done
    find schemas/metaschemas -name "*.json" | while read -r f; do cp "$f" "$dir/seed-meta-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  identifiers)
    for s in 2026-03-02 2024-02-29 1900-02-28 2019-03 2019 23:59 00:00 A801200300012 \
             943\ 476\ 5919 9434765919 "SW1A 1AA" "GIR 0AA" "DE4 3AG" "01632 960123" "+44 7700 900123"; do
      printf '%s' "$s" > "$dir/seed-$(printf '%s' "$s" | md5sum | cut -c1-12)"
    done ;;
  case)
    for c in fixtures/sample/cases/*/; do
      out="$dir/seed-$(basename "$c")"
      printf '\x02' > "$out"
      for f in fixtures/sample/casecheck.json fixtures/sample/staff.json $(find "$c" -type f | sort); do
        printf '=%s\n' "${f#fixtures/sample/}" >> "$out"; cat "$f" >> "$out"; printf '\n' >> "$out"
      done
    done ;;
  doctype)
    # the documents of the rule fixtures' bases are JSON; the hard ones
    # are the committed corpus (fixtures/bad-input/fuzz/doctype/)
    find fixtures/sample -path '*/documents/*' -type f -size -256k 2>/dev/null | while read -r f; do
      cp "$f" "$dir/seed-$(echo "$f" | md5sum | cut -c1-12)"
    done ;;
  esac
  cp fixtures/bad-input/fuzz/"$t"/* "$dir"/ 2>/dev/null || true
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
run_one() {
  local t=$1
  seed "$t"
  local maxlen=65536
  [ "$t" = identifiers ] && maxlen=64
  [ "$t" = case ] && maxlen=262144
  [ "$t" = doctype ] && maxlen=262144
  local dict=()
  [ "$t" = identifiers ] || dict=(-dict=fuzz/json.dict)
  [ "$t" = doctype ] && dict=(-dict=fuzz/doctype.dict)
  echo "== fuzz_$t for ${secs}s"
  "$build/fuzz/fuzz_$t" -max_total_time="$secs" -max_len="$maxlen" -timeout=20 -rss_limit_mb=4096 \
     -artifact_prefix="fuzz/crash-$t-" -print_final_stats=1 "${dict[@]}" "fuzz/corpus-$t" \
     > "$build/fuzz-$t.log" 2>&1 || { echo "fuzz_$t: FAILED (see $build/fuzz-$t.log, fuzz/crash-$t-*)"; return 1; }
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ *DONE' "$build/fuzz-$t.log" | sed "s/^/fuzz_$t: /"
}
jobs=${FUZZ_JOBS:-1}
pids=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
