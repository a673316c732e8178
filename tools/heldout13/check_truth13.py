#!/usr/bin/python3
"""Check each h13-* case (tools/heldout13) with tools/samples11/check_truth11.py (itself tools/samples7/
check_truth7.py plus the cross-document, points and word-operator extensions), pointed at
samples/variants/heldout: every organisation, code, title, name, formula, owner, unit and raw of truth.json must
occur in the text read from the input, and a small independent audit of the truth must find nothing in a clean
case and exactly the expected findings in a faulty one. Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples11"))
sys.path.insert(0, HERE)
import check_truth11  # noqa: E402
import common13  # noqa: E402

ct7 = check_truth11.check_truth7
ct7.common7.TUNED = common13.HELDOUT
# more operators in words used by this set, longest first
ct7.OPS[:0] = [("maggiore o uguale al", "ge"), ("minore o uguale al", "le"), ("non superiore al", "le"),
               ("non inferiore al", "ge")]

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(common13.HELDOUT) if c.startswith("h13-"))
    ok = all([ct7.check(c) for c in cases])
    print("ALL OK" if ok else "SOME CASES FAILED")
    sys.exit(0 if ok else 1)
