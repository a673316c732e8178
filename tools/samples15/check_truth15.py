#!/usr/bin/python3
"""Check each gen12-* and fam12-* case (tools/samples15) with the samples13/14 check (tools/samples13/check_truth13.py
on check_truth12 / 11 / 7): every organisation, code, title, name, formula, owner, unit and raw of truth.json must
occur in the text read from the input (a PDF through pdftotext; a workbook printed by LibreOffice in an Italian locale
first; a .csv read as cells), and a small independent audit of the truth must find nothing in a clean case and
exactly the expected findings in a faulty one.

One extension over check_truth13: a target that is a graded LADDER of bands in one cell (more than one `NN%` score,
e.g. `100% – fino a 28 gg 75% – da 29 a 30 gg …`) is not compared with the baseline (`target.unambitious`): its first
figure is a score, not a value of the indicator.
Exit 1 when anything is missing or the audit disagrees."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import check_truth13  # noqa: E402,F401  (installs audit13, audit12, audit11 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

_audit13 = check_truth7.audit


def _ladder(i):
    return any(len(re.findall(r"\d+%", x["raw"])) > 1 for x in i["targets"])


def audit15(t):
    out = []
    for rule, subj, unit in _audit13(t):
        if rule == "target.unambitious":
            hit = [i for i in t["indicators"] if (i["code"] or i["name"]) == subj and i.get("unit_org") == unit]
            if hit and all(_ladder(i) for i in hit):
                continue
        out.append((rule, subj, unit))
    return out


check_truth7.audit = audit15

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED)
                                   if c.startswith("gen12-") or c.startswith("fam12-"))
    if not cases:
        sys.exit("no gen12-* / fam12-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
