#!/usr/bin/python3
"""fam7-prose-lo-1: targets in prose (both shapes) in a workbook printed by LibreOffice; strategic objectives as band
rows, operational objectives merged down, a data-source column. Content invented."""
import os

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common10 import (LO_PRODUCER, case_dir, doc, ind, lo_pdf_of, node, write_readme, write_truth, xl_box,
                      xl_fit_rows, xl_page, xl_put, xl_styles)

ORG = "Agenzia per il Trasporto Pubblico Locale del Bacino del Lario"
YEARS = [2011, 2012, 2013]
BASE = 2010


def sentences(parts, stop=True):
    """Target cell with one `Target <year> - <text>.` sentence per year; the truth raws are the texts."""
    return " ".join(f"Target {y} - {p}." for y, p in zip(YEARS, parts)), list(zip(YEARS, parts))


def del_shape(lead, vals, tail):
    """`Riduzione del: 2% nel 2011, 4% nel 2012, 6% nel 2013 rispetto al valore 2010`; raws the figures."""
    body = ", ".join(f"{v} nel {y}" for v, y in zip(vals, YEARS))
    return f"{lead} {body} {tail}".strip(), list(zip(YEARS, vals))


# strategic: (code, title, [operational: (code, title, [(indicatore, fonte, baseline, unit, (cell, targets))])])
DATA = [
    ("OS.1", "Migliorare l'accessibilità e l'attrattività del trasporto pubblico locale", [
        ("OO.1.1", "Potenziare il servizio nelle aree a domanda debole", [
            ("Passeggeri trasportati sulle linee a chiamata", "Sistema di bigliettazione elettronica", "184.500", "N.",
             sentences(["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                        "Aumento del 25% rispetto alla baseline"])),
            ("Linee a chiamata in esercizio", "Contratti di servizio", "4", "N.",
             del_shape("Incremento di:", ["3 linee", "5 linee", "6 linee"], "rispetto al 2010")),
        ]),
        ("OO.1.2", "Ridurre i tempi di percorrenza sulle linee extraurbane principali", [
            ("Tempo medio di percorrenza sulla linea Como – Lecco", "Sistema di localizzazione dei mezzi (AVM)",
             "74 min", "min", del_shape("Riduzione del:", ["2%", "4%", "6%"], "rispetto al valore 2010")),
            ("Corse arrivate in orario al capolinea", "Sistema di localizzazione dei mezzi (AVM)", "81,5%", "%",
             sentences(["Almeno l'85% delle corse", "Almeno l'88% delle corse", "Almeno il 90% delle corse"])),
        ]),
    ]),
    ("OS.2", "Rendere economicamente e ambientalmente sostenibile il sistema di trasporto", [
        ("OO.2.1", "Rinnovare il parco autobus con mezzi a basse emissioni", [
            ("Autobus Euro 5 o elettrici sul totale del parco", "Registro del parco mezzi", "38%", "%",
             del_shape("Incremento del:", ["8%", "15%", "22%"], "rispetto al valore 2010")),
            ("Adozione del piano di rinnovo del parco mezzi", "Delibere del Consiglio di amministrazione", "–", "date",
             sentences(["Approvazione del piano entro il 30/06/2011",
                        "Primo aggiornamento del piano entro il 30/06/2012",
                        "Secondo aggiornamento del piano entro il 30/06/2013"])),
        ]),
        ("OO.2.2", "Contenere il costo del servizio per chilometro percorso", [
            ("Costo operativo per vettura-km", "Bilancio d'esercizio", "€ 3,42", "EUR",
             sentences(["Riduzione del 3% rispetto alla baseline", "Riduzione del 5% rispetto alla baseline",
                        "Riduzione del 7% rispetto alla baseline"])),
            ("Ricavi da traffico sui costi operativi", "Bilancio d'esercizio", "31,2%", "%",
             sentences(["Rapporto almeno pari al 32%", "Rapporto almeno pari al 34%",
                        "Rapporto almeno pari al 35%"])),
        ]),
    ]),
]

HEAD = ["Obiettivo operativo", "Indicatore", "Fonte del dato", "Valore al 31.12.2010", "Risultati attesi 2011-2013"]
WIDTHS = [30, 32, 22, 13, 52]


def build():
    name = "fam7-prose-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="8C8C8C")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "DejaVu Sans"
    body = F(name=base, size=8.5)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2011-2013"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDE"[k]].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2011-2013 – Obiettivi strategici, obiettivi operativi e risultati attesi",
           font=F(name=base, size=10), wrap=False)
    hr = 4
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8.5, bold=True, color="FFFFFF"), fill="8B1E1E", border=grid,
               valign="center", halign="center")
    ws.row_dimensions[hr].height = 24
    r = hr + 1
    nodes, inds = [], []
    brk = None
    for sc, stt, ops in DATA:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        xl_put(ws, r, 1, f"{sc} – {stt}", font=F(name=base, size=9, bold=True, color="8B1E1E"), fill="F4E4E4",
               valign="center")
        xl_box(ws, r, 1, r, 5, grid)
        ws.row_dimensions[r].height = 16
        nodes.append(node(sc, "strategic", stt))
        r += 1
        for oc, ot, its in ops:
            first = r
            xl_put(ws, r, 1, f"{oc} – {ot}", font=F(name=base, size=8.5, bold=True))
            for nm, src, bl, unit, (cell, tg) in its:
                for c, v in enumerate((nm, src, bl, cell), 2):
                    xl_put(ws, r, c, v, font=body, border=grid, halign="center" if c == 4 else None)
                inds.append(ind(nm, oc, unit=unit, baselines=[] if bl == "–" else [(BASE, bl)], targets=tg))
                r += 1
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            xl_box(ws, first, 1, r - 1, 1, grid)
            nodes.append(node(oc, "operational", ot, parent=sc))
            if oc == "OO.1.1":
                brk = r - 1
    last = r - 1
    xl_fit_rows(ws, hr + 1, last, pt=8.5)
    for rr in range(hr + 1, last + 1):
        if ws.row_dimensions[rr].height and ws.row_dimensions[rr].height < 30 and ws.cell(rr, 5).value:
            ws.row_dimensions[rr].height = 30
    r += 1
    xl_put(ws, r, 1, "I risultati attesi sono espressi rispetto al valore al 31.12.2010 (baseline), salvo diversa "
           "indicazione.", font=F(name=base, size=8, italic=True), wrap=False)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}")
    ws.print_area = f"A1:E{r}"
    ws.oddFooter.left.text = "Piano della performance 2011-2013"
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.left.size = ws.oddFooter.right.size = 8
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), "piano")
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, DejaVu Sans 8.5 pt, grey ruled grid, dark-red header row
repeated on page 2 (print title); two pages, a manual row break after objective OO.1.1 (inside OS.1, whose band is
not repeated). Title (the agency) and `Piano della performance 2011-2013 – Obiettivi strategici, obiettivi operativi e
risultati attesi`. Header `Obiettivo operativo | Indicatore | Fonte del dato | Valore al 31.12.2010 | Risultati attesi
2011-2013`. Strategic objectives are pink BAND rows merged over the width, `OS.1 – title`; the operational objective
`OO.1.1 – title` (bold) is the first column merged DOWN over its two indicators. The `Risultati attesi` cell is prose
in two shapes, wrapped by the column: (a) three sentences run together, `Target 2011 - Aumento del 10% rispetto alla
baseline. Target 2012 - … Target 2013 - ….`, also with `Almeno l'85% delle corse`, `Approvazione del piano entro il
30/06/2011`, `Rapporto almeno pari al 32%`; (b) ONE sentence for the three years, `Riduzione del: 2% nel 2011, 4% nel
2012, 6% nel 2013 rispetto al valore 2010` (also `Incremento del:` and `Incremento di: 3 linee nel 2011, …`). A
data-source column `Fonte del dato` sits between the indicator and the values. An italic closing note. Truth:
strategic objectives `strategic`, operational `operational` with parent the strategic code; indicators without
code, baseline 2010 = `Valore al 31.12.2010` (none for `–`); shape (a) one target per year whose raw is the sentence
after `Target <year> - ` without its final full stop; shape (b) one target per year whose raw is that year's own
figure (`2%`, `3 linee`); unit from the baseline or the nature of the indicator (`N.`, `min`, `%`, `date`, `EUR`).
""", LO_PRODUCER.format(script="fam10_prose.py"), [
        "both prose shapes in one document (`Target <year> - …` sentences and `del: x nel <year>, …`)",
        "baseline header `Valore al 31.12.2010` (a date in the header, not a value)",
        "strategic objectives as band rows, operational objectives merged down the first column",
        "`Fonte del dato` column before the values",
        "years 2011-2013; page break inside a strategic objective with the header repeated",
        "values `184.500`, `74 min`, `€ 3,42`, `–`",
    ], [])


if __name__ == "__main__":
    build()
