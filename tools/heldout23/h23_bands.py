#!/usr/bin/python3
"""h23-bands-lo-1: graded target bands (family) of a regional right-to-study body (ERSU) 2025, a workbook printed by
LibreOffice. The ladder is one multi-line cell listing the bands WORST FIRST (ascending score), each `band = score`
with the band in words (`oltre 32 gg = 0%`, `da 31 a 32 gg = 50%`, …, `fino a 28 gg = 100%`); objective band rows
with their weight in the `Peso` column; one plain `= 100%` target among the ladders. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (LO_XLSX, case_dir23, doc, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h23_bands.py"
NAME = "h23-bands-lo-1"
ORG = "Ente Regionale per il Diritto allo Studio Universitario della Sicilia Sud-Orientale (ERSU)"
YEAR = 2025

# code, title, weight, [(indicator, weight, unit, baseline 2024, ladder lines)]
OBJ = [
    ("OB.1", "Garantire tempi certi nell'erogazione dei benefici economici", "40%", [
        ("Tempo medio di pagamento della prima rata della borsa di studio", "60%", "gg", "31 gg",
         ["oltre 32 gg = 0%", "da 31 a 32 gg = 50%", "da 29 a 30 gg = 75%", "fino a 28 gg = 100%"]),
        ("Borse di studio erogate agli studenti idonei", "40%", "%", "96,5%",
         ["meno del 95% = 0%", "dal 95% al 96,9% = 50%", "dal 97% al 98,9% = 75%", "dal 99% = 100%"])]),
    ("OB.2", "Migliorare la qualità dei servizi abitativi e di ristorazione", "35%", [
        ("Tasso di occupazione dei posti letto nelle residenze universitarie", "50%", "%", "88%",
         ["meno dell'85% = 0%", "dall'85% all'89% = 50%", "dal 90% al 93% = 75%", "oltre il 93% = 100%"]),
        ("Tempo medio di attesa alla cassa delle mense nelle ore di punta", "50%", "min", "14 min",
         ["oltre 15 min = 0%", "da 13 a 15 min = 50%", "da 11 a 12 min = 75%", "fino a 10 min = 100%"])]),
    ("OB.3", "Semplificare il rapporto con gli studenti", "25%", [
        ("Rimborsi della tassa regionale disposti entro 30 giorni dalla richiesta", "33,33%", "%", "72%",
         ["meno del 70% = 0%", "dal 70% al 79% = 50%", "dall'80% all'89% = 75%", "dal 90% = 100%"]),
        ("Tempo medio di risposta ai reclami degli studenti", "33,33%", "gg", "12 gg",
         ["oltre 15 gg = 0%", "da 11 a 15 gg = 50%", "da 8 a 10 gg = 75%", "fino a 7 gg = 100%"]),
        ("Domande di beneficio presentate esclusivamente online", "33,34%", "%", "100%", ["= 100%"])]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Scale 2025"
    FN = "Liberation Serif"
    xl_put(ws, 1, 1, ORG, font=font(FN, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano integrato di attività e organizzazione 2025 – Obiettivi di performance e scale di "
           "valutazione", font=font(FN, 10), wrap=False)
    head = ["Obiettivo / Indicatore", "Peso", "U.M.", "Valore 2024", "Scala di valutazione 2025\n(fascia = punteggio)"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(FN, 9.5, bold=True), fill="C9DAF8", border=st["grid"], halign="center",
               valign="center")
    ws.row_dimensions[4].height = 28
    widths(ws, [58, 9, 7, 12, 30])
    r = 5
    nodes, inds = [], []
    for code, title, w, ilist in OBJ:
        xl_put(ws, r, 1, f"{code} – {title}", font=font(FN, 9.5, bold=True), fill="EAF1FB", border=st["grid"])
        xl_put(ws, r, 2, w, font=font(FN, 9.5, bold=True), fill="EAF1FB", border=st["grid"], halign="center")
        for c in (3, 4, 5):
            xl_put(ws, r, c, None, fill="EAF1FB", border=st["grid"])
        nodes.append(node(code, "operational", title, weight=w))
        r += 1
        for iname, iw, um, base, lad in ilist:
            vals = [iname, iw, um, base, "\n".join(lad)]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(FN, 9.5), border=st["grid"], indent=1 if c == 1 else 0,
                       halign="center" if c in (2, 3, 4) else None)
            inds.append(ind(iname, code, unit=um, weight=iw, baselines=[(2024, base)],
                            targets=[(YEAR, " ".join(lad))]))
            r += 1
    xl_box(ws, 5, 1, r - 1, 5, st["grid"])
    xl_fit_rows(ws, 5, r - 1, pt=9.5)
    xl_put(ws, r + 1, 1, "Il punteggio della fascia raggiunta è il grado di conseguimento dell'indicatore; le fasce "
           "sono elencate dalla peggiore alla migliore.", font=font(FN, 8.5, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows="4:4")
    d = case_dir23(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "graded target bands (family; kind `unknown`)", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Serif 9.5 pt, full grid, printed by LibreOffice from one sheet. Title and subtitle, header
`Obiettivo / Indicatore | Peso | U.M. | Valore 2024 | Scala di valutazione 2025 (fascia = punteggio)`. Objectives are
light-blue band rows `OB.1 – title` with their weight (`40%`) in the `Peso` column; indicator rows follow, indented,
with their own weight. The ladder is ONE multi-line cell listing the bands WORST FIRST: `oltre 32 gg = 0%` /
`da 31 a 32 gg = 50%` / `da 29 a 30 gg = 75%` / `fino a 28 gg = 100%`; bands in words (`meno del`, `dal … al`,
`oltre il`, `fino a`), `=` between band and score. One indicator has a plain `= 100%` target. A closing note says
the bands are listed from worst to best.
Truth: objectives `operational` with weight; indicators with weight, unit (`gg`, `%`, `min`), baseline 2024, and
the 2025 target raw = the whole ladder cell, lines joined by single spaces, in printed order.
""", ["ladder WORST FIRST (ascending score), not best first", "`=` between band and score",
      "bands in words (`oltre`, `da … a`, `fino a`, `meno del`, `dal … al`)", "objective weight in the Peso column "
      "of its band row", "a plain target among the ladders"],
     ["band scores `0% / 50% / 75% / 100%` are not weights and do not sum to 100",
      "the first band printed is the WORST one: `oltre 32 gg` is not the target", "lower-is-better ladders (days, "
      "minutes) whose 100% band lies below the baseline", "indicator weights of OB.3 are thirds 33,33% + 33,33% + "
      "33,34%", "`= 100%` with a 100% baseline: maintenance"], [])
    return NAME


if __name__ == "__main__":
    print(build())
