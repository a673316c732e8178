"""Shared helpers of the heldout11 generators (cases `samples/variants/heldout/h11-*`).

Re-exports the truth builders, printers, workbook helpers and Italian number display of
tools/samples7/common7.py (itself on samples5/samples3/samples2) and adds the held-out case
directory, producer lines, a README writer and a workbook -> PDF shortcut. Content is invented:
bodies, people, rows, figures.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
from common7 import (D, capped, chromium_pdf, dnum, doc, dpct, esc, finding, html_page3, ind,  # noqa: E402,F401
                     lo_convert, lo_pdf, node, q, rnd, td, th, vars_of, write_csv7, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

REPO = os.path.dirname(os.path.dirname(HERE))
HELDOUT = os.path.join(REPO, "samples", "variants", "heldout")

CHROMIUM = "HTML written by `tools/heldout11/{script}`, printed to PDF by Chromium headless (`--print-to-pdf`)."
LO = ("openpyxl workbook written by `tools/heldout11/{script}`, printed to PDF by LibreOffice headless "
      "(`soffice --headless --convert-to pdf`, `LANG=it_IT.UTF-8`).")
XLSX = "openpyxl workbook written by `tools/heldout11/{script}`, kept as the input (.xlsx)."
ODS = ("openpyxl workbook written by `tools/heldout11/{script}`, converted to .ods by LibreOffice headless "
       "(`LANG=it_IT.UTF-8`) and kept as the input.")
CSV = "CSV written by the Python csv module in `tools/heldout11/{script}`."


def case_dir(name):
    d = os.path.join(HELDOUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def readme(d, name, what, producer, layout, variations, faults):
    """`what` is e.g. 'Genre: **plan**' or 'Family: **record blocks**'."""
    out = [f"# {name}", "", f"{what}. Producer: {producer}", "", "## Layout", "", layout.strip(), "",
           "## Variations", ""] + [f"- {v}" for v in variations] + ["", "## Faults", ""]
    if faults:
        out += [f"- {f}" for f in faults]
    else:
        out += ["None: clean case (`\"clean\": true`); any error or warning is a false alarm."]
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def xlsx_to_pdf(wb, d, name="input"):
    """Save a workbook in a temp file next to the case, print it with LibreOffice to <name>.pdf."""
    src = os.path.join(d, f"_{name}.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, f"{name}.pdf"))
    os.remove(src)


def xlsx_to_ods(wb, d, name="input"):
    src = os.path.join(d, f"_{name}.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, f"{name}.ods"), "ods")
    os.remove(src)


def it_int(n):
    """1234 -> '1.234'."""
    return f"{int(n):,}".replace(",", ".")
