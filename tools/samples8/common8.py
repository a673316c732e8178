"""Shared helpers of the samples8 generators (one script per family, cases fam6-*).

Truth builders, the Chromium and LibreOffice printers and the workbook helpers come from
tools/samples6/common6.py (itself on samples3/common3.py and samples2/common2.py). This module adds
the producer lines of the READMEs and a few small helpers. Content is invented.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples6"))
from common6 import (TUNED, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct,  # noqa: E402,F401
                     lo_convert, lo_pdf, node, q, td, th, vars_of, write_readme, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common3 import write_csv  # noqa: E402,F401  (on the path through common6)

CHROMIUM_PRODUCER = "Chromium headless `--print-to-pdf` from HTML written by `tools/samples8/{script}`."
LO_PRODUCER = ("Workbook written with openpyxl by `tools/samples8/{script}`, printed to PDF by LibreOffice "
               "headless (`LANG=it_IT.UTF-8`).")
XLSX_PRODUCER = "Workbook (.xlsx) written with openpyxl by `tools/samples8/{script}` and kept as the input."
CSV_PRODUCER = "Python csv module (`tools/samples8/{script}`), kept as the input."
ODS_PRODUCER = ("Workbook written with openpyxl by `tools/samples8/{script}`, converted to .ods by LibreOffice "
                "headless (`LANG=it_IT.UTF-8`) and kept as the input.")


def pct(x, dec=1):
    """A percentage (x in percent, not a fraction) in Italian: 97.5 -> '97,5%'."""
    return it_num(x, dec, group=False) + "%"


def unit_of(value):
    """The unit a printed target/result shows by itself: `%`, `gg`, `date` (dd.mm.yyyy / dd/mm/yyyy), `EUR` (`€`),
    `text` (SI/NO); None for a bare number or a unit word such as `ore`."""
    import re
    v = value.strip()
    if v.endswith("%"):
        return "%"
    if re.search(r"\d\s*(gg|giorni)$", v):
        return "gg"
    if re.search(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}$", v):
        return "date"
    if "€" in v:
        return "EUR"
    if v.upper() in ("SI", "NO"):
        return "text"
    return None
