#!/usr/bin/env bash
# test_example_client: a program outside the tree builds against the
# INSTALLED library and gets the command line's verdicts.
#   example_client.sh SOURCE_DIR BUILD_DIR LIBDIR CC [CFLAGS...]
# Installs BUILD_DIR into a temporary prefix (cmake --install), compiles
# every examples/*.c with `pkg-config --cflags --libs casecheck` (the shared
# library) and again against the static archive with `pkg-config --static`
# (its private dependencies from Requires.private and Libs.private), makes
# fixtures/sample a git repository, and for each purpose compares the
# example's verdicts and exit code with the installed casecheck's.
set -euo pipefail
src=$1 build=$2 libdir=$3 cc=$4
shift 4
tmp=$(mktemp -d "${TMPDIR:-/tmp}/casecheck-example.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test_example_client: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
export PKG_CONFIG_PATH=$tmp/prefix/$libdir/pkgconfig
pkg-config --exists casecheck || fail "pkg-config does not find casecheck.pc in $PKG_CONFIG_PATH"
[ "$(pkg-config --modversion casecheck)" = "$(sed -n 's/^#define CC_VERSION "\(.*\)"/\1/p' "$tmp/prefix/include/casecheck/version.h")" ] ||
  fail "casecheck.pc and casecheck/version.h disagree on the version"
# Each public header stands alone, and none shows the library's internals
# (cJSON trees, string buffers, libgit2: docs/api.md).
for h in "$tmp"/prefix/include/casecheck/*.h; do
  printf '#include <casecheck/%s>\n' "$(basename "$h")" |
    "$cc" -std=c11 -Wall -Wextra -Werror -fsyntax-only -I"$tmp/prefix/include" -x c - ||
    fail "casecheck/$(basename "$h") does not compile on its own"
done
! grep -l 'cJSON\|cc_strbuf\|git2\|git_repository' "$tmp"/prefix/include/casecheck/*.h ||
  fail "a public header shows cJSON, cc_strbuf or libgit2"
read -r -a shared_flags <<<"$(pkg-config --cflags --libs casecheck)"
read -r -a static_flags <<<"$(pkg-config --cflags --static --libs casecheck | sed 's/-lcasecheck\b/-l:libcasecheck.a/')"
for example in "$src"/examples/*.c; do
  name=$(basename "$example" .c)
  # Only the installed headers: the source tree is not on the include path.
  "$cc" -std=c11 -Wall -Wextra -Werror "$@" -o "$tmp/$name" "$example" "${shared_flags[@]}" \
    -Wl,-rpath,"$tmp/prefix/$libdir"
  "$cc" -std=c11 -Wall -Wextra -Werror "$@" -o "$tmp/$name-static" "$example" "${static_flags[@]}"
  # (ldd's output is read whole: grep -q stopping early would break the pipe under pipefail)
  static_libs=$(ldd "$tmp/$name-static")
  shared_libs=$(ldd "$tmp/$name")
  [[ $static_libs != *libcasecheck* ]] || fail "$name-static still loads libcasecheck.so"
  [[ $shared_libs == *"$tmp/prefix/$libdir/libcasecheck.so"* ]] || fail "$name does not load the installed library"
done

repo=$tmp/repo
mkdir "$repo"
cp -R "$src/fixtures/sample/." "$repo/"
(
  cd "$repo"
  export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  git init -q -b main
  git -c core.autocrlf=false add -A
  git -c user.name=example -c user.email=example@example.org -c commit.gpgsign=false commit -q -m sample
)

# The CLI's verdicts, one "ID ready|not-ready" a line, from its JSON report.
cli_verdicts() {
  python3 -c 'import json, sys
for c in json.load(sys.stdin)["cases"]:
    print(c["case_id"], "ready" if c["ready"] else "not-ready")'
}

checked=0
for purpose in check signoff transfer receive; do
  set +e
  "$tmp/prefix/bin/casecheck" audit --repo "$repo" --purpose "$purpose" --as-of 2026-03-02 --format json \
    >"$tmp/cli.json" 2>"$tmp/cli.err"
  cli_rc=$?
  set -e
  [ "$cli_rc" -le 1 ] || fail "casecheck audit --purpose $purpose could not run: $(cat "$tmp/cli.err")"
  cli_verdicts <"$tmp/cli.json" >"$tmp/cli.txt"
  [ -s "$tmp/cli.txt" ] || fail "casecheck audit --purpose $purpose audited no case"
  for bin in "$tmp"/audit "$tmp"/audit-static; do
    set +e
    "$bin" "$repo" "$purpose" 2026-03-02 >"$tmp/ex.out" 2>"$tmp/ex.err"
    ex_rc=$?
    set -e
    grep -v ' cases, ' "$tmp/ex.out" >"$tmp/ex.txt" || true
    diff -u "$tmp/cli.txt" "$tmp/ex.txt" || fail "$(basename "$bin") --purpose $purpose: verdicts differ from the CLI's"
    [ "$ex_rc" = "$cli_rc" ] || fail "$(basename "$bin") --purpose $purpose: exit $ex_rc, the CLI's $cli_rc"
    checked=$((checked + 1))
  done
  echo "purpose $purpose: $(wc -l <"$tmp/cli.txt") cases, $(grep -c ' ready$' "$tmp/cli.txt" || true) ready; example agrees (exit $cli_rc)"
done
echo "test_example_client: $checked runs agree with the CLI"
