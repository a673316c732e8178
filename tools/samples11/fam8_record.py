#!/usr/bin/python3
"""fam8-record-lo-1: objective record blocks laid out as a FOUR-COLUMN form (two label/value PAIRS per row), written
as a workbook and printed by LibreOffice; one objective per page (manual breaks), each indicator a sub-block of
pair rows; operators in words (`maggiore o uguale a 70%`). Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (LO_XLSX, case_dir, disp, doc, font, ind, lo_pdf_of, node, vars11, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)
from common2 import write_readme  # noqa: E402  (on the path through common7)

SCRIPT = "fam8_record.py"
ORG = "Ministero dei Beni Archivistici e Librari"
Y = [2024, 2025, 2026]
BASE = 2023
UNIT = {"Percentuale": "%", "Numero": "N.", "Giorni": "gg", "Euro": "EUR"}
M21 = "021 – Tutela e valorizzazione dei beni e attività culturali e paesaggistici"
M32 = "032 – Servizi istituzionali e generali delle amministrazioni pubbliche"

# (code, title, missione, programma, resources, [(name, tipologia, um, formula, peso, prev, (t1, t2, t3), fonte)])
OBJ = [
    ("S-01", "Accrescere la digitalizzazione e la fruizione on line del patrimonio archivistico statale", M21,
     "012 – Tutela dei beni archivistici", Decimal("12480350.00"), [
         ("Unità archivistiche digitalizzate e pubblicate sul portale nazionale", "Indicatore di realizzazione fisica",
          "Numero", "N_UA_digit", "0.4", "1.250.000", ("≥ 1.400.000", "≥ 1.600.000", "≥ 1.800.000"),
          "Sistema archivistico nazionale"),
         ("Archivi di Stato con inventari consultabili on line", "Indicatore di risultato (output)", "Percentuale",
          "AS_inv_online / AS_totali x 100", "0.35", "62%",
          ("maggiore o uguale a 70%", "maggiore o uguale a 78%", "maggiore o uguale a 85%"), "Rilevazione interna"),
         ("Tempo medio di evasione delle richieste di riproduzione di documenti", "Indicatore di risultato (output)",
          "Giorni", "GG_evasione / N_richieste", "0.25", "21", ("≤ 18", "≤ 15", "≤ 12"),
          "Protocollo informatico")]),
    ("S-02", "Migliorare la conservazione del patrimonio librario delle biblioteche pubbliche statali", M21,
     "010 – Tutela del patrimonio bibliografico", Decimal("8905000.00"), [
         ("Volumi sottoposti a interventi di restauro conservativo", "Indicatore di realizzazione fisica", "Numero",
          "N_vol_restaurati", "0.5", "3.420", ("≥ 3.600", "≥ 3.800", "≥ 4.000"), "Rilevazione interna"),
         ("Biblioteche dotate di monitoraggio microclimatico dei depositi", "Indicatore di impatto (outcome)",
          "Percentuale", "BIB_monitor / BIB_totali x 100", "0.5", "45%",
          ("maggiore o uguale a 55%", "maggiore o uguale a 65%", "maggiore o uguale a 75%"),
          "Censimento dei depositi")]),
    ("S-03", "Garantire l'efficienza della gestione amministrativa e contabile", M32,
     "003 – Servizi e affari generali per le amministrazioni di competenza", Decimal("2112640.75"), [
         ("Indicatore di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria", "Giorni",
          "GG_ritardo_pond / IMP_pagato", "0.6", "-3", ("≤ -3", "≤ -4", "≤ -5"),
          "Piattaforma dei crediti commerciali"),
         ("Impegni assunti sullo stanziamento definitivo di competenza", "Indicatore di realizzazione finanziaria",
          "Percentuale", "IMP_comp / STANZ_def x 100", "0.4", "91,4%", ("≥ 92%", "≥ 93%", "≥ 94%"),
          "Sistema di contabilità")]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "fam8-record-lo-1"
    F = "Liberation Sans Narrow"
    ln = Side(style="thin", color="6E6E6E")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths(ws, [24, 34, 26, 26])
    lab = dict(font=font(F, 9.5, bold=True), fill="E8E2D0", border=grid)
    val = dict(font=font(F, 9.5), border=grid)
    r = 1
    nodes, inds, breaks = [], [], []

    def pair_row(r, l1, v1, l2=None, v2=None, fmt=None):
        xl_put(ws, r, 1, l1, **lab)
        xl_put(ws, r, 2, v1, fmt=fmt, halign="left", **val)
        if l2 is None:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            for c in (3, 4):
                ws.cell(row=r, column=c).border = grid
        else:
            xl_put(ws, r, 3, l2, **lab)
            xl_put(ws, r, 4, v2, halign="left", **val)

    for k, (code, title, mis, prog, res, its) in enumerate(OBJ):
        if k:
            breaks.append(r - 1)
        xl_put(ws, r, 1, ORG, font=font(F, 12, bold=True), wrap=False)
        xl_put(ws, r + 1, 1, "Nota integrativa alla legge di bilancio 2024-2026 – Schede degli obiettivi",
               font=font(F, 10, italic=True), wrap=False)
        r += 3
        xl_put(ws, r, 1, f"OBIETTIVO N. {k + 1}", font=font(F, 10.5, bold=True, color="FFFFFF"), fill="5C4B2E",
               border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        pair_row(r, "Codice", code, "Risorse a preventivo primo anno", float(res))
        ws.cell(row=r, column=4).number_format = '#,##0.00 "€"'
        r += 1
        pair_row(r, "Obiettivo", title)
        r += 1
        pair_row(r, "Missione", mis)
        r += 1
        pair_row(r, "Programma", prog)
        r += 1
        nodes.append(node(code, "strategic", title, resources=[disp(res, '#,##0.00 "€"')], mission=mis[:3],
                          programme=prog[:3]))
        for j, (nm, tip, um, fml, peso, prev, tg, fonte) in enumerate(its, 1):
            r += 1
            xl_put(ws, r, 1, f"Indicatore {j}", font=font(F, 9.5, bold=True, italic=True), fill="F4F0E6",
                   border=grid)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            r += 1
            pair_row(r, "Descrizione", nm)
            r += 1
            pair_row(r, "Tipologia", tip, "Unità di misura", um)
            r += 1
            pair_row(r, "Algoritmo di calcolo", fml)
            r += 1
            pair_row(r, "Peso indicatore", float(peso), "Target conseguito nell'esercizio precedente", prev,
                     fmt="0%")
            r += 1
            pair_row(r, "Target primo anno", tg[0], "Target secondo anno", tg[1])
            r += 1
            pair_row(r, "Target terzo anno", tg[2], "Fonte del dato", fonte)
            r += 1
            inds.append(ind(nm, code, unit=UNIT[um], type=tip, weight=disp(peso, "0%"), formula=fml,
                            variables=vars11(fml), baselines=[(BASE, prev)], targets=list(zip(Y, tg))))
        r += 1
    xl_fit_rows(ws, 1, r, pt=9.5, narrow=1.15)
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=False, margins=0.7)
    ws.oddFooter.center.text = "Scheda &P di &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="schede")
    write_truth(d, [doc(ORG, Y)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Liberation Sans Narrow 9.5 pt, ruled grid with beige label cells, THREE pages (one objective per page,
manual page breaks); a ministry's Nota integrativa 2024-2026. Every page repeats the ministry and `Nota integrativa
alla legge di bilancio 2024-2026 – Schede degli obiettivi` (sheet rows, not print titles). Each objective is a record
block on a FOUR-COLUMN grid where a row holds up to TWO label/value PAIRS: a dark band `OBIETTIVO N. 1`, then `Codice
| S-01 | Risorse a preventivo primo anno | 12.480.350,00 €` (a number cell with format `#,##0.00 "€"`), `Obiettivo
| title` (value merged over three columns), `Missione | 021 – Tutela e valorizzazione …`, `Programma | 012 – Tutela
dei beni archivistici`. Each indicator is a sub-block opened by an italic band `Indicatore 1`: `Descrizione | name`,
`Tipologia | … | Unità di misura | Percentuale`, `Algoritmo di calcolo | formula`, `Peso indicatore | 40% | Target
conseguito nell'esercizio precedente | 62%` (the weight a fraction cell with format `0%`), `Target primo anno | … |
Target secondo anno | …`, `Target terzo anno | … | Fonte del dato | …`. Footer `Scheda n di N`. Truth: objectives
`strategic`, parent null, mission / programme = the three-digit codes, resources = the first-year amount as
displayed; indicators without code, name = Descrizione, type = Tipologia (ministerial wording), unit mapped from the
word (`Percentuale` → `%`, `Numero` → `N.`, `Giorni` → `gg`), weight as displayed (`40%`), baseline 2023 = the
previous-year value, targets 2024/2025/2026 (primo/secondo/terzo anno) as printed.
""", LO_XLSX.format(script=SCRIPT), [
        "two label/value pairs per row (four-column grid) instead of one pair per row",
        "the first-year resources on the same row as the code",
        "targets in words `maggiore o uguale a 70%` next to symbols `≥ 1.400.000`, `≤ -3`",
        "label synonyms `Descrizione` (for the indicator name), `Fonte del dato`",
        "weights as `0%` fraction cells, resources as `#,##0.00 \"€\"` number cells",
        "one objective per page, title lines repeated as sheet rows",
    ], [])
    return name


if __name__ == "__main__":
    print(build())
