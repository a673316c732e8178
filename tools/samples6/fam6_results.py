#!/usr/bin/python3
"""fam5-results-lo-1: results list without weights, a workbook printed by LibreOffice. Content invented."""
import os
import tempfile

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common6 import (LO_PRODUCER, case_dir, doc, ind, lo_pdf, node, write_readme, write_truth, xl_fit_rows, xl_page,
                     xl_put, xl_save, xl_styles)

ORG = "Comune di Roccabruna"
YEAR = 2025

SETTORI = [
    ("SETTORE 1 – AFFARI GENERALI E SERVIZI DEMOGRAFICI", [
        ("1a)", "Ridurre i tempi di rilascio della carta d'identità elettronica", [
            ("Tempo medio tra la richiesta e l'appuntamento", "gg", "<= 15 gg", "12 gg"),
            ("Appuntamenti prenotati on line sul totale", "%", ">= 70%", "74,5%"),
        ]),
        ("1b)", "Digitalizzare l'archivio storico dello stato civile", [
            ("Atti di stato civile digitalizzati", "N.", "= 45.000", "46.210"),
            ("Completamento della migrazione al nuovo applicativo demografico", "date", "31.12.2025", "Realizzato"),
        ]),
    ]),
    ("SETTORE 2 – FINANZE, TRIBUTI E PERSONALE", [
        ("2a)", "Migliorare la riscossione delle entrate tributarie e contrastare l'evasione", [
            ("Riscossione IMU in conto competenza sul dovuto", "%", ">= 85%", "88,2%"),
            ("Avvisi di accertamento emessi per omesso versamento TARI", "N.", ">= 1.200", "1.273"),
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "<= 0 gg", "-4 gg"),
        ]),
        ("2b)", "Valorizzare le competenze del personale", [
            ("Dipendenti che hanno seguito almeno 12 ore di formazione", "%", "> 80%", "83%"),
            ("Adozione del piano della formazione 2025", "text", "entro il 31.03.2025", "SI"),
        ]),
    ]),
    ("SETTORE 3 – LAVORI PUBBLICI, AMBIENTE E PROTEZIONE CIVILE", [
        ("3a)", "Ridurre la produzione di rifiuti indifferenziati", [
            ("Raccolta differenziata sul totale dei rifiuti urbani", "%", ">= 72%", "73,8%"),
            ("Isole ecologiche informatizzate attivate", "N.", "= 12", "10*"),
        ]),
        ("3b)", "Garantire la manutenzione programmata degli edifici scolastici", [
            ("Segnalazioni di guasto evase nei tempi del contratto", "%", "100%", "1273/1273"),
            ("Scuole con certificato di prevenzione incendi aggiornato", "%", "=100%", "dato in aggiornamento"),
        ]),
        ("3c)", "Rendere operativo il piano comunale di protezione civile", [
            ("Esercitazioni di protezione civile con la popolazione", "N.", ">= 2", "2"),
        ]),
    ]),
]


def build():
    name = "fam5-results-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    base = "DejaVu Sans"
    hair = B(bottom=S(style="hair", color="808080"))
    thick = B(top=S(style="medium", color="000000"), bottom=S(style="medium", color="000000"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Risultati 2025"
    for col, w in zip("ABCDE", (7, 34, 38, 14, 15)):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG.upper(), font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025 – Grado di raggiungimento degli obiettivi esecutivi del PEG",
           font=F(name=base, size=9.5), wrap=False)
    xl_put(ws, 3, 1, "Per ogni indicatore si riportano il valore atteso fissato nel PEG e il risultato raggiunto al "
                     "31 dicembre 2025.", font=F(name=base, size=8, italic=True), wrap=False)
    hr = 5
    for c, h in enumerate(("Cod.", "Obiettivo", "Indicatore", "Valore atteso 2025", "Risultato raggiunto 2025"), 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8.5, bold=True), border=thick, valign="center",
               halign="center" if c > 3 else None)
    r = hr + 1
    nodes, inds = [], []
    body = F(name=base, size=8.5)
    brk = None
    for band, objs in SETTORI:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        xl_put(ws, r, 1, band, font=F(name=base, size=8.5, bold=True, color="FFFFFF"), fill="5B4A3A")
        r += 1
        for code, title, its in objs:
            c = code.rstrip(")")
            nodes.append(node(c, "operational", title, owners=[band]))
            first = r
            for k, (nm, unit, t, res) in enumerate(its):
                if code == "2a)" and k == 2:
                    brk = r - 1  # page break inside objective 2a: its merged cells run over it
                xl_put(ws, r, 3, nm, font=body, border=hair)
                xl_put(ws, r, 4, t, font=body, border=hair, halign="center")
                xl_put(ws, r, 5, res, font=F(name=base, size=8.5, italic=(res == "dato in aggiornamento")),
                       border=hair, halign="center")
                inds.append(ind(nm, c, unit=unit, targets=[(YEAR, t)], results=[(YEAR, res)]))
                r += 1
            xl_put(ws, first, 1, code, font=F(name=base, size=8.5, bold=True), border=hair)
            xl_put(ws, first, 2, title, font=body, border=hair)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                for rr in range(first, r):
                    ws.cell(row=rr, column=1).border = hair
                    ws.cell(row=rr, column=2).border = hair
    last = r - 1
    r += 1
    xl_put(ws, r, 1, "* Due isole ecologiche sono state completate nel mese di gennaio 2026 per ritardi nella "
                     "fornitura delle apparecchiature.", font=F(name=base, size=7.5, italic=True), wrap=False)
    xl_put(ws, r + 1, 1, "Fonte: Servizio Controllo di gestione, rilevazione al 31.12.2025.",
           font=F(name=base, size=7.5, italic=True), wrap=False)
    xl_fit_rows(ws, hr, last, pt=8.5)
    for rr in range(hr + 1, last + 1):  # taller rows: the table runs over two pages
        ws.row_dimensions[rr].height = max(ws.row_dimensions[rr].height or 12, 30)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=False, title_rows=f"{hr}:{hr}")
    ws.oddFooter.left.text = "Comune di Roccabruna – Relazione sulla performance 2025"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Pag. &P di &N"
    ws.oddFooter.right.size = 7
    tmp = tempfile.mkdtemp(prefix="s6res-")
    src = os.path.join(tmp, "risultati.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, DejaVu Sans 8.5 pt, two pages. Title (the comune in capitals),
`Relazione sulla performance 2025 – Grado di raggiungimento degli obiettivi esecutivi del PEG`, an italic line. One
table `Cod. | Obiettivo | Indicatore | Valore atteso 2025 | Risultato raggiunto 2025` (header synonyms; medium rules
above and below the header, hair lines under rows, no vertical rules), header row repeated on page 2. Dark band rows
per settore (`SETTORE 1 – AFFARI GENERALI E SERVIZI DEMOGRAFICI`, white text, no values). Objective code (`1a)`) and
title are merged DOWN over their indicator rows; a manual page break falls INSIDE objective `2a)`, so its merged
cells run across the break: its third indicator is on page 2 with no code or title visible next to it, but
LibreOffice writes the merged cells' text again on page 2, clipped out of sight, so text extraction reads `2a)` and
its title a second time at the top of page 2 (above the repeated header). Values are printed
with their operators and units, not bare: targets `<= 15 gg`, `= 45.000`, `>= 1.200`, `entro il 31.03.2025`,
`31.12.2025`, `=100%`; results `74,5%`, `46.210`, `-4 gg`, `Realizzato`, `SI`, `1273/1273`, `10*` (footnote under
the table), `dato in aggiornamento` (italic). No weights, no achievement column. Footer with the comune and `Pag. n di
N`. Truth: objectives `operational` with code `1a` (bracket dropped), parent null, owners = [the settore band text];
indicators without code, targets and results of 2025 as printed; units from the values (`%`, `gg`, `N.`, `date`,
`text`).
""", LO_PRODUCER.format(script="fam6_results.py"), [
        "header synonyms `Valore atteso 2025`, `Risultato raggiunto 2025`",
        "settore band rows give the owner; codes `1a)`",
        "objective cells merged across a page break, header repeated",
        "values with operators/units (`<= 15 gg`, `entro il 31.03.2025`), results `Realizzato`, `SI`, `1273/1273`, "
        "`10*`, `dato in aggiornamento`",
        "no weights, no achievement column",
    ], [])


if __name__ == "__main__":
    build()
