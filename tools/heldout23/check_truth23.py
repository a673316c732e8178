#!/usr/bin/python3
"""Check each h23-* case (tools/heldout23) with the samples13/14 check (tools/samples13/check_truth13.py on
check_truth12 / 11 / 7):
1. every organisation, code, title, name, formula, owner, unit and raw of truth.json must occur in the text read
   from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv read as cells);
2. a small independent audit of the truth must find nothing in a clean case and exactly the expected findings in a
   faulty one.
The case folders are taken BY NAME from common23.CASES (the held-out folder is never listed).

One extension over check_truth13: a target that is a whole ladder of graded bands in one cell (several
`band = score%` parts, e.g. `oltre 32 gg = 0% da 31 a 32 gg = 50% …`) is not an operator target: the target.*
rules (missing, operator, declining, unambitious) are not applied to an indicator whose targets are all ladders.
Exit 1 when anything is missing or the audit disagrees."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import common23  # noqa: E402
import check_truth13  # noqa: E402,F401  (installs audit13, audit12, audit11 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

_audit13 = check_truth7.audit


def is_ladder(raw):
    return len(re.findall(r"=\s*\d+(?:,\d+)?\s*%", raw)) >= 3


def audit23(t):
    ladders = {i["code"] or i["name"] for i in t["indicators"]
               if i["targets"] and all(is_ladder(x["raw"]) for x in i["targets"])}
    return [(r, s, u) for r, s, u in _audit13(t)
            if not (r in ("target.missing", "target.operator", "target.declining", "target.unambitious")
                    and s in ladders)]


check_truth7.audit = audit23

if __name__ == "__main__":
    names = sys.argv[1:] or common23.CASES
    for n in names:
        if not n.startswith(common23.PREFIX):
            sys.exit(f"not a case of this batch: {n}")
    ok = all([check_truth12.check12(os.path.join(common23.HELDOUT, n)) for n in names])
    sys.exit(0 if ok else 1)
