#!/usr/bin/env bash
# valgrind_demo: the demo audit is Valgrind-clean. Runs
#   valgrind --error-exitcode=99 --leak-check=full casecheck audit ...
# on a git copy of fixtures/sample (transfer with --history and the HTML
# report; signoff with JSON), and `casecheck signoff` on a copy. Any
# Valgrind error or definite/possible leak fails the test (exit 99 from
# the program under Valgrind). Skipped (exit 77) only when valgrind is not
# installed, or when the binary is built with AddressSanitizer (the two
# cannot run together; the ASan build checks the same runs its own way).
#   valgrind_demo.sh CASECHECK_BINARY SOURCE_DIR SANITIZE(ON|OFF)
set -u
bin=$1 src=$2 sanitize=${3:-OFF}
if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIP: valgrind is not installed (apt-get install valgrind; scripts/install-deps installs it)"
  exit 77
fi
case "$sanitize" in ON|on|1|TRUE|true)
  echo "SKIP: this build uses AddressSanitizer, which cannot run under valgrind; the normal build runs this test"
  exit 77 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
repo=$tmp/sample
cp -r "$src/fixtures/sample" "$repo"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE
git -C "$repo" init -q -b main && git -C "$repo" config user.name "Team Manager" &&
  git -C "$repo" config user.email tm@example.org && git -C "$repo" add -A &&
  git -C "$repo" commit -qm sample || exit 1
# Valgrind cannot follow PCRE2's JIT-compiled code: keep regexes interpreted.
export CASECHECK_REGEX_JIT=0
export HOME=$tmp/home   # no user config: the identity above is the repository's
mkdir -p "$HOME"

vg() { # vg EXPECTED-EXIT-CODES ARGS...: runs casecheck under valgrind in the repo
  local want=$1; shift
  (cd "$repo" && valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,possible \
     --errors-for-leak-kinds=definite,possible --track-fds=no "$bin" "$@" >"$tmp/out" 2>"$tmp/err")
  local rc=$?
  if [ $rc -eq 99 ] || ! [[ " $want " == *" $rc "* ]]; then
    echo "FAIL: casecheck $* exited $rc under valgrind (wanted $want); its stderr:"
    cat "$tmp/err"
    exit 1
  fi
  if grep -q '^==[0-9]*==' "$tmp/err"; then
    echo "FAIL: valgrind reported on casecheck $*:"; grep '^==' "$tmp/err"; exit 1
  fi
  echo "ok: casecheck $* (exit $rc, $(wc -c <"$tmp/out") bytes out)"
}
vg 1 audit --purpose transfer --as-of 2026-03-02 --history --format html --output "$tmp/report.html"
vg 1 audit --purpose signoff --as-of 2026-03-02 --format json --worktree
vg 0 rules --profile all
vg 0 signoff --case LCS-104488 --role transferring-manager --by tm-okafor --as-of 2026-03-02 --commit
