"""Shared helpers of the samples5 generators (genre cases `gen5-*`): everything comes from
tools/samples3/common3.py (which re-uses tools/samples2/common2.py), plus a few workbook helpers.
Content is invented."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples3"))
from common3 import (TUNED, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct,  # noqa: E402,F401
                     lo_convert, lo_pdf, node, q, vars_of, write_csv, write_readme, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def pct(x, dec=0):
    """A fraction as the format 0% / 0.0% / 0.00% shows it in an Italian LibreOffice: 0.725 -> '72,5%'."""
    return it_pct(x, dec)


def eur(x):
    """An amount as the format #,##0.00 "€" shows it: 1250000 -> '1.250.000,00 €'."""
    return it_num(x, 2) + " €"


def grp(x):
    """An integer as #,##0 shows it: 1250 -> '1.250'."""
    return it_num(x, 0)


def genre_readme(d, name, genre, producer, layout, variations, faults):
    """README in the style of the tuned cases: genre and producer first, then layout, variations, faults."""
    out = [f"# {name}", "", f"Genre: **{genre}**. Producer: {producer}", "", "## Layout", "", layout.strip(), "",
           "## Variations", ""] + [f"- {v}" for v in variations] + ["", "## Faults", ""]
    if faults:
        out += [f"- {f}" for f in faults]
    else:
        out += ["None: clean case (`\"clean\": true`); any error or warning is a false alarm."]
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
