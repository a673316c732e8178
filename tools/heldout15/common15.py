"""Shared helpers of the heldout15 generators (held-out cases `h15-*` in samples/variants/heldout).

Re-exports the helpers of tools/samples12/common12.py (itself on samples11 / samples7 / samples5 / samples3 /
samples2: truth builders, printers, workbook and HTML helpers, Decimal display helpers) and adds:
- `HELDOUT` and a `case_dir` that writes there (the re-exported one writes under `tuned`),
- the producer lines naming this directory (Chromium, LibreOffice, kept workbooks, CSV, ReportLab),
- `num_it` (a Decimal shown the Italian way with a chosen number of decimals, no grouping by default).
Content is invented.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples12"))
from common12 import (D, capped, chromium_pdf, disp, disp12, dnum, doc, dpct, esc, finding,  # noqa: E402,F401
                      font, genre_readme, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, lo_pdf_of, node,
                      ods_of, q, rnd, td, th, vars11, widths, write_csv7, write_truth, xl_box, xl_fit_rows,
                      xl_page, xl_put, xl_save, xl_styles)

REPO = os.path.dirname(os.path.dirname(HERE))
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout15/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout15/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout15/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout15/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout15/{script}`."
RL = ("PDF drawn directly with ReportLab (Debian package `python3-reportlab`, canvas API, standard Type 1 "
      "fonts), written by `tools/heldout15/{script}`.")


def case_dir(name):
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d
