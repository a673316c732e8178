#!/usr/bin/python3
"""fam9-matrix-xlsx-1: a pension fund's assignment matrix 2026 kept as .xlsx. Sheet `Matrice` holds TWO STACKED
BLOCKS with the same layout (managers as columns under a merged `Dirigenti` header): `A. Peso ponderale calcolato`
(decimals shown by the General format: `5,7`, `1,54`, `6`; empty cells for no share; `Totale`; `Fattore di
conversione` with four decimals) and below it `B. Peso ponderale effettivo` (`0.00%` fraction cells, rounded by largest
remainder so each manager sums to exactly 100,00%; three equal shares give 33,33% + 33,33% + 33,34%). Sheet
`Obiettivi e indicatori` lists the indicators and their 2026 targets. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (XLSX, case_dir, disp12, doc, font, genre_readme, ind, node, widths, write_truth,  # noqa: E402
                      xl_fit_rows, xl_page, xl_put, xl_save)

SCRIPT = "fam9_matrix.py"
ORG = "Cassa Nazionale di Previdenza dei Tecnici del Paesaggio"
YEAR = 2026
MGR = ["Direttore Generale", "Dirigente Area Prestazioni e Servizi agli Iscritti", "Dirigente Area Contributi",
       "Dirigente Area Patrimonio e Investimenti"]
# objective (code, title, calculated weights per manager or None, indicators (name, unit, target))
OBJ = [
    ("OB.1.1", "Ridurre i tempi di liquidazione delle pensioni di vecchiaia", ["5,7", "6", None, None], [
        ("Tempo medio di liquidazione della prima rata", "gg", "≤ 45 gg")]),
    ("OB.1.2", "Estendere i servizi on line dell'area riservata", ["3,2", "2", "2", None], [
        ("Servizi fruibili interamente on line", "N.", "≥ 14"),
        ("Iscritti con accesso all'area riservata nell'anno", "%", "≥ 70%")]),
    ("OB.2.1", "Recuperare i contributi non versati degli anni pregressi", ["4,25", None, "2", None], [
        ("Contributi pregressi recuperati", "EUR", "≥ 3.200.000,00 €")]),
    ("OB.2.2", "Completare la bonifica delle posizioni contributive", [None, "1,54", "2", None], [
        ("Posizioni bonificate sul totale delle posizioni anomale", "%", "≥ 85%")]),
    ("OB.3.1", "Attuare il nuovo piano di asset allocation", ["2,85", None, None, "5,7"], [
        ("Scostamento dell'allocazione effettiva da quella strategica", "%", "≤ 3%")]),
    ("OB.3.2", "Valorizzare il patrimonio immobiliare dell'ente", ["1,54", None, None, "3,25"], [
        ("Immobili locati sul totale degli immobili a reddito", "%", "≥ 92%"),
        ("Canoni incassati nei termini", "%", "≥ 95%")]),
]


def dec(s):
    return None if s is None else Decimal(s.replace(",", "."))


def largest_remainder(vals):
    """Fractions with 4 decimals summing to exactly 1."""
    tot = sum(vals)
    raw = [v / tot * 10000 for v in vals]
    base = [int(x) for x in raw]
    left = 10000 - sum(base)
    order = sorted(range(len(vals)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:left]:
        base[i] += 1
    return [Decimal(b) / 10000 for b in base]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "fam9-matrix-xlsx-1"
    F = "Arial"
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice"
    widths(ws, [9, 52, 16, 20, 16, 20])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026 – Matrice di assegnazione degli obiettivi ai dirigenti",
           font=font(F, 10), wrap=False)
    nodes = []
    eff = {}
    for m, mgr in enumerate(MGR):
        col = [(o[0], dec(o[2][m])) for o in OBJ if o[2][m] is not None]
        for (code, _), e in zip(col, largest_remainder([v for _, v in col])):
            eff[(code, m)] = e
    r = 4
    for block in ("A", "B"):
        title = "A. Peso ponderale calcolato" if block == "A" else "B. Peso ponderale effettivo"
        xl_put(ws, r, 1, title, font=font(F, 10, bold=True), fill="FCE4D6", border=grid)
        for c in range(2, 7):
            xl_put(ws, r, c, None, fill="FCE4D6", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for c, h in ((1, "Cod."), (2, "Obiettivo operativo")):
            xl_put(ws, r, c, h, font=font(F, 9, bold=True), fill="D9D9D9", border=grid, valign="center")
            xl_put(ws, r + 1, c, None, fill="D9D9D9", border=grid)
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        xl_put(ws, r, 3, "Dirigenti", font=font(F, 9, bold=True), fill="D9D9D9", border=grid, halign="center")
        for c in range(4, 7):
            xl_put(ws, r, c, None, fill="D9D9D9", border=grid)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        for m, mgr in enumerate(MGR):
            xl_put(ws, r + 1, 3 + m, mgr, font=font(F, 8.5, bold=True), fill="D9D9D9", border=grid, halign="center",
                   valign="center")
        ws.row_dimensions[r + 1].height = 36
        r += 2
        tots = [Decimal(0)] * 4
        for code, title, calc, _ilist in OBJ:
            xl_put(ws, r, 1, code, font=font(F, 9), border=grid)
            xl_put(ws, r, 2, title, font=font(F, 9), border=grid)
            for m in range(4):
                v = dec(calc[m])
                if v is None:
                    xl_put(ws, r, 3 + m, None, fill="F2F2F2", border=grid)
                    continue
                if block == "A":
                    xl_put(ws, r, 3 + m, float(v), font=font(F, 9), border=grid, halign="center")
                    tots[m] += v
                else:
                    e = eff[(code, m)]
                    xl_put(ws, r, 3 + m, float(e), font=font(F, 9), border=grid, fmt="0.00%", halign="center")
                    tots[m] += e
            r += 1
        xl_put(ws, r, 2, "Totale", font=font(F, 9, bold=True), border=grid)
        xl_put(ws, r, 1, None, border=grid)
        for m in range(4):
            xl_put(ws, r, 3 + m, float(tots[m]), font=font(F, 9, bold=True), border=grid, halign="center",
                   fmt="0.00%" if block == "B" else None)
        r += 1
        if block == "A":
            xl_put(ws, r, 2, "Fattore di conversione (100 / totale)", font=font(F, 9, italic=True), border=grid)
            xl_put(ws, r, 1, None, border=grid)
            for m in range(4):
                xl_put(ws, r, 3 + m, float(Decimal(100) / tots[m]), font=font(F, 9, italic=True), border=grid,
                       fmt="0.0000", halign="center")
            r += 1
        r += 1
    xl_fit_rows(ws, 6, r - 1, pt=9)
    xl_put(ws, r, 1, "Il peso effettivo è il peso calcolato moltiplicato per il fattore di conversione del dirigente, "
           "arrotondato al centesimo di punto percentuale in modo che il totale di ciascun dirigente sia 100,00%. "
           "Le celle grigie indicano obiettivi non assegnati.", font=font(F, 8, italic=True), wrap=False)
    for m, mgr in enumerate(MGR):
        for code, title, calc, _i in OBJ:
            if calc[m] is not None:
                nodes.append(node(code, "operational", title, weight=disp12(float(eff[(code, m)]), "0.00%"),
                                  unit=mgr))
    xl_page(ws, landscape=True)
    ws2 = wb.create_sheet("Obiettivi e indicatori")
    widths(ws2, [9, 50, 50, 18])
    for c, h in enumerate(["Cod.", "Obiettivo operativo", "Indicatore", "Target 2026"], 1):
        xl_put(ws2, 1, c, h, font=font(F, 9, bold=True), fill="D9D9D9", border=grid)
    r2 = 2
    inds = []
    for code, title, _calc, ilist in OBJ:
        o0 = r2
        for iname, unit, tg in ilist:
            xl_put(ws2, r2, 3, iname, font=font(F, 9), border=grid)
            xl_put(ws2, r2, 4, tg, font=font(F, 9), border=grid, halign="center")
            inds.append(ind(iname, code, unit=unit, targets=[(YEAR, tg)]))
            r2 += 1
        for c, v in ((1, code), (2, title)):
            xl_put(ws2, o0, c, v, font=font(F, 9), border=grid)
            if r2 - 1 > o0:
                ws2.merge_cells(start_row=o0, start_column=c, end_row=r2 - 1, end_column=c)
    ws2.freeze_panes = "A2"
    xl_page(ws2, landscape=True)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    genre_readme(d, name, "assignment matrix", XLSX.format(script=SCRIPT), """
Workbook with two sheets. `Matrice`: two title lines (the fund, `Piano della performance 2026 – Matrice di
assegnazione degli obiettivi ai dirigenti`), then TWO STACKED BLOCKS with the same layout, each opened by a merged
salmon title row: `A. Peso ponderale calcolato` and, below it, `B. Peso ponderale effettivo`. Each block has a
two-row header: `Cod.` and `Obiettivo operativo` merged over both rows, `Dirigenti` merged over the four manager
columns (`Direttore Generale`, `Dirigente Area Prestazioni e Servizi agli Iscritti`, `Dirigente Area Contributi`,
`Dirigente Area Patrimonio e Investimenti`). Block A holds the calculated weights as plain numbers in the General
format (`5,7`, `1,54`, `4,25`, `6`), EMPTY grey cells for objectives not assigned, a `Totale` row and a `Fattore di
conversione (100 / totale)` row with four decimals. Block B holds the effective weights as `0.00%` fraction cells,
rounded by largest remainder so that each manager's column totals exactly 100,00% (the Contributi manager has three
equal calculated weights `2`: 33,34% + 33,33% + 33,33%), and a `Totale` row. A note explains the conversion. Sheet
`Obiettivi e indicatori`: `Cod. | Obiettivo operativo | Indicatore | Target 2026`, code and title merged down over
their indicators. Truth: one `operational` node per (objective, manager) with a share, `unit` = the manager column
title, parent null, weight = the EFFECTIVE weight; indicators listed once (unit_org null) with their 2026 target.
""", ["calculated and effective weights in two stacked blocks of one sheet, not side by side",
      "merged `Dirigenti` header over the manager columns, merged two-row `Cod.` / `Obiettivo operativo`",
      "General-format decimals `5,7`, `1,54`, `4,25`; `Fattore di conversione` `0.0000`",
      "three equal shares 33,34% + 33,33% + 33,33% summing to exactly 100,00%",
      "indicators on a second sheet"], [])
    return name


if __name__ == "__main__":
    print(build())
