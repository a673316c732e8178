#!/usr/bin/python3
"""h15-flat-lo-1: flat table per responsibility centre. A local health authority's objectives 2026, a workbook printed
by LibreOffice. Landscape, Liberation Sans Narrow; ONE ROW PER OBJECTIVE: the cells `Indicatori`, `Tipologia
indicatore`, `unità di misura` and `Target 2026` hold SEVERAL indicators as lines marked `a)`, `b)` (line breaks
inside the cell, aligned line by line); objectives without code; centre merged down; `Risorse finanziarie` as
`"€ "#,##0.00` number cells and a `Totale risorse` row; no weights; `=90%`, `= 4.500`, `≤ 0`. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (LO_XLSX, case_dir, disp, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_box, xl_page, xl_put, xl_styles)

SCRIPT = "h15_flat.py"
ORG = "Azienda Sanitaria Locale Costa Tirrenica"
UNIT = {"%": "%", "n.": "N.", "giorni": "gg"}

# centre -> objectives (title, resources, indicators (name, tipologia, unità, target 2026))
DATA = [
    ("Dipartimento di Prevenzione", [
        ("Aumentare la copertura degli screening oncologici organizzati", 412500, [
            ("Adesione allo screening mammografico", "Efficacia", "%", "≥ 60%"),
            ("Adesione allo screening del colon-retto", "Efficacia", "%", "≥ 50%")]),
        ("Rafforzare i controlli ufficiali sulla sicurezza alimentare", 179220, [
            ("Controlli ufficiali negli esercizi alimentari", "Volume", "n.", "= 4.500"),
            ("Campioni analizzati entro 30 giorni dal prelievo", "Qualità", "%", "=90%")])]),
    ("Dipartimento Cure Primarie", [
        ("Ridurre gli accessi impropri al pronto soccorso", 650000, [
            ("Accessi in codice bianco sul totale degli accessi", "Efficacia", "%", "≤ 8%"),
            ("Case della comunità aperte 12 ore al giorno", "Volume", "n.", "= 6")]),
        ("Potenziare l'assistenza domiciliare integrata per gli anziani", 1240000, [
            ("Over 65 assistiti in ADI sui residenti over 65", "Efficacia", "%", "≥ 10%"),
            ("Tempo medio di attivazione dell'ADI", "Efficienza", "giorni", "≤ 5"),
            ("Piani assistenziali rivalutati entro 90 giorni", "Qualità", "%", "≥ 85%")])]),
    ("UOC Bilancio e contabilità", [
        ("Garantire l'equilibrio economico-finanziario dell'Azienda", 85000, [
            ("Scostamento tra costi a consuntivo e budget assegnato", "Economicità", "%", "≤ 2%")]),
        ("Ridurre i tempi di pagamento dei fornitori", 42300, [
            ("Indicatore di tempestività dei pagamenti", "Efficienza", "giorni", "≤ 0"),
            ("Fatture registrate entro 10 giorni dal ricevimento", "Efficienza", "%", "≥ 95%")])]),
]
EUR = '"€ "#,##0.00'


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    name = "h15-flat-lo-1"
    F = "Liberation Sans Narrow"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [22, 40, 16, 50, 15, 11, 12])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi di budget 2026 assegnati ai centri di responsabilità", font=font(F, 10), wrap=False)
    heads = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
             "Tipologia indicatore", "unità di misura", "Target 2026"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="E2EFDA", border=grid, halign="center",
               valign="center")
    ws.row_dimensions[HR].height = 26
    r = HR + 1
    nodes, inds = [], []
    total = 0
    f9 = font(F, 9)
    for centre, objs in DATA:
        c0 = r
        for title, res, ilist in objs:
            mk = [chr(ord("a") + k) + ") " for k in range(len(ilist))]
            xl_put(ws, r, 2, title, font=f9, border=grid)
            xl_put(ws, r, 3, res, font=f9, border=grid, fmt=EUR, halign="right")
            xl_put(ws, r, 4, "\n".join(m + x[0] for m, x in zip(mk, ilist)), font=f9, border=grid)
            xl_put(ws, r, 5, "\n".join(m + x[1] for m, x in zip(mk, ilist)), font=f9, border=grid)
            xl_put(ws, r, 6, "\n".join(m + x[2] for m, x in zip(mk, ilist)), font=f9, border=grid)
            xl_put(ws, r, 7, "\n".join(m + x[3] for m, x in zip(mk, ilist)), font=f9, border=grid)
            ws.row_dimensions[r].height = max(2, len(ilist)) * 12.5 + 3
            total += res
            nodes.append(node(None, "strategic", title, owners=[centre], resources=[disp(res, EUR)]))
            for nm, tip, um, tg in ilist:
                inds.append(ind(nm, title, unit=UNIT[um], type=tip, targets=[(2026, tg)], owners=[centre]))
            r += 1
        xl_put(ws, c0, 1, centre, font=font(F, 9, bold=True), border=grid)
        xl_box(ws, c0, 1, r - 1, 1, grid)
        if r - 1 > c0:
            ws.merge_cells(start_row=c0, start_column=1, end_row=r - 1, end_column=1)
    xl_put(ws, r, 1, "Totale risorse", font=font(F, 9, bold=True), border=grid)
    xl_put(ws, r, 2, None, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_put(ws, r, 3, total, font=font(F, 9, bold=True), border=grid, fmt=EUR, halign="right")
    for c in range(4, 8):
        xl_put(ws, r, c, None, border=grid)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.center.text = "Pagina &P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="obiettivi")
    write_truth(d, [doc(ORG, [2026])], nodes, inds, resources_total=disp(total, EUR))
    genre_readme(d, name, "flat table per responsibility centre", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Sans Narrow 9 pt, full grid, green header repeated: `Centro di responsabilità | Descrizione
obiettivo | Risorse finanziarie | Indicatori | Tipologia indicatore | unità di misura | Target 2026`. Two title
lines. The centre is merged down over its objectives. ONE ROW PER OBJECTIVE: its indicators are lines inside the
cells, each prefixed `a) `, `b) `, `c) ` in the `Indicatori`, `Tipologia indicatore`, `unità di misura` and `Target
2026` cells, so the n-th line of each cell belongs to the n-th indicator. Objectives print no code; resources are
`"€ "#,##0.00` number cells; a `Totale risorse` row closes the table. No weights anywhere.
Truth: objectives `strategic` with code null, owners = [centre], resources as displayed; indicators under the
objective title, names / types / units / targets without the `a) ` marker, owners = [centre]; the single year 2026;
`resources_total` = the total row.
""",
                 ["several indicators in one row, as `a)` / `b)` lines inside each cell",
                  "objectives without codes, no weights", "resources as `€ 179.220,00` number cells, total printed",
                  "`=90%`, `= 4.500`, `= 6`, `≤ 0` (days), `≤ 8%`", "single target year"], [])
    return name


if __name__ == "__main__":
    print(build())
