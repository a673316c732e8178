#!/usr/bin/python3
"""h13-bands-lo-1: an emergency-medical-services agency's budget objectives 2026 with GRADED TARGET BANDS, written as
a workbook and printed by LibreOffice. Landscape, DejaVu Sans; each band is its OWN ROW (`Fascia di risultato 2026`
| `Punteggio`) under its indicator, the indicator code, name, weight and `Valore storico 2025` MERGED DOWN over its
band rows, the objective and its weight merged down over all its rows; thin horizontal rules inside an indicator,
heavier between indicators. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_page, xl_put)

SCRIPT = "h13_bands.py"
NAME = "h13-bands-lo-1"
ORG = "Azienda Regionale Emergenza Sanitaria 118 Valle del Tesino"
YEAR = 2026

# objective (code, title, weight) -> indicator (code, name, weight, unit, storico, [(band, score)])
OBJ = [
    ("OB.A", "Tempestività del soccorso sanitario territoriale", "50 punti", [
        ("A.1", "Intervallo allarme-target mediano in area urbana", "60%", "min", "9 min",
         [("≤ 8 min", "100%"), ("9-10 min", "70%"), ("11-12 min", "40%"), ("> 12 min", "0%")]),
        ("A.2", "Chiamate al numero 118 con risposta entro 15 secondi", "40%", "%", "91,8%",
         [(">= 95%", "100%"), ("90% - 94,9%", "60%"), ("< 90%", "0%")])]),
    ("OB.B", "Appropriatezza e qualità dell'assistenza in emergenza", "30 punti", [
        ("B.1", "Pazienti con infarto STEMI trasportati direttamente al centro hub", "50%", "%", "78%",
         [("≥ 85%", "100%"), ("80-84%", "75%"), ("75-79%", "50%"), ("< 75%", "0%")]),
        ("B.2", "Schede di soccorso compilate in modo completo nel sistema informativo", "50%", "%", "88,5%",
         [("≥ 95%", "100%"), ("90-94%", "50%"), ("< 90%", "0%")])]),
    ("OB.C", "Efficienza nella gestione del parco mezzi", "20 punti", [
        ("C.1", "Tempo medio di fermo tecnico delle ambulanze per manutenzione", "100%", "gg", "3,6 gg",
         [("≤ 3 gg", "100%"), ("3,1-4 gg", "60%"), ("> 4 gg", "0%")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    F = "DejaVu Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi di budget 2026"
    widths(ws, [30, 8, 6, 40, 9, 13, 18, 11])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Scheda di budget 2026 – obiettivi, indicatori e fasce di valutazione del risultato",
           font=font(F, 9.5), wrap=False)
    hair = Side(style="hair", color="808080")
    med = Side(style="medium", color="000000")
    HR = 4
    heads = ["Obiettivo", "Punti", "Cod.", "Indicatore", "Peso ind.", "Valore storico 2025",
             "Fascia di risultato 2026", "Punteggio"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 8.5, bold=True), halign="center", valign="center", fill="FBE5D6",
               border=Border(top=med, bottom=med))
    ws.row_dimensions[HR].height = 26
    r = HR + 1
    nodes, inds = [], []
    f8 = font(F, 8.5)
    for ocode, otitle, ow, ilist in OBJ:
        o0 = r
        for icode, iname, iw, unit, hist, bands in ilist:
            i0 = r
            for k, (band, score) in enumerate(bands):
                last = k == len(bands) - 1
                b = Border(bottom=med if last else hair)
                xl_put(ws, r, 7, band, font=f8, halign="center", border=b)
                xl_put(ws, r, 8, score, font=f8, halign="center", border=b)
                for c in range(3, 7):
                    xl_put(ws, r, c, None, border=Border(bottom=med) if last else None)
                ws.row_dimensions[r].height = 14
                r += 1
            xl_put(ws, i0, 3, icode, font=f8, halign="center", border=Border(bottom=med))
            xl_put(ws, i0, 4, iname, font=f8, border=Border(bottom=med))
            xl_put(ws, i0, 5, iw, font=f8, halign="center", border=Border(bottom=med))
            xl_put(ws, i0, 6, hist, font=f8, halign="center", border=Border(bottom=med))
            for c in range(3, 7):
                ws.merge_cells(start_row=i0, start_column=c, end_row=r - 1, end_column=c)
            raw = " ".join(f"{b} {s}" for b, s in bands)
            inds.append(ind(iname, ocode, code=icode, unit=unit, weight=iw, baselines=[(2025, hist)],
                            targets=[(YEAR, raw)]))
        xl_put(ws, o0, 1, f"{ocode} – {otitle}", font=font(F, 8.5, bold=True), border=Border(bottom=med))
        xl_put(ws, o0, 2, ow, font=font(F, 8.5, bold=True), halign="center", border=Border(bottom=med))
        for c in (1, 2):
            for rr in range(o0, r):
                ws.cell(row=rr, column=c).border = Border(bottom=med if rr == r - 1 else None)
            ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
        nodes.append(node(ocode, "operational", otitle, weight=ow))
    xl_put(ws, r + 1, 1, "Il punteggio dell'indicatore è quello della fascia in cui cade il valore rilevato al 31/12/2026; "
           "il punteggio dell'obiettivo è la media dei punteggi ponderata con i pesi degli indicatori.",
           font=font(F, 7.5, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="budget")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    genre_readme(d, NAME, "graded target bands (family)", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8.5 pt, no vertical rules: heavy rules around the header and under each indicator, hair
rules between the bands of one indicator. Header `Obiettivo | Punti | Cod. | Indicatore | Peso ind. | Valore storico
2025 | Fascia di risultato 2026 | Punteggio`. Each band of the ladder is its OWN ROW (band value | score); the
indicator's code, name, weight and 2025 value are merged DOWN over its band rows; the objective (`OB.A – title`)
and its weight in points (`50 punti`, 30, 20: 100 in all) are merged down over all of its rows. Ladders of three or four bands in min, %, gg (`≤ 8 min 100%`,
`9-10 min 70%`, `90% - 94,9%`, `3,1-4 gg`, `> 4 gg 0%`). Truth: objectives `operational` (code `OB.A`, title
after the dash), indicators under them with one 2026 target whose raw is the whole ladder read band by band, each
band followed by its score, joined with single spaces (`≤ 8 min 100% 9-10 min 70% 11-12 min 40% > 12 min 0%`);
baseline 2025.
""", ["bands as sub-rows under a merged indicator", "objective weights in points (`50 punti`), indicator weights in %", "scores as percentages in their own column",
      "horizontal rules only (hair inside, heavy between indicators)", "`Valore storico 2025` baseline"], [])
    return NAME


if __name__ == "__main__":
    print(build())
