#!/usr/bin/python3
"""h21-prose-lo-1: targets in prose of a chamber of commerce, openpyxl workbook printed to PDF by LibreOffice.
Clean.

Landscape, Nimbus Sans Narrow 9 pt. Area band rows; strategic objective and `Peso` merged down; ONE prose column
`Risultati attesi nel triennio 2026-2028` where the years are named only as `primo anno` / `secondo` / `terzo`
(the title block says the triennio), in five shapes: `Primo anno: almeno 40 imprese; secondo anno: …`, `Incremento
del 5% nel primo anno, del 10% nel secondo e del 15% nel terzo …`, `Riduzione … a 20 giorni nel primo anno, a 18
nel secondo e a 15 nel terzo.`, `Per ciascuno dei tre anni: non inferiore al 95%.`, and explicit `Target 2026 - …`
lines. Baseline column `Situazione al 31.12.2025`; a `Note` column with a target revision. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (LO_XLSX, case_dir21, doc, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

NAME = "h21-prose-lo-1"
ORG = "Camera di Commercio della Tuscia e del Litorale"
YEARS = [2026, 2027, 2028]
FONT = "Nimbus Sans Narrow"

# area, [(code, title, weight, [(indicator, unit, baseline, prose, [t1, t2, t3], note)])]
AREAS = [
    ("A", "Competitività delle imprese e del territorio", [
        ("OS1", "Sostenere la transizione digitale delle imprese", "60%", [
            ("Imprese assistite dal Punto Impresa Digitale con assessment di maturità digitale", "N.",
             "34 imprese",
             "Primo anno: almeno 40 imprese; secondo anno: almeno 50 imprese; terzo anno: almeno 60 imprese.",
             ["almeno 40 imprese", "almeno 50 imprese", "almeno 60 imprese"], None),
            ("Bandi per voucher digitali pubblicati", "N.", "2 bandi",
             "Target 2026 - Almeno 3 bandi.\nTarget 2027 - Almeno 3 bandi.\nTarget 2028 - Almeno 4 bandi.",
             ["Almeno 3 bandi", "Almeno 3 bandi", "Almeno 4 bandi"], None),
        ]),
        ("OS2", "Semplificare gli adempimenti per l'avvio e l'esercizio d'impresa", "40%", [
            ("Pratiche SUAP gestite in modalità interamente telematica", "N.", "1.820 pratiche",
             "Incremento del 5% nel primo anno, del 10% nel secondo e del 15% nel terzo rispetto al 2025.",
             ["5%", "10%", "15%"], None),
            ("Tempo medio di evasione delle pratiche del Registro imprese", "gg", "24 giorni",
             "Riduzione del tempo medio a 20 giorni nel primo anno, a 18 nel secondo e a 15 nel terzo.",
             ["20 giorni", "18", "15"], "Target rivisto con delibera di Giunta n. 12 del 30/01/2026"),
        ]),
    ]),
    ("B", "Efficienza e trasparenza dell'ente", [
        ("OS3", "Garantire la qualità dei servizi e la trasparenza amministrativa", "100%", [
            ("Obblighi di trasparenza assolti nei termini", "%", "94,1%",
             "Per ciascuno dei tre anni: non inferiore al 95%.",
             ["non inferiore al 95%", "non inferiore al 95%", "non inferiore al 95%"], None),
            ("Voto medio di soddisfazione dell'utenza dello sportello (scala 1-10)", None, "7,6",
             "Primo anno: almeno 7,8; secondo anno: almeno 8,0; terzo anno: almeno 8,0.",
             ["almeno 7,8", "almeno 8,0", "almeno 8,0"], None),
        ]),
    ]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    Side, Border = st["Side"], st["Border"]
    rule = Border(top=Side(style="thin", color="6d6d6d"), bottom=Side(style="thin", color="6d6d6d"))
    d = case_dir21(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi e target"
    widths(ws, [28, 6, 30, 12, 38, 20])
    f = lambda **k: font(FONT, k.pop("size", 9), **k)  # noqa: E731
    xl_put(ws, 1, 1, ORG, font=f(size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "PIAO 2026-2028 – Sottosezione Performance – Obiettivi strategici e risultati attesi nel "
           "triennio (primo anno = 2026, secondo anno = 2027, terzo anno = 2028)", font=f(size=9.5), wrap=False)
    head = ["Obiettivo strategico", "Peso", "Indicatore", "Situazione al 31.12.2025",
            "Risultati attesi nel triennio 2026-2028", "Note"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=f(bold=True, color="FFFFFF"), fill="6B1F2A", halign="center", valign="center")
    ws.row_dimensions[4].height = 26
    r = 5
    nodes, inds, bands = [], [], []
    for acode, atitle, objs in AREAS:
        nodes.append(node(acode, "area", atitle, None))
        xl_put(ws, r, 1, f"AREA STRATEGICA {acode} – {atitle}", font=f(bold=True), fill="EAD9DB", wrap=False)
        for c in range(2, 7):
            xl_put(ws, r, c, None, fill="EAD9DB")
        bands.append(r)
        r += 1
        for code, title, w, kpis in objs:
            first = r
            nodes.append(node(code, "strategic", title, acode, w))
            for name, unit, base, prose, tg, note in kpis:
                xl_put(ws, r, 3, name, font=f(), border=rule)
                xl_put(ws, r, 4, base, font=f(), border=rule, halign="center")
                xl_put(ws, r, 5, prose, font=f(), border=rule)
                xl_put(ws, r, 6, note, font=f(italic=True, size=8.5), border=rule)
                inds.append(ind(name, code, unit=unit, baselines=[(2025, base)], targets=list(zip(YEARS, tg)),
                                notes=[note] if note else []))
                r += 1
            xl_put(ws, first, 1, f"{code} {title}", font=f(bold=True), border=rule)
            xl_put(ws, first, 2, w, font=f(bold=True), border=rule, halign="center")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            xl_box(ws, first, 1, r - 1, 2, rule)
    xl_fit_rows(ws, 6, r - 1, pt=9, narrow=1.15)
    for b in bands:
        ws.row_dimensions[b].height = 16
    xl_put(ws, r + 1, 1, "I pesi degli obiettivi strategici sono riferiti all'area di appartenenza. Le variazioni "
           "percentuali sono calcolate sul valore al 31.12.2025.", font=f(size=8, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:4", margins=0.5)
    ws.print_area = f"A1:F{r + 1}"
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="piao_cciaa")
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds)
    readme13(
        d, NAME, "targets in prose (unknown)", LO_XLSX.format(script="h21_prose.py"),
        "Landscape A4, Nimbus Sans Narrow 9 pt, thin horizontal rules only, white-on-burgundy header `Obiettivo "
        "strategico | Peso | Indicatore | Situazione al 31.12.2025 | Risultati attesi nel triennio 2026-2028 | "
        "Note`. Area band rows `AREA STRATEGICA A – …`; strategic objective (`OS1 Title`) and its weight merged "
        "down. One prose cell per indicator for all three years. Truth: areas `area` (no weight), strategic "
        "objectives with weight within their area; `primo/secondo/terzo anno` → 2026/2027/2028 (stated in the "
        "title line); raws: `Primo anno: almeno 40 imprese; …` → the words after each label (`almeno 40 "
        "imprese`); `Incremento del 5% nel primo anno, del 10% nel secondo …` → the figures (`5%`); `… a 20 "
        "giorni nel primo anno, a 18 nel secondo …` → the words after `a` (`20 giorni`, `18`, `15`); `Per "
        "ciascuno dei tre anni: non inferiore al 95%.` → the same phrase each year; `Target 2026 - Almeno 3 "
        "bandi.` → the sentence without its stop; baseline 2025 = `Situazione al 31.12.2025`; the `Note` is an "
        "indicator note.",
        ["years named only as `primo anno` / `secondo` / `terzo` inside the prose",
         "five prose shapes in one column, one of them with explicit `Target <year> -` lines",
         "baseline header with a dotted date `31.12.2025`; values with words (`34 imprese`, `24 giorni`)",
         "a `Note` column recording a target revision",
         "Nimbus Sans Narrow, burgundy header, area band rows"],
        ["`20 giorni` → `18` → `15`: a reduction of a time, lower is better",
         "`Per ciascuno dei tre anni: non inferiore al 95%` flat three years, above the 94,1% of 2025",
         "`Almeno 3 bandi` twice then 4; `almeno 8,0` twice: flat years, not declining",
         "`5%`, `10%`, `15%` are increases over 2025, not shares (the 1.820 baseline is a count)",
         "strategic weights 60% + 40% in area A and 100% in area B: 100 per area, areas unweighted",
         "the target revision note is information, not a conflict"],
        [])


if __name__ == "__main__":
    build()
