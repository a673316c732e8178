#!/usr/bin/python3
"""Check each fam7-* case's truth.json against its input with tools/samples7/check_truth7.py (text: every code,
title, name, formula, owner, note and raw must occur in the text pdftotext reads from the input, workbooks printed
by LibreOffice first, a .csv read as cells; consistency: a small independent audit of the truth, a clean case must
raise nothing and a faulty one exactly its expected findings).

One adaptation for weights in points: siblings whose parent carries its own points (`peso 30 punti`) must sum to
the parent's points, not to 100 (the document's own total); check_truth7's weight.sum on such a group is dropped
when the children do sum to the parent's points, and kept otherwise."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
import check_truth7  # noqa: E402

_audit = check_truth7.audit


def audit(t):
    out = []
    for rule, subj, unit in _audit(t):
        if rule == "weight.sum" and subj is not None:
            par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj and n["doc"] == 0
                   and n["weight"] and "punt" in n["weight"]["raw"].lower()]
            if par:
                kids = [n for n in t["nodes"] if n["parent"] == subj and n.get("unit") == unit]
                if kids and all(k["weight"] for k in kids) and \
                        sum(check_truth7.pv(k["weight"]) for k in kids) == check_truth7.pv(par[0]["weight"]):
                    continue
        out.append((rule, subj, unit))
    return out


check_truth7.audit = audit

if __name__ == "__main__":
    check_truth7.main("fam7-")
