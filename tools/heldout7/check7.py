#!/usr/bin/python3
"""Check each h7-* held-out case.

1. Text: tools/samples5/check_truth5.py (every organisation, code, title, name, formula, owner, note and raw value of
   the truth must occur in the text pdftotext reads from the input; a workbook is printed by LibreOffice first; a
   CSV is read as cells), pointed at samples/variants/heldout/.
2. Structure: every parent and every indicator's node names a node of the truth; years of targets are document
   years; clean cases have no findings and faulted cases exactly one.
3. Sums (clean cases only): sibling weights in % sum to 100 within 0.02 (rounding); weights in points sum to the
   parent's points (or to 100 at the top); for assignment / matrix cases, the objectives of each unit sum to 100.
Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples5"))
import check_truth5  # noqa: E402
from common7 import HELDOUT  # noqa: E402

check_truth5.common2.TUNED = HELDOUT


def wval(raw):
    m = re.fullmatch(r"\s*(-?[\d.]*\d(?:,\d+)?)\s*(%|punti|PUNTO|punto)\s*", raw)
    if not m:
        return None, None
    v = Decimal(m.group(1).replace(".", "").replace(",", "."))
    return v, ("%" if m.group(2) == "%" else "pt")


def structure(case, t):
    errs = []
    refs = set()
    for n in t["nodes"]:
        if n["code"]:
            refs.add(n["code"])
        refs.add(n["title"])
    for n in t["nodes"]:
        if n["parent"] and n["parent"] not in refs:
            errs.append(f"node {n['code'] or n['title']!r}: parent {n['parent']!r} unknown")
    years = set(t["documents"][0]["years"])
    for i in t["indicators"]:
        if i["node"] not in refs:
            errs.append(f"indicator {i['code'] or i['name']!r}: node {i['node']!r} unknown")
        for tg in i["targets"]:
            if tg["year"] is not None and tg["year"] not in years:
                errs.append(f"indicator {i['code'] or i['name']!r}: target year {tg['year']} not a document year")
    if t["clean"] and t["expected_findings"]:
        errs.append("clean case with findings")
    if not t["clean"] and len(t["expected_findings"]) != 1:
        errs.append("faulted case must carry exactly one finding")
    return errs


def sums(case, t):
    errs = []
    if not t["clean"]:
        return errs
    groups = defaultdict(list)
    by_key = {}
    for n in t["nodes"]:
        key = n["code"] or n["title"]
        if n["unit"] is None:
            by_key[key] = n
        if n["weight"]:
            groups[("node", n["parent"], n["unit"])].append(n["weight"]["raw"])
    for i in t["indicators"]:
        if i["weight"]:
            groups[("ind", i["node"], i["unit_org"])].append(i["weight"]["raw"])
    for (kind, parent, unit), raws in groups.items():
        vals = [wval(r) for r in raws]
        if any(v is None for v, _ in vals):
            errs.append(f"{kind} under {parent!r}/{unit!r}: unparsed weight in {raws}")
            continue
        total = sum(v for v, _ in vals)
        kinds = {k for _, k in vals}
        if kinds == {"%"}:
            if abs(total - 100) > Decimal("0.02"):
                errs.append(f"{kind} weights under {parent!r} (unit {unit!r}) sum to {total}: {raws}")
        else:
            want = Decimal(100)
            if parent is not None and parent in by_key and by_key[parent]["weight"]:
                want = wval(by_key[parent]["weight"]["raw"])[0]
            if total != want:
                errs.append(f"{kind} points under {parent!r} sum to {total}, expected {want}: {raws}")
    return errs


def main():
    cases = sys.argv[1:] or sorted(c for c in os.listdir(HELDOUT) if c.startswith("h7-"))
    ok = True
    for c in cases:
        if not check_truth5.check(c):
            ok = False
        t = json.load(open(os.path.join(HELDOUT, c, "truth.json"), encoding="utf-8"))
        errs = structure(c, t) + sums(c, t)
        for e in errs:
            print(f"  STRUCT  {e}")
        if errs:
            ok = False
        if not os.path.exists(os.path.join(HELDOUT, c, "README.md")):
            print(f"  MISSING README.md in {c}")
            ok = False
    n_clean = sum(json.load(open(os.path.join(HELDOUT, c, "truth.json")))["clean"] for c in cases)
    print(f"{len(cases)} case(s): {n_clean} clean, {len(cases) - n_clean} faulted: {'ALL OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
