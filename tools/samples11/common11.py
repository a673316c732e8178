"""Shared helpers of the samples11 generators (cases `gen8-*` and `fam8-*`).

Re-exports the truth builders, printers, workbook helpers, HTML cell helpers and Decimal display helpers of
tools/samples7/common7.py (itself on samples5 / samples3 / samples2) and adds: the producer lines naming this
directory, `widths` / `font` workbook shortcuts, `vars11` (measure codes of a formula) and `disp` (a number as an
Italian LibreOffice shows it with one of the number formats used here). Content is invented.
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
from common7 import (TUNED, D, capped, case_dir, chromium_pdf, dnum, doc, dpct, esc, finding,  # noqa: E402,F401
                     genre_readme, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, node, q, rnd, td, th,
                     write_csv7, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples11/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples11/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples11/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples11/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples11/{script}`."


def widths(ws, ws_widths):
    """Set column widths from a list (column A first)."""
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def font(name="Liberation Sans", size=9, bold=False, italic=False, color=None):
    from openpyxl.styles import Font
    return Font(name=name, size=size, bold=bold, italic=italic, color=color)


def vars11(formula):
    """Measure codes of a formula (tokens with an underscore), in order, no repeats; numbers and words ignored."""
    import re
    out = []
    for t in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", formula or ""):
        t = t.rstrip(".")
        if "_" in t and t not in out:
            out.append(t)
    return out


def disp(v, fmt):
    """A number as LibreOffice (Italian locale) shows it with one of the formats used in this set."""
    from decimal import Decimal
    v = Decimal(str(v))
    table = {"0%": (100, 0, False, "%"), "0.0%": (100, 1, False, "%"), "0.00%": (100, 2, False, "%"),
             "0": (1, 0, False, ""), "0.0": (1, 1, False, ""), "0.00": (1, 2, False, ""),
             "#,##0": (1, 0, True, ""), "#,##0.00": (1, 2, True, ""), '#,##0.00 "€"': (1, 2, True, " €"),
             '"€ "#,##0.00': (1, 2, True, ""), '0" gg"': (1, 0, False, " gg"), '0.0" gg"': (1, 1, False, " gg"),
             '#,##0" €"': (1, 0, True, " €"), '0" min"': (1, 0, False, " min")}
    mul, dec, grp, suf = table[fmt]
    s = dnum(v * mul, dec, group=grp) + suf
    if fmt == '"€ "#,##0.00':
        s = "€ " + s
    return s


def lo_pdf_of(wb, out_pdf, stem="allegato"):
    """Save an openpyxl workbook in a temporary folder and print it to PDF with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="s11lo-")
    try:
        src = os.path.join(tmp, stem + ".xlsx")
        xl_save(wb, src)
        lo_pdf(src, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ods_of(wb, out_ods, stem="allegato"):
    """Save an openpyxl workbook and convert it to .ods with LibreOffice (kept as the input)."""
    tmp = tempfile.mkdtemp(prefix="s11ods-")
    try:
        src = os.path.join(tmp, stem + ".xlsx")
        xl_save(wb, src)
        lo_convert(src, out_ods, "ods")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
