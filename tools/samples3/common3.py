"""Shared helpers of the samples3 generators (one script per family).

Re-uses the truth builders, the two printers and the workbook helpers of
tools/samples2/common2.py and adds what the third set needs: HTML pages with running
headers/footers (CSS @page margin boxes, which Chromium prints), workbooks kept as .xlsx or
converted to .ods, CSV files, and Italian display of numbers for truth raws.
Content is invented.
"""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples2"))
from common2 import (TUNED, W, case_dir, chromium_pdf, doc, esc, finding, ind, lo_pdf, node,  # noqa: E402,F401
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles, yv)


def html_page3(body, css, landscape=False, margin="16mm 13mm", top_left=None, top_right=None,
               bottom_center=None, bottom_right=None, hf_font='8pt "DejaVu Sans"'):
    """An A4 page whose running header/footer are CSS margin boxes; `counter(page)` and
    `counter(pages)` may be used inside the content strings (give them already quoted)."""
    size = "A4 landscape" if landscape else "A4"
    boxes = []
    for box, content in (("top-left", top_left), ("top-right", top_right),
                         ("bottom-center", bottom_center), ("bottom-right", bottom_right)):
        if content:
            boxes.append(f"@{box} {{ content: {content}; font: {hf_font}; color: #444; }}")
    return ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><style>"
            f"@page {{ size: {size}; margin: {margin}; {' '.join(boxes)} }}\n{css}</style></head><body>\n"
            f"{body}\n</body></html>\n")


def q(s):
    """A CSS string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lo_convert(src, out_path, fmt):
    """Convert a workbook with LibreOffice headless (Italian locale) to another format (ods)."""
    tmp = tempfile.mkdtemp(prefix="s3lo-")
    try:
        env = dict(os.environ, LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", fmt, "--outdir", tmp, src], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=300)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
        if not os.path.exists(produced):
            raise SystemExit(f"libreoffice produced no {fmt} from {src}")
        shutil.move(produced, out_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_csv(path, rows, encoding="utf-8", sep=";", crlf=True, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- Italian display of numbers

def it_num(x, dec=2, group=True):
    """12345.5 -> '12.345,50' (dec decimals, dot for thousands)."""
    s = f"{x:,.{dec}f}" if group else f"{x:.{dec}f}"
    return s.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def it_pct(x, dec=2):
    """0.1666 -> '16,66%' as the format 0.00% shows it (x a fraction)."""
    return it_num(round(x * 100, dec + 6), dec, group=False) + "%"


def vars_of(formula):
    """Measure codes of a formula over codes (`RIS_liq / RIS_ass x 100` -> [RIS_liq, RIS_ass]), in order,
    no repeats; [] for a formula in words (any token that is not a code with an underscore)."""
    import re
    if not formula:
        return []
    toks = re.split(r"[\s()+\-*/:]+", re.sub(r"\b[xX]\s*100\b|\*\s*100\b", " ", formula))
    toks = [t for t in toks if t]
    if not toks or not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*_[A-Za-z0-9_]*", t) for t in toks):
        return []
    out = []
    for t in toks:
        if t not in out:
            out.append(t)
    return out
