#!/usr/bin/python3
"""fam10-bands-lo-1: a health trust's objectives 2026 scored on GRADED TARGET BANDS, written as a workbook and printed
by LibreOffice. The ladder sits in TWO PARALLEL MULTI-LINE CELLS on the indicator's row: `Valori soglia 2026` (one band
per line) and `Punteggio` (one score per line, aligned); objectives as band rows with their weight; `Dato 2024`
baselines; bands in gg / % / min / €, one ladder printed without operators (`15 gg`, `17gg`, `19gg`, `19 gg`) as
planning offices do. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, doc, font, ind, lo_pdf_of, node, readme13, widths, write_truth,  # noqa: E402
                      xl_page, xl_put, xl_styles)

SCRIPT = "fam10_bands.py"
ORG = "Azienda Socio-Sanitaria Territoriale del Lago"
YEAR = 2026

# objective (code, title, weight) -> indicator (name, unit, weight, Dato 2024, [(band, score)])
OBJS = [
    ("A.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", "40%", [
        ("Tempo di attesa per la prima visita cardiologica (classe D)", "gg", "50%", "31 gg",
         [("≤ 28 gg", "100%"), ("29-30 gg", "75%"), ("31-32 gg", "50%"), ("> 32 gg", "0%")]),
        ("Prestazioni di classe B erogate entro 10 giorni", "%", "50%", "84%",
         [("≥ 90%", "100%"), ("85-89,9%", "70%"), ("80-84,9%", "40%"), ("< 80%", "0%")])]),
    ("A.2", "Migliorare la presa in carico nel Pronto soccorso", "35%", [
        ("Accessi con permanenza in Pronto soccorso oltre 8 ore", "%", "33,33%", "6,1%",
         [("≤ 4%", "100%"), ("4,1-5%", "60%"), ("> 5%", "0%")]),
        ("Pazienti che abbandonano il Pronto soccorso prima della visita", "%", "33,33%", "3,2%",
         [("≤ 2,5%", "100%"), ("2,6-3%", "50%"), ("> 3%", "0%")]),
        ("Tempo mediano door-to-needle nell'ictus ischemico", "min", "33,34%", "62 min",
         [("≤ 60 min", "100%"), ("61-70 min", "50%"), ("> 70 min", "0%")])]),
    ("A.3", "Contenere la spesa e i tempi dei servizi diagnostici", "25%", [
        ("Spesa per farmaci ad alto costo per paziente trattato", "EUR", "60%", "€ 1.840",
         [("≤ € 1.800", "100%"), ("€ 1.801-1.900", "50%"), ("> € 1.900", "0%")]),
        ("Tempo medio di refertazione degli esami istologici", "gg", "40%", "19 gg",
         [("15 gg", "100%"), ("17gg", "75%"), ("19gg", "50%"), ("19 gg", "0%")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "fam10-bands-lo-1"
    F = "Liberation Sans Narrow"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [7, 62, 9, 11, 16, 10])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi di budget 2026 – Allegato 3: indicatori e fasce di valutazione",
           font=font(F, 10), wrap=False)
    heads = ["Cod.", "Obiettivo / Indicatore", "Peso", "Dato 2024", "Valori soglia 2026", "Punteggio"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9.5, bold=True), fill="D5E3D0", border=grid, halign="center",
               valign="center")
    r = HR + 1
    nodes, inds = [], []
    for ocode, otitle, ow, ilist in OBJS:
        xl_put(ws, r, 1, ocode, font=font(F, 9.5, bold=True), fill="EEF4EC", border=grid)
        xl_put(ws, r, 2, otitle, font=font(F, 9.5, bold=True), fill="EEF4EC", border=grid)
        xl_put(ws, r, 3, ow, font=font(F, 9.5, bold=True), fill="EEF4EC", border=grid, halign="center")
        for c in (4, 5, 6):
            xl_put(ws, r, c, None, fill="EEF4EC", border=grid)
        ws.row_dimensions[r].height = 15
        nodes.append(node(ocode, "operational", otitle, weight=ow))
        r += 1
        for iname, unit, iw, base, ladder in ilist:
            xl_put(ws, r, 1, None, border=grid)
            xl_put(ws, r, 2, iname, font=font(F, 9.5), border=grid, indent=1)
            xl_put(ws, r, 3, iw, font=font(F, 9.5), border=grid, halign="center")
            xl_put(ws, r, 4, base, font=font(F, 9.5), border=grid, halign="center")
            xl_put(ws, r, 5, "\n".join(b for b, _ in ladder), font=font(F, 9.5), border=grid, halign="left")
            xl_put(ws, r, 6, "\n".join(s for _, s in ladder), font=font(F, 9.5), border=grid, halign="right")
            ws.row_dimensions[r].height = 12.6 * len(ladder) + 3
            raw = " ".join(f"{b} {s}" for b, s in ladder)
            inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2024, base)], targets=[(YEAR, raw)]))
            r += 1
    thin = Side(style="thin")
    xl_put(ws, r, 2, "Totale pesi obiettivi", font=font(F, 9.5, bold=True), border=Border(top=thin, bottom=thin))
    xl_put(ws, r, 3, "100%", font=font(F, 9.5, bold=True), border=Border(top=thin, bottom=thin), halign="center")
    xl_put(ws, r + 2, 1, "Il punteggio è la quota del peso dell'indicatore riconosciuta in funzione della fascia in cui "
           "cade il valore rilevato a fine 2026. I pesi degli indicatori sono riferiti all'obiettivo.",
           font=font(F, 8.5, italic=True), wrap=False)
    xl_put(ws, r + 3, 1, "Per gli indicatori con soglie senza segno il valore indicato è il limite superiore della fascia; "
           "l'ultima riga indica il punteggio oltre tale limite.", font=font(F, 8.5, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows=f"{HR}:{HR}")
    ws.oddFooter.right.text = "pag. &P di &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="fasce")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, name, "graded target bands", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Sans Narrow 9.5 pt, full grid, green header. Two title lines (the trust; `Obiettivi di budget
2026 – Allegato 3: indicatori e fasce di valutazione`), then one table `Cod. | Obiettivo / Indicatore | Peso | Dato
2024 | Valori soglia 2026 | Punteggio`. Objectives are shaded band rows (`A.1` + title + weight); each indicator is
ONE row whose `Valori soglia 2026` cell holds the bands one per line and whose `Punteggio` cell holds the scores one
per line, aligned with them (three or four bands). A `Totale pesi obiettivi 100%` row and two italic notes (the score
is the share of the indicator's weight earned; unsigned thresholds are upper limits, the last line the score beyond).
Truth: objectives `operational` (no parent) with weight; indicators with their weight relative to the objective;
baseline 2024; the target raw is the ladder read line by line, band then score, joined with single spaces
(`≤ 28 gg 100% 29-30 gg 75% 31-32 gg 50% > 32 gg 0%`).
""", ["the ladder as two parallel multi-line cells (bands | scores) on one row",
      "bands in gg, %, min and €, ranges `29-30 gg`, `85-89,9%`, `€ 1.801-1.900`",
      "one ladder WITHOUT operators (`15 gg 100% 17gg 75% 19gg 50% 19 gg 0%`), with and without the space",
      "`Dato 2024` baseline for a 2026 plan", "portrait, narrow font, green header, footer `pag. n di N`"],
     ["the `Punteggio` percentages (100%, 75%, 50%, 0%) are scores of a band, not weights: no weight.range on `0%`, no "
      "weight.sum over them", "baselines in the lower bands (31 gg, 6,1%, 62 min): a banded target is not "
      "unambitious", "indicator thirds 33,33% + 33,33% + 33,34% under `A.2`; objective weights 40 + 35 + 25",
      "`Totale pesi obiettivi 100%` is a total row, not an objective", "the repeated `19` in `19gg 50% 19 gg 0%` "
      "(upper limit, then beyond it) is the document's convention, explained in the note"], [])
    return name


if __name__ == "__main__":
    print(build())
