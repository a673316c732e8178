#!/usr/bin/python3
"""h13-flat-lo-1: a national archives agency's objectives 2026 as a FLAT TABLE PER RESPONSIBILITY CENTRE, written as
a workbook and printed by LibreOffice. Landscape, Liberation Sans 8.5 pt, grid; the centre is a full-width BAND ROW
(`CdR 2 – Direzione generale …`) although the header keeps a `Centro di responsabilità` column (left empty under
the band); objective description merged down; RESOURCES MOVED TO THE LAST COLUMN (`#,##0.00 "€"`, merged down);
no weights; `=90%`, `= 450.000`, `<= 20 gg`; a grand total. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, disp, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h13_flat.py"
NAME = "h13-flat-lo-1"
ORG = "Agenzia Nazionale per i Servizi Archivistici"
YEAR = 2026
FMT = '#,##0.00 "€"'
UNIT = {"numero": "N.", "percentuale": "%", "giorni": "gg"}

# centre (n, name) -> objective (description, resources) -> indicator (name, tipologia, um, target)
DATA = [
    (1, "Direzione generale degli archivi di Stato", [
        ("Completare la digitalizzazione dei fondi notarili dell'Ottocento", Decimal("1840000"), [
            ("Pagine digitalizzate e pubblicate sul portale degli archivi", "Realizzazione fisica", "numero",
             "= 450.000"),
            ("Fondi notarili con inventario informatizzato", "Risultato", "percentuale", "=90%")]),
        ("Ampliare l'accesso del pubblico alle sale di studio", Decimal("620000"), [
            ("Giornate di apertura pomeridiana delle sale di studio", "Realizzazione fisica", "numero", "≥ 150"),
            ("Richieste di consultazione evase entro 5 giorni", "Qualità", "percentuale", "≥ 95%")])]),
    (2, "Direzione generale degli archivi digitali", [
        ("Attivare il polo nazionale di conservazione digitale", Decimal("3150000"), [
            ("Amministrazioni che versano documenti al polo di conservazione", "Risultato", "numero", "= 45"),
            ("Tempo medio di presa in carico dei versamenti", "Efficienza", "giorni", "<= 20 gg")]),
        ("Garantire la sicurezza dei sistemi di conservazione", Decimal("780000.50"), [
            ("Disponibilità del servizio di conservazione", "Qualità", "percentuale", "≥ 99,8%")])]),
    (3, "Direzione generale per l'organizzazione e il bilancio", [
        ("Ridurre i tempi di pagamento dei fornitori", Decimal("95000"), [
            ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "giorni", "<= -5 gg"),
            ("Fatture pagate entro 30 giorni dal ricevimento", "Efficienza", "percentuale", "=90%")])]),
]


def build():
    from openpyxl import Workbook
    S = xl_styles()
    grid = S["grid"]
    F = "Liberation Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [16, 34, 40, 16, 12, 12, 17])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi dei centri di responsabilità amministrativa – esercizio finanziario 2026",
           font=font(F, 9.5), wrap=False)
    HR = 4
    heads = ["Centro di responsabilità", "Descrizione obiettivo", "Indicatori", "Tipologia indicatore",
             "unità di misura", "Target 2026", "Risorse finanziarie"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 8.5, bold=True), border=grid, fill="D0CECE", halign="center",
               valign="center")
    ws.row_dimensions[HR].height = 26
    r = HR + 1
    nodes, inds = [], []
    total = Decimal(0)
    f8 = font(F, 8.5)
    for n, cname, objs in DATA:
        xl_put(ws, r, 1, f"CdR {n} – {cname}", font=font(F, 9, bold=True), fill="EDEDED", border=grid, wrap=False)
        for c in range(2, 8):
            xl_put(ws, r, c, None, fill="EDEDED", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for desc, res, ilist in objs:
            o0 = r
            for iname, tip, um, tg in ilist:
                xl_put(ws, r, 1, None, border=grid)
                xl_put(ws, r, 3, iname, font=f8, border=grid)
                xl_put(ws, r, 4, tip, font=f8, border=grid)
                xl_put(ws, r, 5, um, font=f8, border=grid, halign="center")
                xl_put(ws, r, 6, tg, font=f8, border=grid, halign="center")
                inds.append(ind(iname, desc, unit=UNIT[um], type=tip, targets=[(YEAR, tg)]))
                r += 1
            xl_put(ws, o0, 2, desc, font=f8, border=grid)
            xl_put(ws, o0, 7, float(res), font=f8, border=grid, fmt=FMT, halign="right")
            for c in (2, 7):
                for rr in range(o0, r):
                    ws.cell(row=rr, column=c).border = grid
                if r - 1 > o0:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            nodes.append(node(None, "operational", desc, owners=[cname], resources=[disp(res, FMT)]))
            total += res
    xl_put(ws, r, 1, "Totale generale", font=font(F, 9, bold=True), border=grid, wrap=False)
    for c in range(2, 7):
        xl_put(ws, r, c, None, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    xl_put(ws, r, 7, float(total), font=font(F, 9, bold=True), border=grid, fmt=FMT, halign="right")
    xl_fit_rows(ws, HR + 1, r - 1, pt=8.5)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="obiettivi")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, resources_total=disp(total, FMT))
    genre_readme(d, NAME, "flat table per responsibility centre (family)", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Sans 8.5 pt, full grid. Title and subtitle, then one table `Centro di responsabilità |
Descrizione obiettivo | Indicatori | Tipologia indicatore | unità di misura | Target 2026 | Risorse finanziarie`.
The centre is NOT written in its column: each centre opens with a grey full-width BAND row `CdR 1 – Direzione
generale degli archivi di Stato`, and the `Centro di responsabilità` cells of its rows stay empty. The objective
description and its resources (LAST column, `#,##0.00 "€"` → `1.840.000,00 €`) are merged down over the
objective's indicator rows. No weights. Targets `= 450.000`, `=90%`, `≥ 150`, `= 45`, `<= 20 gg`, `<= -5 gg`,
`≥ 99,8%`. A `Totale generale` row = the sum of the five objectives. Truth: objectives `operational` with code
null, title = description, owner = the centre name after `CdR n – `, resources; indicators under the objective
title, unit from the word (`numero` → `N.`, `percentuale` → `%`, `giorni` → `gg`), type = Tipologia.
""", ["centre as a band row over an empty centre column", "resources in the last column, merged down",
      "target forms `=90%`, `= 450.000`", "no weights", "printed grand total"], [])
    return NAME


if __name__ == "__main__":
    print(build())
