#!/usr/bin/env python3
"""test_chronology_pdf: the printable chronology (casecheck chronology
--format html) printed by headless Chromium as a user prints it
(--headless --no-sandbox --no-pdf-header-footer --print-to-pdf): A4 pages,
as many as the entries need, and neither the file's path nor the browser's
header and footer in them (the case, the as-of date and "Page N of M" are
the page's own CSS margin boxes). The browser is found as tests/html finds
it ($CASECHECK_CHROMIUM, else chromium or chromium-browser on PATH);
without one the test exits 77, which ctest reports as SKIPPED."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import test_chronology as tc  # noqa: E402  (the repository helpers)


def find_chromium():
    env = os.environ.get("CASECHECK_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM = find_chromium()


def print_pdf(html, pdf, workdir):
    profile = tempfile.mkdtemp(dir=workdir)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    "file://" + html], check=True, capture_output=True, timeout=180)
    with open(pdf, "rb") as f:
        return f.read()


def pages(pdf):
    """The page objects of a PDF, and the page tree's count."""
    n = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    counts = [int(c) for c in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf, re.S)]
    counts += [int(c) for c in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf, re.S)]
    return n, max(counts) if counts else -1


class Pdf(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def export_pdf(self, entries, name):
        d = os.path.join(self.tmp, name)
        os.mkdir(d)
        repo = tc.make_repo(d, tc.BASE, lambda r: tc.write_chronology(r, entries))
        html = os.path.join(d, "chronology.html")
        tc.run(["chronology", "--case", "BASE-001", "--as-of", tc.AS_OF, "--format", "html", "--output", html],
               cwd=repo)
        with open(html, encoding="utf-8") as f:
            page = f.read()
        self.assertNotIn("<script", page.lower())
        self.assertIn("size: A4", page)
        self.assertIn('@top-left { content: "Chronology: BASE-001"', page)
        self.assertIn('@top-right { content: "As of 2026-03-02"', page)
        self.assertIn('content: "Page " counter(page) " of " counter(pages)', page)
        pdf = print_pdf(html, os.path.join(d, "chronology.pdf"), d)
        self.assertTrue(pdf.startswith(b"%PDF-"))
        self.assertNotIn(d.encode(), pdf, "the file's path is not stamped into the PDF")
        self.assertNotIn(b"file://", pdf)
        boxes = set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf))
        self.assertTrue(boxes)
        for box in boxes:  # A4: 595 x 842 points
            w, h = [float(x) for x in box.split()[2:4]]
            self.assertAlmostEqual(w, 595, delta=1)
            self.assertAlmostEqual(h, 842, delta=1)
        return pages(pdf)

    def test_one_entry_one_page(self):
        n, count = self.export_pdf([tc.entry("d1", "2025-06-02", "Case allocated")], "one")
        self.assertEqual((n, count), (1, 1))

    def test_long_chronology_many_pages(self):
        long_text = "A home visit; the children were seen together and alone, and the plan was discussed. " * 3
        entries = [tc.entry(f"e{i:03d}", f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-15", long_text) for i in range(120)]
        n, count = self.export_pdf(entries, "long")
        self.assertEqual(n, count)
        # about six rows a page at this length: not one page, not a page a row
        self.assertGreaterEqual(n, 8)
        self.assertLessEqual(n, 40)


if __name__ == "__main__":
    if not CHROMIUM:
        print("SKIPPED: chromium not found (set CASECHECK_CHROMIUM, or install Debian's chromium)")
        sys.exit(77)
    unittest.main(verbosity=2)
