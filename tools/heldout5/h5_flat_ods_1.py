#!/usr/bin/python3
"""h5-flat-ods-1: a ministry's flat table per responsibility centre, ODS workbook."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-flat-ods-1"
ORG = "Ministero delle Politiche Territoriali e della Montagna"
YEAR = 2026
FN = "Liberation Sans"
UNITS = {"numero": "N.", "percentuale": "%", "data": "date"}

# CdR, objectives (code printed, code, title, resources, indicators (name, type, unit, target))
DATA = [
 ("Dipartimento per gli affari regionali e le autonomie", [
   ("04.", "04", "Sostenere la progettazione degli enti locali dei territori montani", 4321772.00, [
     ("Comuni montani beneficiari di contributi per la progettazione", "Indicatore di realizzazione fisica", "numero", "=120"),
     ("Contributi erogati entro 60 giorni dalla rendicontazione", "Indicatore di realizzazione finanziaria", "percentuale", "=90%")]),
   ("05.", "05", "Semplificare il riparto del fondo nazionale per la montagna", 1250000.00, [
     ("Adozione del decreto di riparto del fondo", "Indicatore di risultato (output)", "data", "31.03.2026")])]),
 ("Dipartimento per le politiche di coesione territoriale", [
   ("17.", "17", "Accelerare la spesa dei programmi per le aree interne", 35500000.00, [
     ("Spesa certificata sul totale delle risorse programmate", "Indicatore di risultato (output)", "percentuale", "> 65%"),
     ("Residenti raggiunti da nuovi servizi di prossimità", "Indicatore di impatto (outcome)", "numero", "= 45.000")]),
   ("18.", "18", "Potenziare il monitoraggio degli investimenti territoriali", 2980400.50, [
     ("Progetti con dati di monitoraggio validati nei termini", "Indicatore di risultato (output)", "percentuale", "maggiore di 75,00%")])]),
]
PRINTED_TOTAL = 44152172.50  # the real sum is 44.052.172,50

def money(v):
    return "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi e indicatori"
    for i, w in enumerate([30, 8, 40, 18, 42, 26, 13, 18]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ORG
    ws["A1"].font = Font(name=FN, size=12, bold=True)
    ws["A2"] = "Nota integrativa al bilancio di previsione 2026 – Obiettivi e indicatori per centro di responsabilità"
    ws["A2"].font = Font(name=FN, size=10)
    hdr = ["Centro di responsabilità", "Cod.", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori", "Tipologia indicatore", "unità di misura", "Target 2026"]
    hair = Side(style="hair", color="666666"); box = Border(left=hair, right=hair, top=hair, bottom=hair)
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font = Font(name=FN, size=9, bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 5
    nodes, inds = [], []
    for cdr, objs in DATA:
        cfirst = r
        for pcode, code, title, res, il in objs:
            ofirst = r
            nodes.append(node(code, "strategic", title, res=[money(res)], owners=[cdr]))
            for nm, ty, un, tg in il:
                vals = [cdr if r == cfirst else None, pcode if r == ofirst else None, title if r == ofirst else None,
                        res if r == ofirst else None, nm, ty, un, tg]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    if isinstance(v, str) and v.startswith("="):
                        cell.data_type = "s"
                    cell.font = Font(name=FN, size=9)
                    cell.border = box
                    cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if c in (4, 8) else "left")
                ws.cell(r, 4).number_format = "#,##0.00"
                ws.row_dimensions[r].height = 30
                inds.append(ind(None, nm, code, unit=UNITS[un], type=ty, targets=[Y(YEAR, tg)]))
                r += 1
            for c in (2, 3, 4):
                if r - 1 > ofirst:
                    ws.merge_cells(start_row=ofirst, start_column=c, end_row=r - 1, end_column=c)
        ws.merge_cells(start_row=cfirst, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 3, "Totale risorse").font = Font(name=FN, size=9, bold=True)
    ws.cell(r, 4, PRINTED_TOTAL).number_format = "#,##0.00"
    ws.cell(r, 4).font = Font(name=FN, size=9, bold=True)
    for c in range(1, 9):
        ws.cell(r, c).border = Border(top=Side(style="medium"), bottom=Side(style="medium"))
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws2 = wb.create_sheet("Note")
    ws2.column_dimensions["A"].width = 110
    for i, t in enumerate(["Note alla compilazione",
                           "Le risorse finanziarie sono espresse in euro e riferite agli stanziamenti di competenza 2026.",
                           "Le unità di misura sono indicate per esteso; i target si riferiscono al 31 dicembre dell'anno, salvo diversa indicazione."], 1):
        ws2.cell(i, 1, t).font = Font(name=FN, size=10, bold=(i == 1))
    with tempfile.TemporaryDirectory() as tmp:
        x = os.path.join(tmp, "input.xlsx")
        wb.save(x)
        lo_convert(x, "ods", os.path.join(d, "input.ods"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": [YEAR]}], nodes, inds,
                [finding("resources.sum", None, "objective resources sum to 44.052.172,50, the printed total is 44.152.172,50")],
                resources_total=money(PRINTED_TOTAL))
    write_readme(d, """
# h5-flat-ods-1

- kind: flat (family) — a ministry's flat table of objectives and indicators
  per responsibility centre (plan, no weights)
- producer: ODS workbook (made as xlsx, converted by LibreOffice); a second
  sheet holds notes only
- layout: two title lines above the header; one header row (`Centro di
  responsabilità | Cod. | Descrizione obiettivo | Risorse finanziarie |
  Indicatori | Tipologia indicatore | unità di misura | Target 2026`), peach
  header fill, hairline grid; responsibility centre merged vertically over
  its objectives, code / description / resources merged vertically over the
  objective's indicators; a `Totale risorse` row with heavy rules.
- variations: codes with a trailing dot (`04.`, `17.`); resources as number
  cells `#,##0.00`; units in words; targets `=120`, `=90%`, `= 45.000`,
  `> 65%`, `maggiore di 75,00%`, a date `31.03.2026`; no weights anywhere.
- fault: resources.sum — the objectives' resources sum to 44.052.172,50 but the
  printed total is 44.152.172,50.
""")

if __name__ == "__main__":
    build()
