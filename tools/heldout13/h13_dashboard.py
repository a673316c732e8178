#!/usr/bin/python3
"""h13-dashboard-ods-1: a province's dashboard (cruscotto) 2026-2028 kept as .ods. One sheet; YEAR COLUMNS IN ONE
RUN 2023 … 2028 with a second header row saying `consuntivo` / `target` under each year; area band rows (`A1 ·
title`, merged) carrying the area `Incidenza`; indicator codes `A1.01`; `Verso` arrows; history as number cells
(`0.0%`, `#,##0`, `0`), one `n.d.`; targets as text (`≥ 26`, `= 100%`, `≤ 9.100`), flat and going down where they
should; indicator weights `0%` except the thirds of A3 (`0.00%`); `Fonte` last; a legend sheet. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (ODS, case_dir, disp, doc, font, genre_readme, ind, node, ods_of, widths,  # noqa: E402
                      write_truth, xl_put)

SCRIPT = "h13_dashboard.py"
NAME = "h13-dashboard-ods-1"
ORG = "Provincia di Cervara"
H = [2023, 2024, 2025]
Y = [2026, 2027, 2028]
UM = {"km": "km", "gg": "gg", "%": "%", "MWh": "MWh", "n.": "N."}

# area (code, title, w) -> indicator (code, name, um, verso, w, wfmt, hist values, hfmt, targets, fonte)
AREAS = [
    ("A1", "Viabilità e infrastrutture stradali", 0.35, [
        ("A1.01", "Strade provinciali con pavimentazione rinnovata nell'anno", "km", "↑", 0.40, "0%", [18, 22, 25],
         "0", ["≥ 26", "≥ 28", "≥ 30"], "Servizio Viabilità"),
        ("A1.02", "Tempo medio di rilascio delle autorizzazioni ai trasporti eccezionali", "gg", "↓", 0.35, "0%",
         [14, 12, 11], "0", ["≤ 10", "≤ 9", "≤ 8"], "Servizio Trasporti"),
        ("A1.03", "Ponti e viadotti ispezionati secondo le linee guida nazionali", "%", "↑", 0.25, "0%",
         [0.61, 0.785, 0.92], "0.0%", ["= 100%", "= 100%", "= 100%"], "Servizio Viabilità")]),
    ("A2", "Edilizia scolastica", 0.40, [
        ("A2.01", "Edifici scolastici con certificato di prevenzione incendi", "%", "↑", 0.50, "0%",
         [0.552, 0.603, 0.667], "0.0%", ["≥ 70%", "≥ 75%", "≥ 80%"], "Servizio Edilizia"),
        ("A2.02", "Consumi di energia elettrica degli istituti superiori", "MWh", "↓", 0.30, "0%",
         [9840, 9512, 9205], "#,##0", ["≤ 9.100", "≤ 8.900", "≤ 8.700"], "Energy manager"),
        ("A2.03", "Segnalazioni di guasto risolte entro 5 giorni lavorativi", "%", "↑", 0.20, "0%",
         [None, 0.71, 0.764], "0.0%", ["≥ 78%", "≥ 80%", "≥ 80%"], "Servizio Edilizia")]),
    ("A3", "Ambiente e territorio", 0.25, [
        ("A3.01", "Impianti termici ispezionati", "n.", "↑", 0.3333, "0.00%", [1105, 1180, 1214], "#,##0",
         ["≥ 1.250", "≥ 1.250", "≥ 1.300"], "Servizio Ambiente"),
        ("A3.02", "Autorizzazioni uniche ambientali rilasciate nei termini", "%", "↑", 0.3333, "0.00%",
         [0.88, 0.905, 0.931], "0.0%", ["≥ 94%", "≥ 95%", "≥ 95%"], "Servizio Ambiente"),
        ("A3.03", "Tempo medio di istruttoria delle autorizzazioni allo scarico", "gg", "↓", 0.3334, "0.00%",
         [75, 68, 60], "0", ["≤ 60", "≤ 55", "≤ 50"], "Servizio Ambiente")]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    F = "Arial"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    widths(ws, [8, 46, 6, 6, 10, 10, 10, 10, 10, 10, 10, 18])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto degli indicatori di performance – serie storica 2023-2025 e target 2026-2028",
           font=font(F, 10), wrap=False)
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    R1, R2 = 4, 5
    hb = font(F, 9, bold=True)
    for c, h in enumerate(["Cod.", "Indicatore", "U.M.", "Verso", "Incidenza"], 1):
        xl_put(ws, R1, c, h, font=hb, border=grid, halign="center", valign="center", fill="DDEBF7")
        xl_put(ws, R2, c, None, border=grid, fill="DDEBF7")
        ws.merge_cells(start_row=R1, start_column=c, end_row=R2, end_column=c)
    for k, y in enumerate(H + Y):
        c = 6 + k
        xl_put(ws, R1, c, y, font=hb, border=grid, halign="center", fill="DDEBF7" if y in H else "FCE4D6",
               fmt="0")
        xl_put(ws, R2, c, "consuntivo" if y in H else "target", font=font(F, 8, italic=True), border=grid,
               halign="center", fill="DDEBF7" if y in H else "FCE4D6")
    xl_put(ws, R1, 12, "Fonte", font=hb, border=grid, halign="center", valign="center", fill="DDEBF7")
    xl_put(ws, R2, 12, None, border=grid, fill="DDEBF7")
    ws.merge_cells(start_row=R1, start_column=12, end_row=R2, end_column=12)
    r = R2 + 1
    nodes, inds = [], []
    f9 = font(F, 9)
    for acode, atitle, aw, ilist in AREAS:
        xl_put(ws, r, 1, f"{acode} · {atitle}", font=font(F, 9.5, bold=True), fill="BDD7EE", border=grid)
        for c in range(2, 5):
            xl_put(ws, r, c, None, fill="BDD7EE", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_put(ws, r, 5, aw, font=font(F, 9.5, bold=True), fill="BDD7EE", border=grid, fmt="0%", halign="center")
        for c in range(6, 13):
            xl_put(ws, r, c, None, fill="BDD7EE", border=grid)
        nodes.append(node(acode, "area", atitle, weight=disp(aw, "0%")))
        r += 1
        for icode, iname, um, verso, iw, wf, hist, hf, tg, fonte in ilist:
            xl_put(ws, r, 1, icode, font=f9, border=grid)
            xl_put(ws, r, 2, iname, font=f9, border=grid)
            xl_put(ws, r, 3, um, font=f9, border=grid, halign="center")
            xl_put(ws, r, 4, verso, font=f9, border=grid, halign="center")
            xl_put(ws, r, 5, iw, font=f9, border=grid, fmt=wf, halign="center")
            base = []
            for k, v in enumerate(hist):
                if v is None:
                    xl_put(ws, r, 6 + k, "n.d.", font=f9, border=grid, halign="center")
                    base.append((H[k], "n.d."))
                else:
                    xl_put(ws, r, 6 + k, v, font=f9, border=grid, fmt=hf, halign="center")
                    base.append((H[k], disp(v, hf)))
            for k, t in enumerate(tg):
                xl_put(ws, r, 9 + k, t, font=f9, border=grid, halign="center")
            xl_put(ws, r, 12, fonte, font=f9, border=grid)
            inds.append(ind(iname, acode, code=icode, unit=UM[um], weight=disp(iw, wf), baselines=base,
                            targets=list(zip(Y, tg)), owners=[]))
            ws.row_dimensions[r].height = 24
            r += 1
    ws.freeze_panes = "C6"
    lg = wb.create_sheet("Legenda")
    widths(lg, [16, 90])
    for i, (a, b) in enumerate([("Ente", ORG), ("Incidenza", "peso dell'area sul totale e dell'indicatore "
                                                             "nell'area"),
                                ("Verso", "↑ valori più alti sono migliori; ↓ valori più bassi sono migliori"),
                                ("consuntivo", "valore rilevato a fine esercizio"),
                                ("target", "valore atteso approvato con il PIAO 2026-2028"),
                                ("n.d.", "dato non disponibile (indicatore introdotto nel 2024)")], 1):
        xl_put(lg, i, 1, a, font=font(F, 9, bold=True))
        xl_put(lg, i, 2, b, font=font(F, 9))
    d = case_dir(NAME)
    ods_of(wb, os.path.join(d, "input.ods"), stem="cruscotto")
    write_truth(d, [doc(ORG, Y, kind="dashboard")], nodes, inds)
    genre_readme(d, NAME, "dashboard", ODS.format(script=SCRIPT), """
One sheet `Cruscotto` (plus `Legenda`), Arial 9 pt, full grid. Title and subtitle, then a two-row header: `Cod. |
Indicatore | U.M. | Verso | Incidenza` merged over two rows, then ONE RUN of year columns 2023 … 2028 whose second
header row says `consuntivo` (2023-2025, blue) or `target` (2026-2028, orange), then `Fonte` (merged). Areas are
band rows `A1 · Viabilità e infrastrutture stradali` merged over the first four columns with the area weight in
`Incidenza` (`0%` cell). Indicator rows: code `A1.01`, name, unit, arrow `↑`/`↓`, weight (`0%` cells; `0.00%` for
the thirds 33,33 + 33,33 + 33,34 of A3), history as number cells (`0.0%` → `61,0%`, `#,##0` → `9.840`, `0` → `14`),
one `n.d.`, targets as text. Frozen panes. Truth: areas `area` with their weight, indicators under the area code,
unit from `U.M.` (`n.` → `N.`, `MWh` and `km` as printed), baselines 2023-2025 (the `n.d.` kept as a raw), targets
2026-2028; `Fonte` is not an owner.
""", ["history and targets in ONE run of year columns, told apart only by the second header row",
      "area weight in the band row; thirds 33,33/33,33/33,34", "`≤` targets going down, flat `= 100%`",
      "number cells with formats for the history; `n.d.`", "kept .ods with a legend sheet"], [])
    return NAME


if __name__ == "__main__":
    print(build())
