#!/usr/bin/python3
"""Check each h17-* case (held out, samples/variants/heldout/) with tools/samples13/check_truth13.py (itself on
check_truth12 / check_truth11 / check_truth7): every organisation, code, title, name, formula, owner, unit and raw of
truth.json must occur in the text read from the input (workbooks printed by LibreOffice in an Italian locale first;
a .csv read as cells), and a small independent audit of the truth must find nothing in a clean case and exactly the
expected findings in a faulty one. Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import check_truth13  # noqa: E402,F401  (installs audit13 / audit12 / audit11 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

sys.path.insert(0, HERE)
from common17 import HELDOUT  # noqa: E402

check_truth7.common7.TUNED = HELDOUT

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(HELDOUT) if c.startswith("h17-"))
    if not cases:
        sys.exit("no h17-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
