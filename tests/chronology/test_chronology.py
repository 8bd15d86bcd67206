#!/usr/bin/env python3
"""test_chronology: `casecheck chronology` end to end, on git repositories
built in temporary folders from fixtures/rules/_base and fixtures/sample:
date order with full and partial dates, entered-in-error entries and
addenda, filters, a family chronology of two cases, the anonymised view of
every sample case (no name the record knows left), the CSV read back by
Python's csv module, the JSON valid against schemas/chronology-export.json
(checked by `casecheck validate`), the --output rules, and `--purpose court`
against `signoff` on the same case."""
import copy
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SRC = os.environ.get("CASECHECK_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("CASECHECK_BINARY", os.path.join(SRC, "build", "checker", "cli", "casecheck"))
AS_OF = "2026-03-02"
GIT_ENV = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org", GIT_CONFIG_NOSYSTEM="1", HOME=tempfile.gettempdir())


def run(args, cwd=None, ok=(0,)):
    p = subprocess.run([BIN] + args, cwd=cwd, capture_output=True, text=True, encoding="utf-8")
    if p.returncode not in ok:
        raise AssertionError(f"casecheck {' '.join(args)}: exit {p.returncode}\n{p.stderr}")
    return p


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=GIT_ENV)


def make_repo(tmp, tree, edit=None):
    """A git repository holding a copy of tree, edited by edit(dir), committed."""
    d = os.path.join(tmp, "repo")
    shutil.copytree(tree, d)
    if edit:
        edit(d)
    git(d, "init", "-q", "-b", "main")
    git(d, "add", "-A")
    git(d, "commit", "-q", "-m", "records")
    return d


def entry(id_, date, event, category="visit", **more):
    e = {"id": id_, "date": date, "event": event, "category": category, "source": "Case note",
         "significance": f"What {id_} meant for the children", "action": "", "children": ["c1"],
         "recorded_by": "sw-anna", "recorded_on": "2025-12-01" if len(date) < 10 else date}
    e.update(more)
    return e


BASE = os.path.join(SRC, "fixtures", "rules", "_base")
CASE = "cases/BASE-001"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)


def write_chronology(d, entries, case="BASE-001"):
    path = os.path.join(d, "cases", case, "chronology.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "casecheck/chronology@1", "case_id": case, "entries": entries}, f, indent=1)


# Written out of order on purpose: the export sorts.
MIXED = [
    entry("d1", "2019-11-05", "Visit on the fifth"),
    entry("y1", "2019", "Something in 2019", category="family"),
    entry("m1", "2019-11", "Something in November", category="family"),
    entry("d0", "2019-10-30", "Visit before November"),
    entry("d2", "2019-11-30", "Visit at the end of November"),
    entry("m0", "2019-10", "Something in October", category="health"),
    entry("x1", "2019-11-07", "Recorded on the wrong family", entered_in_error={"on": "2019-11-08", "by": "sw-anna",
                                                                                 "reason": "wrong family"}),
    entry("a1", "2019-12-02", "Addendum: both children were seen alone", amends="d1"),
]


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.repo = make_repo(cls.tmp, BASE, lambda d: write_chronology(d, MIXED))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def export(self, *more):
        p = run(["chronology", "--case", "BASE-001", "--as-of", AS_OF, "--format", "json", *more], cwd=self.repo)
        return json.loads(p.stdout)

    def test_partial_dates_placed_by_month_and_year(self):
        ids = [e["id"] for e in self.export()["entries"]]
        self.assertEqual(ids, ["y1", "m0", "d0", "m1", "d1", "d2", "a1"])

    def test_partial_dates_print_as_month_and_year(self):
        text = run(["chronology", "--case", "BASE-001", "--as-of", AS_OF], cwd=self.repo).stdout
        self.assertIn("November 2019  [family]  m1", text)
        self.assertIn("\n2019  [family]  y1", text)
        self.assertIn("5 November 2019  [visit]  d1", text)
        self.assertRegex(text, r"This is the record itself: it holds personal data")

    def test_entered_in_error_left_out_and_struck_with_all(self):
        self.assertNotIn("x1", [e["id"] for e in self.export()["entries"]])
        rows = self.export("--all")["entries"]
        x1 = [e for e in rows if e["id"] == "x1"]
        self.assertEqual(len(x1), 1)
        self.assertEqual(x1[0]["entered_in_error_on"], "2019-11-08")
        html = run(["chronology", "--case", "BASE-001", "--as-of", AS_OF, "--all", "--format", "html"],
                   cwd=self.repo).stdout
        self.assertIn("<del>Recorded on the wrong family</del>", html)

    def test_addendum_shown_with_what_it_amends(self):
        a1 = [e for e in self.export()["entries"] if e["id"] == "a1"][0]
        self.assertEqual(a1["amends"], {"id": "d1", "date": "2019-11-05", "shown": True})
        a1 = [e for e in self.export("--from", "2019-12-01")["entries"] if e["id"] == "a1"][0]
        self.assertEqual(a1["amends"], {"id": "d1", "date": "2019-11-05", "shown": False})
        text = run(["chronology", "--case", "BASE-001", "--as-of", AS_OF], cwd=self.repo).stdout
        self.assertIn("Addendum to d1 (2019-11-05)", text)

    def test_filters(self):
        ids = [e["id"] for e in self.export("--from", "2019-11-01", "--to", "2019-11-30")["entries"]]
        # a year or month overlapping the range is kept: it may fall in it
        self.assertEqual(ids, ["y1", "m1", "d1", "d2"])
        ids = [e["id"] for e in self.export("--category", "family", "--category", "health")["entries"]]
        self.assertEqual(ids, ["y1", "m0", "m1"])
        self.assertEqual(self.export("--child", "c2")["entries"], [])
        p = run(["chronology", "--case", "BASE-001", "--category", "visits"], cwd=self.repo, ok=(2,))
        self.assertIn("unknown category 'visits'", p.stderr)

    def test_unknown_case_and_usage(self):
        p = run(["chronology", "--case", "NOPE-1"], cwd=self.repo, ok=(2,))
        self.assertIn("no case NOPE-1", p.stderr)
        p = run(["chronology"], cwd=self.repo, ok=(2,))
        self.assertIn("--case", p.stderr)
        self.assertIn("PERSONAL DATA", run(["chronology", "--help"]).stdout)

    def test_reads_rev_index_and_worktree_like_audit(self):
        write_chronology(self.repo, MIXED + [entry("w1", "2026-01-05", "Only in the work tree")])
        try:
            head = [e["id"] for e in self.export()["entries"]]
            work = [e["id"] for e in self.export("--worktree")["entries"]]
            p = run(["chronology", "--case", "BASE-001", "--as-of", AS_OF], cwd=self.repo)
            self.assertIn("uncommitted changes; reading HEAD", p.stderr)
            self.assertNotIn("w1", head)
            self.assertIn("w1", work)
            git(self.repo, "add", "-A")
            self.assertIn("w1", [e["id"] for e in self.export("--staged")["entries"]])
            self.assertNotIn("w1", [e["id"] for e in self.export("--rev", "HEAD")["entries"]])
        finally:
            git(self.repo, "reset", "-q", "--hard")

    def test_json_valid_against_the_published_schema(self):
        for more in ([], ["--all"], ["--anonymise"]):
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
                f.write(json.dumps(self.export(*more)))
            try:
                p = run(["validate", "--format-assert", "--schema",
                         os.path.join(SRC, "schemas", "chronology-export.json"), f.name], ok=(0, 1))
                self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            finally:
                os.unlink(f.name)

    def test_schema_refuses_what_is_not_an_export(self):
        bad = self.export()
        bad["entries"][0]["date_label"] = "Nov 2019"
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            f.write(json.dumps(bad))
        try:
            p = run(["validate", "--schema", os.path.join(SRC, "schemas", "chronology-export.json"), f.name],
                    ok=(1,))
            self.assertIn("date_label", p.stdout + p.stderr)
        finally:
            os.unlink(f.name)


class Csv(unittest.TestCase):
    def test_csv_read_back_by_pythons_csv_module(self):
        tmp = tempfile.mkdtemp()
        try:
            tricky = MIXED + [entry("f1", "2019-12-20", "=HYPERLINK(\"http://x\")", source="+44 sheet, \"quoted\"",
                                    significance="line one\nline two", action="-1")]
            repo = make_repo(tmp, BASE, lambda d: write_chronology(d, tricky))
            raw = subprocess.run([BIN, "chronology", "--case", "BASE-001", "--format", "csv", "--as-of", AS_OF],
                                 cwd=repo, capture_output=True).stdout
            self.assertTrue(raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark first")
            rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            self.assertEqual([r["id"] for r in rows], ["y1", "m0", "d0", "m1", "d1", "d2", "a1", "f1"])
            f1 = rows[-1]
            self.assertEqual(f1["event"], "'=HYPERLINK(\"http://x\")")
            self.assertEqual(f1["source"], "'+44 sheet, \"quoted\"")
            self.assertEqual(f1["significance"], "line one\nline two")
            self.assertEqual(f1["action"], "'-1")
            self.assertEqual(rows[0]["date_label"], "2019")
            self.assertEqual(rows[3]["date_label"], "November 2019")
            self.assertEqual(rows[6]["amends"], "d1")
            self.assertEqual(rows[6]["amends_date"], "2019-11-05")
        finally:
            shutil.rmtree(tmp)


class Html(unittest.TestCase):
    def test_html_escapes_the_records_text(self):
        tmp = tempfile.mkdtemp()
        try:
            tricky = MIXED + [entry("h1", "2019-12-20", "<script>alert(1)</script> & \"more\"",
                                    source="<b>Health</b>", action="a < b")]
            repo = make_repo(tmp, BASE, lambda d: write_chronology(d, tricky))
            html = run(["chronology", "--case", "BASE-001", "--format", "html", "--as-of", AS_OF], cwd=repo).stdout
            self.assertNotIn("<script", html)
            self.assertNotIn("<b>Health", html)
            self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ", html)
            self.assertIn("&lt;b&gt;Health&lt;/b&gt;", html)
            self.assertIn("a &lt; b", html)
        finally:
            shutil.rmtree(tmp)


class Family(unittest.TestCase):
    def test_two_cases_merged_by_date_each_marked(self):
        tmp = tempfile.mkdtemp()

        def edit(d):
            write_chronology(d, [entry("a", "2020-01-10", "First case, January"),
                                 entry("b", "2020-03", "First case, March")])
            shutil.copytree(os.path.join(d, CASE), os.path.join(d, "cases", "BASE-002"))
            for name in ("case.json", "genogram.json"):
                p = os.path.join(d, "cases", "BASE-002", name)
                doc = load(p)
                doc["case_id"] = "BASE-002"
                save(p, doc)
            write_chronology(d, [entry("a", "2020-02-01", "Second case, February"),
                                 entry("c", "2020", "Second case, sometime in 2020")], case="BASE-002")
        try:
            repo = make_repo(tmp, BASE, edit)
            p = run(["chronology", "--case", "BASE-001", "--case", "BASE-002", "--format", "json", "--as-of", AS_OF],
                    cwd=repo)
            got = [(e["case_id"], e["id"]) for e in json.loads(p.stdout)["entries"]]
            self.assertEqual(got, [("BASE-002", "c"), ("BASE-001", "a"), ("BASE-002", "a"), ("BASE-001", "b")])
            text = run(["chronology", "--case", "BASE-001", "--case", "BASE-002", "--as-of", AS_OF], cwd=repo).stdout
            self.assertIn("Chronology of BASE-001, BASE-002", text)
            self.assertIn("[visit]  BASE-002  a", text)
            html = run(["chronology", "--case", "BASE-001", "--case", "BASE-002", "--format", "html",
                        "--as-of", AS_OF], cwd=repo).stdout
            self.assertIn("<th scope=\"col\">Case</th>", html)
        finally:
            shutil.rmtree(tmp)


TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"}


def name_parts(name):
    words = [w for w in re.sub(r"\([^)]*\)", "", name).split() if w not in TITLES and w not in ("and", "&")]
    return words if words and all(w[0].isupper() for w in words) else []


class Anonymised(unittest.TestCase):
    """Every sample case: no name the record knows is left in any format."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.repo = make_repo(cls.tmp, os.path.join(SRC, "fixtures", "sample"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def known_names(self, case):
        d = os.path.join(self.repo, "cases", case)
        c = load(os.path.join(d, "case.json"))
        g = load(os.path.join(d, "genogram.json"))
        staff = load(os.path.join(self.repo, "staff.json"))["staff"]
        names = set()
        for ch in c.get("children", []):
            names |= {ch.get("given_name", ""), ch.get("family_name", "")}
        for p in g.get("people", []):
            names |= {p["name"], *name_parts(p["name"])}
        for i in c.get("involvements", []):
            names |= {i.get("name", ""), *name_parts(i.get("name", ""))}
            if i.get("organisation") not in (None, "Family"):
                names.add(i["organisation"])
        for s in staff:
            names |= {s.get("name", ""), *name_parts(s.get("name", ""))}
        return {n for n in names if len(n) > 1}

    def test_no_known_name_left(self):
        cases = sorted(os.listdir(os.path.join(self.repo, "cases")))
        self.assertGreater(len(cases), 10)
        checked = 0
        for case in cases:
            names = self.known_names(case)
            plain = run(["chronology", "--case", case, "--as-of", AS_OF], cwd=self.repo).stdout
            seen = [n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", plain)]
            for fmt in ("text", "csv", "json", "html"):
                p = run(["chronology", "--case", case, "--as-of", AS_OF, "--anonymise", "--format", fmt], cwd=self.repo)
                out = p.stdout
                if fmt == "json":
                    out = json.dumps(json.loads(p.stdout), ensure_ascii=False)
                left = [n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", out)]
                self.assertEqual(left, [], f"{case} --format {fmt}: names left")
                self.assertIn("--anonymise", p.stderr)
            checked += len(seen)
        self.assertGreater(checked, 30, "the named view holds names to replace")

    def test_labels_from_the_record_and_what_was_not_matched(self):
        p = run(["chronology", "--case", "LCS-104233", "--as-of", AS_OF, "--anonymise", "--format", "json"],
                cwd=self.repo)
        doc = json.loads(p.stdout)
        self.assertTrue(doc["anonymised"])
        for label in ("Child A", "Child B", "Mother", "Father", "Maternal grandfather"):
            self.assertIn(label, doc["labels"])
        events = " ".join(e["event"] for e in doc["entries"])
        self.assertIn("Child A", events)
        # Ms Ashworth is the mother, the paternal grandmother or the girl: not guessed
        self.assertIn("[Child B or Mother or Paternal grandmother]", events)
        self.assertIn("could not match", p.stderr)
        self.assertIn("Ashcombe", p.stderr)  # a place: not a name the record knows, listed
        self.assertIn("Ms Ashworth", p.stderr)

    def test_same_child_same_label_in_a_family(self):
        p = run(["chronology", "--case", "LCS-104233", "--case", "LCS-104251", "--as-of", AS_OF, "--anonymise",
                 "--format", "json"], cwd=self.repo)
        labels = json.loads(p.stdout)["labels"]
        self.assertEqual(len(labels), len(set(labels)))


class Output(unittest.TestCase):
    def test_output_follows_the_audits_rules(self):
        tmp = tempfile.mkdtemp()
        try:
            repo = make_repo(tmp, BASE, lambda d: write_chronology(d, MIXED))
            for bad in (".git/chron.html", "cases/BASE-001/chron.html", "cases/BASE-001/chronology.json"):
                p = run(["chronology", "--case", "BASE-001", "--format", "html", "--output", bad], cwd=repo, ok=(2,))
                self.assertTrue(p.stderr.strip(), bad)
            os.symlink(os.path.join(tmp, "elsewhere.html"), os.path.join(repo, "link.html"))
            run(["chronology", "--case", "BASE-001", "--output", "link.html"], cwd=repo, ok=(2,))
            self.assertFalse(os.path.exists(os.path.join(tmp, "elsewhere.html")))
            out = os.path.join(tmp, "chron.csv")
            run(["chronology", "--case", "BASE-001", "--format", "csv", "--output", out], cwd=repo)
            with open(out, "rb") as f:
                self.assertTrue(f.read().startswith(b"\xef\xbb\xbf"))
        finally:
            shutil.rmtree(tmp)


class Court(unittest.TestCase):
    """--purpose court against signoff on the same case."""

    def test_court_against_signoff(self):
        tmp = tempfile.mkdtemp()

        def edit(d):
            path = os.path.join(d, CASE, "chronology.json")
            doc = load(path)
            # a police call two years before the referral: a historic gap
            doc["entries"].insert(0, entry("h1", "2023-01", "Police called to the home", category="police",
                                           recorded_on="2025-06-10", historic=True, children=["c1", "c2"]))
            doc["entries"][5].pop("significance")  # e5 (e4 gives none either)
            save(path, doc)
        try:
            repo = make_repo(tmp, BASE, edit)

            def audit(purpose):
                p = run(["audit", "--purpose", purpose, "--as-of", AS_OF, "--format", "json"], cwd=repo, ok=(0, 1))
                case = json.loads(p.stdout)["cases"][0]
                return p.returncode, sorted({(f["rule"], f["severity"]) for f in case["findings"]})

            rc, found = audit("signoff")
            self.assertEqual(rc, 0, found)
            self.assertEqual(found, [("chronology.historic-gap", "warning")])
            rc, found = audit("court")
            self.assertEqual(rc, 1)
            self.assertEqual(found, [("chronology.historic-gap", "warning"), ("court.chronology-gap", "error"),
                                     ("court.entry-complete", "error")])
            # transfer and receive are not changed by court: historic gaps do not hold them up
            rc, found = audit("transfer")
            self.assertNotIn("court.chronology-gap", [r for r, _ in found])
            # there is no court sign-off
            p = run(["signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by", "tm-carol",
                     "--purpose", "court"], cwd=repo, ok=(2,))
            self.assertIn("--purpose", p.stderr)
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    unittest.main(verbosity=2)
