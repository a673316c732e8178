#!/usr/bin/python3
"""Check each gen13-* and fam13-* case (tools/samples16) with tools/samples13/check_truth13.py (on check_truth12 /
11 / 7), as tools/samples14/check_truth14.py does: every organisation, code, title, name, formula, owner, note and raw
of truth.json must occur in the text read from the input (a workbook is printed by LibreOffice in an Italian locale
first; a .csv is read as cells), and a small independent audit of the truth must find nothing in a clean case and
exactly the expected findings (rule and subject) in a faulty one. Exit 1 otherwise."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import check_truth13  # noqa: E402,F401  (installs audit13 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED)
                                   if c.startswith("gen13-") or c.startswith("fam13-"))
    if not cases:
        sys.exit("no gen13-* / fam13-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
