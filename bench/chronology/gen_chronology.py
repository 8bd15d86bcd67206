#!/usr/bin/env python3
"""Writes a long chronology.json for case BASE-001 of fixtures/rules/_base
to stdout (compact JSON): N entries spread evenly over 2000-01-01 to
2024-10-01 (several a day once N passes about 9,000, each with its own
event text, so none repeats another), then the base chronology's own
entries from 2025-03-10 on. The first is a referral: the agency's
involvement starts there (the rule counts no gap before a first referral).
The 160 days between the last generated entry and the base's first are a
gap before the allocation (2025-06-02), so the audit reports
chronology.historic-gap: the gap rule ran over every entry.

    gen_chronology.py TOP N

TOP is the source tree. No personal data: event texts are placeholders."""
import datetime
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    top, n = sys.argv[1], int(sys.argv[2])
    with open(f"{top}/fixtures/rules/_base/cases/BASE-001/chronology.json") as f:
        chron = json.load(f)
    first = datetime.date(2000, 1, 1)
    span = (datetime.date(2024, 10, 1) - first).days
    entries = []
    for i in range(n):
        day = (first + datetime.timedelta(days=i * span // max(n - 1, 1))).isoformat()
        entries.append({"id": f"g{i}", "date": day, "event": f"Contact recorded {i}", "category": "referral" if i == 0 else "other",
                        "children": ["c1"], "recorded_by": "sw-anna", "recorded_on": day, "historic": True})
    chron["entries"] = entries + chron["entries"]
    json.dump(chron, sys.stdout, separators=(",", ":"))


main()
