"""Shared helpers of the samples14 generators (cases `gen11-*`).

Re-exports tools/samples13/common13.py (itself on samples12 / 11 / 7 / 5 / 3 / 2: truth builders, printers, workbook
and HTML helpers) and adds the producer lines naming this directory. Content is invented."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
from common13 import (TUNED, case_dir, chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3,  # noqa
                      ind, lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples14/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples14/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples14/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples14/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples14/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus tables) by `tools/samples14/{script}`."
