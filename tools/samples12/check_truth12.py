#!/usr/bin/python3
"""Check each gen9-* and fam9-* case (tools/samples12) with tools/samples11/check_truth11.py (itself
tools/samples7/check_truth7.py): every organisation, code, title, name, formula, owner, unit and raw of truth.json must
occur in the text pdftotext reads from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv
read as cells), and a small independent audit of the truth must find nothing in a clean case and exactly the expected
findings in a faulty one.

Three extensions over check_truth11:
- more operators in words: `maggiore di` / `minore di` (strict), `maggiore o uguale al`, `minore o uguale al`,
  `uguale a`;
- dates printed with dots (`31.12.2025`) are dates;
- points that sum to a printed total other than 100: the root objectives of `fam9-points-chromium-1` carry points
  that the document totals as `Totale punti obiettivi 40`; a root group of point weights summing to that printed total
  is not a weight.sum (POINTS_TOTAL below names the printed total per case).
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples11"))
import check_truth11  # noqa: E402,F401  (installs audit11 and the word operators of samples11)
import check_truth7  # noqa: E402

check_truth7.OPS[:0] = [("maggiore o uguale al", "ge"), ("minore o uguale al", "le"), ("maggiore di", "gt"),
                        ("minore di", "lt"), ("uguale a", "eq")]

_parse7 = check_truth7.parse


def parse12(raw):
    """check_truth7.parse, with dates printed with dots (`entro il 31.12.2025`) read as dates."""
    import re
    return _parse7(re.sub(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", r"\1/\2/\3", raw))


check_truth7.parse = parse12

POINTS_TOTAL = {"fam9-points-chromium-1": 40}
_audit11 = check_truth7.audit
_check7 = check_truth7.check
CURRENT = {"case": None}


def audit12(t):
    out = []
    total = POINTS_TOTAL.get(CURRENT["case"])
    for rule, subj, unit in _audit11(t):
        if rule == "weight.sum" and subj is None and total is not None:
            roots = [n for n in t["nodes"] if n["parent"] is None and n["level"] != "unit"]
            if roots and all(n["weight"] and "punt" in n["weight"]["raw"].lower() for n in roots) and \
                    sum(check_truth7.pv(n["weight"]) for n in roots) == total:
                continue
        out.append((rule, subj, unit))
    return out


def check12(case):
    CURRENT["case"] = case
    return _check7(case)


check_truth7.audit = audit12

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED)
                                   if c.startswith("gen9-") or c.startswith("fam9-"))
    ok = all([check12(c) for c in cases])
    sys.exit(0 if ok else 1)
