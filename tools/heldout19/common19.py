"""Shared helpers of the heldout19 generators (held-out cases `h19-*`).

Re-exports tools/samples13/common13.py (itself on samples12 / 11 / 7 / 5 / 3 / 2: truth builders, printers,
workbook and HTML helpers, Italian display helpers, `readme13`) and adds:
- `case_dir`: a fresh case folder under samples/variants/heldout (only names starting with `h19-`);
- producer lines naming this directory;
- `rl_fonts`: TrueType fonts registered for reportlab (the base-14 fonts have no `≥` / `≤`).
Content is invented."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOOLS, "samples13"))
from common13 import (D, capped, chromium_pdf, disp, disp12, dnum, doc, dpct, esc, finding, font,  # noqa: E402,F401
                      html_page3, ind, lo_pdf_of, node, ods_of, q, readme13, rnd, td, th, vars11, widths,
                      write_csv7, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

REPO = os.path.dirname(TOOLS)
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")
PREFIX = "h19-"
# the twelve cases of this batch (the checker takes this list: it never lists the held-out folder)
CASES = ["h19-plan-reportlab-1", "h19-pira-chromium-1", "h19-assignment-xlsx-1", "h19-dashboard-lo-1",
         "h19-report-chromium-1", "h19-record-csv-1", "h19-points-ods-1", "h19-bands-chromium-1",
         "h19-prose-lo-1", "h19-matrix-lo-1", "h19-form-reportlab-1", "h19-tree-chromium-1"]

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/heldout19/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/heldout19/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout19/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout19/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout19/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus) by `tools/heldout19/{script}`."


def case_dir(name):
    """A new, empty folder samples/variants/heldout/<name> (only h19-* cases are ever touched)."""
    if not name.startswith(PREFIX):
        raise SystemExit(f"refusing to write {name}: not an {PREFIX}* case")
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def rl_fonts():
    """Register DejaVu TrueType families for reportlab; returns the family names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    fams = {"DVSC": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
                     "DejaVuSansCondensed-BoldOblique"),
            "DVSerC": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic",
                       "DejaVuSerifCondensed-BoldItalic")}
    for fam, files in fams.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, f in zip(names, files):
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, base + f + ".ttf"))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    return list(fams)


def xesc(s):
    """Escape text for a reportlab Paragraph."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
