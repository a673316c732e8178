#!/usr/bin/python3
"""fam6-flat-lo-1: flat table per responsibility centre, an export with every row filled, printed by LibreOffice.
Content invented."""
import os
import tempfile

from openpyxl import Workbook

from common8 import (LO_PRODUCER, case_dir, doc, ind, it_num, lo_pdf, node, write_readme, write_truth, xl_fit_rows,
                     xl_page, xl_put, xl_save, xl_styles)

ORG = "Regione Appennino Centrale"
YEAR = 2019
UNITS = {"percentuale": "%", "numero": "N.", "giorni": "gg", "euro": "EUR", "data": "date", "SI/NO": "text",
         "ore": "ore", "ettari": "ettari", "km": "km"}

# centre: [(objective, resources (float), [(indicator, tipologia, um, target)])]
DATA = [
    ("Direzione Sanità e Welfare", [
        ("Ridurre le liste d'attesa per le prestazioni specialistiche ambulatoriali", 2450000.00, [
            ("Prestazioni di primo accesso erogate entro i tempi della classe di priorità", "Efficacia",
             "percentuale", "=90%"),
            ("Nuove agende di prenotazione pubblicate sul CUP regionale", "Volume", "numero", "= 45"),
        ]),
        ("Potenziare la rete regionale dei consultori familiari", 780000.00, [
            ("Consultori con apertura pomeridiana almeno tre giorni a settimana", "Efficacia", "percentuale",
             ">= 60%"),
            ("Ore settimanali di apertura aggiuntive", "Volume", "ore", "= 120"),
        ]),
    ]),
    ("Direzione Agricoltura, Foreste e Sviluppo rurale", [
        ("Accelerare la liquidazione dei premi del programma di sviluppo rurale", 1250000.00, [
            ("Domande di pagamento liquidate entro 90 giorni dalla presentazione", "Efficienza", "percentuale",
             "=90%"),
            ("Superficie sotto impegno agroambientale", "Volume", "ettari", "= 45.000"),
            ("Tempo medio di istruttoria delle domande di sostegno", "Efficienza", "giorni", "<= 60"),
        ]),
        ("Prevenire gli incendi boschivi e curare il patrimonio forestale", 3120000.00, [
            ("Viali tagliafuoco manutenuti", "Volume", "km", "= 320"),
            ("Approvazione del piano regionale antincendio boschivo 2019-2021", "Efficacia", "data", "31.03.2019"),
        ]),
    ]),
    ("Direzione Risorse finanziarie e Patrimonio", [
        ("Rispettare i tempi di pagamento delle fatture commerciali", 410000.00, [
            ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "giorni", "<= 0"),
            ("Fatture pagate entro 30 giorni dal ricevimento", "Efficacia", "percentuale", "> 95%"),
        ]),
        ("Valorizzare il patrimonio immobiliare regionale non strumentale", 2075500.00, [
            ("Immobili non strumentali alienati o dati in concessione", "Volume", "numero", "= 12"),
            ("Entrate da canoni di concessione", "Efficacia", "euro", "= € 850.000,00"),
            ("Pubblicazione dell'inventario dei beni sul portale open data", "Qualità", "SI/NO", "SI"),
        ]),
    ]),
]

HEAD = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
        "Tipologia indicatore", "unità di misura", "Target 2019"]
WIDTHS = [24, 38, 15, 42, 13, 11, 15]


def build():
    name = "fam6-flat-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="A6A6A6")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Liberation Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Estrazione obiettivi 2019"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDEFG"[k]].width = w
    xl_put(ws, 1, 1, f"{ORG} – Piano della performance 2019 – Obiettivi annuali per centro di responsabilità",
           font=F(name=base, size=10, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Estrazione dal sistema di pianificazione del 2019-02-08 (una riga per indicatore)",
           font=F(name=base, size=8, italic=True, color="555555"), wrap=False)
    hr = 3
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8, bold=True, color="FFFFFF"), fill="404040", border=grid,
               valign="center")
    r = hr + 1
    nodes, inds = [], []
    body = F(name=base, size=8)
    zebra = False
    for centre, objs in DATA:
        for title, res, its in objs:
            zebra = not zebra
            fill = "EDEDED" if zebra else None
            res_raw = it_num(res, 2) + " €"
            nodes.append(node(None, "operational", title, resources=[res_raw], owners=[centre]))
            for nm, tip, um, tg in its:
                for c, v in enumerate((centre, title, res, nm, tip, um, tg), 1):
                    xl_put(ws, r, c, v, font=body, fill=fill, border=grid,
                           fmt='#,##0.00 "€"' if c == 3 else None, halign="right" if c == 3 else None)
                inds.append(ind(nm, title, unit=UNITS[um], type=tip, targets=[(YEAR, tg)]))
                r += 1
    last = r - 1
    xl_fit_rows(ws, hr + 1, last, pt=8)
    ws.auto_filter.ref = f"A{hr}:G{last}"
    ws.freeze_panes = f"A{hr + 1}"
    xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}")
    ws.oddFooter.center.text = "&A – pagina &P"
    ws.oddFooter.center.size = 7
    tmp = tempfile.mkdtemp(prefix="s8flat-")
    src = os.path.join(tmp, "estrazione.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook that is a planning-system EXPORT, Liberation Sans 8, light grey
grid. A bold title row (the region, `Piano della performance 2019 – Obiettivi annuali per centro di
responsabilità`) and an italic line `Estrazione dal sistema di pianificazione del 2019-02-08 (una riga per
indicatore)`; then the header (white on dark grey, autofilter, print title row) `Centro di responsabilità |
Descrizione obiettivo | Risorse finanziarie | Indicatori | Tipologia indicatore | unità di misura | Target 2019`.
NOTHING IS MERGED: every row is one indicator and REPEATS its centre, its objective and the objective's resources
(number cells with format `#,##0.00 "€"`, shown `2.450.000,00 €`, currency AFTER the amount). The only grouping cue is
a zebra fill that alternates per objective. No weights, no codes, no total row. Footer with the sheet name and page.
Truth: each objective ONE `operational` node without code (the repeated rows are one objective, its resources
counted once, as displayed), owners = [the centre], parent null; indicators point at the objective title, type =
Tipologia, unit from `unità di misura` (`percentuale` → `%`, `numero` → `N.`, `giorni` → `gg`, `euro` → `EUR`, `data`
→ `date`, `SI/NO` → `text`, `ore`/`ettari`/`km` kept); targets of 2019 as printed.
""", LO_PRODUCER.format(script="fam8_flat.py"), [
        "export layout: centre, objective and resources repeated on every indicator row, no merged cells",
        "grouping only by a zebra fill per objective",
        "resources as number cells `#,##0.00 \"€\"` (euro sign after the amount), no total",
        "ISO date `2019-02-08` in the extraction line (not a value)",
        "targets `=90%`, `= 45.000`, `> 95%`, `<= 0`, `31.03.2019`, `= € 850.000,00`, `SI`",
        "units `ore`, `ettari`, `km`, `SI/NO`",
    ], [])


if __name__ == "__main__":
    build()
