#!/usr/bin/python3
"""fam7-flat-xlsx-1: flat table per responsibility centre kept as .xlsx: two-row header with an `Indicatori` group,
the centre a ROTATED merged cell, per-centre subtotals and a grand total. Content invented."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment

from common10 import (XLSX_PRODUCER, case_dir, doc, finding, ind, it_num, node, write_readme, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

ORG = "Città metropolitana di Castelmonte"
YEAR = 2020
UNITS = {"%": "%", "mq": "mq", "data": "date", "numero": "N.", "kWh/m³": "kWh/m³", "giorni": "gg", "euro": "EUR"}
FMT = '"€ "#,##0.00'
PRINTED_TOTAL = 8990000.00

# centre: [(objective, resources, [(indicator, tipologia, um, target)])]
DATA = [
    ("Dipartimento Viabilità e Infrastrutture stradali", [
        ("Garantire la sicurezza della rete stradale metropolitana", 2480000.00, [
            ("Pavimentazione stradale rifatta", "Volume", "mq", "= 45.000"),
            ("Segnalazioni di pericolo gestite entro 24 ore", "Efficacia", "%", "=90%"),
        ]),
        ("Completare le verifiche di sicurezza su ponti e viadotti", 1150000.00, [
            ("Opere d'arte verificate sul totale delle opere censite", "Efficacia", "%", ">= 60%"),
            ("Approvazione del piano di priorità degli interventi", "Efficacia", "data", "31/10/2020"),
        ]),
    ]),
    ("Dipartimento Istruzione ed Edilizia scolastica", [
        ("Adeguare gli istituti superiori alla normativa antincendio", 3200000.00, [
            ("Istituti in possesso del certificato di prevenzione incendi", "Efficacia", "%", "> 75%"),
            ("Cantieri di adeguamento aperti nell'anno", "Volume", "numero", "= 12"),
        ]),
        ("Ridurre i consumi energetici degli edifici scolastici", 385000.00, [
            ("Consumo di energia termica per metro cubo riscaldato", "Efficienza", "kWh/m³", "<= 18,5"),
        ]),
    ]),
    ("Dipartimento Ambiente e Tutela del territorio", [
        ("Rafforzare i controlli sugli impianti di gestione dei rifiuti", 410000.00, [
            ("Ispezioni effettuate sugli impianti autorizzati", "Volume", "numero", "= 140"),
            ("Tempo medio di conclusione dei procedimenti sanzionatori", "Efficienza", "giorni", "<= 90"),
        ]),
        ("Sostenere la transizione energetica dei comuni del territorio", 1750000.00, [
            ("Comuni aderenti al Patto dei sindaci assistiti nella redazione del piano", "Efficacia", "numero",
             "= 38"),
            ("Contributi erogati ai comuni per l'efficienza energetica", "Efficacia", "euro", "= € 1.500.000,00"),
        ]),
    ]),
]


def euro(x):
    return "€ " + it_num(x, 2)


def build():
    name = "fam7-flat-xlsx-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="4D4D4D")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Calibri"
    body = F(name=base, size=10)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2020"
    widths = [12, 38, 17, 44, 14, 11, 16]
    for k, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[k]].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=14, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2020 – Obiettivi annuali dei centri di responsabilità",
           font=F(name=base, size=11, italic=True), wrap=False)
    h1, h2 = 4, 5
    hf = F(name=base, size=10, bold=True)
    for c, h in ((1, "Centro di responsabilità"), (2, "Descrizione obiettivo"), (3, "Risorse finanziarie")):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        xl_put(ws, h1, c, h, font=hf, fill="FCE4D6", halign="center", valign="center")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=7)
    xl_put(ws, h1, 4, "Indicatori", font=hf, fill="F8CBAD", halign="center", valign="center")
    for c, h in ((4, "Descrizione"), (5, "Tipologia indicatore"), (6, "unità di misura"), (7, f"Target {YEAR}")):
        xl_put(ws, h2, c, h, font=hf, fill="FCE4D6", halign="center", valign="center")
    xl_box(ws, h1, 1, h2, 7, grid)
    r = h2 + 1
    nodes, inds = [], []
    blocks = []
    for centre, objs in DATA:
        c_first = r
        sub = 0.0
        for title, res, its in objs:
            o_first = r
            sub += res
            nodes.append(node(None, "operational", title, resources=[euro(res)], owners=[centre]))
            for k, (nm, tip, um, tg) in enumerate(its):
                fill = "F2F2F2" if (r - h2) % 2 == 0 else None
                for c, v in enumerate((nm, tip, um, tg), 4):
                    xl_put(ws, r, c, v, font=body, fill=fill, border=grid, halign="center" if c >= 6 else None)
                inds.append(ind(nm, title, unit=UNITS[um], type=tip, targets=[(YEAR, tg)]))
                r += 1
            ws.merge_cells(start_row=o_first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=o_first, start_column=3, end_row=r - 1, end_column=3)
            xl_put(ws, o_first, 2, title, font=body)
            xl_put(ws, o_first, 3, res, font=body, fmt=FMT, halign="right")
            xl_box(ws, o_first, 2, r - 1, 3, grid)
        ws.merge_cells(start_row=c_first, start_column=1, end_row=r - 1, end_column=1)
        c = xl_put(ws, c_first, 1, centre, font=F(name=base, size=10, bold=True), fill="FCE4D6")
        c.alignment = Alignment(text_rotation=90, wrap_text=True, horizontal="center", vertical="center")
        xl_box(ws, c_first, 1, r - 1, 1, grid)
        blocks.append((c_first, r - 1))
        # subtotal of the centre
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        xl_put(ws, r, 1, "Totale centro di responsabilità", font=F(name=base, size=10, italic=True), halign="right")
        xl_put(ws, r, 3, sub, font=F(name=base, size=10, italic=True), fmt=FMT, halign="right")
        xl_box(ws, r, 1, r, 7, grid)
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_put(ws, r, 1, "Totale generale", font=F(name=base, size=10, bold=True), fill="F8CBAD", halign="right")
    xl_put(ws, r, 3, PRINTED_TOTAL, font=F(name=base, size=10, bold=True), fill="F8CBAD", fmt=FMT, halign="right")
    xl_box(ws, r, 1, r, 7, grid)
    xl_fit_rows(ws, h2 + 1, r, pt=10)
    # the rotated centre names need height: give each centre's block at least 150 pt
    for a, b in blocks:
        tot = sum(ws.row_dimensions[k].height for k in range(a, b + 1))
        if tot < 150:
            for k in range(a, b + 1):
                ws.row_dimensions[k].height += (150 - tot) / (b - a + 1)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 30
    ws.freeze_panes = f"B{h2 + 1}"
    xl_page(ws, landscape=True, title_rows=f"{h1}:{h2}")
    xl_save(wb, os.path.join(d, "input.xlsx"))
    findings = [finding("resources.sum", "Totale generale", "the objectives' resources sum to € 9.375.000,00 (and the "
                        "three centre subtotals to the same), but `Totale generale` prints € 8.990.000,00: the "
                        "€ 385.000,00 of the energy-saving objective are left out")]
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, findings, resources_total=euro(PRINTED_TOTAL))
    write_readme(d, name, """
The workbook itself (`input.xlsx`), one sheet `Obiettivi 2020`, Calibri 10, ruled grid, peach header, landscape
print setup with the two header rows repeated, frozen panes. Title rows (the metropolitan city; `Piano della
performance 2020 – Obiettivi annuali dei centri di responsabilità`). A TWO-ROW header: `Centro di responsabilità |
Descrizione obiettivo | Risorse finanziarie` merged over both rows, and `Indicatori` merged over four sub-columns
`Descrizione | Tipologia indicatore | unità di misura | Target 2020` (the indicator column is headed only
`Descrizione` under the group). The centre cell is merged down over all its objectives' rows and its text is
ROTATED 90° (read bottom to top). Objective and resources are merged down over their indicator rows; resources are
NUMBER cells with format `"€ "#,##0.00` (displayed `€ 2.480.000,00`). Each centre closes with an italic subtotal row
`Totale centro di responsabilità` (correct) and the sheet with a bold `Totale generale`. Zebra on indicator rows. No
weights, no codes. Targets are text cells: `= 45.000`, `=90%`, `>= 60%`, `31/10/2020`, `> 75%`, `<= 18,5`, `= €
1.500.000,00`. Truth: each objective an `operational` node without code, parent null, owners = [the centre],
resources = the displayed amount; indicators point at the objective's title, type = Tipologia, unit from `unità di
misura` (`%`, `numero` → `N.`, `giorni` → `gg`, `euro` → `EUR`, `data` → `date`; `mq`, `kWh/m³` kept); targets of
2020; `resources_total` = the printed `Totale generale` (the centre subtotals are not in truth).
""", XLSX_PRODUCER.format(script="fam10_flat.py"), [
        "two-row header with an `Indicatori` group over four sub-columns",
        "centre as a merged cell with text rotated 90°",
        "resources as number cells `\"€ \"#,##0.00` (euro sign first), merged down",
        "per-centre subtotal rows plus a grand total row",
        "zebra per indicator row, frozen panes, repeated header rows",
    ], ["`resources.sum` on `Totale generale`: it prints € 8.990.000,00 while the six objectives (and the three "
        "subtotals) add up to € 9.375.000,00 — the € 385.000,00 of `Ridurre i consumi energetici degli edifici "
        "scolastici` are missing"])


if __name__ == "__main__":
    build()
