#!/usr/bin/env python3
"""Where the audit's CPU goes: reads `perf script -F ip,sym,dso` of a
`perf record --call-graph dwarf` run of casecheck and prints the share of
samples in each part of the work:

  reading     libgit2, zlib, checker/source (inflating objects; libgit2's
              SHA-1 check of each object is inside, its symbols being
              stripped: bench/audit/hash_objects times it alone)
  parsing     checker/json (the strict parser building cJSON trees)
  validating  checker/schema, checker/formats, PCRE2, ICU
  typing      checker/doctype and libmagic (attachments' real type)
  rules       checker/audit/rules_*.c, stale.c, history_events.c
  report      checker/report
  other       the engine, case listing and loading glue, freeing, start-up

Each sample goes to the innermost frame (leaf first) that belongs to one of
them: malloc called by the parser counts as parsing, inflate called while a
rule reads an attachment counts as reading.

    budget.py CASECHECK_BINARY < perf-script-output
"""
import re
import subprocess
import sys

PARTS = ["reading", "parsing", "validating", "typing", "rules", "report", "other"]


def symbol_parts(binary):
    """casecheck's own functions by the module their source file is in."""
    out = subprocess.run(["nm", "-l", "--defined-only", binary], capture_output=True, text=True).stdout
    parts = {}
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ [tTwW] (\S+)\s+(\S+):\d+", line)
        if not m:
            continue
        sym, path = m.group(1), m.group(2)
        mod = re.search(r"checker/([a-z_]+)/([a-z_]+)\.c", path)
        if not mod:
            continue
        module, name = mod.group(1), mod.group(2)
        part = {"source": "reading", "json": "parsing", "schema": "validating", "formats": "validating",
                "doctype": "typing", "report": "report"}.get(module)
        if module == "audit" and (name.startswith("rules_") or name in ("stale", "history_events")):
            part = "rules"
        if part:
            parts[sym] = part
    return parts


def dso_part(dso):
    if re.search(r"libgit2|libz\.", dso):
        return "reading"
    if "libmagic" in dso:
        return "typing"
    if re.search(r"libicu", dso):
        return "validating"
    return None


def main():
    parts = symbol_parts(sys.argv[1])
    counts = dict.fromkeys(PARTS, 0)
    frames = []

    def flush():
        if not frames:
            return
        part = "other"
        for sym, dso in frames:
            p = parts.get(sym) or dso_part(dso)
            if p:
                part = p
                break
        counts[part] += 1
        frames.clear()

    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            flush()
            continue
        m = re.match(r"^\s*[0-9a-f]+ (.*) \((.*)\)$", line)
        if m:
            sym = re.sub(r"\+0x[0-9a-f]+$", "", m.group(1).replace(" (inlined)", ""))
            frames.append((sym, m.group(2)))
    flush()
    total = sum(counts.values()) or 1
    for p in PARTS:
        print("%s %.1f" % (p, 100.0 * counts[p] / total))
    print("samples %d" % total)


main()
