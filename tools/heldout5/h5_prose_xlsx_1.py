#!/usr/bin/python3
"""h5-prose-xlsx-1: a national agency's plan with targets in prose, xlsx workbook."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-prose-xlsx-1"
ORG = "Agenzia per l'Innovazione nei Servizi Pubblici Locali"
YEARS = [2026, 2027, 2028]
FN = "Liberation Sans"

# code, objective, indicator, unit, baseline (value, fmt, raw), targets (prose), source
DATA = [
 ("A1", "Diffondere l'identità digitale per l'accesso ai servizi locali",
  "Accessi ai servizi online degli enti aderenti tramite identità digitale", "N.", ("2,1 milioni", None, "2,1 milioni"),
  ["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline", "Aumento del 30% rispetto alla baseline"], "Log di autenticazione della piattaforma"),
 ("A2", "Estendere l'adozione della piattaforma dei pagamenti",
  "Enti locali aderenti che incassano tramite la piattaforma", "N.", (412, "0", "412"),
  ["Almeno 450 enti", "Almeno 500 enti", "Almeno 550 enti"], "Cruscotto adesioni"),
 ("B1", "Migliorare la qualità dei dati aperti pubblicati",
  "Dataset pubblicati con metadati conformi al profilo nazionale", "%", (0.64, "0%", "64%"),
  ["Non inferiore al 70%", "Non inferiore all'80%", "Non inferiore al 90%"], "Catalogo dei dati aperti"),
 ("B2", "Ridurre i tempi di risposta alle richieste di assistenza degli enti",
  "Tempo medio di prima risposta ai ticket di assistenza", "gg", ("3,5 giorni", None, "3,5 giorni"),
  ["Non superiore a 3 giorni", "Non superiore a 2,5 giorni", "Non superiore a 2 giorni"], "Sistema di ticketing"),
 ("C1", "Accompagnare i piccoli comuni nella migrazione al cloud",
  "Comuni sotto i 5.000 abitanti assistiti nella migrazione dei servizi al cloud", "N.", ("n.d.", None, "n.d."),
  ["Almeno 60 comuni assistiti", "Almeno 120 comuni assistiti", "Almeno 200 comuni assistiti"], "Registro delle attività di supporto"),
 ("C2", "Rafforzare le competenze digitali del personale degli enti locali",
  "Dipendenti degli enti che completano il percorso formativo", "N.", (1850, "#,##0", "1.850"),
  ["Mantenimento del valore di baseline", "Aumento del 5% rispetto alla baseline", "Aumento del 10% rispetto alla baseline"], "Piattaforma di formazione"),
]

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi e target"
    for i, w in enumerate([7, 34, 36, 13, 26, 26, 26, 24]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ORG
    ws["A1"].font = Font(name=FN, size=14, bold=True, color="203864")
    ws["A2"] = "Piano triennale della performance 2026-2028"
    ws["A2"].font = Font(name=FN, size=11)
    ws["A3"] = "Tabella 2 – Obiettivi specifici, indicatori e target"
    ws["A3"].font = Font(name=FN, size=10, italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    top = ["Cod.", "Obiettivo specifico", "Indicatore", "Baseline 2025", "Target", None, None, "Fonte dei dati"]
    for c, v in enumerate(top, 1):
        ws.cell(5, c, v)
    for c, v in ((5, "2026"), (6, "2027"), (7, "2028")):
        ws.cell(6, c, v)
    for c in (1, 2, 3, 4, 8):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("E5:G5")
    thin = Side(style="thin", color="A6A6A6")
    for r in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(name=FN, size=10, bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = Border(bottom=thin, top=thin)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    nodes, inds = [], []
    for r, (code, ot, nm, un, (bv, bf, braw), tg, src) in enumerate(DATA, 7):
        for c, v in enumerate([code, ot, nm, bv] + tg + [src], 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(name=FN, size=10)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if c == 4 else "left")
            cell.border = Border(bottom=thin)
        if bf:
            ws.cell(r, 4).number_format = bf
        ws.row_dimensions[r].height = 42
        nodes.append(node(code, "strategic", ot))
        inds.append(ind(None, nm, code, unit=un, baselines=[Y(2025, braw)], targets=[Y(y, t) for y, t in zip(YEARS, tg)]))
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.freeze_panes = "A7"
    wb.save(os.path.join(d, "input.xlsx"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds)
    write_readme(d, """
# h5-prose-xlsx-1

- kind: prose (family) — a national agency's plan whose targets are sentences
- producer: xlsx workbook (openpyxl), one sheet
- layout: three title lines (merged across the table) above a header over two
  rows (`Target` merged over 2026 / 2027 / 2028, the other headers merged
  vertically), light blue header fill; horizontal rules only; wrapped text;
  a source column at the right; landscape print setup with repeated header
  rows; frozen panes under the header.
- variations: every target a phrase (`Aumento del 10% rispetto alla
  baseline`, `Almeno 450 enti`, `Non inferiore all'80%`, `Non superiore a 2,5
  giorni`, `Mantenimento del valore di baseline`); baselines mixed: text
  (`2,1 milioni`, `3,5 giorni`, `n.d.`) and number cells through formats
  (`0%`, `#,##0`); codes `A1`..`C2`; no weights, no formulas.
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
