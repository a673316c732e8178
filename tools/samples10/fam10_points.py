#!/usr/bin/python3
"""fam7-points-lo-1: weights in points, the weight as the FIRST column, areas and objectives as an outline in one
column, a page break without a repeated header; printed by LibreOffice. Content invented."""
import os

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common10 import (LO_PRODUCER, case_dir, doc, ind, lo_pdf_of, node, write_readme, write_truth, xl_fit_rows,
                      xl_page, xl_put, xl_styles)

ORG = "Comune di Valbruna Marittima"
YEAR = 2024

# area: (code, title, points) -> objectives (code, title, points, responsabile, [(indicator, target, unit)])
DATA = [
    ("A", "SERVIZI ISTITUZIONALI E AL CITTADINO", "peso 30 punti", [
        ("A1", "Ridurre i tempi di rilascio delle carte d'identità elettroniche", "12 punti",
         "Settore Servizi demografici", [
             ("Tempo medio di attesa per l'appuntamento allo sportello", "<= 10 gg", "gg"),
             ("Appuntamenti prenotabili attraverso l'agenda on line", "> 95%", "%"),
         ]),
        ("A2", "Digitalizzare le pratiche dello sportello unico per l'edilizia", "17 punti",
         "Settore Urbanistica ed Edilizia privata", [
             ("Pratiche edilizie presentate in modalità telematica", "=90%", "%"),
             ("Attivazione del fascicolo edilizio digitale", "entro il 30/06/2024", "date"),
         ]),
        ("A3", "Aggiornare la carta dei servizi dell'ufficio relazioni con il pubblico", "1 PUNTO",
         "Ufficio Relazioni con il pubblico", [
             ("Pubblicazione della carta dei servizi aggiornata sul sito istituzionale", "SI", "text"),
         ]),
    ]),
    ("B", "TERRITORIO, AMBIENTE E OPERE PUBBLICHE", "peso 45 punti", [
        ("B1", "Completare il programma di manutenzione straordinaria degli edifici scolastici", "20 punti",
         "Settore Lavori pubblici", [
             ("Interventi conclusi sul totale degli interventi programmati", ">= 80%", "%"),
             ("Importo dei lavori liquidati nell'anno", ">= € 1.250.000,00", "EUR"),
         ]),
        ("B2", "Aumentare la raccolta differenziata dei rifiuti urbani", "15 punti", "Servizio Ambiente", [
            ("Percentuale di raccolta differenziata", ">= 68%", "%"),
            ("Ecoisole informatizzate installate", ">= 12", "N."),
        ]),
        ("B3", "Ridurre i tempi di risposta alle segnalazioni sulla viabilità", "10 punti",
         "Corpo di Polizia locale", [
             ("Segnalazioni chiuse entro 5 giorni lavorativi", ">= 85%", "%"),
         ]),
    ]),
    ("C", "RISORSE E ORGANIZZAZIONE", "peso 25 punti", [
        ("C1", "Rispettare i tempi di pagamento dei fornitori", "14 punti", "Settore Finanziario", [
            ("Indicatore annuale di tempestività dei pagamenti", "<= 0 gg", "gg"),
            ("Fatture pagate entro 30 giorni dal ricevimento", "> 95%", "%"),
        ]),
        ("C2", "Attuare il piano triennale della formazione del personale", "11 punti", "Servizio Personale", [
            ("Dipendenti con almeno 24 ore di formazione nell'anno", ">= 70%", "%"),
            ("Ore medie di formazione per dipendente", "= 24 ore", "ore"),
        ]),
    ]),
]

HEAD = ["Peso", "Cod.", "Obiettivo / Indicatore", "Target 2024", "Responsabile"]
WIDTHS = [13, 6, 52, 17, 24]


def build():
    name = "fam7-points-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="595959")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Liberation Serif"
    wb = Workbook()
    ws = wb.active
    ws.title = "PEG 2024"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDE"[k]].width = w
    xl_put(ws, 1, 1, ORG.upper(), font=F(name=base, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione 2024 – Obiettivi di performance organizzativa e pesatura in punti",
           font=F(name=base, size=10.5), wrap=False)
    ws.merge_cells("A3:E3")
    xl_put(ws, 3, 1, "Il peso delle aree e degli obiettivi è espresso in punti: le tre aree valgono in tutto 100 "
           "punti e gli obiettivi di ogni area si ripartiscono i punti dell'area. Gli indicatori non hanno un peso "
           "proprio.", font=F(name=base, size=9, italic=True))
    ws.row_dimensions[3].height = 26
    hr = 5
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=9.5, bold=True), fill="BFBFBF", border=grid, valign="center",
               halign="center" if c != 3 else None)
    r = hr + 1
    nodes, inds = [], []
    brk = None
    for ac, at, ap, objs in DATA:
        vals = (ap, ac, at, None, None)
        for c, v in enumerate(vals, 1):
            xl_put(ws, r, c, v, font=F(name=base, size=9.5, bold=True), fill="D9D9D9", border=grid,
                   halign="center" if c in (1, 2) else None)
        nodes.append(node(ac, "area", at, weight=ap))
        r += 1
        for oc, ot, op, resp, its in objs:
            if oc == "B2":
                brk = r - 1
            for c, v in enumerate((op, oc, ot, None, resp), 1):
                xl_put(ws, r, c, v, font=F(name=base, size=9.5, bold=c == 3), border=grid,
                       halign="center" if c in (1, 2) else None, indent=1 if c == 3 else 0)
            nodes.append(node(oc, "operational", ot, parent=ac, weight=op, owners=[resp]))
            r += 1
            for nm, tg, unit in its:
                for c, v in enumerate((None, None, nm, tg, None), 1):
                    xl_put(ws, r, c, v, font=F(name=base, size=9, italic=c == 3), border=grid,
                           halign="center" if c == 4 else None, indent=3 if c == 3 else 0)
                inds.append(ind(nm, oc, unit=unit, targets=[(YEAR, tg)]))
                r += 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    xl_put(ws, r, 1, "100 punti", font=F(name=base, size=9.5, bold=True), border=grid, halign="center",
           fill="BFBFBF")
    xl_put(ws, r, 2, "Totale punteggio delle aree", font=F(name=base, size=9.5, bold=True), fill="BFBFBF")
    for c in range(2, 6):
        ws.cell(row=r, column=c).border = grid
    xl_fit_rows(ws, hr + 1, r, pt=9.5)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=False)
    ws.print_area = f"A1:E{r}"
    ws.oddFooter.center.text = "Comune di Valbruna Marittima – PEG 2024 – pagina &P"
    ws.oddFooter.center.size = 8
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), "peg2024")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Serif 9–9.5 pt, ruled grid, TWO pages: a manual row
break inside area B (before objective `B2`) and NO repeated header on page 2 (no print title). Title (the comune
in capitals), `Piano esecutivo di gestione 2024 – Obiettivi di performance organizzativa e pesatura in punti`, an
italic paragraph saying the three areas are worth 100 points and each area's objectives share its points. One table
`Peso | Cod. | Obiettivo / Indicatore | Target 2024 | Responsabile` with the WEIGHT AS THE FIRST COLUMN. The tree is
an outline in the third column: area rows grey and bold (`peso 30 punti` | `A` | `SERVIZI ISTITUZIONALI E AL
CITTADINO`), objective rows bold and indented once (`12 punti` | `A1` | title | | `Settore Servizi demografici`),
indicator rows italic, indented further, with no weight and no code, their target in `Target 2024`. Points are text
cells: areas `peso 30 punti`, objectives `12 punti` and once `1 PUNTO`. Areas 30 + 45 + 25 = 100; the objectives of
each area sum to the area's points (A: 12 + 17 + 1; B: 20 + 15 + 10; C: 14 + 11). A closing row `100 punti | Totale
punteggio delle aree`. Truth: areas `area` (code `A`, weight raw `peso 30 punti`), objectives `operational` with parent
the area code, weight raw `12 punti` / `1 PUNTO`, owners = [Responsabile]; indicators without code or weight, targets
of 2024, unit from the values (`gg`, `%`, `date`, `text`, `EUR`, `N.`, `ore`).
""", LO_PRODUCER.format(script="fam10_points.py"), [
        "weight column FIRST, before code and title",
        "area weights printed `peso 30 punti` (with the word peso), objective weights `17 punti`, `1 PUNTO`",
        "objectives sum to their area's points; areas to 100 (closing total row `100 punti`)",
        "outline in one column (bold / indent / italic), responsible office in the last column on objective rows",
        "page break inside an area WITHOUT a repeated header",
        "targets `<= 10 gg`, `=90%`, `entro il 30/06/2024`, `SI`, `>= € 1.250.000,00`, `= 24 ore`",
    ], [])


if __name__ == "__main__":
    build()
