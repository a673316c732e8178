#!/usr/bin/python3
"""gen10-dashboard-xlsx-1: a local health authority's dashboard (cruscotto) of strategic indicators 2026-2028, kept
as .xlsx. TWO ROWS PER INDICATOR told apart by a `Dato` column (`Consuntivo` row with the 2023-2025 history as number
cells, `Obiettivo` row with the 2026-2028 targets as text) under ONE run of year columns `2023 … 2028`; area name and
area weight merged down the first two columns; code, name, unit and indicator weight merged over the pair; indicator
weights `0.00%` fractions (thirds 33,33 + 33,33 + 33,34), area weights `0%`; `n.d.` in the history; `Fonte` last;
frozen panes. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (XLSX, case_dir, disp12, doc, font, ind, node, readme13, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen10_dashboard.py"
ORG = "Azienda Sanitaria Locale Tirreno Nord"
HIST = [2023, 2024, 2025]
YEARS = [2026, 2027, 2028]

# area (code, title, weight) -> indicator (code, name, U.M. printed, truth unit, weight, history values, fmt,
#                                          targets, source)
AREAS = [
    ("PRE", "Prevenzione collettiva e sanità pubblica", 0.30, [
        ("PRE.01", "Copertura vaccinale con vaccino esavalente a 24 mesi", "%", "%", 0.3333, [0.941, 0.948, 0.952],
         "0.0%", ["≥ 95,5%", "≥ 95,5%", "≥ 95,5%"], "Anagrafe vaccinale regionale"),
        ("PRE.02", "Adesione allo screening mammografico", "%", "%", 0.3333, [0.582, 0.61, 0.634], "0.0%",
         ["≥ 65%", "≥ 67%", "≥ 70%"], "Flusso screening"),
        ("PRE.03", "Imprese alimentari controllate nell'anno", "n.", "N.", 0.3334, [1412, 1530, 1498], "#,##0",
         ["≥ 1.550", "≥ 1.600", "≥ 1.650"], "Sistema informativo veterinario")]),
    ("OSP", "Assistenza ospedaliera", 0.40, [
        ("OSP.01", "Attesa media per le prime visite ambulatoriali di classe B", "gg", "gg", 0.40, [12, 11, 10],
         '0" gg"', ["≤ 10 gg", "≤ 10 gg", "≤ 9 gg"], "Flusso tempi di attesa"),
        ("OSP.02", "Interventi per frattura del femore entro 48 ore negli over 65", "%", "%", 0.30,
         [0.615, 0.662, 0.708], "0.0%", ["≥ 72%", "≥ 75%", "≥ 80%"], "Schede di dimissione ospedaliera"),
        ("OSP.03", "Tasso di ospedalizzazione standardizzato", "per 1.000 ab.", "per 1.000 ab.", 0.30,
         [132.4, 128.9, 126.1], "0.0", ["≤ 125,0", "≤ 122,0", "≤ 120,0"], "Schede di dimissione ospedaliera")]),
    ("TER", "Assistenza territoriale e integrazione socio-sanitaria", 0.30, [
        ("TER.01", "Anziani over 65 in assistenza domiciliare integrata", "%", "%", 0.50, [0.089, 0.096, 0.104],
         "0.0%", ["≥ 11%", "≥ 11,5%", "≥ 12%"], "Flusso SIAD"),
        ("TER.02", "Pazienti fragili presi in carico entro 72 ore dalla dimissione", "%", "%", 0.50,
         ["n.d.", 0.78, 0.81], "0%", ["≥ 85%", "≥ 85%", "≥ 85%"], "Centrale operativa territoriale")]),
]


def build():
    from openpyxl import Workbook
    name = "gen10-dashboard-xlsx-1"
    F = "Calibri"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto 2026-2028"
    widths(ws, [24, 8, 9, 40, 11, 9, 12, 9, 9, 9, 11, 11, 11, 26])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto degli indicatori strategici – serie storica 2023-2025 e obiettivi 2026-2028",
           font=font(F, 10), wrap=False)
    heads = ["Area", "Peso area", "Codice", "Indicatore", "U.M.", "Peso", "Dato"] + [str(y) for y in HIST + YEARS] \
        + ["Fonte"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="2F5D50", border=grid,
               halign="center", valign="center")
    r = HR + 1
    nodes, inds = [], []
    f9 = font(F, 9)
    for acode, atitle, aw, ilist in AREAS:
        a0 = r
        nodes.append(node(acode, "area", atitle, weight=disp12(aw, "0%")))
        for icode, iname, uml, unit, iw, hist, hfmt, tg, src in ilist:
            wf = "0%" if round(iw * 100, 6) == int(round(iw * 100, 6)) else "0.00%"
            for k, (lab, fill) in enumerate([("Consuntivo", "FFFFFF"), ("Obiettivo", "E6F0EA")]):
                rr = r + k
                xl_put(ws, rr, 7, lab, font=font(F, 9, italic=(k == 1)), fill=fill, border=grid)
                for j in range(6):
                    c = 8 + j
                    v = None
                    if k == 0 and j < 3:
                        v = hist[j]
                    if k == 1 and j >= 3:
                        v = tg[j - 3]
                    if isinstance(v, (int, float)):
                        xl_put(ws, rr, c, v, font=f9, fill=fill, border=grid, fmt=hfmt, halign="right")
                    else:
                        xl_put(ws, rr, c, v, font=font(F, 9, bold=(k == 1)), fill=fill, border=grid,
                               halign="right")
            for c, v in [(3, icode), (4, iname), (5, uml), (14, src)]:
                xl_put(ws, r, c, v, font=f9, border=grid, valign="center", halign="center" if c in (3, 5) else None)
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
                xl_box(ws, r, c, r + 1, c, grid)
            xl_put(ws, r, 6, iw, font=f9, border=grid, fmt=wf, halign="center", valign="center")
            ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=6)
            xl_box(ws, r, 6, r + 1, 6, grid)
            base = [(y, disp12(v, hfmt) if isinstance(v, (int, float)) else v) for y, v in zip(HIST, hist)]
            inds.append(ind(iname, acode, code=icode, unit=unit, weight=disp12(iw, wf), baselines=base,
                            targets=list(zip(YEARS, tg))))
            r += 2
        xl_put(ws, a0, 1, f"{acode} – {atitle}", font=font(F, 9, bold=True), fill="DCE8E1", border=grid,
               valign="center")
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
        xl_put(ws, a0, 2, aw, font=font(F, 9, bold=True), fill="DCE8E1", border=grid, fmt="0%", halign="center",
               valign="center")
        ws.merge_cells(start_row=a0, start_column=2, end_row=r - 1, end_column=2)
        xl_box(ws, a0, 1, r - 1, 2, grid)
    xl_put(ws, r + 1, 1, "Consuntivo: valori rilevati (2025 preconsuntivo). Obiettivo: valori attesi del triennio. I "
           "pesi degli indicatori sono riferiti all'area; i pesi delle aree al totale del cruscotto.",
           font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=9)
    ws.freeze_panes = ws.cell(row=HR + 1, column=5)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds)
    readme13(d, name, "dashboard", XLSX.format(script=SCRIPT), """
One sheet `Cruscotto 2026-2028`, Calibri 9 pt, full grid, dark green header row, frozen panes below the header and
right of the name. Two title lines (the health authority; `Cruscotto degli indicatori strategici – serie storica
2023-2025 e obiettivi 2026-2028`), then the table `Area | Peso area | Codice | Indicatore | U.M. | Peso | Dato | 2023 |
2024 | 2025 | 2026 | 2027 | 2028 | Fonte`. EACH INDICATOR TAKES TWO ROWS: a `Consuntivo` row with the history as
number cells in 2023-2025 (`0.0%`, `0%`, `#,##0`, `0" gg"`, `0.0`; `n.d.` as text) and an `Obiettivo` row (shaded,
italic label) with the targets as text in 2026-2028; the other cells of each row are empty. Code, name, U.M., weight
and source are merged over the pair; area (`PRE – Prevenzione collettiva e sanità pubblica`) and area weight are merged
down the first two columns over all the area's rows. Weights: areas `0%` cells (30/40/30), indicators `0.00%` / `0%`
cells relative to their area. A closing italic note. Truth: areas `area` (code `PRE`, title after `PRE – `, weight),
indicators under their area with code, weight, three baselines (2023-2025, raws as displayed) and three targets.
""", ["two rows per indicator (`Consuntivo` / `Obiettivo`) under one run of year columns",
      "history as number cells with five formats, targets as text with operators", "area and area weight merged down "
      "two columns; code / name / U.M. / weight / source merged over the row pair", "unit `per 1.000 ab.`",
      "frozen panes, header row as print title"],
     ["indicator weights sum to 100% only within their area (33,33 + 33,33 + 33,34; 40 + 30 + 30; 50 + 50); area "
      "weights 30 + 40 + 30", "flat targets (`≥ 95,5%` three years above a 95,2% history; `≥ 85%` three years)",
      "`≤ 125,0 / 122,0 / 120,0` and `≤ 10 / 10 / 9 gg`: lower-is-better targets going down, not declining",
      "`≤ 10 gg` equal to the latest history value (10 gg): not unambitious", "history dip (PRE.03: 1.530 then 1.498) "
      "is a fact, not a fault", "`n.d.` in the 2023 history", "empty cells in the off years of each row"], [])
    return name


if __name__ == "__main__":
    print(build())
