#!/usr/bin/python3
"""fam6-bands-lo-1: graded target bands written as `value: score;` pairs in one cell, a workbook printed by
LibreOffice. Content invented."""
import os
import tempfile

from openpyxl import Workbook

from common8 import (LO_PRODUCER, case_dir, doc, ind, lo_pdf, node, write_readme, write_truth, xl_box, xl_fit_rows,
                     xl_page, xl_put, xl_save, xl_styles)

ORG = "Azienda Sanitaria Provinciale di Montealto"
YEAR = 2025

# unit band: [(code, objective, weight, [(code, indicator, weight, ladder, unit)])]
DATA = [
    ("UOC PRONTO SOCCORSO E MEDICINA D'URGENZA", [
        ("OB.1", "Ridurre i tempi di permanenza dei pazienti in pronto soccorso", "60%", [
            ("1.1", "Tempo medio di permanenza in PS dei pazienti non ricoverati", "50%",
             "<= 4 ore: 100%; 4-5 ore: 70%; 5-6 ore: 40%; > 6 ore: 0%", "ore"),
            ("1.2", "Tempo di attesa per la visita dei codici arancioni", "30%",
             "<= 15 min: 100%; 16-20 min: 60%; > 20 min: 0%", "min"),
            ("1.3", "Pazienti che si allontanano dal PS prima della visita medica", "20%",
             "< 3%: 100%; 3-4,9%: 50%; >= 5%: 0%", "%"),
        ]),
        ("OB.2", "Migliorare l'appropriatezza dei ricoveri disposti dal pronto soccorso", "40%", [
            ("2.1", "Ricoveri ripetuti entro 30 giorni dalla dimissione", "60%",
             "<= 6%: 100%; 6,1-8%: 75%; 8,1-10%: 50%; > 10%: 0%", "%"),
            ("2.2", "Consulenze specialistiche refertate entro 60 minuti dalla richiesta", "40%",
             ">= 85%: 100%; 75-84%: 60%; < 75%: 0%", "%"),
        ]),
    ]),
    ("UOC RADIOLOGIA E DIAGNOSTICA PER IMMAGINI", [
        ("OB.3", "Ridurre i tempi di attesa per la diagnostica per immagini", "70%", [
            ("3.1", "Tempo di attesa per la risonanza magnetica programmabile", "60%",
             "<= 28 gg: 100%; 29-30 gg: 75%; 31-32 gg: 50%; > 32 gg: 0%", "gg"),
            ("3.2", "Referti di TC per pazienti ricoverati disponibili entro 48 ore", "40%",
             ">= 90%: 100%; 85-89%: 70%; 80-84%: 40%; < 80%: 0%", "%"),
        ]),
        ("OB.4", "Garantire la sicurezza radiologica dei pazienti pediatrici", "30%", [
            ("4.1", "Esami pediatrici con dose registrata nel sistema RIS", "100%",
             "=100%: 100%; 95-99%: 50%; < 95%: 0%", "%"),
        ]),
    ]),
]

HEAD = ["Obiettivo", "Peso obiettivo", "Cod.", "Indicatore", "Peso indicatore",
        "Target 2025 e fasce di punteggio (valore: punteggio)"]
WIDTHS = [30, 9, 6, 34, 9, 21]


def build():
    name = "fam6-bands-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    grid = st["grid"]
    base = "Liberation Sans Narrow"
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDEF"[k]].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Schede di budget 2025 – Dipartimento dell'emergenza e dei servizi diagnostici",
           font=F(name=base, size=10), wrap=False)
    xl_put(ws, 3, 1, "Per ogni indicatore il punteggio è attribuito secondo la fascia in cui cade il valore rilevato "
                     "al 31.12.2025; il punteggio dell'obiettivo è la media dei punteggi degli indicatori ponderata "
                     "con i pesi.", font=F(name=base, size=8.5, italic=True), wrap=False)
    hr = 5
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8.5, bold=True, color="FFFFFF"), fill="2E6F73", border=grid,
               valign="center", halign="center")
    ws.row_dimensions[hr].height = 26
    r = hr + 1
    body = F(name=base, size=9)
    nodes, inds = [], []
    for band, objs in DATA:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        xl_put(ws, r, 1, band, font=F(name=base, size=9.5, bold=True), fill="BFD9DA", valign="center")
        xl_box(ws, r, 1, r, 6, grid)
        ws.row_dimensions[r].height = 16
        r += 1
        for ocode, otitle, ow, its in objs:
            nodes.append(node(ocode, "operational", otitle, weight=ow, owners=[band], unit=band))
            first = r
            for icode, nm, iw, lad, unit in its:
                for c, v in ((3, icode), (4, nm), (5, iw), (6, lad)):
                    xl_put(ws, r, c, v, font=body, border=grid, halign="center" if c in (3, 5) else None)
                inds.append(ind(nm, ocode, code=icode, unit=unit, weight=iw, targets=[(YEAR, lad)]))
                r += 1
            xl_put(ws, first, 1, f"{ocode} – {otitle}", font=F(name=base, size=9, bold=True), border=grid)
            xl_put(ws, first, 2, ow, font=F(name=base, size=9, bold=True), border=grid, halign="center")
            if r - 1 > first:
                for c in (1, 2):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, first, 1, r - 1, 2, grid)
            xl_fit_rows(ws, first, r - 1, pt=9, narrow=0.85)
    last = r - 1
    xl_put(ws, last + 2, 1, "Legenda: PS = pronto soccorso; RIS = sistema informativo di radiologia; i valori "
                            "compresi tra due fasce sono attribuiti alla fascia inferiore.",
           font=F(name=base, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows=f"{hr}:{hr}")
    ws.oddFooter.left.text = "ASP Montealto – Budget 2025"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 7
    tmp = tempfile.mkdtemp(prefix="s8bands-")
    src = os.path.join(tmp, "budget.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Sans Narrow 9 pt, ruled grid, teal header (repeated
print title). Title (the health authority), `Schede di budget 2025 – Dipartimento dell'emergenza e dei servizi
diagnostici` and an italic line on the scoring. One table `Obiettivo | Peso obiettivo | Cod. | Indicatore | Peso
indicatore | Target 2025 e fasce di punteggio (valore: punteggio)`. Light-teal band rows name the unit
(`UOC PRONTO SOCCORSO E MEDICINA D'URGENZA`). The objective (`OB.1 – title`, bold) and its weight (`60%`) are the
first two columns, MERGED DOWN over the objective's indicator rows. The graded ladder is ONE cell written as
`value: score` pairs separated by SEMICOLONS, wrapped by the column: `<= 28 gg: 100%; 29-30 gg: 75%; 31-32 gg: 50%;
> 32 gg: 0%`; bands in hours, minutes, days and percentages, two to four bands. A plan: no results. Weights sum to
100% among the objectives of each unit and among the indicators of each objective. Legend line and footer
`Pagina n di N`. Truth: objectives `operational`, parent null, `unit` and owners = the unit band (the objectives' weights
sum to 100% per unit, not across the sheet), weight as printed;
indicators with their codes (`1.1`), weight as printed; the 2025 target raw is the whole ladder cell as printed
(wrap joined with one space, the colons and semicolons kept); unit as the bands show it (`%`, `gg`, and `ore`,
`min` as printed).
""", LO_PRODUCER.format(script="fam8_bands.py"), [
        "ladder in one cell as `value: score; value: score` (colons and semicolons)",
        "objective and its weight as merged-down first columns; unit band rows",
        "bands in `ore`, `min`, `gg` and `%`, ranges `29-30 gg`, `6,1-8%`",
        "portrait, Liberation Sans Narrow, teal header repeated",
        "a provincial health authority (ASP), two units",
    ], [])


if __name__ == "__main__":
    build()
