#!/usr/bin/python3
"""h5-list-lo-1: a regional park authority's flat indicator list, workbook printed by LibreOffice."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

NAME = "h5-list-lo-1"
ORG = "Ente Parco Regionale delle Colline Moreniche"
YEARS = [2026, 2027, 2028]
FN = "DejaVu Sans Condensed"

# objective code, title, owner, indicators (code, name, formula, vars, printed unit, truth unit, targets)
DATA = [
 ("OS1", "Conservare gli habitat e le specie di interesse comunitario", "Servizio Conservazione della Natura", [
   ("I.1.1", "Superficie di habitat oggetto di interventi di ripristino", "Ha_Ripristinati", ["Ha_Ripristinati"], "ha", "ha", ["≥ 12 ha", "≥ 15 ha", "≥ 18 ha"]),
   ("I.1.2", "Campagne di monitoraggio della fauna completate rispetto a quelle programmate", "N_Camp_Fauna_Compl / N_Camp_Fauna_Progr", ["N_Camp_Fauna_Compl", "N_Camp_Fauna_Progr"], "%", "%", ["≥ 95%", "≥ 95%", "≥ 95%"]),
   ("I.1.3", "Tempo medio di rilascio dei nulla osta", "Gg_NullaOsta / N_NullaOsta", ["Gg_NullaOsta", "N_NullaOsta"], "giorni", "gg", ["≤ 45 gg", "≤ 40 gg", "≤ 40 gg"])]),
 ("OS2", "Promuovere una fruizione turistica sostenibile del parco", "Servizio Fruizione ed Educazione Ambientale", [
   ("I.2.1", "Visitatori dei centri visita", "N_Visitatori_CV", ["N_Visitatori_CV"], "N.", "N.", ["≥ 18.000", "≥ 19.000", "≥ 20.000"]),
   ("I.2.2", "Sentieri con segnaletica aggiornata sul totale della rete sentieristica", "Km_Sent_Segn / Km_Sent_Tot", ["Km_Sent_Segn", "Km_Sent_Tot"], "%", "%", ["≥ 70%", "≥ 80%", "≥ 90%"]),
   ("I.2.3", "Gradimento medio delle attività di educazione ambientale (scala 1-5)", "Punt_Quest / N_Quest", ["Punt_Quest", "N_Quest"], "punteggio", "punteggio", ["≥ 4,2", "≥ 4,2", "≥ 4,3"])]),
 ("OS3", "Garantire un'amministrazione efficiente e trasparente", "Servizio Amministrativo", [
   ("I.3.1", "Pubblicazione del bilancio di sostenibilità dell'Ente", "Data_Pubbl_BilSost", ["Data_Pubbl_BilSost"], "data", "date", ["entro il 30/09/2026", "entro il 30/09/2027", "entro il 30/09/2028"]),
   ("I.3.2", "Fatture pagate entro 30 giorni dal ricevimento", "Fatt_30gg / Fatt_Tot", ["Fatt_30gg", "Fatt_Tot"], "%", "%", ["≥ 90%", "≥ 92%", "≥ 95%"]),
   ("I.3.3", "Procedimenti autorizzativi conclusi nei termini di legge", "Proc_Term / Proc_Tot", ["Proc_Term", "Proc_Tot"], "%", "%", ["Anno di rilevazione", "≥ 85%", "≥ 90%"])]),
 ("OS4", "Valorizzare le produzioni agricole tipiche del territorio protetto", "Servizio Promozione e Sviluppo Locale", [
   ("I.4.1", "Aziende agricole aderenti al marchio collettivo del parco", "N_Aziende_Marchio", ["N_Aziende_Marchio"], "N.", "N.", ["≥ 40", "≥ 45", "≥ 50"]),
   ("I.4.2", "Eventi di promozione dei prodotti tipici organizzati o patrocinati", "N_Eventi_Prom", ["N_Eventi_Prom"], "N.", "N.", ["≥ 6", "≥ 6", "≥ 7"])]),
]

def build():
    d = case_dir(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Indicatori"
    for i, w in enumerate([26, 7, 34, 24, 9, 13, 13, 13, 20]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ORG
    ws["A1"].font = Font(name=FN, size=13, bold=True)
    ws["A2"] = "Piano della performance 2026-2028 – Elenco degli indicatori e dei target"
    ws["A2"].font = Font(name=FN, size=10)
    hdr = ["Obiettivo strategico", "Cod.", "Indicatore", "Formula di calcolo", "U.M.", "Target 2026", "Target 2027", "Target 2028", "Struttura responsabile"]
    med = Side(style="medium"); thin = Side(style="thin", color="999999")
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font = Font(name=FN, size=9, bold=True)
        cell.border = Border(top=med, bottom=med)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    r = 5
    nodes, inds = [], []
    for oc, ot, own, il in DATA:
        first = r
        nodes.append(node(oc, "strategic", ot))
        for ic, nm, fo, vs, pu, tu, tg in il:
            vals = ["%s - %s" % (oc, ot) if r == first else None, ic, nm, fo, pu] + tg + [own]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.font = Font(name=FN, size=9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(bottom=thin)
            ws.row_dimensions[r].height = 38
            inds.append(ind(ic, nm, oc, formula=fo, variables=vs, unit=tu, targets=[Y(y, t) for y, t in zip(YEARS, tg)], owners=[own]))
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        for c in range(1, 10):
            ws.cell(r - 1, c).border = Border(bottom=Side(style="thin", color="000000"))
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.left.text = ORG
    ws.oddHeader.right.text = "Piano della performance 2026-2028"
    ws.oddFooter.right.text = "pag. &P"
    ws.print_options.horizontalCentered = True
    with tempfile.TemporaryDirectory() as tmp:
        x = os.path.join(tmp, "elenco.xlsx")
        wb.save(x)
        lo_convert(x, "pdf", os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "list", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds)
    write_readme(d, """
# h5-list-lo-1

- kind: list (genre) — a regional park authority's flat indicator list
- producer: xlsx workbook printed to PDF by LibreOffice (Italian locale)
- layout: A4 portrait, condensed sans font, fit to width; two-line title above
  the table; objective column first (code and title in one cell, merged
  vertically over its indicators), then indicator code; horizontal rules only
  (heavy above/below the header, thin between rows, dark under each objective
  group); header row repeated on each page; page header with the body's name
  and the plan, `pag. n` footer.
- variations: no weights in the document; units in words (`giorni`, `ha`,
  `punteggio`, `data`); `Anno di rilevazione` in the first year; date targets
  `entro il 30/09/2026`; thousands with a dot; decimal comma `≥ 4,2`.
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
