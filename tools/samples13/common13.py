"""Shared helpers of the samples13 generators (cases `gen10-*` and `fam10-*`).

Re-exports everything of tools/samples12/common12.py (itself on samples11 / samples7 / samples5 / samples3 /
samples2: truth builders, printers, workbook and HTML helpers, Decimal display helpers, `disp12`) and adds the
producer lines naming this directory and a few small helpers. Content is invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples12"))
from common12 import (TUNED, D, capped, case_dir, chromium_pdf, disp, disp12, dnum, doc, dpct, esc,  # noqa: E402,F401
                      finding, font, genre_readme, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, lo_pdf_of,
                      node, ods_of, q, rnd, td, th, vars11, widths, write_csv7, write_truth, xl_box, xl_fit_rows,
                      xl_page, xl_put, xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples13/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples13/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples13/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples13/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples13/{script}`."


def readme13(d, name, genre, producer, layout, variations, baits, faults):
    """genre_readme plus a section listing the conventions a careless auditor would wrongly flag."""
    genre_readme(d, name, genre, producer, layout, variations, faults)
    path = os.path.join(d, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    extra = ["", "## Not faults (conventions a careless auditor would wrongly flag)", ""] + [f"- {b}" for b in baits]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + "\n".join(extra) + "\n")
