"""Shared helpers of the heldout17 generators (cases `h17-*`, held out).

Re-exports tools/samples13/common13.py (truth builders, printers, workbook / HTML helpers, Italian display
helpers) and adds: the held-out case folder (`samples/variants/heldout/`), producer lines naming this directory,
`readme17` (a case README with a `## Not faults` section) and a reportlab helper (a fourth producer). Content is
invented.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples13"))
from common13 import (D, capped, chromium_pdf, disp, disp12, dnum, doc, dpct, esc, finding, font,  # noqa: E402,F401
                      genre_readme, html_page3, ind, it_num, it_pct, lo_convert, lo_pdf, lo_pdf_of, node, ods_of, q,
                      rnd, td, th, vars11, widths, write_csv7, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                      xl_save, xl_styles)

HELDOUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "samples", "variants", "heldout")

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout17/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout17/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout17/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout17/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout17/{script}`."
REPORTLAB = "PDF written directly with reportlab (Debian `python3-reportlab`) by `tools/heldout17/{script}`."


def case_dir(name):
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def readme17(d, name, genre, producer, layout, variations, baits, faults):
    """genre_readme plus a section listing the conventions a careless auditor would wrongly flag."""
    genre_readme(d, name, genre, producer, layout, variations, faults)
    path = os.path.join(d, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    extra = ["", "## Not faults (conventions a careless auditor would wrongly flag)", ""] + [f"- {b}" for b in baits]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + "\n".join(extra) + "\n")


def rl_fonts():
    """Register DejaVu fonts with reportlab (they carry ≥ ≤ –)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for n, f in [("DVS", "DejaVuSansCondensed.ttf"), ("DVS-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-B", "DejaVuSerif-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, base + f))
