#!/usr/bin/python3
"""Check each h21-* case (tools/heldout21) with the samples13/14 check (tools/samples13/check_truth13.py on
check_truth12 / 11 / 7): every organisation, code, title, name, formula, owner, unit and raw of truth.json must occur
in the text read from the input (workbooks printed by LibreOffice in an Italian locale first; a .csv read as cells),
and a small independent audit of the truth must find nothing in a clean case and exactly the expected findings in a
faulty one.

The cases live under samples/variants/heldout/, so the checker's case root is pointed there, and the cases are named
one by one (common21.CASES): the held-out folder is never listed.
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples14"))
import common21  # noqa: E402
import check_truth14  # noqa: E402,F401  (installs the samples13 audit and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

check_truth7.common7.TUNED = common21.HELDOUT

if __name__ == "__main__":
    cases = sys.argv[1:] or common21.CASES
    cases = [c for c in cases if os.path.isdir(os.path.join(common21.HELDOUT, c))]
    if not cases:
        sys.exit("no h21-* case built")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
