#!/usr/bin/python3
"""fam5-prose-lo-1: targets in prose, one column per year, a workbook printed by LibreOffice. Content invented."""
import os
import tempfile

from openpyxl import Workbook

from common6 import (LO_PRODUCER, case_dir, doc, ind, lo_pdf, node, write_readme, write_truth, xl_fit_rows, xl_page,
                     xl_put, xl_save, xl_styles)

ORG = "Agenzia Nazionale per la Semplificazione Amministrativa"
YEARS = [2026, 2027, 2028]
BASE = 2025

AREAS = [
    ("A", "CITTADINANZA DIGITALE", [
        ("A1", "Estendere l'uso dell'identità digitale nei servizi delle amministrazioni locali", [
            ("Comuni che accettano l'accesso con identità digitale", "N.", "5.420 comuni",
             ["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
              "Copertura di tutti i comuni con più di 5.000 abitanti"]),
            ("Accessi annui con identità digitale ai servizi comunali", "N.", "48,3 milioni",
             ["Almeno 55 milioni", "Almeno 62 milioni", "Almeno 70 milioni"]),
        ]),
        ("A2", "Ridurre gli oneri burocratici a carico delle imprese", [
            ("Procedimenti semplificati inseriti nel catalogo unico", "N.", "Nessuno",
             ["Pubblicazione del catalogo unico dei procedimenti", "Semplificazione di 40 procedimenti",
              "Semplificazione di ulteriori 60 procedimenti"]),
            ("Tempo medio di conclusione dei procedimenti dello sportello unico", "gg", "38 giorni",
             ["Riduzione del 10% rispetto al 2025", "Riduzione del 20% rispetto al 2025", "Non oltre 25 giorni"]),
        ]),
    ]),
    ("B", "CAPACITÀ AMMINISTRATIVA", [
        ("B1", "Rafforzare le competenze digitali del personale delle pubbliche amministrazioni", [
            ("Dipendenti pubblici formati sulle competenze digitali di base", "N.", "112.000",
             ["+15% rispetto alla baseline", "+30% rispetto alla baseline", "+50% rispetto alla baseline"]),
            ("Amministrazioni aderenti al programma di formazione", "N.", "1.850",
             ["Mantenimento del valore di partenza", "Almeno 2.100 amministrazioni",
              "Almeno 2.400 amministrazioni"]),
            ("Gradimento medio dei corsi da parte dei partecipanti", None, "4,1 su 5",
             ["Non inferiore a 4,0 su 5", "Non inferiore a 4,2 su 5", "Non inferiore a 4,3 su 5"]),
        ]),
    ]),
]


def build():
    name = "fam5-prose-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    base = "DejaVu Serif"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi strategici"
    for col, w in zip("ABCDEF", (34, 34, 16, 24, 24, 24)):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Obiettivi strategici e risultati attesi",
           font=F(name=base, size=10), wrap=False)
    xl_put(ws, 3, 1, "I risultati attesi sono descritti per ciascun anno; la baseline è il valore di partenza "
                     "rilevato al 31.12.2025.", font=F(name=base, size=8.5, italic=True), wrap=False)
    hr = 5
    rule = B(top=S(style="medium"), bottom=S(style="thin"))
    for c, h in enumerate(("Obiettivo strategico", "Indicatore", "Valore di partenza (31.12.2025)",
                           "Risultato atteso 2026", "Risultato atteso 2027", "Risultato atteso 2028"), 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=9, bold=True), border=rule, valign="center")
    r = hr + 1
    nodes, inds = [], []
    f9 = F(name=base, size=9)
    z = 0
    for ac, at, objs in AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        xl_put(ws, r, 1, f"AREA {ac} – {at}", font=F(name=base, size=9.5, bold=True), fill="C9D7C3",
               border=B(top=S(style="thin"), bottom=S(style="thin")))
        nodes.append(node(ac, "area", at))
        r += 1
        for oc, ot, its in objs:
            nodes.append(node(oc, "strategic", ot, parent=ac))
            first = r
            for nm, unit, base_v, tg in its:
                z += 1
                fill = "F2F2EE" if z % 2 == 0 else None
                for c, v in enumerate([nm, base_v] + tg, 2):
                    xl_put(ws, r, c, v, font=f9, fill=fill, halign="center" if c == 3 else None)
                inds.append(ind(nm, oc, unit=unit, baselines=[(BASE, base_v)], targets=list(zip(YEARS, tg))))
                r += 1
            xl_put(ws, first, 1, f"{oc} – {ot}", font=F(name=base, size=9, bold=True))
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            for c in range(1, 7):
                ws.cell(row=r - 1, column=c).border = B(bottom=S(style="thin", color="606060"))
    last = r - 1
    xl_fit_rows(ws, hr, last, pt=9)
    xl_put(ws, r + 1, 1, "La baseline di riferimento dei target relativi è il valore di partenza indicato nella "
                         "terza colonna.", font=F(name=base, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}")
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 8
    tmp = tempfile.mkdtemp(prefix="s6pro-")
    src = os.path.join(tmp, "obiettivi.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, DejaVu Serif 9, no grid (a medium rule over the header, thin
lines under the header, the area bands and each objective's last row), zebra fill on alternate indicator rows.
Title (the agency), `Piano della performance 2026-2028 – Obiettivi strategici e risultati attesi`, an italic line.
One table `Obiettivo strategico | Indicatore | Valore di partenza (31.12.2025) | Risultato atteso 2026 | Risultato
atteso 2027 | Risultato atteso 2028`: the prose targets are ONE COLUMN PER YEAR (not sentences run together in one
cell), each cell a short phrase without a final stop: `Aumento del 10% rispetto alla baseline`, `+15% rispetto alla
baseline`, `Riduzione del 20% rispetto al 2025`, `Almeno 55 milioni`, `Non oltre 25 giorni`, `Non inferiore a 4,0 su
5`, `Mantenimento del valore di partenza`, `Pubblicazione del catalogo unico dei procedimenti`. Green band rows `AREA A
– CITTADINANZA DIGITALE`; the objective cell `A1 – title` (bold) is merged down over its indicator rows. Baselines
in words and numbers (`5.420 comuni`, `48,3 milioni`, `Nessuno`, `4,1 su 5`). A note under the table, page number in
the footer. Truth: areas `area` (code `A`, title after the dash), objectives `strategic` with parent the area code;
indicators without code; baseline 2025 (the year of `31.12.2025` in the header) raw = the cell; one target per year,
raw = the cell text; unit from the name/values (`N.`, `gg`, null for the 1-5 rating).
""", LO_PRODUCER.format(script="fam6_prose.py"), [
        "prose targets in one column per year (header synonym `Risultato atteso 2026`)",
        "baseline year from a date in the header `Valore di partenza (31.12.2025)`",
        "relative targets (`+15% rispetto alla baseline`, `Riduzione del 20% rispetto al 2025`) and qualitative ones",
        "area bands, objective merged down, zebra, no grid, landscape, serif",
    ], [])


if __name__ == "__main__":
    build()
