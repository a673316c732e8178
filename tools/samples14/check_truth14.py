#!/usr/bin/python3
"""Check each gen11-* case (tools/samples14) with tools/samples13/check_truth13.py (on check_truth12 / 11 / 7):
every string of truth.json must occur in the text read from the input, and a small independent audit of the truth
must find nothing in a clean case and exactly the expected findings in a faulty one. Exit 1 otherwise."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
import check_truth13  # noqa: E402,F401  (installs audit13 and the word operators)
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(check_truth7.common7.TUNED) if c.startswith("gen11-"))
    if not cases:
        sys.exit("no gen11-* case")
    ok = all([check_truth12.check12(c) for c in cases])
    sys.exit(0 if ok else 1)
