#!/usr/bin/python3
"""h21-form-lo-1: objective forms of an IPAB (public care home), openpyxl workbook printed to PDF by LibreOffice.
One fault: weight.sum.

Landscape, C059 (Century Schoolbook) 8.5 pt. Each objective is ONE BLOCK OF SIX ROWS: the form is a SIDEBAR in the
first column (`DENOMINAZIONE CDR`, value, `TITOLARE DEL CDR`, value, `CODICE E DENOMINAZIONE OBIETTIVO`, value)
while the indicator table runs in the columns to its right on the SAME rows (header on the block's first row), so
every printed line mixes form text and table text. Column order `INDICATORE | FORMULA | VALORE RAGGIUNTO | PESO |
VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`: PESO between the baseline and the targets, bare
number cells; GRADO left empty (a plan). Blocks separated by a thick rule. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (LO_XLSX, case_dir21, doc, finding, font, ind, lo_pdf_of, node, readme13,  # noqa: E402
                      vars11, widths, write_truth, xl_page, xl_put, xl_styles)

NAME = "h21-form-lo-1"
ORG = "IPAB Casa di Riposo San Giuseppe di Castelfranco"
YEARS = [2026, 2027, 2028]
FONT = "C059"

CDR1 = ("Servizi socio-assistenziali e sanitari", "Dott.ssa Marta Zanin")
CDR2 = ("Servizi amministrativi e contabili", "Dott. Paolo Scarpa")
# (cdr, code, title, [(name, formula, unit, reached, weight, [t1, t2, t3])])
OBJS = [
    (CDR1, "1.1", "Prevenire le cadute e le lesioni da pressione degli ospiti", [
        ("Ospiti con lesioni da pressione insorte in struttura", "Ospiti_LDP / Ospiti_presenti x 100", "%",
         "3,8%", 50, ["≤ 3,5%", "≤ 3,0%", "≤ 3,0%"]),
        ("Cadute con esito di trauma ogni 1.000 giornate di presenza",
         "Cadute_trauma / Giornate_presenza x 1000", None, "0,42", 30, ["≤ 0,40", "≤ 0,38", "≤ 0,35"]),
        ("Piani assistenziali individualizzati rivalutati entro 6 mesi", "PAI_rivalutati / PAI_attivi x 100", "%",
         "88%", 20, ["≥ 90%", "≥ 95%", "≥ 95%"]),
    ]),
    (CDR1, "1.2", "Qualità dell'assistenza nel nucleo Alzheimer", [
        ("Ospiti del nucleo sottoposti a contenzione fisica", "Ospiti_contenuti / Ospiti_nucleo x 100", "%",
         "9%", 50, ["≤ 8%", "≤ 6%", "≤ 5%"]),
        ("Familiari coinvolti negli incontri di rete", "Familiari_incontri / Ospiti_nucleo x 100", "%",
         "61%", 35, ["≥ 65%", "≥ 70%", "≥ 75%"]),
        ("Ore di attività occupazionali per ospite al mese", "Ore_attivita / Ospiti_nucleo", "ore",
         "6,5", 25, ["≥ 7", "≥ 8", "≥ 8"]),
    ]),
    (CDR2, "2.1", "Tempestività dei pagamenti e riscossione delle rette", [
        ("Indicatore annuale di tempestività dei pagamenti", "Giorni_ritardo_ponderati / Importo_fatture", "gg",
         "5 gg", 60, ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"]),
        ("Rette insolute oltre 90 giorni sul fatturato", "Rette_insolute_90gg / Rette_fatturate x 100", "%",
         "4,1%", 40, ["≤ 4,0%", "≤ 3,5%", "≤ 3,0%"]),
    ]),
    (CDR2, "2.2", "Trasparenza e accessibilità delle informazioni", [
        ("Obblighi di pubblicazione assolti nei termini", "Obblighi_assolti / Obblighi_previsti x 100", "%",
         "96/96", 100, ["= 100%", "= 100%", "= 100%"]),
    ]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    Side, Border = st["Side"], st["Border"]
    hair = Side(style="thin", color="7a7a7a")
    grid = Border(left=hair, right=hair, top=hair, bottom=hair)
    thick = Side(style="medium", color="000000")
    d = case_dir21(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths(ws, [34, 2, 30, 27, 11, 7, 11, 9, 9, 12])
    f = lambda **k: font(FONT, k.pop("size", 8.5), **k)  # noqa: E731
    xl_put(ws, 1, 1, ORG, font=f(size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Allegato 2: schede degli obiettivi per centro di "
           "responsabilità", font=f(size=9.5), wrap=False)
    xl_put(ws, 3, 1, "1°ANNO = 2026, 2°ANNO = 2027, 3°ANNO = 2028. VALORE RAGGIUNTO = valore al 31/12/2025. "
           "PESO in centesimi per obiettivo. Il GRADO DI REALIZZAZIONE sarà compilato in sede di relazione.",
           font=f(size=8, italic=True), wrap=False)
    head = ["INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "PESO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO",
            "GRADO DI REALIZZAZIONE"]
    r = 5
    nodes, inds, fnd = [], [], []
    for (cdr, boss), code, title, kpis in OBJS:
        labels = [("DENOMINAZIONE CDR", True), (cdr, False), ("TITOLARE DEL CDR", True), (boss, False),
                  ("CODICE E DENOMINAZIONE OBIETTIVO", True), (f"{code} – {title}", False)]
        for k, (txt, is_label) in enumerate(labels):
            xl_put(ws, r + k, 1, txt, font=f(bold=is_label, size=7.5 if is_label else 8.5),
                   fill="E8E2D0" if is_label else None, border=grid, valign="center")
        for c, h in enumerate(head, 3):
            xl_put(ws, r, c, h, font=f(bold=True, size=7.5), fill="D5DCE4", border=grid, halign="center",
                   valign="center")
        for k, (name, formula, unit, reached, w, tg) in enumerate(kpis, 1):
            vals = [name, formula, reached, w] + tg + [None]
            for c, v in enumerate(vals, 3):
                xl_put(ws, r + k, c, v, font=f(), border=grid, halign=None if c < 5 else "center",
                       valign="center", fmt="General" if c == 6 else None)
            inds.append(ind(name, code, unit=unit, weight=str(w), formula=formula, variables=vars11(formula),
                            baselines=[(2025, reached)], targets=list(zip(YEARS, tg))))
        for k in range(len(kpis) + 1, 6):
            for c in range(3, 11):
                ws.cell(row=r + k, column=c).border = grid
        for c in range(1, 11):
            if c == 2:
                continue
            ws.cell(row=r + 5, column=c).border = Border(left=hair, right=hair, top=hair, bottom=thick)
        for k in range(6):
            ws.row_dimensions[r + k].height = 24 if k == 0 else 30 if k in (1, 3, 5) or k <= len(kpis) else 16
        nodes.append(node(code, "operational", title, None, owners=[cdr, boss]))
        total = sum(k[4] for k in kpis)
        if total != 100:
            fnd.append(finding("weight.sum", code, f"indicator weights of {code} sum to {total} "
                               f"({' + '.join(str(k[4]) for k in kpis)})"))
        r += 7
    xl_put(ws, r, 1, "Il Segretario-Direttore – Dott. Luca Favaro", font=f(size=8), wrap=False)
    xl_page(ws, landscape=True, margins=0.5)
    ws.print_area = f"A1:J{r}"
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="schede_ipab")
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, fnd)
    readme13(
        d, NAME, "objective form + indicator table (unknown)", LO_XLSX.format(script="h21_form.py"),
        "Landscape A4, C059 (Century Schoolbook) 8.5 pt, thin grey grid. Title, subtitle and a note (`1°ANNO = "
        "2026 …`, `VALORE RAGGIUNTO = valore al 31/12/2025`). Each objective is a block of six rows: column A is "
        "the FORM as a sidebar (shaded labels `DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE "
        "OBIETTIVO`, each followed by its value row), and columns C-J on the same rows hold the indicator table "
        "(header on the block's first row, `INDICATORE | FORMULA | VALORE RAGGIUNTO | PESO | VALORE TARGET 1°ANNO "
        "| 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`, empty rows below the last indicator). A thick rule closes "
        "each block. Truth: one `operational` node per objective (code and title split at ` – `, owners = [CDR, "
        "titolare]); indicators with weight = the bare PESO figure, formula over codes, baseline 2025 = VALORE "
        "RAGGIUNTO, targets 1°/2°/3°ANNO = 2026/2027/2028; GRADO empty (no achievement). Units from the target "
        "cells (`%`, `gg`) or the name (`Ore di attività` → `ore`); the falls rate prints none (unit null).",
        ["the form is a SIDEBAR beside the indicator table: form lines and table rows share printed lines",
         "PESO between VALORE RAGGIUNTO and the targets, bare number cells",
         "GRADO DI REALIZZAZIONE column present but empty (plan)",
         "the same CDR form repeated for two objectives each",
         "C059 font, thick rule between blocks, empty table rows filling the block"],
        ["1.1 weights 50 + 30 + 20 = 100; 2.1 60 + 40; 2.2 a single indicator at 100",
         "`≤` targets falling over the years (lower is better): pressure sores, falls, restraint, arrears",
         "`≤ 0 gg` flat three years against 5 gg late in 2025: ambitious",
         "`≥ 95%` and `≥ 8` flat in the last two years; `= 100%` against a reached `96/96`",
         "the empty GRADO DI REALIZZAZIONE cells are not missing results: the plan has none yet",
         "`x 1000` in a formula is a scale factor, not an operand"],
        ["`weight.sum` on `1.2` (Qualità dell'assistenza nel nucleo Alzheimer): PESO 50 + 35 + 25 = 110"])


if __name__ == "__main__":
    build()
