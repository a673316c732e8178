#!/usr/bin/python3
"""gen12-dashboard-xlsx-1: a chamber of commerce's dashboard (cruscotto) of indicators, kept as .xlsx. One sheet;
AREA BAND ROWS carry code, title and area weight (`0%`); a two-row header groups `Valori storici` 2022-2024 and
`Target` 2026-2028; EVERY VALUE CELL HAS ITS OWN NUMBER FORMAT: history of one indicator in `0%`, `0.0%` and `0.00%`
in the same row, `#,##0`, `0.0" gg"`, `#,##0.00" €"`, dates `DD/MM/YYYY`, a text `n.d.`; targets as NUMBER cells
whose format prints the operator (`"≥ "0%`, `"≤ "0.0" gg"`, `"≥ "#,##0.00" €"`, `"entro il "DD/MM/YYYY`) and one
row of targets typed as text. Indicator weights `0.00%` (thirds). Clean. Content is invented."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (XLSX, case_dir, doc, fmt_disp, font, ind, node, readme13, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_put, xl_save, xl_styles)

SCRIPT = "gen12_dashboard.py"
NAME = "gen12-dashboard-xlsx-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura delle Dolomiti Bellunesi e Feltrine"
HIST = [2022, 2023, 2024]
YEARS = [2026, 2027, 2028]
DT = datetime.date
UM = {"%": "%", "n.": "N.", "gg": "gg", "€": "EUR", "data": "date"}

# area: (code, title, weight, [indicator])
# indicator: (code, name, U.M., weight, [(hist value, fmt)], [(target value, fmt)], source)
AREAS = [
    ("AS1", "Area strategica 1 – Innovazione e competitività delle imprese", 0.35, [
        ("D1.01", "Imprese assistite dal Punto Impresa Digitale", "n.", 0.3333,
         [(412, "#,##0"), (468, "#,##0"), (503, "#,##0")],
         [(520, '"≥ "#,##0'), (540, '"≥ "#,##0'), (560, '"≥ "#,##0')], "Gestionale PID"),
        ("D1.02", "Voucher digitali liquidati sul totale dei voucher concessi", "%", 0.3333,
         [(0.78, "0%"), (0.812, "0.0%"), (0.8347, "0.00%")],
         [(0.85, '"≥ "0%'), (0.87, '"≥ "0%'), (0.9, '"≥ "0%')], "Contabilità camerale"),
        ("D1.03", "Contributo medio erogato per impresa beneficiaria", "€", 0.3334,
         [(2350.4, '#,##0.00" €"'), (2410.75, '#,##0.00" €"'), (2488.1, '#,##0.00" €"')],
         [(2500, '"≥ "#,##0.00" €"'), (2550, '"≥ "#,##0.00" €"'), (2600, '"≥ "#,##0.00" €"')],
         "Contabilità camerale"),
    ]),
    ("AS2", "Area strategica 2 – Semplificazione e trasparenza del mercato", 0.40, [
        ("D2.01", "Tempo medio di evasione delle pratiche del Registro delle imprese", "gg", 0.5,
         [(5.6, '0.0" gg"'), (4.9, '0.0" gg"'), (4.3, '0.0" gg"')],
         [(4.0, '"≤ "0.0" gg"'), (3.8, '"≤ "0.0" gg"'), (3.5, '"≤ "0.0" gg"')], "Priamo – Infocamere"),
        ("D2.02", "Pratiche del Registro sospese sul totale delle pratiche", "%", 0.3,
         [("n.d.", None), (0.071, "0.0%"), (0.064, "0.0%")],
         [(0.06, '"≤ "0.0%'), (0.055, '"≤ "0.0%'), (0.05, '"≤ "0.0%')], "Priamo – Infocamere"),
        ("D2.03", "Pubblicazione del rapporto annuale sui prezzi all'ingrosso", "data", 0.2,
         [(DT(2022, 7, 14), "DD/MM/YYYY"), (DT(2023, 6, 28), "DD/MM/YYYY"), (DT(2024, 6, 27), "DD/MM/YYYY")],
         [(DT(2026, 6, 30), '"entro il "DD/MM/YYYY'), (DT(2027, 6, 30), '"entro il "DD/MM/YYYY'),
          (DT(2028, 6, 30), '"entro il "DD/MM/YYYY')], "Sito istituzionale"),
    ]),
    ("AS3", "Area strategica 3 – Efficienza e salute economica dell'ente", 0.25, [
        ("D3.01", "Indice di equilibrio economico della gestione corrente", "%", 0.6,
         [(0.962, "0.0%"), (0.948, "0.0%"), (0.951, "0.0%")],
         [("≥ 95,5%", None), ("≥ 96%", None), ("≥ 96%", None)], "Bilancio d'esercizio"),
        ("D3.02", "Tempo medio di pagamento delle fatture passive", "gg", 0.4,
         [(21, '0" gg"'), (18, '0" gg"'), (16, '0" gg"')],
         [(15, '"≤ "0" gg"'), (15, '"≤ "0" gg"'), (14, '"≤ "0" gg"')], "Piattaforma crediti commerciali"),
    ]),
]


def shown(v, fmt):
    return v if fmt is None else fmt_disp(v, fmt)


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    F = "Arial"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    ws.sheet_view.showGridLines = False
    widths(ws, [8, 46, 6, 9, 11, 11, 11, 12, 12, 12, 24])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto degli indicatori strategici – valori storici 2022-2024 e target 2026-2028",
           font=font(F, 10), wrap=False)
    xl_put(ws, 3, 1, "Pesi delle aree sul totale dell'ente; pesi degli indicatori all'interno dell'area.",
           font=font(F, 8, italic=True), wrap=False)
    H1, H2 = 5, 6
    hf = font(F, 9, bold=True, color="FFFFFF")
    for c, h in [(1, "Cod."), (2, "Indicatore"), (3, "U.M."), (4, "Peso"), (11, "Fonte del dato")]:
        xl_put(ws, H1, c, h, font=hf, fill="3B5573", border=grid, halign="center", valign="center")
        xl_put(ws, H2, c, None, fill="3B5573", border=grid)
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    for c0, label, ys in [(5, "Valori storici", HIST), (8, "Target", YEARS)]:
        xl_put(ws, H1, c0, label, font=hf, fill="3B5573", border=grid, halign="center")
        for k in (1, 2):
            xl_put(ws, H1, c0 + k, None, fill="3B5573", border=grid)
        ws.merge_cells(start_row=H1, start_column=c0, end_row=H1, end_column=c0 + 2)
        for k, y in enumerate(ys):
            xl_put(ws, H2, c0 + k, y, font=hf, fill="3B5573", border=grid, halign="center", fmt="0")
    r = H2 + 1
    nodes, inds = [], []
    thin = Side(style="thin", color="9AA5B1")
    rule = Border(bottom=thin, top=thin, left=thin, right=thin)
    for acode, atitle, aw, ilist in AREAS:
        af = font(F, 9, bold=True)
        xl_put(ws, r, 1, acode, font=af, fill="D6DEE8", border=rule)
        xl_put(ws, r, 2, atitle, font=af, fill="D6DEE8", border=rule)
        xl_put(ws, r, 3, None, fill="D6DEE8", border=rule)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        xl_put(ws, r, 4, aw, font=af, fill="D6DEE8", border=rule, fmt="0%", halign="center")
        for c in range(5, 12):
            xl_put(ws, r, c, None, fill="D6DEE8", border=rule)
        nodes.append(node(acode, "area", atitle, weight=fmt_disp(aw, "0%")))
        r += 1
        for icode, iname, um, w, hist, tg, src in ilist:
            f = font(F, 9)
            xl_put(ws, r, 1, icode, font=f, border=rule)
            xl_put(ws, r, 2, iname, font=f, border=rule)
            xl_put(ws, r, 3, um, font=f, border=rule, halign="center")
            xl_put(ws, r, 4, w, font=f, border=rule, fmt="0.00%", halign="center")
            for k, (v, fm) in enumerate(hist + tg):
                xl_put(ws, r, 5 + k, v, font=f, border=rule, fmt=fm, halign="right", wrap=False)
            xl_put(ws, r, 11, src, font=font(F, 8, italic=True), border=rule)
            inds.append(ind(iname, acode, code=icode, unit=UM[um], weight=fmt_disp(w, "0.00%"),
                            baselines=[(y, shown(v, fm)) for y, (v, fm) in zip(HIST, hist)],
                            targets=[(y, shown(v, fm)) for y, (v, fm) in zip(YEARS, tg)]))
            r += 1
    xl_fit_rows(ws, H2 + 1, r - 1, pt=9)
    xl_put(ws, r + 1, 1, "n.d. = dato non disponibile (rilevazione avviata nel 2023).", font=font(F, 8, italic=True),
           wrap=False)
    ws.freeze_panes = "C7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "5:6"
    d = case_dir(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds)
    readme13(d, NAME, "dashboard", XLSX.format(script=SCRIPT), """
One sheet `Cruscotto` (no gridlines, frozen panes at C7, landscape print setup): title, subtitle and a note line, then
a TWO-ROW header: `Cod. | Indicatore | U.M. | Peso` and `Fonte del dato` merged over both rows, `Valori storici`
merged over `2022 | 2023 | 2024` and `Target` merged over `2026 | 2027 | 2028` (year cells are numbers). Each area is
a shaded BAND ROW: code `AS1` in column A, title merged over B:C, the area weight in `Peso` as a `0%` number cell
(`35%`). Indicator rows: code `D1.01`, name, U.M. in words or symbols (`n.`, `%`, `gg`, `€`, `data`), weight as a
`0.00%` number cell (`33,33%`). EVERY VALUE CELL CARRIES ITS OWN NUMBER FORMAT: the history of `D1.02` is `0%`,
`0.0%`, `0.00%` in one row (`78%`, `81,2%`, `83,47%`); counts `#,##0`; days `0.0" gg"`; amounts `#,##0.00" €"`;
dates `DD/MM/YYYY`; one history cell is the TEXT `n.d.`. Targets are NUMBER cells whose format prints the operator
and unit (`"≥ "0%` → `≥ 85%`, `"≤ "0.0" gg"` → `≤ 4,0 gg`, `"≥ "#,##0.00" €"`, `"entro il "DD/MM/YYYY` →
`entro il 30/06/2026`), except the `D3.01` targets, typed as text (`≥ 95,5%`). Truth: areas `area` with weight `35%`;
indicators under their area (node = area code), weight and every baseline/target raw AS DISPLAYED by its format in
an Italian LibreOffice; U.M. `n.` → `N.`, `€` → `EUR`, `data` → `date`.
""", ["per-cell number formats: three different percent formats in one row", "operator and unit inside the number "
      "format of target cells", "a date target from `\"entro il \"DD/MM/YYYY`", "a row of text targets among number "
      "cells", "area band rows carrying code and weight", "two-row merged header with numeric year cells",
      "a text `n.d.` among number cells"],
     ["indicator weights 33,33% + 33,33% + 33,34% in AS1, 50% + 30% + 20% in AS2, 60% + 40% in AS3: 100% per area",
      "area weights 35% + 40% + 25% = 100%",
      "`≤ 4,0 / 3,8 / 3,5 gg`, `≤ 6,0% / 5,5% / 5,0%`, `≤ 15 / 15 / 14 gg`: lower-is-better targets going down",
      "`≤ 15 gg` flat for two years", "history 2022-2024 with no 2025 value for a 2026-2028 dashboard",
      "`≥ 96%` repeated in 2027 and 2028 (text cells)", "`n.d.` history for 2022"], [])
    return NAME


if __name__ == "__main__":
    print(build())
