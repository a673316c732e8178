#!/usr/bin/python3
"""h13-record-lo-1: a ministry's Nota integrativa 2026-2028 in RECORD BLOCKS, written as a workbook and printed by
LibreOffice. Portrait, Liberation Serif; each objective a label/value block (`Codice`, `Denominazione`, `Missione`
`018 – …`, `Programma`, `Centro di responsabilità`, `Risorse a preventivo primo anno` as a `"€ "#,##0.00` cell), then
one block per indicator headed `Indicatore n. k` (`Descrizione`, `Tipologia`, `Unità di misura`, `Algoritmo di
calcolo`, `Peso indicatore` as a `0%` cell, `Target conseguito nell'esercizio precedente`, `Target primo/secondo/
terzo anno`); a manual page break INSIDE an objective (between two indicator blocks).
Fault: weight.sum (objective 21.5: 40% + 30% + 20%). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, disp, doc, finding, font, genre_readme, ind, lo_pdf_of, node,  # noqa: E402
                      widths, write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "h13_record.py"
NAME = "h13-record-lo-1"
ORG = "Ministero delle Politiche del Mare"
Y = [2026, 2027, 2028]
UNIT = {"numero": "N.", "percentuale": "%", "tonnellate": "tonnellate", "giorni": "gg"}
EUR = '"€ "#,##0.00'

# objective (code, title, mission, programme, cdr, resources) -> indicators
# (name, tipologia, um, algoritmo, peso, prev, (t1, t2, t3))
OBJ = [
    ("21.4", "Rafforzare i controlli sulla pesca illegale nelle aree marine protette",
     "018 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "008 – Tutela e conservazione "
     "dell'ambiente marino", "Direzione generale del mare e delle coste", 3250000, [
         ("Controlli effettuati nelle aree marine protette", "Indicatore di realizzazione fisica", "numero",
          "Somma dei controlli registrati nel sistema di monitoraggio delle unità navali", 0.50, "1.240",
          ("maggiore o uguale a 1.300", "maggiore o uguale a 1.350", "maggiore o uguale a 1.400")),
         ("Sanzioni definite entro 90 giorni dall'accertamento", "Indicatore di risultato (output)",
          "percentuale", "Sanzioni definite entro 90 giorni / sanzioni accertate nell'anno x 100", 0.50,
          "78,40%", ("maggiore di 80,00%", "maggiore di 82,00%", "maggiore di 85,00%"))]),
    ("21.5", "Ridurre i rifiuti marini e favorirne il recupero nei porti pescherecci",
     "018 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "008 – Tutela e conservazione "
     "dell'ambiente marino", "Direzione generale del mare e delle coste", 5820000, [
         ("Porti pescherecci dotati di impianti di raccolta dei rifiuti pescati accidentalmente",
          "Indicatore di risultato (output)", "percentuale",
          "Porti dotati di impianti / porti pescherecci censiti x 100", 0.40, "41,00%",
          ("Maggiore o uguale al 50,00%", "Maggiore o uguale al 60,00%", "Maggiore o uguale al 70,00%")),
         ("Rifiuti marini raccolti e avviati a recupero", "Indicatore di impatto (outcome)", "tonnellate",
          "Somma delle tonnellate conferite agli impianti di recupero", 0.30, "1.150",
          ("maggiore o uguale a 1.200", "maggiore o uguale a 1.300", "maggiore o uguale a 1.400")),
         ("Campagne di sensibilizzazione svolte nelle scuole dei comuni costieri",
          "Indicatore di realizzazione fisica", "numero", "Numero delle campagne concluse nell'anno", 0.20, "12",
          ("almeno 15", "almeno 18", "almeno 20"))]),
    ("22.1", "Semplificare il rilascio delle concessioni demaniali marittime",
     "018 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "009 – Gestione del demanio "
     "marittimo e delle coste", "Direzione generale del demanio marittimo", 980000, [
         ("Tempo medio di rilascio delle concessioni demaniali marittime", "Indicatore di risultato (output)",
          "giorni", "Somma dei giorni tra istanza e rilascio / concessioni rilasciate", 0.60, "142",
          ("minore o uguale a 120", "minore o uguale a 100", "minore o uguale a 90")),
         ("Istanze di concessione presentate tramite il portale del demanio", "Indicatore di risultato (output)",
          "percentuale", "Istanze telematiche / istanze presentate x 100", 0.40, "4,85%",
          ("Maggiore o uguale al 20,00%", "Maggiore o uguale al 35,00%", "Maggiore o uguale al 50,00%"))]),
]
BREAK_AFTER = ("21.5", 1)   # page break after the second indicator block of 21.5


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    F = "Liberation Serif"
    wb = Workbook()
    ws = wb.active
    ws.title = "Nota integrativa"
    widths(ws, [40, 26, 26, 26])
    thin = Side(style="thin", color="404040")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Nota integrativa al bilancio di previsione 2026 e per il triennio 2026-2028 – schede "
           "obiettivo", font=font(F, 10.5, italic=True), wrap=False)
    r = 4
    nodes, inds = [], []
    f9, b9 = font(F, 9.5), font(F, 9.5, bold=True)

    def pair(label, value, fmt=None, fill="EDEDED", bold_value=False):
        nonlocal r
        xl_put(ws, r, 1, label, font=b9, fill=fill, border=grid)
        xl_put(ws, r, 2, value, font=b9 if bold_value else f9, border=grid, fmt=fmt, halign="left")
        for c in (3, 4):
            xl_put(ws, r, c, None, border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1

    for code, title, mis, prog, cdr, res, ilist in OBJ:
        xl_put(ws, r, 1, "SCHEDA OBIETTIVO", font=font(F, 10, bold=True, color="FFFFFF"), fill="203864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        pair("Codice", code, bold_value=True)
        pair("Denominazione", title)
        pair("Missione", mis)
        pair("Programma", prog)
        pair("Centro di responsabilità", cdr)
        pair("Risorse a preventivo primo anno", res, fmt=EUR)
        nodes.append(node(code, "strategic", title, resources=[disp(res, EUR)], mission=mis[:3],
                          programme=prog[:3], owners=[cdr]))
        r += 1
        for k, (nm, tip, um, alg, peso, prev, tg) in enumerate(ilist, 1):
            xl_put(ws, r, 1, f"Indicatore n. {k}", font=font(F, 9.5, bold=True, italic=True), fill="D9E1F2",
                   border=grid)
            for c in (2, 3, 4):
                xl_put(ws, r, c, None, fill="D9E1F2", border=grid)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            r += 1
            pair("Descrizione", nm, fill="F5F5F5")
            pair("Tipologia", tip, fill="F5F5F5")
            pair("Unità di misura", um, fill="F5F5F5")
            pair("Algoritmo di calcolo", alg, fill="F5F5F5")
            pair("Peso indicatore", peso, fmt="0%", fill="F5F5F5")
            pair("Target conseguito nell'esercizio precedente", prev, fill="F5F5F5")
            for lab, t in zip(("Target primo anno", "Target secondo anno", "Target terzo anno"), tg):
                pair(lab, t, fill="F5F5F5")
            inds.append(ind(nm, code, unit=UNIT[um], type=tip, formula_text=alg, weight=disp(peso, "0%"),
                            baselines=[(2025, prev)], targets=list(zip(Y, tg))))
            if (code, k - 1) == BREAK_AFTER:
                ws.row_breaks.append(Break(id=r))
            r += 1
        r += 1
    xl_fit_rows(ws, 4, r, pt=9.5)
    xl_page(ws, landscape=False, margins=0.6)
    ws.oddFooter.center.text = "&P"
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="nota")
    fi = [finding("weight.sum", "21.5", "indicator weights of 21.5 sum to 90% (40% + 30% + 20%)")]
    write_truth(d, [doc(ORG, Y)], nodes, inds, fi)
    genre_readme(d, NAME, "record blocks (family)", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Serif 9.5 pt, full grid. Title and subtitle, then for each objective a dark band `SCHEDA
OBIETTIVO` and a label/value block (label cell shaded, value merged over three columns): `Codice` (`21.4`),
`Denominazione`, `Missione` (`018 – Sviluppo sostenibile …`), `Programma` (`008 – …`), `Centro di
responsabilità`, `Risorse a preventivo primo anno` (a `"€ "#,##0.00` cell → `€ 3.250.000,00`). Then one block per
indicator headed `Indicatore n. 1`: `Descrizione`, `Tipologia`, `Unità di misura` (a word), `Algoritmo di calcolo`
(words), `Peso indicatore` (`0%` cell), `Target conseguito nell'esercizio precedente`, `Target primo anno`,
`Target secondo anno`, `Target terzo anno`. A manual page break falls between the second and third indicator
blocks of objective 21.5. Truth: objectives `strategic`, owners = the CdR, mission/programme the three-digit codes,
resources the first-year amount; indicator name = `Descrizione`, formula in words → `formula_text`, baseline year
2025 (the year before the first plan year), targets 2026-2028; `tonnellate` kept as the unit.
""", ["record blocks with an `Indicatore n. k` header band", "value forms `maggiore di 80,00%`, `Maggiore o uguale "
      "al 50,00%`, `maggiore o uguale a 1.300`, `almeno 15`, `minore o uguale a 120`",
      "number cells for weight and resources", "page break inside an objective"],
                 ["`weight.sum` on objective `21.5`: indicator weights 40% + 30% + 20% = 90%"])
    return NAME


if __name__ == "__main__":
    print(build())
