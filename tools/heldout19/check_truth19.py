#!/usr/bin/python3
"""Check each h19-* case (tools/heldout19) with the samples13 / samples12 check (itself check_truth11 and
tools/samples7/check_truth7.py): every organisation, code, title, name, formula, owner, unit and raw of truth.json
must occur in the text read from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv read
as cells), and a small independent audit of the truth must find nothing in a clean case and exactly the expected
findings in a faulty one.

Adaptations for this batch (the cases live in samples/variants/heldout, not tuned):
- the case folder is samples/variants/heldout/<case>;
- operators `=>` (>=) and `=<` (<=), and `non meno di` / `non più di` in words;
- points abbreviated `pt` (`7,5 pt`): children of a parent printed in `pt` must sum to the parent's points, not to
  100 (the earlier checks only knew the word `punti`).
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import common19  # noqa: E402
import check_truth13  # noqa: E402,F401  (installs audit13, audit12, audit11 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

check_truth7.common7.TUNED = common19.HELDOUT
check_truth7.OPS[:0] = [("=>", "ge"), ("=<", "le"), ("non più di", "le")]

_audit13 = check_truth7.audit


def _pt(w):
    import re
    return w is not None and re.search(r"\d\s*pt\b", w["raw"]) is not None


def audit19(t):
    out = []
    for rule, subj, unit in _audit13(t):
        if rule == "weight.sum" and subj is not None:
            par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj and _pt(n["weight"])]
            kids = [n for n in t["nodes"] if n["parent"] == subj and n.get("unit") == unit]
            if par and kids and all(_pt(k["weight"]) for k in kids) and \
                    sum(check_truth7.pv(k["weight"]) for k in kids) == check_truth7.pv(par[0]["weight"]):
                continue
        out.append((rule, subj, unit))
    return out


check_truth7.audit = audit19

if __name__ == "__main__":
    cases = sys.argv[1:] or list(common19.CASES)
    missing = [c for c in cases if not os.path.isdir(os.path.join(common19.HELDOUT, c))]
    if missing:
        sys.exit(f"case folder(s) not built: {missing}")
    if not cases:
        sys.exit("no h19-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
