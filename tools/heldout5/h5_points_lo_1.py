#!/usr/bin/python3
"""h5-points-lo-1: a province's objectives weighted in points, workbook printed by LibreOffice."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-points-lo-1"
ORG = "Provincia di Montegrosso"
YEAR = 2026
FN = "DejaVu Serif Condensed"

# area code, title, points, objectives (code, title, indicator, unit, target, points value or text)
AREAS = [
 ("1", "Servizi finanziari e tributi", 30, [
   ("1.1", "Garantire la tempestività dei pagamenti ai fornitori", "Indicatore annuale di tempestività dei pagamenti", "gg", "≤ 0 gg", 12),
   ("1.2", "Migliorare la riscossione delle entrate extratributarie", "Riscossioni sul totale degli accertamenti in conto competenza", "%", "≥ 85%", 10),
   ("1.3", "Approvare il rendiconto nei termini di legge", "Data di approvazione del rendiconto in Consiglio", "date", "entro il 30/04/2026", 8)]),
 ("2", "Viabilità, edilizia scolastica e ambiente", 40, [
   ("2.1", "Assicurare la manutenzione programmata delle strade provinciali", "Km di strade con manutenzione programmata eseguita", "N.", "≥ 180", 15),
   ("2.2", "Adeguare gli istituti scolastici alla normativa antincendio", "Istituti con certificato di prevenzione incendi aggiornato", "%", "≥ 70%", 14),
   ("2.3", "Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali", "Tempo medio di rilascio dell'autorizzazione", "gg", "≤ 10 gg", 10),
   ("2.4", "Aggiornare il catasto stradale provinciale", "Aggiornamento del catasto pubblicato sul geoportale", "text", "SI", "1 PUNTO")]),
 ("3", "Affari generali, personale e transizione digitale", 20, [
   ("3.1", "Completare il passaggio dei servizi al cloud qualificato", "Applicativi migrati sul totale degli applicativi censiti", "%", "≥ 60%", 10),
   ("3.2", "Attuare il piano della formazione del personale", "Dipendenti con almeno 24 ore di formazione nell'anno", "%", "≥ 75%", 10)]),
]

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    for i, w in enumerate([6, 44, 42, 18, 11]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ORG
    ws["A1"].font = Font(name=FN, size=13, bold=True)
    ws["A2"] = "Piano esecutivo di gestione 2026 – Obiettivi di performance e punteggi assegnati"
    ws["A2"].font = Font(name=FN, size=10, italic=True)
    hdr = ["N.", "Obiettivo", "Indicatore", "Risultato atteso 2026", "Punti"]
    med = Side(style="medium"); thin = Side(style="thin", color="7F7F7F")
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font = Font(name=FN, size=9.5, bold=True)
        cell.border = Border(top=med, bottom=med, left=med if c == 1 else None, right=med if c == 5 else None)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 5
    nodes, inds = [], []
    for ac, at, ap, objs in AREAS:
        ws.cell(r, 1, ac); ws.cell(r, 2, "AREA " + at.upper()); ws.cell(r, 5, ap)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 5).number_format = '0" punti"'
        for c in range(1, 6):
            cell = ws.cell(r, c)
            cell.font = Font(name=FN, size=9.5, bold=True)
            cell.fill = PatternFill("solid", fgColor="FFF2CC")
            cell.border = Border(top=thin, bottom=thin, left=med if c == 1 else None, right=med if c == 5 else None)
        nodes.append(node(ac, "area", "AREA " + at.upper(), weight="%d punti" % ap))
        r += 1
        for oc, ot, nm, un, tg, pts in objs:
            for c, v in enumerate([oc, ot, nm, tg, pts], 1):
                cell = ws.cell(r, c, v)
                cell.font = Font(name=FN, size=9.5)
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if c in (1, 4, 5) else "left")
                cell.border = Border(bottom=thin, left=med if c == 1 else None, right=med if c == 5 else None)
            ws.cell(r, 5).number_format = "0"
            ws.row_dimensions[r].height = 28
            nodes.append(node(oc, "strategic", ot, parent=ac, weight=str(pts)))
            inds.append(ind(None, nm, oc, unit=un, targets=[Y(YEAR, tg)]))
            r += 1
    ws.cell(r, 2, "TOTALE PUNTEGGIO")
    ws.cell(r, 5, 100).number_format = '0" punti"'
    for c in range(1, 6):
        ws.cell(r, c).font = Font(name=FN, size=10, bold=True)
        ws.cell(r, c).border = Border(top=med, bottom=med, left=med if c == 1 else None, right=med if c == 5 else None)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "PEG 2026 – pagina &P"
    with tempfile.TemporaryDirectory() as tmp:
        x = os.path.join(tmp, "peg.xlsx")
        wb.save(x)
        lo_convert(x, "pdf", os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": [YEAR]}], nodes, inds,
                [finding("weight.sum", None, "the three areas carry 30 + 40 + 20 = 90 punti while the document's total prints 100 punti")])
    write_readme(d, """
# h5-points-lo-1

- kind: points (family) — a province's executive plan with weights in points
- producer: xlsx workbook printed to PDF by LibreOffice (Italian locale)
- layout: A4 portrait, condensed serif font; two title lines above the table;
  header `N. | Obiettivo | Indicatore | Risultato atteso 2026 | Punti` between
  heavy rules; a heavy outer frame, thin horizontal rules only inside; each
  area a shaded row, its number in the first column and `AREA TITLE` (merged over three columns) with its
  points `30 punti`; objectives below with bare points; a `TOTALE PUNTEGGIO`
  row `100 punti`; footer with the page number.
- variations: area points as number cells with format `0" punti"`, objective
  points as bare numbers and one `1 PUNTO` as text; objective points sum to
  their area's points; one indicator per objective, no indicator codes;
  targets `≤ 0 gg`, `entro il 30/04/2026`, `SI`.
- fault: weight.sum — the areas total 90 punti (30 + 40 + 20) against the
  printed total of 100 punti.
""")

if __name__ == "__main__":
    build()
