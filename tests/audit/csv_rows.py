#!/usr/bin/env python3
"""Reads a CSV file casecheck wrote with Python's csv module and prints it
as JSON: {"bom": bool, "rows": [[cell, ...], ...]} (header row first).
Used by test_fixlist; needs nothing but the standard library."""
import csv
import json
import sys

with open(sys.argv[1], "rb") as f:
    raw = f.read()
bom = raw.startswith(b"\xef\xbb\xbf")
text = raw.decode("utf-8-sig")
rows = list(csv.reader(text.splitlines(keepends=True), strict=True))
json.dump({"bom": bom, "crlf": b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "rows": rows},
          sys.stdout)
