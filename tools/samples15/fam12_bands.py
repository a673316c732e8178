#!/usr/bin/python3
"""fam12-bands-lo-1: graded target bands of a regional environmental agency's plan 2026, a workbook printed to PDF by
LibreOffice. Landscape, DejaVu Sans 8 pt. Objectives are BAND rows (code, title, weight in the shared `Peso` column);
each indicator's ladder is ONE multi-line cell with the SCORE FIRST and the band in words (`100% – fino a 28 gg` /
`75% – da 29 a 30 gg` / `50% – da 31 a 32 gg` / `0% – oltre 32 gg`); ladders in days, percentages, hours, euro and
dates; one indicator with a plain `≥ 95%` target among the ladders. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (LO_XLSX, case_dir, doc, font, ind, lo_pdf_of, node, readme13, widths, write_truth,  # noqa: E402
                      xl_fit_rows, xl_put, xl_styles)

SCRIPT = "fam12_bands.py"
NAME = "fam12-bands-lo-1"
ORG = "Agenzia Regionale per la Protezione Ambientale della Lucania Interna"
YEAR = 2026

# objective (code, title, weight, [indicator (code, name, unit, weight, baseline, [ladder lines] or target, owner)])
OBJS = [
    ("OB.A1", "Garantire la tempestività dei pareri e dei controlli ambientali", "40%", [
        ("A1.1", "Tempo medio di rilascio dei pareri per le autorizzazioni uniche ambientali", "gg", "50%", "31 gg",
         ["100% – fino a 28 gg", "75% – da 29 a 30 gg", "50% – da 31 a 32 gg", "0% – oltre 32 gg"],
         "Servizio Autorizzazioni"),
        ("A1.2", "Ispezioni sugli impianti AIA effettuate sul totale programmato", "%", "50%", "93%", "≥ 95%",
         "Servizio Controlli")]),
    ("OB.A2", "Assicurare la qualità e la tempestività dei dati ambientali", "35%", [
        ("A2.1", "Campioni di acque superficiali analizzati entro i termini di legge", "%", "40%", "88,5%",
         ["100% – da 95% in su", "70% – da 90% a 94,9%", "40% – da 85% a 89,9%", "0% – sotto 85%"],
         "Laboratorio regionale"),
        ("A2.2", "Tempo di pubblicazione dei dati validati di qualità dell'aria", "ore", "30%", "36 ore",
         ["100% – entro 24 ore", "50% – entro 48 ore", "0% – oltre 48 ore"], "Servizio Aria"),
        ("A2.3", "Pubblicazione della relazione annuale sullo stato dell'ambiente", "date", "30%", "15/07/2025",
         ["100% – entro il 30/06/2026", "50% – entro il 31/07/2026", "0% – dopo il 31/07/2026"],
         "Servizio Comunicazione")]),
    ("OB.A3", "Migliorare il rapporto con i cittadini e l'efficienza dei laboratori", "25%", [
        ("A3.1", "Segnalazioni dei cittadini evase entro 30 giorni", "%", "50%", "84%",
         ["100% – almeno 90%", "60% – da 80% a 89%", "0% – meno di 80%"], "Ufficio Relazioni con il Pubblico"),
        ("A3.2", "Costo medio per analisi di laboratorio", "EUR", "50%", "43,80 €",
         ["100% – fino a 42,00 €", "80% – da 42,01 a 45,00 €", "0% – oltre 45,00 €"], "Laboratorio regionale")]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    FN = "DejaVu Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Fasce 2026"
    widths(ws, [9, 52, 8, 12, 30, 26])
    xl_put(ws, 1, 1, ORG, font=font(FN, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026 – indicatori con fasce di valutazione del risultato",
           font=font(FN, 9), wrap=False)
    heads = ["Cod.", "Obiettivo / Indicatore", "Peso", "Valore 2025", "Fasce di valutazione 2026\n(punteggio – "
             "valore consuntivo)", "Struttura responsabile"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, 4, c, h, font=font(FN, 8, bold=True), fill="DCE6D0", border=grid, halign="center",
               valign="center")
    ws.row_dimensions[4].height = 26
    r = 5
    nodes, inds = [], []
    for ocode, otitle, ow, ilist in OBJS:
        bf = font(FN, 8, bold=True)
        for c, v in enumerate([ocode, otitle, ow, None, None, None], 1):
            xl_put(ws, r, c, v, font=bf, fill="EEF3E8", border=grid, halign="center" if c == 3 else None)
        nodes.append(node(ocode, "operational", otitle, weight=ow))
        r += 1
        for icode, name, unit, w, base, tg, owner in ilist:
            cell = "\n".join(tg) if isinstance(tg, list) else tg
            for c, v in enumerate([icode, name, w, base, cell, owner], 1):
                xl_put(ws, r, c, v, font=font(FN, 8), border=grid, halign="center" if c in (3, 4) else None)
            raw = " ".join(tg) if isinstance(tg, list) else tg
            inds.append(ind(name, ocode, code=icode, unit=unit, weight=w, baselines=[(2025, base)],
                            targets=[(YEAR, raw)], owners=[owner]))
            r += 1
    xl_fit_rows(ws, 5, r - 1, pt=8, line=1.35)
    xl_put(ws, r + 1, 1, "Il punteggio della fascia in cui cade il valore consuntivo 2026 è il grado di "
           "raggiungimento dell'indicatore; il peso degli indicatori è riferito all'obiettivo.",
           font=font(FN, 7, italic=True), wrap=False)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "graded target bands", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8 pt, full grid, green header. Title and subtitle, then one table `Cod. | Obiettivo /
Indicatore | Peso | Valore 2025 | Fasce di valutazione 2026 (punteggio – valore consuntivo) | Struttura
responsabile`. Objectives are shaded BAND ROWS (`OB.A1`, title, weight `40%` in the shared `Peso` column);
indicators are ordinary rows (`A1.1`, name, weight within the objective, 2025 value, ladder, structure). Each ladder
is ONE multi-line cell with the SCORE FIRST and the band in words, one band per line (`100% – fino a 28 gg` / `75% –
da 29 a 30 gg` / `50% – da 31 a 32 gg` / `0% – oltre 32 gg`); ladders of four or three bands in days, percentages
(`100% – da 95% in su` / `70% – da 90% a 94,9%` …), hours, euro and dates (`100% – entro il 30/06/2026` …). One
indicator has a plain target `≥ 95%` in the same column. A note says the band's score is the indicator's grade.
Truth: objectives `operational` with weight; indicators with code, weight, owners = [Struttura], baseline 2025 and
ONE 2026 target whose raw is the whole ladder cell with its lines joined by single spaces (`100% – fino a 28 gg 75%
– da 29 a 30 gg …`).
""", ["ladder in one cell, SCORE FIRST, bands in words (`fino a`, `da … a`, `oltre`, `entro il`)",
      "ladders of 3 and 4 bands; units gg / % / ore / € / dates", "a plain `≥ 95%` target among ladders",
      "objective band rows sharing the `Peso` column with indicators", "landscape DejaVu Sans"],
     ["the scores `100% / 75% / 50% / 0%` of a ladder are not weights and do not have to sum to 100",
      "objective weights 40+35+25 and indicator weights 50+50, 40+30+30, 50+50 = 100% within their group",
      "a ladder's first figure is a score: `100% – fino a 28 gg` is not a target of 100%, so it is not easier than "
      "the 31 gg baseline", "`0% – oltre 32 gg` is a band, not a zero target",
      "a 2025 value worse than the top band (31 gg) is normal for an improvement target"], [])
    return NAME


if __name__ == "__main__":
    print(build())
