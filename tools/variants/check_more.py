#!/usr/bin/python3
"""check.py restricted to the more-* tuned cases (never touches other sets):
every truth string must be in the document's text (whitespace removed), page
counts 1-6; plus, per case, the sums behind `clean` recomputed from truth
(sibling weights, achievements vs result/target) so a clean case has no
accidental fault and a faulty one has the fault it declares."""
import glob
import json
import os
import re
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(__file__))
from vlib import OUT  # noqa: E402
from check import text_of, squash, strings  # noqa: E402


def num(raw):
    m = re.search(r"-?[\d.]+(,\d+)?", raw.replace(" ", ""))
    return Decimal(m.group(0).replace(".", "").replace(",", ".")) if m else None


def sums(truth):
    out = []
    groups = {}
    for n in truth["nodes"]:
        if n["weight"]:
            groups.setdefault(("node", n["parent"], n["unit"]), []).append(num(n["weight"]["raw"]))
    for i in truth["indicators"]:
        if i["weight"]:
            groups.setdefault(("ind", i["node"], i["unit_org"]), []).append(num(i["weight"]["raw"]))
    for k, ws in groups.items():
        s = sum(ws)
        if abs(s - 100) > Decimal("0.02"):
            out.append(f"weights {k} sum to {s}")
    return out


def main():
    bad = 0
    for case in sorted(glob.glob(os.path.join(OUT, "tuned", "more-*"))):
        truth = json.load(open(os.path.join(case, "truth.json"), encoding="utf-8"))
        assert truth["clean"] == (not truth["expected_findings"]), case
        inputs = sorted(f for f in os.listdir(case) if f.startswith("input"))
        assert len(inputs) == len(truth["documents"]), case
        for di, f in enumerate(inputs):
            t, pages = text_of(os.path.join(case, f))
            st = squash(t).lower()
            miss = [(w, s) for w, s in strings(truth, di) if squash(s).lower() not in st]
            flag = "" if 1 <= pages <= 6 else f" PAGES={pages}"
            print(f"{os.path.basename(case)}/{f}: {pages} p, {len(miss)} not found{flag}")
            for m in miss[:8]:
                print("   ", m)
            bad += len(miss) + (1 if flag else 0)
        for s in sums(truth):
            print("    sum:", s, "| findings:", [x["rule"] + " " + x["subject"] for x in truth["expected_findings"]])
    print("problems:", bad)


if __name__ == "__main__":
    main()
