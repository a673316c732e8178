#!/usr/bin/python3
"""Family: weights in points. LibreOffice: a director's sheet on a 40-point scale, area weight inside the band
text (`AREA A – … – 15 punti`), objective weight as text in a `Peso` column (`10 punti`, `1 PUNTO`), a `Totale`
row, a forced page break inside the table with the header repeated. xlsx: a report with `Punteggio max` /
`Punteggio conseguito` as number cells formatted `0 "punti"`, areas as merged band rows, total 100."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import (case_dir, doc, finding, ind, lo_pdf, node, write_readme, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def comune():
    name = "fam4-points-lo-1"
    org = "Comune di Valdirana"
    Y = 2026
    areas = [
        ("A", "SERVIZI GENERALI E ISTITUZIONALI", "15 punti", [
            ("A.1", "Dematerializzare il ciclo degli atti amministrativi", "10 punti", [
                ("Determinazioni firmate digitalmente sul totale", "100%", "%"),
                ("Delibere pubblicate all'albo online entro 3 giorni dall'adozione", ">= 95%", "%")]),
            ("A.2", "Aggiornare il piano di prevenzione della corruzione", "5 punti", [
                ("Approvazione della sezione rischi corruttivi del PIAO", "entro il 31/01/2026", "date")])]),
        ("B", "SERVIZI ALLA PERSONA", "15 punti", [
            ("B.1", "Ridurre le liste d'attesa dei servizi per la prima infanzia", "10 punti", [
                ("Domande di iscrizione al nido accolte", ">= 90%", "%"),
                ("Nuovi posti attivati in convenzione", ">= 12", "N."),
                ("Tempo medio di risposta alle domande di iscrizione", "<= 30 giorni", "gg")]),
            ("B.2", "Potenziare l'assistenza domiciliare agli anziani", "4 punti", [
                ("Utenti seguiti con piano assistenziale individuale", ">= 85", "N."),
                ("Ore di assistenza erogate", ">= 9.500", "N.")]),
            ("B.3", "Pubblicare la carta dei servizi sociali", "1 PUNTO", [
                ("Pubblicazione sul sito istituzionale", "entro il 30/06/2026", "date")])]),
        ("C", "TERRITORIO E AMBIENTE", "10 punti", [
            ("C.1", "Incrementare la raccolta differenziata", "6 punti", [
                ("Percentuale di raccolta differenziata", ">= 72%", "%"),
                ("Isole ecologiche informatizzate attivate", ">= 4", "N.")]),
            ("C.2", "Ridurre i tempi delle pratiche edilizie", "3 punti", [
                ("Permessi di costruire rilasciati entro i termini di legge", "100%", "%"),
                ("Pratiche SCIA controllate a campione", ">= 20%", "%")])]),
    ]
    import openpyxl
    from openpyxl.worksheet.pagebreak import Break
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans Narrow"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi"
    for col, w in zip("ABCDE", [7, 44, 46, 18, 11]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano esecutivo di gestione {Y} – Obiettivi di performance organizzativa del Settore Tecnico-"
                     "Amministrativo", font=Font(name=fn, size=11), wrap=False)
    xl_put(ws, 3, 1, "Punteggio massimo attribuibile agli obiettivi di performance organizzativa: 40 punti su 100.",
           font=Font(name=fn, size=9.5, italic=True), wrap=False)
    for c, v in enumerate(["Cod.", "Obiettivo", "Indicatore", f"Target {Y}", "Peso"], 1):
        xl_put(ws, 5, c, v, font=f_b, fill="BDD7EE", border=grid, halign="center", valign="center")
    r = 6
    nodes, inds = [], []
    break_before = "B.2"
    for acode, atitle, apts, objs in areas:
        xl_put(ws, r, 1, f"AREA {acode} – {atitle} – {apts}", font=f_b, fill="EDEDED", border=grid, wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        xl_box(ws, r, 1, r, 5, grid)
        nodes.append(node(acode, "area", atitle, weight=apts))
        r += 1
        for ocode, otitle, opts, ilist in objs:
            if ocode == break_before:
                ws.row_breaks.append(Break(id=r - 1))
            first = r
            for iname, tgt, unit in ilist:
                xl_put(ws, r, 3, iname, font=f_n, border=grid)
                xl_put(ws, r, 4, tgt, font=f_n, border=grid, halign="center")
                inds.append(ind(iname, ocode, unit=unit, targets=[(Y, tgt)]))
                r += 1
            xl_put(ws, first, 1, ocode, font=f_n, border=grid, halign="center")
            xl_put(ws, first, 2, otitle, font=f_n, border=grid)
            xl_put(ws, first, 5, opts, font=f_n, border=grid, halign="center")
            for c in (1, 2, 5):
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
            xl_box(ws, first, 1, r - 1, 5, grid)
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts))
    xl_put(ws, r, 1, "Totale", font=f_b, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_put(ws, r, 5, "40 punti", font=f_b, border=grid, halign="center")
    xl_box(ws, r, 1, r, 5, grid)
    xl_fit_rows(ws, 5, r, pt=10, narrow=1.1)
    xl_page(ws, landscape=True, title_rows="5:5")
    ws.oddFooter.center.text = "Pagina &P di &N"
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "weight.sum", "C", "the objectives of AREA C weigh 6 + 3 = 9 punti against the area's 10 punti (the areas "
                           "sum to the 40 punti of the total)")])
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, Liberation Sans Narrow 10, ruled grid; TWO pages: a manual page
break inside area B (before objective `B.2`), the header row `Cod. | Obiettivo | Indicatore | Target 2026 | Peso`
repeated on page 2. Title, `Piano esecutivo di gestione 2026 – …`, an italic line saying the organisational objectives
are worth 40 punti out of 100. Grey band rows merged over the whole width carry the area's weight INSIDE the band text:
`AREA A – SERVIZI GENERALI E ISTITUZIONALI – 15 punti` (code `A`, title between the dashes, weight raw `15 punti`).
Objective rows: code `A.1` in its own column, title, and the `Peso` column as TEXT (`10 punti`, `5 punti`, `1 PUNTO`),
these three cells merged over the indicator rows. Indicators carry no weight. A last row `Totale` … `40 punti`
(15 + 15 + 10). Truth: areas `area`, objectives `operational` with parent the area code; targets 2026 as printed.
""", "Workbook written with openpyxl by `tools/samples4/fam4_points.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`).",
                 ["a 40-point scale (organisational part of a 100-point evaluation)",
                  "area weight at the end of the band text, objective weight as text in `Peso`", "`1 PUNTO`",
                  "page break inside an area, header row repeated"],
                 ["`weight.sum` on `C`: objectives C.1 + C.2 weigh 6 + 3 = 9 punti against AREA C's 10 punti"])


def consorzio():
    name = "fam4-points-xlsx-2"
    org = "Consorzio di Bonifica della Piana di Selvarossa"
    Y = 2025
    areas = [
        ("1", "Manutenzione e sicurezza idraulica", [
            ("1.1", "Eseguire il programma annuale di manutenzione dei canali", 20, 20, [
                ("Chilometri di canale manutenuti", ">= 180", "186", "N.")]),
            ("1.2", "Ridurre i tempi di intervento sulle segnalazioni di allagamento", 15, 12, [
                ("Interventi avviati entro 24 ore", ">= 90%", "84%", "%")]),
            ("1.3", "Aggiornare il piano di classifica degli immobili", 10, 10, [
                ("Adozione del piano da parte dell'Assemblea", "entro il 30/09/2025", "15/09/2025", "date")])]),
        ("2", "Gestione irrigua", [
            ("2.1", "Installare i misuratori di portata sui comizi irrigui", 15, 9, [
                ("Misuratori installati", "= 40", "24", "N.")]),
            ("2.2", "Contenere le perdite della rete di distribuzione", 10, 10, [
                ("Perdite della rete tubata", "<= 18%", "17,2%", "%")])]),
        ("3", "Amministrazione e rapporti con i consorziati", [
            ("3.1", "Ridurre l'evasione del contributo di bonifica", 15, 13, [
                ("Avvisi di pagamento riscossi sul totale emessi", ">= 92%", "90,5%", "%")]),
            ("3.2", "Attivare lo sportello online per i consorziati", 15, 15, [
                ("Servizi accessibili online", ">= 6", "7", "N.")])]),
    ]
    FMT = '0 "punti"'
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Calibri"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"Consuntivo {Y}"
    for col, w in zip("ABCDEFG", [6, 40, 34, 16, 14, 12, 14]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Relazione sulla performance {Y} – valutazione degli obiettivi del Direttore generale",
           font=Font(name=fn, size=11), wrap=False)
    head = ["Cod.", "Obiettivo", "Indicatore", f"Target {Y}", f"Risultato {Y}", "Punteggio max", "Punteggio conseguito"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 4, c, v, font=Font(name=fn, size=10, bold=True, color="FFFFFF"), fill="2F5597", border=grid,
               halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    tot_max = tot_got = 0
    for acode, atitle, objs in areas:
        amax = sum(o[2] for o in objs)
        agot = sum(o[3] for o in objs)
        tot_max += amax
        tot_got += agot
        xl_put(ws, r, 1, f"Area {acode}. {atitle}", font=f_b, fill="DAE3F3", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        xl_put(ws, r, 6, amax, font=f_b, fill="DAE3F3", border=grid, fmt=FMT, halign="right")
        xl_put(ws, r, 7, agot, font=f_b, fill="DAE3F3", border=grid, fmt=FMT, halign="right")
        xl_box(ws, r, 1, r, 7, grid)
        nodes.append(node(acode, "area", atitle, weight=f"{amax} punti", achievement=[(Y, f"{agot} punti")]))
        r += 1
        for ocode, otitle, omax, ogot, ilist in objs:
            first = r
            for iname, tgt, res, unit in ilist:
                xl_put(ws, r, 3, iname, font=f_n, border=grid)
                xl_put(ws, r, 4, tgt, font=f_n, border=grid, halign="center")
                xl_put(ws, r, 5, res, font=f_n, border=grid, halign="center")
                inds.append(ind(iname, ocode, unit=unit, targets=[(Y, tgt)], results=[(Y, res)]))
                r += 1
            xl_put(ws, first, 1, ocode, font=f_n, border=grid, halign="center")
            xl_put(ws, first, 2, otitle, font=f_n, border=grid)
            xl_put(ws, first, 6, omax, font=f_n, border=grid, fmt=FMT, halign="right")
            xl_put(ws, first, 7, ogot, font=f_n, border=grid, fmt=FMT, halign="right")
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=f"{omax} punti",
                              achievement=[(Y, f"{ogot} punti")]))
    xl_put(ws, r, 1, "TOTALE", font=f_b, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    xl_put(ws, r, 6, tot_max, font=f_b, border=grid, fmt=FMT, halign="right")
    xl_put(ws, r, 7, tot_got, font=f_b, border=grid, fmt=FMT, halign="right")
    xl_box(ws, r, 1, r, 7, grid)
    assert tot_max == 100
    xl_fit_rows(ws, 4, r, pt=10, narrow=1.0)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [Y], kind="report")], nodes, inds)
    write_readme(d, name, f"""
The workbook itself (`input.xlsx`), one sheet `Consuntivo 2025`, Calibri 10, ruled grid, landscape print setup with
the header repeated. A REPORT: `Cod. | Obiettivo | Indicatore | Target 2025 | Risultato 2025 | Punteggio max |
Punteggio conseguito` (white on dark blue). Area band rows `Area 1. Manutenzione e sicurezza idraulica` merged over the
first five columns, carrying the area's subtotals in the two points columns. One indicator per objective (no merges on
objective rows). Points are NUMBER cells with format `0 "punti"` (20 → `20 punti`); the areas' maxima are the sums of
their objectives' (45 + 25 + 30), the `TOTALE` row prints `100 punti` and `{tot_got} punti`. Truth: areas `area` (code
`1`, title after `Area 1. `), objectives `operational` with parent the area; weight raw = `Punteggio max` as displayed
(`20 punti`); achievement 2025 raw = `Punteggio conseguito` as displayed (`12 punti`); indicator targets and results
of 2025 as printed (text cells).
""", "Written with openpyxl by `tools/samples4/fam4_points.py` and kept as .xlsx.",
                 ["a points REPORT: maximum and achieved points side by side", "`0 \"punti\"` number format",
                  "area bands merged over the text columns with subtotals in the points columns"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "xlsx"]
    if "lo" in which:
        comune()
    if "xlsx" in which:
        consorzio()
