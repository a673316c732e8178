"""Shared helpers of the samples2 generators (one script per family).

Each family script builds its content once, as Python data, and derives from it
the input (HTML printed by Chromium, or a workbook printed by LibreOffice or
kept as .xlsx), truth.json and README.md. Content is invented.
"""
import html
import json
import os
import shutil
import subprocess
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TUNED = os.path.join(REPO, "samples", "variants", "tuned")

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-pdf-header-footer"]


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- truth

def W(raw):
    return None if raw is None else {"raw": raw}


def yv(pairs):
    return [{"year": y, "raw": r} for y, r in pairs]


def node(code, level, title, parent=None, weight=None, achievement=(), resources=(),
         mission=None, programme=None, owners=(), unit=None, description=None, doc=0):
    return {"doc": doc, "code": code, "level": level, "title": title, "description": description,
            "parent": parent, "weight": W(weight), "achievement": yv(achievement),
            "resources": [{"raw": r} for r in resources], "mission": mission,
            "programme": programme, "owners": list(owners), "unit": unit}


def ind(name, node, code=None, unit=None, weight=None, baselines=(), targets=(), results=(),
        achievement=(), formula=None, formula_text=None, variables=(), type=None, unit_org=None,
        owners=(), notes=(), description=None, doc=0):
    return {"doc": doc, "code": code, "name": name, "description": description,
            "formula": formula, "formula_text": formula_text, "variables": list(variables),
            "unit": unit, "type": type, "node": node, "unit_org": unit_org, "weight": W(weight),
            "baselines": yv(baselines), "targets": yv(targets), "results": yv(results),
            "achievement": yv(achievement), "owners": list(owners), "notes": list(notes)}


def finding(rule, subject, note, doc=0, unit=None):
    return {"rule": rule, "subject": subject, "doc": doc, "unit": unit, "note": note}


def case_dir(name):
    d = os.path.join(TUNED, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write_truth(d, documents, nodes, indicators, findings=(), resources_total=None):
    t = {"documents": documents, "nodes": nodes, "indicators": indicators}
    if resources_total is not None:
        t["resources_total"] = {"raw": resources_total}
    t["expected_findings"] = list(findings)
    t["clean"] = not findings
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_readme(d, name, layout, producer, variations, faults):
    out = [f"# {name}", "", "## Layout", layout.strip(), "", "## Producer", producer.strip(), "",
           "## Variations"] + [f"- {v}" for v in variations] + ["", "## Faults injected"]
    if faults:
        out += [f"- {f}" for f in faults]
    else:
        out += ["- none (clean: any error or warning is a false alarm)"]
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def doc(org, years, kind="unknown", title=None):
    return {"kind": kind, "organisation": org, "title": title, "years": list(years)}


# ---------------------------------------------------------------- producers

def chromium_pdf(html_text, out_pdf):
    """Print an HTML page to PDF with headless Chromium (fresh profile)."""
    tmp = tempfile.mkdtemp(prefix="s2chr-")
    try:
        src = os.path.join(tmp, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        prof = os.path.join(tmp, "profile")
        subprocess.run(["chromium"] + CHROMIUM_FLAGS + [f"--user-data-dir={prof}",
                        f"--print-to-pdf={out_pdf}", "file://" + src],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=180)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not os.path.exists(out_pdf) or os.path.getsize(out_pdf) == 0:
        raise SystemExit(f"chromium produced no {out_pdf}")


def lo_pdf(xlsx, out_pdf):
    """Convert a workbook to PDF with LibreOffice headless in an Italian locale."""
    tmp = tempfile.mkdtemp(prefix="s2lo-")
    try:
        env = dict(os.environ, LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, xlsx], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=300)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(xlsx))[0] + ".pdf")
        if not os.path.exists(produced):
            raise SystemExit(f"libreoffice produced no pdf from {xlsx}")
        shutil.move(produced, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def html_page(body, css, landscape=False, margin="14mm"):
    size = "A4 landscape" if landscape else "A4"
    return ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><style>"
            f"@page {{ size: {size}; margin: {margin}; }}\n{css}</style></head><body>\n"
            f"{body}\n</body></html>\n")


# ---------------------------------------------------------------- workbook helpers

def xl_styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style="thin", color="000000")
    return {
        "Alignment": Alignment, "Font": Font, "PatternFill": PatternFill, "Side": Side,
        "Border": Border, "grid": Border(left=thin, right=thin, top=thin, bottom=thin),
        "under": Border(bottom=Side(style="thin", color="808080")),
    }


def xl_put(ws, row, col, value, font=None, fill=None, border=None, wrap=True, halign=None,
           valign="top", fmt=None, indent=0):
    from openpyxl.styles import Alignment, PatternFill
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"  # a printed '= 6' is text, not a formula
    if font is not None:
        c.font = font
    if fill is not None:
        c.fill = PatternFill("solid", fgColor=fill)
    if border is not None:
        c.border = border
    c.alignment = Alignment(wrap_text=wrap, horizontal=halign, vertical=valign, indent=indent)
    if fmt is not None:
        c.number_format = fmt
    return c


def xl_box(ws, r1, c1, r2, c2, border):
    """Give every cell of a range the border (merged ranges need it on each cell)."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = border


def xl_page(ws, landscape=False, fit_width=True, title_rows=None, margins=0.5):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = margins
    ws.page_margins.top = ws.page_margins.bottom = margins


def xl_save(wb, path):
    """Save a workbook; make print-title ranges absolute ('Sheet'!$4:$5), the only form
    LibreOffice honours when it prints."""
    import re
    import zipfile
    wb.save(path)
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "xl/workbook.xml":
                data = re.sub(rb"(!)(\d+):(\d+)<", rb"\1$\2:$\3<", data)
            zout.writestr(it, data)
    os.replace(tmp, path)


def xl_fit_rows(ws, first, last, pt=9.0, narrow=1.0, line=1.25):
    """Set each row's height to fit its wrapped text: LibreOffice keeps the default height
    of rows an openpyxl file leaves unsized. Width in characters from the column widths;
    merged ranges count their whole width and spread their lines over their rows."""
    import math
    from openpyxl.utils import get_column_letter
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = rng
    need = {r: 1 for r in range(first, last + 1)}
    for r in range(first, last + 1):
        for c in range(1, ws.max_column + 1):
            v = ws.cell(row=r, column=c).value
            if v is None:
                continue
            rng = merged.get((r, c))
            cols = range(c, (rng.max_col if rng else c) + 1)
            rows = (rng.max_row - rng.min_row + 1) if rng else 1
            width = sum((ws.column_dimensions[get_column_letter(k)].width or 8.43) for k in cols)
            chars = max(4, width * 1.1 * (9.0 / pt) / narrow - 1)
            lines = sum(max(1, math.ceil(len(part) / chars)) for part in str(v).split("\n"))
            need[r] = max(need[r], math.ceil(lines / rows))
    for r, n in need.items():
        ws.row_dimensions[r].height = max(12.0, n * pt * line + 3)
