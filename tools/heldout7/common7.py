"""Shared helpers of the heldout7 generators (held-out cases `h7-*`).

Re-uses the truth builders, printers and workbook helpers of tools/samples3/common3.py (itself on
tools/samples2/common2.py) and adds: the held-out case folder, Italian display of numbers with exact
(Decimal, round-half-up) rounding, small HTML helpers and the case README writer. Content is invented.
"""
import os
import shutil
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples3"))
from common3 import (chromium_pdf, doc, esc, finding, html_page3, ind, lo_convert, lo_pdf, node, q,  # noqa: E402,F401
                     vars_of, write_csv, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

REPO = os.path.dirname(os.path.dirname(HERE))
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")

CHROMIUM = "HTML written by `tools/heldout7/{script}`, printed to PDF by Chromium headless (`--print-to-pdf`)."
LO = ("Workbook written with openpyxl by `tools/heldout7/{script}`, printed to PDF by LibreOffice headless "
      "(`soffice --headless --convert-to pdf`, `LANG=it_IT.UTF-8`).")
XLSX = "Workbook (.xlsx) written with openpyxl by `tools/heldout7/{script}` and kept as the input."
ODS = ("Workbook written with openpyxl by `tools/heldout7/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV file written by `tools/heldout7/{script}` and kept as the input."


def case_dir(name):
    """A fresh folder samples/variants/heldout/<name>/ (only h7-* names)."""
    assert name.startswith("h7-"), name
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


# ---------------------------------------------------------------- Italian display of numbers (exact)

def _dec(x):
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(str(x))


def num(x, dec=0, group=True):
    """1234.5 -> '1.234,50' (dec=2); rounding half up on the exact value."""
    v = _dec(x).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    neg = v < 0
    s = f"{abs(v):.{dec}f}"
    ip, _, fp = s.partition(".")
    if group:
        ip = f"{int(ip):,}".replace(",", ".")
    out = ip + ("," + fp if dec else "")
    return ("-" if neg else "") + out


def pct(x, dec=0):
    """A fraction shown by the format 0% / 0.0% / 0.00%: 0.3333 -> '33,33%' (dec=2)."""
    return num(_dec(x) * 100, dec, group=False) + "%"


def eur(x, dec=2, sign_before=True):
    return ("€ " + num(x, dec)) if sign_before else (num(x, dec) + " €")


# ---------------------------------------------------------------- HTML helpers

def td(text, cls=None, colspan=1, rowspan=1, raw_html=False, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if colspan > 1:
        a += f' colspan="{colspan}"'
    if rowspan > 1:
        a += f' rowspan="{rowspan}"'
    if style:
        a += f' style="{style}"'
    body = text if raw_html else esc(text).replace("\n", "<br>")
    return f"<td{a}>{body}</td>"


def th(text, cls=None, colspan=1, rowspan=1, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if colspan > 1:
        a += f' colspan="{colspan}"'
    if rowspan > 1:
        a += f' rowspan="{rowspan}"'
    if style:
        a += f' style="{style}"'
    return f"<th{a}>{esc(text).replace(chr(10), '<br>')}</th>"


# ---------------------------------------------------------------- README of a case

def readme(d, name, what, producer, layout, variations, faults):
    """`what` is 'Genre: **plan**' or 'Family: **record**'."""
    out = [f"# {name}", "", f"{what}. Producer: {producer}", "", "## Layout", "", layout.strip(), "",
           "## Variations", ""] + [f"- {v}" for v in variations] + ["", "## Faults injected", ""]
    if faults:
        out += [f"- {f}" for f in faults]
    else:
        out += ["None: clean case (`\"clean\": true`); any error or warning the tool reports is a false alarm."]
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
