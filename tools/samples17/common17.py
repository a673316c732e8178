"""Shared helpers of the samples17 generators (cases `fam14-*`).

Re-exports tools/samples14/common14.py (itself on samples13 / 12 / 11 / 7 / 5 / 3 / 2: truth builders, printers,
workbook and HTML helpers, Decimal display helpers) and adds the producer lines naming this directory, a reportlab
font registration, `ladder` (a graded band ladder read band then score) and `largest_remainder` (shares of 100,00
that sum exactly). Content is invented.
"""
import os
import sys
from decimal import ROUND_FLOOR, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples14"))
from common14 import (TUNED, case_dir, chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3,  # noqa: E402,F401
                      ind, lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common13 import D, dnum, dpct, td, th  # noqa: E402,F401

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples17/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples17/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples17/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples17/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples17/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus tables) by `tools/samples17/{script}`."

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def rl_fonts():
    """Register DejaVu Sans Condensed (regular, bold, oblique) for reportlab: the base-14 fonts lack ≤ ≥ –."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    faces = {"DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
             "DVC-I": "DejaVuSansCondensed-Oblique.ttf", "DVC-BI": "DejaVuSansCondensed-BoldOblique.ttf"}
    for name, f in faces.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, f)))
    addMapping("DVC", 0, 0, "DVC")
    addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVC", 0, 1, "DVC-I")
    addMapping("DVC", 1, 1, "DVC-BI")


def ladder(pairs):
    """A graded ladder as the truth reads it: band then score, in printed order, joined by single spaces."""
    return " ".join(f"{b} {s}" for b, s in pairs)


def largest_remainder(values, dec=2):
    """Shares of 100 of `values` rounded to `dec` decimals so that they sum to exactly 100 (Hamilton)."""
    vals = [D(v) for v in values]
    tot = sum(vals)
    unit = Decimal(1).scaleb(-dec)
    exact = [v * 100 / tot for v in vals]
    floor = [e.quantize(unit, rounding=ROUND_FLOOR) for e in exact]
    left = int(((Decimal(100) - sum(floor)) / unit).to_integral_value())
    order = sorted(range(len(vals)), key=lambda i: exact[i] - floor[i], reverse=True)
    for i in order[:left]:
        floor[i] += unit
    return floor


def fmt_disp(v, fmt):
    """A number as an Italian LibreOffice shows it with a format made of an optional quoted prefix, a core
    (`0`, `0.0`, `0.00`, `#,##0`, `#,##0.00`, optionally followed by `%`) and an optional quoted suffix:
    0.92 with `"≥ "0.0%` -> `≥ 92,0%`; 145 with `"≤ "#,##0.00" €"` -> `≤ 145,00 €`."""
    import re
    if ";" in fmt:  # two sections: positive;negative (the negative section prints its own sign)
        pos, neg = fmt.split(";")
        return fmt_disp(-D(v), neg) if D(v) < 0 else fmt_disp(v, pos)
    m = re.fullmatch(r'(?:"([^"]*)")?(#,##0|0)(?:\.(0+))?(%)?(?:"([^"]*)")?', fmt)
    if not m:
        raise ValueError(fmt)
    pre, core, decs, pc, suf = m.groups()
    x = D(v) * (100 if pc else 1)
    s = dnum(x, len(decs or ""), group=core.startswith("#"))
    return (pre or "") + s + ("%" if pc else "") + (suf or "")
