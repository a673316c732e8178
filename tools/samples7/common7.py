"""Shared helpers of the samples7 generators (genre cases `gen6-*`).

Re-exports the truth builders, printers and workbook helpers of tools/samples5/common5.py (itself on
tools/samples3/common3.py and tools/samples2/common2.py) and adds:
- `td` / `th` HTML cell helpers,
- a CSV writer with any separator and quoting,
- Decimal arithmetic for Italian display (`dpct`, `dnum`).
Content is invented.
"""
import csv
import io
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples5"))
from common5 import (TUNED, case_dir, chromium_pdf, doc, esc, eur, finding, genre_readme, grp, html_page3,  # noqa: E402,F401
                     ind, it_num, it_pct, lo_convert, lo_pdf, node, pct, q, vars_of, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

CHROMIUM = "HTML printed to PDF by Chromium headless (`--print-to-pdf`), written by `tools/samples7/{script}`."
LO_XLSX = ("openpyxl workbook written by `tools/samples7/{script}`, printed to PDF by LibreOffice headless "
           "(`LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/samples7/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/samples7/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/samples7/{script}`."


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


# ---------------------------------------------------------------- decimals shown the Italian way

def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def rnd(x, dec=2):
    return D(x).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def dnum(x, dec=2, group=True):
    """Decimal -> '1.234,56' (dec decimals)."""
    v = rnd(x, dec)
    sign = "-" if v < 0 else ""
    v = abs(v)
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    if group:
        ip = f"{int(ip):,}".replace(",", ".")
    return sign + ip + ("," + fp if dec else "")


def dpct(x, dec=2, space=False):
    """A percentage given on the 0-100 scale -> '96,40%' (or '96,40 %')."""
    return dnum(x, dec, group=False) + (" %" if space else "%")


def capped(result, target, op):
    """Achievement on the 0-100 scale: `ge` result/target, `le` target/result, capped at 100."""
    r, t = D(result), D(target)
    if op == "ge":
        a = Decimal(100) if t == 0 else r / t * 100
    elif op == "le":
        a = Decimal(100) if r == 0 or r <= t else t / r * 100
    else:
        raise ValueError(op)
    return min(a, Decimal(100))


def write_csv7(path, rows, encoding="utf-8", sep=";", crlf=True, bom=False, quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n" if crlf else "\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
