"""Shared helpers of the samples16 generators (cases `gen13-*` and `fam13-*`).

Re-exports tools/samples14/common14.py (itself on samples13 / 12 / 11 / 7 / 5 / 3 / 2: truth builders, printers,
workbook and HTML helpers, Decimal display helpers) and adds:
- the producer lines naming this directory,
- `show`, a number or date as an Italian LibreOffice shows it with a custom number format made of a numeric part
  (`0`, `0.0`, `#,##0.00`, `0.0%` ...) between optional quoted literals (`0.0" km"`, `"€ "#,##0`), and `DD/MM/YYYY`,
- `achv`, an achievement on the 0-100 scale (capped) shown with one decimal and `%`,
- reportlab helpers (DejaVu fonts registered, paragraphs with escaped text).
Content is invented."""
import datetime
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOOLS, "samples14"))
sys.path.insert(0, os.path.join(TOOLS, "samples13"))
from common14 import (TUNED, case_dir, chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3,  # noqa: E402,F401
                      ind, lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common13 import D, capped, dnum, dpct, rnd, td, th  # noqa: E402,F401

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples16/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples16/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples16/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples16/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples16/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus tables) by `tools/samples16/{script}`."


# ---------------------------------------------------------------- display of workbook values

def show(v, fmt):
    """`v` as an Italian LibreOffice displays it with `fmt`.

    fmt: `DD/MM/YYYY` for dates, `General`, or [quoted prefix] numeric part [quoted suffix], where the numeric part
    is `0`, `0.0…`, `#,##0`, `#,##0.0…`, optionally followed by `%`."""
    if isinstance(v, (datetime.date, datetime.datetime)):
        assert fmt == "DD/MM/YYYY", fmt
        return v.strftime("%d/%m/%Y")
    if fmt == "General":
        return disp12(v, "General")
    m = re.fullmatch(r'(?:"([^"]*)")?([#,0.]+)(%?)(?:"([^"]*)")?', fmt)
    if not m:
        raise ValueError(fmt)
    pre, numpart, pc, suf = m.group(1) or "", m.group(2), m.group(3), m.group(4) or ""
    dec = len(numpart.split(".")[1]) if "." in numpart else 0
    grp = "," in numpart
    x = D(v) * (100 if pc else 1)
    return pre + dnum(x, dec, group=grp) + pc + suf


def achv(result, target, op, dec=1):
    """Capped achievement (result vs target, `ge` or `le`) shown as `97,4%`."""
    return dpct(capped(result, target, op), dec)


# ---------------------------------------------------------------- reportlab

_RL_FONTS = {}


def rl_fonts():
    """Register DejaVu Sans / Sans Condensed (they carry ≥ ≤ ▲ ▼) and return the family names."""
    if _RL_FONTS:
        return _RL_FONTS
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, fn in (("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"),
                     ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                     ("DVC-I", "DejaVuSansCondensed-Oblique.ttf"),
                     ("DVC-BI", "DejaVuSansCondensed-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, base + fn))
    addMapping("DVC", 0, 0, "DVC")
    addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVC", 0, 1, "DVC-I")
    addMapping("DVC", 1, 1, "DVC-BI")
    _RL_FONTS.update({"sans": "DVS", "sans_b": "DVS-B", "cond": "DVC", "cond_b": "DVC-B", "cond_i": "DVC-I"})
    return _RL_FONTS


def rl_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_p(text, style, markup=False):
    from reportlab.platypus import Paragraph
    body = text if markup else rl_esc(text)
    return Paragraph(body.replace("\n", "<br/>"), style)
