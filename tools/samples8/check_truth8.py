#!/usr/bin/python3
"""Check each fam6-* case's truth.json against its input: tools/samples5/check_truth5.py (every code, title, name,
formula, owner, note and raw value must occur in the text pdftotext reads from the input; workbooks are printed by
LibreOffice first, a .csv is read as cells), pointed at the fam6-* cases."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples5"))
import check_truth5  # noqa: E402

if __name__ == "__main__":
    check_truth5.main("fam6-")
