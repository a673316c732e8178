#!/usr/bin/python3
"""h21-bands-ods-1: graded target bands of a provincial automobile club, openpyxl workbook converted to .ods and
kept. Clean.

Two sheets. `Obiettivi 2026`: `Cod. | Obiettivo | Peso | Indicatore | U.M. | Valore 2025 | Scala di valutazione`,
objective code/title/weight merged down (`0%` cells); the indicator row does NOT print its ladder, only a SCALE ID
(`S1`…). `Scale di valutazione`: one block per scale (`Scala` and `Ambito` merged down, then `Fascia di risultato |
Punteggio` rows, scores as `0%` number cells). One scale (S1) serves two indicators. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (ODS, case_dir21, disp, doc, font, ind, node, ods_of, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

NAME = "h21-bands-ods-1"
ORG = "Automobile Club Potenza"
YEAR = 2026

SCALES = {
    "S1": ("Tempi di lavorazione (giorni)", [("≤ 28 gg", 1), ("≤ 30 gg", 0.75), ("≤ 32 gg", 0.5), ("> 32 gg", 0)]),
    "S2": ("Tasso di riscossione", [("≥ 90%", 1), ("88-89,9%", 0.75), ("85-87,9%", 0.5), ("< 85%", 0)]),
    "S3": ("Volumi di attività (numero)", [("≥ 1.400", 1), ("1.250-1.399", 0.7), ("1.150-1.249", 0.4),
                                           ("< 1.150", 0)]),
    "S4": ("Giudizio qualitativo", [("Ottimo", 1), ("Buono", 0.8), ("Sufficiente", 0.5), ("Insufficiente", 0)]),
}
# code, title, weight, [(indicator, unit shown, unit truth, base, scale)]
OBJS = [
    ("OB1", "Ridurre i tempi di lavorazione delle pratiche automobilistiche", 0.40, [
        ("Tempo medio di rilascio del certificato di proprietà digitale", "giorni", "gg", "31 gg", "S1"),
        ("Tempo medio di evasione delle istanze di radiazione", "giorni", "gg", "29 gg", "S1")]),
    ("OB2", "Incrementare la riscossione delle tasse automobilistiche", 0.35, [
        ("Tasse automobilistiche riscosse sul dovuto", "%", "%", "86,5%", "S2")]),
    ("OB3", "Sviluppare l'educazione stradale nelle scuole", 0.25, [
        ("Studenti coinvolti nei corsi di educazione stradale", "numero", "N.", "1.150", "S3"),
        ("Giudizio dei docenti sui corsi (questionario)", "giudizio", "text", "Buono", "S4")]),
]


def ladder(sid):
    return " ".join(f"{band} {disp(score, '0%')}" for band, score in SCALES[sid][1])


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    d = case_dir21(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [6, 34, 7, 40, 9, 11, 11])
    f = lambda **k: font("DejaVu Sans", k.pop("size", 8.5), **k)  # noqa: E731
    xl_put(ws, 1, 1, ORG + " – Piano della performance 2026-2028", font=f(size=11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi di performance organizzativa 2026 e criteri di valutazione (le scale sono nel "
           "foglio \"Scale di valutazione\")", font=f(size=8.5, italic=True), wrap=False)
    head = ["Cod.", "Obiettivo", "Peso", "Indicatore", "U.M.", "Valore 2025", "Scala di valutazione"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=f(bold=True), fill="F3D9A4", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for code, title, w, kpis in OBJS:
        first = r
        nodes.append(node(code, "operational", title, None, disp(w, "0%")))
        for name, ushow, utruth, base, sid in kpis:
            xl_put(ws, r, 4, name, font=f(), border=grid)
            xl_put(ws, r, 5, ushow, font=f(), border=grid, halign="center")
            xl_put(ws, r, 6, base, font=f(), border=grid, halign="center")
            xl_put(ws, r, 7, sid, font=f(bold=True), border=grid, halign="center")
            inds.append(ind(name, code, unit=utruth, baselines=[(2025, base)], targets=[(YEAR, ladder(sid))]))
            r += 1
        xl_put(ws, first, 1, code, font=f(bold=True), border=grid, halign="center")
        xl_put(ws, first, 2, title, font=f(bold=True), border=grid)
        xl_put(ws, first, 3, w, font=f(bold=True), border=grid, halign="center", fmt="0%")
        if r - 1 > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        xl_box(ws, first, 1, r - 1, 7, grid)
    xl_put(ws, r, 2, "Totale pesi", font=f(italic=True), border=grid)
    xl_put(ws, r, 3, sum(o[2] for o in OBJS), font=f(italic=True), border=grid, halign="center", fmt="0%")
    xl_fit_rows(ws, 5, r, pt=8.5)
    xl_page(ws, landscape=False, margins=0.6)
    ws2 = wb.create_sheet("Scale di valutazione")
    widths(ws2, [7, 26, 16, 11])
    xl_put(ws2, 1, 1, "Scale di valutazione del grado di raggiungimento – anno 2026", font=f(size=10, bold=True),
           wrap=False)
    for c, h in enumerate(["Scala", "Ambito", "Fascia di risultato", "Punteggio"], 1):
        xl_put(ws2, 3, c, h, font=f(bold=True), fill="F3D9A4", border=grid, halign="center")
    r2 = 4
    for sid, (scope, bands) in SCALES.items():
        first = r2
        for band, score in bands:
            xl_put(ws2, r2, 3, band, font=f(), border=grid, halign="center")
            xl_put(ws2, r2, 4, score, font=f(), border=grid, halign="center", fmt="0%")
            r2 += 1
        xl_put(ws2, first, 1, sid, font=f(bold=True), border=grid, halign="center")
        xl_put(ws2, first, 2, scope, font=f(), border=grid)
        ws2.merge_cells(start_row=first, start_column=1, end_row=r2 - 1, end_column=1)
        ws2.merge_cells(start_row=first, start_column=2, end_row=r2 - 1, end_column=2)
        xl_box(ws2, first, 1, r2 - 1, 4, grid)
    xl_put(ws2, r2 + 1, 1, "Il punteggio della fascia raggiunta misura il grado di raggiungimento dell'indicatore; "
           "l'obiettivo pesa secondo la colonna Peso del foglio Obiettivi 2026.", font=f(size=7.5, italic=True),
           wrap=False)
    xl_page(ws2, landscape=False, margins=0.6)
    ods_of(wb, os.path.join(d, "input.ods"), stem="aci_potenza")
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds)
    readme13(
        d, NAME, "graded target bands (unknown)", ODS.format(script="h21_bands.py"),
        "Sheet `Obiettivi 2026`: two title lines, header `Cod. | Obiettivo | Peso | Indicatore | U.M. | Valore 2025 "
        "| Scala di valutazione` (amber fill, full grid), objective code/title/weight merged down over its "
        "indicators, weights as `0%` cells, a `Totale pesi` row; each indicator names only a SCALE ID (`S1`…`S4`). "
        "Sheet `Scale di valutazione`: `Scala | Ambito | Fascia di risultato | Punteggio`, one block of four band "
        "rows per scale, scale and scope merged down, scores as `0%` cells. Truth: objectives `operational` with "
        "weight as displayed; each indicator's 2026 target = ITS scale's ladder read row by row, band then score, "
        "joined by single spaces (`≤ 28 gg 100% ≤ 30 gg 75% ≤ 32 gg 50% > 32 gg 0%`); `Valore 2025` = baseline "
        "2025; units `giorni` → `gg`, `numero` → `N.`, `giudizio` → `text`.",
        ["the ladder is NOT on the indicator row: a scale ID points to a second sheet",
         "one scale shared by two indicators", "scores as `0%` number cells, bands as text",
         "an ordinal scale (`Ottimo`/`Buono`/`Sufficiente`/`Insufficiente`)",
         "a `Totale pesi` row under the objectives"],
        ["weights 40% + 35% + 25% = 100%; indicators carry no weight",
         "the scores 100% / 75% / 50% / 0% are band scores, not weights, and need not sum to 100",
         "S1 bands `≤ 28 gg` … `> 32 gg`: lower is better; both baselines (31 gg, 29 gg) are above the full-score "
         "band",
         "the two OB1 indicators share scale S1: the same ladder twice is not a conflict",
         "ranges `88-89,9%`, `1.250-1.399` are bands, not targets of their own",
         "baseline `Buono` on the ordinal scale: qualitative, no comparison due"],
        [])


if __name__ == "__main__":
    build()
