"""Shared helpers of the samples9 generators (genre cases `gen7-*`).

Re-exports the truth builders, printers, workbook helpers and Italian number display of
tools/samples7/common7.py (itself on samples5 / samples3 / samples2) and adds producer lines
naming this directory and a few workbook shortcuts. Content is invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
from common7 import (TUNED, D, case_dir, capped, chromium_pdf, dnum, doc, dpct, esc, eur, finding,  # noqa: E402,F401
                     genre_readme, grp, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, node, pct, q,
                     rnd, td, th, vars_of, write_csv7, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                     xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples9/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples9/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples9/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples9/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples9/{script}`."


def widths(ws, ws_widths):
    """Set column widths from a list (column A first)."""
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def font(name="Liberation Sans", size=9, bold=False, italic=False, color=None):
    from openpyxl.styles import Font
    return Font(name=name, size=size, bold=bold, italic=italic, color=color)


def vars9(formula):
    """Measure codes of a formula (tokens with an underscore), in order, no repeats; numbers and words ignored."""
    import re
    out = []
    for t in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", formula or ""):
        t = t.rstrip(".")
        if "_" in t and t not in out:
            out.append(t)
    return out
