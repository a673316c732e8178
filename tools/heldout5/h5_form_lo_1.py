#!/usr/bin/python3
"""h5-form-lo-1: a ministry's objective forms with indicator tables, two-sheet workbook printed by LibreOffice."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-form-lo-1"
ORG = "Ministero della Transizione Produttiva"
YEARS = [2026, 2027, 2028]
FN = "Liberation Serif"

# sheet, CdR, head, code, title, indicators (weight, name, formula, unit, baseline (value, fmt, raw), targets)
FORMS = [
 ("Scheda DGIAI", "Direzione generale per gli incentivi alle imprese", "Dott.ssa Laura Marchetti",
  "OB.2.1", "Ridurre i tempi di erogazione delle agevolazioni alle imprese", [
   (40, "Tempo medio di erogazione delle agevolazioni", "Somma dei giorni tra domanda completa ed erogazione / numero di pratiche liquidate", "gg", (96, '0" gg"', "96 gg"), ["≤ 90 gg", "≤ 80 gg", "≤ 75 gg"]),
   (35, "Pratiche istruite entro i termini previsti dal bando", "Pratiche istruite nei termini / pratiche presentate", "%", (0.82, "0%", "82%"), ["≥ 85%", "≥ 88%", "≥ 90%"]),
   (25, "Controlli in loco sulle imprese beneficiarie", "Numero di controlli in loco effettuati nell'anno", "N.", (118, "0", "118"), ["≥ 120", "≥ 130", "≥ 140"])]),
 ("Scheda DGPIS", "Direzione generale per la politica industriale e la sicurezza dei prodotti", "Ing. Roberto Cavallaro",
  "OB.3.2", "Rafforzare la vigilanza sulla sicurezza dei prodotti immessi sul mercato", [
   (50, "Ispezioni su prodotti di consumo presso importatori e distributori", "Numero di ispezioni effettuate", "N.", (1273, "#,##0", "1.273"), ["= 1.300", "= 1.350", "= 1.400"]),
   (30, "Esiti delle verifiche notificati entro 30 giorni", "Esiti notificati entro 30 giorni / verifiche concluse", "%", (0.884, "0.0%", "88,4%"), ["maggiore o uguale a 90,00%", "maggiore o uguale a 92,00%", "maggiore o uguale a 94,00%"]),
   (20, "Segnalazioni del sistema europeo di allerta rapida trattate", "Segnalazioni trattate / segnalazioni ricevute", "%", (1, "0%", "100%"), ["100%", "100%", "100%"])]),
]

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    nodes, inds = [], []
    for sname, cdr, head, oc, ot, il in FORMS:
        ws = wb.create_sheet(sname)
        for i, w in enumerate([8, 30, 34, 12, 14, 14, 14, 13]):
            ws.column_dimensions[chr(65 + i)].width = w
        ws["A1"] = ORG
        ws["A1"].font = Font(name=FN, size=13, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A1:H1")
        ws["A2"] = "Piano della performance 2026-2028 – Scheda obiettivo specifico triennale"
        ws["A2"].font = Font(name=FN, size=11, italic=True)
        ws["A2"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:H2")
        for r, (lab, val) in enumerate([("DENOMINAZIONE CDR", cdr), ("TITOLARE DEL CDR", head),
                                        ("CODICE E DENOMINAZIONE OBIETTIVO", "%s - %s" % (oc, ot))], 4):
            ws.cell(r, 1, lab); ws.cell(r, 4, val)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
            for c in range(1, 9):
                cell = ws.cell(r, c)
                cell.border = box
                cell.font = Font(name=FN, size=10, bold=(c == 1))
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                if c <= 3:
                    cell.fill = PatternFill("solid", fgColor="E7E6E6")
            ws.row_dimensions[r].height = 22
        hdr = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO 2025", "VALORE TARGET 1°ANNO", "VALORE TARGET 2°ANNO", "VALORE TARGET 3°ANNO", "GRADO DI REALIZZAZIONE"]
        for c, v in enumerate(hdr, 1):
            cell = ws.cell(8, c, v)
            cell.font = Font(name=FN, size=9, bold=True)
            cell.border = box
            cell.fill = PatternFill("solid", fgColor="E7E6E6")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[8].height = 30
        nodes.append(node(oc, "strategic", ot, owners=[cdr]))
        for r, (w, nm, fo, un, (bv, bf, braw), tg) in enumerate(il, 9):
            for c, v in enumerate([w, nm, fo, bv] + tg + [None], 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"  # a printed "= 1.300", not a formula
                cell.font = Font(name=FN, size=10)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c in (1, 4, 5, 6, 7, 8) else "left")
            ws.cell(r, 4).number_format = bf
            ws.row_dimensions[r].height = 44
            inds.append(ind(None, nm, oc, formula=fo, unit=un, weight=str(w), baselines=[Y(2025, braw)],
                            targets=[Y(y, t) for y, t in zip(YEARS, tg)]))
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "&P/&N"
    with tempfile.TemporaryDirectory() as tmp:
        x = os.path.join(tmp, "schede.xlsx")
        wb.save(x)
        lo_convert(x, "pdf", os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds)
    write_readme(d, """
# h5-form-lo-1

- kind: form (family) — a ministry's objective forms (plan)
- producer: xlsx workbook with two sheets (one form each) printed to PDF by
  LibreOffice; one page per sheet
- layout: A4 landscape, serif font; organisation name in bold and the
  form title centred over the page; three form rows (`DENOMINAZIONE CDR`,
  `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO`) with shaded merged
  label cells; then a fully ruled indicator table `PESO | INDICATORE | FORMULA
  | VALORE RAGGIUNTO 2025 | VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI
  REALIZZAZIONE` (the last column left empty at plan time); sheet name and
  page number in the footer.
- variations: weights as bare numbers (`40`); code and title of the objective
  in one cell (`OB.2.1 - ...`); formulas in words; operators in words
  (`maggiore o uguale a 90,00%`), `= 1.300`, a bare `100%`; baselines as
  number cells through formats; ordinal years mapped to 2026-2028.
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
