#!/usr/bin/python3
"""h7-form-lo-1: ministry objective forms (DENOMINAZIONE CDR / TITOLARE DEL CDR side by side) over indicator tables,
a workbook printed by LibreOffice. Clean. Content invented."""
import os
import shutil
import sys
import tempfile
from copy import copy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (LO, case_dir, doc, ind, lo_pdf, node, pct, readme, vars_of, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-form-lo-1"
ORG = "Ministero della Montagna e delle Aree Interne"
YEARS = [2026, 2027, 2028]
BASE = 2025
# (cdr, titolare, [(code, title, description, priority, [(weight, fmt, name, formula, unit, base, t1, t2, t3, fonte)])])
CDRS = [
    ("Dipartimento per le politiche della montagna", "Cons. Andrea Pellizzari", [
        ("C1-01", "Sostenere i servizi essenziali nei comuni montani a rischio di spopolamento",
         "L'obiettivo assicura l'erogazione dei contributi del Fondo per i servizi essenziali ai comuni classificati "
         "montani, con priorità ai comuni con popolazione inferiore a 3.000 abitanti e alle aree con saldo "
         "demografico negativo nell'ultimo decennio.", "I – Contrasto allo spopolamento", [
             (0.5, "0%", "Comuni montani beneficiari del Fondo per i servizi essenziali", "N_com_benef", "N.", "412",
              "≥ 450", "≥ 480", "≥ 500", "Sistema di gestione dei contributi"),
             (0.3, "0%", "Tempo medio di erogazione dei contributi dalla pubblicazione della graduatoria",
              "GG_erog / N_contrib", "gg", "96 gg", "≤ 90 gg", "≤ 75 gg", "≤ 60 gg", "Contabilità integrata"),
             (0.2, "0%", "Risorse del Fondo erogate sul totale stanziato", "EUR_erog / EUR_stanz x 100", "%", "71,8%",
              "≥ 80%", "≥ 85%", "≥ 90%", "Contabilità integrata")]),
        ("C1-02", "Promuovere la digitalizzazione dei servizi pubblici nelle aree interne",
         "Attivazione di sportelli digitali di prossimità presso i comuni delle aree interne, in collaborazione con "
         "le unioni montane, per l'accesso assistito ai servizi on line delle pubbliche amministrazioni.",
         "II – Servizi digitali e connettività", [
             (0.6, "0%", "Sportelli digitali di prossimità attivati (valore cumulato)", "N_sport_att", "N.", "57",
              "≥ 80", "≥ 110", "≥ 140", "Monitoraggio dei progetti"),
             (0.4, "0%", "Cittadini che hanno utilizzato gli sportelli digitali di prossimità", "N_utenti_sport",
              "N.", "12.480", "≥ 18.000", "≥ 24.000", "≥ 30.000", "Monitoraggio dei progetti")])]),
    ("Direzione generale degli affari generali e del personale", "Dott.ssa Francesca Lorenzon", [
        ("C2-01", "Completare il piano dei fabbisogni di personale del triennio",
         "Conclusione delle procedure di reclutamento previste dal piano triennale dei fabbisogni, con particolare "
         "riguardo ai profili tecnici destinati agli uffici territoriali.", "IV – Capacità amministrativa", [
             (1 / 3, "0.00%", "Procedure concorsuali concluse sul totale di quelle programmate",
              "PROC_concl / PROC_progr x 100", "%", "62,5%", "≥ 75%", "≥ 85%", "≥ 90%", "Ufficio reclutamento"),
             (1 / 3, "0.00%", "Tempo medio di conclusione delle procedure concorsuali", "GG_proc / N_proc", "gg",
              "214 gg", "≤ 200 gg", "≤ 180 gg", "≤ 160 gg", "Ufficio reclutamento"),
             (0.3334, "0.00%", "Unità di personale assunte sul totale delle assunzioni autorizzate",
              "ASS_eff / ASS_aut x 100", "%", "58,0%", "≥ 70%", "≥ 80%", "≥ 90%", "Ufficio reclutamento")]),
        ("C2-02", "Ridurre i tempi di pagamento delle transazioni commerciali",
         "Riduzione del ritardo nei pagamenti delle fatture commerciali attraverso la dematerializzazione del ciclo "
         "passivo e il monitoraggio mensile delle scadenze.", "IV – Capacità amministrativa", [
             (1.0, "0%", "Indicatore annuale di tempestività dei pagamenti", "GG_rit_pond / IMP_pag", "gg", "4,6",
              "≤ 0", "≤ 0", "≤ 0", "Piattaforma dei crediti commerciali")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="404040")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Liberation Sans"
    f8 = F(name=base, size=8.5)
    lab = F(name=base, size=8, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths = [14, 27, 17, 11, 9, 9, 9, 15]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    xl_put(ws, 1, 1, ORG.upper(), font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Direttiva generale per l'azione amministrativa e la gestione 2026 – Schede degli obiettivi "
                     "specifici 2026-2028", font=F(name=base, size=9.5), wrap=False)
    xl_put(ws, 3, 1, "1°ANNO = 2026, 2°ANNO = 2027, 3°ANNO = 2028. Il valore di partenza è il dato consuntivo 2025.",
           font=F(name=base, size=8, italic=True), wrap=False)
    r = 5
    nodes, inds = [], []
    breaks = []
    labfill, hfill = "D9D9D9", "BDD7EE"
    for k, (cdr, tit, objs) in enumerate(CDRS):
        if k:
            breaks.append(r - 1)
        for code, title, desc, prio, its in objs:
            # form rows
            top = r
            xl_put(ws, r, 1, "DENOMINAZIONE CDR", font=lab, fill=labfill, valign="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=1)
            xl_put(ws, r, 2, cdr, font=f8)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            xl_put(ws, r, 4, "TITOLARE DEL CDR", font=lab, fill=labfill, valign="center")
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
            xl_put(ws, r, 6, tit, font=f8)
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
            r += 1
            xl_put(ws, r, 1, "CODICE OBIETTIVO", font=lab, fill=labfill, valign="center")
            xl_put(ws, r, 2, code, font=F(name=base, size=9, bold=True))
            xl_put(ws, r, 3, "PRIORITÀ POLITICA", font=lab, fill=labfill, valign="center")
            xl_put(ws, r, 4, prio, font=f8)
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
            r += 1
            xl_put(ws, r, 1, "DENOMINAZIONE OBIETTIVO", font=lab, fill=labfill, valign="center")
            xl_put(ws, r, 2, title, font=F(name=base, size=9, bold=True))
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
            xl_put(ws, r, 1, "DESCRIZIONE", font=lab, fill=labfill, valign="center")
            xl_put(ws, r, 2, desc, font=f8)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
            xl_box(ws, top, 1, r - 1, 8, grid)
            xl_fit_rows(ws, top, r - 1, pt=8.5)
            # the label column is narrow: give the label rows room for two lines
            for rr in range(top, r):
                ws.row_dimensions[rr].height = max(ws.row_dimensions[rr].height, 24)
            nodes.append(node(code, "operational", title, description=desc, owners=[tit], unit=cdr))
            # indicator table, two-row header
            h1, h2 = r, r + 1
            for c, h in ((1, "PESO"), (2, "INDICATORE"), (3, "FORMULA"), (4, "VALORE DI PARTENZA"),
                         (8, "FONTE DEL DATO")):
                xl_put(ws, h1, c, h, font=lab, fill=hfill, halign="center", valign="center")
                ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
            xl_put(ws, h1, 5, "VALORE TARGET", font=lab, fill=hfill, halign="center")
            ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=7)
            for c, h in ((5, "1°ANNO"), (6, "2°ANNO"), (7, "3°ANNO")):
                xl_put(ws, h2, c, h, font=lab, fill=hfill, halign="center")
            for rr in (h1, h2):
                for c in range(1, 9):
                    ws.cell(row=rr, column=c).fill = copy(ws.cell(row=h1, column=1).fill)
            xl_box(ws, h1, 1, h2, 8, grid)
            ws.row_dimensions[h1].height = 13
            ws.row_dimensions[h2].height = 13
            r = h2 + 1
            first = r
            for w, fmt, nm, f, unit, b, t1, t2, t3, fonte in its:
                xl_put(ws, r, 1, w, font=f8, border=grid, fmt=fmt, halign="center")
                for c, v in ((2, nm), (3, f), (4, b), (5, t1), (6, t2), (7, t3), (8, fonte)):
                    xl_put(ws, r, c, v, font=F(name="Liberation Mono", size=7.5) if c == 3 else f8, border=grid,
                           halign="center" if 4 <= c <= 7 else None)
                inds.append(ind(nm, code, unit=unit, weight=pct(w, 2 if fmt == "0.00%" else 0), formula=f,
                                variables=vars_of(f), baselines=[(BASE, b)], targets=list(zip(YEARS, (t1, t2, t3))),
                                unit_org=cdr))
                r += 1
            xl_fit_rows(ws, first, r - 1, pt=8.5)
            r += 2
    xl_put(ws, r, 1, "Le schede sono allegate alla Direttiva generale annuale e costituiscono la base per la "
                     "valutazione della performance dei titolari dei centri di responsabilità.",
           font=F(name=base, size=8, italic=True), wrap=False)
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=False, margins=0.5)
    ws.oddHeader.center.text = "Schede degli obiettivi specifici 2026-2028"
    ws.oddHeader.center.size = 7
    ws.oddFooter.center.text = "&P"
    d = case_dir(NAME)
    tmp = tempfile.mkdtemp(prefix="h7form-")
    try:
        src = os.path.join(tmp, "schede_obiettivo.xlsx")
        xl_save(wb, src)
        lo_pdf(src, os.path.join(d, "input.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme(d, NAME, "Family: **form**", LO.format(script="h7_form.py"), """
Portrait A4, Liberation Sans 8.5 pt, ruled grid, printed by LibreOffice on two pages (one per centre of
responsibility: a manual break before the second CdR). Title (the ministry in capitals), `Direttiva generale … –
Schede degli obiettivi specifici 2026-2028` and an italic line mapping `1°ANNO = 2026 …` and saying the starting value
is the 2025 figure; header `Schede degli obiettivi specifici 2026-2028`, page number at the foot. ONE SCHEDA PER
OBJECTIVE, the CdR form repeated in each: row 1 puts the two CdR labels SIDE BY SIDE: `DENOMINAZIONE CDR | <cdr> |
TITOLARE DEL CDR | <titolare>`; row 2 `CODICE OBIETTIVO | C1-01 | PRIORITÀ POLITICA | I – …`; row 3 `DENOMINAZIONE
OBIETTIVO | <title>` (code and title in separate labelled cells); row 4 `DESCRIZIONE | <paragraph>`; labels shaded
grey. Then the indicator table with a TWO-ROW header: `PESO | INDICATORE | FORMULA | VALORE DI PARTENZA | VALORE
TARGET (1°ANNO | 2°ANNO | 3°ANNO) | FONTE DEL DATO` (blue), `VALORE TARGET` merged over the three year columns.
Weights are number cells in percent (`50%`; the thirds of C2-01 with `0.00%`: `33,33%` + `33,33%` + `33,34%`);
formulas over measure codes in Liberation Mono. No GRADO column (a plan). Truth: objectives level `operational`,
`unit` = the CdR, owners = [the titolare], description = the DESCRIZIONE text, parent null; indicators with
`unit_org` = the CdR, baseline 2025 and targets 2026-2028.
""", [
        "DENOMINAZIONE CDR and TITOLARE DEL CDR on ONE row, side by side",
        "code and title in separate labelled rows (`CODICE OBIETTIVO`, `DENOMINAZIONE OBIETTIVO`), plus "
        "`PRIORITÀ POLITICA` and `DESCRIZIONE`",
        "two-row indicator header with a merged `VALORE TARGET` band over `1°ANNO | 2°ANNO | 3°ANNO`",
        "`VALORE DI PARTENZA` before the targets and `FONTE DEL DATO` last",
        "weights as percentage number cells, thirds with two decimals",
        "one CdR per page with two objectives each",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
