#!/usr/bin/python3
"""h5-pira-lo-1: a regional environment agency's PIRA, workbook printed by LibreOffice."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "h5-pira-lo-1"
ORG = "Agenzia Regionale per la Protezione dell'Ambiente dell'Appennino Centrale"
YEARS = [2026, 2027, 2028]
FONT = "Liberation Sans Narrow"

# (mission code, mission title, programme code, programme title, [OS...])
# OS: code, title, weight value, resources value, indicators
# indicator: code, name, formula, printed formula, vars, type, unit, weight, (baseline value, format), targets
DATA = [
 ("009", "Sviluppo sostenibile e tutela del territorio e dell'ambiente",
  "008", "Qualità dell'aria e riduzione dell'inquinamento", [
  ("OS.1", "Potenziare la rete di monitoraggio della qualità dell'aria e la diffusione dei dati al pubblico", 0.40, 1284500.00, [
    ("IND.1.1", "Centraline con dati validati per oltre il 90% dei giorni dell'anno", "N_Centr_Valid / N_Centr_Tot", ["N_Centr_Valid", "N_Centr_Tot"], "Efficacia", "%", 0.60, (0.875, "0.0%", "87,5%"), [">= 90%", ">= 92%", ">= 95%"]),
    ("IND.1.2", "Campagne di misura con laboratorio mobile", "N_Camp_Mob", ["N_Camp_Mob"], "Volume", "N.", 0.40, (14, "0", "14"), [">= 16", ">= 18", ">= 20"])])]),
 ("009", "Sviluppo sostenibile e tutela del territorio e dell'ambiente",
  "015", "Prevenzione e controllo dell'inquinamento del suolo e delle acque", [
  ("OS.2", "Ridurre i tempi di risposta alle segnalazioni ambientali dei cittadini", 0.35, 642300.00, [
    ("IND.2.1", "Tempo medio tra segnalazione e sopralluogo", "Gg_Sopralluogo_Tot / N_Segnalazioni", ["Gg_Sopralluogo_Tot", "N_Segnalazioni"], "Efficienza", "gg", 0.50, (12.4, '0.0" gg"', "12,4 gg"), ["<= 12 gg", "<= 11 gg", "<= 10 gg"]),
    ("IND.2.2", "Campioni di acque analizzati entro i tempi della carta dei servizi", "N_Camp_Anal /", ["N_Camp_Anal"], "Qualità", "%", 0.50, (0.91, "0%", "91%"), [">= 92%", ">= 93%", ">= 94%"])])]),
 ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche",
  "003", "Servizi e affari generali per le amministrazioni di competenza", [
  ("OS.3", "Assicurare l'equilibrio economico e la trasparenza della gestione", 0.25, 318740.55, [
    ("IND.3.1", "Indicatore di tempestività dei pagamenti", "Somma_Ritardi_Pond / Importo_Pagato", ["Somma_Ritardi_Pond", "Importo_Pagato"], "Efficienza", "gg", 0.50, (-2, '0" gg"', "-2 gg"), ["<= -3 gg", "<= -4 gg", "<= -4 gg"]),
    ("IND.3.2", "Copertura dei costi diretti con i ricavi da prestazioni a pagamento", "(Ricavi_Serv - Costi_Diretti) / Costi_Diretti", ["Ricavi_Serv", "Costi_Diretti"], "Salute economica", "%", 0.50, (0.124, "0.00%", "12,40%"), [">= 12,50%", ">= 13,00%", ">= 13,50%"])])]),
]

def pct2(v):
    return ("%.2f%%" % (v * 100)).replace(".", ",")

def money(v):
    s = "{:,.2f}".format(v)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = lambda **k: Font(name=FONT, size=k.pop("size", 9), **k)
    widths = [9, 40, 30, 12, 8, 8, 10, 10, 10, 10, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ORG
    ws["A1"].font = f(size=12, bold=True)
    ws["A2"] = "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028"
    ws["A2"].font = f(size=11, bold=True)
    ws["A3"] = "Allegato al bilancio di previsione economico 2026 (art. 19 D.Lgs. 91/2011)"
    ws["A3"].font = f(size=9, italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    h1 = ["Codice", "Obiettivo strategico / Indicatore", "Algoritmo di calcolo", "Tipologia", "Unità di misura", "Peso", "Valore 2025", "Target", None, None, "Risorse 2026 (euro)"]
    for c, v in enumerate(h1, 1):
        ws.cell(5, c, v)
    for c, v in ((8, 2026), (9, 2027), (10, 2028)):
        ws.cell(6, c, v)
    for c in list(range(1, 8)) + [11]:
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("H5:J5")
    grey = PatternFill("solid", fgColor="D9D9D9")
    for r in (5, 6):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.font = f(bold=True)
            cell.fill = grey
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 7
    nodes, inds = [], []
    for mcode, mtitle, pcode, ptitle, oss in DATA:
        for text in ("MISSIONE %s - %s" % (mcode, mtitle), "PROGRAMMA %s - %s" % (pcode, ptitle)):
            ws.cell(r, 1, text).font = f(bold=True, size=9.5)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            for c in range(1, 12):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="EEF3F8")
            r += 1
        for oc, ot, ow, ores, il in oss:
            ws.cell(r, 1, oc); ws.cell(r, 2, ot)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 6, ow).number_format = "0.00%"
            ws.cell(r, 11, ores).number_format = "#,##0.00"
            for c in range(1, 12):
                cell = ws.cell(r, c)
                cell.font = f(bold=True)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 26
            r += 1
            nodes.append(node(oc, "strategic", ot, weight=pct2(ow), res=[money(ores)], mission=mcode, programme=pcode))
            for ic, nm, fo, vs, ty, un, iw, (bv, bf, braw), tg in il:
                vals = [ic, nm, fo, ty, un, iw, bv] + tg + [None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.font = f()
                    cell.border = box
                    cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if c >= 6 else "left")
                ws.cell(r, 6).number_format = "0.00%"
                ws.cell(r, 7).number_format = bf
                ws.row_dimensions[r].height = 26
                r += 1
                inds.append(ind(ic, nm, oc, formula=fo, variables=vs, unit=un, type=ty, weight=pct2(iw),
                                baselines=[Y(2025, braw)], targets=[Y(y, t) for y, t in zip(YEARS, tg)]))
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddHeader.right.text = "PIRA 2026-2028"
    with tempfile.TemporaryDirectory() as tmp:
        x = os.path.join(tmp, "pira.xlsx")
        wb.save(x)
        lo_convert(x, "pdf", os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "pira", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds,
                [finding("formula.incomplete", "IND.2.2", "the formula of IND.2.2 ends with '/' and no denominator")])
    write_readme(d, """
# h5-pira-lo-1

- kind: pira (genre) — a regional environment agency's budget indicator plan
- producer: xlsx workbook printed to PDF by LibreOffice (Italian locale)
- layout: A4 landscape, fit to page width, narrow sans font; three-row title
  block above the table; header over two rows (`Target` merged over the three
  years, the other headers merged vertically), grey header fill, every cell
  ruled; mission and programme as full-width band rows; strategic objectives
  as bold rows with weight and resources; header rows repeated on each page;
  page header and `Pagina n di m` footer.
- variations: codes `OS.1`, `IND.1.1`; ASCII operators; weights and baselines
  are number cells shown through formats (`0.00%`, `0.0%`, `0%`, `0.0" gg"`);
  resources as `#,##0.00` with no currency sign; a negative days baseline;
  two programmes under one mission.
- fault: formula.incomplete — the algorithm of IND.2.2 is `N_Camp_Anal /`.
""")

if __name__ == "__main__":
    build()
