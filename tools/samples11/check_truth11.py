#!/usr/bin/python3
"""Check each gen8-* and fam8-* case (tools/samples11) with tools/samples7/check_truth7.py: every organisation,
code, title, name, formula, owner, unit and raw of truth.json must occur in the text pdftotext reads from the
input (workbooks printed by LibreOffice in an Italian locale first; a .csv read as cells), and a small independent
audit of the truth must find nothing in a clean case and exactly the expected findings in a faulty one.

Three extensions (the first two as in tools/samples9 and tools/samples10):
- across documents / units: `target.conflict` (one indicator code, one year, two target raws) and
  `weight.conflict` (one code with two weight raws in two documents of one unit);
- weights in points: children of a parent that carries its own points (`peso 30 punti`) must sum to the parent's
  points, not to 100 (check_truth7's weight.sum on such a group is dropped when they do);
- operators in words `maggiore o uguale a` / `minore o uguale a` are read as `>=` / `<=`.
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
import check_truth7  # noqa: E402

_audit7 = check_truth7.audit
# operators in words used by this set (`maggiore o uguale a 70%`), read before the shorter ones
check_truth7.OPS[:0] = [("maggiore o uguale a", "ge"), ("minore o uguale a", "le")]


def audit11(t):
    out = []
    for rule, subj, unit in _audit7(t):
        if rule == "weight.sum" and subj is not None:
            par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj
                   and n["weight"] and "punt" in n["weight"]["raw"].lower()]
            if par:
                kids = [n for n in t["nodes"] if n["parent"] == subj and n.get("unit") == unit]
                if kids and all(k["weight"] for k in kids) and \
                        sum(check_truth7.pv(k["weight"]) for k in kids) == check_truth7.pv(par[0]["weight"]):
                    continue
        out.append((rule, subj, unit))
    tg, wn, wi = {}, {}, {}
    for i in t["indicators"]:
        if not i["code"]:
            continue
        for x in i["targets"]:
            tg.setdefault((i["code"], x["year"], i.get("unit_org")), {}).setdefault(x["raw"], set()).add(i["doc"])
        if i["weight"]:
            wi.setdefault((i["code"], i.get("unit_org")), {}).setdefault(i["weight"]["raw"], set()).add(i["doc"])
    for n in t["nodes"]:
        if n["code"] and n["weight"]:
            wn.setdefault((n["code"], n.get("unit")), {}).setdefault(n["weight"]["raw"], set()).add(n["doc"])
    for (code, _y, unit), raws in tg.items():
        if len(raws) > 1:
            out.append(("target.conflict", code, unit))
    for dct in (wn, wi):
        for (code, unit), raws in dct.items():
            if len(raws) > 1:
                out.append(("weight.conflict", code, unit))
    return out


check_truth7.audit = audit11

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED)
                                   if c.startswith("gen8-") or c.startswith("fam8-"))
    ok = all([check_truth7.check(c) for c in cases])
    sys.exit(0 if ok else 1)
