#!/usr/bin/python3
"""h19-prose-lo-1 (family: targets in prose): a regional civil-protection agency's objectives 2026-2028, an openpyxl
workbook printed to PDF by LibreOffice. Portrait, DejaVu Sans 8.5 pt, NO grid: strategic lines as bands with a thick
left accent; objective rows separated by hairlines. Columns `Cod. | Obiettivo | Incidenza | Indicatore | Risultato
atteso nel triennio | Situazione di partenza | Struttura`. The three yearly targets are written in ONE prose cell in
five different shapes (`per il 2026 non meno di 40 comuni, per il 2027 …`; `a 30 minuti (2026), 25 minuti (2027)
…`; `Entro il 2026: almeno 12 esercitazioni; …`; `entro il 30.06.2026, primo aggiornamento entro il …`; `del 10% nel
2026, del 20% nel 2027 …`); the baseline in words too (`31 comuni su 78 (dicembre 2025)`). Clean. Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (LO_XLSX, case_dir, doc, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "fam19_prose.py"
NAME = "h19-prose-lo-1"
ORG = "Agenzia Regionale per la Protezione Civile della Lucania Ionica"
YEARS = [2026, 2027, 2028]
FONT = "DejaVu Sans"
# line: (code, title, [objective]); objective: (code, title, weight, indicator, unit, prose, [raws per year],
#   baseline text printed, baseline raw or None, struttura)
LINES = [
    ("L1", "Prevenzione e pianificazione", [
        ("L1.1", "Diffondere la pianificazione comunale di emergenza", "40%",
         "Comuni con piano di protezione civile aggiornato", "N.",
         "Aggiornamento dei piani comunali: per il 2026 non meno di 40 comuni, per il 2027 non meno di 60 e per il "
         "2028 non meno di 78 (tutti i comuni della regione).",
         ["non meno di 40 comuni", "non meno di 60", "non meno di 78"],
         "31 comuni su 78 (dicembre 2025)", "31 comuni su 78", "Servizio Pianificazione"),
        ("L1.2", "Aggiornare il piano regionale di protezione civile", "35%",
         "Piano regionale adottato e aggiornato", "date",
         "Adozione del nuovo piano regionale entro il 30.06.2026, primo aggiornamento entro il 30.06.2027, secondo "
         "aggiornamento entro il 30.06.2028.",
         ["entro il 30.06.2026", "entro il 30.06.2027", "entro il 30.06.2028"],
         "piano vigente approvato nel 2019", None, "Servizio Pianificazione"),
        ("L1.3", "Rafforzare il volontariato di protezione civile", "25%",
         "Volontari formati nell'anno", "N.",
         "Incremento dei volontari formati rispetto al 2025 del 10% nel 2026, del 20% nel 2027 e del 30% nel 2028.",
         ["10%", "20%", "30%"], "1.250 volontari formati nel 2025", "1.250 volontari", "Servizio Volontariato"),
    ]),
    ("L2", "Risposta operativa", [
        ("L2.1", "Ridurre i tempi di attivazione della sala operativa regionale", "50%",
         "Tempo medio di attivazione della sala operativa", "min",
         "Riduzione progressiva del tempo medio di attivazione a 30 minuti (2026), 25 minuti (2027) e 20 minuti "
         "(2028).", ["30 minuti", "25 minuti", "20 minuti"], "42 minuti (media 2025)", "42 minuti",
         "Sala Operativa Regionale"),
        ("L2.2", "Intensificare le esercitazioni congiunte con i comuni", "50%",
         "Esercitazioni congiunte svolte nell'anno", "N.",
         "Entro il 2026: almeno 12 esercitazioni; entro il 2027: almeno 15; entro il 2028: almeno 18.",
         ["almeno 12 esercitazioni", "almeno 15", "almeno 18"], "9 esercitazioni nel 2025", "9 esercitazioni",
         "Servizio Emergenze"),
    ]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026-2028"
    widths(ws, [5, 24, 8, 21, 38, 16, 14])
    xl_put(ws, 1, 1, ORG, font=font(FONT, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi del triennio 2026-2028 e risultati attesi", font=font(FONT, 9.5), wrap=False)
    head = ["Cod.", "Obiettivo", "Incidenza", "Indicatore", "Risultato atteso nel triennio", "Situazione di partenza",
            "Struttura"]
    hb = Border(bottom=Side(style="medium", color="8B1E1E"))
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(FONT, 8.5, bold=True, color="8B1E1E"), border=hb, valign="bottom")
    r = 5
    nodes, inds = [], []
    hair = Border(bottom=Side(style="hair", color="999999"))
    for lcode, ltitle, objs in LINES:
        nodes.append(node(lcode, "strategic", ltitle))
        xl_put(ws, r, 1, f"{lcode}  {ltitle}", font=font(FONT, 10, bold=True), fill="F4E3E3",
               border=Border(left=Side(style="thick", color="8B1E1E")), wrap=False)
        for c in range(2, 8):
            xl_put(ws, r, c, None, fill="F4E3E3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ocode, otitle, w, iname, um, prose, raws, btxt, braw, owner in objs:
            vals = [ocode, otitle, w, iname, prose, btxt, owner]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(FONT, 8.5, bold=(c == 2)), border=hair,
                       halign="center" if c == 3 else None)
            nodes.append(node(ocode, "operational", otitle, parent=lcode, weight=w))
            inds.append(ind(iname, ocode, unit=um, baselines=[(2025, braw)] if braw else [],
                            targets=list(zip(YEARS, raws)), owners=[owner]))
            r += 1
    xl_put(ws, r + 1, 1, "L'incidenza è riferita alla linea strategica. I valori di partenza sono riferiti al 31 "
           "dicembre 2025.", font=font(FONT, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, 5, r - 1, pt=8.5)
    ws.sheet_view.showGridLines = False
    xl_page(ws, landscape=False, title_rows="4:4", margins=0.5)
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="obiettivi")
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "targets in prose (kind unknown)", LO_XLSX.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8.5 pt, NO grid: a dark-red rule under the header, strategic lines as pink bands with a
thick left accent (`L1  Prevenzione e pianificazione`, merged across), objective rows separated by grey hairlines.
Columns `Cod. | Obiettivo | Incidenza | Indicatore | Risultato atteso nel triennio | Situazione di partenza |
Struttura`. The three yearly targets are written in ONE prose cell, in five shapes: (a) `per il 2026 non meno di 40
comuni, per il 2027 non meno di 60 e per il 2028 non meno di 78 (…)`; (b) `a 30 minuti (2026), 25 minuti (2027) e
20 minuti (2028)` — year AFTER the value in parentheses; (c) `Entro il 2026: almeno 12 esercitazioni; entro il
2027: almeno 15; …`; (d) dates `entro il 30.06.2026, primo aggiornamento entro il 30.06.2027, …`; (e) relative
increases `del 10% nel 2026, del 20% nel 2027 e del 30% nel 2028` over 2025. The starting point is in words too
(`31 comuni su 78 (dicembre 2025)`, `42 minuti (media 2025)`). Truth: lines `strategic` without weight, objectives
`operational` with `Incidenza` (within the line), one indicator each, owners = [Struttura]; target raws = the
figure phrase of each year (`non meno di 40 comuni`, `non meno di 60`, `30 minuti`, `almeno 15`, `entro il
30.06.2027`, `20%`); baseline 2025 = the figure phrase before the parenthesis or `nel 2025` (`31 comuni su 78`,
`42 minuti`, `9 esercitazioni`, `1.250 volontari`); the `piano vigente approvato nel 2019` is no baseline.
""", ["five prose shapes for three years in one cell, incl. the year AFTER the value in parentheses",
      "baselines in words with the date in parentheses", "no grid; banded lines with a thick left accent",
      "`Incidenza` weights on objectives only", "DejaVu Sans, portrait, dark-red header rule"],
     ["`Incidenza` 40 + 35 + 25 and 50 + 50: 100 within each line; lines carry no weight",
      "`30 minuti / 25 minuti / 20 minuti`: a lower-is-better time going down",
      "`10% / 20% / 30%` are increases over 2025 on a count indicator — a relative target, not a unit error",
      "`non meno di 78` equals all the comuni of the region (a ceiling reached in 2028)",
      "yearly deadlines `entro il 30.06.…` (a plan and its updates)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
