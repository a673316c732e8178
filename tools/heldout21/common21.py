"""Shared helpers of the heldout21 generators (held-out cases `h21-*`).

Re-exports tools/samples14/common14.py (itself on samples13 / 12 / 11 / 7 / 5 / 3 / 2: truth builders, Chromium and
LibreOffice printers, workbook and HTML helpers, Italian display of numbers) and adds:
- `HELDOUT` and `case_dir21`: the cases are written under samples/variants/heldout/<name>/ (own folders only);
- producer lines naming this directory;
- reportlab helpers (TrueType fonts with the glyphs ≥ ≤ €, a page template with running header/footer).
Content is invented.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples14"))
from common14 import (chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3, ind,  # noqa: E402,F401
                      lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
from common13 import D, capped, dnum, dpct, rnd, td, th  # noqa: E402,F401

REPO = os.path.dirname(os.path.dirname(HERE))
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")

CASES = ["h21-plan-chromium-1", "h21-pira-lo-1", "h21-assignment-chromium-1", "h21-dashboard-csv-1",
         "h21-report-reportlab-1", "h21-record-reportlab-1", "h21-form-lo-1", "h21-flat-xlsx-1",
         "h21-results-chromium-1", "h21-tree-chromium-1", "h21-bands-ods-1", "h21-prose-lo-1"]

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout21/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout21/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout21/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout21/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout21/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab by `tools/heldout21/{script}`."


def case_dir21(name):
    """The folder of one h21 case, emptied (only that exact folder is ever removed)."""
    assert name in CASES, name
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


# ---------------------------------------------------------------- reportlab

TTF = "/usr/share/fonts/truetype"
RL_FONTS = {
    "Mono": f"{TTF}/dejavu/DejaVuSansMono.ttf", "Mono-Bold": f"{TTF}/dejavu/DejaVuSansMono-Bold.ttf",
    "Sans": f"{TTF}/liberation/LiberationSans-Regular.ttf", "Sans-Bold": f"{TTF}/liberation/LiberationSans-Bold.ttf",
    "Sans-Italic": f"{TTF}/liberation/LiberationSans-Italic.ttf",
    "Narrow": f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf",
}


def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in RL_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def rl_esc(s):
    """Text for a reportlab Paragraph (markup-escaped, line breaks kept)."""
    return esc(s).replace("\n", "<br/>")
