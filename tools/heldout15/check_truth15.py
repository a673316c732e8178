#!/usr/bin/python3
"""Check each h15-* case (tools/heldout15) with tools/samples12/check_truth12.py (itself check_truth11 and
tools/samples7/check_truth7.py): every organisation, code, title, name, formula, owner, unit and raw of truth.json
must occur in the text pdftotext reads from the input (workbooks printed by LibreOffice in an Italian locale first;
a .csv read as cells), and a small independent audit of the truth must find nothing in a clean case and exactly the
expected findings in a faulty one.

Differences from check_truth12: the cases live in samples/variants/heldout (not tuned); a few more operators in
words (`non oltre`, `non meno di`, `fino a`, `pari o superiore a`, `pari o inferiore a`, `superiore a`,
`inferiore a`); POINTS_TOTAL names the printed points total of the points case of this batch.
Exit 1 when anything is missing or the audit disagrees."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples12"))
import common15  # noqa: E402
import check_truth12  # noqa: E402
import check_truth7  # noqa: E402

check_truth7.common7.TUNED = common15.HELDOUT
check_truth7.OPS[:0] = [("pari o superiore a", "ge"), ("pari o inferiore a", "le"), ("non oltre il", "le"),
                        ("non oltre", "le"), ("non meno di", "ge"), ("fino a", "le"), ("superiore a", "gt"),
                        ("inferiore a", "lt")]
check_truth12.POINTS_TOTAL.clear()
check_truth12.POINTS_TOTAL.update({"h15-points-lo-1": 60})

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(common15.HELDOUT) if c.startswith("h15-"))
    if not cases:
        print("no h15-* case found")
        sys.exit(1)
    ok = all([check_truth12.check12(c) for c in cases])
    print("ALL OK" if ok else "SOME CASES FAIL")
    sys.exit(0 if ok else 1)
