#!/usr/bin/python3
"""Check each gen10-* and fam10-* case (tools/samples13) with tools/samples12/check_truth12.py (itself on
check_truth11 and check_truth7): every organisation, code, title, name, formula, owner, unit and raw of truth.json
must occur in the text read from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv read
as cells), and a small independent audit of the truth must find nothing in a clean case and exactly the expected
findings in a faulty one.

Extensions over check_truth12:
- more operators in words: `non oltre` (<=), `non meno di` (>=), `maggiore o uguale al` already there;
- weights in points at THREE levels: indicators carrying points (`6 punti`, `1 PUNTO`) that sum to their
  objective's points are not a weight.sum (check_truth11 only knew node children);
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples12"))
import check_truth12  # noqa: E402  (installs audit12, audit11 and the word operators)
import check_truth7  # noqa: E402

check_truth7.OPS[:0] = [("non oltre", "le"), ("non meno di", "ge")]

_audit12 = check_truth7.audit


def _pts(w):
    return w is not None and "punt" in w["raw"].lower()


def audit13(t):
    out = []
    for rule, subj, unit in _audit12(t):
        if rule == "weight.sum" and subj is not None:
            par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj and _pts(n["weight"])]
            kids = [i for i in t["indicators"] if i["node"] == subj and i.get("unit_org") == unit]
            if par and kids and all(_pts(i["weight"]) for i in kids) and \
                    sum(check_truth7.pv(i["weight"]) for i in kids) == check_truth7.pv(par[0]["weight"]):
                continue
        out.append((rule, subj, unit))
    return out


check_truth7.audit = audit13

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED)
                                   if c.startswith("gen10-") or c.startswith("fam10-"))
    if not cases:
        sys.exit("no gen10-* / fam10-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
