"""Shared helpers of the samples15 generators (cases `gen12-*` and `fam12-*`).

Re-exports tools/samples14/common14.py (itself on samples13 / 12 / 11 / 7 / 5 / 3 / 2: truth builders, printers,
workbook and HTML helpers, Decimal display helpers, `readme13`) and adds:
- the producer lines naming this directory;
- `fmt_disp`: a number or date as an Italian LibreOffice shows it with a custom format made of an optional quoted
  prefix, a number part (`0`, `0.0`, `0.00`, `#,##0`, `#,##0.0`, `#,##0.00`, optionally `%`) or `DD/MM/YYYY`, and an
  optional quoted suffix (`"≥ "0.0%`, `"≤ "0" gg"`, `"entro il "DD/MM/YYYY`, `#,##0.00" €"`, `General`);
- `rl_para` / `rl_escape`: small reportlab helpers.
Content is invented."""
import datetime
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples14"))
from common14 import (TUNED, case_dir, chromium_pdf, disp, disp12, doc, esc, finding, font, html_page3,  # noqa: E402,F401
                      ind, lo_pdf_of, node, ods_of, q, readme13, vars11, widths, write_csv7, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
from common7 import D, capped, dnum, dpct, rnd  # noqa: E402,F401

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples15/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples15/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples15/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples15/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples15/{script}`."
REPORTLAB = "PDF written directly with python3-reportlab (platypus) by `tools/samples15/{script}`."

_NUM = {"0": (0, False), "0.0": (1, False), "0.00": (2, False), "#,##0": (0, True), "#,##0.0": (1, True),
        "#,##0.00": (2, True)}


def fmt_disp(v, fmt):
    """A value as an Italian LibreOffice shows it with `fmt` (see the module docstring)."""
    if fmt == "General":
        return disp12(v, "General")
    m = re.fullmatch(r'(?:"([^"]*)")?(DD/MM/YYYY|#,##0\.00|#,##0\.0|#,##0|0\.00|0\.0|0)(%?)(?:"([^"]*)")?', fmt)
    if not m:
        raise ValueError(fmt)
    pre, part, pc, suf = m.group(1) or "", m.group(2), m.group(3), m.group(4) or ""
    if part == "DD/MM/YYYY":
        assert isinstance(v, (datetime.date, datetime.datetime))
        return pre + v.strftime("%d/%m/%Y") + suf
    dec, grp = _NUM[part]
    x = Decimal(str(v)) * (100 if pc else 1)
    return pre + dnum(x, dec, group=grp) + pc + suf


def rl_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_para(text, style, markup=False):
    """A reportlab Paragraph; `\\n` become line breaks; text escaped unless `markup`."""
    from reportlab.platypus import Paragraph
    body = text if markup else rl_escape(text)
    return Paragraph(body.replace("\n", "<br/>"), style)


def vars15(formula):
    """Measure codes of a formula over codes, in order, no repeats (identifiers; numbers and `x` ignored)."""
    out = []
    for t in re.findall(r"[A-Za-z][A-Za-z0-9_]*", formula or ""):
        if t.lower() == "x" or t in out:
            continue
        out.append(t)
    return out
