#!/usr/bin/python3
"""Check each fam14-* case (tools/samples17) with the samples13/14 check (tools/samples13/check_truth13.py on
check_truth12 / 11 / 7): every organisation, code, title, name, formula, owner, unit and raw of truth.json must occur
in the text read from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv read as cells),
and a small independent audit of the truth must find nothing in a clean case and exactly the expected findings in a
faulty one.

Extensions over check_truth13:
- points that sum to a printed total other than 100 PER GROUP: in `fam14-points-lo-1` each manager's objectives sum
  to that manager's 40 points, in `fam14-points-csv-1` the areas sum to the document's 10 points; a root group (per
  unit) of weights summing to the case's printed total is not a weight.sum (POINTS below);
- bare points (`3,5` under a `Punti (max 10)` header): children whose weights sum to their parent's weight are not a
  weight.sum in the cases of POINTS, whatever the raw says (check_truth11 only knew raws with the word `punti`).
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import check_truth13  # noqa: E402,F401  (installs audit13, audit12, audit11 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

POINTS = {"fam14-points-chromium-1": 100, "fam14-points-lo-1": 40, "fam14-points-csv-1": 10}

_audit13 = check_truth7.audit


def audit17(t):
    total = POINTS.get(check_truth12.CURRENT["case"])
    if total is None:
        return _audit13(t)
    pv = check_truth7.pv
    out = []
    for rule, subj, unit in _audit13(t):
        if rule == "weight.sum":
            if subj is not None and subj != unit:
                par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj and n.get("unit") == unit]
                kids = [n for n in t["nodes"] if n["parent"] == subj and n.get("unit") == unit]
                if par and par[0]["weight"] and kids and all(k["weight"] for k in kids) and \
                        sum(pv(k["weight"]) for k in kids) == pv(par[0]["weight"]):
                    continue
            else:
                roots = [n for n in t["nodes"] if n["parent"] is None and n["level"] != "unit"
                         and n.get("unit") == unit]
                if roots and all(n["weight"] for n in roots) and sum(pv(n["weight"]) for n in roots) == total:
                    continue
        out.append((rule, subj, unit))
    return out


check_truth7.audit = audit17

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED) if c.startswith("fam14-"))
    if not cases:
        sys.exit("no fam14-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
