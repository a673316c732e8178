#!/usr/bin/python3
"""Check each gen7-* case (tools/samples9): the checker of tools/samples7/check_truth7.py (every string of the
truth must occur in the text read from the input; a small independent audit of the truth), pointed at `gen7-*`
and extended with the audits across documents that check_truth7 lacks: `target.conflict` (one indicator code, one
year, two different target raws in two documents) and `weight.conflict` (one node or indicator code carrying two
different weight raws in two documents). Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
import check_truth7  # noqa: E402

_audit7 = check_truth7.audit


def audit9(t):
    issues = list(_audit7(t))
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
            issues.append(("target.conflict", code, unit))
    for dct in (wn, wi):
        for (code, unit), raws in dct.items():
            if len(raws) > 1:
                issues.append(("weight.conflict", code, unit))
    return issues


check_truth7.audit = audit9

if __name__ == "__main__":
    check_truth7.main(prefix="gen7-")
