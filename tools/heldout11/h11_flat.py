#!/usr/bin/python3
"""h11-flat-ods-1: flat tables per responsibility centre of a research body, kept as .ods (one sheet per centre).
Content invented. Clean case. See the case README for the layout."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import ODS, case_dir, dnum, doc, ind, node, readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_ods  # noqa: E402

NAME = "h11-flat-ods-1"
ORG = "Consiglio per la Ricerca sulle Colture Montane"
YEAR = 2026
UM = {"numero": "N.", "percentuale": "%", "ettari": "ettari", "data": "date", "giorni": "gg"}
CENTRES = [
    ("CdR 01", "Dipartimento Agronomia e sistemi colturali", "dott.ssa Ilaria Gentile", [
        ("Ampliare la banca del germoplasma delle varietà autoctone di montagna", Decimal("420000"), [
            ("Accessioni conservate e caratterizzate", "Volume", "numero", "= 1.150"),
            ("Accessioni con scheda descrittiva pubblicata nel catalogo online", "Efficacia", "percentuale", "=90%")]),
        ("Trasferire i risultati della ricerca alle aziende agricole di montagna", Decimal("185500"), [
            ("Giornate dimostrative in campo", "Volume", "numero", "= 24"),
            ("Aziende che adottano almeno una innovazione proposta", "Efficacia", "numero", "≥ 60")]),
    ]),
    ("CdR 02", "Dipartimento Zootecnia e foraggicoltura", "dott. Paolo Brambati", [
        ("Monitorare la qualità dei pascoli alpini", Decimal("312000"), [
            ("Superficie di pascolo rilevata", "Volume", "ettari", "= 45.000"),
            ("Relazione annuale sullo stato dei pascoli", "Qualità", "data", "entro il 31/12/2026")]),
        ("Ridurre l'impatto ambientale degli allevamenti sperimentali", Decimal("96750"), [
            ("Riduzione dei consumi energetici delle stalle rispetto al 2025", "Efficienza", "percentuale", "=10%")]),
    ]),
    ("CdR 03", "Direzione amministrativa", "dott.ssa Marta Ferrante", [
        ("Semplificare la gestione amministrativa dei progetti di ricerca", Decimal("58000"), [
            ("Rendicontazioni dei progetti presentate entro la scadenza", "Efficacia", "percentuale", "=100%"),
            ("Tempo medio di pagamento delle fatture", "Efficienza", "giorni", "≤ 30")]),
    ]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    idx = wb.active
    idx.title = "Indice"
    F = "Liberation Sans"
    s = Side(style="thin", color="5B7F3A")
    grid = Border(left=s, right=s, top=s, bottom=s)
    xl_put(idx, 1, 1, ORG, font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(idx, 2, 1, f"Piano della performance {YEAR} – Obiettivi e indicatori per centro di responsabilità",
           font=Font(name=F, size=10), wrap=False)
    for c, h in enumerate(["Foglio", "Centro di responsabilità", "Responsabile"], 1):
        xl_put(idx, 4, c, h, font=Font(name=F, size=9, bold=True), fill="D8E4BC", border=grid)
    for i, (code, cname, resp, _) in enumerate(CENTRES, 5):
        for c, v in enumerate([code, cname, resp], 1):
            xl_put(idx, i, c, v, font=Font(name=F, size=9), border=grid)
    idx.column_dimensions["A"].width = 10
    idx.column_dimensions["B"].width = 46
    idx.column_dimensions["C"].width = 28
    xl_page(idx, landscape=False)
    nodes, inds = [], []
    for code, cname, resp, objs in CENTRES:
        ws = wb.create_sheet(code)
        for col, w in zip("ABCDEF", [40, 16, 46, 12, 14, 16]):
            ws.column_dimensions[col].width = w
        xl_put(ws, 1, 1, f"Centro di responsabilità: {cname}", font=Font(name=F, size=11, bold=True), wrap=False)
        xl_put(ws, 2, 1, f"Responsabile: {resp}", font=Font(name=F, size=9, italic=True), wrap=False)
        hdr = ["Obiettivo", "Risorse assegnate", "Descrizione indicatore", "Tipologia", "Unità di misura",
               f"Target {YEAR}"]
        for c, h in enumerate(hdr, 1):
            xl_put(ws, 4, c, h, font=Font(name=F, size=9, bold=True, color="FFFFFF"), fill="5B7F3A", border=grid,
                   valign="center")
        r = 5
        for ot, res, ks in objs:
            top = r
            xl_put(ws, r, 1, ot, font=Font(name=F, size=9), border=grid)
            xl_put(ws, r, 2, float(res), font=Font(name=F, size=9), border=grid, fmt='"€ "#,##0.00', halign="right")
            nodes.append(node(None, "operational", ot, resources=["€ " + dnum(res)], owners=[cname]))
            for kn, kt, um, tg in ks:
                for c, v in enumerate([kn, kt, um, tg], 3):
                    xl_put(ws, r, c, v, font=Font(name=F, size=9), border=grid, halign="right" if c == 6 else None)
                inds.append(ind(kn, ot, unit=UM[um], type=kt, targets=[(YEAR, tg)]))
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                xl_box(ws, top, 1, r - 1, 2, grid)
        xl_fit_rows(ws, 5, r - 1, pt=9)
        xl_page(ws, landscape=True, title_rows="4:4")
        ws.freeze_panes = "A5"
    xlsx_to_ods(wb, d)
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **flat table per responsibility centre**", ODS.format(script="h11_flat.py"), """
OpenDocument spreadsheet (`input.ods`), Liberation Sans 9, green grid. A first sheet `Indice` with the body, the
title `Piano della performance 2026 – Obiettivi e indicatori per centro di responsabilità` and a small table `Foglio |
Centro di responsabilità | Responsabile` listing three centres. Then ONE SHEET PER CENTRE, named by its short code
(`CdR 01`, `CdR 02`, `CdR 03`): a bold line `Centro di responsabilità: <name>`, an italic line `Responsabile: <name>`,
then the flat table `Obiettivo | Risorse assegnate | Descrizione indicatore | Tipologia | Unità di misura | Target 2026`
(white on green, frozen under the header). The objective title and its resources are MERGED DOWN over the objective's
indicator rows; resources are number cells with format `"€ "#,##0.00` (`€ 420.000,00`). No weights, no codes, no
totals. Units in words (`numero`, `percentuale`, `ettari`, `data`, `giorni`); targets as text: `=90%`, `= 1.150`,
`= 45.000`, `=100%`, `≥ 60`, `≤ 30`, `entro il 31/12/2026`. Truth: objectives `operational` without code, owners =
[the centre name, after `Centro di responsabilità: `], resources as displayed; indicators point at the objective
title, with type, unit and the 2026 target.
""", [
        "input: `input.ods`",
        "one sheet per centre plus an index sheet; the centre named only in a line above its table",
        "objective and resources merged down over the indicator rows",
        "currency sign before the amount through the number format",
        "`=`-targets with and without a space, a date target",
    ], [])


if __name__ == "__main__":
    main()
