"""Shared helpers of the samples12 generators (cases `gen9-*` and `fam9-*`).

Re-exports everything the samples11 generators use (tools/samples11/common11.py, itself on samples7 / samples5 /
samples3 / samples2: truth builders, printers, workbook and HTML helpers, Decimal display helpers) and adds the
producer lines naming this directory and `disp12`, a number or date as an Italian LibreOffice shows it with the
formats used here (`General` included). Content is invented.
"""
import datetime
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples11"))
from common11 import (TUNED, D, capped, case_dir, chromium_pdf, disp, dnum, doc, dpct, esc, finding,  # noqa: E402,F401
                      font, genre_readme, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, lo_pdf_of, node,
                      ods_of, q, rnd, td, th, vars11, widths, write_csv7, write_truth, xl_box, xl_fit_rows,
                      xl_page, xl_put, xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples12/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples12/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples12/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples12/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples12/{script}`."


def disp12(v, fmt):
    """`disp` plus `General` (shortest decimal, comma), dates `DD/MM/YYYY` and `0.0 "punti"`-like suffixes."""
    if isinstance(v, (datetime.date, datetime.datetime)):
        assert fmt == "DD/MM/YYYY", fmt
        return v.strftime("%d/%m/%Y")
    if fmt == "General":
        s = format(Decimal(str(v)).normalize(), "f")
        return s.replace(".", ",")
    if fmt == '0" punti"':
        return dnum(v, 0, group=False) + " punti"
    return disp(v, fmt)
