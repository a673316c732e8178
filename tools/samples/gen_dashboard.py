"""Genre 'dashboard' (seed 001): a strategic dashboard workbook (xlsx written by
openpyxl; ods and pdf converted from it by LibreOffice in an Italian locale)."""
import datetime
import os
import re
import shutil
import subprocess
import zipfile
from common import unit_of_values, write_json, page_count, fix_dates
import dashboard_data as D

FIXED_ZIP_TIME = (2022, 10, 25, 12, 0, 0)
SHEET = "Cruscotto"
COLS = "ABCDEFGHIJ"


def display(v):
    if v is None:
        return ""
    if isinstance(v, (D.P, D.N)):
        return v.text
    return str(v)


def layout_rows():
    """The sheet as a list of rows: ('title'|'area'|'ind', payload, area_code)."""
    rows = [("title", D.TITLE, None)]
    for code, title, inds in D.AREAS:
        rows.append(("area", title, code))
        for ind in inds:
            rows.append(("ind", ind, code))
    return rows


def build_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    area_fill = PatternFill("solid", fgColor="1F4E78")
    wrap_top = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [70, 11, 11, 11, 11, 11, 11, 9, 22, 24]
    for col, w in zip(COLS, widths):
        ws.column_dimensions[col].width = w
    body_font = Font(name="Arial", size=9)
    cells = []          # truth-tables cells
    merges = []
    r = 0
    area_first = None
    rows = layout_rows()
    for i, (kind, p, code) in enumerate(rows):
        r += 1
        if kind == "title":
            ws.cell(r, 1, p).font = Font(bold=True, size=14)
            ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.row_dimensions[r].height = 24
            # the merged title row is the table's caption, not one of its rows
            continue
        if kind == "area":
            values = [p] + D.YEARS + ["Risorse", "Owner", None]
            for c, v in enumerate(values, start=1):
                x = ws.cell(r, c, v)
                x.font = Font(bold=True, color="FFFFFF")
                x.fill = area_fill
                x.border = border
                x.alignment = wrap_top if c == 1 else centre
                cells.append(cell_truth(r, c, display(v), True, wrap=(c == 1)))
            area_first = r + 1
            ws.row_dimensions[r].height = row_height(values[:1], widths[:1], bold=True)
            continue
        name, vals, owner, note = p
        ws.cell(r, 1, name).alignment = wrap_top
        cells.append(cell_truth(r, 1, name, False, wrap=True))
        for c, v in enumerate(vals, start=2):
            x = ws.cell(r, c)
            if isinstance(v, (D.P, D.N)):
                x.value = v.value
                x.number_format = v.fmt
            elif v is not None:
                x.value = v
            x.alignment = centre
            t = cell_truth(r, c, display(v), False, wrap=display(v).count(" ") > 1 or "\n" in display(v))
            if isinstance(v, (D.P, D.N)):
                t["value"] = str(v.value)
                t["number_format"] = v.fmt
            cells.append(t)
        last_of_area = i + 1 == len(rows) or rows[i + 1][0] != "ind"
        if last_of_area:
            # the Risorse column is one empty merged block per area
            ws.merge_cells(start_row=area_first, start_column=8, end_row=r, end_column=8)
            cells.append(cell_truth(area_first, 8, "", False, rs=r - area_first + 1))
        ws.cell(r, 9, owner).alignment = centre
        cells.append(cell_truth(r, 9, owner, False, wrap=True))
        x = ws.cell(r, 10, note)
        x.alignment = wrap_top
        x.font = Font(italic=True, color="C00000")
        cells.append(cell_truth(r, 10, note or "", False, wrap=bool(note)))
        for c in range(1, 11):
            ws.cell(r, c).border = border
            if ws.cell(r, c).font != Font(italic=True, color="C00000") or c != 10:
                ws.cell(r, c).font = body_font if c != 10 else Font(name="Arial", size=9, italic=True, color="C00000")
        texts = [name] + [display(v) for v in vals] + [None, owner, note]
        ws.row_dimensions[r].height = row_height(texts, widths)
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.freeze_panes = None
    wb.properties.creator = "allegato samples"
    wb.properties.created = datetime.datetime(2022, 10, 25, 12, 0, 0)
    wb.properties.modified = datetime.datetime(2022, 10, 25, 12, 0, 0)
    wb.properties.lastModifiedBy = "allegato samples"
    wb.save(path)
    normalise_zip(path)
    cells.sort(key=lambda c: (c["row"], c["col"]))
    return cells, r


def row_height(texts, widths, bold=False):
    """LibreOffice does not re-fit rows of an openpyxl file: size them here,
    generously, from the text length (Arial 9 pt: about 1.05 chars per width unit)."""
    import math
    lines = 1
    for t, w in zip(texts, widths):
        if not t:
            continue
        per_line = w * (0.95 if bold else 1.05)
        n = sum(max(1, math.ceil(len(part) / per_line)) for part in str(t).split("\n"))
        lines = max(lines, n)
    return round(lines * 11.5 + 4, 1)


TABLE_TOP = 1   # the table starts on sheet row 2 (row 1 is the merged title)


def cell_truth(r, c, text, header, wrap=False, rs=1, cs=1):
    d = {"row": r - 1 - TABLE_TOP, "col": c - 1, "row_span": rs, "col_span": cs, "text": text or "", "header": header,
         "cell": f"{COLS[c - 1]}{r}"}
    if wrap:
        d["wrap"] = True
    return d


def normalise_zip(path, meta_fix=False):
    """Rewrite a zip with fixed entry times (and, for ODS, fixed meta.xml dates)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if meta_fix and info.filename == "meta.xml":
                data = re.sub(rb"(<meta:creation-date>|<dc:date>)[^<]*", rb"\g<1>2022-10-25T12:00:00", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*", b"<meta:editing-duration>PT0S", data)
                data = re.sub(rb"<meta:generator>[^<]*", b"<meta:generator>LibreOffice", data)
            ni = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    os.replace(tmp, path)


def libreoffice_convert(src, fmt, outdir, profile):
    env = dict(os.environ, LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8", TZ="UTC")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        raise RuntimeError(f"libreoffice did not produce {out}")
    return out


def build(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    os.makedirs(workdir, exist_ok=True)
    xlsx = os.path.join(outdir, "input.xlsx")
    cells, nrows = build_xlsx(xlsx)
    profile = os.path.join(os.path.abspath(workdir), "lo-profile")
    conv = os.path.join(workdir, "conv")
    shutil.rmtree(conv, ignore_errors=True)
    os.makedirs(conv)
    ods = libreoffice_convert(xlsx, "ods", conv, profile)
    pdf = libreoffice_convert(xlsx, "pdf", conv, profile)
    normalise_zip(ods, meta_fix=True)
    fix_dates(pdf)
    shutil.copy(ods, os.path.join(outdir, "input.ods"))
    shutil.copy(pdf, os.path.join(outdir, "input.pdf"))
    n = page_count(os.path.join(outdir, "input.pdf"))
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [{
        "sheet": SHEET, "method": "sheet", "pages": list(range(1, n + 1)), "n_rows": nrows - TABLE_TOP, "n_cols": 10,
        "title": {"text": D.TITLE, "cell": "A1", "merged": "A1:J1"}, "first_cell": "A2",
        "cells": cells}]})
    write_json(os.path.join(outdir, "truth.json"), model_truth(n))
    return xlsx, os.path.join(outdir, "input.ods"), os.path.join(outdir, "input.pdf"), n


def model_truth(n):
    nodes, inds = [], []
    r = 1
    for code, title, items in D.AREAS:
        r += 1
        nodes.append({"code": code, "level": "area", "title": re.sub(r"^\d+\.\s*", "", title), "printed": title,
                      "description": None, "parent": None, "weight": None, "achievement": [], "resources": [],
                      "mission": None, "programme": None, "owners": [], "unit": None, "cell": f"A{r}"})
        for name, vals, owner, note in items:
            r += 1
            inds.append({"code": None, "name": name, "description": None, "formula": None, "variables": [],
                         "unit": unit_of_values([display(v) for v in vals]), "type": None, "node": code,
                         "weight": None, "baselines": [],
                         "targets": [{"year": y, "raw": display(v)} for y, v in zip(D.YEARS, vals)],
                         "results": [], "achievement": [], "owners": [owner], "notes": [note] if note else [],
                         "resources": [], "cell": f"A{r}"})
    return {"documents": [{"kind": "dashboard", "format": "xlsx", "title": D.TITLE, "organisation": None,
                           "years": D.YEARS[1:], "printed_years": D.YEARS, "sheets": [SHEET], "pages_pdf": n}],
            "nodes": nodes, "indicators": inds}
