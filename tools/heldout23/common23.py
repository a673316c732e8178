"""Shared helpers of the heldout23 generators (held-out cases `h23-*`).

Re-exports tools/samples14/common14.py (itself on samples13 / 12 / 11 / 7 / 5 / 3 / 2: truth builders, printers,
workbook and HTML helpers, Decimal display helpers) and adds:
- HELDOUT and `case_dir23`, which writes a case folder of this batch BY EXACT NAME under
  samples/variants/heldout (the folder is never listed);
- CASES, the twelve case names (the checker takes them from here, it never lists the held-out folder);
- producer lines naming this directory;
- `rl_fonts` (DejaVu fonts registered for reportlab) and `rl_p` (a reportlab Paragraph with escaping);
- `lo_show`, a number as an Italian LibreOffice displays it (disp12 plus a few formats of this batch).
Content is invented."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples14"))
from common14 import (TUNED, chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3,  # noqa: E402,F401
                      ind, lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common7 import D, capped, dnum, dpct, rnd, td, th  # noqa: E402,F401

HELDOUT = os.path.join(os.path.dirname(TUNED), "heldout")
PREFIX = "h23-"
CASES = [
    "h23-record-reportlab-1",
    "h23-form-chromium-1",
    "h23-flat-ods-1",
    "h23-tree-chromium-1",
    "h23-points-lo-1",
    "h23-matrix-chromium-1",
    "h23-bands-lo-1",
    "h23-prose-xlsx-1",
    "h23-plan-chromium-1",
    "h23-pira-lo-1",
    "h23-dashboard-reportlab-1",
    "h23-list-csv-1",
]

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout23/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout23/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout23/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout23/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout23/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus) by `tools/heldout23/{script}`."


def case_dir23(name):
    """The folder of one case of this batch, emptied (only that exact folder is touched)."""
    assert name in CASES, name
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def rl_fonts():
    """Register DejaVu Sans / Serif (regular, bold, oblique; condensed sans) for reportlab; return their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    fonts = {"DV": "DejaVuSans.ttf", "DV-B": "DejaVuSans-Bold.ttf", "DV-I": "DejaVuSans-Oblique.ttf",
             "DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
             "DVC-I": "DejaVuSansCondensed-Oblique.ttf", "DVS": "DejaVuSerif.ttf", "DVS-B": "DejaVuSerif-Bold.ttf",
             "DVS-I": "DejaVuSerif-Italic.ttf"}
    for k, f in fonts.items():
        if k not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(k, base + f))
    return list(fonts)


def rl_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def rl_p(text, style, markup=False):
    from reportlab.platypus import Paragraph
    return Paragraph(text if markup else rl_esc(text), style)


def lo_show(v, fmt):
    """A value as an Italian LibreOffice displays it with `fmt` (disp12 plus `"€ "#,##0.00` spelled with the sign,
    `0.0000`, `#,##0.0`)."""
    if fmt == "0.0000":
        return dnum(v, 4, group=False)
    if fmt == "#,##0.0":
        return dnum(v, 1, group=True)
    if fmt == '"€ "#,##0.00':
        return "€ " + dnum(v, 2, group=True)
    return disp12(v, fmt)
