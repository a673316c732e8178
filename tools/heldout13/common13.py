"""Shared helpers of the heldout13 generators (held-out cases `h13-*`).

Re-exports everything of tools/samples11/common11.py (itself on samples7/5/3/2) and adds: the case folder under
samples/variants/heldout, the producer lines naming this directory. Content is invented."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples11"))
from common11 import (D, capped, chromium_pdf, disp, dnum, doc, dpct, esc, finding, font,  # noqa: E402,F401
                      genre_readme, html_page3, ind, lo_pdf_of, node, ods_of, q, rnd, td, th, vars11, widths,
                      write_csv7, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

REPO = os.path.dirname(os.path.dirname(HERE))
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout13/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout13/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout13/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout13/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout13/{script}`."


def case_dir(name):
    assert name.startswith("h13-"), name
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def xsave(wb, path):
    """Save an openpyxl workbook as a kept .xlsx input (absolute print titles)."""
    xl_save(wb, path)
