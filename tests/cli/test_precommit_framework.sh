#!/usr/bin/env bash
# test_precommit_framework: the shipped .pre-commit-hooks.yaml used by the
# pre-commit framework (Debian's pre-commit, 3.0.4: stages "commit" and
# "merge-commit"), offline, from a local path: a staged broken record is
# refused at commit and at merge, and what is judged is the index (a broken
# file left unstaged in the working tree does not stop a good commit).
#   test_precommit_framework.sh SOURCE_DIR CASECHECK_BINARY
set -euo pipefail
src=$1
bin=$2
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (scripts/install-deps)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home PRE_COMMIT_HOME=$tmp/pre-commit-cache GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$tmp/gitconfig
export PATH="$(dirname "$bin"):$PATH" NO_COLOR=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$HOME"
git config --global user.name "Casecheck Test"
git config --global user.email test@casecheck.invalid
git config --global init.defaultBranch main
fail() { echo "FAIL: $*"; exit 1; }

# The hook definitions, as a repository pre-commit clones from a local path.
mkdir "$tmp/hooks-repo"
cp "$src/.pre-commit-hooks.yaml" "$tmp/hooks-repo/"
git -C "$tmp/hooks-repo" init -q
git -C "$tmp/hooks-repo" add -A
git -C "$tmp/hooks-repo" commit -qm hooks
rev=$(git -C "$tmp/hooks-repo" rev-parse HEAD)

# A case repository using them.
repo=$tmp/records
cp -r "$src/fixtures/rules/_base" "$repo"
cd "$repo"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $tmp/hooks-repo
    rev: $rev
    hooks:
      - id: casecheck
YAML
git add -A
git commit -qm "records" --no-verify
pre-commit install --hook-type pre-commit --hook-type pre-merge-commit >/dev/null
[ -x .git/hooks/pre-commit ] && [ -x .git/hooks/pre-merge-commit ] || fail "pre-commit install wrote no hooks"

note() { # note FILE STATUS: a valid note of the base case
  printf '{"format": "casecheck/note@1", "id": "%s", "date": "2026-02-21", "author": "sw-anna", "type": "telephone", "heading": "Call", "status": "%s", "text": "Spoke to school."}\n' "$(basename "$1" .json)" "$2" > "$1"
}
N=cases/BASE-001/notes

# 1. A staged record that is not valid JSON is refused.
printf '{"format": "casecheck/note@1",\n' > $N/n-broken.json
git add $N/n-broken.json
if git commit -qm "broken" > "$tmp/out1" 2>&1; then cat "$tmp/out1"; fail "a broken staged note was committed"; fi
grep -q "casecheck: commit refused" "$tmp/out1" || { cat "$tmp/out1"; fail "the refusal does not come from casecheck"; }
grep -q "n-broken.json" "$tmp/out1" || { cat "$tmp/out1"; fail "the refusal does not name the file"; }
git rm -q --cached $N/n-broken.json
rm $N/n-broken.json

# 2. The index is judged: a good note staged, a broken copy left unstaged.
note $N/n-call.json draft
git add $N/n-call.json
printf 'not json' > $N/n-call.json
git commit -qm "call" > "$tmp/out2" 2>&1 || { cat "$tmp/out2"; fail "a good staged note was refused for an unstaged change"; }
[ "$(cat $N/n-call.json)" = "not json" ] || fail "the unstaged change was not given back"
git show HEAD:$N/n-call.json | grep -q '"status": "draft"' || fail "the commit does not hold the staged note"
git checkout -q -- $N/n-call.json

# 3. A merge commit (stage merge-commit) is judged too.
git checkout -q -b broken-branch
printf '{"format": "casecheck/note@1",\n' > $N/n-merge.json
git add $N/n-merge.json
git commit -qm "broken on a branch" --no-verify
git checkout -q main
note $N/n-other.json draft
git add $N/n-other.json
git commit -qm "other" > /dev/null 2>&1 || fail "a good note was refused"
if git merge -q --no-ff -m "merge" broken-branch > "$tmp/out3" 2>&1; then cat "$tmp/out3"; fail "a merge bringing a broken note was committed"; fi
grep -q "casecheck: commit refused" "$tmp/out3" || { cat "$tmp/out3"; fail "the merge refusal does not come from casecheck"; }
grep -q "n-merge.json" "$tmp/out3" || { cat "$tmp/out3"; fail "the merge refusal does not name the file"; }
git merge --abort 2>/dev/null || true
git merge -q --no-ff -m "merge" --no-verify broken-branch >/dev/null 2>&1 || fail "--no-verify merge failed"
echo "ok: pre-commit $(pre-commit --version | cut -d' ' -f2) ran casecheck at commit and merge, judging the index"
