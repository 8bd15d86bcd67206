#!/usr/bin/env python3
"""Writes a large genogram.json for case BASE-001 of fixtures/rules/_base to
stdout (compact JSON): the base family (children c1, c2 and their parents)
and N more people in one parent chain q0 -> q1 -> ... -> q{N-1}, listed in
the relationships in reverse order; with --loop the last person is also made
a parent of the middle one, which closes a loop.

    gen_genogram.py TOP N [--loop]

TOP is the source tree (the base genogram is read from it). No personal
data: names are placeholders."""
import json
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    top, n = args[0], int(args[1])
    with open(f"{top}/fixtures/rules/_base/cases/BASE-001/genogram.json") as f:
        g = json.load(f)
    g["people"] += [{"id": f"q{i}", "name": "P"} for i in range(n)]
    chain = [{"type": "parent", "parent": f"q{i}", "child": f"q{i + 1}", "kind": "birth"}
             for i in range(n - 1)]
    g["relationships"] += chain[::-1]
    if "--loop" in sys.argv and n > 1:
        g["relationships"].append({"type": "parent", "parent": f"q{n - 1}", "child": f"q{n // 2}",
                                   "kind": "birth"})
    json.dump(g, sys.stdout, separators=(",", ":"))


main()
