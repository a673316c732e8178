"""Shared helpers of the samples6 generators (one script per family, cases fam5-*).

Everything comes from tools/samples3/common3.py (which re-uses tools/samples2/common2.py);
this module only adds a few small HTML helpers. Content is invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples3"))
from common3 import (TUNED, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct,  # noqa: E402,F401
                     lo_convert, lo_pdf, node, q, vars_of, write_readme, write_truth, xl_box, xl_fit_rows,
                     xl_page, xl_put, xl_save, xl_styles)

CHROMIUM_PRODUCER = ("Chromium headless `--print-to-pdf` from HTML written by `tools/samples6/{script}`.")
LO_PRODUCER = ("Workbook written with openpyxl by `tools/samples6/{script}`, printed to PDF by LibreOffice "
               "headless (`LANG=it_IT.UTF-8`).")
XLSX_PRODUCER = ("Workbook (.xlsx) written with openpyxl by `tools/samples6/{script}` and kept as the input.")
ODS_PRODUCER = ("Workbook written with openpyxl by `tools/samples6/{script}`, converted to .ods by LibreOffice "
                "headless (`LANG=it_IT.UTF-8`) and kept as the input.")


def td(text, cls=None, colspan=1, rowspan=1, raw_html=False):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if colspan > 1:
        a += f' colspan="{colspan}"'
    if rowspan > 1:
        a += f' rowspan="{rowspan}"'
    body = text if raw_html else esc(text).replace("\n", "<br>")
    return f"<td{a}>{body}</td>"


def th(text, cls=None, colspan=1, rowspan=1):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if colspan > 1:
        a += f' colspan="{colspan}"'
    if rowspan > 1:
        a += f' rowspan="{rowspan}"'
    return f"<th{a}>{esc(text).replace(chr(10), '<br>')}</th>"


def pct_raw(x, dec=2):
    """A number shown by `0.00%` in an Italian file: 0.3571 -> '35,71%'."""
    return it_pct(x, dec)
