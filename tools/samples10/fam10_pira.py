#!/usr/bin/python3
"""fam7-pira-lo-1: PIRA with all years in one target cell; mission and programme as code-only columns with a
legend; objectives as band rows carrying their resources; printed by LibreOffice. Content invented."""
from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common10 import (LO_PRODUCER, case_dir, doc, finding, ind, lo_pdf_of, node, vars_of, write_readme,
                      write_truth, xl_fit_rows, xl_page, xl_put, xl_styles)
import os

ORG = "Agenzia per la Coesione dei Territori Costieri"
YEARS = [2015, 2016, 2017]
BASE = 2014
UNITS = {"giorni": "gg", "%": "%", "numero": "N.", "euro": "EUR", "rapporto": "rapporto", "kWh": "kWh"}
LEGEND = [("Missione", "011", "Competitività e sviluppo delle imprese"),
          ("Programma", "005", "Regolamentazione, incentivazione dei settori imprenditoriali, riassetti "
                               "industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della "
                               "proprietà industriale"),
          ("Missione", "032", "Servizi istituzionali e generali delle amministrazioni pubbliche"),
          ("Programma", "003", "Servizi e affari generali per le amministrazioni di competenza")]

FAULT = "Contratti di filiera della blue economy sottoscritti"
# (missione, programma, code, title, risorse, [(indicatore, tipologia, um, metodo, valore 2014, target cell)])
OBJ = [
    ("011", "005", "A.1", "Accelerare l'erogazione delle agevolazioni alle imprese dei distretti costieri",
     "€ 12.450.000,00", [
         ("Tempo medio di erogazione delle agevolazioni", "Efficienza", "giorni",
          "giorni tra domanda ed erogazione / domande erogate", "96 gg",
          ["<= 90 gg", "<= 80 gg", "<= 70 gg"]),
         ("Imprese beneficiarie sul totale delle imprese richiedenti", "Efficacia", "%", "IMP_ben / IMP_ric x 100",
          "84,1%", [">= 85%", ">= 88%", ">= 90%"]),
     ]),
    ("011", "005", "A.2", "Sostenere i contratti di filiera della blue economy", "€ 5.180.000,00", [
        (FAULT, "Volume", "numero", "N_contr", "9", [">= 12", ">= 14", "= 16"]),
        ("Investimenti privati attivati per euro di contributo concesso", "Efficacia", "rapporto",
         "INV_att / CONTR_conc", "3,1", [">= 3,2", ">= 3,4", ">= 3,5"]),
    ]),
    ("032", "003", "B.1", "Garantire la trasparenza e la tempestività dei pagamenti dell'Agenzia",
     "€ 1.320.500,00", [
         ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "giorni",
          "ITP_ggrit / ITP_imp", "2,5 gg", ["<= 0 gg", "<= 0 gg", "<= 0 gg"]),
         ("Obblighi di pubblicazione in Amministrazione trasparente assolti", "Qualità", "%",
          "OBB_ass / OBB_tot x 100", "92%", [">= 95%", ">= 98%", ">= 100%"]),
     ]),
    ("032", "003", "B.2", "Ridurre i costi di funzionamento della sede centrale", "€ 2.045.000,00", [
        ("Costo di funzionamento per dipendente", "Efficienza", "euro", "COSTI_funz / N_dip", "€ 8.420,00",
         ["<= € 8.300,00", "<= € 8.200,00", "<= € 8.100,00"]),
        ("Consumi di energia elettrica della sede", "Efficienza", "kWh", "KWH_tot", "412.000 kWh",
         ["<= 400.000 kWh", "<= 390.000 kWh", "<= 380.000 kWh"]),
    ]),
]

HEAD = ["Missione", "Programma", "Indicatore", "Tipologia", "U.M.", "Metodo di calcolo",
        "Valore di riferimento (2014)", "Target triennio 2015-2017"]
WIDTHS = [8.5, 9.5, 30, 10, 8, 25, 12, 22]


def build():
    name = "fam7-pira-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    hair = S(style="hair", color="7F7F7F")
    med = S(style="medium", color="1F3864")
    base = "Liberation Serif"
    body = F(name=base, size=8.5)
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2015-2017"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDEFGH"[k]].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2015-2017", font=F(name=base, size=11),
           wrap=False)
    xl_put(ws, 3, 1, "Le missioni e i programmi sono indicati con il codice di bilancio; la legenda è in calce alla "
           "tabella. Le risorse sono quelle stanziate per l'esercizio 2015.", font=F(name=base, size=8.5, italic=True))
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 24
    hr = 5
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8.5, bold=True), fill="D9E1F2", halign="center",
               valign="center", border=B(top=med, bottom=med))
    ws.row_dimensions[hr].height = 26
    r = hr + 1
    nodes, inds = [], []
    break_row = None
    for mis, prog, code, title, res, its in OBJ:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        xl_put(ws, r, 1, f"Obiettivo {code} – {title}", font=F(name=base, size=9, bold=True, color="1F3864"),
               valign="center")
        xl_put(ws, r, 7, f"Risorse 2015: {res}", font=F(name=base, size=9, bold=True, color="1F3864"),
               halign="right", valign="center")
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = B(top=S(style="thin", color="1F3864"),
                                                bottom=S(style="thin", color="1F3864"))
        r += 1
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=prog))
        for k, (nm, tip, um, met, bl, tg) in enumerate(its):
            if code == "B.1" and k == 1:
                break_row = r - 1
            cell = " ".join(f"Anno {y}: {t}" for y, t in zip(YEARS, tg))
            fill = "F2F2F2" if k % 2 else None
            for c, v in enumerate((mis, prog, nm, tip, um, met, bl, cell), 1):
                xl_put(ws, r, c, v, font=body, fill=fill, border=B(bottom=hair),
                       halign="center" if c in (1, 2, 5, 7) else None)
            inds.append(ind(nm, code, unit=UNITS[um], type=tip, formula=met, variables=vars_of(met),
                            baselines=[(BASE, bl)], targets=list(zip(YEARS, tg))))
            r += 1
    last = r - 1
    xl_fit_rows(ws, hr + 1, last, pt=8.5)
    ws.row_breaks.append(Break(id=break_row))
    r += 1
    xl_put(ws, r, 1, "Legenda delle missioni e dei programmi", font=F(name=base, size=9, bold=True), wrap=False)
    r += 1
    lg = r
    for kind, c, txt in LEGEND:
        xl_put(ws, r, 1, kind, font=body)
        xl_put(ws, r, 2, c, font=body, halign="center")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        xl_put(ws, r, 3, txt, font=body)
        r += 1
    xl_fit_rows(ws, lg, r - 1, pt=8.5)
    xl_page(ws, landscape=False, title_rows=f"{hr}:{hr}")
    ws.print_area = f"A1:H{r - 1}"
    ws.oddFooter.right.text = "pag. &P/&N"
    ws.oddFooter.right.size = 8
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), "pira")
    findings = [finding("target.operator", FAULT, "targets `>= 12`, `>= 14`, then `= 16` for 2017: the operator "
                        "changes in the last year")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Serif 8.5 pt, NO vertical rules (medium rules above
and below the light-blue header, hair lines under the indicator rows, zebra on alternate indicators), two pages:
a manual row break INSIDE objective B.1 (between its two indicators), the header row repeated on page 2 (print
title) but not the objective's band. Title (the agency), `Piano degli indicatori e dei risultati attesi di bilancio
2015-2017`, an italic line. Header `Missione | Programma | Indicatore | Tipologia | U.M. | Metodo di calcolo | Valore
di riferimento (2014) | Target triennio 2015-2017`. MISSIONE and PROGRAMMA are printed ONLY AS CODES (`011`, `005`,
`032`, `003`), repeated on every indicator row; their names are in a LEGEND table under the main table (`Missione |
011 | Competitività e sviluppo delle imprese`, …). Objectives are full-width BAND rows (bold, dark blue, thin rules
above and below) `Obiettivo A.1 – title`, the band's right part printing `Risorse 2015: € 12.450.000,00`. The target
cell runs the three years in ONE string wrapped by the column: `Anno 2015: >= 85% Anno 2016: >= 88% Anno 2017: >=
90%`. Truth: objectives `strategic` (codes `A.1`, `A.2`, `B.1`, `B.2`, title after the dash), mission/programme the
codes of their rows, resources = the amount after `Risorse 2015:`; indicators without code, type = Tipologia, unit
from U.M. (`giorni` → `gg`, `numero` → `N.`, `euro` → `EUR`; `rapporto`, `kWh` kept), baseline 2014, one target per
year whose raw is the year's part after `Anno <year>: `.
""", LO_PRODUCER.format(script="fam10_pira.py"), [
        "mission and programme as code-only columns, names in a legend below the table",
        "objectives as band rows with the resources in the band (`Risorse 2015: € …`)",
        "page break inside an objective, header repeated, band not repeated",
        "no vertical rules, hair lines, zebra",
        "targets `<= 90 gg`, `>= 3,2`, `<= 0 gg`, `<= € 8.300,00`, `<= 400.000 kWh` inside `Anno <year>: …` runs",
        "years 2015-2017, baseline column `Valore di riferimento (2014)`",
    ], [f"`target.operator` on `{FAULT}` (objective A.2): `Anno 2015: >= 12 Anno 2016: >= 14 Anno 2017: = 16` — "
        "the operator turns from `>=` to `=` in 2017"])


if __name__ == "__main__":
    build()
