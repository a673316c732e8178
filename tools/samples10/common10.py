"""Shared helpers of the samples10 generators (one script per family, cases fam7-*).

Re-exports the truth builders, printers, workbook helpers, HTML cell helpers and Decimal display helpers of
tools/samples7/common7.py (itself on samples5/samples3/samples2), `write_readme` of samples2, and adds the producer
lines of the READMEs. Content is invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOOLS, "samples7"))
from common7 import (TUNED, D, capped, case_dir, chromium_pdf, dnum, doc, dpct, esc, finding, html_page3,  # noqa: E402,F401
                     ind, it_num, it_pct, lo_convert, lo_pdf, node, q, rnd, td, th, vars_of, write_csv7,
                     write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common2 import write_readme  # noqa: E402,F401  (on the path through common7)

CHROMIUM_PRODUCER = "Chromium headless `--print-to-pdf` from HTML written by `tools/samples10/{script}`."
LO_PRODUCER = ("Workbook written with openpyxl by `tools/samples10/{script}`, printed to PDF by LibreOffice "
               "headless (`LANG=it_IT.UTF-8`).")
XLSX_PRODUCER = "Workbook (.xlsx) written with openpyxl by `tools/samples10/{script}` and kept as the input."
CSV_PRODUCER = "Python csv module (`tools/samples10/{script}`), kept as the input."
ODS_PRODUCER = ("Workbook written with openpyxl by `tools/samples10/{script}`, converted to .ods by LibreOffice "
                "headless (`LANG=it_IT.UTF-8`) and kept as the input.")


def lo_pdf_of(wb, out_pdf, stem="allegato"):
    """Save an openpyxl workbook in a temporary folder and print it to PDF with LibreOffice."""
    import shutil
    import tempfile
    tmp = tempfile.mkdtemp(prefix="s10lo-")
    try:
        src = os.path.join(tmp, stem + ".xlsx")
        xl_save(wb, src)
        lo_pdf(src, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
