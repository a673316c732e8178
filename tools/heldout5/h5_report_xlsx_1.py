#!/usr/bin/python3
"""h5-report-xlsx-1: a university's report of results, two-sheet xlsx workbook."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-report-xlsx-1"
ORG = "Università degli Studi di Montefeltro"
YEAR = 2025

# sheet title, area code, area title, objectives
# objective: code, title, weight, achievement, indicators
# indicator: code, name, weight, target, (result value, format, raw), achievement value, owner
SHEETS = [
 ("Didattica", "D", "Didattica", [
   ("D.1", "Migliorare la regolarità delle carriere degli studenti", 0.60, 0.95, [
     ("D.1.a", "Studenti iscritti entro la durata normale del corso con almeno 40 CFU conseguiti nell'anno", 0.50, "≥ 55%", (0.571, "0.0%", "57,1%"), 1.0, "Area Didattica e Servizi agli Studenti"),
     ("D.1.b", "Laureati entro la durata normale del corso", 0.50, "≥ 60%", (0.54, "0.0%", "54,0%"), 0.90, "Area Didattica e Servizi agli Studenti")]),
   ("D.2", "Rafforzare l'attrattività dell'offerta formativa", 0.40, 0.968, [
     ("D.2.a", "Immatricolati provenienti da altre regioni", 0.40, "≥ 1.200", (1104, "#,##0", "1.104"), 0.92, "Ufficio Orientamento"),
     ("D.2.b", "Corsi di studio erogati interamente in lingua inglese", 0.60, "≥ 8", (9, "0", "9"), 1.0, "Presidio della Qualità")])]),
 ("Ricerca e terza missione", "R", "Ricerca e terza missione", [
   ("R.1", "Accrescere la capacità di attrarre finanziamenti competitivi per la ricerca", 0.50, 0.95, [
     ("R.1.a", "Progetti presentati su bandi competitivi europei e nazionali", 0.50, "≥ 40", (30, "0", "30"), 0.90, "Area Ricerca"),
     ("R.1.b", "Entrate da progetti di ricerca competitivi", 0.50, "≥ € 4.500.000", (4725000, '"€" #,##0', "€ 4.725.000"), 1.0, "Area Ricerca")]),
   ("R.2", "Sviluppare il trasferimento tecnologico e il public engagement", 0.50, 0.93, [
     ("R.2.a", "Brevetti depositati nell'anno", 0.30, "≥ 5", (6, "0", "6"), 1.0, "Ufficio Trasferimento Tecnologico"),
     ("R.2.b", "Tempo medio di stipula dei contratti conto terzi", 0.70, "≤ 45 gg", (50, '0" gg"', "50 gg"), 0.90, "Ufficio Trasferimento Tecnologico")])]),
]

def pct(v, dec):
    return (("%." + str(dec) + "f%%") % (v * 100)).replace(".", ",")

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    nodes, inds = [], []
    for sname, acode, atitle, objs in SHEETS:
        ws = wb.create_sheet(sname)
        for i, w in enumerate([8, 58, 9, 14, 14, 14, 30]):
            ws.column_dimensions[chr(65 + i)].width = w
        ws["A1"] = ORG
        ws["A1"].font = Font(name="DejaVu Sans", size=12, bold=True, color="1F3864")
        ws["A2"] = "Relazione sulla performance 2025 – Allegato 2: risultati degli obiettivi strategici"
        ws["A2"].font = Font(name="DejaVu Sans", size=10, bold=True)
        ws["A3"] = "Ambito %s - %s" % (acode, atitle)
        ws["A3"].font = Font(name="DejaVu Sans", size=10, italic=True)
        hdr = ["Codice", "Obiettivo / Indicatore", "Peso", "Anno 2025", None, None, "Struttura responsabile"]
        for c, v in enumerate(hdr, 1):
            ws.cell(5, c, v)
        for c, v in ((4, "Target"), (5, "Risultato"), (6, "Grado di raggiungimento")):
            ws.cell(6, c, v)
        for c in (1, 2, 3, 7):
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
        ws.merge_cells("D5:F5")
        for r in (5, 6):
            for c in range(1, 8):
                cell = ws.cell(r, c)
                cell.font = Font(name="DejaVu Sans", size=9, bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor="1F3864")
                cell.border = box
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        nodes.append(node(acode, "area", atitle))
        r = 7
        for oc, ot, ow, oa, il in objs:
            vals = [oc, ot, ow, None, None, oa, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.font = Font(name="DejaVu Sans", size=9, bold=True)
                cell.fill = PatternFill("solid", fgColor="D9E1F2")
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 3).number_format = "0%"
            ws.cell(r, 6).number_format = "0.00%"
            nodes.append(node(oc, "strategic", ot, parent=acode, weight=pct(ow, 0), ach=[Y(YEAR, pct(oa, 2))]))
            r += 1
            for k, (ic, nm, iw, tg, (rv, rf, rraw), ia, own) in enumerate(il):
                vals = [ic, nm, iw, tg, rv, ia, own]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.font = Font(name="DejaVu Sans", size=9)
                    cell.border = box
                    cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if 3 <= c <= 6 else "left")
                    if k % 2:
                        cell.fill = PatternFill("solid", fgColor="F2F2F2")
                ws.cell(r, 3).number_format = "0%"
                ws.cell(r, 5).number_format = rf
                ws.cell(r, 6).number_format = "0.00%"
                inds.append(ind(ic, nm, oc, weight=pct(iw, 0), targets=[Y(YEAR, tg)],
                                results=[Y(YEAR, rraw)], ach=[Y(YEAR, pct(ia, 2))], owners=[own],
                                unit={"%": "%", "gg": "gg", "€ ": "EUR"}.get(rraw[-1:], None) if not rraw.startswith("€") else "EUR"))
                r += 1
        ws.print_title_rows = "5:6"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.freeze_panes = "C7"
    # units by indicator
    for x in inds:
        raw = x["results"][0]["raw"]
        x["unit"] = "EUR" if raw.startswith("€") else "%" if raw.endswith("%") else "gg" if raw.endswith("gg") else "N."
    wb.save(os.path.join(d, "input.xlsx"))
    write_truth(d, [{"kind": "report", "organisation": ORG, "title": None, "years": [YEAR]}], nodes, inds,
                [finding("achievement.mismatch", "R.1.a", "result 30 against target ≥ 40 gives 75,00%, printed 90,00%")])
    write_readme(d, """
# h5-report-xlsx-1

- kind: report (genre) — a university's report of results for one year
- producer: xlsx workbook (openpyxl), two sheets, one per area
- layout: each sheet has a three-line title block above the table; header
  over two rows (`Anno 2025` merged over Target / Risultato / Grado di
  raggiungimento; the other headers merged vertically), dark header fill
  with white text; objective rows shaded, indicator rows zebra-shaded; all
  cells ruled; landscape print setup with repeated header rows; frozen panes.
- variations: numbers are number cells shown through formats (`0%` weights,
  `0.0%` and `#,##0` and `"€" #,##0` and `0" gg"` results, `0.00%`
  achievements); targets as text with Unicode operators; letter-suffixed
  codes `D.1.a`; objective achievement printed as the weighted mean of its
  indicators' printed achievements.
- fault: achievement.mismatch — R.1.a (target ≥ 40, result 30) prints 90,00%
  instead of 75,00%.
""")

if __name__ == "__main__":
    build()
