#!/usr/bin/env python3
"""Writes a `git fast-import` stream (stdout) for a synthetic case repository
made from fixtures/rules/_base: N copies of BASE-001 under new case ids
(BC-00001, ...), every one valid, and staff.json.

  gen_repo.py SRC_DIR --cases N                      one commit
  gen_repo.py SRC_DIR --cases N --commits M          then M-1 commits, each
                                                     changing one case in turn
                                                     (a new final note or a new
                                                     chronology entry)
  ... --stale                                        every case also holds a
                                                     transferring manager's
                                                     sign-off of a content the
                                                     case never had (stale:
                                                     the transfer audit names
                                                     the commits since)

Files that do not mention the case id are stored once and shared by every
case (git stores identical content once anyway). Dates stay before
2026-03-02, so the cases stay valid for the benchmark's audits."""
import argparse
import json
import os
import sys

BASE_ID = "BASE-001"


def load_base(src):
    base = os.path.join(src, "fixtures", "rules", "_base")
    case_dir = os.path.join(base, "cases", BASE_ID)
    files = {}
    for root, _dirs, names in os.walk(case_dir):
        for name in names:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, case_dir)
            if rel.startswith("signoffs" + os.sep):
                continue  # placeholder sign-offs: not part of a check audit
            with open(full, "rb") as f:
                files[rel] = f.read()
    with open(os.path.join(base, "staff.json"), "rb") as f:
        staff = f.read()
    return files, staff


class Stream:
    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.time = 1767225600  # 2026-01-01

    def blob(self, data):
        self.mark += 1
        self.out.write(b"blob\nmark :%d\ndata %d\n" % (self.mark, len(data)))
        self.out.write(data)
        self.out.write(b"\n")
        return self.mark

    def commit(self, message, changes):
        self.mark += 1
        self.time += 60
        msg = message.encode()
        self.out.write(b"commit refs/heads/main\nmark :%d\n" % self.mark)
        self.out.write(b"committer Bench <bench@casecheck.invalid> %d +0000\n" % self.time)
        self.out.write(b"data %d\n%s\n" % (len(msg), msg))
        # no "from": fast-import continues the branch from its tip in this stream
        for path, mark in changes:
            self.out.write(b"M 100644 :%d %s\n" % (mark, path.encode()))
        self.out.write(b"\n")


def case_id(i):
    return "BC-%05d" % (i + 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--cases", type=int, required=True)
    ap.add_argument("--commits", type=int, default=1)
    ap.add_argument("--stale", action="store_true")
    a = ap.parse_args()
    files, staff = load_base(a.src)
    out = sys.stdout.buffer
    s = Stream(out)

    shared = {}
    changes = [("staff.json", s.blob(staff))]
    chron = {}
    if a.stale:
        signoff = {"format": "casecheck/signoff@1", "role": "transferring-manager", "by": "tm-carol",
                   "date": "2026-02-28", "purpose": "transfer", "content": "5" * 40, "result": "ready"}
        files = dict(files)
        files[os.path.join("signoffs", "transferring.json")] = (json.dumps(signoff, indent=2) + "\n").encode()
    for i in range(a.cases):
        cid = case_id(i)
        for rel, data in sorted(files.items()):
            if BASE_ID.encode() in data:
                mark = s.blob(data.replace(BASE_ID.encode(), cid.encode()))
            else:
                if rel not in shared:
                    shared[rel] = s.blob(data)
                mark = shared[rel]
            changes.append(("cases/%s/%s" % (cid, rel), mark))
        chron[cid] = json.loads(files["chronology.json"].decode().replace(BASE_ID, cid))
    s.commit("%d cases" % a.cases, changes)

    for k in range(1, a.commits):
        cid = case_id(k % a.cases)
        day = 1 + (k // a.cases) % 27
        if k % 2:
            note = {"format": "casecheck/note@1", "id": "n-b%d" % k, "date": "2026-02-%02d" % day,
                    "author": "sw-anna", "type": "telephone", "heading": "Call", "status": "final",
                    "finalised_on": "2026-02-%02d" % day, "children": ["c1"], "text": "Recorded."}
            data = (json.dumps(note, indent=2) + "\n").encode()
            s.commit("%s: note %d" % (cid, k), [("cases/%s/notes/n-b%d.json" % (cid, k), s.blob(data))])
        else:
            doc = chron[cid]
            doc["entries"].append({"id": "e-b%d" % k, "date": "2026-02-%02d" % day, "event": "Telephone call",
                                   "category": "other", "children": ["c1"], "recorded_by": "sw-anna",
                                   "recorded_on": "2026-02-%02d" % day})
            data = (json.dumps(doc, indent=2) + "\n").encode()
            s.commit("%s: chronology %d" % (cid, k), [("cases/%s/chronology.json" % cid, s.blob(data))])


if __name__ == "__main__":
    main()
